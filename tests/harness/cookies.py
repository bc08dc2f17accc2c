"""A browser's cookie jar, as the admin's Browser and the citizens' Visitor keep it."""


def remember(jar, resp):
    """Takes the Set-Cookie headers of resp into jar (a dict); returns resp."""
    for value in resp.headers.get_all("Set-Cookie"):
        name, _, rest = value.partition("=")
        val = rest.split(";")[0]
        if "Max-Age=0" in value or not val:
            jar.pop(name, None)
        else:
            jar[name] = val
    return resp


def header(jar):
    """The Cookie header's value for jar ("" when empty)."""
    return "; ".join(f"{k}={v}" for k, v in jar.items())
