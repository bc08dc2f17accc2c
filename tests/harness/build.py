"""Where the build outputs are."""
import copy
import os
import pathlib
import shutil

REPO = pathlib.Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
DATA = TESTS / "data"

APACHE = "/usr/sbin/apache2"
APACHE_MODULES = pathlib.Path("/usr/lib/apache2/modules")


class BuildMissing(Exception):
    pass


class BuildPaths:
    def __init__(self, build_dir):
        self.build_dir = pathlib.Path(build_dir).resolve()
        self.module = self.build_dir / "mod_portal" / ".libs" / "mod_portal.so"
        self.portalctl = self.build_dir / "mod_portal" / "portalctl"
        # the example module of another party using the workflow hooks (make check builds it)
        self.example_module = self.build_dir / "tests" / "modules" / ".libs" / "mod_portal_example.so"
        # Stylesheets are sources; with a VPATH build they stay in the source tree.
        self.xslt = self.build_dir / "xslt"
        if not (self.xslt / "home.xsl").exists() and (REPO / "xslt" / "home.xsl").exists():
            self.xslt = REPO / "xslt"

    def missing(self):
        out = []
        for p in (self.module, self.portalctl, self.xslt / "home.xsl"):
            if not p.exists():
                out.append(str(p))
        if not pathlib.Path(APACHE).exists():
            out.append(APACHE + " (apt-get install apache2)")
        return out

    def check(self):
        missing = self.missing()
        if missing:
            raise BuildMissing(
                "mod_portal build outputs are missing:\n  "
                + "\n  ".join(missing)
                + f"\nBuild first (autoreconf -fi && ./configure && make in {self.build_dir}),"
                " or point PORTAL_BUILD_DIR at the build directory.")
        return self


    def freeze(self, dest):
        """Copies of the module and portalctl under dest, so that a rebuild during the session
        (other engineers run make while tests run) cannot swap binaries under the tests.
        A libtool wrapper script (not ELF) is used in place."""
        dest = pathlib.Path(dest)
        dest.mkdir(parents=True, exist_ok=True)
        frozen = copy.copy(self)
        frozen.source_module, frozen.source_portalctl = self.module, self.portalctl
        frozen.module = dest / "mod_portal.so"
        shutil.copy2(self.module, frozen.module)
        if self.example_module.exists():
            frozen.example_module = dest / "mod_portal_example.so"
            shutil.copy2(self.example_module, frozen.example_module)
        with open(self.portalctl, "rb") as f:
            elf = f.read(4) == b"\x7fELF"
        if elf:
            frozen.portalctl = dest / "portalctl"
            shutil.copy2(self.portalctl, frozen.portalctl)
        os.chmod(dest, 0o755)
        return frozen


def build_paths():
    return BuildPaths(os.environ.get("PORTAL_BUILD_DIR") or REPO)
