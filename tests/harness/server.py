"""A private httpd (Debian's apache2 binary, our own ServerRoot) and redis-server for the tests."""
import atexit
import os
import pathlib
import pwd
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import time

from . import fixture as fx
from .util import poll
from .build import APACHE, APACHE_MODULES
from .http import Client

DATA_DIR = pathlib.Path(__file__).resolve().parent.parent / "data"

RUN_AS = "www-data"
IS_ROOT = os.geteuid() == 0

# Error-log lines that fail a test (unless the test declared them expected).
BAD_LOG_RE = re.compile(r":(?:error|warn|crit|alert|emerg)\]"
                        r"|exit signal|seg fault|AH00052|AH00060|AH00061")
# mod_ssl's AH01882: Debian's apache2 built against a newer libssl3 than the machine has (a
# partial upgrade). The machine's, not the module's: not a bad start of a TLS config.
TLS_MACHINE_LOG_RE = re.compile(r"\[ssl:warn\].*AH01882")

_current = None


def current():
    """The running PortalServer of this session, or None."""
    return _current


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_port6():
    """A free port on [::1], or None when the machine has no IPv6 loopback."""
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
            return s.getsockname()[1]
    except OSError:
        return None


def port_answers(port, timeout=0.5):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_for(pred, timeout, interval=0.05):
    return poll(pred, timeout, interval)


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("State:"):
                    return "Z" not in line.split()[1]
    except OSError:
        return False
    return True


def httpd_env():
    """httpd's environment: ours, plus LD_PRELOAD of $PORTAL_TEST_PRELOAD when it is set.

    scripts/test-asan.sh sets it to libasan and libubsan: the module is built with
    -fsanitize=address,undefined and httpd is not, and the ASan runtime must be the first
    library of the process. ASAN_OPTIONS and UBSAN_OPTIONS pass through unchanged (portalctl,
    linked with the runtimes, reads the same ones)."""
    env = dict(os.environ)
    preload = env.get("PORTAL_TEST_PRELOAD", "").strip()
    if preload:
        env["LD_PRELOAD"] = " ".join(x for x in (preload, env.get("LD_PRELOAD", "")) if x)
    return env


class CtlResult:
    def __init__(self, args, returncode, stdout, stderr):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        return (f"$ {' '.join(map(str, self.args))}\nexit {self.returncode}\n"
                f"--- stdout ---\n{self.stdout[:3000]}\n--- stderr ---\n{self.stderr[:3000]}")


def run_portalctl(ctl, db, *args, check=True, env=None, input=None, timeout=120):
    cmd = [str(ctl)] + (["-d", str(db)] if db is not None else []) + [str(a) for a in args]
    e = dict(os.environ)
    e.setdefault("LANG", "C.UTF-8")
    e.pop("PORTAL_DB", None)
    if env:
        e.update(env)
    p = subprocess.run(cmd, capture_output=True, env=e, input=input, timeout=timeout)
    r = CtlResult(cmd, p.returncode, p.stdout.decode("utf-8", "replace"),
                  p.stderr.decode("utf-8", "replace"))
    if check and r.returncode != 0:
        raise AssertionError(f"portalctl failed:\n{r!r}")
    return r


def chown_tree(path, user=RUN_AS):
    if not IS_ROOT:
        return
    pw = pwd.getpwnam(user)
    for root, dirs, files in os.walk(path):
        os.chown(root, pw.pw_uid, pw.pw_gid)
        for f in files:
            os.chown(os.path.join(root, f), pw.pw_uid, pw.pw_gid)


class StartError(Exception):
    pass


class TlsSetup:
    """The https side of a PortalServer (use_tls)."""

    def __init__(self, certificate, port, port6):
        self.certificate, self.port, self.port6 = certificate, port, port6

    def client(self, address="127.0.0.1"):
        """An https Client on 127.0.0.1, or on ::1."""
        return Client(self.port6 if address == "::1" else self.port, address=address,
                      tls=self.certificate.context())


