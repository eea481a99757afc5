from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents.metadata import (
    SidecarError,
    company_key,
    find_sidecar,
    guess_metadata,
    load_sidecar,
    parse_cover,
    parse_date,
    parse_file_name,
    tidy_company,
)


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("3M_2018_10K", {"company": "3M", "fiscal_year": 2018, "doc_type": "10-K"}),
        ("AMCOR_2023Q2_10Q", {"company": "AMCOR", "fiscal_year": 2023, "quarter": 2, "doc_type": "10-Q"}),
        (
            "AMCOR_2022_8K_dated-2022-07-01",
            {"company": "AMCOR", "fiscal_year": 2022, "doc_type": "8-K", "date": "2022-07-01"},
        ),
        ("FOOTLOCKER_2022_8K_dated_2022-08-19", {"company": "FOOTLOCKER", "fiscal_year": 2022, "doc_type": "8-K",
                                                 "date": "2022-08-19"}),
        ("PEPSICO_2023Q1_EARNINGS", {"company": "PEPSICO", "fiscal_year": 2023, "quarter": 1,
                                     "doc_type": "earnings release"}),
        ("market_outlook", {}),
        ("notes 2024", {"fiscal_year": 2024}),  # lower-case words name a topic
        ("hbm_memory_2024", {"fiscal_year": 2024}),
        ("Acme_Cloud_2024_10K", {"company": "Acme Cloud", "fiscal_year": 2024, "doc_type": "10-K"}),
    ],
)
def test_parse_file_name(stem: str, expected: dict) -> None:
    assert parse_file_name(stem) == expected


def test_parse_cover_of_an_annual_report() -> None:
    cover = parse_cover(
        "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM 10-K\n"
        "For the fiscal year ended December 31, 2018\nCommission file number 1-3285\n"
        "____________ ACME WIDGETS CORPORATION\n(Exact name of registrant as specified in its charter)\n"
    )
    assert cover["doc_type"] == "10-K"
    assert cover["period"] == "FY2018" and cover["fiscal_year"] == 2018
    assert cover["period_end"] == "2018-12-31"
    assert cover["company"] == "Acme Widgets"


def test_parse_cover_of_a_quarterly_report_and_a_press_release() -> None:
    q = parse_cover("FORM 10-Q\nQUARTERLY REPORT\nFor the quarterly period ended June 30, 2022\nFoo Inc.\n")
    assert (q["doc_type"], q["period"], q["period_end"]) == ("10-Q", "Q2 2022", "2022-06-30")
    pr = parse_cover(
        "Contoso Reports Second-Quarter 2023 Results\nSEATTLE - July 1, 2023 - Contoso, Inc. (NYSE: CTS) today said"
    )
    assert (pr["doc_type"], pr["period"], pr["company"]) == ("earnings release", "Q2 2023", "Contoso")


def test_guess_metadata_combines_name_and_cover() -> None:
    meta = guess_metadata(
        Path("JPMORGAN_2022Q2_10Q.pdf"),
        ["FORM 10-Q\nJPMorgan Chase & Co.\n(Exact name of registrant as specified in its charter)\n"],
    )
    assert meta["company"] == "JPMorgan Chase"  # the cover spells the file name's company better
    assert (meta["doc_type"], meta["fiscal_year"], meta["period"]) == ("10-Q", 2022, "Q2 2022")
    assert meta["title"] == "JPMorgan Chase Form 10-Q Q2 2022"


def test_file_name_company_wins_over_a_different_registrant() -> None:
    meta = guess_metadata(
        Path("BLOCK_2020_10K.pdf"), ["SQUARE, INC.\n(Exact name of registrant as specified in its charter)"]
    )
    assert meta["company"] == "BLOCK" and meta["extra"]["registrant"] == "Square"


def test_guess_metadata_for_a_plain_note_and_hints() -> None:
    meta = guess_metadata(Path("ideas.md"), ["just some thoughts"], hints={"title": "Ideas"})
    assert meta["title"] == "Ideas" and meta["company"] is None and meta["fiscal_year"] is None
    untitled = guess_metadata(Path("weekly_notes.txt"), ["ok"])
    assert untitled["title"] == "weekly notes"


def test_press_release_title_joins_a_wrapped_first_line() -> None:
    meta = guess_metadata(Path("release.pdf"), ["March 9, 2023\nContoso Announces Fourth Quarter\nFiscal 2022 Results\n"])
    assert meta["title"] == "Contoso Announces Fourth Quarter Fiscal 2022 Results"


def test_company_names() -> None:
    assert tidy_company("CVS HEALTH CORPORATION") == "CVS Health"
    assert tidy_company("3M COMPANY") == "3M"
    assert tidy_company("The Kraft Heinz Company") == "Kraft Heinz"
    assert company_key("AMCOR PLC") == company_key("Amcor plc") == company_key("AMCOR") == "amcor"


def test_parse_date() -> None:
    assert parse_date("Dec. 31, 2018") == "2018-12-31"
    assert parse_date("February 30, 2020") is None


