"""The tests' TLS: a self-signed wildcard certificate for the base domain, made with the
openssl command as a sysadmin would make a test one, and the client's context that trusts
exactly that certificate (and checks the names in it)."""
import pathlib
import ssl
import subprocess

from . import fixture as fx


class Certificate:
    def __init__(self, cert, key):
        self.cert = pathlib.Path(cert)
        self.key = pathlib.Path(key)

    def context(self):
        """A client's SSLContext: trusts this certificate only, checks the host name."""
        ctx = ssl.create_default_context(cafile=str(self.cert))
        ctx.check_hostname = True
        ctx.verify_mode = ssl.CERT_REQUIRED
        return ctx


def make_certificate(folder, base=fx.BASE, days=2):
    """base and *.base in one self-signed certificate (an EC key: quick to make)."""
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "wildcard.crt", folder / "wildcard.key"
    if not cert.exists():
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec",
                        "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-days", str(days), "-keyout", str(key), "-out", str(cert),
                        "-subj", f"/CN={base}",
                        "-addext", f"subjectAltName=DNS:{base},DNS:*.{base}",
                        # a server's certificate, not a CA's (mod_ssl warns about a CA)
                        "-addext", "basicConstraints=critical,CA:FALSE",
                        "-addext", "extendedKeyUsage=serverAuth"],
                       check=True, capture_output=True, timeout=60)
    return Certificate(cert, key)
