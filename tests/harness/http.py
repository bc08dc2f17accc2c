"""A small HTTP client that sends exactly what it is told and reads responses strictly.

requests/urllib3 normalise paths (they remove "../" segments) and refuse odd Host headers, which
is what the security tests need to send; so this writes requests on raw sockets itself. Every
response is read by its framing (Content-Length or chunks) and nothing may follow it; after an
error status a second request is pipelined behind the same one (check_pipelined), so that an
error page that does not end its response fails whichever test met it.

With an ssl.SSLContext (harness/tls.py) the same bytes go over TLS, the Host header's name as
SNI and as the name the certificate must carry; the framing checks are the same.
"""
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
    def __init__(self, method, host, path, status, reason, headers, content, history=(),
                 scheme="http"):
        self.scheme = scheme
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
        return f"{self.scheme}://{self.host}{self.path}"

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


class FramingError(AssertionError):
    """A response that is not exactly one well-framed HTTP/1.1 message."""


class ConnectionClosed(FramingError):
    """The server closed a kept-alive connection before answering (it may, between requests)."""


# statuses after which the harness also sends a request pipelined behind the same one,
# to see that the error page ended its response (no second page, no missing bytes)
ERROR_STATUSES = frozenset((400, 403, 404, 405, 413, 415, 429, 503))


def header_bytes(v):
    """A header value as http.client sends it (Latin-1), or UTF-8 where Latin-1 cannot."""
    try:
        return v.encode("latin-1")
    except UnicodeEncodeError:
        return v.encode("utf-8")


