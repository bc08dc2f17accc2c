"""The harness itself and a clean start of the module."""
import socket
import subprocess

from harness import server as srv


def test_build_outputs_present(build):
    assert build.module.exists() and build.portalctl.exists()
    assert (build.xslt / "home.xsl").exists()
    assert build.portalctl.stat().st_mode & 0o111


def test_startup_error_log_clean(portal):
    assert portal.startup_log == [], (
        "httpd logged warnings/errors while starting with the portal module:\n  "
        + "\n  ".join(portal.startup_log))


def test_config_test_passes(portal):
    portal.check_config()


def test_redis_running(redis_port):
    with socket.create_connection(("127.0.0.1", redis_port), 2) as s:
        s.sendall(b"PING\r\n")
        assert s.recv(16).startswith(b"+PONG")


def test_home_answers(portal):
    r = portal.get("/", host="tinh.gov.vn")
    assert r.status_code == 200, r.describe()


def test_graceful_restart_keeps_serving(portal):
    before = portal.get("/", host="soyte.tinh.gov.vn")
    portal.graceful()
    after = portal.get("/", host="soyte.tinh.gov.vn")
    assert before.status_code == after.status_code == 200, after.describe()
    assert srv.pid_alive(portal.pid())


def test_module_exports_only_its_record(build):
    """mod_portal.so is built hidden: its module record is all it offers the linker (other
    modules reach the workflow hooks by name, through APR's optional hooks), and it carries
    nothing of portalctl's import, export or demo province."""
    out = subprocess.run(["nm", "-D", "--defined-only", str(build.module)], check=True,
                         capture_output=True, text=True).stdout
    names = [line.split()[-1] for line in out.splitlines()]
    # an ASan build adds its own indicator of every global (__odr_asan.portal_module)
    assert [n for n in names if not n.startswith("__odr_asan")] == ["portal_module"], out
    data = build.module.read_bytes()
    assert b"portal_demo" not in data and "Hưng Yên".encode() not in data
