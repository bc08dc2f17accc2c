"""portalctl user: accounts, roles, passwords, handover, and the audit log they leave."""
import re
import shutil
import sqlite3
import subprocess

import pytest

PASSWORD_LINE = re.compile(r"^initial password: (\S+)$", re.M)
STDIN_PW = "Mật khẩu 2025 mới"          # Vietnamese, spaces: what --password-stdin must carry


# ------------------------------------------------------------------ helpers
@pytest.fixture
def site(ctl):
    """An initialised database with the province and two agencies."""
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh Hưng Yên")
    ctl("tenant", "add", "soyte", "--kind", "agency", "--name", "Sở Y tế")
    ctl("tenant", "add", "sotc", "--kind", "agency", "--name", "Sở Tài chính")
    return ctl


def query(ctl, sql, *args):
    con = sqlite3.connect(str(ctl.db))
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def user_row(ctl, login):
    con = sqlite3.connect(str(ctl.db))
    con.row_factory = sqlite3.Row
    try:
        return con.execute("SELECT * FROM users WHERE login = ?", (login,)).fetchone()
    finally:
        con.close()


def users(ctl):
    """`user list` parsed: {login: (state, roles, name)}."""
    out = {}
    for line in ctl("user", "list").stdout.splitlines():
        if line.strip():
            parts = line.split(None, 3)
            assert len(parts) == 4, f"user list line not 'login state roles name': {line!r}"
            out[parts[0]] = (parts[1], parts[2], parts[3])
    return out


def add(ctl, login, *extra, name="Nguyễn Văn An"):
    """Adds a user; returns the generated initial password."""
    r = ctl("user", "add", login, "--name", name, *extra)
    found = PASSWORD_LINE.findall(r.stdout)
    assert len(found) == 1, f"want the initial password exactly once:\n{r!r}"
    return found[0]


def add_session(ctl, login, sid):
    con = sqlite3.connect(str(ctl.db))
    try:
        con.execute("INSERT INTO sessions (id, user_id, csrf, created_at, seen_at) "
                    "SELECT ?, id, 'c', 1, 1 FROM users WHERE login = ?", (sid, login))
        con.commit()
    finally:
        con.close()


def sessions_of(ctl, login):
    return query(ctl, "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                      "WHERE u.login = ?", login)[0][0]


def audit(ctl, action):
    return query(ctl, "SELECT u.login, t.slug, a.from_state, a.to_state, a.reason, a.ip "
                      "FROM audit a LEFT JOIN users u ON u.id = a.user_id "
                      "LEFT JOIN tenants t ON t.id = a.tenant_id WHERE a.action = ? "
                      "ORDER BY a.id", action)


def bcrypt_matches(hash_, password):
    """htpasswd (apache2-utils) checks a bcrypt hash independently of our code."""
    htpasswd = shutil.which("htpasswd")
    if not htpasswd:
        pytest.skip("htpasswd not installed")
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".htpasswd") as f:
        f.write(f"u:{hash_}\n")
        f.flush()
        r = subprocess.run([htpasswd, "-vb", f.name, "u", password], capture_output=True)
        return r.returncode == 0


def db_bytes(ctl):
    data = b""
    for suffix in ("", "-wal"):
        try:
            with open(str(ctl.db) + suffix, "rb") as f:
                data += f.read()
        except FileNotFoundError:
            pass
    return data


# ------------------------------------------------------------------ add and list
def test_help_mentions_user_commands(ctl):
    out = ctl("--help", db=None).stdout
    for sub in ("user add", "user list", "user passwd", "user disable", "user enable",
                "user grant", "user revoke", "user handover", "--password-stdin"):
        assert sub in out, f"--help does not mention {sub!r}"


def test_add_and_list(site):
    pw = add(site, "nva", "--email", "nva@soyte.hungyen.gov.vn")
    assert len(pw) >= 10 and re.search(r"[A-Za-z]", pw) and re.search(r"\d", pw), pw
    add(site, "tinh.admin", "--province-admin", name="Trần Thị Bình")
    assert users(site) == {
        "nva": ("active", "-", "Nguyễn Văn An"),
        "tinh.admin": ("active", "province-admin", "Trần Thị Bình"),
    }
    row = user_row(site, "nva")
    assert row["email"] == "nva@soyte.hungyen.gov.vn"
    assert row["must_change"] == 1 and row["password_changed_at"] > 0
    assert row["province_admin"] == 0 and user_row(site, "tinh.admin")["province_admin"] == 1
    assert audit(site, "user-add") == [("nva", None, None, "active", "portalctl", None),
                                       ("tinh.admin", None, None, "active",
                                        "portalctl: province admin", None)]


