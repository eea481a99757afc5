"""Build the PDF report of the thirty-third held-out evaluation set (eval/datasets/heldout33/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page; bullets are paragraphs that start
with "- ". Table 1 runs across a page break: its last rows, its World row and its note are set at the top of the
next page under the caption "Table 1 (continued)".

    .venv/bin/python eval/datasets/heldout33/build_pdf.py      # writes docs/beverage_cans_2025.pdf
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

_T1_HEADER = ("Region", "2022", "2023", "2024", "2027F", "Change 2024 (%)")
_T1_UNIT = "(billion cans shipped, all sizes)"

BEVERAGE_CANS = Report(
    stem="beverage_cans_2025",
    title="More Cans, Cheaper Metal: The World Beverage Can Market, 2022-2027",
    running_title="Beverage cans - packaging sector note",
    date="9 April 2025",
    iso_date="2025-04-09",
    keywords=("beverage cans", "can ends", "aluminium", "metal packaging", "Corvane Packaging",
              "Helmsgard Metal Packaging", "Lataria Austral", "Kaisho Can", "Pearl River Canmaking"),
    pages=(
        (
            h("1. Summary"),
            p("""Can makers around the world shipped 380.4 billion aluminium beverage cans in calendar 2024, 4.6%
            more than the 363.6 billion of 2023, a record, as beer, soft drinks, energy drinks and sparkling water
            kept moving from glass and plastic bottles into cans.¹ The value of those cans went the other way: the
            can makers' sales fell 2.5% to USD 31.6 billion, from USD 32.4 billion, so the average price of a
            thousand cans, body and end together, dropped to about USD 83.1 from about USD 89.1 in 2023 (and
            USD 88.1 in 2022)."""),
            p("""The price fell because of the metal, not because of weaker demand. Aluminium is about half of
            the cost of a can, and nearly all supply contracts pass the metal price through to the brewer or the
            soft drink bottler, usually with a lag of three to six months. The price of aluminium on the London
            Metal Exchange averaged USD 2,250 a tonne in 2023, 17% below the USD 2,710 of 2022, and that cheaper
            metal reached the invoices of 2024."""),
            p("""Because the metal is passed through, cheaper aluminium lowers the can makers' sales without
            cutting their profit in dollars, so their margins widen. The five largest makers' average EBITDA
            margin, weighted by their 2024 sales, rose to 14.8% in 2024 from 13.3% in 2023."""),
            p("""Our view in one line: volume growth of a little over 3% a year to 2027, and prices that follow
            the metal up again from 2025."""),
            p("""¹ Cans are two-piece aluminium cans for beverages, of all sizes, counted when the can maker ships
            them to the filler. Steel food cans, aerosol cans, aluminium bottles and the cans of beverage makers
            that make their own are not included. Each can is counted with its end; ends sold on their own to
            fillers and other can makers, 17.8 billion in 2024, are counted in the sales but not in the cans."""),
        ),
        (
            h("2. Value against volume"),
            p("""Measured in cans, the market has grown in every year but one since 2015; measured in dollars, it
            has grown in two of the last three. Sales were USD 31.9 billion in 2022, USD 32.4 billion in 2023 and
            USD 31.6 billion in 2024. The world's fillers used 398.2 billion can ends in 2024, the 380.4 billion
            on the cans in Table 1 and the 17.8 billion sold on their own, against 381.0 billion in 2023."""),
            p("""The 2022 dip in cans came from North America, where the hard seltzer fad collapsed and fillers
            worked through the cans they had stocked in 2021; North America fell again in 2023 before recovering
            in 2024. Europe shipped more cans in 2024 than in any earlier year, as the United Kingdom's and
            Germany's brewers moved more beer into cans and the European Union's rules on packaging favoured
            recyclable metal."""),
            h("3. Shipments by region"),
            p("""South America and Asia-Pacific excluding China grew fastest in 2024, both from a smaller
            base; North America still ships a third of the world's cans."""),
            Table(
                caption="Table 1. Beverage cans shipped by region, 2022-2024, and our 2027 forecast",
                unit=_T1_UNIT,
                header=_T1_HEADER,
                rows=(
                    ("North America", "128.0", "124.5", "127.8", "136.0", "+2.7"),
                    ("Europe", "78.4", "76.9", "80.6", "88.0", "+4.8"),
                    ("South America", "34.6", "35.2", "37.9", "42.5", "+7.7"),
                ),
            ),
        ),
        (
            Table(
                caption="Table 1 (continued)",
                unit=_T1_UNIT,
                header=_T1_HEADER,
                rows=(
                    ("China", "56.0", "58.3", "61.2", "68.0", "+5.0"),
                    ("Asia-Pacific excluding China", "41.2", "43.6", "46.5", "54.0", "+6.7"),
                    ("Middle East and Africa", "23.8", "25.1", "26.4", "30.5", "+5.2"),
                    ("World", "362.0", "363.6", "380.4", "419.0", "+4.6"),
                ),
                note="""Europe's 2023 figure has been revised up from 75.6 billion cans, after the can makers'
                association added the cans its members export to fillers outside the European Union, which
                raised the 2023 world total from 362.3 billion. Asia-Pacific excluding China includes Japan,
                India, South-East Asia, South Korea and Australia, which we do not show separately. 2027F is our
                forecast.""",
            ),
            h("4. Can makers"),
            p("""Five companies shipped 62% of the world's beverage cans in 2024. Corvane Packaging, based in
            Denver, is the largest by cans, with 24.0% of the world's shipments from 61 plants; Helmsgard Metal
            Packaging of Zurich is second by cans, with 17.0%, but first by sales, because it sells more of the
            slim and specialty cans that fetch higher prices in Europe and Asia. Ardentia Can Company, a private
            American maker owned by its founding family, is among the ten largest but publishes no figures, and
            is counted among the others."""),
            Table(
                caption="Table 2. The largest beverage can makers, 2024",
                unit="(cans in billions; sales in USD billion; margin in %)",
                header=("Company", "Cans 2024", "World share (%)", "Plants", "Sales 2024",
                        "EBITDA margin 2023", "EBITDA margin 2024"),
                rows=(
                    ("Corvane Packaging", "91.3", "24.0", "61", "7.42", "13.8", "15.1"),
                    ("Helmsgard Metal Packaging", "64.7", "17.0", "44", "7.65", "14.2", "15.9"),
                    ("Lataria Austral", "30.4", "8.0", "19", "2.31", "12.6", "13.9"),
                    ("Kaisho Can", "26.6", "7.0", "22", "2.18", "10.9", "11.6"),
                    ("Pearl River Canmaking", "22.8", "6.0", "15", "1.57", "11.5", "13.4"),
                    ("Others", "144.6", "38.0", "n.a.", "10.47", "n.a.", "n.a."),
                ),
                note="""Kaisho Can's figures are for its fiscal year ended 31 March 2025. Helmsgard's cans and
                sales include those of Baltcan, the Latvian maker it bought, from 1 July 2024 only. Lataria Austral is based in Sao Paulo and Pearl River Canmaking in Foshan.""",
            ),
        ),
        (
            h("5. Metal, prices and margins"),
            p("""The average EBITDA margin of the five makers, weighted by their 2024 sales, rose by about 1.4
            percentage points in 2024. Three things widened it. First, the metal: with aluminium passed through at cost, lower
            metal prices shrank sales while the conversion fee per can held, so the same profit sat on smaller
            sales. Second, full plants: after two years of idle lines in North America, the return of volume let
            the makers run their plants near capacity, spreading fixed costs over more cans. Third, energy: the
            price of natural gas for the ovens that cure the coatings fell in Europe, and the makers kept most of
            the saving until contracts were repriced. Pearl River's margin rose most, by 1.9 points, as it closed
            two old lines in Guangdong."""),
            p("""We expect the pass-through to run the other way in 2025: aluminium averaged USD 2,420 a tonne
            in 2024, and the United States' higher tariffs on imported aluminium will lift the metal cost of
            American cans, so sales will rise faster than cans and margins will narrow a little."""),
            h("6. Capacity additions"),
            p("""The five makers have announced new lines that will add 10.6 billion cans a year of capacity:"""),
            p("""- Corvane Packaging: a two-line plant in Monterrey, Mexico, 3.2 billion cans a year, from the
            third quarter of 2025;"""),
            p("""- Helmsgard Metal Packaging: two lines in Kecskemet, Hungary, 2.4 billion cans a year, from
            late 2025;"""),
            p("""- Pearl River Canmaking: a plant in Chengdu, China, 2.0 billion cans a year, in 2026;"""),
            p("""- Lataria Austral: a plant in Recife, Brazil, 1.8 billion cans a year, in 2026;"""),
            p("""- Kaisho Can: a line in Binh Duong, Vietnam, 1.2 billion cans a year, from the end of 2025."""),
            h("7. Outlook"),
            p("""We expect 419.0 billion cans to be shipped in 2027, a compound annual growth rate of 3.3% from
            2024, and sales of USD 36.1 billion, as the metal price recovers. Our January note expected 424.5
            billion cans in 2027; we have cut it because North American beer volumes are falling again."""),
            h("8. Method"),
            p("""Shipments are from the can makers' associations of North America, Europe, Brazil, China and
            Japan, with our estimates for other regions. Sales and margins are from the makers' reports, in US
            dollars at each year's average exchange rate, and from our estimates for the others."""),
        ),
    ),
)

REPORTS = (BEVERAGE_CANS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
