"""A filing's company when its file name and cover give none to the metadata: the registrant its title names
("Tamsin Mining, Inc. - Annual Report on Form 10-K"); and the first word of a company's name as an analyst shortens
it ("Tamsin's backlog"), when it is a proper name. Every text below is written for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.query.entities import companies, filer_name, first_words, named_companies
from assistant.types import DocMeta
from finance_filings import memory_index

TAMSIN = DocMeta(doc_id="dtam", doc="tamsin_mining_10k_2025", source="tamsin_mining_10k_2025.pdf",
                 title="Tamsin Mining, Inc. - Annual Report on Form 10-K", company=None, doc_type="10-K",
                 fiscal_year=2025, period="FY2025")  # fmt: skip
BEST = DocMeta(doc_id="dbst", doc="best_harbor_10k_2025", source="best_harbor_10k_2025.pdf",
               title="Best Harbor Corporation Form 10-K for the fiscal year ended December 31, 2025", company=None,
               doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
NOTE = DocMeta(doc_id="dnot", doc="copper_outlook_2025", source="copper_outlook_2025.pdf",
               title="Copper Markets, Inc. Outlook: Cutting the Price Deck", company=None, doc_type="market report",
               fiscal_year=2025)  # fmt: skip
TAMSIN_COVER = """Tamsin Mining, Inc. - Annual Report on Form 10-K
for the Fiscal Year Ended December 31, 2025
Tamsin Mining, Inc. ("Tamsin," the "Company") mines and concentrates copper in Arizona and Nevada.
"""
BEST_COVER = """Best Harbor Corporation Form 10-K
Indicate by check mark whether, to the best of the registrant's knowledge, ...
"""
TAMSIN_BALANCE = """Item 8. Consolidated Balance Sheets
Tamsin Mining, Inc. Consolidated Balance Sheets (in thousands)
(at December 31)
2025 2024
Cash and cash equivalents 211,406 187,330
Total current assets 604,118 559,274
Total assets 2,918,774 2,703,615
Total current liabilities 318,552 301,447
Long-term debt 640,000 690,000
Total liabilities 1,188,916 1,219,302
Total stockholders' equity 1,729,858 1,484,313
Total liabilities and stockholders' equity 2,918,774 2,703,615
"""


def test_a_filings_title_names_its_registrant():
    assert filer_name(TAMSIN) == "Tamsin Mining, Inc."
    assert filer_name(BEST) == "Best Harbor Corporation"
    assert filer_name(NOTE) is None  # a report's title: no registrant before a report's kind
    named = DocMeta(doc_id="x", doc="X", source="x.pdf", title="Tamsin Mining, Inc. - Annual Report on Form 10-K",
                    company="TAMSIN")
    assert filer_name(named) == "TAMSIN"  # the metadata's own company first


def test_the_first_word_of_a_name_is_a_short_form_when_it_is_a_proper_name():
    covers = TAMSIN_COVER + BEST_COVER
    assert first_words({"Tamsin Mining, Inc."}, covers) == {"Tamsin"}
    assert first_words({"Best Harbor Corporation"}, covers) == set()  # "to the best of": a common word
    assert first_words({"Acme"}, covers) == set()  # one word: the name itself


def test_a_question_naming_the_filer_by_its_first_word_is_answered_from_its_statements():
    idx = memory_index([(TAMSIN, {1: TAMSIN_COVER, 7: TAMSIN_BALANCE}), (BEST, {1: BEST_COVER})])
    assert [c.name for c in companies(idx)] == ["Tamsin Mining, Inc.", "Best Harbor Corporation"] or \
        sorted(c.name for c in companies(idx)) == ["Best Harbor Corporation", "Tamsin Mining, Inc."]
    assert [c.name for c in named_companies("What was Tamsin's current ratio at December 31, 2025?", idx)] == [
        "Tamsin Mining, Inc."]
    ans = answer_question("What was Tamsin's current ratio at December 31, 2025?", idx)
    assert ans is not None and not ans.refused and "1.90" in ans.text, ans and ans.text  # 604,118 / 318,552


HARROWGATE_COVER = """Harrowgate Realty Trust, Inc. - Annual Report on Form 10-K for the Fiscal Year Ended December 31, 2025
Harrowgate Realty Trust, Inc. and Harrowgate Realty, L.P.
Harrowgate Realty Trust, Inc. ("Harrowgate," the "Company") is a self-administered real estate investment trust that
owns, operates and develops industrial and logistics properties. We conduct substantially all of our business through
Harrowgate Realty, L.P. (the "Operating Partnership"), of which we are the sole general partner.
"""
HARROWGATE_CASH = """Item 8. Financial Statements
HARROWGATE REALTY TRUST, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in thousands)
Year ended December 31, 2025 2024 2023
Cash flows from operating activities:
Net income 318,420 284,115 251,903
Depreciation and amortization 402,660 377,310 349,880
Straight-line rent adjustments (21,408) (19,930) (17,655)
Net cash provided by operating activities 712,390 654,210 598,740
Cash flows from investing activities:
Acquisitions of real estate (488,300) (512,750) (301,220)
Development and capital expenditures (356,140) (298,660) (241,090)
Net cash used in investing activities (844,440) (811,410) (542,310)
"""


def test_a_reit_filing_with_its_operating_partnership_is_the_reits():
    """A REIT and its operating partnership file one report; a file name that names no company: the title's first
    registrant is the company, and its plain cash-flow line is answered for "Harrowgate's"."""
    from pathlib import Path

    from assistant.documents.metadata import guess_metadata

    stem = "harrowgate_realty_10k_2025"
    g = guess_metadata(Path(stem + ".pdf"), [HARROWGATE_COVER], body=[HARROWGATE_COVER, HARROWGATE_CASH])
    meta = DocMeta(doc_id="dhar", doc=stem, source=stem + ".pdf", title=g["title"], company=g["company"],
                   doc_type=g["doc_type"], fiscal_year=g["fiscal_year"], period=g["period"], extra=g["extra"])
    # the cover's registrant (the REIT, not its operating partnership), read from the cover or the title
    assert filer_name(meta) in ("Harrowgate Realty Trust, Inc.", "Harrowgate Realty Trust"), filer_name(meta)
    joint = DocMeta(doc_id="j", doc="j", source="j.pdf", title="Harrowgate Realty Trust, Inc. and Harrowgate Realty, "
                    "L.P. - Annual Report on Form 10-K")
    assert filer_name(joint) == "Harrowgate Realty Trust, Inc."
    idx = memory_index([(meta, {1: HARROWGATE_COVER, 58: HARROWGATE_CASH})])
    ans = answer_question("What is Harrowgate's FY2025 net cash provided by operating activities, in USD millions?",
                          idx)
    assert ans is not None and not ans.refused and "$712.4 million" in ans.text, ans and ans.text