def test_login_is_case_insensitive(site):
    add(site, "NguyenVanAn")
    assert "nguyenvanan" in users(site)
    r = site("user", "add", "nguyenVANan", "--name", "Khác", check=False)
    assert r.returncode == 1 and "already exists" in r.stderr, r
    site("user", "grant", "NGUYENVANAN", "soyte", "editor")
    assert users(site)["nguyenvanan"][1] == "soyte:editor"


def test_stored_hash_is_bcrypt_and_never_the_password(site):
    pw = add(site, "nva")
    h = user_row(site, "nva")["password_hash"]
    assert h.startswith("$2y$12$") and len(h) == 60, h
    assert pw not in h
    assert bcrypt_matches(h, pw)
    assert not bcrypt_matches(h, pw + "x")
    assert pw.encode() not in db_bytes(site)


def test_password_from_stdin_is_never_printed(site):
    runs = [site("user", "add", "nva", "--name", "An", "--password-stdin",
                 input=(STDIN_PW + "\n").encode())]
    h = user_row(site, "nva")["password_hash"]
    assert h.startswith("$2y$") and STDIN_PW not in h
    assert bcrypt_matches(h, STDIN_PW)
    runs.append(site("user", "passwd", "nva", "--password-stdin",
                     input=b"Hai lan 2026 khac\r\n"))
    assert bcrypt_matches(user_row(site, "nva")["password_hash"], "Hai lan 2026 khac")
    runs += [site("user", "list"), site("user", "grant", "nva", "soyte", "chief"),
             site("user", "disable", "nva"), site("user", "enable", "nva"), site("export")]
    for r in runs:
        for secret in (STDIN_PW, "Hai lan 2026 khac"):
            assert secret not in r.stdout and secret not in r.stderr, r
        assert "initial password" not in r.stdout, r
    assert STDIN_PW.encode() not in db_bytes(site)


def test_generated_password_shown_only_by_the_command_that_made_it(site):
    pw = add(site, "nva")
    later = [site("user", "list"), site("user", "grant", "nva", "soyte", "editor"),
             site("user", "disable", "nva"), site("user", "enable", "nva"),
             site("user", "add", "nvb", "--name", "B", "--password-stdin",
                  input=b"matkhau-2025\n"),
             site("user", "handover", "nva", "--to", "nvb"), site("export")]
    for r in later:
        assert pw not in r.stdout and pw not in r.stderr, r


POLICY = [
    ("ngan-1", "10"),                     # too short
    ("khongcochuso", "letters and digits"),     # no digit
    ("1234567890123", "letters and digits"),    # no letter
    ("toi-la-nva-2025", "user name"),           # contains the login
    ("", "empty"),
    ("a1" * 101, "200"),                  # too long
]


@pytest.mark.parametrize("password,mention", POLICY, ids=[p[:12] for p, _ in POLICY])
def test_password_policy(site, password, mention):
    r = site("user", "add", "nva", "--name", "An", "--password-stdin",
             input=(password + "\n").encode(), check=False)
    assert r.returncode == 2, r
    assert mention in r.stderr and len(r.stderr.strip().splitlines()) == 1, r
    assert "nva" not in users(site)


def test_password_not_valid_utf8(site):
    r = site("user", "add", "nva", "--name", "An", "--password-stdin",
             input=b"matkhau\xff2025\n", check=False)
    assert r.returncode == 2 and r.stderr.strip(), r
    assert "nva" not in users(site)


# ------------------------------------------------------------------ passwd, disable, enable
def test_passwd_gives_a_new_initial_password_and_ends_sessions(site):
    first = add(site, "nva")
    old = user_row(site, "nva")["password_hash"]
    con = sqlite3.connect(str(site.db))
    con.execute("UPDATE users SET must_change = 0, failed_logins = 3, locked_until = 4000000000 "
                "WHERE login = 'nva'")
    con.commit()
    con.close()
    add_session(site, "nva", "s1")
    add_session(site, "nva", "s2")
    r = site("user", "passwd", "nva")
    found = PASSWORD_LINE.findall(r.stdout)
    assert len(found) == 1 and found[0] != first, r
    row = user_row(site, "nva")
    assert row["password_hash"] != old and bcrypt_matches(row["password_hash"], found[0])
    assert row["must_change"] == 1 and row["failed_logins"] == 0 and row["locked_until"] == 0
    assert sessions_of(site, "nva") == 0
    assert [a[0] for a in audit(site, "user-passwd")] == ["nva"]


