"""Build step: the wheel carries the top-level resources/ and translations/ inside diary_app/.

The checkout keeps them beside the package (diary_app/resource_paths.py finds them there, so an
editable install needs no copy); a wheel has only the package, so build_py copies them into it.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent

# Folder beside the package -> the files of it the program reads at run time.
SHIPPED = {
    "resources": (
        "fonts/*.ttf",
        "fonts/OFL.txt",
        "icons/*.svg",
        "icons/hicolor/*/apps/*.png",
        "body_map/*.json",
    ),
    "translations": ("*.qm",),
}


def shipped_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(source file, path inside diary_app/) for everything in SHIPPED; a pattern matching nothing stops."""
    found = []
    for folder, patterns in SHIPPED.items():
        for pattern in patterns:
            matches = sorted((root / folder).glob(pattern))
            if not matches:
                raise SystemExit(
                    f"nothing matches {folder}/{pattern}: the wheel would lack it (fonts: "
                    "resources/fonts/make_fonts.py; translations: translations/update.py)"
                )
            found += [(path, path.relative_to(root).as_posix()) for path in matches]
    return found


class BuildPyWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for source, inside in shipped_files():
            target = Path(self.build_lib) / "diary_app" / inside
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildPyWithResources})
