"""A company answers to the registrant name its own filing's cover gives when the file name names it otherwise (a
company since renamed, a file named by an abbreviation). Every name and text below is written for this test."""

from __future__ import annotations

from assistant.query.entities import companies, named_companies, registrant_forms
from assistant.types import DocMeta

# a filer renamed after its older filings: the files carry the new name, the older cover the old one
OLD = DocMeta(doc_id="dq20", doc="QUILLON_2020_10K", source="QUILLON_2020_10K.pdf", company="QUILLON",
              doc_type="10-K", fiscal_year=2020, extra={"registrant": "Lantern"})  # fmt: skip
NEW = DocMeta(doc_id="dq23", doc="QUILLON_2023_10K", source="QUILLON_2023_10K.pdf", company="QUILLON",
              doc_type="10-K", fiscal_year=2023)  # fmt: skip
# a file named by an abbreviation, its cover printing the full name in capitals
ABBR = DocMeta(doc_id="dbr", doc="BRW_2024_10K", source="BRW_2024_10K.pdf", company="BRW", doc_type="10-K",
               fiscal_year=2024, extra={"registrant": "BRIGHTWATER RAIL HOLDINGS"})  # fmt: skip
OTHER = DocMeta(doc_id="dot", doc="OSPREY_2024_10K", source="OSPREY_2024_10K.pdf", company="OSPREY",
                doc_type="10-K", fiscal_year=2024)  # fmt: skip


class _Index:
    def documents(self):
        return [OLD, NEW, ABBR, OTHER]

    def page_text(self, doc_id, page):
        return ""


def _named(question: str) -> list[str]:
    return [c.key for c in named_companies(question, _Index())]


def test_registrant_forms_as_printed_and_in_title_case():
    # without legal suffixes ("Holdings"), as printed and in title case
    assert registrant_forms(["BRIGHTWATER RAIL HOLDINGS", None]) == {"BRIGHTWATER RAIL", "Brightwater Rail"}
    assert registrant_forms(["BANK OF HALSEY CORP"]) >= {"Bank of Halsey"}
    assert registrant_forms(["EPS", ""]) == set()


def test_a_former_name_on_an_older_cover_names_the_renamed_company():
    assert _named("What was Lantern's gross margin in fiscal 2020?") == ["quillon"]
    assert _named("How many employees did Lantern have at the end of 2020, and how many worked abroad?") == ["quillon"]
    # a common word in lower case never names it
    assert _named("What was Osprey's revenue per lantern sold in 2024?") == ["osprey"]


def test_a_full_name_on_the_cover_names_a_file_named_by_an_abbreviation():
    assert _named("What were Brightwater Rail Holdings' total assets at the end of 2024?") == ["brw"]
    assert "Brightwater Rail" in next(c for c in companies(_Index()) if c.key == "brw").short
