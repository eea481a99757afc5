"""The lines "all X" reads from several filings come out in the same order under any hash seed (no set order)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r'''
import json, sys
sys.path.insert(0, "tests")
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta
NEW = meta("ORRIN_MILLS_2025_10K", "Orrin Mills, Inc.", 2025)
OLD = meta("ORRIN_MILLS_2024_10K", "Orrin Mills, Inc.", 2024)
NEW_IS = """ORRIN MILLS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31 2025 2024 2023
Net sales $ 6,000 $ 5,600 $ 5,300
Cost of sales 3,900 3,700 3,500
Restructuring costs - cost of sales 10 25 —
Gross profit 2,090 1,875 1,800
Selling, general and administrative expenses 1,200 1,150 1,100
Restructuring costs 40 60 30
Operating income 850 665 670
Income before income taxes 800 615 620
Net income $ 620 $ 480 $ 490
"""
OLD_IS = """ORRIN MILLS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31 2024 2023 2022
Net sales $ 5,600 $ 5,300 $ 5,000
Cost of sales 3,700 3,500 3,300
Restructuring costs 60 30 20
Restructuring costs - cost of sales 25 — —
Gross profit 1,875 1,800 1,700
Selling, general and administrative expenses 1,150 1,100 1,050
Operating income 665 670 630
Income before income taxes 615 620 590
Net income $ 480 $ 490 $ 460
"""
ix = memory_index([(NEW, {41: NEW_IS}), (OLD, {39: OLD_IS})])
a = answer_question("Adding all restructuring costs back to operating income, what was Orrin Mills' operating "
                    "margin in 2024?", ix)
print(json.dumps(a.text if a is not None else None))
'''


def _run(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_every_line_answer_is_the_same_under_any_hash_seed():
    texts = {_run(str(seed)) for seed in range(8)}
    assert len(texts) == 1, texts
    text = texts.pop()
    assert text and "restructuring" in text.lower(), text
