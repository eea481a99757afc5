"""Sentence spans of report text (text/sentences.py): abbreviations that do not end a sentence.

The lines below are written for these tests, in the style of analysts' tables and notes."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.text.sentences import split_sentences


def test_incl_and_excl_do_not_end_a_sentence():
    assert split_sentences("Asia-Pacific excl. China grew 24% in 2024.") == ["Asia-Pacific excl. China grew 24% in 2024."]
    assert split_sentences("Medicaid (incl. managed care) paid 18%. Self-pay paid 7%.") == [
        "Medicaid (incl. managed care) paid 18%.", "Self-pay paid 7%."]
    assert split_sentences("Emerging markets ex. Russia rose 3%.") == ["Emerging markets ex. Russia rose 3%."]


def test_a_table_row_keeps_its_whole_label():
    page = ("Installed storage by region (GWh)\nRegion 2023 2024\nNorth America 40.1 55.2\n"
            "Asia-Pacific excl. Japan 12.5 19.8\nEurope (incl. UK) 20.4 26.0\n")
    rows = {c.text.split(":")[0] for c in C.page_candidates(page, doc_id="d", doc="d") if c.kind == "row"}
    assert rows == {"North America", "Asia-Pacific excl. Japan", "Europe (incl. UK)"}


def test_prose_wrapped_after_a_figure_reads_on_and_table_rows_do_not():
    page = ("Summary\nNorthwind Analytics estimates that installed heat pump capacity in the region reached 41.2\n"
            "GW of heating load at the end of 2025, 9% more than a year earlier.\n"
            "Country 2024 2025\nGermany 8.1 9.0\nFrance 7.7 8.4\n")
    cands = C.page_candidates(page)
    assert [c.kind for c in cands] == ["sentence", "row", "row"]
    assert cands[0].text.endswith("reached 41.2 GW of heating load at the end of 2025, 9% more than a year earlier.")


def test_prose_wrapped_before_a_parenthesis_reads_on_and_markers_and_unit_lines_do_not():
    from assistant.text.sentences import sentence_spans

    page = ("As of December 31, 2025, we operated 310 collection sites, 120 transfer stations, 40 recycling\n"
            "(material recovery) facilities and 75 active landfills, of which 60 are owned and 15 are leased.\n"
            "The plan covers the following matters in full:\n(a) the first matter of the plan\n"
            "Revenue by segment\n(in millions)\nContoso 12 14\n")
    spans = [page[a:b] for a, b in sentence_spans(page, split_lines=False)]
    assert spans[0].endswith("recycling\n(material recovery) facilities and 75 active landfills, of which 60 are owned "
                             "and 15 are leased.")
    assert "(a) the first matter of the plan" in spans and "(in millions)" in spans


def test_prose_wrapped_before_an_opening_quote_reads_on():
    # a defined name opened by a quote at the start of a wrapped line goes on with the sentence before it
    from assistant.text.sentences import sentence_spans

    page = ("Note 4 - Acquisitions\nOn March 3, 2025, Northwind Bancorp acquired certain assets and assumed certain\n"
            "liabilities of Harbor Trust Company (the\n\"Harbor acquisition\") from the state deposit fund, as receiver, "
            "for $6.9\nbillion, resulting in a gain of $0.7 billion. The gain is recorded in other income.\n"
            "Contoso Foods bought all of the shares of Tailspin Snacks, LLC in a deal it calls\n“the Tailspin purchase”"
            " for $210 million in cash.\n")
    spans = [" ".join(page[a:b].split()) for a, b in sentence_spans(page, split_lines=False)]
    assert ("On March 3, 2025, Northwind Bancorp acquired certain assets and assumed certain liabilities of Harbor Trust "
            "Company (the \"Harbor acquisition\") from the state deposit fund, as receiver, for $6.9 billion, resulting in "
            "a gain of $0.7 billion.") in spans
    assert ("Contoso Foods bought all of the shares of Tailspin Snacks, LLC in a deal it calls “the Tailspin purchase” for "
            "$210 million in cash.") in spans
    assert "Note 4 - Acquisitions" in spans


# ---- a sentence goes on after a defined term's parentheses (session 29) ----------------------------------------------
# Session 29 (#11): a sentence listing several items across a defined term's parentheses is one sentence
# (written for these tests, fictional filers).

def test_a_sentence_goes_on_after_a_defined_terms_parentheses():
    from assistant.text.sentences import sentence_spans

    page = ("Other income\n"
            "The $88 million net gain from divestitures in 2025 was made up of a $61 million gain on the sale of "
            "Pellworth Mills Ltd. (“Pellworth”)\n"
            "(the “Pellworth Sale”), a $38 million gain on the sale of its Nordic snacks brand, and an $11 million "
            "loss on a planned sale of a subsidiary.\n"
            "The effective tax rate was 24.0% in 2025.\n")
    spans = [page[a:b] for a, b in sentence_spans(page, split_lines=False)]
    whole = next(s for s in spans if "$88 million" in s)
    assert "$38 million" in whole and "$11 million loss" in whole, spans
    assert not any(s.startswith("(the “Pellworth Sale”)") for s in spans)
    # a unit line or an item marker after a closing parenthesis stays a line of its own
    rows = "Revenue by segment (in millions)\n(a) Includes the Nordic snacks brand until its sale.\n"
    assert len(sentence_spans(rows, split_lines=False)) == 2