def test_sidecars(tmp_path: Path) -> None:
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF-")
    assert find_sidecar(doc) is None
    (tmp_path / "report.meta.yaml").write_text("company: Acme\nfiscal_year: 2021\ndate: 2021-03-01\nregion: EU\n")
    sidecar = find_sidecar(doc)
    assert sidecar == tmp_path / "report.meta.yaml"
    assert load_sidecar(sidecar) == {
        "company": "Acme", "fiscal_year": 2021, "date": "2021-03-01", "extra": {"region": "EU"}
    }
    (tmp_path / "report.pdf.meta.json").write_text('{"fiscal_year": "soon"}')
    with pytest.raises(SidecarError, match="report.pdf.meta.json: fiscal_year"):
        load_sidecar(tmp_path / "report.pdf.meta.json")
    (tmp_path / "list.meta.json").write_text("[1, 2]")
    with pytest.raises(SidecarError, match="mapping"):
        load_sidecar(tmp_path / "list.meta.json")


def test_real_filing_names_and_covers(shared_dir: Path) -> None:
    import json

    from assistant.documents.readers.base import read_document

    rows = {json.loads(line)["doc_name"]: json.loads(line) for line in (shared_dir / "documents.jsonl").open()}
    for doc in ("AMCOR_2023Q2_10Q", "NIKE_2023_10K", "PEPSICO_2023Q1_EARNINGS"):
        meta, _ = read_document(shared_dir / "pdfs" / f"{doc}.pdf")
        assert company_key(meta.company) == company_key(rows[doc]["company"])
        assert meta.fiscal_year == rows[doc]["doc_period"]


REPORT = """Cloud Infrastructure Spending, 2023-2024
Author: Lakeside Research
Date: 10 March 2025
1. Summary
Fabrikam's capital expenditure rose by half in 2024. Northwind's rose by a third. Fabrikam said demand
exceeded capacity, and Northwind reported record orders in the fourth quarter of fiscal 2025.
2. Fabrikam
Fabrikam's spending on servers doubled. Fabrikam expects more in 2025.
3. Northwind
Northwind's data-centre build-out continued; Tailspin's was flat.
"""


def test_report_metadata_from_the_document_itself() -> None:
    meta = guess_metadata(Path("cloud_spending_2024.pdf"), [REPORT])
    assert meta["title"] == "Cloud Infrastructure Spending, 2023-2024"
    assert meta["doc_type"] == "market report"
    assert meta["date"] == "2025-03-10"
    assert (meta["period"], meta["fiscal_year"]) == ("FY2024", 2024)  # not "Q4 2025" from a passing mention
    assert meta["company"] is None  # about several companies: no single one
    assert meta["extra"]["companies"][:2] == ["Fabrikam", "Northwind"]
    assert meta["extra"]["publisher"] == "Lakeside Research"
    guessed = meta["extra"]["guessed"]
    assert guessed["company"].startswith("named most: Fabrikam") and guessed["period"] == "file name"
    assert "Date: 10 March 2025" in guessed["date"] and "Author: Lakeside Research" in guessed["publisher"]


def test_report_about_one_company_and_a_quarter_in_its_title() -> None:
    text = "Northwind: Fourth Quarter 2024 Update\nBy Lakeside Research\nNorthwind's revenue rose. Fabrikam's fell.\n" \
           "Northwind said orders grew.\n"
    meta = guess_metadata(Path("update.md"), [text], hints={"title": "Northwind: Fourth Quarter 2024 Update"})
    assert meta["company"] == "Northwind" and meta["period"] == "Q4 2024" and meta["fiscal_year"] == 2024
    assert meta["extra"]["guessed"]["period"] == "title"


def test_sidecar_wins_and_is_named_as_the_source() -> None:
    from assistant.documents.metadata import merge

    guessed = guess_metadata(Path("cloud_spending_2024.pdf"), [REPORT])
    merged = merge(guessed, {"company": "Fabrikam", "extra": {}}, source="sidecar cloud.meta.json")
    assert merged["company"] == "Fabrikam" and merged["extra"]["guessed"]["company"] == "sidecar cloud.meta.json"
    assert merged["extra"]["guessed"]["date"].startswith("date line")


def test_day_first_dates() -> None:
    assert parse_date("10 March 2025") == "2025-03-10" and parse_date("31 Feb 2025") is None


def test_registrant_read_as_markdown_keeps_no_markup() -> None:
    # an HTML filing read as Markdown writes its registrant as a heading or in bold: the marks are not the name
    heading = parse_cover("# FORM 10-Q\n\nCommission File Number 001-51234\n\n## FABRIKAM LOGISTICS, INC.\n\n"
                          "(Exact name of registrant as specified in its charter)\n")
    assert heading["company"] == "Fabrikam Logistics"
    bold = parse_cover("FORM 10-K\n**Northwind Traders Corporation**\n(Exact name of registrant as specified in its "
                       "charter)\n")
    assert bold["company"] == "Northwind Traders"
    assert tidy_company("## Contoso Health, Inc.") == "Contoso Health"


