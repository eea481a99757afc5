from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FINANCEBENCH = SHARED / "financebench"


@pytest.fixture
def shared_dir() -> Path:
    if not (FINANCEBENCH / "pdfs").is_dir():
        pytest.skip(f"FinanceBench data not found at {FINANCEBENCH} (../shared is absent on this machine)")
    return FINANCEBENCH


@pytest.fixture
def corpus_dir() -> Path:
    return ROOT / "corpus"
