"""A citizen's browser for the public forms: one keep-alive connection from a chosen loopback
address (so that each test has its own per-IP limits), cookies kept, forms read from pages."""
import http.client
import urllib.parse

import lxml.html

from . import cookies as jar
from .http import Headers, Resp


class Visitor:
    def __init__(self, portal, host, ip="127.0.0.1"):
        self.portal, self.host, self.ip, self.cookies = portal, host, ip, {}
        self.conn = None

    def _connect(self):
        self.conn = http.client.HTTPConnection("127.0.0.1", self.portal.port, timeout=30,
                                               source_address=(self.ip, 0))

    def close(self):
        if self.conn:
            self.conn.close()
            self.conn = None

    def _remember(self, r):
        return jar.remember(self.cookies, r)

    def request(self, method, path, body=None, headers=None, cookies=True):
        h = {"Host": self.host}
        if cookies and self.cookies:
            h["Cookie"] = jar.header(self.cookies)
        h.update(headers or {})
        if body is not None and "Content-Length" not in h:
            h["Content-Length"] = str(len(body))
        for attempt in (0, 1):
            if self.conn is None:
                self._connect()
            try:
                self.conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
                for k, v in h.items():
                    self.conn.putheader(k, v)
                self.conn.endheaders(body)
                r = self.conn.getresponse()
                content = r.read()
                if r.will_close:
                    self.close()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError,
                    http.client.CannotSendRequest):
                # the server ended the keep-alive connection: once more on a new one
                self.close()
                if attempt:
                    raise
        return self._remember(Resp(method, self.host, path, r.status, r.reason,
                                   Headers(r.getheaders()), content))

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
