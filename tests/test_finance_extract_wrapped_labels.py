"""Session 32 (f-fbidx): a row label or heading that wraps over two lines is read as one. A label line ending in a lone
dash ("Average number of common shares -" over "diluted EPS 548.3 ...") is no row whose value is a dash, and a heading
its colon closes on the next line ("Weighted-average shares used to compute net income (loss)" over "per share:") heads
the "Basic" / "Diluted" rows below it: share counts are never stored as EPS. The filers (Quillfeather Brands, Inc.,
Ostrander Payments, Inc.) and their rows were written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.extract import extract_facts
from finance_filings import memory_index, meta, pages_of

QUILL = meta("QUILLFEATHER_2026_10K", "Quillfeather Brands, Inc.", 2026)

INCOME = """QUILLFEATHER BRANDS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
In Millions, Except per Share Data
Fiscal Year 2026 2025 2024
Net sales $ 12,640.2 $ 12,118.7 $ 11,802.5
Operating profit 1,902.6 1,811.3 1,733.0
Net earnings attributable to Quillfeather Brands $ 1,011.4 $ 1,075.9 $ 980.2
Earnings per share - basic $ 1.86 $ 1.97 $ 1.77
Earnings per share - diluted $ 1.84 $ 1.95 $ 1.75
"""

RECONCILIATION = """Reconciliation of adjusted diluted EPS
Fiscal Year
In Millions, Except per Share Data 2026 2025 2024
Effective tax rate:
As reported 19.6% 20.4% 18.9%
As adjusted 21.0% 21.2% 20.7%
Sum of adjustments to income taxes $41.8 $22.6 $(9.3)
Average number of common shares -
diluted EPS 548.3 552.9 560.4
Impact of income tax adjustments on
adjusted diluted EPS $(0.08) $(0.04) $0.02
"""


def test_a_label_wrapped_at_its_dash_is_one_row():
    facts = extract_facts(QUILL, pages_of(QUILL, {44: INCOME, 38: RECONCILIATION}))
    eps = [f for f in facts if f.metric == "eps_diluted"]
    assert eps and all(abs(f.value) < 10 for f in eps), [(f.label, f.value) for f in eps]
    shares = [f for f in facts if f.label == "Average number of common shares - diluted EPS"]
    assert {f.period: (f.value, f.unit) for f in shares} == {
        "FY2026": (548.3, "shares"), "FY2025": (552.9, "shares"), "FY2024": (560.4, "shares")}
    index = memory_index([(QUILL, {44: INCOME, 38: RECONCILIATION})])
    a = answer_question("What was Quillfeather Brands' diluted EPS in fiscal 2025?", index)
    assert a is not None and not a.refused and "$1.95" in a.text, a and a.text


OSTR = meta("OSTRANDER_2026_10K", "Ostrander Payments, Inc.", 2026)

EPS_NOTE = """OSTRANDER PAYMENTS, INC.
NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
Note 14. Net Income (Loss) per Share
Year Ended December 31,
(in thousands, except per share data) 2026 2025 2024
Net income (loss) attributable to common stockholders $ 318,442 $ 164,015 $ (28,117)
Net income (loss) per share:
Basic $ 1.50 $ 0.80 $ (0.14)
Diluted $ 1.39 $ 0.75 $ (0.14)
Weighted-average shares used to compute net income (loss)
per share:
Basic 212,406 205,118 198,730
Diluted 228,951 219,664 198,730
"""


def test_a_heading_its_colon_closes_on_the_next_line_heads_the_rows_below():
    facts = extract_facts(OSTR, pages_of(OSTR, {92: EPS_NOTE}))
    eps = [f for f in facts if f.metric in ("eps_basic", "eps_diluted")]
    assert eps and all(abs(f.value) < 10 for f in eps), [(f.label, f.value) for f in eps]
    diluted = {f.period: (f.value, f.unit) for f in facts if f.metric == "weighted_shares_diluted"}
    assert diluted == {"FY2026": (228951.0, "shares"), "FY2025": (219664.0, "shares"),
                       "FY2024": (198730.0, "shares")}
