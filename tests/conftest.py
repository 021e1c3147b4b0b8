"""Shared fixtures: the bundled example (always present), the devset and IndoSum's stream (skipped when absent)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "putin-kim-invitation"
DEVSET = ROOT.parent / "shared" / "devset"
INDOSUM = ROOT.parent / "shared" / "benchmarks" / "indosum-dev" / "dev_union.jsonl"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((EXAMPLE / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def devset() -> Path:
    if not (DEVSET / "manifest.jsonl").exists():
        pytest.skip("../shared/devset is not present on this machine")
    return DEVSET


@pytest.fixture(scope="session")
def indosum() -> list:
    """IndoSum's development articles as the grouping bench streams them (`bench/stories.py`: detokenised text,
    the id's Unix time as publication stamp, the outlet)."""
    if not INDOSUM.exists():
        pytest.skip("../shared/benchmarks/indosum-dev is not present on this machine")
    spec = importlib.util.spec_from_file_location("bench_stories", ROOT / "bench" / "stories.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.load_indosum()[0]
