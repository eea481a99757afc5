"""Build the PDF market note of the twelfth held-out evaluation set (eval/datasets/heldout12/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout12/build_pdf.py      # writes docs/electrolysers_green_hydrogen_2025.pdf
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

ELECTROLYSERS = Report(
    stem="electrolysers_green_hydrogen_2025",
    title="Water Electrolysers for Green Hydrogen: Capacity, Costs and Manufacturers, 2025",
    running_title="Electrolysers and green hydrogen - market note, April 2026",
    date="16 April 2026",
    iso_date="2026-04-16",
    keywords=("electrolyser", "green hydrogen", "alkaline", "PEM", "solid oxide", "LONGi", "Peric",
              "thyssenkrupp nucera", "Nel", "45V", "European Hydrogen Bank"),
    pages=(
        (
            h("1. Key points"),
            p("""Installed water electrolysis capacity worldwide reached 2.98 GW at the end of 2025, up from
            1.64 GW a year earlier, an increase of 82% [1]. The additions of 1.34 GW were a record, but they fell
            well short of the 4-5 GW that industry bodies were projecting in early 2024, and the gap between
            announced projects and projects that reach a final investment decision (FID) remains the central
            fact of this market."""),
            p("""China accounted for 1.84 GW of the installed base, or 62% of the world total, and for 79 of the
            122 plants above 10 MW commissioned in 2025. Europe ended the year with 0.52 GW. Manufacturers
            shipped 3.6 GW of electrolysers in 2025, more than were installed: inventory, in our view, is
            building up at the factories and on project sites."""),
            h("2. Installed base and pipeline"),
            p("""Projects that have taken FID or are under construction totalled about 21 GW at the end of 2025,
            against some 410 GW of projects that have been announced for completion by 2035 [2]. China holds
            12.4 GW of the committed pipeline, Europe 3.9 GW and the Middle East 2.6 GW, of which 2.2 GW is a
            single export project in Saudi Arabia scheduled for 2026-27. North America has 1.3 GW committed,
            down from 1.8 GW a year earlier after three US developers cancelled projects following changes to
            the federal tax credit (Section 6)."""),
            Table(
                caption="Table 1. Installed electrolyser capacity by region, end of year",
                unit="(GW of electrical input)",
                header=("Region", "2023", "2024", "2025"),
                rows=(
                    ("China", "0.75", "1.05", "1.84"),
                    ("Europe (EU, UK, EFTA)", "0.24", "0.33", "0.52"),
                    ("North America", "0.10", "0.16", "0.27"),
                    ("Middle East", "0.02", "0.03", "0.21"),
                    ("India", "0.01", "0.02", "0.06"),
                    ("Rest of world", "0.04", "0.05", "0.08"),
                    ("Total", "1.16", "1.64", "2.98"),
                ),
                note="""Operational or mechanically complete plants of 0.5 MW and more. 2024 restated from
                1.52 GW in our April 2025 note after late reporting by Chinese operators. Figures are
                rounded."""),
            p("""Utilisation is the weak point. We estimate that the world's electrolysers ran at an average
            load factor of 28% in 2025 (2024: 31%). Chinese plants averaged about 15%, because many were built
            to satisfy provincial quotas attached to wind and solar permits and have no buyer for the hydrogen;
            European plants, which are mostly tied to a refinery or ammonia offtaker, averaged 45% [3]."""),
        ),
        (
            h("3. Technologies and costs"),
            p("""Alkaline electrolysers (AWE), a century-old technology, still made up about 68% of 2025
            shipments by capacity, proton exchange membrane (PEM) units 27% and solid oxide electrolysers (SOEC)
            under 2%, with the remainder anion exchange membrane (AEM) and other designs. PEM stacks respond
            faster to the variable output of wind and solar and are more compact, but they need iridium and
            platinum; SOEC units are the most efficient when waste heat is available but are only now moving
            beyond demonstration plants. AEM, which promises PEM-like flexibility without precious metals, is
            still at pilot scale and its makers do not yet quote commercial prices."""),
            Table(
                caption="Table 2. Electrolyser cost by technology and scope, 2025",
                unit="(US$ per kW of electrical input)",
                header=("Technology", "Stack", "System", "Installed"),
                rows=(
                    ("Alkaline, Chinese supplier", "110", "280", "750"),
                    ("Alkaline, Western supplier", "270", "650", "2,000"),
                    ("PEM", "400", "900", "2,450"),
                    ("Solid oxide (SOEC)", "1,100", "2,300", "3,600"),
                ),
                note="""Stack: the cell stack alone. System: stack plus power electronics, gas treatment and
                balance of plant, ex works. Installed: total cost of a 100 MW plant including engineering,
                construction and grid connection, outside China. Mid-points of quoted ranges [4]."""),
            p("""Stack prices kept falling in 2025: Western PEM stacks were about 8% cheaper than in 2024 and
            Chinese alkaline stacks about 20% cheaper, as new factories competed for few orders. Installed
            costs moved the other way. A 100 MW alkaline plant built in Europe or the US with a Western
            supplier cost about $2,000 per kW in 2025, against roughly $1,400 per kW assumed in project plans
            drawn up in 2021; the stack is now less than a seventh of the total, and engineering, civil works,
            compression and grid connection have risen with construction inflation. The result is that green
            hydrogen produced in Europe cost EUR 6-8 per kg in 2025, against EUR 1.5-2.5 per kg for hydrogen
            made from natural gas."""),
        ),
        (
            h("4. Manufacturers"),
            p("""LONGi Hydrogen overtook Peric as the largest shipper in 2025. The three largest Chinese makers
            together shipped 45% of the world's electrolysers, while the two Germany-based makers,
            thyssenkrupp nucera and Siemens Energy, held 16% between them. Nel shipped less than in 2024 as its
            Heroya plant ran at a fraction of its 1 GW capacity; the Company (as Nel calls itself in its
            reports) booked a NOK 120 million write-down on the line in the fourth quarter."""),
            Table(
                caption="Table 3. Electrolyser shipments by manufacturer",
                unit="(MW, calendar years; share of 2025 shipments in %)",
                header=("Manufacturer (home country)", "2024", "2025", "Share"),
                rows=(
                    ("LONGi Hydrogen (China)", "410", "684", "19%"),
                    ("Peric (China)", "520", "540", "15%"),
                    ("Sungrow Hydrogen (China)", "240", "396", "11%"),
                    ("thyssenkrupp nucera (Germany)", "330", "360", "10%"),
                    ("Siemens Energy (Germany)", "190", "216", "6%"),
                    ("Nel (Norway)", "170", "144", "4%"),
                    ("ITM Power (UK)", "60", "108", "3%"),
                    ("Plug Power (US)", "110", "72", "2%"),
                    ("Others", "770", "1,080", "30%"),
                    ("Total", "2,800", "3,600", "100%"),
                ),
                note="""Shipments, not orders or installations. 2024 total restated from 2.6 GW. Company
                figures are our estimates from order books and customs data where makers do not report MW
                [1]."""),
            p("""Reported results show the strain. thyssenkrupp nucera, whose fiscal year ends on 30 September,
            reported green hydrogen (alkaline) sales of EUR 486 million for fiscal 2024/25, down from EUR 518
            million in fiscal 2023/24, with order intake in the segment of just EUR 52 million. ITM Power more
            than doubled its revenue in the year to April 2025, to GBP 22 million, but still reported an
            adjusted EBITDA loss of GBP 32 million. Plug Power said in November 2025 that it would sell its
            electrolyser business in Europe and concentrate on liquid hydrogen supply."""),
            h("5. Prices and competition"),
            p("""Chinese suppliers offer complete alkaline systems at well under half the Western price, and
            they won the largest tenders outside China in 2025, including two plants in the Middle East and
            one in India. European buyers are discouraged from them: the European Hydrogen Bank's second
            auction capped the share of Chinese stacks a winning project may use at 25% of its capacity."""),
        ),
        (
            h("6. Subsidies and policy"),
            p("""In the United States, the clean hydrogen production credit (Section 45V of the tax code) pays
            up to $3.00 per kg of hydrogen for 10 years to plants with life-cycle emissions below 0.45 kg of
            CO2-equivalent per kg. Legislation passed in July 2025 limits it to plants on which construction
            begins before 1 January 2028, shortening the window by five years; the credit's rules on hourly
            matching of renewable power, which apply from 2030, were left in place."""),
            p("""The European Hydrogen Bank's first auction, in 2024, awarded EUR 720 million to seven projects
            with 1.5 GW of electrolysers, at premiums of EUR 0.37 to EUR 0.48 per kg. The second, concluded in
            May 2025, awarded EUR 992 million to 15 projects with 2.3 GW, at premiums of EUR 0.20 to EUR 0.60
            per kg. A third round with a budget of about EUR 1 billion closed for bids in February 2026; results
            are expected in the summer. India's SIGHT programme awarded incentives for 3 GW a year of domestic
            electrolyser manufacturing capacity, and Japan's contract-for-difference scheme, worth JPY 3
            trillion over 15 years, selected its first projects in late 2025 [5]."""),
            h("7. Forecast"),
            p("""Our base case has the installed base rising about fivefold to 15 GW by the end of 2027, as most
            of the committed pipeline is completed, and to 57 GW by 2030. That is far below the targets set by
            governments: the EU alone aimed for 40 GW of domestic electrolysers by 2030, and our base case
            gives Europe 11 GW. In our low case, with fewer FIDs in 2026-27, the world reaches 38 GW in 2030; in
            our high case, 85 GW."""),
            Table(
                caption="Table 4. Installed electrolyser capacity by region, base case",
                unit="(GW, end of year; 2025 actual, later years forecast)",
                header=("Region", "2025", "2027F", "2030F", "2035F"),
                rows=(
                    ("China", "1.84", "6.5", "24", "70"),
                    ("Europe", "0.52", "2.8", "11", "40"),
                    ("North America", "0.27", "1.1", "4", "12"),
                    ("Middle East", "0.21", "3.4", "9", "25"),
                    ("India", "0.06", "0.7", "5", "18"),
                    ("Rest of world", "0.08", "0.5", "4", "15"),
                    ("Total", "2.98", "15.0", "57", "180"),
                ),
                note="Base year 2025. F: forecast."),
        ),
        (
            h("Notes and sources"),
            p("""[1] Our plant and shipment tracker, built from company reports, customs records and project
            announcements; Chinese capacity cross-checked against provincial registries."""),
            p("""[2] Announced projects: public announcements with a stated capacity and target date, including
            memoranda of understanding. Committed: FID taken or construction started."""),
            p("""[3] Load factor: hydrogen produced divided by the output the installed electrolysers could have
            produced running all year at rated capacity. Estimates for plants that report no output are based
            on their power purchase."""),
            p("""[4] Supplier quotations and tender results collected between January and December 2025,
            converted at 2025 average exchange rates. Installed costs exclude land and the cost of financing."""),
            p("""[5] European Commission (Innovation Fund); US Department of the Treasury; Ministry of New and
            Renewable Energy, India; Ministry of Economy, Trade and Industry, Japan."""),
            p("""This note is for information only. Figures for 2025 are preliminary and may be revised."""),
        ),
    ),
)

REPORTS = (ELECTROLYSERS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