def encode_request(method, path, host, headers, body):
    """The bytes of one request, exactly as given (str values are sent as UTF-8)."""
    lines = [f"{method} {path} HTTP/1.1".encode("utf-8")]
    if host is not None:
        lines.append(b"Host: " + (host if isinstance(host, bytes) else header_bytes(host)))
    for k, v in headers.items():
        lines.append(f"{k}: ".encode("latin-1") + (v if isinstance(v, bytes) else header_bytes(v)))
    if body is not None and "content-length" not in {k.lower() for k in headers}:
        lines.append(f"Content-Length: {len(body)}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + (body or b"")


def server_name(host):
    """The name in a Host header value, without its port: what SNI and the certificate name."""
    host = host.decode("latin-1") if isinstance(host, bytes) else host
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def connect(address, port, timeout=30, source=None, tls=None, host=None):
    """A connected socket; over TLS (tls: an ssl.SSLContext) with host's name as SNI, the
    handshake done and the certificate checked against that name."""
    sock = socket.create_connection((address, port), timeout=timeout,
                                    source_address=(source, 0) if source else None)
    if tls is None:
        return sock
    try:
        return tls.wrap_socket(sock, server_hostname=server_name(host))
    except BaseException:
        sock.close()
        raise


class Conn:
    """One client connection that reads responses by their framing, strictly: a body is
    exactly its Content-Length or its chunks, and nothing may follow a response the server
    said it would close after."""

    def __init__(self, address, port, timeout=30, source=None, tls=None, host=None):
        self.sock = connect(address, port, timeout, source, tls, host)
        self.buf = b""
        self.eof = False

    def close(self):
        self.sock.close()

    def send(self, data):
        self.sock.sendall(data)

    def _fill(self):
        if self.eof:
            return False
        b = self.sock.recv(65536)
        if not b:
            self.eof = True
            return False
        self.buf += b
        return True

    def _take(self, n, what):
        while len(self.buf) < n:
            if not self._fill():
                raise FramingError(f"connection closed {n - len(self.buf)} bytes short of {what}")
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def _line(self, what, limit=65536):
        while b"\r\n" not in self.buf:
            if len(self.buf) > limit or not self._fill():
                if not self.buf and what == "status":
                    raise ConnectionClosed("the server closed the connection before a response")
                raise FramingError(f"no complete {what} line: {self.buf[:200]!r}")
        line, _, self.buf = self.buf.partition(b"\r\n")
        return line

    def read_response(self, method):
        """(status, reason, Headers, body, closing) of the next response."""
        status_line = self._line("status")
        parts = status_line.decode("latin-1").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit() \
                or len(parts[1]) != 3:
            raise FramingError(f"not a status line: {status_line[:200]!r}")
        status, reason = int(parts[1]), parts[2] if len(parts) > 2 else ""
        pairs = []
        while True:
            line = self._line("header")
            if not line:
                break
            k, sep, v = line.decode("latin-1").partition(":")
            if not sep or k != k.strip() or not k:
                raise FramingError(f"malformed header line {line[:200]!r}")
            pairs.append((k, v.strip()))
        headers = Headers(pairs)
        body = self._body(method, status, headers)
        closing = "close" in (headers.get("Connection") or "").lower() \
            or parts[0] == "HTTP/1.0" and "keep-alive" not in (headers.get("Connection") or "").lower()
        return status, reason, headers, body, closing

    def _body(self, method, status, headers):
        te = (headers.get("Transfer-Encoding") or "").lower()
        lengths = headers.get_all("Content-Length")
        if te and lengths:
            raise FramingError("both Transfer-Encoding and Content-Length")
        if len(set(lengths)) > 1:
            raise FramingError(f"several Content-Length values {lengths}")
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            return b""
        if te:
            if te != "chunked":
                raise FramingError(f"unexpected Transfer-Encoding {te}")
            return self._chunks()
        if lengths:
            if not lengths[0].isdigit():
                raise FramingError(f"bad Content-Length {lengths[0]!r}")
            return self._take(int(lengths[0]), "the body")
        while self._fill():        # delimited by the end of the connection
            pass
        out, self.buf = self.buf, b""
        return out

    def _chunks(self):
        out = []
        while True:
            size_line = self._line("chunk size").split(b";")[0].strip()
            try:
                size = int(size_line, 16)
            except ValueError:
                raise FramingError(f"bad chunk size {size_line[:50]!r}")
            if size == 0:
                while self._line("trailer"):
                    pass
                return b"".join(out)
            out.append(self._take(size, "a chunk"))
            if self._take(2, "a chunk's end") != b"\r\n":
                raise FramingError("chunk not followed by CRLF")

    def expect_end(self, what):
        """Nothing may follow a response after which the server closes."""
        while self._fill():
            pass
        if self.buf:
            raise FramingError(f"{what}: {len(self.buf)} bytes after the response: "
                               f"{self.buf[:300]!r}")


class Client:
    def __init__(self, port, address="127.0.0.1", default_host="tinh.gov.vn", tls=None):
        self.port = port
        self.address = address
        self.default_host = default_host
        self.tls = tls              # an ssl.SSLContext: https (harness/tls.py)
        self.scheme = "https" if tls else "http"

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
            target = urllib.parse.urljoin(resp.url, loc)
            if urllib.parse.urlsplit(target).scheme != self.scheme:
                resp.history = history      # another scheme is another port: not followed
                return resp
            history.append(resp)
            host, path = split_url(target, host)
            if resp.status_code == 303:
                method, body = "GET", None
        raise AssertionError(f"too many redirects: {[r.describe(0) for r in history]}")

    def _once(self, method, path, host, headers, body, timeout):
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = dict(headers)
        if "connection" not in {k.lower() for k in headers}:
            headers["Connection"] = "close"
        what = f"{method} {self.scheme}://{host}{path}"
        conn = Conn(self.address, self.port, timeout, tls=self.tls, host=host)
        try:
            conn.send(encode_request(method, path, host, headers, body))
            status, reason, h, content, closing = conn.read_response(method)
            if closing:
                conn.expect_end(what)
        finally:
            conn.close()
        resp = Resp(method, host, path, status, reason, h, content, scheme=self.scheme)
        if status in ERROR_STATUSES and method in ("GET", "HEAD"):
            self.check_pipelined(method, path, host, headers, resp, timeout)
        return resp

    def check_pipelined(self, method, path, host, headers, first, timeout=30):
        """Sends the request again with a second one pipelined behind it on one connection:
        both must come back, each framed exactly (an error page that went on writing would
        show up as the start of the second response)."""
        headers = {k: v for k, v in headers.items() if k.lower() != "connection"}
        probe = encode_request("GET", "/robots.txt", self.default_host, {"Connection": "close"},
                               None)
        conn = Conn(self.address, self.port, timeout, tls=self.tls, host=host)
        what = f"{method} {self.scheme}://{host}{path} pipelined"
        try:
            conn.send(encode_request(method, path, host, headers, None) + probe)
            status, _, _, content, closing = conn.read_response(method)
            if status != first.status or content != first.content:
                raise FramingError(f"{what}: {status} ({len(content)} bytes) on a kept-alive "
                                   f"connection, {first.status} ({len(first.content)} bytes) "
                                   f"alone")
            if closing:
                conn.expect_end(what)
                return
            conn.read_response("GET")
            conn.expect_end(what + ", then GET /robots.txt")
        finally:
            conn.close()

    def raw(self, data, timeout=15):
        """Send raw bytes, read until the server closes; return a RawResp."""
        if isinstance(data, str):
            data = data.encode("latin-1")
        with connect(self.address, self.port, timeout, tls=self.tls,
                     host=self.default_host) as s:
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
        self.check_framing()
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

    def check_framing(self):
        """A raw exchange sent one request: exactly one response must come back."""
        if not self.raw:
            return
        conn = Conn.__new__(Conn)
        conn.buf, conn.eof = self.raw, True
        method = self.sent.split(b" ", 1)[0].decode("latin-1", "replace")
        conn.read_response(method)
        conn.expect_end(f"raw {self.sent[:80]!r}")
