"""The wheel: built from the working tree, installed in a fresh virtual environment, it runs and reports."""

import os
import shutil
import subprocess
import sys
import unicodedata
import venv
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from diary_app import __version__

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("diary_app", "resources", "translations", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
SHIPPED_DATA = (
    "diary_app/resources/fonts/SymptomDiarySans-Regular.ttf",
    "diary_app/resources/fonts/SymptomDiarySans-Bold.ttf",
    "diary_app/resources/fonts/OFL.txt",
    "diary_app/resources/body_map/shapes.json",
    "diary_app/resources/icons/org.symptomdiary.SymptomDiary.svg",
    "diary_app/resources/icons/hicolor/16x16/apps/org.symptomdiary.SymptomDiary.png",
    "diary_app/resources/icons/hicolor/512x512/apps/org.symptomdiary.SymptomDiary.png",
    "diary_app/translations/diary_app_ar.qm",
)

pytestmark = pytest.mark.slow


def run(command, cwd, env=None, timeout=60) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def copy_sources(target: Path) -> Path:
    """The working tree's package files only (no build/ left over from an earlier in-place build)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """pip wheel without build isolation: uses this environment's setuptools, downloads nothing."""
    folder = tmp_path_factory.mktemp("wheel")
    source = copy_sources(folder / "src")
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            folder / "dist",
            source,
        ],
        cwd=folder,
        timeout=120,
    )
    (built,) = (folder / "dist").glob("symptom_diary-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A new virtual environment that sees this environment's dependencies but not this checkout."""
    folder = tmp_path_factory.mktemp("venv")
    venv.create(folder / "env", with_pip=False)
    bin_dir = folder / "env" / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    see_dependencies(python, folder)
    run(
        [python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel], cwd=folder, timeout=120
    )
    return bin_dir


def see_dependencies(python: Path, cwd: Path) -> None:
    """A .pth file in the new environment listing where this Python finds its packages (pip and the
    program's dependencies), whether it is a venv, a user or a system installation.

    The folders of a .pth file are added to the path as they are: their own .pth files (such as this
    checkout's editable install) are not run, and the checkout itself is left out (a venv inside it
    is kept)."""

    def in_checkout(folder: Path) -> bool:
        return folder in (ROOT, Path.cwd().resolve()) or folder.is_relative_to(ROOT / "tests")

    folders = [
        entry
        for entry in sys.path
        if entry and Path(entry).is_dir() and not in_checkout(Path(entry).resolve())
    ]
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=cwd)
    site_packages = Path(purelib.stdout.strip())
    site_packages.mkdir(parents=True, exist_ok=True)
    (site_packages / "_test_dependencies.pth").write_text("\n".join(folders) + "\n", encoding="utf-8")


def program_env(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(SYMPTOM_DIARY_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return env


def test_wheel_carries_fonts_icons_and_compiled_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"diary_app/__init__.py", "diary_app/cli.py"} <= names
    assert set(SHIPPED_DATA) <= names
    assert not any(name.startswith(("tests/", "resources/", "translations/")) for name in names)


def test_installed_program_runs_from_the_virtual_environment(installed, tmp_path):
    env = program_env(tmp_path)
    version = run([installed / "symptom-diary", "--version"], cwd=tmp_path, env=env)
    assert version.stdout.strip() == f"symptom-diary {__version__}"
    where = run(
        [
            installed / "python",
            "-c",
            "import diary_app, diary_app.resource_paths as r; print(diary_app.__file__); "
            "print(r.resource('fonts')); print(r.translations_dir())",
        ],
        cwd=tmp_path,
        env=env,
    )
    venv_root = installed.parent.resolve()
    for line in where.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(venv_root), where.stdout  # not this checkout


@pytest.mark.parametrize("language", ["en", "ar"])
def test_installed_program_makes_a_report(installed, tmp_path, language):
    env = program_env(tmp_path)
    diary, pdf = tmp_path / "diary.sqlite3", tmp_path / f"report-{language}.pdf"
    run([installed / "symptom-diary", "--db", diary, "demo", "--days", "30"], cwd=tmp_path, env=env)
    run(
        [installed / "symptom-diary", "--db", diary, "report", "--out", pdf, "--lang", language],
        cwd=tmp_path,
        env=env,
        timeout=90,
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    # NFKC turns the shaped Arabic letters the PDF holds back into plain ones.
    text = unicodedata.normalize("NFKC", "".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Demo" in text
    assert ("summary for the doctor" in text) if language == "en" else ("ملخص للطبيب" in text), text[:300]
