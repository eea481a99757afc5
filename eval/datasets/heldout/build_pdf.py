"""Build the PDF report of the held-out evaluation set (eval/datasets/heldout/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout/build_pdf.py      # writes docs/grid_battery_storage_2024.pdf
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

GRID_BATTERY = Report(
    stem="grid_battery_storage_2024",
    title="Grid-Scale Battery Storage: Deployments, Prices and Suppliers, 2022-2024",
    running_title="Grid-scale battery storage 2022-2024",
    date="18 February 2025",
    iso_date="2025-02-18",
    keywords=("battery storage", "BESS", "Tesla", "Fluence", "Sungrow", "CATL", "LFP"),
    pages=(
        (
            h("1. Summary"),
            p("""Utility-scale battery energy storage systems (BESS) were the fastest-growing kind of power-sector
            equipment in 2024. Global additions reached an estimated 170 GWh of energy capacity in calendar 2024,
            up from about 95 GWh in 2023 and 45 GWh in 2022. China accounted for a little over half of the 2024
            additions, the United States for roughly a fifth and Europe for about a tenth."""),
            p("""Three things pushed deployments up. First, the price of a turnkey four-hour system fell by about
            40% in the year, mainly because lithium carbonate prices collapsed and cell makers had built far more
            capacity than the electric-vehicle market absorbed. Second, grids with a high share of solar power
            now see deep midday price troughs and steep evening peaks, which batteries can arbitrage. Third,
            policy: the US investment tax credit for standalone storage and China's requirement that new
            renewable plants add storage turned projects that were marginal into bankable ones."""),
            h("2. Deployments by market"),
            p("""In the United States, developers connected about 10.3 GW of utility-scale battery power capacity
            in 2024, against 6.4 GW in 2023. California and Texas together took close to 80% of it: California
            because its evening ramp is the steepest in the country, Texas because the ERCOT market pays
            high scarcity prices and lets batteries earn from ancillary services. Arizona and Nevada were the
            next-largest states."""),
            p("""Europe installed about 17 GWh of grid-scale storage in 2024. Great Britain, Germany and Italy were
            the largest markets; Italy's capacity auctions (the MACSE scheme) are expected to make it the largest
            European market from 2026. Australia commissioned several projects above 500 MWh, including the
            Waratah Super Battery in New South Wales."""),
        ),
        (
            h("3. The suppliers"),
            p("""The market has two layers. Cell makers - CATL, BYD, EVE Energy, Hithium and REPT - produce the
            lithium iron phosphate (LFP) cells that almost every grid project now uses. Integrators - Tesla,
            Sungrow, Fluence, BYD and Wartsila, among others - design the system, supply the enclosure, the
            power conversion and the control software, and take on the performance guarantee. BYD is the only
            large supplier present in both layers with its own cells and its own integrated product."""),
            p("""Tesla deployed 31.4 GWh of storage products in 2024, more than double its 14.7 GWh of 2023, and
            its energy generation and storage segment had revenue of $10.1 billion in 2024, against $6.0 billion
            a year earlier. The segment's gross margin rose to about 26% from about 19%. Tesla attributed the
            increase to higher Megapack deployments and lower cell costs; it ramped its Lathrop, California
            factory to an annual rate of 40 GWh and began building a second Megapack factory in Shanghai."""),
            p("""Fluence, whose fiscal year ends on 30 September, reported revenue of $2.7 billion for fiscal 2024,
            up from $2.2 billion in fiscal 2023, and its first full year of positive net income. Its backlog
            stood at $4.5 billion at the end of the year. Fluence buys cells from third parties and has been
            moving part of its supply to US-made cells to qualify for the domestic-content bonus credit."""),
            Table(
                caption="Table 1. Storage deployed by selected integrators",
                unit="(GWh)",
                header=("Company", "2022", "2023", "2024"),
                rows=(
                    ("Tesla", "6.5", "14.7", "31.4"),
                    ("Sungrow", "7.7", "10.5", "28.0"),
                    ("Fluence", "2.6", "4.6", "5.9"),
                    ("Wartsila", "1.1", "1.9", "2.5"),
                ),
                note="""Tesla: calendar years, as reported. Sungrow: shipments of storage systems, as reported in
                its annual results. Fluence: energy storage deployed in fiscal years to 30 September. Wartsila:
                our estimate from order announcements; the company does not report a GWh figure."""),
        ),
        (
            h("4. Prices and technology"),
            p("""The average price of a turnkey four-hour system fell from about $270 per kWh in 2023 to about
            $165 per kWh in 2024, and tenders in China closed below $90 per kWh late in the year. Outside China,
            prices remain higher because of tariffs, shipping and local installation costs. Most new systems
            use 300 Ah-class LFP cells in 20-foot containers of 5 MWh or more, up from about 3.7 MWh in 2023."""),
            p("""Sodium-ion cells are being trialled in a few Chinese projects, but we do not expect them to take a
            meaningful share of grid storage before 2027. Durations are getting longer: the average new US
            project now has close to three hours of storage, and more four-hour projects are being contracted."""),
            h("5. Risks"),
            p("""We see four main risks to the outlook: new US tariffs on Chinese cells and systems, which are due
            to rise from 7.5% to 25% for non-EV lithium-ion batteries in 2026; grid-connection queues, which in
            several US markets now exceed four years; falling arbitrage revenue as more batteries compete for the
            same evening peak; and fire safety, after the January 2025 fire at the Moss Landing site in
            California, which prompted local moratoriums on new projects."""),
            h("6. Outlook"),
            p("""We expect global additions of 220 to 250 GWh in 2025. Growth is likely to slow in the United
            States if the tax credits are cut back, while China should keep growing as provinces add capacity
            payments. Margins of integrators may come under pressure in 2025 as system prices keep falling
            faster than costs outside China. Tesla has said it expects storage deployments to grow at least 50%
            in 2025."""),
        ),
    ),
)

REPORTS = (GRID_BATTERY,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