def test_passwd_refuses_the_current_password(site):
    site("user", "add", "nva", "--name", "An", "--password-stdin", input=b"matkhau-2025\n")
    old = user_row(site, "nva")["password_hash"]
    r = site("user", "passwd", "nva", "--password-stdin", input=b"matkhau-2025\n", check=False)
    assert r.returncode == 1 and "must differ from the current one" in r.stderr, r
    assert user_row(site, "nva")["password_hash"] == old


def test_disable_and_enable(site):
    add(site, "nva")
    add_session(site, "nva", "s1")
    r = site("user", "disable", "nva")
    assert "disabled" in r.stdout
    assert users(site)["nva"][0] == "disabled" and sessions_of(site, "nva") == 0
    site("user", "disable", "nva")                 # again: nothing to do, no second entry
    assert audit(site, "user-disable") == [("nva", None, "active", "disabled", "portalctl", None)]
    site("user", "enable", "nva")
    assert users(site)["nva"][0] == "active"
    assert audit(site, "user-enable") == [("nva", None, "disabled", "active", "portalctl", None)]


def test_enable_unlocks(site):
    add(site, "nva")
    con = sqlite3.connect(str(site.db))
    con.execute("UPDATE users SET failed_logins = 0, locked_until = 4000000000")
    con.commit()
    con.close()
    assert users(site)["nva"][0] == "locked"
    site("user", "enable", "nva")
    assert users(site)["nva"][0] == "active" and user_row(site, "nva")["locked_until"] == 0


# ------------------------------------------------------------------ roles
def test_grant_and_revoke(site):
    add(site, "nva")
    site("user", "grant", "nva", "soyte", "chief")
    site("user", "grant", "nva", "sotc", "contributor")
    site("user", "grant", "nva", "tinh", "admin")
    r = site("user", "grant", "nva", "soyte", "chief")
    assert "already" in r.stdout, r
    assert users(site)["nva"][1] == "sotc:contributor,soyte:chief,tinh:admin"
    site("user", "revoke", "nva", "sotc", "contributor")
    assert users(site)["nva"][1] == "soyte:chief,tinh:admin"
    r = site("user", "revoke", "nva", "sotc", "contributor", check=False)
    assert r.returncode == 1 and "nva" in r.stderr and "sotc" in r.stderr, r
    assert audit(site, "role-grant") == [("nva", "soyte", None, "chief", "portalctl", None),
                                         ("nva", "sotc", None, "contributor", "portalctl", None),
                                         ("nva", "tinh", None, "admin", "portalctl", None)]
    assert audit(site, "role-revoke") == [("nva", "sotc", "contributor", None, "portalctl",
                                           None)]


# ------------------------------------------------------------------ handover
def test_handover(site):
    add(site, "nva")
    add(site, "ttb", name="Trần Thị Bình")
    site("user", "grant", "nva", "soyte", "chief")
    site("user", "grant", "nva", "soyte", "admin")
    site("user", "grant", "ttb", "soyte", "editor")
    site("user", "grant", "ttb", "sotc", "chief")
    add_session(site, "nva", "s1")
    con = sqlite3.connect(str(site.db))
    (nva,), (ttb,) = con.execute("SELECT id FROM users ORDER BY login").fetchall()
    soyte, sotc = (con.execute("SELECT id FROM tenants WHERE slug = ?", (s,)).fetchone()[0]
                   for s in ("soyte", "sotc"))
    con.executemany("INSERT INTO articles (tenant_id, lang, slug, title, owner_id) "
                    "VALUES (?, 'vi', ?, 'Bài', ?)",
                    [(soyte, "a", nva), (soyte, "b", nva), (soyte, "c", ttb), (sotc, "d", nva)])
    con.commit()
    con.close()

    r = site("user", "handover", "nva", "--to", "ttb")
    assert "ttb" in r.stdout, r
    listed = users(site)
    assert listed["nva"][0] == "disabled"
    # the roles are given, not taken: the leaving account keeps its history
    assert listed["nva"][1] == "soyte:admin,soyte:chief"
    assert listed["ttb"] == ("active", "sotc:chief,soyte:admin,soyte:chief,soyte:editor",
                             "Trần Thị Bình")
    owners = dict(query(site, "SELECT slug, owner_id FROM articles"))
    # only where the leaving account had a role
    assert owners == {"a": ttb, "b": ttb, "c": ttb, "d": nva}
    assert sessions_of(site, "nva") == 0
    assert audit(site, "handover") == [("nva", "soyte", "active", "disabled",
                                        "portalctl: to ttb, 2 articles", None)]
    grants = [a for a in audit(site, "role-grant") if a[4] != "portalctl"]
    assert grants == [("ttb", "soyte", None, "admin", "portalctl: handover from nva", None),
                      ("ttb", "soyte", None, "chief", "portalctl: handover from nva", None)]


