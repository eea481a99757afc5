"""Build the PDF report of the twenty-sixth held-out evaluation set (eval/datasets/heldout26/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout26/build_pdf.py      # writes docs/titanium_dioxide_2025.pdf
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

TIO2 = Report(
    stem="titanium_dioxide_2025",
    title="Pale Demand: Titanium Dioxide Pigment, 2023-2025",
    running_title="Titanium dioxide - chemicals sector note",
    date="12 June 2025",
    iso_date="2025-06-12",
    keywords=("titanium dioxide", "TiO2", "pigment", "paints", "coatings", "chloride process", "sulphate process",
              "Chemours", "Tronox", "Kronos", "LB Group", "Ishihara Sangyo"),
    pages=(
        (
            h("1. Summary"),
            p("""The world used 7.70 million tonnes of titanium dioxide pigment in calendar 2024, 2.9% more than
            the 7.48 million tonnes of 2023, as makers of plastics and masterbatch restocked and paint sales in
            China and India grew. Production rose faster, by 3.3% to 7.81 million tonnes, so producers ended the
            year holding more pigment than they had at its start. In Europe and North America demand was flat at
            best: house building was weak and fewer existing homes changed hands, and repainting follows house
            moves."""),
            p("""Prices fell for a second year. The European contract price of rutile pigment averaged USD 3,210 a
            tonne in 2024, 5.0% less than the USD 3,380 of 2023 and well below the USD 3,690 of 2022, while the
            average price of pigment exported from China fell 3.0% to USD 2,240 a tonne. Western producers lost
            share to Chinese ones in every region outside North America."""),
            p("""We see four reasons why Western producers are closing capacity while Chinese producers add
            it:"""),
            p("""- exports: Chinese producers exported 1.92 million tonnes in 2024, 17.1% more than the 1.64
            million tonnes of 2023, and sold them in Europe, India, South-East Asia and Brazil at prices that
            most Western sulphate plants cannot match;"""),
            p("""- energy: European plants pay two to three times as much for gas and power as they did before
            2021, and the sulphate process, which digests ilmenite ore in sulphuric acid, uses more energy per
            tonne than the chloride process;"""),
            p("""¹ Pigment is made by two routes. The sulphate process can use lower-grade ore and makes both
            anatase and rutile grades; the chloride process needs a richer feedstock (slag, synthetic or natural
            rutile) and makes rutile only. All volumes in this note are tonnes of finished pigment, not tonnes of
            TiO2 contained in ore or feedstock; figures by country are calendar years, company figures fiscal
            years."""),
        ),
        (
            p("""- scale: the largest Chinese producers have built integrated chloride plants of 200,000 tonnes
            or more, with their own ilmenite mines and chlorine supply, against Western sulphate lines that are
            often 60 years old;"""),
            p("""- trade defence came late: the European Commission imposed anti-dumping duties on Chinese pigment
            only in January 2025, at rates of between 0.25 and 0.74 euros a kilogram, after three years in which
            importers had built up stocks and customers had qualified Chinese grades."""),
            p("""\"The Western industry is not losing on quality any more; it is losing on the cost of a tonne
            delivered to the customer,\" said Marguerite Oyelaran-Voss, a director at the pigment consultancy
            Tarnbrook Minerals Advisory. \"Duties buy Europe some time, but every sulphate line that closes is a
            line that will not come back.\""""),
            h("2. Production by country"),
            Table(
                caption="Table 1. Production of titanium dioxide pigment by country or region, 2023-2025",
                unit="(thousand tonnes of pigment)",
                header=("Country or region", "2023", "2024", "2025F"),
                rows=(
                    ("China", "4,380", "4,710", "4,880"),
                    ("United States", "1,140", "1,090", "1,060"),
                    ("Europe", "1,050", "1,010", "930"),
                    ("Japan", "190", "180", "170"),
                    ("Saudi Arabia", "180", "200", "210"),
                    ("Australia", "150", "140", "140"),
                    ("Other", "470", "480", "500"),
                    ("World", "7,560", "7,810", "7,890"),
                ),
                note="""F: our forecast. Calendar years. The 2023 figure for China has been revised up from 4,320
                thousand tonnes after the final figures of the national industry association, which also raised
                the 2023 world total from 7,500 thousand tonnes. Europe includes the European Union, the United
                Kingdom and Norway. Other includes Mexico, India, South Korea, Ukraine and Brazil.""",
            ),
            p("""China grew its output by 7.5% in 2024 and made 60.3% of the world's pigment, against 57.9% a year
            earlier; it has made more than half of the world's pigment since 2019. Output fell 4.4% in the United
            States, where Chemours idled a chloride line at its plant in Tennessee, and 3.8% in Europe, where
            three sulphate lines closed in 2024 and two more are due to close in 2025. Saudi Arabia grew fastest,
            by 11.1%, as the chloride plant at Yanbu ran closer to its capacity. Japan, whose producers make
            mostly speciality grades, fell for a fourth year."""),
        ),
        (
            h("3. Demand and costs"),
            Table(
                caption="Table 2. Consumption of titanium dioxide pigment by end use, 2023 and 2024",
                unit="(thousand tonnes of pigment)",
                header=("End use", "2023", "2024", "Change (%)"),
                rows=(
                    ("Paints and coatings", "4,040", "4,130", "+2.2"),
                    ("Plastics and masterbatch", "1,570", "1,650", "+5.1"),
                    ("Paper and laminates", "600", "590", "-1.7"),
                    ("Printing inks", "220", "225", "+2.3"),
                    ("Cosmetics, food and other", "1,050", "1,105", "+5.2"),
                    ("Total", "7,480", "7,700", "+2.9"),
                ),
                note="""Apparent consumption: production plus imports minus exports, corrected for the stocks that
                we can observe. The difference from world production in Table 1 is the rise in producers' and
                distributors' stocks. Other includes rubber, ceramics, glass, fibres and catalysts.""",
            ),
            p("""Paints and coatings take more than half of the world's pigment, and architectural paint for
            houses and flats is most of that, which ties pigment demand to the housing cycle. Plastics grew
            faster, with more white pigment in packaging film, window profiles and the casings of household
            appliances. Paper and laminates fell again as the use of decor paper in furniture slipped in Europe.
            The use of pigment in food ended in the European Union in 2022, but food still counts for a small
            share of demand elsewhere."""),
            Table(
                caption="Table 3. Cash cost of producing titanium dioxide pigment, 2023 and 2024",
                unit="(USD per tonne of pigment, including feedstock, energy, chemicals and labour)",
                header=("Process and region", "2023", "2024"),
                rows=(
                    ("Chloride, United States", "2,150", "2,090"),
                    ("Chloride, Europe", "2,480", "2,430"),
                    ("Sulphate, Europe", "2,760", "2,690"),
                    ("Chloride, China", "1,890", "1,810"),
                    ("Sulphate, China", "1,720", "1,640"),
                ),
                note="""Our estimates for a plant of average size in each region; excludes depreciation, freight
                to customers and selling costs. Converted at each year's average exchange rates.""",
            ),
            p("""Feedstock is the largest cost: ilmenite for sulphate plants and slag or rutile for chloride
            plants. Its price eased in 2024 as new mines in Mozambique and Senegal came into production, which
            explains most of the fall in costs. Chinese sulphate plants remain the cheapest in the world, helped
            by cheap sulphuric acid, coal-fired power and the sale of by-products such as iron sulphate to the
            battery industry. Rio Tinto and Iluka Resources, the largest sellers of chloride feedstock, are not
            covered in this note."""),
        ),
        (
            h("4. The companies"),
            Table(
                caption="Table 4. Revenue of five pigment producers, fiscal 2023-2024, with adjusted EBITDA and pigment sales volume, fiscal 2024",
                unit="(revenue and adjusted EBITDA in billions of each company's reporting currency; volume in thousand tonnes)",
                header=("Company (currency)", "FY end", "2023", "2024", "EBITDA", "Volume"),
                rows=(
                    ("Chemours TT (USD)", "Dec", "2.65", "2.60", "0.31", "820"),
                    ("Tronox (USD)", "Dec", "2.85", "3.07", "0.55", "760"),
                    ("Kronos Worldwide (USD)", "Dec", "1.67", "1.89", "0.21", "480"),
                    ("LB Group (CNY)", "Dec", "27.50", "27.90", "6.10", "1,310"),
                    ("Ishihara Sangyo (JPY)", "Mar", "113.40", "117.90", "14.20", "n/d"),
                ),
                note="""Company reports. n/d: not disclosed. Chemours TT is the Titanium Technologies segment of
                Chemours, whose other segments make refrigerants and fluoropolymers. Tronox's revenue includes its
                sales of zircon and pig iron, and LB Group's its titanium sponge and battery materials. Ishihara
                Sangyo's fiscal 2024 is the year that ended on 31 March 2025, and its revenue includes its
                agrochemicals business; it does not publish its pigment volume.""",
            ),
            p("""LB Group, formerly Lomon Billions, is the world's largest pigment producer, with plants in Henan,
            Sichuan, Hubei and Yunnan, and sold 1.31 million tonnes of pigment in 2024; it plans to reach 1.51
            million tonnes of capacity in 2026. It earned the widest margin of the five, as its integrated mines
            and chloride plants made it the cheapest large producer."""),
            p("""Tronox, the largest Western producer by revenue, is the only one of the Western groups that mines
            its own feedstock, in South Africa and Australia; its revenue grew 7.7% on higher volumes, although
            its pigment prices fell. Kronos Worldwide, which sells mostly in Europe, grew its revenue fastest of
            the five, by 13.2%, as it won back customers who had bought Chinese pigment in 2023, and returned to
            profit. Chemours sold less pigment at lower prices and closed its plant at Kuan Yin in Taiwan in
            2024. Ishihara Sangyo, Japan's largest producer, sells mostly high-purity grades for electronics and
            inks."""),
            p("""Venator, which went through a court-supervised restructuring in 2023 and is now privately owned,
            and Pangang Group's pigment business are among the ten largest producers but are not shown: Venator
            no longer publishes full results and Pangang does not report its pigment business separately."""),
        ),
        (
            h("5. Outlook"),
            p("""We expect consumption to grow 2.3% to 7.88 million tonnes in 2025, helped by duties that will
            make European buyers restock with local pigment, and then by about 2.1% a year, to 8.55 million tonnes
            in 2029, a compound annual growth rate of 2.1% from 2024. Production will grow less than demand in
            2025, by 1.0%, as Western closures offset new Chinese lines. We now expect the European contract price
            to average USD 3,050 a tonne in 2025, below the USD 3,150 we forecast in our February note, and USD
            3,180 in 2026. We cut the 2025 forecast because Chinese exporters moved their sales to India, the
            Middle East and Brazil faster than we expected, and Western producers followed their prices there."""),
            p("""Western producers' margins will stay thin in 2025, in our view, and we expect at least 150
            thousand tonnes of further Western capacity to close by the end of 2026."""),
            p("""The main risks to this view are:"""),
            p("""- a weaker housing market in the United States and Europe, which would cut demand for
            architectural paint;"""),
            p("""- anti-dumping duties in India, Brazil and Saudi Arabia, which would push more Chinese pigment
            into markets without duties;"""),
            p("""- a rise in feedstock prices if new mines in Africa are delayed;"""),
            p("""- a ban or new labelling rules for pigment in cosmetics and food outside the European Union."""),
            h("Methodology"),
            p("""Production is estimated from national statistics, company reports and plant capacities and is
            stated in tonnes of finished pigment. Consumption is apparent consumption from production and trade
            data, corrected for observable stocks. Prices are contract prices of rutile pigment for paint makers
            in Europe, averaged over the calendar year, and the average value of China's exports of pigment in
            customs data. Costs are our estimates from company reports and plant visits. Figures for past years
            are revised when final data become available. Prepared by Brackwater Lane Chemicals Research."""),
        ),
    ),
)

REPORTS = (TIO2,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
