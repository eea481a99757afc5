"""Build the PDF report of the thirteenth held-out evaluation set (eval/datasets/heldout13/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout13/build_pdf.py      # writes docs/europe_heat_pumps_2025.pdf
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

HEAT_PUMPS = Report(
    stem="europe_heat_pumps_2025",
    title="Residential Heat Pumps in Europe: Sales, Prices, Subsidies and Suppliers, 2022-2024",
    running_title="European residential heat pumps - market note",
    date="18 March 2025",
    iso_date="2025-03-18",
    keywords=("heat pumps", "Europe", "Daikin", "Vaillant", "NIBE", "Viessmann", "subsidies", "BEG", "MaPrimeRenov"),
    pages=(
        (
            h("1. Summary"),
            p("""The European heat pump market had its worst year in a decade in 2024. Across the 17 countries we
            track, sales of heat pumps used for space heating in homes fell 21% to 2.31 million units in 2024,
            from 2.93 million in 2023 and a record 3.02 million in 2022. Air-to-water units, the products that
            replace a gas or oil boiler, took 58% of unit sales; the remainder were air-to-air units sold mainly
            in southern Europe and Scandinavia, ground-source units and exhaust-air units. Even after the fall,
            the installed base grew to roughly 26 million units, enough to heat about 14% of the region's
            homes."""),
            p("""The fall had several causes, and they reinforced one another. Gas prices came down from their
            2022 peak, which weakened the running-cost argument for switching; households waited for the rules on
            subsidies to settle, above all in Germany, where the debate over the Buildings Energy Act (GEG) ran
            for most of 2023 and the new grant programme only opened to applications in February 2024; higher
            interest rates made the up-front cost harder to finance; and fewer new homes were built, which
            removed the segment where heat pumps are already the default choice. Installers and wholesalers also
            ran down the stocks they had built up during the shortages of 2022."""),
            h("2. Sales by country"),
            p("""France remained the largest market, with 442,000 units in 2024 against 566,000 in 2023, although
            the French figure includes air-to-air units that many households use mainly for cooling. Germany sold
            193,000 heat pumps in 2024, little more than half the 356,000 of 2023. Italy's sales dropped by more
            than a third as the Superbonus tax credit, which had covered 110% of eligible costs, was reduced to
            70% for 2024 and to 65% for 2025, and then closed to most new projects."""),
            p("""The Nordic countries - Sweden, Norway, Finland and Denmark - sold 488,000 units in 2024 between
            them, about a fifth of the total; heat pumps already heat more than half of Nordic single-family
            homes, so most of these sales replace an older heat pump rather than a boiler. Sweden alone
            accounted for 128,000 units. Two markets grew against the trend: the United Kingdom, where sales rose
            to 98,000 units from 60,000 after the government raised its grant, and Spain, where sales rose to
            131,000 from 122,000."""),
        ),
        (
            Table(
                caption="Table 1. Heat pump unit sales in selected European markets",
                unit="(thousand units)",
                header=("Country", "2022", "2023", "2024"),
                rows=(
                    ("France", "621", "566", "442"),
                    ("Italy", "513", "318", "199"),
                    ("Germany", "236", "356", "193"),
                    ("Poland", "204", "151", "94"),
                    ("Spain", "118", "122", "131"),
                    ("Sweden", "183", "151", "128"),
                    ("Netherlands", "105", "114", "88"),
                    ("United Kingdom", "55", "60", "98"),
                    ("Total, 17 countries", "3,020", "2,930", "2,310"),
                ),
                note="""Sales of heat pumps whose main purpose is space heating, including reversible air-to-air
                units in France, Italy, Spain and Sweden. United Kingdom: Great Britain and Northern Ireland. The
                2023 figure for Germany was restated from 332,000 after late reports from two manufacturers. The
                total includes nine countries not shown.""",
            ),
            h("3. Prices and running costs"),
            p("""Heat pumps are still expensive to buy. For a typical detached house, we estimate the installed
            price of an air-to-water heat pump, before any grant, at EUR 27,000 in Germany, EUR 15,500 in France
            and GBP 12,800 in the United Kingdom, against about EUR 9,000 for a new gas condensing boiler in
            Germany. German prices are higher mainly because installers there more often replace radiators and
            add a buffer tank, and because installer capacity remained tight even as demand fell. Equipment
            prices, as opposed to installed prices, fell by 8% to 12% during 2024 as manufacturers cleared
            stock."""),
            p("""Running costs depend above all on the ratio between the price of a kilowatt-hour of electricity
            and that of a kilowatt-hour of gas. A heat pump with a seasonal efficiency of 3 is cheaper to run than
            a gas boiler whenever that ratio is below about 3. In 2024 the household ratio was 1.3 in Sweden, 2.4
            in France, 2.9 in Germany and 4.0 in the United Kingdom, which is why the British market has depended
            so heavily on grants and why Sweden needs none."""),
        ),
        (
            h("4. Subsidies by country"),
            p("""Germany's federal grant for efficient buildings (BEG), administered by KfW since 2024, pays a base
            rate of 30% of eligible costs, a 20% bonus for replacing a working fossil-fuel heater before 2029, a
            30% bonus for households with taxable income below EUR 40,000 and a 5% bonus for natural refrigerants
            or ground-source units. Combined support is capped at 70% of eligible costs of at most EUR 30,000 for
            the first home, so the largest grant a homeowner can receive is EUR 21,000. KfW approved about 151,000
            applications for heat pumps in 2024."""),
            p("""France supports heat pumps through MaPrimeRenov', whose payment for an air-to-water unit ranges
            from EUR 5,000 for the lowest-income households to nothing for the highest, plus energy-saving
            certificates (CEE) paid by energy suppliers. The United Kingdom raised the Boiler Upgrade Scheme grant
            from GBP 5,000 to GBP 7,500 in October 2023, and the scheme paid out for about 19,600 heat pumps in
            2024. Poland suspended applications to its Czyste Powietrze (Clean Air) programme in November 2024
            after audits found fraud among installers, and reopened it in March 2025 with lower maximum
            grants."""),
            h("5. Manufacturers"),
            p("""The market is shared between European boiler makers that added heat pumps to their ranges and
            Asian air-conditioning groups. Japanese and Korean manufacturers - Daikin, Mitsubishi Electric,
            Panasonic, Samsung and LG - together held 36% of European air-to-water unit sales in 2024, up from 33%
            in 2023, helped by their scale in compressors and by lower prices. The European groups responded with
            consolidation: Carrier completed its EUR 12 billion acquisition of Viessmann Climate Solutions in
            January 2024, and several brands moved production of outdoor units to Poland and the Czech
            Republic."""),
            Table(
                caption="Table 2. Shares of European air-to-water heat pump unit sales, 2024",
                unit="(% of units)",
                header=("Manufacturer", "Share"),
                rows=(
                    ("Daikin", "17.5"),
                    ("Vaillant Group", "11.2"),
                    ("Bosch Home Comfort", "10.4"),
                    ("NIBE", "8.1"),
                    ("Viessmann (Carrier)", "7.6"),
                    ("Mitsubishi Electric", "6.9"),
                    ("Panasonic", "6.3"),
                    ("Stiebel Eltron", "4.0"),
                    ("Others", "28.0"),
                ),
                note="""Our estimates from company reports and distributor surveys; units sold into the 17
                countries of Table 1. Samsung and LG are included in Others.""",
            ),
        ),
        (
            p("""The downturn showed in the manufacturers' results. NIBE's Climate Solutions business area reported
            net sales of SEK 30.9 billion for 2024, 19% less than in 2023, and an operating margin of 7.2%,
            against 15.6% a year earlier; the group cut about 2,300 jobs. Vaillant put several thousand employees
            in Germany on short-time work in the first half of the year, and Daikin Europe reported that its
            heating sales in volume fell by about a quarter while its air-conditioning sales rose."""),
            h("6. Outlook"),
            p("""We expect a modest recovery rather than a rebound. Our base case is sales of 2.45 million units in
            2025, 6% more than in 2024, with Germany recovering to about 260,000 units as the grant programme
            becomes familiar, and 3.4 million units in 2027. That would leave the installed base at about 33
            million units at the end of 2027. The European Commission's REPowerEU plan implied a stock of about
            40 million heat pumps by 2027; since our forecast falls about 7 million units short of that, we do
            not expect the target to be met."""),
            p("""The risks to the forecast are mostly on the downside: a further fall in gas prices, which would
            weaken the running-cost case; changes to subsidy rules after elections, the German federal election
            of February 2025 above all; and a slow start to the EU's emissions trading system for buildings and
            road transport (ETS2), due in 2027, which is meant to raise the price of heating with gas and oil. On
            the upside, the EU's ecodesign rules could end the sale of stand-alone fossil-fuel boilers sooner
            than the market expects."""),
        ),
    ),
)

REPORTS = (HEAT_PUMPS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
