"""The Debian package, as a sysadmin uses it: scripts/package.sh builds
libapache2-mod-portal_<version>_<arch>.deb from a clean copy of the tree; apt installs it into
this machine; a2enmod/a2ensite enable it; Debian's apache2 (apache2ctl, /etc/apache2, its
envvars) serves the demo province over HTTPS on test ports; apt purges it and nothing is left.

It changes the machine (a package, /etc/apache2's enabled modules and sites, /var/lib/portal),
so it runs only as root and only in CI (CI=true) or when asked: PORTAL_PACKAGE_TEST=1 runs it
anywhere, PORTAL_PACKAGE_TEST=0 skips it even in CI. It refuses to run (skips) where a
mod_portal is already installed or /var/lib/portal exists, since the purge would take them.

Ports 80/443 are never touched: apache2ctl starts apache2 with a copy of apache2.conf whose
`Include ports.conf` is replaced by Listen lines on free loopback ports (IPv4 and IPv6), plus the
shipped site with its ports and base domain changed to the test's (localhost is the demo's base
domain). The shipped site itself is enabled too, so its exact text is parsed and loaded.
Everything the test enabled in /etc/apache2 is disabled again.
"""
import http.client
import os
import pathlib
import re
import socket
import ssl
import subprocess
import tempfile
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PKG = "libapache2-mod-portal"
# the demo province's home page is titled with its full name
PROVINCE_TITLE = "<title>Ủy ban nhân dân tỉnh Hưng Yên</title>"
HSTS = "max-age=31536000; includeSubDomains"
MODULE = pathlib.Path("/usr/lib/apache2/modules/mod_portal.so")
DATA = pathlib.Path("/var/lib/portal")
LOGS = pathlib.Path("/var/log/apache2")
# what the package owns or makes, and what its purge must take away
LEFTOVERS = [MODULE, DATA, pathlib.Path("/usr/bin/portalctl"),
             pathlib.Path("/etc/apache2/mods-available/portal.load"),
             pathlib.Path("/etc/apache2/mods-available/portal.conf"),
             pathlib.Path("/etc/apache2/mods-enabled/portal.load"),
             pathlib.Path("/etc/apache2/sites-available/portal.conf"),
             pathlib.Path("/etc/apache2/sites-enabled/portal.conf"),
             pathlib.Path("/usr/share/portal"),
             pathlib.Path("/lib/systemd/system/portal-backup.timer"),
             pathlib.Path("/etc/systemd/system/timers.target.wants/portal-backup.timer"),
             pathlib.Path("/etc/systemd/system/timers.target.wants/portal-publish-due.timer")]


def _why_skip():
    switch = os.environ.get("PORTAL_PACKAGE_TEST", "")
    if switch == "0":
        return "PORTAL_PACKAGE_TEST=0"
    if switch != "1" and not os.environ.get("CI"):
        return ("installs a package into this machine: runs in CI, or with "
                "PORTAL_PACKAGE_TEST=1 (as root)")
    if os.geteuid() != 0:
        return "installing a Debian package needs root"
    if subprocess.run(["dpkg-query", "-W", "-f=${Status}", PKG], capture_output=True,
                      text=True).stdout.startswith("install ok"):
        return f"{PKG} is installed here: its purge would take this machine's portal"
    if MODULE.exists() or DATA.exists():
        return f"{MODULE} or {DATA} exists (make install?): the purge would take it"
    return None


machine = pytest.mark.skipif(_why_skip() is not None, reason=_why_skip() or "")


def configure_version():
    return re.search(r"AC_INIT\(\[[^]]*\], *\[([^]]*)\]",
                     (ROOT / "configure.ac").read_text()).group(1)


def run(*cmd, env=None, timeout=600, check=True):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive", **(env or {})))
    if check and r.returncode != 0:
        pytest.fail(f"{' '.join(cmd)}: exit {r.returncode}\n{r.stdout[-3000:]}\n"
                    f"{r.stderr[-3000:]}")
    return r


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def has_ipv6_loopback():
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


def enabled(kind, name):
    """a2query: is the module (-m) or site (-s) enabled?"""
    return run("a2query", kind, name, check=False).returncode == 0


