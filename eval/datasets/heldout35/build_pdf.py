"""Build the PDF report of the thirty-fifth held-out evaluation set (eval/datasets/heldout35/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The scope footnote is set as a small paragraph at the foot of the text of page 1; bullets are paragraphs that
start with "- ". Table 1 runs across a page break: its United States rows and subtotal are on page 2, its Canada
rows, the Canada subtotal, the North America row and the note at the top of page 3 under the caption "Table 1
(continued)". Before writing, the script asserts that the figures foot (Table 1's rows add to the subtotals and
the North America row and its changes match, Table 2's production, shares and sales add up, the end uses add to
100%, the revision, prices per thousand board feet, growth rates and the stated CAGR).

    .venv/bin/python eval/datasets/heldout35/build_pdf.py      # writes docs/north_american_softwood_lumber_2026.pdf
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _corpus_builder() -> Path:
    """corpus/build_pdfs.py of the repository holding this folder (eval/datasets/<set>/ -> the root)."""
    for root in HERE.parents:
        candidate = root / "corpus" / "build_pdfs.py"
        if candidate.is_file():
            return candidate
    return Path("/work/main/corpus/build_pdfs.py")  # the writer's checkout, when run outside the repository


_spec = importlib.util.spec_from_file_location("mia_corpus_build_pdfs", _corpus_builder())
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build  # dataclasses look their module up while the class is created
_spec.loader.exec_module(build)

Report, Table, h, p = build.Report, build.Table, build.h, build.p

_T1_HEADER = ("Region", "2023", "2024", "2025", "2028F", "Change 2025 (%)")
_T1_UNIT = "(million board feet of softwood lumber produced)"

_T1_ROWS_US = (
    ("US South", "19,810", "19,920", "20,340", "21,900", "+2.1"),
    ("US West", "11,860", "11,570", "11,190", "11,050", "-3.3"),
    ("US Inland and Northeast", "5,610", "5,520", "5,400", "5,550", "-2.2"),
)
_T1_US = ("United States", "37,280", "37,010", "36,930", "38,500", "-0.2")
_T1_ROWS_CA = (
    ("British Columbia", "9,870", "9,020", "8,150", "8,300", "-9.6"),
    ("Alberta", "3,520", "3,480", "3,410", "3,600", "-2.0"),
    ("Quebec", "5,240", "5,110", "4,980", "5,300", "-2.5"),
    ("Ontario", "2,610", "2,540", "2,470", "2,600", "-2.8"),
    ("Other Canada", "1,880", "1,940", "1,900", "2,000", "-2.1"),
)
_T1_CA = ("Canada", "23,120", "22,090", "20,910", "21,800", "-5.3")
_T1_TOTAL = ("North America", "60,400", "59,100", "57,840", "60,300", "-2.1")

_T2_ROWS = (
    ("Westmark Forest", "6,900", "6,050", "10.5", "2.71"),
    ("Ridgeline Lumber", "6,200", "5,480", "9.5", "3.24"),
    ("Pinebrook Industries", "5,100", "4,710", "8.1", "2.41"),
    ("Laurentide Bois", "3,000", "2,560", "4.4", "1.20"),
    ("Sawtooth Timber", "2,400", "2,130", "3.7", "1.05"),
    ("Others", "n.a.", "36,910", "63.8", "19.59"),
)

_T3_ROWS = (
    ("Westmark Forest", "9.4", "7.2"),
    ("Ridgeline Lumber", "11.8", "14.6"),
    ("Pinebrook Industries", "10.9", "13.2"),
    ("Laurentide Bois", "6.1", "6.8"),
    ("Sawtooth Timber", "8.0", "9.5"),
)


def _n(cell: str) -> float:
    return float(cell.replace(",", "").replace("+", ""))


def check_figures() -> None:
    """The figures foot: rows add up to the subtotals and the total, changes and shares match their rows."""
    for rows, subtotal in ((_T1_ROWS_US, _T1_US), (_T1_ROWS_CA, _T1_CA)):
        for col in range(1, 5):
            assert abs(sum(_n(r[col]) for r in rows) - _n(subtotal[col])) < 0.01, (subtotal[0], col)
    for col in range(1, 5):
        assert _n(_T1_US[col]) + _n(_T1_CA[col]) == _n(_T1_TOTAL[col]), col
    for r in _T1_ROWS_US + (_T1_US,) + _T1_ROWS_CA + (_T1_CA, _T1_TOTAL):
        change = (_n(r[3]) / _n(r[2]) - 1) * 100
        assert abs(change - _n(r[5])) < 0.05, (r[0], change)
    total_2025, total_2024, total_2023 = _n(_T1_TOTAL[3]), _n(_T1_TOTAL[2]), _n(_T1_TOTAL[1])
    # the US South's 2024 revision (19,640 -> 19,920) and the totals it replaced
    assert 19920 - 280 == 19640 and total_2024 - 280 == 58820 and _n(_T1_US[2]) - 280 == 36730
    # US mills' share of production
    assert round(_n(_T1_US[3]) / total_2025 * 100, 1) == 63.8 and round(_n(_T1_US[2]) / total_2024 * 100, 1) == 62.6
    # producers: production and sales add up to North America, shares match
    assert sum(_n(r[2]) for r in _T2_ROWS) == total_2025
    assert abs(sum(_n(r[3]) for r in _T2_ROWS) - 100.0) < 0.15
    for r in _T2_ROWS:
        assert abs(_n(r[2]) / total_2025 * 100 - _n(r[3])) < 0.05, r[0]
    assert abs(sum(_n(r[4]) for r in _T2_ROWS) - 30.2) < 1e-9
    assert round(sum(_n(r[2]) for r in _T2_ROWS[:5]) / total_2025 * 100, 1) == 36.2
    # value, price per thousand board feet, growth
    assert round((30.2 / 27.1 - 1) * 100, 1) == 11.4
    assert round(30.2e9 / (total_2025 * 1e3)) == 522 and round(27.1e9 / (total_2024 * 1e3)) == 459
    assert round(27.6e9 / (total_2023 * 1e3)) == 457
    assert round((538 / 471 - 1) * 100, 1) == 14.2
    assert 36 + 33 + 9 + 22 == 100  # end uses
    assert round((1.318 / 1.367 - 1) * 100, 1) == -3.6
    assert round((_n(_T1_TOTAL[4]) / total_2025) ** (1 / 3) * 100 - 100, 1) == 1.4
    assert round((25.7 - 22.9), 1) == 2.8


LUMBER = Report(
    stem="north_american_softwood_lumber_2026",
    title="More Dollars per Board: North American Softwood Lumber, 2023-2028",
    running_title="Softwood lumber - forest products sector note",
    date="24 February 2026",
    iso_date="2026-02-24",
    keywords=("softwood lumber", "framing lumber", "housing starts", "softwood lumber duties", "Westmark Forest",
              "Ridgeline Lumber", "Pinebrook Industries", "Laurentide Bois", "Sawtooth Timber"),
    pages=(
        (
            h("1. Summary"),
            p("""Sawmills in the United States and Canada produced 57.8 billion board feet of softwood lumber in
            2025, 2.1% less than the 59.1 billion board feet of 2024 and the second yearly decline running, with
            almost all of the loss in Canada.¹ Their revenue moved the other way: mill sales of lumber rose 11.4% to
            US$30.2 billion, from US$27.1 billion, which works out at about US$522 for every thousand board feet
            shipped, against US$459 in 2024 and US$457 in 2023."""),
            p("""Two things lifted the price while demand was soft. The first was the border: the United States
            raised the combined anti-dumping and countervailing duty on most Canadian softwood lumber to 34.6%
            from 14.5% on 11 August 2025, and Canadian mills that ship south have had to recover that cost in what
            they charge. The second was supply: British Columbia, short of timber after beetle kill and wildfire,
            lost another 870 million board feet of output as mills closed or cut shifts. US mills, above all in
            the South, filled part of the gap, but not all of it."""),
            p("""Our view in one line: lumber volumes turn up from 2026 as housing starts recover, but prices stay
            above the 2023-2024 level for as long as the duties last."""),
            p("""¹ Softwood lumber here means sawn lumber from pine, spruce, fir, hemlock and cedar, dressed or
            rough, in dimension, board and timber sizes. Hardwood lumber is not included, nor are structural panels
            (plywood and oriented strand board), engineered wood (glulam, cross-laminated timber, I-joists and
            laminated veneer lumber), railway ties, poles or wood pellets. North America means the United States
            and Canada; Mexico is not included. Production is measured in board feet (a piece one foot long, one
            foot wide and one inch thick), at the mill."""),
        ),
        (
            h("2. Demand: housing comes first"),
            p("""New homes are the largest single use of softwood lumber, and the one that moves the market. US
            housing starts fell to 1.318 million in 2025, 3.6% below the 1.367 million of 2024 and down from 1.420
            million in 2023, as mortgage rates near 7% kept buyers away and builders worked through unsold new
            homes. A typical single-family house uses around 15,000 board feet of framing lumber, an apartment
            unit a third of that, so the shift of starts towards apartments also cut the lumber used per start."""),
            p("""North American lumber consumption in 2025 divided among four end uses:"""),
            p("""- new residential construction, 36% of the lumber used;"""),
            p("""- repair and remodelling of existing homes, 33%, which held up better than new building;"""),
            p("""- industrial uses such as pallets, crates and packaging, 22%;"""),
            p("""- non-residential construction, 9%."""),
            h("3. Production by region"),
            p("""US mills produced 63.8% of North America's softwood lumber in 2025, up from 62.6% in 2024. The US
            South, where new sawmills fed by plantation southern yellow pine have opened every year since 2020, was
            the only region to cut more lumber than the year before. In Canada every province produced less, and
            British Columbia, once the largest lumber region of the continent, now produces less than half of what
            the US South does."""),
            Table(
                caption="Table 1. Softwood lumber production by region, 2023-2025, and our 2028 forecast",
                unit=_T1_UNIT,
                header=_T1_HEADER,
                rows=_T1_ROWS_US + (_T1_US,),
            ),
        ),
        (
            Table(
                caption="Table 1 (continued)",
                unit=_T1_UNIT,
                header=_T1_HEADER,
                rows=_T1_ROWS_CA + (_T1_CA, _T1_TOTAL),
                note="""The US South's 2024 figure has been revised up from 19,640 million board feet, after the
                regional mill survey added eleven sawmills that opened in 2023 and 2024, which raised the 2024
                United States total from 36,730 and the North America total from 58,820 million board feet. Other
                Canada includes Manitoba, Saskatchewan, New Brunswick, Nova Scotia and Newfoundland and Labrador,
                which we do not show separately. 2028F is our forecast.""",
            ),
            h("4. Duties on Canadian lumber"),
            p("""The duties are deposits that US importers of record, in most cases the Canadian mills' own US
            arms, pay at the border, set each year by the US Commerce Department's administrative reviews. The
            review completed in August 2025 more than doubled the combined rate, and Canadian mills lost ground in
            the US market as a result: their share of the lumber Americans used fell to 22.9% in 2025 from 25.7% in
            2024. Canadian producers paid about US$2.1 billion of duty deposits in 2025."""),
            h("5. The producers"),
            p("""The five largest producers, ranked by sawmill capacity, cut 36.2% of North America's lumber in
            2025. Westmark Forest of Vancouver has the most capacity and produced the most lumber, 6,050 million
            board feet; Ridgeline Lumber of Seattle produced less but sold more, because most of its output is
            Douglas-fir and appearance grades that fetch well above the price of spruce-pine-fir studs, and
            because its mills are in the United States and pay no duties. Halvorsen Family Sawmills, a privately
            held Oregon sawmiller among the ten largest by capacity, publishes no figures and is counted among the
            others."""),
            Table(
                caption="Table 2. The largest softwood lumber producers in North America, 2025",
                unit="(capacity and production in million board feet; share of North America's production in %; "
                     "lumber sales in US$ billion)",
                header=("Company", "Capacity", "Production", "Share (%)", "Sales"),
                rows=_T2_ROWS,
                note="""Ranked by yearly sawmill capacity at the end of 2025. Laurentide Bois's figures are for its
                fiscal year ended 30 September 2025. Pinebrook Industries is based in Atlanta, Laurentide Bois in
                Quebec City and Sawtooth Timber in Boise. Sales are lumber sales only.""",
            ),
        ),
        (
            h("6. Prices and margins"),
            p("""The framing lumber composite price, the benchmark for the two-by-fours and two-by-sixes that
            frame a house, averaged US$538 per thousand board feet in 2025, 14.2% above the US$471 of 2024. It
            peaked at US$612 in the week after the duty increase and eased in the fourth quarter as builders
            bought less for the winter."""),
            Table(
                caption="Table 3. EBITDA margin of the largest producers' lumber business",
                unit="(% of lumber sales)",
                header=("Company", "2024", "2025"),
                rows=_T3_ROWS,
            ),
            p("""Four of the five largest producers widened their margin in 2025, the US ones the most. Westmark
            Forest's margin narrowed, from 9.4% to 7.2%, because it ships about half of its Canadian output to the
            United States and expenses its duty deposits as they are paid, while its British Columbia mills ran
            below capacity for lack of logs."""),
            h("7. Outlook"),
            p("""We expect North American mills to produce 60.3 billion board feet in 2028, a compound annual
            growth rate of 1.4% from 2025, and mill sales of US$33.0 billion, with US housing starts back at 1.41
            million. Our September note expected 62.1 billion board feet in 2028; we have lowered it because
            mortgage rates have not come down as fast as we assumed and because two more interior British Columbia
            mills announced closures in January 2026. We expect US mills to add most of the growth, and Canadian
            output to recover only in the Prairie provinces and Quebec."""),
            h("8. Method"),
            p("""Production is from the regional mill surveys and the national statistics agencies of both
            countries, with our estimates for mills that do not report. Mill sales are production valued at each
            year's average mill price by region and grade. Company figures are from annual reports, in US dollars
            at each year's average exchange rate."""),
        ),
    ),
)

REPORTS = (LUMBER,)


def main() -> None:
    check_figures()
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
