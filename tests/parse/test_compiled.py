"""The compiled build of the hot parse modules: used only when fresh, and it finds the same
targets as plain Python (plantrack.parse.compiled, scripts/build_fast.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plantrack.parse import compiled

ROOT = Path(__file__).resolve().parents[2]


def _fake_build(build: Path, digest: str) -> None:
    """A build directory with a manifest and one (empty) module file per compiled module."""
    parse_dir = build / "plantrack" / "parse"
    parse_dir.mkdir(parents=True)
    for name in compiled.COMPILED:
        (parse_dir / f"{name}.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (build / compiled.MANIFEST).write_text(json.dumps({"digest": digest}), encoding="utf-8")


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the sources the digest covers (parse, read, model.py)."""
    src = compiled.PACKAGE.parent
    root = tmp_path / "src" / "plantrack"
    for sub in ("parse", "read"):
        shutil.copytree(src / sub, root / sub, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(src / "model.py", root / "model.py")
    return root / "parse"


def test_a_fresh_build_goes_first_on_the_package_path(tmp_path, package, monkeypatch) -> None:
    monkeypatch.delenv("PLANTRACK_PURE", raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    build = tmp_path / "build"
    _fake_build(build, compiled.digest(package))
    path = [str(package)]
    assert compiled.use_build(path, build, package) is True
    assert path == [str(build / "plantrack" / "parse"), str(package)]
    assert str(build) in sys.path


def test_an_edited_source_makes_the_build_stale(tmp_path, package, monkeypatch) -> None:
    monkeypatch.delenv("PLANTRACK_PURE", raising=False)
    build = tmp_path / "build"
    _fake_build(build, compiled.digest(package))
    rules = package / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# 改\n", encoding="utf-8")
    path = [str(package)]
    assert compiled.use_build(path, build, package) is False
    assert path == [str(package)]


def test_an_edited_model_makes_the_build_stale(tmp_path, package) -> None:
    build = tmp_path / "build"
    _fake_build(build, compiled.digest(package))
    model = package.parent / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert compiled.fresh(build, package) is False


@pytest.mark.parametrize("broken", ["no manifest", "bad json", "module missing"])
def test_a_broken_build_is_not_used(tmp_path, package, broken) -> None:
    build = tmp_path / "build"
    _fake_build(build, compiled.digest(package))
    if broken == "no manifest":
        (build / compiled.MANIFEST).unlink()
    elif broken == "bad json":
        (build / compiled.MANIFEST).write_text("{", encoding="utf-8")
    else:
        next((build / "plantrack" / "parse").glob("rules.*.so")).unlink()
    assert compiled.fresh(build, package) is False


def test_plantrack_pure_turns_the_build_off(tmp_path, package, monkeypatch) -> None:
    build = tmp_path / "build"
    _fake_build(build, compiled.digest(package))
    monkeypatch.setenv("PLANTRACK_PURE", "1")
    path = [str(package)]
    assert compiled.use_build(path, build, package) is False
    assert path == [str(package)]


# Every fifth document of the wild set, through the whole parse (context, tables, targets).
_TARGETS_OF_DOCUMENTS = """
import json, sys
from pathlib import Path
from plantrack.parse import compiled
from plantrack.parse.plan import parse_document
from plantrack.read import read_document

docs = sorted(Path("evaluation/real").glob("*.txt"))[::5]
out = {"compiled": compiled.in_use(), "documents": len(docs), "targets": {}}
for doc in docs:
    label = json.loads(doc.with_suffix(".json").read_text(encoding="utf-8"))
    parsed = parse_document(
        read_document(doc), title=label.get("title"),
        period=(label["start_year"], label["end_year"]),
    )
    out["targets"][doc.name] = [t.to_dict() for t in parsed.targets]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _targets(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PLANTRACK_PURE"}
    if pure:
        env["PLANTRACK_PURE"] = "1"
    run = subprocess.run(
        [sys.executable, "-c", _TARGETS_OF_DOCUMENTS],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(run.stdout)


@pytest.mark.skipif(not compiled.fresh(), reason="no fresh build (python scripts/build_fast.py)")
def test_the_build_finds_the_same_targets_as_plain_python() -> None:
    fast, pure = _targets(pure=False), _targets(pure=True)
    assert fast["compiled"] is True and pure["compiled"] is False
    assert fast["documents"] >= 50
    assert sum(len(v) for v in pure["targets"].values()) > 500
    assert fast["targets"] == pure["targets"]
