"""Build the PDF report of the thirty-fourth held-out evaluation set (eval/datasets/heldout34/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The scope footnote is set as a small paragraph at the foot of the text of page 1; bullets are paragraphs that
start with "- ". Table 1 runs across a page break: its last rows, its Europe row and its note are set at the top
of the next page under the caption "Table 1 (continued)". Before writing, the script asserts that the figures
foot (table totals, channel splits, shares, changes, prices per litre, the stated CAGR).

    .venv/bin/python eval/datasets/heldout34/build_pdf.py      # writes docs/europe_architectural_paint_2026.pdf
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("mia_corpus_build_pdfs", HERE.parents[2] / "corpus" / "build_pdfs.py")
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build  # dataclasses look their module up while the class is created
_spec.loader.exec_module(build)

Report, Table, h, p = build.Report, build.Table, build.h, build.p

_T1_HEADER = ("Market", "2023", "2024", "2025", "2028F", "Change 2025 (%)")
_T1_UNIT = "(million litres sold by manufacturers, architectural paint)"

_T1_ROWS_A = (
    ("Germany", "1,010", "985", "952", "975", "-3.4"),
    ("France", "780", "762", "741", "760", "-2.8"),
    ("United Kingdom", "690", "671", "655", "680", "-2.4"),
    ("Italy", "560", "552", "546", "565", "-1.1"),
)
_T1_ROWS_B = (
    ("Spain and Portugal", "520", "516", "512", "540", "-0.8"),
    ("Poland", "455", "462", "470", "505", "+1.7"),
    ("Benelux", "452", "440", "428", "440", "-2.7"),
    ("Nordic countries", "331", "322", "310", "320", "-3.7"),
    ("Rest of Europe", "1,342", "1,300", "1,246", "1,275", "-4.2"),
)
_T1_TOTAL = ("Europe", "6,140", "6,010", "5,860", "6,060", "-2.5")

_T2_ROWS = (
    ("Dellacroft Group", "879", "15.0", "2.95", "8.9", "8.1"),
    ("Hollmark Coatings", "774", "13.2", "4.12", "12.4", "13.1"),
    ("Sanvoria", "410", "7.0", "1.86", "10.2", "11.0"),
    ("Tervik Maling", "293", "5.0", "1.52", "11.8", "12.7"),
    ("Pinturas Almeda", "264", "4.5", "0.98", "7.5", "7.9"),
    ("Others", "3,240", "55.3", "13.77", "n.a.", "n.a."),
)


def _n(cell: str) -> float:
    return float(cell.replace(",", "").replace("+", ""))


def check_figures() -> None:
    """The figures foot: columns add up to the Europe row, changes and shares match their rows."""
    rows = _T1_ROWS_A + _T1_ROWS_B
    for col in range(1, 5):
        assert abs(sum(_n(r[col]) for r in rows) - _n(_T1_TOTAL[col])) < 0.01, (col, sum(_n(r[col]) for r in rows))
    for r in rows + (_T1_TOTAL,):
        change = (_n(r[3]) / _n(r[2]) - 1) * 100
        assert abs(change - _n(r[5])) < 0.05, (r[0], change)
    total_2025, total_2024 = _n(_T1_TOTAL[3]), _n(_T1_TOTAL[2])
    assert 6010 - 13 == 5997  # the UK's 2024 revision (658 -> 671) and the Europe total it replaced
    assert sum(_n(r[1]) for r in _T2_ROWS) == total_2025
    assert abs(sum(_n(r[2]) for r in _T2_ROWS) - 100.0) < 0.01
    for r in _T2_ROWS:
        assert abs(_n(r[1]) / total_2025 * 100 - _n(r[2])) < 0.05, r[0]
    assert abs(sum(_n(r[3]) for r in _T2_ROWS) - 25.2) < 0.001
    # channels: trade + DIY = Europe, litres and value
    assert 3400 + 2460 == total_2025 and 3430 + 2580 == total_2024
    assert abs(15.6 + 9.6 - 25.2) < 1e-9 and abs(15.3 + 9.3 - 24.6) < 1e-9
    assert round(3400 / total_2025 * 100, 1) == 58.0 and round(2580 / total_2024 * 100, 1) == 42.9
    # value, price per litre, growth
    assert round((25.2 / 24.6 - 1) * 100, 1) == 2.4
    assert round(25.2 / 5.860, 2) == 4.30 and round(24.6 / 6.010, 2) == 4.09 and round(23.9 / 6.140, 2) == 3.89
    assert round((6060 / 5860) ** (1 / 3) * 100 - 100, 1) == 1.1
    assert round((3450 / 3100 - 1) * 100, 1) == 11.3 and round((3280 / 3450 - 1) * 100, 1) == -4.9


PAINT = Report(
    stem="europe_architectural_paint_2026",
    title="Fewer Litres, Dearer Tins: Europe's Architectural Paint Market, 2023-2028",
    running_title="Architectural paint - building materials sector note",
    date="16 March 2026",
    iso_date="2026-03-16",
    keywords=("architectural paint", "decorative coatings", "titanium dioxide", "DIY", "Dellacroft Group",
              "Hollmark Coatings", "Sanvoria", "Tervik Maling", "Pinturas Almeda"),
    pages=(
        (
            h("1. Summary"),
            p("""Europe's paint makers sold 5,860 million litres of architectural paint in 2025, 2.5% fewer than
            the 6,010 million litres of 2024 and the third year in a row of lower volumes, as fewer homes changed
            hands and fewer new homes were started.¹ The money went the other way: manufacturers' sales rose 2.4%
            to EUR 25.2 billion, from EUR 24.6 billion, so a litre of paint left the factory at about EUR 4.30 on
            average, against EUR 4.09 in 2024 and EUR 3.89 in 2023."""),
            p("""The higher price is mostly the makers passing on their raw materials. Titanium dioxide, the white
            pigment that gives a wall paint its hiding power, is the largest single raw material by cost, about a
            quarter of what goes into a tin of white emulsion. Its price in Europe averaged EUR 3,450 a tonne in
            2024, 11.3% above the EUR 3,100 of 2023, after the European Union put anti-dumping duties on pigment
            from China, and the makers raised their list prices through 2024 and 2025 to recover it. The rest of
            the gain came from mix: the trade channel, where professional decorators buy the dearer products,
            held its volumes far better than the do-it-yourself shelves."""),
            p("""Our view in one line: volumes bottom out in 2026 and recover slowly to 2028, while prices hold
            because the pigment duties stay."""),
            p("""¹ Architectural paint, also called decorative paint, is paint, varnish, wood stain and primer sold
            for use on buildings, inside and out, by professional decorators and by households. Industrial
            coatings (car factory and refinish paint, powder, coil, marine and protective coatings, and coatings
            applied to furniture or joinery in a factory) are not included, nor are artists' and hobby paints.
            Europe means the European Union, the United Kingdom, Norway and Switzerland; Turkey, Ukraine and Russia
            are not included. Volumes are litres sold by manufacturers to retailers, merchants and decorators."""),
        ),
        (
            h("2. Value against volume"),
            p("""Sales were EUR 23.9 billion in 2023, EUR 24.6 billion in 2024 and EUR 25.2 billion in 2025, while
            volumes fell from 6,140 million litres to 6,010 million and then to 5,860 million. Every large market
            sold fewer litres in 2025 except Poland, where public money for insulating and renovating blocks of
            flats kept decorators busy."""),
            h("3. Trade and DIY"),
            p("""Professional decorators bought 3,400 million litres in 2025, through builders' merchants and the
            makers' own trade shops, 0.9% less than the 3,430 million of 2024. Households bought 2,460 million
            litres in DIY stores, garden centres and online, 4.7% less than the 2,580 million of 2024, so the trade
            channel's share of the volume rose to 58.0% from 57.1%. By value the trade channel is larger still:
            EUR 15.6 billion of the 2025 sales, against EUR 9.6 billion in DIY (EUR 15.3 billion and EUR 9.3
            billion in 2024)."""),
            p("""Four things pulled the DIY volumes down in 2025:"""),
            p("""- fewer home sales, since a new owner repaints most rooms in the first year;"""),
            p("""- the fading of the lockdown habit of redecorating, which had lifted DIY paint in 2020 and 2021;"""),
            p("""- a wet summer in northern Europe that cut exterior painting of fences, sheds and facades;"""),
            p("""- shoppers trading down to smaller tins and to the DIY chains' own brands."""),
            h("4. Volumes by market"),
            p("""Germany remains the largest market by far, and lost the most litres; Poland is now the sixth
            largest single market and the one that grew."""),
            Table(
                caption="Table 1. Architectural paint sold by market, 2023-2025, and our 2028 forecast",
                unit=_T1_UNIT,
                header=_T1_HEADER,
                rows=_T1_ROWS_A,
            ),
        ),
        (
            Table(
                caption="Table 1 (continued)",
                unit=_T1_UNIT,
                header=_T1_HEADER,
                rows=_T1_ROWS_B + (_T1_TOTAL,),
                note="""The United Kingdom's 2024 figure has been revised up from 658 million litres, after the
                national paint makers' association added the paint its members make for the DIY chains' own
                brands, which raised the 2024 Europe total from 5,997 million litres. Rest of Europe includes
                Austria, Switzerland, Ireland, Czechia, Hungary, Romania, Greece and the Baltic states, which we do
                not show separately. 2028F is our forecast.""",
            ),
            h("5. Paint makers"),
            p("""Five makers sold 44.7% of Europe's architectural paint by volume in 2025. Dellacroft Group of
            Duisburg is the largest by litres, with 15.0% of the market, because it makes most of the DIY chains'
            own-brand paint; Hollmark Coatings of Amsterdam is second by litres but first by sales, since its
            premium brands sell mainly to decorators at higher prices. Farbwerk Kessler, a family-owned German maker
            of trade paints, is among the ten largest but publishes no figures and is counted among the others."""),
            Table(
                caption="Table 2. The largest architectural paint makers in Europe, 2025",
                unit="(volume in million litres; sales in EUR billion; operating margin in %)",
                header=("Company", "Volume 2025", "Share of volume (%)", "Sales 2025",
                        "Operating margin 2024", "Operating margin 2025"),
                rows=_T2_ROWS,
                note="""Tervik Maling's figures are for its fiscal year ended 31 August 2025. Sanvoria is based in
                Milan, Tervik Maling in Oslo and Pinturas Almeda in Valencia. Sales are the makers' European
                architectural paint sales only.""",
            ),
        ),
        (
            h("6. Raw materials, prices and margins"),
            p("""Raw materials make up a little over half of a paint maker's cost of goods: titanium dioxide,
            binders such as acrylic and vinyl acetate emulsions, fillers like calcium carbonate, solvents and
            tins. The pigment price eased in 2025, averaging EUR 3,280 a tonne, but the makers kept their 2024 list
            prices and added an average increase of 3.5% in the spring of 2025, so their gross margins widened."""),
            p("""Four of the five largest makers improved their operating margin in 2025; Tervik Maling improved it
            most, by 0.9 points, after closing its tin-making line in Drammen. Dellacroft's margin narrowed, from
            8.9% to 8.1%, because the DIY chains it supplies hold it to yearly price agreements, so it could pass
            on the pigment cost only a year late, while its litres fell with the DIY market."""),
            h("7. Outlook"),
            p("""We expect 6,060 million litres to be sold in 2028, a compound annual growth rate of 1.1% from
            2025, and manufacturers' sales of EUR 27.6 billion. Our November note expected 6,180 million litres in
            2028; we have cut it because housing starts in Germany and France fell again in the second half of
            2025 and the EU's renovation subsidies are being paid out more slowly than planned."""),
            h("8. Method"),
            p("""Volumes are from the national paint makers' associations of Germany, France, the United Kingdom,
            Italy, Spain and Poland, with our estimates for the other markets. Sales and margins are from the
            makers' reports, in euros at each year's average exchange rate, and from our estimates for the
            others."""),
        ),
    ),
)

REPORTS = (PAINT,)


def main() -> None:
    check_figures()
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
