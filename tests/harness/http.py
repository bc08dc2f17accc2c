"""A small HTTP client that sends exactly what it is told.

requests/urllib3 normalise paths (they remove "../" segments) and refuse odd Host headers, which
is what the security tests need to send; so this speaks http.client directly, and raw sockets
for what http.client refuses (spaces in the request line, raw non-ASCII bytes).
"""
import http.client
import socket
import urllib.parse

import lxml.etree
import lxml.html


class Headers:
    """Case-insensitive, multi-valued response headers."""

    def __init__(self, pairs):
        self._pairs = [(k, v) for k, v in pairs]

    def get(self, name, default=None):
        vals = self.get_all(name)
        return ", ".join(vals) if vals else default

    def get_all(self, name):
        n = name.lower()
        return [v for k, v in self._pairs if k.lower() == n]

    def __getitem__(self, name):
        v = self.get(name)
        if v is None:
            raise KeyError(name)
        return v

    def __contains__(self, name):
        return bool(self.get_all(name))

    def items(self):
        return list(self._pairs)

    def __repr__(self):
        return "\n".join(f"{k}: {v}" for k, v in self._pairs)


class Resp:
    def __init__(self, method, host, path, status, reason, headers, content, history=()):
        self.method = method
        self.host = host
        self.path = path
        self.status_code = status
        self.status = status
        self.reason = reason
        self.headers = headers
        self.content = content
        self.history = list(history)

    @property
    def url(self):
        return f"http://{self.host}{self.path}"

    @property
    def text(self):
        return self.content.decode("utf-8", errors="replace")

    @property
    def content_type(self):
        return (self.headers.get("Content-Type") or "").lower().replace(" ", "")

    def html(self):
        """The body parsed as HTML (lxml.html document)."""
        if not self.content.strip():
            raise AssertionError(f"{self.describe()}: empty body, expected HTML")
        parser = lxml.html.HTMLParser(encoding="utf-8")
        return lxml.html.document_fromstring(self.content, parser=parser)

    def xml(self):
        """The body parsed as XML, strictly (no entities resolved, no network)."""
        parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True,
                                      load_dtd=False, huge_tree=False)
        try:
            return lxml.etree.fromstring(self.content, parser=parser)
        except lxml.etree.XMLSyntaxError as e:
            raise AssertionError(f"{self.describe()}: body is not well-formed XML: {e}\n"
                                 f"{self.text[:2000]}")

    def describe(self, body=400):
        snippet = self.text[:body].replace("\n", "\\n")
        return (f"{self.method} {self.url} -> {self.status_code} {self.reason} "
                f"[Content-Type: {self.headers.get('Content-Type')}, "
                f"Location: {self.headers.get('Location')}] body: {snippet!r}")

    def __repr__(self):
        return f"<Resp {self.describe(120)}>"


def split_url(url, default_host):
    """'http://h:1/p?q' -> ('h:1', '/p?q'); '/p' -> (default_host, '/p')."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme:
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return parts.netloc, path
    return default_host, url


class Client:
    def __init__(self, port, address="127.0.0.1", default_host="tinh.gov.vn"):
        self.port = port
        self.address = address
        self.default_host = default_host

    def request(self, method, path, host=None, headers=None, body=None,
                allow_redirects=False, timeout=30):
        host = self.default_host if host is None else host
        history = []
        for _ in range(10):
            resp = self._once(method, path, host, headers or {}, body, timeout)
            loc = resp.headers.get("Location")
            if not allow_redirects or resp.status_code not in (301, 302, 303, 307, 308) or not loc:
                resp.history = history
                return resp
            history.append(resp)
            host, path = split_url(urllib.parse.urljoin(resp.url, loc), host)
            if resp.status_code == 303:
                method, body = "GET", None
        raise AssertionError(f"too many redirects: {[r.describe(0) for r in history]}")

    def _once(self, method, path, host, headers, body, timeout):
        conn = http.client.HTTPConnection(self.address, self.port, timeout=timeout)
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            if host is not None:
                conn.putheader("Host", host)
            lower = {k.lower() for k in headers}
            for k, v in headers.items():
                conn.putheader(k, v)
            if "connection" not in lower:
                conn.putheader("Connection", "close")
            if body is not None:
                if isinstance(body, str):
                    body = body.encode("utf-8")
                if "content-length" not in lower:
                    conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
            r = conn.getresponse()
            content = r.read()
            return Resp(method, host, path, r.status, r.reason, Headers(r.getheaders()), content)
        finally:
            conn.close()

    def raw(self, data, timeout=15):
        """Send raw bytes, read until the server closes; return a RawResp."""
        if isinstance(data, str):
            data = data.encode("latin-1")
        with socket.create_connection((self.address, self.port), timeout=timeout) as s:
            s.sendall(data)
            chunks = []
            while True:
                try:
                    b = s.recv(65536)
                except socket.timeout:
                    break
                if not b:
                    break
                chunks.append(b)
        return RawResp(b"".join(chunks), data)

    def raw_get(self, target, host, extra=b""):
        """GET with an exact request target and Host value (bytes or str)."""
        if isinstance(target, str):
            target = target.encode("latin-1")
        if isinstance(host, str):
            host = host.encode("latin-1")
        req = (b"GET " + target + b" HTTP/1.1\r\nHost: " + host + b"\r\n" + extra
               + b"Connection: close\r\n\r\n")
        return self.raw(req)


class RawResp:
    def __init__(self, data, sent):
        self.raw = data
        self.sent = sent
        head, _, self.content = data.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        self.status_line = lines[0].decode("latin-1") if lines else ""
        try:
            self.status_code = int(self.status_line.split()[1])
        except (IndexError, ValueError):
            self.status_code = None
        pairs = []
        for ln in lines[1:]:
            k, _, v = ln.decode("latin-1").partition(":")
            pairs.append((k.strip(), v.strip()))
        self.headers = Headers(pairs)

    @property
    def text(self):
        return self.content.decode("utf-8", errors="replace")

    def describe(self, body=300):
        return (f"sent {self.sent[:300]!r} -> {self.status_line!r} "
                f"body: {self.text[:body]!r}")

    def __repr__(self):
        return f"<RawResp {self.describe(100)}>"