def test_registrant_on_the_line_of_its_marker() -> None:
    # a cover read as running text: the name stands just before the marker on the same line, after the sentence
    # that ends the line's earlier text (a legal form's full stop, "INC.", ends no sentence)
    cover = parse_cover("FORM 10-K. ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) for the fiscal year ended June "
                        "30, 2025.\nCommission file number 001-40917. WOODGROVE MINERALS CO. (Exact name of "
                        "registrant as specified in its charter). Nevada.\n")
    assert cover["company"] == "Woodgrove Minerals"
    inc = parse_cover("FORM 10-K\nADATUM SYSTEMS, INC. (Exact name of registrant as specified in its charter)\n")
    assert inc["company"] == "Adatum Systems"
    # the marker's line holding only filing numbers still looks to the line above
    above = parse_cover("FORM 10-K\nLITWARE GROUP PLC\nCommission file number 001-30333 (Exact name of registrant "
                        "as specified in its charter)\n")
    assert above["company"] == "Litware Group"


def test_a_filing_without_a_readable_registrant_takes_its_titles_legal_name() -> None:
    # no company in the file name, none on the cover: the title's opening legal name, only when it ends in a
    # legal form; a title naming no legal form gives none
    meta = guess_metadata(Path("tailspin_10k_2025.pdf"),
                          ["Tailspin Aero Holdings, Inc. - Annual Report on Form 10-K for the fiscal year ended "
                           "December 31, 2025\nFORM 10-K\nPART I\nItem 1. Business\n"])
    assert meta["company"] == "Tailspin Aero Holdings" and meta["extra"]["guessed"]["company"] == "title"
    plain = guess_metadata(Path("tailspin_10k_2025.pdf"),
                           ["Annual Report on Form 10-K - fiscal 2025 results\nFORM 10-K\nPART I\nItem 1. Business\n"])
    assert plain["company"] is None


def test_a_place_or_a_common_noun_in_a_reports_title_is_not_its_company() -> None:
    # Rule: a place ("Asia's ...") and a common noun capitalised only by its place ("Growers harvested ..."
    # opening a sentence, "Growers" in a title-case title) are not the company a report is about; a company whose
    # name is also a word, written capitalised mid-sentence, still is
    place = ("Asia's tea buyers pay up: a market note\nBy Fenwick Commodity Desk\nAsia's tea auctions cleared "
             "2.1 million tonnes in 2024. Tea growers in Kenya sold more; Tanager's blends gained share.\n"
             "Asia's buyers paid 6% more per kilo. Tanager said prices would hold.\n")
    meta = guess_metadata(Path("tea_note_2025.md"), [place], hints={"title": "Asia's tea buyers pay up: a market note"})
    assert meta["company"] is None and "Asia" not in meta["extra"]["companies"]
    assert "Tanager" in meta["extra"]["companies"]
    noun = ("Tea Auctions: Volumes, Prices and Growers, 2022-2024\nAuthor: Fenwick Commodity Desk\nGrowers harvested "
            "5.6 million tonnes in 2024, and growers in the highlands sold most of it at auction. Prices paid to "
            "growers rose 4%. Tanager's blends took 9% of volumes; Tanager said it bought from 300 growers.\n")
    meta = guess_metadata(Path("tea_auctions.pdf"), [noun])
    assert meta["company"] is None and "Growers" not in meta["extra"].get("companies", [])
    word = ("Sparrow's quarter: a retail note\nSparrow's sales rose 5% as Sparrow opened 40 stores; analysts said "
            "Sparrow would beat its target. A sparrow is also a bird.\n")
    meta = guess_metadata(Path("sparrow_note.md"), [word], hints={"title": "Sparrow's quarter: a retail note"})
    assert meta["company"] == "Sparrow"


# ---- a release for the quarter and its year to date names the quarter's end (session 30) -----------------------------
# Session 30 (#10/#11, own-document filings): an earnings release reporting its quarter together with the year
# to date that ends on the same day (its third quarter and nine months, or its three and six months, then
# ended) closes on that day. Wordings written for these tests (fictional filers).

def test_a_release_for_the_quarter_and_its_year_to_date_names_the_quarters_end():
    release = ("TULSA, Oklahoma, November 3, 2026 -- Ostrander Laundry Services, Inc. (NASDAQ: OSLS) today reported "
               "its results for the third fiscal quarter and the nine months ended October 3, 2026.")
    assert parse_cover(release)["period_end"] == "2026-10-03"
    both = ("Ostrander Laundry Services today reported results for the three and six "
            "months ended June 28, 2026, and raised its outlook.")
    assert parse_cover(both)["period_end"] == "2026-06-28"
    half = "Ostrander reported results for its second quarter and first half ended June 28, 2026."
    assert parse_cover(half)["period_end"] == "2026-06-28"
