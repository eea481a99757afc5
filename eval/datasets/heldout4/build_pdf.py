"""Build the PDF report of the fourth held-out evaluation set (eval/datasets/heldout4/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout4/build_pdf.py      # writes docs/offshore_wind_supply_chain_2024.pdf
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

OFFSHORE_WIND = Report(
    stem="offshore_wind_supply_chain_2024",
    title="Offshore Wind: Turbines, Vessels, Auctions and the Cost Squeeze, 2021-2024",
    running_title="Offshore wind supply chain 2021-2024",
    date="14 February 2025",
    iso_date="2025-02-14",
    keywords=("offshore wind", "turbines", "installation vessels", "CfD", "auctions", "Siemens Gamesa", "Vestas",
              "GE Vernova", "Mingyang", "Orsted"),
    pages=(
        (
            h("1. Key points"),
            p("""Offshore wind has been through its hardest stretch since the first utility-scale projects, as costs
            caught up with the prices promised at auction. Between 2021 and 2023 the capital cost of a typical
            fixed-bottom project in northern Europe rose from about EUR 2.4 million per MW to about EUR 3.4 million
            per MW, while most projects then being built had fixed their revenue in auctions held in 2019-2021.
            Developers cancelled, sold back or renegotiated contracts for roughly 12 GW in the United States and
            the United Kingdom in 2023 alone. Governments answered in 2024 with higher ceiling prices and
            indexation, and the volume awarded recovered to a record."""),
            p("""Installations have not yet followed. The world added 21.1 GW of offshore capacity in 2021, a record
            inflated by Chinese developers connecting 16.9 GW before the national feed-in tariff for offshore wind
            expired at the end of that year. Additions then fell to 8.8 GW in 2022, recovered to 10.8 GW in 2023
            and, on our preliminary count, slipped to about 8.0 GW in 2024. Cumulative capacity reached roughly
            83 GW at the end of 2024. China holds about half of it (41 GW), ahead of the United Kingdom with
            15.0 GW and Germany with 9.2 GW; the Netherlands ranks fourth and Denmark fifth."""),
            h("2. What pushed costs up"),
            p("""Three forces did most of the damage. Steel, copper and other commodity prices jumped in 2021-2022,
            which lifted the cost of monopiles, towers, foundations and export cables. Interest rates rose next:
            because almost all of a project's capital is spent before it earns anything and its revenue arrives
            over 25 to 30 years, an increase of two to three percentage points in the cost of capital adds 15% to
            20% to the levelised cost of the electricity. Finally, the turbine makers, which had sold machines at
            a loss to win share, raised offshore turbine prices by 25% to 35% between 2021 and 2023 to repair
            their margins."""),
            p("""Installation is the other squeeze. Day rates for a jack-up vessel able to install 15 MW turbines
            roughly doubled between 2021 and 2024, to around $350,000. Few such ships exist. Turbines grew faster
            than the fleet: the average offshore turbine ordered in 2024 was rated at 15 MW, against 8 MW to 9 MW
            for those installed in 2020, and most vessels delivered before 2020 cannot lift the heavier nacelles
            or reach the new hub heights. Ports face the same mismatch, with quays, storage areas and water
            depths sized for the previous generation of turbines."""),
        ),
        (
            h("3. The turbine makers"),
            p("""The western turbine makers have lost money on offshore wind for most of the period. Siemens Gamesa,
            the leading supplier outside China, reported a loss of EUR 4.6 billion in fiscal 2023 (the year to 30
            September), mostly because of quality failures in its onshore 4.X and 5.X platforms, but its offshore
            business also absorbed the cost of a slow ramp-up at its new factories in Cuxhaven and Le Havre. Its
            parent, Siemens Energy, needed a EUR 15 billion package of guarantees, EUR 7.5 billion of them
            backed by the German state, in November 2023. GE Vernova's offshore wind unit lost about $1.1 billion
            in 2023; the company has said that it will not take new offshore orders until the turbines in its
            backlog are delivered and that the unit will break even once those projects are finished."""),
            p("""Vestas came back to offshore with its V236-15.0 MW turbine and booked 4.0 GW of offshore orders in
            2024, its highest figure yet. Vestas says that it is now pricing offshore turbines to earn a profit on
            every project, not to win volume. We do not expect offshore turbine prices to return to 2021 levels:
            all three western makers have told investors that they will put margin before market share."""),
            p("""The Chinese makers are a different industry. Mingyang, Goldwind, Shanghai Electric and Dongfang
            Electric sell offshore turbines in China for about a third less per MW than European prices, and
            they have built 16 MW to 20 MW prototypes years ahead of their western rivals. Ranked by offshore
            capacity commissioned worldwide in 2024, the five largest suppliers were Mingyang (about 2.3 GW),
            Siemens Gamesa (1.9 GW), Shanghai Electric (1.2 GW), Goldwind (0.9 GW) and Vestas (0.8 GW). Outside
            China, however, Siemens Gamesa still supplied more than 60% of the capacity installed in 2024, and
            Chinese makers have so far won only small orders in Europe."""),
            h("4. Vessels, cables and ports"),
            p("""The installation fleet is the narrowest point of the supply chain. At the end of 2024 we count about
            12 vessels outside China able to install turbines of 14 MW or more, and roughly ten more on order for
            delivery by 2027 at around $330 million each. The largest owner after the merger of Cadeler and
            Eneti, completed in December 2023, is Cadeler, with a fleet that will reach 12 vessels when its
            newbuilds arrive. In the United States the Jones Act, which reserves voyages between US points for
            US-built ships, makes the shortage worse: the only US-built installation vessel, Dominion Energy's
            Charybdis, cost about $625 million and entered service in 2025."""),
            p("""Cables are almost as tight. Prysmian, Nexans and NKT, which make most of the high-voltage export
            cable used offshore, have order books that run into 2028, and each has added factory and vessel
            capacity. Our checks suggest three practical bottlenecks for a developer planning a project for
            2028-2030:"""),
            p("""- high-voltage direct-current (HVDC) export cable and converter stations, sold out into 2029;"""),
            p("""- heavy-lift installation vessels for turbines of 15 MW and above;"""),
            p("""- monopile and jacket foundations, where European capacity is concentrated in a few yards."""),
        ),
        (
            h("5. Auctions: from empty rounds to record awards"),
            p("""The United Kingdom's fifth Contracts for Difference round (AR5), whose results came out in September
            2023, attracted no offshore wind bids at all: its administrative strike price of GBP 44 per MWh (in
            2012 prices) was below what any developer could accept after two years of cost inflation. The
            government raised the ceiling to GBP 73 per MWh for the sixth round (AR6), and in September 2024 it
            awarded about 5.3 GW of offshore wind, of which 4.9 GW fixed-bottom at GBP 58.87 per MWh and 0.4 GW
            floating at GBP 139.93 per MWh (both in 2012 prices). In Germany the new dynamic-bidding design raised
            EUR 12.6 billion in July 2023, when BP and TotalEnergies paid for the right to build 7 GW on four
            sites; in 2024, with fewer bidders willing to pay, the 5.5 GW awarded raised about EUR 3.0 billion.
            Denmark's tender for at least 3 GW, held without any state support, received no bids in December
            2024, and the government has said that the next rounds will offer contracts for difference."""),
            Table(
                caption="Table 1. Offshore wind capacity awarded in government auctions and tenders, 2021-2024 (GW)",
                unit="(gigawatts of capacity awarded in the year)",
                header=("Market", "2021", "2022", "2023", "2024"),
                rows=(
                    ("United Kingdom", "0.0", "7.0", "0.0", "5.3"),
                    ("Germany", "1.0", "1.0", "8.8", "5.5"),
                    ("Netherlands", "0.7", "1.5", "0.0", "4.0"),
                    ("Denmark", "1.0", "0.0", "0.0", "0.0"),
                    ("France", "0.0", "0.0", "1.0", "0.3"),
                    ("United States", "4.1", "3.4", "1.2", "6.1"),
                    ("Total", "6.8", "12.9", "11.0", "21.2"),
                ),
                note="""United Kingdom: Contracts for Difference allocation rounds (AR4 in 2022, AR6 in 2024; AR5 in
                2023 had no offshore bids). Germany: centrally pre-investigated and non-pre-investigated sites.
                United States: offtake contracts (ORECs and power purchase agreements) awarded by state
                solicitations, before later cancellations; 2024 includes capacity rebid after its earlier
                contracts were cancelled in 2023. Markets not shown (China, Taiwan, South Korea, Japan) are not
                included in the total."""),
            h("6. United States: cancellations and a restart"),
            p("""The US market reset in 2023. Ørsted cancelled its Ocean Wind 1 and Ocean Wind 2 projects off New
            Jersey (2.2 GW) in November 2023 and booked impairments of DKK 28.4 billion for the year, most of them
            in the US. Developers of about 4.4 GW of projects in Massachusetts, Connecticut and New York paid to
            exit contracts signed before the inflation of 2021-2022 and rebid at higher prices; Equinor's Empire
            Wind 1 won a new New York contract in 2024 at an estimated $155 per MWh, against about $118 per MWh
            under the contract it replaced."""),
        ),
        (
            p("""Ørsted itself cut its target for installed renewable capacity in 2030 to 35-38 GW in February 2024,
            from 50 GW, and said that it would leave markets where it could not earn its required return. The
            problems were not only financial. In July 2024 a blade broke off a GE Vernova Haliade-X turbine at
            Vineyard Wind 1 off Massachusetts, scattering debris on Nantucket's beaches; GE Vernova said the
            failure was caused by a manufacturing deviation at its blade plant in Gaspé, Canada, and the project
            was halted for several months. The change of administration in January 2025 adds political risk to
            the leases and permits still pending."""),
            h("7. Outlook"),
            p("""We expect global installations to rise to about 16 GW in 2025 and to average 25 GW to 30 GW a year in
            2027-2030, with China accounting for about half. On that path cumulative capacity would reach about
            230 GW by 2030, well short of the roughly 380 GW that governments have targeted. Europe should add
            about 3.5 GW in 2025 and more than 8 GW a year from 2027, when projects awarded in 2022-2024 reach
            the water. The United States is the largest source of uncertainty in our forecast: we assume only the
            projects already under construction, about 6 GW, are completed by 2030."""),
            p("""For investors the supply chain has become the better business. Cable makers and vessel owners now
            earn returns that developers cannot match, and the turbine makers are pricing for profit. Developers,
            by contrast, are being more selective: after the losses of 2023 most of them require an
            inflation-linked revenue contract before they commit, and several have sold stakes in projects to
            recycle capital. The risks we watch most closely are a second round of cancellations in the United
            States, delays to HVDC grid connections in Germany and the Netherlands, and competition from Chinese
            turbine makers in Europe, which the European Commission is examining under its foreign-subsidies
            rules."""),
        ),
    ),
)

REPORTS = (OFFSHORE_WIND,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
