"""Acceptance tests for mod_portal: a private httpd + redis-server + SQLite per session.

Run from the repository root (as root on CI):
    /usr/bin/python3 -m pytest -p no:cacheprovider tests/

Every test's window of httpd's error log is checked: a line at warn level or worse (or a child
crash) fails the test unless the test declared it with @pytest.mark.expect_log(regex) or the
`expect_log` fixture.
"""
import os
import pathlib
import re
import shutil
import signal
import sys
import tempfile
import time

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from harness import fixture as fx          # noqa: E402
from harness.build import BuildMissing, build_paths   # noqa: E402
from harness import server as srv          # noqa: E402

EXPECTED_KEY = pytest.StashKey()


def _sigterm(signum, frame):
    # a CI timeout sends SIGTERM: turn it into KeyboardInterrupt so that pytest tears the
    # session down (stops our httpd and redis-server) instead of dying on the spot
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config):
    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        signal.signal(signal.SIGTERM, _sigterm)


MARK_KEY = pytest.StashKey()


# ---------------------------------------------------------------------------- session fixtures
@pytest.fixture(scope="session")
def session_tmp():
    d = pathlib.Path(tempfile.mkdtemp(prefix="portal-test-"))
    os.chmod(d, 0o755)
    yield d
    if os.environ.get("PORTAL_KEEP_TMP"):
        sys.stderr.write(f"\n[portal tests] kept {d}\n")
    else:
        shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="session")
def build(session_tmp):
    """The build outputs, copied once per session (see BuildPaths.freeze)."""
    try:
        return build_paths().check().freeze(session_tmp / "bin")
    except BuildMissing as e:
        pytest.fail(str(e), pytrace=False)


@pytest.fixture(scope="session")
def portal(build, session_tmp):
    """The running portal: httpd + redis-server, fixture imported.

    portal.get(path, host=..., headers=..., allow_redirects=False), portal.sget(site, path),
    portal.portalctl(*args, check=True), portal.error_log_lines(), portal.url, portal.port,
    portal.tmpdir, portal.redis_port, portal.model, portal.graceful(), portal.restart()."""
    d = session_tmp / "portal"
    d.mkdir()
    p = srv.PortalServer(build, d)
    try:
        p.setup()
    except Exception as e:
        p.teardown()
        pytest.fail(f"could not start the test portal: {e}", pytrace=False)
    yield p
    p.teardown()


@pytest.fixture(scope="module", autouse=True)
def _fresh_portal_per_module():
    """Each test module starts from the pristine fixture: when an earlier module used the
    running portal (and may have changed its DB, caches or stylesheets), reset it first."""
    server = srv.current()
    if server is not None and server.dirty:
        server.reset()
    yield
    server = srv.current()
    if server is not None:
        server.dirty = True


@pytest.fixture(scope="session")
def model():
    return fx.model()


@pytest.fixture(scope="session")
def redis_port(portal):
    return portal.redis_port


@pytest.fixture(scope="session")
def import_file(session_tmp):
    """The full fixture as an import file (independent of the running portal)."""
    path = session_tmp / "fixture-import.xml"
    if not path.exists():
        fx.write_import_file(fx.model().tree, path)
    return path


class Ctl:
    """portalctl bound to one database file."""

    def __init__(self, exe, db):
        self.exe = exe
        self.db = db

    def __call__(self, *args, check=True, env=None, input=None, db="bound"):
        return srv.run_portalctl(self.exe, self.db if db == "bound" else db, *args,
                                 check=check, env=env, input=input)

    def tenants(self):
        """`tenant list` parsed: {slug: (kind, state, name)}."""
        out = {}
        for line in self("tenant", "list").stdout.splitlines():
            if not line.strip():
                continue
            parts = line.split(None, 3)
            assert len(parts) >= 3, f"tenant list line not 'slug kind state name': {line!r}"
            out[parts[0]] = (parts[1], parts[2], parts[3].strip() if len(parts) > 3 else "")
        return out


@pytest.fixture
def ctl(build, session_tmp, request):
    """portalctl on a fresh, not yet initialised database file."""
    d = session_tmp / "ctl"
    d.mkdir(exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)[:80]
    db = d / f"{name}.db"
    for suffix in ("", "-wal", "-shm", "-journal"):
        pathlib.Path(str(db) + suffix).unlink(missing_ok=True)
    return Ctl(build.portalctl, db)


@pytest.fixture
def live_ctl(portal):
    """portalctl on the DB the running httpd serves (files kept owned by www-data)."""
    return _LiveCtl(portal)


class _LiveCtl(Ctl):
    def __init__(self, portal):
        super().__init__(portal.paths.portalctl, portal.db)
        self.portal = portal

    def __call__(self, *args, **kw):
        try:
            return super().__call__(*args, **kw)
        finally:
            srv.chown_tree(self.portal.datadir)


# ---------------------------------------------------------------------------- error log check
@pytest.fixture
def expect_log(request):
    """expect_log(regex): error-log lines matching regex do not fail this test."""
    def add(*regexes):
        request.node.stash.setdefault(EXPECTED_KEY, []).extend(re.compile(r) for r in regexes)
    return add


def _expected(item):
    pats = list(item.stash.get(EXPECTED_KEY, []))
    for m in item.iter_markers("expect_log"):
        pats += [re.compile(r) for r in m.args]
    return pats


def _unexpected(item, lines):
    pats = _expected(item)
    return [ln for ln in lines
            if srv.BAD_LOG_RE.search(ln) and not any(p.search(ln) for p in pats)]


CALLED_KEY = pytest.StashKey()


def _check_window(item, phase, report_only=False):
    # a window is read in the log of the server it was opened on: a module that runs a
    # portal of its own (test_crash.py) makes it current, and the session's again at its end
    server, mark = item.stash.get(MARK_KEY, None) or (srv.current(), None)
    if server is None:
        return
    if mark is None:
        mark = server.start_mark
    time.sleep(0.03)     # lines logged while the server finishes the last request
    now = server.log_mark()
    lines = server.error_log_since(mark) if now >= mark else server.error_log_lines()
    item.stash[MARK_KEY] = (server, now)
    bad = [ln if len(ln) <= 500 else ln[:500] + f"…[{len(ln)} chars]"
           for ln in _unexpected(item, lines)]
    if bad and report_only:
        item.add_report_section("teardown", "unexpected httpd error-log lines",
                                "\n".join(bad))
    elif bad:
        pytest.fail(f"httpd error log has unexpected lines ({phase}):\n  " + "\n  ".join(bad),
                    pytrace=False)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    server = srv.current()
    item.stash[MARK_KEY] = (server, server.log_mark()) if server else None
    item.stash[CALLED_KEY] = False


@pytest.hookimpl(trylast=True)
def pytest_runtest_call(item):
    # runs after the test function itself returned without failing
    item.stash[CALLED_KEY] = True
    _check_window(item, "during the test")


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    # when the test itself failed, its log lines are only shown, not counted twice
    _check_window(item, "during fixture teardown",
                  report_only=not item.stash.get(CALLED_KEY, False))
