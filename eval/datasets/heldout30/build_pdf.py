"""Build the PDF report of the thirtieth held-out evaluation set (eval/datasets/heldout30/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout30/build_pdf.py      # writes docs/forklift_trucks_2025.pdf
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

FORKLIFTS = Report(
    stem="forklift_trucks_2025",
    title="Fewer Trucks, Dearer Trucks: The World Forklift Market, 2023-2025",
    running_title="Forklift trucks and warehouse equipment - capital goods sector note",
    date="14 May 2025",
    iso_date="2025-05-14",
    keywords=("forklift trucks", "material handling", "warehouse trucks", "lithium-ion", "KION",
              "Jungheinrich", "Toyota Industries", "Hyster-Yale", "Anhui Heli", "Hangcha", "Crown Equipment"),
    pages=(
        (
            h("1. Summary"),
            p("""Manufacturers booked orders for 2,016 thousand forklift trucks worldwide in calendar 2024,
            2.0% fewer than the 2,057 thousand of 2023, the second fall in a row after the record year of 2022.¹
            Shipments, which lag orders by a few months as makers work through their backlogs, came to 2,071
            thousand units, 1.2% below the 2,096 thousand shipped in 2023. Yet the industry sold more by value:
            world sales of new trucks rose 1.4% to USD 58.6 billion, from USD 57.8 billion, because buyers kept
            moving to electric trucks with lithium-ion batteries, which cost more than the engine-powered trucks
            and lead-acid models they replace, and because list prices set in 2023 held."""),
            p("""The fall was not spread evenly. China, now half of world orders, grew 3.5% as its exporters and
            its domestic warehouses kept buying, while orders in Europe fell 10.0% and in North America 9.7%.
            Three things weighed on Europe: the building of new logistics warehouses slowed sharply after the
            over-expansion of e-commerce space in 2021 and 2022; higher interest rates made the leases and
            long-term rentals through which most European trucks are financed dearer; and German manufacturing,
            the region's largest customer, cut output for a second year."""),
            p("""Electric trucks took 78.4% of world orders in 2024, up from 76.9% a year earlier, and lithium-ion
            batteries powered 61% of the electric trucks ordered. The trucks with diesel or gas engines (classes
            4 and 5) lost most: their orders fell 8.2%, as rules on emissions inside buildings tightened and
            lithium-ion trucks matched them in heavy, two-shift work."""),
            p("""Our view in one line: unit demand has found its floor in China but not yet in the West, and the
            makers with the richest mix of electric trucks and service will earn the most from a flat market."""),
            p("""¹ Orders and shipments are of powered industrial trucks (classes 1 to 5 of the industrial truck
            classification), as reported by manufacturers to their national associations; hand-operated pallet
            trucks and autonomous mobile robots are not included. Sales values are manufacturers' prices of new
            trucks only: rental, service, spare parts and used trucks, which together earn the makers about as
            much as new trucks, are outside this note."""),
        ),
        (
            h("2. Orders by truck class"),
            p("""Warehouse trucks (class 3), the pallet trucks and stackers that move goods inside distribution
            centres, are half of all orders but a far smaller part of value, as many of them sell for a few
            thousand dollars. Electric counterbalanced trucks (class 1) were the only class to grow in 2024."""),
            Table(
                caption="Table 1. World forklift truck orders by class, 2023 and 2024",
                unit="(thousand units)",
                header=("Truck class", "2023", "2024", "Change (%)"),
                rows=(
                    ("Class 1: electric counterbalanced", "390", "400", "+2.6"),
                    ("Class 2: electric narrow-aisle", "180", "170", "-5.6"),
                    ("Class 3: electric warehouse", "1,012", "1,010", "-0.2"),
                    ("Classes 4 and 5: engine counterbalanced", "475", "436", "-8.2"),
                    ("Total", "2,057", "2,016", "-2.0"),
                ),
                note="""Classes 1 to 3 are battery-electric; classes 4 and 5 have diesel, petrol or LPG engines
                (cushion and pneumatic tyres). Orders are those booked by manufacturers in the calendar year.""",
            ),
            h("3. Orders by region"),
            p("""China overtook Europe and North America together in 2020 and has kept growing, helped by its
            makers' exports to South-East Asia, the Middle East and Latin America, which are booked in those
            regions. North America fell almost as much as Europe, as the large retailers and parcel carriers
            that equipped new distribution centres in 2021 and 2022 had few new sites to fill."""),
            Table(
                caption="Table 2. World forklift truck orders by region, 2023 and 2024",
                unit="(thousand units)",
                header=("Region", "2023", "2024", "Change (%)"),
                rows=(
                    ("China", "1,010", "1,045", "+3.5"),
                    ("Europe", "520", "468", "-10.0"),
                    ("North America", "290", "262", "-9.7"),
                    ("Asia excluding China", "135", "139", "+3.0"),
                    ("Latin America", "60", "58", "-3.3"),
                    ("Middle East and Africa", "42", "44", "+4.8"),
                    ("World", "2,057", "2,016", "-2.0"),
                ),
                note="""North America's 2023 figure has been revised up from 281 thousand units after late
                reports from two members of the US industry association, which raised the 2023 world total
                from 2,048 thousand. Asia excluding China includes Japan, India, South Korea and the ASEAN
                countries, which we do not show separately.""",
            ),
        ),
        (
            h("4. Producers"),
            p("""By value, Toyota Industries is the world's largest maker of forklift trucks, with about 19% of
            world sales of new trucks in 2024, ahead of KION at about 12% and Jungheinrich at 7%. By units the
            picture is different: the two Chinese leaders, Anhui Heli and Hangcha, together booked about 27% of
            world orders, mostly cheaper warehouse and engine trucks, but only about 8% of world sales by value.
            Crown Equipment, the large American maker of warehouse trucks, is owned by its founding family and
            publishes no results; Clark Material Handling, owned by South Korea's Young An group, does not
            report separately either."""),
            Table(
                caption="Table 3. Listed forklift makers: revenue and adjusted EBIT",
                unit="(millions in each company's reporting currency; JPY in billions)",
                header=("Company (ticker)", "Year end", "Currency", "2023", "2024", "EBIT 2024"),
                rows=(
                    ("Toyota Industries, Materials Handling (6201)", "Mar", "JPY", "2,430", "2,510", "215"),
                    ("KION Group (KGX)", "Dec", "EUR", "11,434", "11,503", "922"),
                    ("Jungheinrich (JUN3)", "Dec", "EUR", "5,546", "5,391", "388"),
                    ("Hyster-Yale (HY)", "Dec", "USD", "4,118", "4,310", "215"),
                    ("Anhui Heli (600761)", "Dec", "CNY", "17,470", "17,330", "1,610"),
                    ("Hangcha Group (603298)", "Dec", "CNY", "16,260", "16,490", "1,980"),
                ),
                note="""EBIT 2024 is adjusted operating income (earnings before interest and taxes) for the 2024
                fiscal year. Toyota Industries' 2023 and 2024 are its fiscal years ended 31 March 2024 and 31
                March 2025; the figures are for its Materials Handling Equipment segment, within group net sales
                of JPY 4,085 billion in the year to March 2025. KION includes its Supply Chain Solutions
                segment (warehouse automation), with revenue of EUR 3,310 million in 2024.""",
            ),
            p("""Hyster-Yale grew fastest of the six, by 4.7%, on price increases and a large backlog of
            American orders taken in 2022, and earned its highest margin in more than a decade. Jungheinrich's
            revenue fell 2.8% with European orders, although it kept its margin above 7% by cutting costs in its
            German plants. KION's revenue was almost flat, as growth in its truck business made up for a weaker
            year in warehouse automation."""),
            h("5. Risks to our view"),
            p("""We see five risks to our view:"""),
            p("""- trade: the United States is investigating imports of Chinese forklift trucks for dumping,
            and duties would raise prices for American buyers and push Chinese makers harder into Europe;"""),
            p("""- automation: autonomous mobile robots and automated storage could replace some warehouse
            trucks faster than we assume;"""),
        ),
        (
            p("""- interest rates: if rates stay high, European and American customers could keep old trucks
            longer instead of renewing their fleets;"""),
            p("""- batteries: the price of lithium-ion cells could rise again, and fire rules for charging
            rooms could slow the switch from lead-acid;"""),
            p("""- steel: counterweights and masts make steel the largest single cost, so a rise in steel prices
            would squeeze margins."""),
            h("6. Outlook"),
            p("""We now expect world orders to grow 2.2% in 2025, to 2,060 thousand units, raised from 2,020
            thousand in our note of 9 January 2025, because China's subsidies for the renewal of old industrial
            equipment lifted Chinese orders by 12% in the first quarter. We still expect orders in Europe and
            North America to fall again, by about 3%. For 2029 we expect world sales of new trucks of USD 72.4
            billion, a compound annual growth rate of 4.3% from 2024, as electric trucks approach 85% of
            orders."""),
            h("7. Method"),
            p("""Orders and shipments are from the national industry associations of China, Europe, the United
            States and Japan, with our estimates for the rest of the world. Sales values are our estimates from
            the listed makers' reports and a survey of 45 dealers in nine countries, converted to US dollars at
            each year's average exchange rates. Company figures are as reported, in each company's currency and
            for its own fiscal year."""),
        ),
    ),
)

REPORTS = (FORKLIFTS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