def test_handover_refused_to_a_disabled_account(site):
    add(site, "nva")
    add(site, "ttb")
    site("user", "disable", "ttb")
    r = site("user", "handover", "nva", "--to", "ttb", check=False)
    assert r.returncode == 1 and "ttb" in r.stderr, r
    assert users(site)["nva"][0] == "active"


# ------------------------------------------------------------------ bad arguments
BAD = [
    (("user",), 2, ""),
    (("user", "frob"), 2, "frob"),
    (("user", "add"), 2, "LOGIN"),
    (("user", "add", "moi"), 2, "--name"),
    (("user", "add", "ab", "--name", "X"), 2, "'ab'"),
    (("user", "add", "có dấu", "--name", "X"), 2, "có dấu"),
    (("user", "add", "a" * 65, "--name", "X"), 2, ""),
    (("user", "add", "a/b", "--name", "X"), 2, "a/b"),
    (("user", "add", "nva", "--name", "X"), 1, "nva"),                 # duplicate
    (("user", "add", "moi", "--name", "X", "--email", "khong-hop-le"), 2, "khong-hop-le"),
    (("user", "add", "moi", "--name", "X", "--frob"), 2, "--frob"),
    (("user", "add", "moi", "--name", ""), 2, "--name"),
    (("user", "list", "thua"), 2, "thua"),
    (("user", "passwd", "khongco"), 1, "khongco"),
    (("user", "disable", "khongco"), 1, "khongco"),
    (("user", "enable"), 2, "LOGIN"),
    (("user", "grant", "nva", "soyte", "boss"), 2, "boss"),
    (("user", "grant", "nva", "soyte", "Chief"), 2, "Chief"),
    (("user", "grant", "nva", "khongco", "chief"), 1, "khongco"),
    (("user", "grant", "nva", "Bad_Slug", "chief"), 2, "Bad_Slug"),
    (("user", "grant", "khongco", "soyte", "chief"), 1, "khongco"),
    (("user", "grant", "nva", "soyte"), 2, "ROLE"),
    (("user", "revoke", "nva", "soyte", "editor"), 1, "editor"),
    (("user", "revoke", "nva", "soyte", "owner"), 2, "owner"),
    (("user", "handover", "nva"), 2, "--to"),
    (("user", "handover", "nva", "--to", "nva"), 2, "nva"),
    (("user", "handover", "nva", "--to", "NVA"), 2, "nva"),
    (("user", "handover", "nva", "--to", "khongco"), 1, "khongco"),
    (("user", "handover", "khongco", "--to", "nva"), 1, "khongco"),
]


@pytest.mark.parametrize("args,status,mention", BAD, ids=[" ".join(a)[:50] for a, _, _ in BAD])
def test_bad_arguments(site, args, status, mention):
    add(site, "nva")
    site("user", "grant", "nva", "soyte", "chief")
    before, audit_before = users(site), query(site, "SELECT count(*) FROM audit")
    r = site(*args, check=False)
    assert r.returncode == status, f"want exit {status}:\n{r!r}"
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("portalctl: "), f"want one line:\n{r!r}"
    if mention:
        assert mention in r.stderr, f"the message does not name {mention!r}:\n{r!r}"
    assert "initial password" not in r.stdout, r
    assert users(site) == before, "a failed command changed the accounts"
    assert query(site, "SELECT count(*) FROM audit") == audit_before


def test_user_commands_need_a_database(ctl):
    r = ctl("user", "list", check=False)
    assert r.returncode == 1 and r.stderr.strip(), r
    r = ctl("user", "add", "nva", "--name", "An", check=False)
    assert r.returncode == 1 and "initial password" not in r.stdout, r


def test_every_change_is_audited(site):
    add(site, "nva")
    add(site, "ttb")
    site("user", "grant", "nva", "soyte", "editor")
    site("user", "revoke", "nva", "soyte", "editor")
    site("user", "passwd", "nva")
    site("user", "disable", "nva")
    site("user", "enable", "nva")
    site("user", "grant", "nva", "soyte", "chief")
    site("user", "handover", "nva", "--to", "ttb")
    actions = {a for (a,) in query(site, "SELECT DISTINCT action FROM audit")}
    assert actions == {"user-add", "role-grant", "role-revoke", "user-passwd", "user-disable",
                       "user-enable", "handover"}
    assert query(site, "SELECT count(*) FROM audit WHERE at < 1700000000") == [(0,)]
