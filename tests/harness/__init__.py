"""Helpers for the mod_portal acceptance tests (see tests/conftest.py).

- build:   locating the build outputs (module, portalctl, stylesheets)
- http:    a small HTTP client on http.client / raw sockets (exact paths and Host headers)
- server:  a private httpd + redis-server under a temp ServerRoot, config generator, restarts,
           error-log reading
- fixture: the fixture data (tests/data/fixture.xml + generated bulk articles) and its model
- html:    HTML quality checks and link helpers
"""
