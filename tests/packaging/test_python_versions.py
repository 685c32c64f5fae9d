"""The supported Pythons are named alike in pyproject, README and CI; PySide6's cap is for 3.11 only."""

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def classified_versions() -> list[str]:
    named = [c.removeprefix("Programming Language :: Python :: ") for c in PROJECT["classifiers"]]
    return [version for version in named if re.fullmatch(r"3\.\d+", version)]


def test_pyproject_readme_and_ci_name_the_same_pythons():
    versions = classified_versions()
    assert versions == ["3.11", "3.12", "3.13"]
    assert PROJECT["requires-python"] == f">={versions[0]}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"Python {', '.join(versions[:-1])} or {versions[-1]}" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"for version in {versions[0]} {versions[-1]}; do" in ci  # the oldest and the newest


def test_pyside6_below_612_only_where_612_breaks():
    pyside = [Requirement(r) for r in PROJECT["dependencies"] if r.startswith("PySide6")]
    for python, newest_allowed in (("3.11", False), ("3.12", True), ("3.13", True)):
        (chosen,) = [r for r in pyside if r.marker.evaluate({"python_version": python})]
        assert chosen.specifier.contains("6.12.0") is newest_allowed, python
        assert not chosen.specifier.contains("6.6.0"), python
