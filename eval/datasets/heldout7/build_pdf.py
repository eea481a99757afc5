"""Build the PDF report of the heldout7 evaluation set (eval/datasets/heldout7/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The consultancy, its survey and every figure are invented for this test.

    .venv/bin/python eval/datasets/heldout7/build_pdf.py      # writes docs/datacentre_power_cooling_2025.pdf
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

DATACENTRE_POWER = Report(
    stem="datacentre_power_cooling_2025",
    title="Powering the Build-Out: Data-Centre Power, Grid Access and Cooling, 2024 Review and Outlook to 2030",
    running_title="Calder Brooke Advisory | Data-centre power and cooling 2025",
    date="18 April 2025",
    iso_date="2025-04-18",
    keywords=("data centre", "PUE", "grid connection", "liquid cooling", "Vertiv", "Schneider Electric"),
    pages=(
        (
            h("Executive summary"),
            p("""Calder Brooke Advisory (CBA) estimates that operational data-centre capacity worldwide reached
            58.4 GW of IT load at the end of 2024, 17% more than a year earlier. Electricity is now the binding
            constraint on that growth, not land, chips or capital. In the markets where operators most want to
            build, a new site of 50 MW or more waited a median of 43 months in 2024 from its connection request
            to energisation, and several utilities have stopped quoting dates at all."""),
            p("""Construction spending on new data-centre space reached $312 billion in 2024, up 38% on 2023, with
            halls designed for AI training and inference accounting for 41% of the total and the average campus
            announced during the year sized at 210 MW, roughly three times the 2019 average. Data centres
            consumed an estimated 415 TWh of electricity in 2024, about 1.5% of global demand; for 2023 we now
            estimate 362 TWh, revised up from the 340 TWh in last year's edition because our earlier survey missed
            much of the crypto-mining load that has since been converted to AI hosting."""),
            p("""Operators have kept squeezing overhead. The average power usage effectiveness (PUE) of the
            facilities in our survey fell to 1.54, but the easy gains are behind the industry, and the shift to
            racks drawing 100 kW or more is forcing a move from air to liquid cooling that raises build costs
            even as it lowers running costs."""),
            h("1. Demand and capacity"),
            p("""Hyperscale cloud providers and the AI developers that rent from them took 71% of the capacity
            leased worldwide in 2024, against 58% in 2022. Colocation providers, which lease space and power to
            many tenants, still own the largest share of operational capacity outside China, but an increasing
            part of their new construction is pre-let in full to a single hyperscale customer before ground is
            broken. Vacancy in the primary North American markets fell to 1.9% at the end of 2024, a record low,
            and asking rents for 250-500 kW deployments rose 12% in the year."""),
            p("""Note on this edition: capacity and consumption figures for 2023 have been restated. Our 2023 report
            gave global operational capacity at the end of that year as 48.2 GW; including self-built enterprise
            and crypto-to-AI conversions in China and India that we had not counted, the restated figure is
            49.9 GW. Growth rates in this report are measured against the restated base."""),
        ),
        (
            h("2. Grid connection queues"),
            p("""Utilities in every major market now hold requests for far more data-centre load than they can
            connect this decade. In Northern Virginia, still the largest market in the world, Dominion Energy had
            contracted data-centre capacity of 40.2 GW at the end of 2024, almost double the 21.4 GW of mid-2023,
            and it now tells customers asking for more than 100 MW to expect connection in 2029 or later. Texas's
            grid operator ERCOT reported 63 GW of large loads seeking interconnection in December 2024, of which
            it classed about 70% as data centres."""),
            p("""Europe's constraints are older and more formal. Ireland's transmission operator has not accepted new
            data-centre connections in the Dublin region since 2022 and does not expect to before 2028; Amsterdam
            caps new data-centre grid capacity at 670 MVA to 2030; and in Frankfurt, connections above 20 MVA
            are not expected before 2029. Operators are moving to secondary markets such as Madrid, Milan, Oslo
            and Warsaw, where capacity grew 29% in 2024 against 11% across the established FLAP-D markets
            (Frankfurt, London, Amsterdam, Paris, Dublin)."""),
            p("""Across the 46 markets in our survey, the median time from connection request to energisation for
            sites of 50 MW or more was 43 months in 2024, up from 31 months in 2022. The North American median was
            39 months and the European one 52 months. Developers are responding in three ways: they are
            signing for power years before they need it, building on-site gas turbines or fuel cells to bridge
            the gap ("bridge power", 6.8 GW of which was under construction at the end of 2024), and siting new
            campuses next to existing power stations, including nuclear plants."""),
            p("""Queue positions are also being traded. In several US utility territories a signed connection
            agreement for 100 MW now changes hands for $25 million to $60 million, a cost that did not exist five
            years ago. Utilities are answering with tariffs that require large customers to pay for a minimum
            share of their contracted load: in the arrangements approved in 2024 and early 2025 that share ranges
            from 60% to 85%, for contracts of 10 to 15 years."""),
        ),
        (
            h("3. Power usage effectiveness"),
            p("""Power usage effectiveness (PUE) is total facility energy divided by the energy delivered to IT
            equipment; a PUE of 1.0 would mean that no power at all is spent on cooling, power conversion or
            lighting. The average annual PUE across the 1,150 facilities in our 2024 survey was 1.54, compared
            with 1.56 in 2023 and 1.58 in 2022. Averages hide a wide spread by type of operator: hyperscale sites
            averaged 1.18, colocation facilities 1.47 and enterprise-owned data centres 1.79."""),
            p("""Most of the improvement of the past decade came from containment of hot and cold aisles, higher
            permitted supply-air temperatures and free cooling with outside air, which is why the best results are
            reported in the Nordic countries (a regional average of 1.25) and the worst in South-East Asia (1.71),
            where heat and humidity leave little scope for economisers. PUE also says nothing about water: the
            evaporative systems that help sites in dry climates report low PUE do so by consuming water, and we
            estimate that the average hyperscale site in the US South-West uses 1.9 litres per kWh of IT energy.
            We do not expect the industry average to fall below 1.45 before 2030."""),
            h("4. Liquid versus air cooling"),
            p("""Air cooling reaches its practical limit at about 40 kW per rack. Current AI training racks draw
            120 to 140 kW, and the next generation of accelerators is expected to push designs past 200 kW, a heat
            load that only liquid can carry away. Two approaches dominate: direct-to-chip cooling, in which cold
            plates on the processors are fed by a coolant loop, and immersion, in which whole servers sit in a
            tank of dielectric fluid. Direct-to-chip accounted for about 85% of the liquid-cooled capacity
            deployed in 2024."""),
            p("""Liquid costs more to build and less to run. In our US benchmark for 2024, an air-cooled hall cost
            $7.8 million per MW of IT load to build and a hall designed for direct-to-chip cooling $9.6 million
            per MW, a premium of 23%; immersion halls cost $10.4 million per MW. Cooling energy falls by 25% to
            35% with direct-to-chip, enough to lower a site's PUE by 0.10 to 0.15, so that on our assumptions
            (electricity at $80 per MWh, full load) the extra capital is recovered in six to eight years. For AI
            halls the comparison is moot, since air cannot cool the racks at all. Liquid-cooled halls made up 31%
            of the capacity under construction at the end of 2024, against 9% a year earlier."""),
        ),
        (
            h("5. Capacity by region"),
            p("""North America added more capacity in 2024 than the rest of the world combined, but it was not the
            fastest-growing region: Asia-Pacific outside China grew faster, led by Johor in Malaysia, Mumbai and
            Tokyo. Growth in China slowed as export controls limited the supply of advanced accelerators."""),
            Table(
                caption="Table 1. Operational data-centre capacity by region, end of year, in gigawatts (GW) of IT load",
                unit="(GW of IT load; grid connection capacity is higher by the facilities' overhead)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("North America", "18.9", "22.0", "26.1"),
                    ("Europe", "8.7", "9.6", "10.9"),
                    ("China", "9.1", "10.3", "11.6"),
                    ("Asia-Pacific excl. China", "5.1", "5.9", "7.3"),
                    ("Rest of world", "1.8", "2.1", "2.5"),
                    ("Total", "43.6", "49.9", "58.4"),
                ),
                note="""2023 restated (see section 1); the 2023 total first published was 48.2 GW. North America:
                United States and Canada. Rest of world: Latin America, the Middle East and Africa. Figures
                may not add because of rounding."""),
            h("6. Cooling equipment vendors"),
            p("""Sales of data-centre thermal management equipment (chillers, computer-room air handlers, coolant
            distribution units, cold plates and heat-rejection equipment, but not installation) reached $18.6
            billion in 2024, up 21% from $15.4 billion in 2023. Liquid-cooling products were 14% of the 2024
            total, a small share of revenue for now but growing at more than twice the pace of the market."""),
            Table(
                caption="Table 2. Vendors' shares of data-centre thermal management equipment revenue (% of global revenue)",
                unit="(percent)",
                header=("Vendor", "2023", "2024"),
                rows=(
                    ("Vertiv", "24", "26"),
                    ("Schneider Electric", "17", "18"),
                    ("Johnson Controls", "10", "9"),
                    ("Stulz", "7", "7"),
                    ("Daikin Applied", "6", "6"),
                    ("Others", "36", "34"),
                ),
                note="""Schneider Electric includes Motivair, acquired in 2024, from the date of acquisition. CBA
                estimates from company reports and channel checks."""),
        ),
        (
            h("7. Outlook to 2030"),
            p("""We model two scenarios. In our base case, operational capacity reaches 112 GW of IT load by the end
            of 2030, a compound annual growth rate of 11.5% from 2024, limited by the pace at which grids can
            connect new load. Our high case assumes that bridge power and faster transmission build in the US
            and the Gulf states relieve part of that constraint and that AI investment keeps growing at its
            2024 pace; capacity then reaches 141 GW, a compound 15.8% a year."""),
            Table(
                caption="Table 3. Global operational data-centre capacity, forecast, end of year (GW of IT load)",
                unit="(GW)",
                header=("Scenario", "2025", "2027", "2030"),
                rows=(
                    ("Base case", "66.0", "83.5", "112.0"),
                    ("High case", "68.5", "95.0", "141.0"),
                ),
                note="Both scenarios start from the 58.4 GW of 2024."),
            p("""Electricity use follows capacity, tempered by efficiency: we forecast consumption of 720 TWh in 2030
            in the base case and 960 TWh in the high case, against 415 TWh in 2024. Liquid cooling, on our
            estimates, will be used in more than 60% of new capacity completed in 2030 in both scenarios."""),
            p("""The risks are mostly on the side of power. Transformer and switchgear lead times, which stretched to
            more than two years in 2023, have eased only slightly; permitting of transmission lines takes longer
            still; and public opposition to data centres has grown in places where residents link them to higher
            electricity bills. On the other side, more efficient AI models could reduce the computing needed for
            each query, although so far cheaper computing has led to more use rather than less."""),
        ),
    ),
)

REPORTS = (DATACENTRE_POWER,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
