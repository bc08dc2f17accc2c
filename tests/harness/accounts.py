"""Accounts of an editorial board, made with portalctl for a test module."""
import uuid

PASSWORD = "Mat-khau-ban-dau-2026"


def add_accounts(portal, people, prefix=""):
    """people: {who: (tenant, role)}. Adds one account each (a unique login, the initial
    PASSWORD, the role on the tenant); returns {who: login}."""
    suffix = uuid.uuid4().hex[:4]
    logins = {}
    for who, (tenant, role) in people.items():
        login = f"{prefix}{who}{suffix}"
        portal.portalctl("user", "add", login, "--name", f"Cán bộ {who}",
                         "--password-stdin", input=(PASSWORD + "\n").encode())
        portal.portalctl("user", "grant", login, tenant, role)
        logins[who] = login
    return logins
