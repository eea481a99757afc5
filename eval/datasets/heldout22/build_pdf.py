"""Build the PDF report of the twenty-second held-out evaluation set (eval/datasets/heldout22/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout22/build_pdf.py      # writes docs/industrial_gases_2025.pdf
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

GASES = Report(
    stem="industrial_gases_2025",
    title="Pricing Power in a Flat Market: Industrial Gases, 2022-2024",
    running_title="Industrial gases - chemicals sector note",
    date="9 April 2025",
    iso_date="2025-04-09",
    keywords=("industrial gases", "on-site supply", "merchant liquid", "packaged gases", "helium", "hydrogen",
              "Linde", "Air Liquide", "Air Products", "Nippon Sanso", "Messer", "SOL"),
    pages=(
        (
            h("1. Summary"),
            p("""Sales of industrial gases worldwide reached US$102.4 billion in 2024, 3.9% more than the
            US$98.6 billion of 2023 and 8.9% more than the US$94.0 billion of 2022.¹ All of the growth came from
            price: we estimate that average prices rose 4.6% while volumes fell 0.7%, as chemical and steel
            customers in Europe ran their plants at low rates. North America remained the largest region, with
            32% of sales, and Europe was the only region whose sales fell."""),
            p("""Profitability kept improving despite flat volumes. The four largest producers earned an average
            EBITDA margin of 36.8% in 2024, against 35.1% in 2023 and 31.9% in 2019, because contracts pass
            higher energy costs through to customers and price increases in cylinders and bulk liquid ran ahead
            of costs. The industry's capital spending reached a record US$19.6 billion, 19.1% of sales, driven by
            large on-site projects for hydrogen and for chipmakers."""),
            p("""Sales grew for four reasons, of which the first mattered most:"""),
            p("""- prices: producers raised merchant and packaged prices by 5% to 8% in most markets, and on-site
            contracts, which run for 15 to 20 years, are indexed to inflation and to the cost of power;"""),
            p("""- new on-site plants: 38 large plants built to supply a single customer started up in 2024,
            against 31 in 2023, mostly for refineries, chemical parks and steelworks in China, India and the
            Middle East;"""),
            p("""¹ Industrial gases here are oxygen, nitrogen, argon, hydrogen, carbon dioxide, helium, acetylene
            and specialty gases sold on-site (by pipeline or from a plant at the customer's site), as bulk liquid
            delivered by tanker (merchant) or in cylinders (packaged), together with healthcare gases and
            services. Sales of air separation plants and other equipment to third parties are excluded; they
            were a further US$4.1 billion in 2024, up from US$3.6 billion in 2023."""),
        ),
        (
            p("""- electronics: chipmakers' purchases of ultra-pure nitrogen, specialty gases and precursors rose
            12.1% to US$10.2 billion, as new fabs in Taiwan, Arizona and Japan began production;"""),
            p("""- healthcare: sales of medical oxygen and home-care services rose 5.9% to US$12.5 billion,
            helped by price increases in the United States."""),
            h("2. Sales by region"),
            Table(
                caption="Table 1. Industrial gas sales by region, 2022-2024",
                unit="(US$ billions)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("North America", "30.2", "31.6", "32.9"),
                    ("Europe", "24.8", "25.9", "25.4"),
                    ("Asia excluding China", "14.6", "15.3", "16.4"),
                    ("China", "13.1", "13.6", "14.5"),
                    ("Latin America", "6.0", "6.4", "6.9"),
                    ("Middle East and Africa", "5.3", "5.8", "6.3"),
                    ("World", "94.0", "98.6", "102.4"),
                ),
                note="""Asia excluding China includes Japan, South Korea, Taiwan, India, South-East Asia and
                Oceania. The 2023 figure for China has been revised down from US$14.0 billion after a producer
                reclassified hydrogen sold to refineries as an energy product, which also lowered the 2023 world
                total from US$99.0 billion.""",
            ),
            p("""North America grew 4.1% to US$32.9 billion, helped by hydrogen and nitrogen for new chip and
            battery plants on the Gulf Coast and in Arizona. Europe's sales fell 1.9% to US$25.4 billion: volumes
            fell by about 4% as German chemical producers shut capacity, and lower power prices, which producers
            pass on to their on-site customers, cut reported sales further. The Middle East and Africa grew
            fastest, by 8.6%, as new on-site plants in Saudi Arabia and Qatar started up, and Latin America grew
            7.8% on the strength of Brazil's steel and food industries. China's sales rose 6.6% to US$14.5
            billion, although prices there are among the lowest in the world and local producers took a growing
            share of merchant liquid. India, counted in Asia excluding China, remains one of the fastest-growing
            markets, but the producers do not disclose their sales there."""),
        ),
        (
            h("3. Supply modes and end markets"),
            Table(
                caption="Table 2. Industrial gas sales by supply mode, 2022-2024",
                unit="(US$ billions)",
                header=("Supply mode", "2022", "2023", "2024"),
                rows=(
                    ("On-site and pipeline", "26.8", "28.4", "30.3"),
                    ("Merchant (bulk liquid)", "27.5", "28.9", "29.2"),
                    ("Packaged (cylinders)", "28.3", "29.5", "30.4"),
                    ("Healthcare", "11.4", "11.8", "12.5"),
                    ("Total", "94.0", "98.6", "102.4"),
                ),
                note="""The 2023 on-site figure has been revised down from US$28.8 billion for the
                reclassification of Chinese hydrogen described under Table 1.""",
            ),
            p("""On-site supply, where a producer builds an air separation unit or a hydrogen plant next to the
            customer and sells it the output under a contract of 15 to 20 years, grew 6.7% as new plants started
            up. These contracts carry minimum take-or-pay payments that cover the producer's capital charge even
            if the customer cuts its volumes, which is why on-site sales held up in Europe while merchant volumes
            fell. Merchant sales rose only 1.0%: bulk liquid nitrogen and argon volumes were weak in Europe and
            China, and price increases were smaller than in 2023. Packaged gases, sold in cylinders to about ten
            million small customers such as welders, laboratories and restaurants, grew 3.1% on price."""),
            p("""By end market, manufacturing (metal fabrication, glass and cars) took 24% of 2024 sales,
            chemicals and energy 22%, metals 17%, healthcare 12%, electronics 10%, food and beverage 7% and other
            customers 8%."""),
            p("""Helium was the exception to rising prices. The average contract price of liquid helium fell to
            US$410 per thousand cubic feet (Mcf)² in 2024 from US$465 in 2023, as Russia's Amur plant raised its
            output and Qatar's plants ran at full rates, ending the shortage of 2022-2023. Spot prices fell
            further, to about half their 2023 peak. The US Bureau of Land Management completed the sale of the
            Federal Helium Reserve near Amarillo, Texas, to Messer in June 2024, ending the government's role in
            the market after a century."""),
            p("""² One thousand cubic feet of helium is about 28.3 cubic metres at standard conditions. Helium
            made up about 3% of the industry's sales in 2024."""),
        ),
        (
            h("4. The producers"),
            Table(
                caption="Table 3. Revenue of six producers, fiscal 2023-2024, and capital expenditure, fiscal 2024",
                unit="(billions, in each company's reporting currency)",
                header=("Company", "Currency", "FY end", "2023", "2024", "Change (%)", "Capex 2024"),
                rows=(
                    ("Linde", "USD", "Dec", "32.85", "33.01", "+0.5", "4.49"),
                    ("Air Liquide (Gas & Services)", "EUR", "Dec", "26.36", "26.02", "-1.3", "3.62"),
                    ("Air Products", "USD", "Sep", "12.60", "12.10", "-4.0", "6.60"),
                    ("Nippon Sanso Holdings", "JPY", "Mar", "1,187", "1,254", "+5.6", "148"),
                    ("Messer", "EUR", "Dec", "4.21", "4.38", "+4.0", "0.52"),
                    ("SOL Group", "EUR", "Dec", "1.46", "1.54", "+5.5", "0.21"),
                ),
                note="""Company reports. Air Products' fiscal 2024 ended on 30 September 2024 and Nippon Sanso's
                on 31 March 2025. Air Liquide's revenue is that of its Gas & Services activity and its capex that
                of the group. Capex is purchases of property, plant and equipment.""",
            ),
            p("""Linde, the largest producer, held its sales almost flat at US$33.01 billion, as lower energy
            pass-through and weak European volumes offset price increases, but raised its adjusted operating
            margin to 29.4% from 28.1%. Air Liquide's group revenue was EUR 27.06 billion, of which Gas & Services
            made EUR 26.02 billion; the rest came from engineering and from its markets and technologies
            businesses. Air Products, whose fiscal year ends on 30 September, reported sales 4.0% lower, mainly
            because it passed lower natural gas costs on to its hydrogen customers, and spent more on capital
            projects than any other producer, chiefly on its hydrogen complex at NEOM in Saudi Arabia and its
            blue hydrogen project in Louisiana. In February 2025 it said it would exit three US hydrogen projects
            and take a charge of about US$3.1 billion."""),
            p("""Nippon Sanso Holdings, the Japanese producer that owns Matheson in the United States, grew
            fastest of the six in its own currency, helped by a weaker yen. Messer, which is privately owned,
            added the helium reserve to its US business. Hangzhou Oxygen and Yingde Gases in China and Iwatani in
            Japan are large in their home markets but are not shown. Linde, Air Liquide and Air Products together
            supplied about 60% of world sales."""),
        ),
        (
            h("5. Outlook"),
            p("""We now expect world sales of industrial gases to grow 3.0% to US$105.5 billion in 2025, below the
            4.5% growth, to US$107.0 billion, that we forecast in our November note. We cut our forecast for two
            reasons: European volumes did not recover in the first quarter, and producers have delayed or
            cancelled large hydrogen projects, which will slow the start-up of on-site plants. We expect on-site
            sales to keep growing fastest, by about 6%, merchant sales to be flat, and the industry's capital
            spending to fall to about US$17.5 billion."""),
            p("""The main risks to this view are:"""),
            p("""- a deeper recession in European chemicals and steel, where several of the largest on-site
            customers are reviewing their plants;"""),
            p("""- further cancellations of low-carbon hydrogen projects if the US clean hydrogen tax credit under
            section 45V is cut back;"""),
            p("""- a return of helium oversupply, which would push prices down further;"""),
            p("""- higher power prices, which producers can pass on to on-site customers but not always under
            merchant contracts."""),
            p("""Prepared by Thorncliffe Aske Chemicals Research. Sales, prices, volumes and forecasts are our
            estimates unless a company or an authority is named as the source."""),
        ),
    ),
)

REPORTS = (GASES,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
