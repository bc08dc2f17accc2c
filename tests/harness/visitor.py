"""A citizen's browser for the public forms: one keep-alive connection from a chosen loopback
address (so that each test has its own per-IP limits), cookies kept, forms read from pages."""
import urllib.parse

import lxml.html

from . import cookies as jar
from .http import ConnectionClosed, Conn, Resp, encode_request


class Visitor:
    def __init__(self, portal, host, ip="127.0.0.1"):
        self.portal, self.host, self.ip, self.cookies = portal, host, ip, {}
        self.conn = None

    def _connect(self):
        self.conn = Conn("127.0.0.1", self.portal.port, timeout=30, source=self.ip)

    def close(self):
        if self.conn:
            self.conn.close()
            self.conn = None

    def _remember(self, r):
        return jar.remember(self.cookies, r)

    def request(self, method, path, body=None, headers=None, cookies=True):
        h = {}
        if cookies and self.cookies:
            h["Cookie"] = jar.header(self.cookies)
        h.update(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8")
        for attempt in (0, 1):
            if self.conn is None:
                self._connect()
            try:
                self.conn.send(encode_request(method, path, self.host, h, body))
                status, reason, headers_in, content, closing = self.conn.read_response(method)
                if closing:
                    self.conn.expect_end(f"{method} http://{self.host}{path}")
                    self.close()
                break
            except (ConnectionClosed, BrokenPipeError, ConnectionResetError):
                # the server ended the keep-alive connection: once more on a new one
                self.close()
                if attempt:
                    raise
        return self._remember(Resp(method, self.host, path, status, reason, headers_in, content))

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, fields, origin=True, headers=None, **kw):
        body = urllib.parse.urlencode(fields).encode()
        h = {"Content-Type": "application/x-www-form-urlencoded"}
        if origin is True:
            h["Origin"] = f"http://{self.host}"
        elif origin:
            h["Origin"] = origin
        h.update(headers or {})
        return self.request("POST", path, body=body, headers=h, **kw)

    @staticmethod
    def form_token(r):
        values = lxml.html.fromstring(r.content).xpath("//form[@method='post']"
                                                       "//input[@name='csrf']/@value")
        assert values, "no csrf field in the page: " + r.describe()
        return values[0]

    def submit(self, path, fields, **kw):
        """GET the form page, then POST to it with its token."""
        page = self.get(path)
        assert page.status == 200, page.describe()
        return self.post(path, dict(fields, csrf=self.form_token(page)), **kw)
