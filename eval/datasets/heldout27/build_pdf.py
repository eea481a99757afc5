"""Build the PDF report of the twenty-seventh held-out evaluation set (eval/datasets/heldout27/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout27/build_pdf.py      # writes docs/floor_coverings_2025.pdf
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

FLOORS = Report(
    stem="floor_coverings_2025",
    title="More Metres, Fewer Dollars: Floor Coverings in North America and Europe, 2023-2025",
    running_title="Floor coverings - building products sector note",
    date="18 March 2025",
    iso_date="2025-03-18",
    keywords=("floor coverings", "flooring", "LVT", "luxury vinyl tile", "carpet", "laminate", "ceramic tile",
              "Mohawk Industries", "Interface", "Tarkett", "Forbo", "Victoria"),
    pages=(
        (
            h("1. Summary"),
            p("""Manufacturers sold 4,120 million square metres of floor coverings in North America and Europe in
            calendar 2024, 2.2% more than the 4,030 million square metres of 2023. The value of those sales went
            the other way: at manufacturers' selling prices it fell 2.8%, from USD 60.1 billion to USD 58.4
            billion, the second year of decline after the peak of USD 62.7 billion in 2022.¹ The average
            square metre therefore sold for about USD 14.17, against USD 14.91 a year earlier."""),
            p("""The gap between volume and value has three causes. First, the mix moved down: buyers chose luxury
            vinyl tile and plank (LVT) and porcelain tile in place of broadloom carpet and solid wood, and a
            square metre of LVT sells for less than half as much as a square metre of engineered wood. Second,
            prices fell within each product, because Asian LVT makers cut their prices to keep their plants
            full and domestic producers followed to defend their share of the big-box retailers. Third, the
            renovation market, which buys the costlier products, was weak: fewer existing homes changed hands
            in the United States, Germany and France, and a house move is the most common reason to replace a
            floor. New homes, which are fitted with cheaper floors, held up better."""),
            p("""Our view in one line: volume will keep growing in 2025, but prices have not yet found their
            floor, so we have cut our 2025 value forecast and prefer the makers with the most commercial
            (office, hospitality, education and health) business."""),
            h("2. Volume by product"),
            p("""LVT added more square metres than any other product and is closing on ceramic tile, the
            second-largest product by area after carpet. Ceramic tile, most of it porcelain made in Italy, Spain and the United States,
            grew on new-home completions in the American South. Carpet lost share for the ninth year in a
            row."""),
            p("""¹ Values are sales at manufacturers' selling prices, before distributors' and retailers'
            margins and excluding installation; volumes are square metres of floor covering sold, including
            rugs. Calendar years. Figures in other currencies are converted at each year's average exchange
            rate, so a stronger dollar lowers the European figures."""),
        ),
        (
            Table(
                caption="Table 1. Sales volume of floor coverings by product, North America and Europe, 2023 and 2024",
                unit="(million square metres)",
                header=("Product", "2023", "2024", "Change (%)"),
                rows=(
                    ("Carpet and rugs", "1,260", "1,190", "-5.6"),
                    ("Luxury vinyl tile and plank (LVT)", "820", "930", "+13.4"),
                    ("Sheet vinyl", "310", "300", "-3.2"),
                    ("Laminate", "420", "410", "-2.4"),
                    ("Ceramic tile", "930", "1,000", "+7.5"),
                    ("Wood (solid and engineered)", "210", "200", "-4.8"),
                    ("Other resilient", "80", "90", "+12.5"),
                    ("Total", "4,030", "4,120", "+2.2"),
                ),
                note="""Other resilient includes linoleum, rubber and cork. Rugs are counted at their area. Sales
                of floor coverings in Mexico, Turkey and Russia are not covered by this note.""",
            ),
            h("3. Sales by country"),
            p("""North America accounts for well over half of the value of the market. Sales in the United
            States fell 2.9% in 2024, as the fall in home sales hit the retailers and the independent flooring
            stores, while sales to builders of new single-family homes grew. In Europe, Germany and France had
            their weakest year since 2013; the United Kingdom's sales fell a little less than
            the region's, and Spain was the only large
            country whose sales grew in dollars, helped by tourism-led building and by its tile makers'
            exports to the rest of the region."""),
            Table(
                caption="Table 2. Sales of floor coverings by country or region, 2023-2025",
                unit="(USD billions, at manufacturers' selling prices)",
                header=("Country or region", "2023", "2024", "2025F"),
                rows=(
                    ("United States", "31.1", "30.2", "30.5"),
                    ("Canada", "3.4", "3.3", "3.4"),
                    ("Germany", "5.6", "5.3", "5.3"),
                    ("United Kingdom", "4.2", "4.1", "4.2"),
                    ("France", "3.9", "3.7", "3.7"),
                    ("Italy", "2.5", "2.5", "2.6"),
                    ("Spain", "1.9", "2.0", "2.1"),
                    ("Nordic countries", "1.6", "1.5", "1.5"),
                    ("Rest of Europe", "5.9", "5.8", "5.9"),
                    ("Total", "60.1", "58.4", "59.2"),
                ),
                note="""F: our forecast. The 2023 figure for the United States has been revised down from USD 31.4
                billion after the final figures of the Census Bureau's annual survey of manufactures, which also
                lowered the 2023 total from USD 60.4 billion. Nordic countries are Sweden, Norway, Denmark and
                Finland. Rest of Europe includes the Netherlands, Belgium, Poland, Austria and Switzerland.""",
            ),
            p("""Canada's sales fell about as much as those of the United States: immigration kept demand for new
            apartments high, but renovation was as weak as south of the border. The Nordic countries, where wood and laminate hold a larger share of floors than
            anywhere else in the region, lost 6.3% of their sales as house building in Sweden slowed for a
            second year."""),
        ),
        (
            h("4. The manufacturers"),
            p("""The five listed producers in Table 3 report in four currencies and on two fiscal calendars. The
            largest producer of all is Mohawk Industries, followed by Shaw Industries, which is owned by
            Berkshire Hathaway and whose results Berkshire does not publish separately; Shaw cut prices on
            carpet twice in 2024 and closed a yarn plant in Georgia. Among the privately held European makers,
            Kahrs and Parador make wood and laminate floors, and neither publishes figures that we can use."""),
            Table(
                caption="Table 3. Revenue and operating income of five listed flooring makers, fiscal 2023 and 2024",
                unit="(millions of each company's reporting currency)",
                header=("Company (currency)", "FY end", "2023", "2024", "Op. inc."),
                rows=(
                    ("Mohawk Industries (USD)", "Dec", "11,135", "10,837", "760"),
                    ("Interface (USD)", "Dec", "1,262", "1,316", "130"),
                    ("Tarkett (EUR)", "Dec", "3,363", "3,329", "170"),
                    ("Forbo Holding (CHF)", "Dec", "1,183", "1,152", "141"),
                    ("Victoria (GBP)", "Mar", "1,467", "1,372", "78"),
                ),
                note="""Company reports. Op. inc.: operating income for fiscal 2024, adjusted for restructuring
                charges and impairments. Mohawk's revenue includes its ceramic tile and its sales outside the
                region. Forbo's revenue includes its Movement Systems division (conveyor belts). Victoria's
                fiscal 2024 is the 52 weeks that ended on 30 March 2024 and its fiscal 2023 the year to 1 April
                2023; its fiscal 2025 results had not been published when this note went to print.""",
            ),
            p("""Mohawk's Flooring North America segment, which makes its carpet, laminate, LVT and wood for the
            United States and Canada, had revenue of USD 3,776 million in 2024, down 5.1% from USD 3,979 million
            in 2023, and an adjusted operating margin of 5.3%. Its Global Ceramic segment did better on volume
            but cut prices in Mexico and Brazil. Interface, which sells carpet tile and LVT to offices, schools
            and hospitals, was the only one of the five to grow its revenue in its reporting currency, as
            companies refitted offices for hybrid work and paid more for floors with a low carbon footprint.
            Tarkett's sports business (artificial turf and running tracks) grew, but not enough to offset its
            flooring sales in Europe."""),
            h("5. Imports and prices"),
            p("""The United States imported 640 million square metres of LVT in 2024, 8.5% more than the 590
            million square metres of 2023. Vietnam supplied 41% of that volume, China 18% and South Korea 12%.
            China's share has fallen from more than 60% in 2019 as tariffs and anti-dumping duties pushed
            importers to Vietnam, Thailand and Cambodia, where many of the plants are owned by Chinese groups.
            The average landed price of imported LVT fell 7% in 2024, to USD 6.80 a square metre."""),
            h("6. Risks to our view"),
            p("""We see four risks to our view:"""),
            p("""- mortgage rates: if US rates stay above 6.5%, home sales, and with them renovation, will not
            recover in 2025;"""),
            p("""- tariffs: higher US tariffs on goods from Vietnam or Mexico would raise the landed price of LVT
            and tile, which would help domestic producers but hold volume back;"""),
        ),
        (
            p("""- raw materials: PVC resin, nylon and energy make up half of a vinyl or carpet maker's costs,
            and a rise in oil or gas prices would squeeze margins before prices could follow;"""),
            p("""- retailers' stocks: the large home-improvement chains cut their flooring stocks in 2024 and
            could cut them again if sales disappoint."""),
            h("7. Outlook"),
            p("""We now expect the market's value to grow 1.4% in 2025, to USD 59.2 billion, cut from USD 59.9
            billion in our note of 20 November 2024, because we no longer expect prices to rise in the second
            half of the year. Our volume forecast is unchanged at 4,200 million square metres for 2025. For 2028
            we expect sales of USD 64.0 billion, a compound annual growth rate of 2.3% from 2024, with LVT and
            ceramic tile taking share from carpet and wood. Of the 2025 growth, we expect the United States to
            contribute USD 0.3 billion."""),
            h("8. Method"),
            p("""Volumes and values are our estimates from producers' reports, trade associations' statistics,
            customs data and our survey of 140 distributors and retailers in nine countries. North America is
            the United States and Canada. Company figures are as reported in each company's currency and for
            its own fiscal year. This note does not cover the Asia-Pacific region."""),
        ),
    ),
)

REPORTS = (FLOORS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