class Apache:
    """Debian's apache2 as apache2ctl starts it (envvars, /etc/apache2), on test ports."""

    def __init__(self, tmp):
        self.tmp = tmp
        self.http, self.https = free_port(), free_port()
        self.v6 = has_ipv6_loopback()
        listen = "".join(f"Listen 127.0.0.1:{p}\n" + (f"Listen [::1]:{p}\n" if self.v6 else "")
                         for p in (self.http, self.https))
        main = pathlib.Path("/etc/apache2/apache2.conf").read_text()
        assert re.search(r"^Include ports\.conf$", main, re.M), "apache2.conf has no ports.conf"
        site = pathlib.Path("/etc/apache2/sites-available/portal.conf").read_text()
        site = (site.replace("<VirtualHost *:80>", f"<VirtualHost *:{self.http}>")
                    .replace("<VirtualHost *:443>", f"<VirtualHost *:{self.https}>")
                    .replace("tinh.gov.vn", "localhost"))
        (tmp / "portal-test.conf").write_text(site)
        self.conf = tmp / "apache2.conf"
        self.conf.write_text(re.sub(r"^Include ports\.conf$", lambda m: listen, main, flags=re.M)
                             + f"\nInclude {tmp}/portal-test.conf\n")

    def ctl(self, action):
        return run("apache2ctl", action, env={"APACHE_ARGUMENTS": f"-f {self.conf}"},
                   timeout=60)

    def start(self):
        self.ctl("start")
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.https), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        pytest.fail("apache2 did not listen on its test port:\n" + self.error_log())

    def stop(self):
        pid_file = pathlib.Path("/var/run/apache2/apache2.pid")
        if not pid_file.exists():
            return
        self.ctl("stop")
        deadline = time.time() + 20
        while pid_file.exists() and time.time() < deadline:
            time.sleep(0.2)

    @staticmethod
    def error_log():
        log = LOGS / "portal-error.log"
        return log.read_text(errors="replace")[-3000:] if log.exists() else "(no error log)"


def get(port, path, host="localhost", tls=True, addr="127.0.0.1"):
    """One GET, never following a redirect; TLS unverified (the snakeoil certificate) with
    SNI for host. Returns (status, headers as a dict of lists, body)."""
    if tls:
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        conn = http.client.HTTPSConnection(addr, port, context=ctx, timeout=30)
        conn.sock = ctx.wrap_socket(socket.create_connection((addr, port), timeout=30),
                                    server_hostname=host)
    else:
        conn = http.client.HTTPConnection(addr, port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": host})
        r = conn.getresponse()
        headers = {}
        for k, v in r.getheaders():
            headers.setdefault(k.lower(), []).append(v)
        return r.status, headers, r.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def installed():
    """Built, installed, enabled, the demo loaded, apache2 started; undone at the end."""
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="portal-package-"))
    os.chmod(tmp, 0o755)
    before = {m: enabled("-m", m) for m in ("ssl", "headers", "socache_shmcb")}
    logs = {p for p in LOGS.glob("portal-*.log")}
    state = {"tmp": tmp, "apache": None, "before": before, "logs": logs}
    try:
        out = run("sh", "scripts/package.sh", str(tmp / "dist"), timeout=900).stdout
        deb = pathlib.Path(out.strip().splitlines()[-1])
        assert deb.is_file(), out
        state["deb"] = deb
        run("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q",
            "--no-install-recommends", str(deb), timeout=600)
        # installed again: the upgrade path of postinst (portalctl init on an existing
        # database), before the module is enabled, so that no restart is asked for
        run("dpkg", "-i", str(deb), timeout=300)
        run("a2enmod", "-q", "ssl", "headers", "portal")
        run("a2ensite", "-q", "portal")
        run("runuser", "-u", "www-data", "--", "portalctl", "-d", str(DATA / "portal.db"),
            "demo")
        state["apache"] = Apache(tmp)
        state["apache"].start()
        yield state
    finally:
        _undo(state)


def _undo(state):
    """Stops apache2, disables what the test enabled, purges the package (idempotent)."""
    if state.get("apache"):
        state["apache"].stop()
        state["apache"] = None
    for site in ("portal",):
        if enabled("-s", site):
            run("a2dissite", "-q", site, check=False)
    if enabled("-m", "portal"):
        run("a2dismod", "-q", "portal", check=False)
    for mod, was in state["before"].items():
        if not was and enabled("-m", mod):
            run("a2dismod", "-q", "-f", mod, check=False)
    if subprocess.run(["dpkg-query", "-W", "-f=${Status}", PKG], capture_output=True,
                      text=True).stdout.strip() not in ("", "unknown ok not-installed"):
        state["purge"] = run("apt-get", "-o", "DPkg::Lock::Timeout=600", "purge", "-y", "-q",
                             PKG, check=False)
    subprocess.run(["rm", "-rf", str(state["tmp"])])
    for log in set(LOGS.glob("portal-*.log")) - state["logs"]:
        log.unlink()            # the logs of this test's apache2, not the machine's own


