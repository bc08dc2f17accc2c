"""The editorial board's journey (test_admin.py's, issue 4) in a real browser: Debian's Chromium
driven by playwright-core from tests/browser/journey.mjs, one browser context per person.

Needs Debian's packages chromium and nodejs (+ npm) and `npm ci --prefix tests/browser`; scripts/
deps.sh and scripts/test.sh install them. When they are missing this test fails (it does not skip):
CI is expected to have them. Screenshots go to tests/artifacts/ (git-ignored)."""
import os
import pathlib
import re
import shutil
import struct
import subprocess
import uuid

import pytest

from harness import fixture as fx

ROOT = pathlib.Path(__file__).resolve().parent.parent
BROWSER_DIR = ROOT / "tests" / "browser"
JOURNEY = BROWSER_DIR / "journey.mjs"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("PORTAL_TEST_CHROMIUM", "/usr/bin/chromium")
TENANT = "soyte"
PASSWORD = "Mat-khau-ban-dau-2026"
NEW_PASSWORD = "Mat-khau-moi-2026-xyz"
TIMEOUT = 120

STEPS = ["contributor-login", "contributor-write", "contributor-submit",
         "editor-login", "editor-edit", "editor-forward",
         "chief-login", "chief-reject",
         "contributor-sees-reason", "contributor-resubmit",
         "chief-approve", "visitor-sees", "chief-unpublish", "visitor-gone"]
SCREENSHOTS = ["browser-editor-edit.png", "browser-chief-review.png"]


def tools():
    """node, Chromium and playwright-core, or a failure that names the missing package."""
    node = shutil.which("node")
    if not node:
        pytest.fail("node not found: install Debian's package nodejs (scripts/deps.sh does)",
                    pytrace=False)
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    m = re.match(r"v(\d+)\.", version)
    if not m or int(m.group(1)) < 18:
        pytest.fail(f"node {version or '(unknown version)'} is too old: playwright-core needs "
                    "18 or later (Debian 12's package nodejs is 18)", pytrace=False)
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} not found: install Debian's package chromium, as "
                    "scripts/deps.sh does", pytrace=False)
    if not (BROWSER_DIR / "node_modules" / "playwright-core" / "package.json").exists():
        pytest.fail("playwright-core is not installed in tests/browser/node_modules: run "
                    "`npm ci --prefix tests/browser` (scripts/test.sh does, and installs Debian's "
                    "package npm when there is no npm)", pytrace=False)
    return node


def png_size(path):
    """(width, height) of a PNG file, or None when it is not one."""
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def test_editorial_journey_in_chromium(portal):
    node = tools()
    suffix = uuid.uuid4().hex[:6]
    logins = {}
    for who, role in (("contributor", "contributor"), ("editor", "editor"), ("chief", "chief")):
        login = f"web{who[:4]}{suffix}"
        portal.portalctl("user", "add", login, "--name", f"Trình duyệt {who}",
                         "--password-stdin", input=(PASSWORD + "\n").encode())
        portal.portalctl("user", "grant", login, TENANT, role)
        logins[who] = login
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob("browser-*.png"):
        old.unlink()
    env = dict(os.environ,
               PORTAL_PORT=str(portal.port), PORTAL_HOST=f"{TENANT}.{fx.BASE}",
               PORTAL_BASE=fx.BASE, CHROMIUM=CHROMIUM, ARTIFACTS=str(ARTIFACTS),
               CONTRIBUTOR_LOGIN=logins["contributor"], EDITOR_LOGIN=logins["editor"],
               CHIEF_LOGIN=logins["chief"], INITIAL_PASSWORD=PASSWORD, NEW_PASSWORD=NEW_PASSWORD)
    try:
        r = subprocess.run([node, str(JOURNEY)], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) \
            else (e.stdout or "")
        pytest.fail(f"the browser journey took more than {TIMEOUT} s; its output:\n{out}",
                    pytrace=False)
    out = r.stdout + ("\n--- stderr ---\n" + r.stderr if r.stderr.strip() else "")
    assert r.returncode == 0, f"journey.mjs exited {r.returncode}:\n{out}"
    missing = [s for s in STEPS if not re.search(rf"^PASS {re.escape(s)} ", r.stdout, re.M)]
    assert not missing, f"steps not reported as passed: {missing}\n{out}"
    assert "ALL PASSED" in r.stdout, out
    for name in SCREENSHOTS:
        path = ARTIFACTS / name
        assert f"SCREENSHOT {path}" in r.stdout, f"{name} not reported:\n{out}"
        assert path.exists(), f"{path} was not written"
        size = png_size(path)
        assert size, f"{path} is not a PNG"
        assert path.stat().st_size > 10_000, f"{path} is only {path.stat().st_size} bytes"
        assert size[0] >= 1000 and size[1] >= 600, f"{path} is {size[0]}×{size[1]}"
    # what the browser noticed: all of it with -rA; a defect it found fails the test
    print(r.stdout)
    bugs = re.findall(r"^NOTE .*\bBUG\b.*$", r.stdout, re.M)
    assert not bugs, "the browser journey found defects:\n" + "\n".join(bugs)
