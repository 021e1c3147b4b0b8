"""Shared fixtures: the bundled example (always present) and the devset (skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "putin-kim-invitation"
DEVSET = ROOT.parent / "shared" / "devset"


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
