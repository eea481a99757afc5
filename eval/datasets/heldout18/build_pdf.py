"""Build the PDF report of the eighteenth held-out evaluation set (eval/datasets/heldout18/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout18/build_pdf.py      # writes docs/car_tyres_replacement_2025.pdf
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

TYRES = Report(
    stem="car_tyres_replacement_2025",
    title="Car and Light Truck Tyres: Replacement Demand, Raw Materials and the Makers, 2022-2024",
    running_title="Car and light truck tyres - sector note",
    date="11 June 2025",
    iso_date="2025-06-11",
    keywords=("tyres", "tires", "replacement tyres", "original equipment", "natural rubber", "Michelin",
              "Bridgestone", "Goodyear", "Continental", "Pirelli", "Sumitomo Rubber", "Hankook"),
    pages=(
        (
            h("1. Summary"),
            p("""Tyre makers sold 1,595 million tyres for passenger cars and light trucks worldwide in 2024, 2.4%
            more than the 1,558 million they sold in 2023.¹ The growth came entirely from the replacement market:
            drivers and fleets bought 1,190 million replacement tyres, up 3.6% from 1,149 million, while sales to
            carmakers for fitting on new vehicles, the original-equipment (OE) market, slipped 1.0% to 405 million
            as vehicle production fell in Europe and Japan. Replacement tyres made up 74.6% of all car and light
            truck tyres sold in 2024."""),
            p("""The industry's revenue grew much more slowly than its volumes, by 0.7% to US$205.3 billion for
            tyres of all kinds. Replacement car and light truck tyres brought in US$113.5 billion, up 3.0%, but
            revenue from truck and bus tyres fell 2.9% to US$36.8 billion, and the average revenue per replacement
            tyre slipped to US$95.4 from US$95.9 as cheaper Asian brands won share. Truck and bus tyre sales fell
            3.2% to 181 million units, as the freight recession in North America and Europe dragged on and Chinese
            construction stayed weak."""),
            p("""Replacement demand grew for four reasons, three of which we expect to last:"""),
            p("""- the car fleet is getting older: the average passenger car in the European Union is now 12.5 years
            old and the average US light vehicle 12.6 years, and older cars are driven on more sets of tyres
            before they are scrapped;"""),
            p("""- people drove more: US vehicle miles travelled rose 1.0% to a record 3.28 trillion, and European
            traffic returned to its 2019 level;"""),
            p("""¹ Tyres for passenger cars, sport-utility vehicles, pick-ups and vans up to 3.5 tonnes, counted when
            the maker sells them to a dealer, a distributor or a carmaker. All-season tyres made up 27% of European
            replacement sales in 2024, up from 22% in 2022, mostly at the expense of summer tyres."""),
        ),
        (
            p("""- battery-electric vehicles, which are heavier and deliver their torque instantly, wear out their
            tyres 20-30% faster than comparable petrol cars, and there are now enough of them on the road to
            matter;"""),
            p("""- dealers in Europe and North America rebuilt their stocks in the first half of 2024 after running
            them down in 2023, which flattered sell-in; this restocking will not be repeated."""),
            h("2. Demand by region"),
            Table(
                caption="Table 1. Car and light truck tyre sales by region, 2022-2024",
                unit="(million tyres, original equipment and replacement)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("Europe", "372", "365", "371"),
                    ("North America", "330", "338", "345"),
                    ("China", "392", "418", "431"),
                    ("Asia (other)", "258", "266", "275"),
                    ("South America", "88", "90", "94"),
                    ("Middle East and Africa", "78", "81", "79"),
                    ("Total", "1,518", "1,558", "1,595"),
                ),
                note="""Europe includes Russia and Turkey. North America is the United States, Canada and Mexico.
                Asia (other) is Japan, South Korea, India, Southeast Asia and Oceania. The 2023 figure for the
                Middle East and Africa has been revised up from 77 million tyres after customs data for Saudi Arabia
                and Egypt were added, which also raised the 2023 world total from 1,554 million.""",
            ),
            p("""South America grew fastest, by 4.4%, as Brazilian car sales recovered and lower interest rates
            brought buyers back to dealers' showrooms. China's sales rose 3.1% to 431 million tyres on record
            vehicle output, much of it for export, and North America's rose 2.1% to 345 million, almost all of the
            gain in replacement. In Europe, sales rose 1.6% to 371 million: replacement demand was strong, but
            carmakers built about 4% fewer vehicles. The Middle East and Africa was the only region whose sales
            fell, by 2.5% to 79 million, as Egypt's currency crisis cut imports."""),
            h("3. Revenue by segment"),
            Table(
                caption="Table 2. World tyre industry revenue by segment, 2022-2024",
                unit="(US$ billion)",
                header=("Segment", "2022", "2023", "2024"),
                rows=(
                    ("Car and light truck, replacement", "104.6", "110.2", "113.5"),
                    ("Car and light truck, original equipment", "34.8", "36.1", "34.9"),
                    ("Truck and bus", "38.5", "37.9", "36.8"),
                    ("Other (two-wheeler, agricultural, off-the-road, aircraft)", "19.1", "19.6", "20.1"),
                    ("Total", "197.0", "203.8", "205.3"),
                ),
                note="""Makers' sales at their selling prices, excluding the retail margin and fitting services,
                converted into US dollars at each year's average exchange rates.""",
            ),
        ),
        (
            h("4. Raw materials and imports"),
            p("""Raw materials make up about 45% of a tyre maker's cost of goods sold, and natural rubber is the
            largest of them. The benchmark TSR20 grade averaged US$1.72 a kilogram in 2024, 28% more than the
            US$1.34 of 2023: heavy rain and then drought in Thailand cut tapping, leaf-fall disease spread in
            Indonesia and Malaysia, and many smallholders have replanted their land with oil palm or durian. The
            European Union's deforestation regulation, which will require makers to prove that their rubber was
            not grown on land cleared after 2020, has been postponed by a year to the end of 2025. Synthetic
            rubber and carbon black, which follow oil prices, cost slightly less than in 2023."""),
            p("""Budget tyres from Asia keep gaining ground in Europe. Imported tyres, most of them made in China,
            accounted for 31% of European replacement car tyre sales in 2024, against 26% in 2022, and the
            European Commission opened an anti-dumping investigation into Chinese car and light truck tyres in May
            2024. Chinese makers such as Linglong, Sailun, Zhongce Rubber and Triangle have responded by building
            plants in Serbia, Hungary, Morocco, Cambodia and Mexico, outside the reach of duties on Chinese
            exports."""),
            h("5. The makers"),
            Table(
                caption="Table 3. Revenue of seven tyre makers, 2023-2024",
                unit="(millions in the currency shown; Japanese and Korean makers in billions)",
                header=("Company", "Currency", "2023", "2024", "Change (%)"),
                rows=(
                    ("Michelin", "EUR m", "28,340", "27,190", "-4.1"),
                    ("Bridgestone", "JPY bn", "4,510", "4,630", "+2.7"),
                    ("Goodyear", "US$ m", "20,070", "18,880", "-5.9"),
                    ("Continental (Tires segment)", "EUR m", "14,020", "13,870", "-1.1"),
                    ("Sumitomo Rubber", "JPY bn", "1,178", "1,212", "+2.9"),
                    ("Pirelli", "EUR m", "6,650", "6,780", "+2.0"),
                    ("Hankook Tire & Technology", "KRW bn", "9,410", "9,460", "+0.5"),
                ),
                note="""Calendar years for all seven. Group revenue, including activities other than tyres, except
                for Continental, whose Tires segment alone is shown. The Chinese makers do not all report
                comparable figures and are not shown.""",
            ),
            p("""Michelin's revenue fell 4.1% as its volumes dropped in OE and in truck tyres and the euro rose
            against several emerging-market currencies, yet its segment operating margin rose to 13.4% from 12.6%
            thanks to higher prices and lower energy and freight costs. Pirelli had the highest margin of the
            large makers: its adjusted operating (EBIT) margin rose to 15.9% from 15.3%, because tyres with a rim
            of 18 inches or more, which it calls high value, made up 67% of its car tyre volume."""),
        ),
        (
            p("""Goodyear's revenue fell 5.9%, the steepest decline of the seven, as it shed low-margin volume under
            its Goodyear Forward plan, which also includes selling its off-the-road tyre business, its chemicals
            business and the rights to the Dunlop brand. Sumitomo Rubber grew fastest, helped by the weaker yen,
            and Bridgestone, still the largest maker by revenue, closed plants in the United States, Europe and
            South Africa to concentrate on premium sizes."""),
            h("6. Outlook"),
            p("""We expect car and light truck tyre sales to reach 1,626 million in 2025, up 1.9%, which is less than
            the 1,640 million we forecast in our December note: the US tariffs on imported cars and car parts
            that took effect in April will cut North American vehicle production, and with it OE demand. We
            forecast replacement sales of 1,222 million tyres, up 2.7%, and OE sales of 404 million, about level
            with 2024. We expect natural rubber to average about US$1.85 a kilogram in 2025."""),
            p("""The main risks to this view are:"""),
            p("""- a trade war that cuts car production in Europe and Asia as well as in North America;"""),
            p("""- European anti-dumping duties on Chinese tyres, which would raise the price of budget tyres in
            Europe but could send Chinese exports to South America and the Middle East instead;"""),
            p("""- another poor rubber harvest in Thailand, which would push up costs for every maker."""),
            p("""Prepared by Halvergate Brook Automotive Research. All unit counts, industry revenues, shares and
            forecasts are our estimates unless a company is named as the source; company revenues are as reported
            in each company's currency."""),
        ),
    ),
)

REPORTS = (TYRES,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
