"""Build the PDF report of the twenty-fourth held-out evaluation set (eval/datasets/heldout24/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout24/build_pdf.py      # writes docs/cocoa_chocolate_2025.pdf
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

COCOA = Report(
    stem="cocoa_chocolate_2025",
    title="Bitter Harvest: Cocoa and Chocolate, 2022/23-2024/25",
    running_title="Cocoa and chocolate - consumer staples sector note",
    date="9 June 2025",
    iso_date="2025-06-09",
    keywords=("cocoa", "chocolate", "grindings", "Cote d'Ivoire", "Ghana", "Ecuador", "Barry Callebaut",
              "Hershey", "Mondelez", "Lindt & Sprungli", "Ferrero"),
    pages=(
        (
            h("1. Summary"),
            p("""World production of cocoa beans fell to 4.38 million tonnes in the 2023/24 season, 13.1% less
            than the 5.04 million tonnes of 2022/23 and the smallest crop since 2016/17.¹ Grindings, the amount
            of beans processed into cocoa liquor, butter and powder, fell only 3.4%, to 4.81 million tonnes from
            4.98 million, so the market ran a deficit of 474,000 tonnes after allowing 1% for loss in weight,
            the largest in more than sixty years. Stocks fell to 27.6% of a year's grindings at the end of the
            season, from 36.1% a year earlier."""),
            p("""Prices followed. Cocoa futures in New York averaged US$7,250 a tonne in calendar 2024, 121.0% more
            than the US$3,280 of 2023 and almost three times the US$2,430 of 2022, and reached a record
            US$12,565 on 18 December 2024. Chocolate makers, who buy beans and cocoa products up to eighteen
            months ahead, felt the full cost only from the second half of 2024 and are raising prices through
            2025."""),
            p("""We see four causes of the shortfall, which we list in order of importance:"""),
            p("""- weather: heavy rain in the second half of 2023, followed by an unusually dry and dusty
            harmattan wind in early 2024, cut the main crop in Cote d'Ivoire and Ghana and spread black pod
            disease;"""),
            p("""- disease: cocoa swollen shoot virus, which has no cure and forces farmers to cut down infected
            trees, now affects an estimated 81% of Ghana's cocoa area, up from 49% in 2021;"""),
            p("""¹ A cocoa season runs from 1 October to 30 September; 2023/24 is the season that ended on 30
            September 2024. Grindings are measured at the processing plant and are the industry's usual gauge of
            demand. Figures for seasons are our estimates from national marketing boards, port arrivals and
            processors' reports; chocolate sales are for calendar years."""),
        ),
        (
            p("""- illegal gold mining: small-scale miners, known in Ghana as galamsey, have taken over or
            polluted cocoa farms in the Western and Ashanti regions, often paying farmers more for their land
            than its cocoa earns;"""),
            p("""- old trees and poor farmers: about a third of West Africa's trees are older than 25 years and
            past their best yield, and fixed farm-gate prices well below world prices left farmers unable to pay
            for fertiliser and pesticide."""),
            h("2. Production by country"),
            Table(
                caption="Table 1. Cocoa bean production by country, 2022/23-2024/25",
                unit="(thousand tonnes)",
                header=("Country", "2022/23", "2023/24", "2024/25F"),
                rows=(
                    ("Cote d'Ivoire", "2,240", "1,760", "1,900"),
                    ("Ghana", "655", "530", "600"),
                    ("Ecuador", "375", "440", "620"),
                    ("Nigeria", "290", "320", "330"),
                    ("Cameroon", "295", "300", "310"),
                    ("Brazil", "220", "200", "210"),
                    ("Indonesia", "180", "160", "170"),
                    ("Other", "785", "670", "700"),
                    ("World", "5,040", "4,380", "4,840"),
                ),
                note="""F: our forecast. Seasons run from October to September. The 2023/24 figure for Ghana has
                been revised down from 580 thousand tonnes after the final purchases of the Ghana Cocoa Board,
                which also lowered the 2023/24 world total from 4,430 thousand tonnes.""",
            ),
            p("""Cote d'Ivoire, the largest producer, harvested 21.4% less than in 2022/23 and Ghana 19.1% less;
            together the two countries grew 52.3% of the world's beans in 2023/24, against 57.4% two seasons
            earlier. Ecuador grew 17.3%, as young plantations of high-yielding clonal trees came into bearing,
            and we expect it to overtake Ghana as the second-largest producer in 2024/25. Nigeria and Cameroon,
            where farmers sell at market prices, also grew, helped by beans smuggled across their borders."""),
            p("""The two largest producers sell most of their crop forward through their marketing boards and fix
            the price paid to farmers for each season. Cote d'Ivoire raised its farm-gate price to CFA 1,800
            a kilogram for the 2024/25 main crop, from CFA 1,000 at the start of 2023/24, and Ghana raised its
            price by 45% in October 2024. Both prices remain well below half the world price, which keeps beans
            leaving for neighbouring countries. Because the boards had sold much of the 2023/24 and 2024/25
            crops forward at lower prices, some of the forward contracts could not be filled and were rolled
            into later seasons."""),
        ),
        (
            h("3. Grindings and chocolate sales"),
            Table(
                caption="Table 2. Cocoa grindings by region, 2022/23 and 2023/24",
                unit="(thousand tonnes)",
                header=("Region", "2022/23", "2023/24", "Change (%)"),
                rows=(
                    ("Europe", "1,560", "1,500", "-3.8"),
                    ("Africa", "1,080", "1,000", "-7.4"),
                    ("Asia and Oceania", "1,020", "995", "-2.5"),
                    ("North America", "760", "745", "-2.0"),
                    ("Latin America", "560", "570", "+1.8"),
                    ("World", "4,980", "4,810", "-3.4"),
                ),
                note="""Grindings in the region where the beans are processed. Africa is mostly Cote d'Ivoire and
                Ghana, whose grinders could not get enough beans from their own marketing boards.""",
            ),
            p("""Europe, home to the largest grinders in the Netherlands and Germany, remained the largest region,
            with 31% of grindings, and fell 3.8%. Grindings fell most in Africa, where several Ivorian and
            Ghanaian plants ran at half capacity or closed for months, and grew only in Latin America, where
            Ecuador's and Brazil's processors had more local beans. Grinders in Asia used more cocoa butter
            substitutes, such as shea and palm-kernel fats, in products sold as compound chocolate."""),
            Table(
                caption="Table 3. Chocolate confectionery retail sales by region, 2023 and 2024",
                unit="(US$ billions)",
                header=("Region", "2023", "2024"),
                rows=(
                    ("Western Europe", "38.4", "40.9"),
                    ("North America", "30.2", "31.6"),
                    ("Asia-Pacific", "14.8", "15.9"),
                    ("Eastern Europe", "12.6", "13.2"),
                    ("Latin America", "9.1", "9.6"),
                    ("Middle East and Africa", "5.3", "5.6"),
                    ("World", "110.4", "116.8"),
                ),
                note="""Retail value including sales tax, at 2024 exchange rates for both years.""",
            ),
            p("""Shoppers paid more for less. World retail sales of chocolate rose 5.8% in value in 2024, but the
            volume sold fell 2.6%, the largest fall since 2009, so price and mix added about 8.6%. Western Europe,
            the largest market, grew 6.5% in value, with the steepest price rises in Germany and the United
            Kingdom. North America grew 4.6% in value but fell 3.9% in volume, as shoppers bought fewer
            seasonal packs at Easter and Halloween. Makers also shrank pack sizes and put more wafers, nuts,
            caramel and other fillings into their bars, which use less cocoa per bar."""),
        ),
        (
            h("4. The companies"),
            Table(
                caption="Table 4. Revenue of five chocolate and cocoa companies, fiscal 2023-2024, and operating profit, fiscal 2024",
                unit="(billions, in each company's reporting currency)",
                header=("Company", "Currency", "FY end", "2023", "2024", "Change (%)", "Op. profit 2024"),
                rows=(
                    ("Barry Callebaut", "CHF", "Aug", "8.47", "10.39", "+22.7", "0.62"),
                    ("Hershey", "USD", "Dec", "11.16", "11.20", "+0.4", "2.47"),
                    ("Mondelez International (chocolate)", "USD", "Dec", "11.32", "12.05", "+6.4", "n/d"),
                    ("Lindt & Sprungli", "CHF", "Dec", "5.20", "5.47", "+5.2", "0.86"),
                    ("Ferrero", "EUR", "Aug", "17.02", "18.43", "+8.3", "1.61"),
                ),
                note="""Company reports. n/d: not disclosed. Barry Callebaut's and Ferrero's fiscal 2024 ended on
                31 August 2024. Mondelez's figures are the net revenue of its chocolate category; it does not
                report profit by category. Operating profit is as each company defines its adjusted or recurring
                operating result.""",
            ),
            p("""Barry Callebaut, the largest maker of chocolate and cocoa products for other companies, grew its
            revenue fastest of the five because most of its contracts pass the cost of beans through to its
            customers, although its sales volume fell 1.2%. Carrying beans bought at record prices raised its
            net debt to CHF 4.9 billion at the end of August 2024 from CHF 2.6 billion a year earlier, and it is
            cutting 2,500 jobs under a cost programme it calls BC Next Level."""),
            p("""Hershey, the largest chocolate maker in the United States, held its revenue almost flat as price
            rises of about 5% were offset by lower volumes, and it expects its gross margin to fall in 2025 as
            it pays more for cocoa. Lindt & Sprungli raised prices by 7.6% and still grew its volume, which it
            attributes to the loyalty of its premium customers. Mondelez, which makes Cadbury and Milka, made an
            approach to buy Hershey in December 2024 that Hershey's controlling shareholder, the Hershey Trust,
            rejected; the terms offered were not disclosed. Ferrero, which is privately owned, grew on Kinder
            and Nutella and on the US brands it has bought in recent years."""),
            p("""Other large buyers and processors, among them Nestle, Mars, Cargill and Olam Food Ingredients, are
            not shown, because they do not report comparable figures for cocoa or chocolate."""),
        ),
        (
            h("5. Outlook"),
            p("""We expect the market to return to a small surplus of 162,000 tonnes in 2024/25, as production
            recovers 10.5% to 4.84 million tonnes and grindings fall a further 3.7% to 4.63 million tonnes. The
            surplus will rebuild stocks only slowly, so we now expect New York cocoa futures to average US$7,600
            a tonne in 2025, below the US$8,400 we forecast in our February note, and US$5,200 in 2026. We cut
            the 2025 forecast because demand has fallen faster than we expected and because Ecuador's crop is
            larger."""),
            p("""We expect world chocolate retail sales to grow 4.9% to US$122.5 billion in 2025, with volumes
            falling again, and to reach US$141.0 billion in 2029, a compound annual growth rate of 3.8% from
            2024."""),
            p("""The main risks to this view are:"""),
            p("""- another poor West African crop, if the weather is bad or swollen shoot virus spreads faster
            than replanting;"""),
            p("""- the European Union's deforestation regulation, which from 30 December 2025 requires importers
            to prove that their beans were not grown on recently cleared land, and may divert beans from farms
            that cannot be traced;"""),
            p("""- shoppers trading down from chocolate to other snacks for longer than we assume;"""),
            p("""- United States tariffs on imported chocolate and cocoa products, which would raise costs for
            makers that supply the US from Canada and Mexico."""),
            h("Methodology"),
            p("""Production and grindings are estimated from the purchases of marketing boards, port arrivals,
            export data and the quarterly grind reports of processors' associations in Europe, North America and
            Asia. Chocolate retail sales are estimated from retailers' scanner data and company reports in 42
            countries and converted at 2024 exchange rates. Figures for past seasons are revised when final
            data become available. Prepared by Marrowby Caine Consumer Research."""),
        ),
    ),
)

REPORTS = (COCOA,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