class PortalServer:
    def __init__(self, paths, tmpdir):
        self.paths = paths
        self.tmpdir = pathlib.Path(tmpdir)
        self.root = self.tmpdir / "srv"
        self.datadir = self.tmpdir / "data"
        self.db = self.datadir / "portal.db"
        self.xslt = self.tmpdir / "xslt"
        self.conf = self.root / "conf" / "httpd.conf"
        self.error_log = self.root / "logs" / "error_log"
        self.access_log = self.root / "logs" / "access_log"
        self.pidfile = self.root / "run" / "httpd.pid"
        self.port = free_port()
        self.redis_port = None
        self.redis = None
        self.client = Client(self.port)
        self.extra_directives = []      # see write_config(): the extra-directives hook
        # the board answers over plain HTTP in the tests (the suite speaks plain HTTP);
        # use_tls() turns this off, as in production
        self.admin_insecure = True
        self.tls = None                 # see use_tls(): a TLS vhost on a second port
        self.import_file = None
        self.model = None
        self.started = False
        self.dirty = False          # set once a test module used the server; see reset()
        self.start_mark = 0
        self.startup_log = []
        self._article_index = {}

    # ------------------------------------------------------------------ setup
    def setup(self):
        global _current
        for d in (self.root / "conf", self.root / "logs", self.root / "run",
                  self.root / "htdocs", self.datadir):
            d.mkdir(parents=True, exist_ok=True)
        shutil.copytree(self.paths.xslt, self.xslt)
        (self.xslt / "tenants").mkdir(exist_ok=True)
        self.model = fx.model()
        self.import_file = fx.write_import_file(self.model.tree, self.tmpdir / "fixture-full.xml")
        self.portalctl("init")
        self.portalctl("import", self.import_file)
        self.pristine = self.tmpdir / "pristine.db"
        self._copy_db(self.db, self.pristine)
        self.fix_perms()
        self.start_redis()
        self.write_config()
        _current = self
        atexit.register(self._atexit)
        self.start()
        self.start_mark = self.log_mark()

    @staticmethod
    def _copy_db(src, dst):
        """A consistent copy of an SQLite DB (WAL included) with SQLite's backup API."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            pathlib.Path(str(dst) + suffix).unlink(missing_ok=True)
        s = sqlite3.connect(str(src))
        d = sqlite3.connect(str(dst))
        try:
            s.backup(d)
        finally:
            d.close()
            s.close()

    def reset(self):
        """Back to the state right after setup: httpd stopped, the DB restored from the
        pristine copy, Redis flushed, tenant stylesheet overrides removed, httpd started.
        Used between test modules so that no module sees another one's changes."""
        self.stop()
        self._copy_db(self.pristine, self.db)
        # the restored DB numbers uploads from scratch: files of the last module must go
        for entry in (self.datadir / "uploads").glob("*"):
            shutil.rmtree(entry, ignore_errors=True)
        tenants = self.xslt / "tenants"
        shutil.rmtree(tenants, ignore_errors=True)
        tenants.mkdir()
        self.fix_perms()
        if self.redis is None or self.redis.poll() is not None:
            self.start_redis(port=self.redis_port)
        self.redis_command("FLUSHALL")
        self._article_index.clear()
        self.start()
        self.dirty = False

    def redis_command(self, *args):
        payload = f"*{len(args)}\r\n".encode()
        for a in args:
            a = str(a).encode()
            payload += b"$%d\r\n%s\r\n" % (len(a), a)
        with socket.create_connection(("127.0.0.1", self.redis_port), 5) as s:
            s.sendall(payload)
            return s.recv(65536)

    def fix_perms(self):
        # httpd children run as www-data and write the DB (and its -wal/-shm) and may read
        # everything under tmpdir; portalctl runs as root and creates files as root.
        os.chmod(self.tmpdir, 0o755)
        chown_tree(self.datadir)
        for root, dirs, files in os.walk(self.xslt):
            os.chmod(root, 0o755)
            for f in files:
                os.chmod(os.path.join(root, f), 0o644)

    def portalctl(self, *args, check=True, db="live", env=None, input=None):
        """Run portalctl -d <db> ARGS (default: the live DB httpd serves)."""
        live = db == "live"
        r = run_portalctl(self.paths.portalctl, self.db if live else db, *args,
                          check=check, env=env, input=input)
        if live and self.datadir.exists():
            chown_tree(self.datadir)
        return r

    # ------------------------------------------------------------------ redis
    def start_redis(self, port=None):
        """Start the private redis-server (again on `port` when given)."""
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not os.path.exists(exe):
            raise StartError("redis-server not found (apt-get install redis-server)")
        self.redis_port = port or free_port()
        self.redis_log = open(self.tmpdir / "redis.log", "ab")
        self.redis = subprocess.Popen(
            [exe, "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--daemonize", "no"],
            cwd=self.tmpdir, stdout=self.redis_log, stderr=subprocess.STDOUT)

        def ping():
            if self.redis.poll() is not None:
                raise StartError("redis-server exited: "
                                 + (self.tmpdir / "redis.log").read_text(errors="replace"))
            try:
                with socket.create_connection(("127.0.0.1", self.redis_port), 0.5) as s:
                    s.sendall(b"PING\r\n")
                    return s.recv(64).startswith(b"+PONG")
            except OSError:
                return False
        if not wait_for(ping, 10):
            raise StartError("redis-server did not answer PING within 10 s")

    def stop_redis(self):
        if self.redis and self.redis.poll() is None:
            self.redis.terminate()
            try:
                self.redis.wait(10)
            except subprocess.TimeoutExpired:
                self.redis.kill()
                self.redis.wait(5)
        if self.redis:
            self.redis_log.close()
            self.redis = None

    # ------------------------------------------------------------------ config
    def cache_directives(self):
        """PortalRedis, once the module has it (the cache issue adds the directive).

        Default: added when the module binary contains the directive name; PORTAL_TEST_REDIS=1
        or 0 forces it on or off."""
        force = os.environ.get("PORTAL_TEST_REDIS")
        if force == "0":
            return []
        known = b"PortalRedis" in self.paths.module.read_bytes()
        if force == "1" or known:
            return [f"PortalRedis 127.0.0.1:{self.redis_port}"]
        return []

    def workflow_directives(self):
        """The prohibited-terms list and, when make check built it, the example module that
        takes part in the workflow through mod_portal's hooks."""
        uploads = self.datadir / "uploads"
        uploads.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            pw = pwd.getpwnam(RUN_AS)
            os.chown(uploads, pw.pw_uid, pw.pw_gid)
        out = [f'PortalProhibitedTerms "{DATA_DIR / "prohibited-terms.txt"}"',
               f'PortalUploads "{uploads}"', "PortalUploadMax 1048576"]
        # the editor's bundle (assets/build.sh), copied where the server's user can read it
        dist = DATA_DIR.parent.parent / "assets" / "dist"
        if (dist / "editor.js").exists():
            assets = self.tmpdir / "assets"
            shutil.copytree(dist, assets, dirs_exist_ok=True)
            chown_tree(assets)
            out.append(f'PortalAssets "{assets}"')
        example = getattr(self.paths, "example_module", None)
        if example and pathlib.Path(example).exists():
            self.published_log = self.tmpdir / "published.log"
            self.published_log.touch()
            if os.geteuid() == 0:
                pw = pwd.getpwnam(RUN_AS)
                os.chown(self.published_log, pw.pw_uid, pw.pw_gid)
            out += [f'LoadModule portal_example_module "{example}"',
                    f'PortalExampleLog "{self.published_log}"']
        return out

    def tls_config(self):
        """The https vhost (mod_ssl, the tests' wildcard certificate) of use_tls()."""
        if not self.tls:
            return ""
        m, t = APACHE_MODULES, self.tls
        listen6 = f"Listen [::1]:{t.port6}\n" if t.port6 else ""
        addrs = f"127.0.0.1:{t.port}" + (f" [::1]:{t.port6}" if t.port6 else "")
        return f"""
<IfModule !ssl_module>
    LoadModule ssl_module {m}/mod_ssl.so
</IfModule>
<IfModule !socache_shmcb_module>
    LoadModule socache_shmcb_module {m}/mod_socache_shmcb.so
</IfModule>
SSLSessionCache "shmcb:{self.root}/run/ssl_scache(512000)"
Listen 127.0.0.1:{t.port}
{listen6}<VirtualHost {addrs}>
    ServerName tinh.gov.vn
    ServerAlias *.tinh.gov.vn
    SSLEngine on
    SSLCertificateFile "{t.certificate.cert}"
    SSLCertificateKeyFile "{t.certificate.key}"
    SetHandler portal
    <Location /admin>
        SetHandler portal-admin
    </Location>
</VirtualHost>
"""

    def use_tls(self, certificate, ipv6=True):
        """Restarts httpd serving https too: the same sites on a second port of 127.0.0.1
        (and of [::1] when ipv6 and the machine has it) with certificate (harness/tls.py),
        and the board on https only (PortalAdminInsecure Off on every vhost). Returns the
        TlsSetup: .port, .port6 (None without IPv6), .client(address)."""
        self.tls = TlsSetup(certificate, free_port(), free_port6() if ipv6 else None)
        self.admin_insecure = False
        self.reconfigure()
        return self.tls

    def plain_again(self):
        """Back to the suite's usual server: plain HTTP only, PortalAdminInsecure On, no
        extra directives."""
        self.tls = None
        self.admin_insecure = True
        self.extra_directives = []
        self.reconfigure()

    def reconfigure(self):
        """A new config from the attributes (tls, admin_insecure, extra_directives) and a
        full restart with it."""
        self.write_config()
        self.restart()

    def write_config(self):
        m = APACHE_MODULES
        user = f"User {RUN_AS}\nGroup {RUN_AS}\n" if IS_ROOT else ""
        extra = list(self.cache_directives()) + list(self.workflow_directives()) \
            + list(self.extra_directives)
        env_extra = os.environ.get("PORTAL_TEST_EXTRA_DIRECTIVES", "")
        extra += [ln for ln in env_extra.splitlines() if ln.strip()]
        conf = f"""# Generated by tests/harness/server.py for one test session. Do not edit.
ServerRoot "{self.root}"
ServerName tinh.gov.vn
Listen 127.0.0.1:{self.port}
PidFile "{self.pidfile}"
DefaultRuntimeDir "{self.root}/run"
Mutex file:{self.root}/run default
ErrorLog "{self.error_log}"

LoadModule mpm_event_module {m}/mod_mpm_event.so
LoadModule authz_core_module {m}/mod_authz_core.so
<IfModule !authz_host_module>
    LoadModule authz_host_module {m}/mod_authz_host.so
</IfModule>
LoadModule mime_module {m}/mod_mime.so
<IfModule !log_config_module>
    LoadModule log_config_module {m}/mod_log_config.so
</IfModule>
LoadModule portal_module {self.paths.module}

LogLevel warn portal:info
TraceEnable off
ServerTokens Prod
ServerSignature Off
{user}
TypesConfig /etc/mime.types
LogFormat "%h %t \\"%r\\" %>s %b host=\\"%{{Host}}i\\" %Dus pid=%P" portal
CustomLog "{self.access_log}" portal
Timeout 20
KeepAlive On
StartServers 1
ServerLimit 4
ThreadsPerChild 10
MaxRequestWorkers 40
MinSpareThreads 5
MaxSpareThreads 30
DocumentRoot "{self.root}/htdocs"
<Directory />
    AllowOverride None
    Require all granted
</Directory>

PortalDatabase     "{self.db}"
PortalBaseDomain   tinh.gov.vn
PortalStylesheets  "{self.xslt}"
PortalPageSize     {fx.PAGE_SIZE}
{"PortalAdminInsecure On" if self.admin_insecure else "# the board on https only"}

# ---- HOOK: extra server-level directives --------------------------------------------------
# From PortalServer.extra_directives, PORTAL_TEST_EXTRA_DIRECTIVES and cache_directives()
# (PortalRedis 127.0.0.1:{self.redis_port} is added once the module knows the directive).
{chr(10).join(extra)}
# ---- end of hook --------------------------------------------------------------------------

<VirtualHost 127.0.0.1:{self.port}>
    ServerName tinh.gov.vn
    ServerAlias *.tinh.gov.vn
    SetHandler portal
    <Location /admin>
        SetHandler portal-admin
    </Location>
    <Location /portal-status>
        SetHandler portal-status
        Require ip 127.0.0.1
    </Location>
</VirtualHost>
{self.tls_config()}"""
        self.conf.write_text(conf)
        return conf

    # ------------------------------------------------------------------ httpd control
    def _apache(self, *args, timeout=30):
        return subprocess.run([APACHE, "-f", str(self.conf), *args], capture_output=True,
                              text=True, timeout=timeout, env=httpd_env())

    def log_tail(self, n=60):
        try:
            return "\n".join(self.error_log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no error log)"

    def pid(self):
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    def check_config(self):
        r = self._apache("-t")
        if r.returncode != 0:
            raise StartError(f"apache2 -t failed:\n{r.stdout}{r.stderr}\nconfig:\n"
                             f"{self.conf.read_text()}")

    def start(self):
        mark = self.log_mark()
        r = self._apache("-k", "start")
        if r.returncode != 0:
            raise StartError(f"apache2 -k start exited {r.returncode}:\n{r.stdout}{r.stderr}\n"
                             f"error log:\n{self.log_tail()}")
        ok = wait_for(lambda: self.pid() and port_answers(self.port), 20)
        if not ok or not pid_alive(self.pid() or 0):
            raise StartError(f"httpd did not come up on 127.0.0.1:{self.port}:\n"
                             f"{r.stdout}{r.stderr}\nerror log:\n{self.log_tail()}")
        self.started = True
        self.startup_log += [ln for ln in self.error_log_since(mark) if BAD_LOG_RE.search(ln)
                             and not (self.tls and TLS_MACHINE_LOG_RE.search(ln))]

    def stop(self):
        pid = self.pid()
        if pid is None or not pid_alive(pid):
            self.started = False
            return
        self._apache("-k", "stop")
        if not wait_for(lambda: not pid_alive(pid), 20):
            try:
                os.kill(pid, signal.SIGKILL)   # our own httpd parent, by its pid
            except ProcessLookupError:
                pass
            wait_for(lambda: not pid_alive(pid), 5)
        wait_for(lambda: not port_answers(self.port), 5)
        self.started = False

    def restart(self):
        """Full stop + start (picks up a rewritten config)."""
        self.stop()
        self.start()

    def graceful(self, timeout=20):
        """`apache2 -k graceful` and wait until the new generation serves."""
        mark = self.log_mark()
        r = self._apache("-k", "graceful")
        if r.returncode != 0:
            raise StartError(f"apache2 -k graceful exited {r.returncode}: {r.stdout}{r.stderr}")

        def resumed():
            return any("resuming normal operations" in ln for ln in self.error_log_since(mark))
        if not wait_for(resumed, timeout):
            raise StartError(f"graceful restart not done within {timeout}s:\n{self.log_tail()}")
        if not wait_for(lambda: port_answers(self.port), 10):
            raise StartError(f"port closed after graceful restart:\n{self.log_tail()}")
        time.sleep(0.2)   # let the new generation's children take over the listener

    def _atexit(self):
        # last resort if the session ends without fixture teardown (e.g. an internal error)
        if self.started or (self.redis and self.redis.poll() is None):
            self.teardown()

    def teardown(self):
        global _current
        try:
            self.stop()
        finally:
            self.stop_redis()
            if _current is self:
                _current = None

    # ------------------------------------------------------------------ error log
    def log_mark(self):
        try:
            return self.error_log.stat().st_size
        except OSError:
            return 0

    def error_log_since(self, mark):
        try:
            with open(self.error_log, "rb") as f:
                f.seek(mark)
                data = f.read()
        except OSError:
            return []
        return data.decode("utf-8", "replace").splitlines()

    def error_log_lines(self):
        return self.error_log_since(0)

    # ------------------------------------------------------------------ HTTP
    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def get(self, path, host=None, headers=None, allow_redirects=False, method="GET",
            body=None):
        return self.client.request(method, path, host=host, headers=headers, body=body,
                                   allow_redirects=allow_redirects)

    def request(self, method, path, **kw):
        return self.get(path, method=method, **kw)

    def sget(self, site, path, **kw):
        """GET path on a harness.fixture.Site (Host and /en prefix applied)."""
        return self.get(site.path(path), host=site.host, **kw)

    # ------------------------------------------------------------------ article ids
    def article_path(self, site, slug):
        """The canonical path (without the site's prefix) of article `slug` on `site`,
        found by crawling the category listings (ids are assigned by the module)."""
        key = (site.tenant.slug, site.lang)
        index = self._article_index.get(key)
        if index is None or slug not in index:
            index = self._crawl(site)
            self._article_index[key] = index
        if slug not in index:
            raise AssertionError(
                f"article {slug!r} not found in the category listings of {site} "
                f"(found: {sorted(index)[:40]})")
        return index[slug]

    def article_id(self, site, slug):
        return int(self.article_path(site, slug).split("/")[2].split("-")[0])

    def _crawl(self, site):
        from .html import article_links
        by_title = {a.title: a.slug for a in site.tenant.articles if a.lang == site.lang}
        index = {}
        for cat in site.tenant.categories:
            for page in range(1, 20):
                path = f"/chuyen-muc/{cat.slug}" + (f"?page={page}" if page > 1 else "")
                r = self.sget(site, path)
                if r.status_code != 200:
                    break
                new = 0
                for aid, urlslug, p, txt in article_links(r.html(), r.url, site.host):
                    canon = p[len(site.prefix):] if site.prefix and p.startswith(site.prefix) else p
                    slug = urlslug if urlslug in {a.slug for a in site.tenant.articles} else \
                        by_title.get(txt)
                    if slug and slug not in index:
                        index[slug] = canon
                        new += 1
                if not new:
                    break
        return index