# 0. The package's version is configure.ac's: a new AC_INIT version needs a changelog entry
def test_00_changelog_has_configure_version():
    first = (ROOT / "debian" / "changelog").read_text().splitlines()[0]
    assert re.match(r"libapache2-mod-portal \(([^)]+)\) ", first).group(1) == \
        configure_version(), f"debian/changelog: add an entry for {configure_version()} " \
        "(dch -v VERSION)"


# 1. The package installs what a Debian sysadmin expects, where he expects it
@machine
def test_01_layout(installed):
    version = configure_version()
    assert installed["deb"].name == f"{PKG}_{version}_" + run(
        "dpkg-architecture", "-qDEB_HOST_ARCH").stdout.strip() + ".deb"
    files = set(run("dpkg", "-L", PKG).stdout.split())
    for f in ["/usr/lib/apache2/modules/mod_portal.so", "/etc/apache2/mods-available/portal.load",
              "/etc/apache2/mods-available/portal.conf", "/etc/apache2/sites-available/portal.conf",
              "/usr/share/portal/xslt/home.xsl", "/usr/share/portal/xslt/admin/layout.xsl",
              "/usr/share/portal/assets/editor.js", "/usr/bin/portalctl",
              "/usr/share/man/man1/portalctl.1.gz", "/lib/systemd/system/portal-backup.timer",
              "/lib/systemd/system/portal-publish-due.timer"]:
        assert f in files, f
    assert run("portalctl", "-V").stdout.strip() == f"portalctl (mod_portal) {version}"


# 2. /var/lib/portal and its uploads belong to www-data, and so does the database postinst made
@machine
def test_02_data_owned_by_www_data(installed):
    for p in (DATA, DATA / "uploads", DATA / "portal.db"):
        st = p.stat()
        assert (st.st_uid, st.st_gid) == (33, 33), p


# 3. The demo province's home page over HTTPS, from Debian's apache2
@machine
def test_03_home_over_https(installed):
    status, headers, body = get(installed["apache"].https, "/")
    assert status == 200, (status, headers, Apache.error_log())
    assert PROVINCE_TITLE in body.decode(), body[:500]
    assert headers.get("strict-transport-security") == [HSTS], headers
    # the site's ServerTokens Prod wins over security.conf's ServerTokens OS
    assert headers.get("server") == ["Apache"], headers


# 4. The same over IPv6 loopback
@machine
def test_04_home_over_ipv6(installed):
    if not installed["apache"].v6:
        pytest.skip("this machine has no IPv6 loopback [::1]")
    status, _, body = get(installed["apache"].https, "/", addr="::1")
    assert status == 200, status
    assert PROVINCE_TITLE in body.decode()


# 5. The editorial board's login page over HTTPS
@machine
def test_05_admin_over_https(installed):
    status, headers, _ = get(installed["apache"].https, "/admin/dang-nhap",
                             host="soyte.localhost")
    assert status == 200, (status, headers, Apache.error_log())


# 6. Plain HTTP answers 301 to the same address over HTTPS, component sites and queries kept
@machine
def test_06_http_redirects_to_https(installed):
    status, headers, _ = get(installed["apache"].http, "/tin-tuc/?trang=2",
                             host="soyte.localhost", tls=False)
    assert status == 301, (status, headers)
    assert headers.get("location") == ["https://soyte.localhost/tin-tuc/?trang=2"], headers


# 7. ... except the ACME challenge, which plain HTTP serves from /var/www/html (none here: 404)
@machine
def test_07_acme_challenge_not_redirected(installed):
    status, headers, _ = get(installed["apache"].http, "/.well-known/acme-challenge/no-token",
                             tls=False)
    assert status == 404, (status, headers)


# 7b. The shipped site's health report answers this machine (Require local), on any host
@machine
def test_07b_status_for_this_machine(installed):
    status, headers, body = get(installed["apache"].https, "/portal-status",
                                host="monitor.example")
    assert status == 200, (status, body[:500], Apache.error_log())
    assert headers.get("content-type") == ["text/plain; charset=utf-8"], headers
    text = body.decode()
    assert text.startswith("status: "), text[:200]
    assert "\ndatabase: reachable\n" in text and "\nschema: current\n" in text, text


# 8. Purged, the package leaves nothing behind: module, confs, data, timers, enabled links
@machine
def test_08_purge_leaves_nothing(installed):
    _undo(installed)
    purge = installed.get("purge")
    assert purge is not None and purge.returncode == 0, purge and purge.stderr
    assert [str(p) for p in LEFTOVERS if p.exists() or p.is_symlink()] == []
    for mod, was in installed["before"].items():
        assert enabled("-m", mod) == was, mod
