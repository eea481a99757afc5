"""Build the PDF report of the twenty-fifth held-out evaluation set (eval/datasets/heldout25/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout25/build_pdf.py      # writes docs/farmed_salmon_2025.pdf
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

SALMON = Report(
    stem="farmed_salmon_2025",
    title="Crowded Fjords: Farmed Atlantic Salmon, 2023-2025",
    running_title="Farmed salmon - food producers sector note",
    date="20 May 2025",
    iso_date="2025-05-20",
    keywords=("salmon", "aquaculture", "fish farming", "Norway", "Chile", "sea lice", "Mowi", "SalMar",
              "Leroy Seafood", "Bakkafrost", "Cermaq"),
    pages=(
        (
            h("1. Summary"),
            p("""The world harvested 2.79 million tonnes of farmed Atlantic salmon in calendar 2024, measured as
            whole fish equivalent, only 2.2% more than the 2.73 million tonnes of 2023 and the second year in a
            row of growth below 3%.¹ Over the previous decade supply had grown by about 5% a year. Demand held
            up better than supply in the United States and China but weakened in Europe, where shoppers balked at
            the prices of 2023."""),
            p("""Prices fell nonetheless. The Norwegian export price of fresh whole salmon averaged NOK 94.60 a
            kilogram in 2024, 13.1% less than the NOK 108.90 of 2023, though still well above the NOK 90.30 of
            2022; the weekly price had peaked at a record NOK 153.20 in April 2023. Much of the fall came from
            quality: a larger share of fish was downgraded at harvest because of sores and lice damage, and
            downgraded fish sell at a discount of up to a quarter."""),
            p("""We see four reasons why supply has stopped growing as it used to:"""),
            p("""- biology: sea lice, algal blooms, jellyfish and winter ulcers killed 15.8% of the fish in
            Norway's sea farms in 2024, down from 16.7% in 2023 but far above the 12.1% of 2019, and forced
            early harvests of small fish;"""),
            p("""- regulation: under Norway's traffic-light system, which sets the capacity of each of its 13
            production areas by the lice pressure on wild salmon, two areas were marked red in 2024 and had
            their allowed biomass cut by 6%;"""),
            p("""¹ Supply is measured in tonnes of whole fish equivalent (WFE), the weight of the fish as
            harvested after bleeding. Companies report their harvests in gutted weight (GWT), which is about
            0.84 of WFE, so company volumes are not directly comparable with the country figures in this note.
            Figures by country and market are for calendar years; company figures are for fiscal years."""),
        ),
        (
            p("""- tax: the resource rent tax of 25% on the profits of salmon farming in Norway, in force since
            January 2023, has made farmers more cautious about investing in new capacity and in costly measures
            against lice;"""),
            p("""- scarce sites: few sheltered coastal sites are left in Norway and Chile, and land-based and
            offshore farms together supplied less than 2% of the harvest, far short of what their promoters
            had promised."""),
            p("""\"Farmers are harvesting smaller fish earlier to get ahead of lice and ulcers, and that takes
            tonnes out of the system every year,\" said Sigrun Halvorsen-Okoye, a partner at the fish-health
            consultancy Vardholm Aqua. \"Until mortality is back near 12%, supply growth above 3% is wishful
            thinking.\""""),
            h("2. Supply by country"),
            Table(
                caption="Table 1. Harvest of farmed Atlantic salmon by country, 2023-2025",
                unit="(thousand tonnes WFE)",
                header=("Country", "2023", "2024", "2025F"),
                rows=(
                    ("Norway", "1,480", "1,505", "1,560"),
                    ("Chile", "700", "730", "745"),
                    ("United Kingdom", "160", "150", "170"),
                    ("Canada", "120", "115", "120"),
                    ("Faroe Islands", "95", "100", "110"),
                    ("Australia", "70", "72", "72"),
                    ("Iceland", "45", "50", "55"),
                    ("Other", "60", "68", "78"),
                    ("World", "2,730", "2,790", "2,910"),
                ),
                note="""F: our forecast. Calendar years. The 2023 figure for Chile has been revised up from 685
                thousand tonnes after the final harvest data of the national fisheries service, Sernapesca, which
                also raised the 2023 world total from 2,715 thousand tonnes. Other includes the United States,
                New Zealand's Atlantic salmon and land-based farms.""",
            ),
            p("""Norway, which harvests more than half of the world's farmed salmon, grew only 1.7% in 2024, while
            Chile grew 4.3% as its farms in the Aysen and Magallanes regions had fewer algal blooms than in
            2023. Together the two countries supplied 80.1% of the world's salmon, against 79.9% a year earlier.
            The United Kingdom, almost all of it Scotland, harvested 6.3% less after a summer of jellyfish
            swarms and gill disease, and Canada fell for a third year as the federal government began to close
            open-net farms in British Columbia's coastal waters. Iceland grew fastest in percentage terms,
            although its farms in the Westfjords are still small."""),
        ),
        (
            h("3. Markets and costs"),
            Table(
                caption="Table 2. Consumption of farmed Atlantic salmon by market, 2023 and 2024",
                unit="(thousand tonnes WFE)",
                header=("Market", "2023", "2024", "Change (%)"),
                rows=(
                    ("EU and United Kingdom", "1,180", "1,165", "-1.3"),
                    ("United States", "560", "600", "+7.1"),
                    ("East Asia ex China", "210", "205", "-2.4"),
                    ("China", "130", "150", "+15.4"),
                    ("Latin America", "200", "215", "+7.5"),
                    ("Eastern Europe", "150", "145", "-3.3"),
                    ("Other", "300", "310", "+3.3"),
                    ("World", "2,730", "2,790", "+2.2"),
                ),
                note="""Supply allocated to the market where it is eaten; changes in frozen stocks are ignored, so
                the world total equals the harvest in Table 1. East Asia ex China is Japan, South Korea and
                Taiwan. Eastern Europe includes Russia, Ukraine and Belarus.""",
            ),
            p("""Europe remains the largest market, but it bought less salmon for a second year as retailers cut
            promotions and shoppers moved to cheaper fish and chicken. The United States, supplied mostly from
            Chile with fresh fillets flown into Miami, grew 7.1% and now takes more than a fifth of the world's
            salmon. China grew fastest, as sushi chains and online grocers expanded beyond the largest coastal
            cities. Japan bought less as the weak yen made imports dearer."""),
            Table(
                caption="Table 3. Farming cost of salmon by country, 2023 and 2024",
                unit="(EUR per kg, gutted weight, delivered to the processing plant)",
                header=("Country", "2023", "2024"),
                rows=(
                    ("Norway", "6.05", "6.30"),
                    ("Chile", "5.20", "5.45"),
                    ("United Kingdom", "7.10", "7.60"),
                    ("Faroe Islands", "5.90", "6.05"),
                ),
                note="""Our estimates from company reports; includes feed, smolt, labour, treatment of fish,
                insurance, depreciation and harvest, but not the Norwegian production fee or resource rent tax.
                Converted at each year's average exchange rates.""",
            ),
            p("""Feed, made from fish meal, fish oil and plant proteins and oils, is close to half of the cost of
            farming a kilogram of salmon, and its price rose again in 2024 after a poor anchovy season in Peru.
            Costs also rose because farmers spent more on treating fish for lice, with more thermal and
            mechanical delousing, which itself stresses the fish and adds to mortality. Chile remains the
            cheapest place to farm, largely because its labour and sites cost less, and Scotland the dearest."""),
        ),
        (
            h("4. The companies"),
            Table(
                caption="Table 4. Revenue of five salmon farmers, fiscal 2023-2024, with harvest and operational EBIT, fiscal 2024",
                unit="(revenue and operational EBIT in billions of each company's reporting currency; harvest in thousand tonnes GWT)",
                header=("Company", "Currency", "FY end", "2023", "2024", "Harvest", "Op. EBIT"),
                rows=(
                    ("Mowi", "EUR", "Dec", "5.51", "5.62", "502", "0.98"),
                    ("SalMar", "NOK", "Dec", "25.70", "27.10", "238", "5.46"),
                    ("Leroy Seafood Group", "NOK", "Dec", "30.90", "32.40", "182", "3.01"),
                    ("Bakkafrost", "DKK", "Dec", "7.56", "8.03", "104", "1.38"),
                    ("Cermaq", "NOK", "Mar", "13.20", "13.92", "188", "n/d"),
                ),
                note="""Company reports. n/d: not disclosed. Cermaq is owned by Mitsubishi Corporation and its
                fiscal 2024 is the year that ended on 31 March 2025; Mitsubishi does not report its profit
                separately. Operational EBIT is before fair-value adjustments of fish in the sea and, in Norway,
                before the production fee. Leroy's revenue includes its whitefish fishing and its European
                distribution business.""",
            ),
            p("""Mowi, the largest salmon farmer, with farms in Norway, Chile, Scotland, Canada, Ireland, Iceland
            and the Faroe Islands, harvested 502 thousand tonnes gutted weight in 2024 and expects 530 thousand
            in 2025. Its revenue grew less than its peers' because its Canadian and Scottish farms harvested
            less, and it earned EUR 1.95 of operational EBIT per kilogram, against EUR 2.41 in 2023. Its feed
            division, which makes most of its own feed, and its consumer products division, which sells
            smoked and prepared salmon in Europe, steadied its results."""),
            p("""SalMar, which farms in central and northern Norway and in Iceland through Arctic Fish, earned the
            highest margin of the Norwegian farmers, as its fish had fewer ulcers. Leroy Seafood Group grew on
            its own salmon but had a weak year in whitefish as cod quotas in the Barents Sea were cut again.
            Bakkafrost, the Faroese farmer that also farms in Scotland through the former Scottish Salmon
            Company, grew its revenue fastest of the five as its Faroese harvest rose. Cermaq, which farms in
            Norway, Chile and Canada, sold more in the United States."""),
            p("""Cooke Aquaculture, the privately owned Canadian group, and AquaChile, owned by Chile's Agrosuper,
            are among the ten largest farmers but are not shown because they do not publish their results."""),
        ),
        (
            h("5. Outlook"),
            p("""We expect supply to grow 4.3% to 2.91 million tonnes in 2025, the fastest growth in five years,
            as Norway recovers from the red-area cuts and the United Kingdom from its jellyfish summer, and then
            by about 1.6% a year, to 3.10 million tonnes in 2029, a compound annual growth rate of 2.1% from
            2024. With more fish coming to market, we now expect the Norwegian export price to average NOK 86.00
            a kilogram in 2025, below the NOK 92.00 we forecast in our January note, and NOK 89.00 in 2026. We
            cut the 2025 forecast because the harvest in the first four months was larger than we expected and
            fish were bigger."""),
            p("""Farmers' profits will fall further in 2025, in our view, as costs rise again and prices fall; we
            expect Mowi to earn about EUR 1.60 of operational EBIT per kilogram."""),
            p("""The main risks to this view are:"""),
            p("""- another bad year for fish health, with algal blooms in Chile or high sea temperatures in Norway
            and Scotland;"""),
            p("""- new tariffs in the United States on salmon from Norway and Chile, which would hit the fastest
            growing market;"""),
            p("""- changes to Norway's traffic-light system or to the resource rent tax, which the government
            has said it will review in 2026;"""),
            p("""- a stronger Norwegian krone, which would lower prices in kroner for a given price in euros."""),
            h("Methodology"),
            p("""Supply is estimated from national harvest statistics, company reports and export data and is
            stated as whole fish equivalent. Consumption by market is estimated from trade data and allocated to
            the market where the fish are eaten. Prices are the weekly export prices of fresh whole salmon
            published by Statistics Norway, averaged over the calendar year. Costs are our estimates from
            company reports. Figures for past years are revised when final data become available. Prepared by
            Skerrow Hale Seafood Research."""),
        ),
    ),
)

REPORTS = (SALMON,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
