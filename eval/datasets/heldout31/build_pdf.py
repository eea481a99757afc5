"""Build the PDF report of the thirty-first held-out evaluation set (eval/datasets/heldout31/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout31/build_pdf.py      # writes docs/power_tools_2025.pdf
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

POWER_TOOLS = Report(
    stem="power_tools_2025",
    title="More Tools, Less Money: The World Power Tools Market, 2023-2025",
    running_title="Power tools - consumer and construction equipment sector note",
    date="21 May 2025",
    iso_date="2025-05-21",
    keywords=("power tools", "cordless tools", "batteries", "Techtronic Industries", "Milwaukee",
              "Stanley Black & Decker", "DeWalt", "Makita", "Chervon", "Einhell", "Bosch", "Hilti"),
    pages=(
        (
            h("1. Summary"),
            p("""Makers of power tools sold USD 35.7 billion of tools worldwide in calendar 2024, 3.3% less
            than the USD 36.9 billion of 2023, the second year of decline after the boom of the pandemic years.¹
            The number of tools sold went the other way: 472 million tools left the makers' warehouses, 1.1% more
            than the 467 million of 2023, because cheap cordless drills and kits sold online, most of them made
            in China under retailers' and marketplaces' own brands, kept growing while professional tools, which
            cost several times as much, sold fewer. The average tool therefore sold for about USD 76, against
            USD 79 a year earlier."""),
            p("""Three things held value back. In the United States, which buys almost two fifths of the
            world's power tools, the turnover of existing homes fell to its lowest since 1995 as mortgage rates
            stayed near 7%, and fewer house moves meant fewer renovations; the large home-improvement
            retailers kept their stocks of tools low through the year instead of reordering as they usually do
            before the spring season; and in Europe the building of new homes fell for a second year, most of
            all in Germany, where housing starts fell by almost a fifth."""),
            p("""Cordless tools, counted with the batteries and chargers sold on their own, took 77.6% of world
            sales by value in 2024, up from 74.8% a year earlier. Corded tools lost most: their sales fell
            14.0%, as builders who had kept corded grinders, hammers and saws for the heaviest work found
            cordless models with larger batteries that could do the same job. Professional users bought 62% of
            the tools by value; do-it-yourself buyers bought the rest and most of the units."""),
            p("""Our view in one line: the number of tools sold has stopped falling, but the money will only
            come back with house moves in America, and the makers with the largest battery platforms will keep
            taking share in a flat market."""),
            p("""¹ Sales are manufacturers' sales of electric hand-held power tools, corded and cordless, and of
            the batteries and chargers sold separately for them. Outdoor power equipment (mowers, trimmers,
            blowers), hand tools, stationary workshop machines and accessories (drill bits, saw blades,
            abrasives) are not included; accessories alone sell for about a quarter as much as the tools, and
            are outside this note."""),
        ),
        (
            h("2. Sales by product"),
            p("""Cordless drills and drivers, with the impact drivers that builders and fitters use all day,
            are still the largest category. Batteries and chargers sold on their own grew as owners of one
            tool on a platform bought more tools without batteries and then needed more batteries to run
            them."""),
            Table(
                caption="Table 1. World power tool sales by product, 2023 and 2024",
                unit="(USD billion, manufacturers' prices)",
                header=("Product", "2023", "2024", "Change (%)"),
                rows=(
                    ("Cordless drills and drivers", "11.3", "11.1", "-1.8"),
                    ("Cordless saws and grinders", "6.9", "7.0", "+1.4"),
                    ("Other cordless tools", "6.4", "6.5", "+1.6"),
                    ("Batteries and chargers sold separately", "3.0", "3.1", "+3.3"),
                    ("Corded tools", "9.3", "8.0", "-14.0"),
                    ("Total", "36.9", "35.7", "-3.3"),
                ),
                note="""Other cordless tools include nailers, impact wrenches, rotary hammers, work lights and
                jobsite radios. Sales are of new tools in the calendar year, converted to US dollars at each
                year's average exchange rates.""",
            ),
            h("3. Sales by region"),
            p("""North America is still the largest market by far, and the one that fell most in dollars.
            China grew on the building of factories and on its own makers' sales at home, and Latin America
            fell most in percent as Brazil's and Argentina's currencies lost value against the dollar."""),
            Table(
                caption="Table 2. World power tool sales by region, 2023 and 2024",
                unit="(USD billion, manufacturers' prices)",
                header=("Region", "2023", "2024", "Change (%)"),
                rows=(
                    ("North America", "14.2", "13.6", "-4.2"),
                    ("Europe", "10.1", "9.6", "-5.0"),
                    ("China", "4.3", "4.4", "+2.3"),
                    ("Asia-Pacific excluding China", "4.1", "4.1", "0.0"),
                    ("Latin America", "2.2", "2.0", "-9.1"),
                    ("Middle East and Africa", "2.0", "2.0", "0.0"),
                    ("World", "36.9", "35.7", "-3.3"),
                ),
                note="""North America's 2023 figure has been revised up from USD 13.9 billion after the US
                industry association corrected its members' 2023 shipments, which raised the 2023 world total
                from USD 36.6 billion. Asia-Pacific excluding China includes Japan, India, Australia, South
                Korea and South-East Asia, which we do not show separately.""",
            ),
        ),
        (
            h("4. Producers"),
            p("""By value, Techtronic Industries (TTI), the Hong Kong-listed owner of Milwaukee and Ryobi, is
            the world's largest maker of power tools, with about 24% of world sales in 2024, ahead of Stanley
            Black & Decker (DeWalt, Craftsman) at about 16%, Bosch at about 13% and Makita at about 10%.
            Bosch's power tools division belongs to Robert Bosch GmbH, which is owned mostly by a charitable
            foundation and is not listed; Hilti, the Liechtenstein maker of tools for builders, is owned by a
            family trust. Neither is shown below, as we do not have comparable figures for their tool sales."""),
            Table(
                caption="Table 3. Listed power tool makers: revenue, growth and operating income",
                unit="(millions in each company's reporting currency; JPY in billions)",
                header=("Company (ticker)", "Year end", "Currency", "Revenue 2023", "Revenue 2024", "Growth (%)",
                        "Op. income 2024"),
                rows=(
                    ("Techtronic Industries (669)", "Dec", "USD", "13,731", "14,622", "+6.5", "1,272"),
                    ("Stanley Black & Decker, Tools & Outdoor (SWK)", "Dec", "USD", "13,490", "13,280",
                     "-1.6", "1,195"),
                    ("Makita (6586)", "Mar", "JPY", "741.0", "760.4", "+2.6", "78.9"),
                    ("Chervon Holdings (2285)", "Dec", "USD", "1,250", "1,380", "+10.4", "72"),
                    ("Einhell Germany (EIN3)", "Dec", "EUR", "1,004", "1,050", "+4.6", "76"),
                ),
                note="""Makita's 2023 and 2024 are its fiscal years ended 31 March 2024 and 31 March 2025.
                Stanley Black & Decker's row is its Tools & Outdoor segment, within group net sales of USD
                15,366 million in 2024. TTI's and Stanley Black & Decker's revenue include outdoor power
                equipment and, for TTI, floor care, which are outside our market figures.""",
            ),
            p("""Chervon grew fastest of the five, by 10.4%, as its EGO battery garden tools and the tools it
            makes for retailers' own brands sold well in America, but it earned the thinnest margin. TTI grew
            6.5% on Milwaukee's sales to professional trades and won share again. Stanley Black & Decker's
            tool sales fell 1.6% as it closed plants and cut the number of products it sells, and Makita
            recovered after two years of running down its large stocks of finished tools."""),
            h("5. Risks to our view"),
            p("""We see five risks to our view:"""),
            p("""- tariffs: most of the world's power tools are made in China, and the duties on Chinese goods
            that the United States raised in April 2025 will lift prices before makers can move more output
            to Vietnam and Mexico;"""),
            p("""- housing: if mortgage rates stay near 7%, American house moves, and the renovations that
            follow them, may not recover in 2025 or 2026;"""),
        ),
        (
            p("""- own brands: cheap cordless tools sold online under marketplace and retailer brands could
            take more of the do-it-yourself market than we assume;"""),
            p("""- batteries: a rise in the price of lithium-ion cells would raise the cost of every cordless
            kit, as the battery pack is its dearest part;"""),
            p("""- currencies: a stronger yen or euro would cut the dollar value of Makita's, Bosch's and
            Einhell's sales and change the ranking of the makers."""),
            h("6. Outlook"),
            p("""We now expect world sales of power tools to fall 1.4% in 2025, to USD 35.2 billion, cut from
            the USD 36.4 billion we forecast in our note of 15 January 2025, because the American tariffs on
            Chinese goods will hold back retailers' orders for the rest of the year. We expect units to rise
            again, by about 2%. For 2029 we expect world sales of USD 41.0 billion, a compound annual growth
            rate of 2.8% from 2024, as American house moves recover and cordless tools approach 85% of
            sales."""),
            h("7. Method"),
            p("""Sales and units are from the industry associations of the United States, Europe, China and
            Japan, with our estimates for the rest of the world and for the makers' sales online. The split by
            product is our estimate from the listed makers' reports and a survey of 60 distributors in twelve
            countries. Company figures are as reported, in each company's currency and for its own fiscal
            year."""),
        ),
    ),
)

REPORTS = (POWER_TOOLS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
