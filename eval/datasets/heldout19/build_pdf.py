"""Build the PDF report of the nineteenth held-out evaluation set (eval/datasets/heldout19/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout19/build_pdf.py      # writes docs/cement_demand_decarbonisation_2025.pdf
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

CEMENT = Report(
    stem="cement_demand_decarbonisation_2025",
    title="Cement: Demand, Costs, Carbon and the Producers, 2022-2024",
    running_title="Cement - building materials sector note",
    date="16 April 2025",
    iso_date="2025-04-16",
    keywords=("cement", "clinker", "building materials", "EU ETS", "carbon capture", "Holcim",
              "Heidelberg Materials", "CRH", "Cemex", "Anhui Conch", "UltraTech", "Buzzi"),
    pages=(
        (
            h("1. Summary"),
            p("""The world used 3,991 million tonnes (Mt) of cement in 2024, 1.7% less than the 4,059 Mt of 2023
            and the third annual decline in a row.¹ China, which still accounts for almost half of the total,
            was again the reason: its consumption fell 8.0% to 1,830 Mt as the property slump entered its fourth
            year, new housing starts dropped by almost a quarter and cash-strapped local governments slowed their
            infrastructure spending. Outside China, demand rose 4.4% to 2,161 Mt, the best year since 2021."""),
            p("""Producers' profits held up better than their volumes. Prices stayed firm in most markets even as
            energy became cheaper: the average US ready-mix customer paid US$161 a short ton for cement in 2024,
            4.5% more than the US$154 of 2023, and the cash cost of a tonne of cement at a typical European
            plant fell to EUR 79 from EUR 81, mainly because coal, petcoke and electricity cost less. The large
            listed producers we follow widened their margins for the second year running, while China's
            producers cut prices and most of them earned less."""),
            p("""Demand outside China grew for three reasons, and we expect only the first two to last:"""),
            p("""- India's government raised its capital spending on roads, railways and housing for a fifth year,
            and private housebuilding in the large cities stayed strong, so that Indian consumption rose 10.1% to
            468 Mt, the fastest growth of any region;"""),
            p("""- the Gulf states, led by Saudi Arabia, kept building: giga-projects, new airports and housing
            lifted demand in the Middle East and Africa by 5.9% to 446 Mt, more than offsetting weaker markets
            in Egypt and Nigeria;"""),
            p("""¹ Cement consumption as apparent consumption: domestic production plus imports less exports, in
            tonnes of cement (not clinker). Blended cements in which part of the clinker is replaced by fly ash,
            slag or calcined clay made up 63% of European sales in 2024, up from 57% in 2022."""),
        ),
        (
            p("""- Southeast Asian markets rebounded from a weak 2023 as governments in Indonesia and the
            Philippines spent ahead of elections; this boost will fade in 2025 now that the elections are
            over."""),
            h("2. Demand by region"),
            Table(
                caption="Table 1. Cement consumption by region, 2022-2024",
                unit="(million tonnes)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("China", "2,110", "1,989", "1,830"),
                    ("India", "388", "425", "468"),
                    ("Asia (other)", "560", "571", "602"),
                    ("Europe", "415", "392", "381"),
                    ("North America", "134", "133", "131"),
                    ("South America", "130", "128", "133"),
                    ("Middle East and Africa", "415", "421", "446"),
                    ("World", "4,152", "4,059", "3,991"),
                ),
                note="""Europe includes Russia and Turkey. North America is the United States, Canada and Mexico.
                Asia (other) is Japan, South Korea, Southeast Asia, Pakistan, Bangladesh and Oceania. The 2023
                figure for India has been revised up from 418 Mt after the government published final production
                data, which also raised the 2023 world total from 4,052 Mt.""",
            ),
            p("""Europe shrank for the third year in a row, by 2.8% to 381 Mt: high interest rates kept housebuilding
            down in Germany, France and the Nordic countries, and only Spain, Poland and Turkey grew. North American
            consumption slipped 1.5% to 131 Mt as a wet spring in Texas and the South-East delayed projects and
            housing starts fell, although spending on highways, factories and data centres under the
            Infrastructure Investment and Jobs Act and the CHIPS Act kept non-residential demand near its record.
            South America recovered by 3.9% to 133 Mt, led by Brazil, where lower interest rates revived
            self-built housing. Vietnam's market, oversupplied for years, stabilised, and its producers exported
            more clinker to Bangladesh and the Philippines."""),
            h("3. Costs and carbon"),
            Table(
                caption="Table 2. Cash cost of a tonne of cement at a typical European plant, 2022-2024",
                unit="(EUR per tonne)",
                header=("Item", "2022", "2023", "2024"),
                rows=(
                    ("Fuel and electricity", "38", "31", "27"),
                    ("Raw materials and additions", "14", "15", "15"),
                    ("Labour and maintenance", "18", "19", "20"),
                    ("Carbon allowances bought", "3", "4", "4"),
                    ("Freight, packing and other", "12", "12", "13"),
                    ("Total", "85", "81", "79"),
                ),
                note="""Our model of a plant of 1.2 Mt a year with a clinker ratio of 75%, before depreciation.
                Carbon is the cost of allowances bought in the market beyond the free allocation, not the value of
                all allowances surrendered.""",
            ),
        ),
        (
            p("""Carbon is the cost that will matter most. Making a tonne of cement released 585 kg of carbon dioxide
            on average in 2024 at plants of the Global Cement and Concrete Association's members, down from 598 kg
            in 2022, mostly because the share of clinker in cement fell to 0.70 from 0.72. European Union Emissions
            Trading System allowances averaged EUR 65 a tonne in 2024, against EUR 84 in 2023, which kept the cost
            of the allowances that producers had to buy low. That will change: from 2026 the free allocation that
            covers most of a European plant's emissions will be cut step by step to nothing by 2034, while the
            Carbon Border Adjustment Mechanism will make importers pay the same price. Heidelberg Materials'
            plant at Brevik in Norway is due to start capturing 400,000 tonnes of carbon dioxide a year in 2025,
            the first such project at a cement plant, and Holcim, Cemex and Buzzi have all won European
            Innovation Fund grants for their own."""),
            h("4. The producers"),
            Table(
                caption="Table 3. Revenue and cement volumes of seven producers, 2023-2024",
                unit="(revenue in millions of the currency shown; Chinese and Indian producers in billions)",
                header=("Company", "Currency", "2023", "2024", "Change (%)", "Cement sold 2024 (Mt)"),
                rows=(
                    ("Holcim", "CHF m", "27,010", "26,410", "-2.2", "131"),
                    ("Heidelberg Materials", "EUR m", "21,180", "21,020", "-0.8", "109"),
                    ("CRH", "US$ m", "34,950", "35,570", "+1.8", "38"),
                    ("Cemex", "US$ m", "17,390", "16,200", "-6.8", "60"),
                    ("Anhui Conch", "CNY bn", "125.4", "96.3", "-23.2", "251"),
                    ("UltraTech Cement", "INR bn", "709", "759", "+7.1", "130"),
                    ("Buzzi", "EUR m", "4,320", "4,350", "+0.7", "27"),
                ),
                note="""Calendar years, except UltraTech, whose years end on 31 March (2024 is the year to March 2025).
                Group revenue, including aggregates, ready-mix concrete and building products. Cement sold includes
                clinker sold to other producers.""",
            ),
            p("""Holcim's recurring operating (EBIT) margin rose to 19.4% from 18.6% as it raised prices and burned
            more waste instead of coal, despite a 2.2% fall in revenue that reflected the sale of its businesses in
            Brazil and Ivory Coast and the weak Swiss franc translation of its Latin American sales. Heidelberg
            Materials' margin on its result from current operations rose to 15.3% from 14.7%. Anhui Conch, the
            largest producer by volume, suffered most from China's slump: its revenue fell 23.2% and its cement
            price fell by about 12%. UltraTech grew fastest of the seven, helped by the acquisition of Kesoram
            Industries' cement business and of a majority stake in India Cements."""),
        ),
        (
            p("""Cemex's revenue fell 6.8%, the largest decline outside China, mainly because it sold its
            businesses in the Philippines and the Dominican Republic as it shrinks its debt; its EBITDA margin
            nevertheless rose to 19.6% from 18.7%. CRH, the largest of the seven by revenue and now listed in
            New York, earns most of its revenue from aggregates, asphalt and road paving in North America.
            Holcim plans to list its North American business, Amrize, separately in New York in the middle of
            2025. Other large producers, such as Dangote Cement, Taiheiyo Cement and Votorantim Cimentos, do not
            report comparable figures for calendar 2024 and are not shown."""),
            h("5. Outlook"),
            p("""We expect world cement consumption to fall 0.7% to 3,962 Mt in 2025, less than the 3,990 Mt we
            forecast in our November note: China's government has not yet announced the property support we had
            expected, and we now forecast a further 4.6% decline in Chinese consumption, to 1,745 Mt. Outside
            China, we expect demand to grow by 2.6% to 2,217 Mt, led again by India. We expect EU ETS allowances to
            average about EUR 75 a tonne in 2025."""),
            p("""The main risks to this view are:"""),
            p("""- a deeper fall in Chinese construction, which would push more Chinese clinker and cement into
            export markets in Asia and Africa;"""),
            p("""- US tariffs, which could raise the cost of imported cement, about a quarter of US consumption,
            and slow the projects that use it;"""),
            p("""- a delay to the European carbon border mechanism, which would leave European producers facing
            the full carbon price while importers do not."""),
            p("""Prepared by Marrowby Kent Building Materials Research. All consumption figures, costs, shares and
            forecasts are our estimates unless a company is named as the source; company revenues and margins are
            as reported in each company's currency."""),
        ),
    ),
)

REPORTS = (CEMENT,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
