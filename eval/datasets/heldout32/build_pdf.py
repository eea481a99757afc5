"""Build the PDF report of the thirty-second held-out evaluation set (eval/datasets/heldout32/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ". Table 3 runs across a page break: its last rows are set at the top of
the next page under the caption "Table 3 (continued)".

    .venv/bin/python eval/datasets/heldout32/build_pdf.py      # writes docs/flat_glass_2025.pdf
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

_T3_HEADER = ("Company (ticker)", "Year end", "Currency", "Revenue 2023", "Revenue 2024", "Growth (%)",
              "Op. income 2024")

FLAT_GLASS = Report(
    stem="flat_glass_2025",
    title="Cheaper Glass, More of It: The World Flat Glass Market, 2023-2025",
    running_title="Flat glass - building materials sector note",
    date="14 May 2025",
    iso_date="2025-05-14",
    keywords=("flat glass", "float glass", "solar glass", "automotive glass", "AGC", "Xinyi Glass",
              "Fuyao Glass", "Nippon Sheet Glass", "Pilkington", "Vitro", "Saint-Gobain", "Guardian Glass"),
    pages=(
        (
            h("1. Summary"),
            p("""The world's makers of flat glass sold USD 92.6 billion of glass in calendar 2024, 5.6% less than
            the USD 98.1 billion of 2023, the first fall in value since 2020.¹ The tonnage went the other way: the
            float lines of the world melted and shipped 82.4 million tonnes (Mt) of flat glass, 1.9% more than the
            80.9 Mt of 2023, because lines built in China for the solar boom kept running at full speed while the
            price of their glass collapsed. A tonne of flat glass therefore sold for about USD 1,124 on average,
            against about USD 1,213 a year earlier."""),
            p("""Three things pulled value down. In China, which makes a little over half of the world's flat
            glass, the fall in new homes started for a third year left the builders' float glass in surplus and
            cut its price at the factory gate by about a quarter; the solar glass makers had added more furnaces
            than the module makers needed, so the price of the 2 mm and 3.2 mm glass that covers solar panels
            fell below the cost of most lines; and in Europe the fall in the price of natural gas from the peak
            of 2022-2023 let makers cut their energy surcharges, which lowered prices further."""),
            p("""Automotive glass was the exception: its sales rose 3.3% as carmakers fitted larger windscreens
            with head-up displays and more glass roofs, and Chinese carmakers built more cars for export. Glass
            for buildings still made up 52.7% of world sales by value in 2024, against 53.4% in 2023, and solar
            glass 14.9%, down from 17.2%."""),
            p("""Our view in one line: the tonnes will keep growing, but prices will not recover until China
            closes float lines, and the makers with automotive glass will keep earning the best margins."""),
            p("""¹ Sales are manufacturers' sales of flat glass, float and rolled, and of the processed glass made
            from it (toughened, laminated, coated and insulating glass units) for buildings, vehicles, solar panels
            and appliances. Container glass (bottles and jars), glass fibre, and the thin glass for flat-panel
            displays and phone covers are not included; display glass alone sells for about a fifth as much as
            the flat glass in this note, and is outside it."""),
        ),
        (
            h("2. Sales by product"),
            p("""Glass for buildings is still more than half of the market. Solar glass lost most, in dollars and
            in percent, although its tonnage rose again; automotive glass and the glass for appliances, mirrors
            and furniture in the last row both grew."""),
            Table(
                caption="Table 1. World flat glass sales by product, 2023 and 2024",
                unit="(USD billion, manufacturers' prices)",
                header=("Product", "2023", "2024", "Change (%)"),
                rows=(
                    ("Building glass (float and processed)", "52.4", "48.8", "-6.9"),
                    ("Automotive glass", "21.3", "22.0", "+3.3"),
                    ("Solar glass", "16.9", "13.8", "-18.3"),
                    ("Appliance, mirror and other glass", "7.5", "8.0", "+6.7"),
                    ("Total", "98.1", "92.6", "-5.6"),
                ),
                note="""Building glass includes the float glass sold to processors and the toughened, laminated
                and insulating glass they make from it. Sales are of glass sold in the calendar year, converted
                to US dollars at each year's average exchange rates.""",
            ),
            h("3. Sales by region"),
            p("""China is the largest market by far and the one that fell most, in dollars and in percent. North
            America, the Middle East and Africa grew a little; Latin America fell as Brazil's real lost value
            against the dollar."""),
            Table(
                caption="Table 2. World flat glass sales by region, 2023 and 2024",
                unit="(USD billion, manufacturers' prices)",
                header=("Region", "2023", "2024", "Change (%)"),
                rows=(
                    ("China", "41.6", "36.7", "-11.8"),
                    ("Europe", "19.8", "19.4", "-2.0"),
                    ("Asia-Pacific excluding China", "13.1", "13.0", "-0.8"),
                    ("North America", "12.4", "12.6", "+1.6"),
                    ("Middle East and Africa", "5.9", "6.0", "+1.7"),
                    ("Latin America", "5.3", "4.9", "-7.5"),
                    ("World", "98.1", "92.6", "-5.6"),
                ),
                note="""Europe's 2023 figure has been revised up from USD 19.2 billion after the European
                processors' association added the insulating glass units of its new members, which raised the
                2023 world total from USD 97.5 billion. Asia-Pacific excluding China includes Japan, India, South
                Korea, Australia and South-East Asia, which we do not show separately.""",
            ),
        ),
        (
            h("4. Producers"),
            p("""By float glass capacity, Xinyi Glass, the Hong Kong-listed Chinese maker, is the world's
            largest producer, with about 9% of world capacity at the end of 2024, ahead of AGC of Japan at about
            8%, Saint-Gobain at about 7%, and Nippon Sheet Glass (NSG), which trades as Pilkington, and Guardian
            Glass at about 6% each. Guardian belongs to Koch Industries, which is private; Saint-Gobain does not
            report its flat glass sales apart from its other building products. Neither is shown below, as we do
            not have comparable figures for their glass sales. Fuyao Glass, the largest maker of automotive
            glass, buys most of its float glass from its own lines."""),
            Table(
                caption="Table 3. Listed flat glass makers: revenue, growth and operating income",
                unit="(millions in each company's reporting currency; JPY in billions)",
                header=_T3_HEADER,
                rows=(
                    ("Xinyi Glass (868)", "Dec", "HKD", "26,310", "23,970", "-8.9", "4,520"),
                    ("AGC, Architectural Glass (5201)", "Dec", "JPY", "538.2", "512.9", "-4.7", "21.4"),
                    ("Fuyao Glass (3606)", "Dec", "CNY", "33,161", "39,252", "+18.4", "7,560"),
                ),
            ),
            p("""Fuyao grew fastest of the five, by 18.4%, as it won windscreens for more Chinese and European
            car models and sold more of its high-value glass with heating wires, antennas and head-up display
            layers; Xinyi, whose float and solar glass lines are almost all in China and Malaysia, lost most.
            AGC's architectural glass fell as it sold fewer tonnes in Europe and cut prices in Asia, and its
            group as a whole earned less. NSG's sales edged up on automotive glass in Europe and on the
            architectural glass it sells in the United States."""),
            h("5. Risks to our view"),
            p("""We see five risks to our view:"""),
            p("""- Chinese capacity: if China's float glass makers do not close the lines they have idled, the
            surplus glass will keep flowing to South-East Asia, the Middle East and Europe at low prices;"""),
            p("""- energy: natural gas is the largest cost of a float line after its raw materials, and a new
            rise in European gas prices would squeeze the makers there;"""),
        ),
        (
            Table(
                caption="Table 3 (continued)",
                unit="(millions in each company's reporting currency; JPY in billions)",
                header=_T3_HEADER,
                rows=(
                    ("Nippon Sheet Glass (5202)", "Mar", "JPY", "832.6", "838.3", "+0.7", "31.2"),
                    ("Vitro (VITROA)", "Dec", "USD", "2,080", "1,990", "-4.3", "136"),
                ),
                note="""Nippon Sheet Glass's 2023 and 2024 are its fiscal years ended 31 March 2024 and 31 March
                2025. AGC's row is its Architectural Glass segment, within group net sales of JPY 2,067.6
                billion in 2024. Fuyao's revenue includes the float glass it sells to others and its aluminium
                trim, and Vitro's its glass containers for cosmetics.""",
            ),
            p("""- solar demand: if Chinese module makers cut their output further in 2025, the solar glass
            furnaces would have to idle more lines than we assume;"""),
            p("""- tariffs: the duties that the United States raised in April 2025 on Chinese goods, and the
            anti-dumping duties the European Union charges on Chinese solar glass, would move trade between
            regions and change where prices fall most;"""),
            p("""- currencies: a weaker yen or renminbi would cut the dollar value of AGC's, NSG's, Xinyi's and
            Fuyao's sales and of China's market in our tables."""),
            h("6. Outlook"),
            p("""We now expect world sales of flat glass to fall 1.7% in 2025, to USD 91.0 billion, cut from the
            USD 94.8 billion we forecast in our note of 20 January 2025, because the new American tariffs will
            hold back the Chinese solar module exports that need the glass, and China's new homes are still
            falling. We expect tonnes to rise again, by about 1.5%. For 2029 we expect world sales of USD 104.5
            billion, a compound annual growth rate of 2.4% from 2024, and 90.1 Mt of glass, as China closes old
            lines and the building of homes recovers in Europe."""),
            h("7. Method"),
            p("""Sales and tonnes are from the glass industry associations of China, Europe, Japan and the
            United States, with our estimates for the rest of the world. The split by product is our estimate
            from the listed makers' reports and a survey of 45 glass processors in nine countries. Company
            figures are as reported, in each company's currency and for its own fiscal year."""),
        ),
    ),
)

REPORTS = (FLAT_GLASS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
