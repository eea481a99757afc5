"""Build the PDF report of the tenth held-out evaluation set (eval/datasets/heldout10/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block.

    .venv/bin/python eval/datasets/heldout10/build_pdf.py      # writes docs/container_shipping_2025.pdf
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

CONTAINER_SHIPPING = Report(
    stem="container_shipping_2025",
    title="Container Shipping and Ports: Rates, Capacity and the 2026 Outlook",
    running_title="Container shipping and ports 2025",
    date="14 January 2026",
    iso_date="2026-01-14",
    keywords=("container shipping", "freight rates", "orderbook", "charter rates", "port throughput", "MSC",
              "Maersk", "Hapag-Lloyd"),
    pages=(
        (
            h("1. Summary"),
            p("""Container shipping had a second unusually profitable year in 2025, although less so than 2024. The
            diversion of most Asia-Europe services around the Cape of Good Hope, which began in December 2023 after
            attacks on ships in the Red Sea, continued through the year and absorbed an estimated 9% of global
            fleet capacity. Even so, spot rates fell: our composite index¹ averaged $2,710 per forty-foot
            equivalent unit (FEU) in 2025, down 28% from $3,770 in 2024 but still well above the $1,420 average of
            the five pre-pandemic years 2015-2019. Carriers' combined EBIT, which we estimate at $38 billion, was
            about 40% lower than in 2024."""),
            p("""The supply side is the bigger concern for 2026. The fleet grew by 7.1% in 2025 to 32.4 million
            twenty-foot equivalent units (TEU), while global container volumes rose by 3.6%, and the orderbook has
            reached a record 9.8 million TEU, equal to 30% of the fleet in service. If ships return to the Suez
            Canal, we think as much as 2 million TEU of capacity would be released into a market that does not
            need it."""),
            h("2. Freight rates by trade lane"),
            p("""The decline was uneven across lanes. Transpacific eastbound rates fell the most, as US importers had
            brought cargo forward into late 2024 ahead of tariff increases and then cut orders in the second and
            third quarters of 2025. Asia-North Europe rates held up better, supported by the Cape diversions, and
            the Transatlantic was the only major lane where the average rate rose, by 6%, helped by firm US demand
            for European machinery and a shortage of tonnage on the route."""),
            Table(
                caption="Table 1. Average spot rates by trade lane",
                unit="(US$ per FEU, annual average of weekly assessments)",
                header=("Lane", "2023", "2024", "2025"),
                rows=(
                    ("Shanghai - Rotterdam", "1,480", "4,560", "3,290"),
                    ("Shanghai - Genoa", "1,720", "4,930", "3,650"),
                    ("Shanghai - Los Angeles", "1,960", "4,120", "2,540"),
                    ("Shanghai - New York", "2,840", "5,610", "3,880"),
                    ("Rotterdam - New York", "2,250", "2,410", "2,560"),
                ),
                note="""Dry 40-foot containers, excluding terminal handling charges. Rotterdam - New York is the
                westbound Transatlantic leg. The 2024 Shanghai - Genoa figure is restated from 5,010 in our
                previous report after the index provider revised its assessments for the Mediterranean."""),
            p("""¹ A composite of eight east-west lanes weighted by volume, excluding terminal handling charges. In
            this report a spot rate is the rate for a container shipped within two weeks, not a contract rate."""),
        ),
        (
            h("3. Fleet capacity and orderbook"),
            p("""Shipyards delivered 1.9 million TEU of new capacity in 2025, after a record 2.9 million TEU in 2024.
            Scrapping remained negligible at about 95,000 TEU, because owners could still charter out old ships at
            profitable rates, so net fleet growth was close to the delivery figure. The average age of the fleet
            rose to 14.1 years."""),
            p("""Ordering did not slow. Carriers and tonnage providers contracted 4.3 million TEU of new ships during
            2025, the second-highest annual total on record after 2021's 4.5 million TEU, taking the orderbook to
            9.8 million TEU by December. More than three-quarters of it is for ships of 12,000 TEU or more, and
            about 55% of the tonnage on order can burn liquefied natural gas or methanol as well as conventional
            fuel."""),
            Table(
                caption="Table 2. Cellular fleet and orderbook by ship size, end of 2025",
                unit="(thousand TEU unless stated)",
                header=("Size band", "Fleet", "Orderbook", "% of fleet"),
                rows=(
                    ("Under 3,000 TEU", "5,180", "610", "12"),
                    ("3,000-7,999 TEU", "6,020", "480", "8"),
                    ("8,000-11,999 TEU", "6,370", "1,020", "16"),
                    ("12,000-16,999 TEU", "8,110", "4,150", "51"),
                    ("17,000 TEU and over", "6,720", "3,540", "53"),
                    ("Total", "32,400", "9,800", "30"),
                ),
                note="""Orderbook: ships contracted but not yet delivered, at 31 December 2025. The last column is
                the orderbook as a percentage of the fleet in the same size band."""),
            h("4. Charter rates"),
            p("""Owners of chartered tonnage, who supply roughly half of the carriers' fleets, did better than the
            carriers themselves. Because there were almost no idle ships, the charter market stayed tight all
            year: a 12-month time charter for a 4,400 TEU vessel averaged about $41,500 per day in 2025, up from
            $33,000 in 2024, and charters of three years or more became common even for ships built in the 2000s.
            The charter index² we follow rose 11% over the year. Rates for the smallest feeder ships, of around
            1,700 TEU, were about $22,000 per day."""),
            p("""Charter rates typically lag spot freight rates by six to nine months, so we expect them to soften in
            the second half of 2026 as the new ships arrive."""),
            p("""² An index of time-charter rates for six ship sizes from 1,100 to 4,250 TEU, 12-month periods."""),
        ),
        (
            h("5. Port throughput by region"),
            p("""World container port throughput reached an estimated 915 million TEU in 2025, up 3.9% from 881
            million TEU in 2024 (the 2024 total is restated from the 876 million TEU in our previous report, after
            revisions to Chinese port data). Throughput grows faster than trade volumes because every
            transhipment of a box is counted again at the hub where it is moved between ships."""),
            Table(
                caption="Table 3. Container port throughput by region",
                unit="(million TEU)",
                header=("Region", "2024", "2025", "Change (%)"),
                rows=(
                    ("Greater China", "312", "327", "4.8"),
                    ("Rest of East Asia", "71", "72", "1.4"),
                    ("South-East Asia and Oceania", "137", "145", "5.8"),
                    ("South Asia", "34", "37", "8.8"),
                    ("Middle East", "57", "59", "3.5"),
                    ("Europe", "123", "124", "0.8"),
                    ("North America", "63", "64", "1.6"),
                    ("Latin America", "56", "58", "3.6"),
                    ("Africa", "28", "29", "3.6"),
                    ("Total", "881", "915", "3.9"),
                ),
                note="""Greater China includes Hong Kong and Taiwan. 2025 figures are partly estimated from
                January-November port statistics."""),
            p("""South Asia grew fastest, helped by new capacity at Colombo and Vizhinjam and by transhipment cargo
            diverted from the Red Sea. Shanghai remained the busiest single port, handling 51.5 million TEU,
            followed by Singapore with 41.2 million TEU, of which about 85% was transhipment. In Europe, Rotterdam
            handled 13.6 million TEU and Antwerp-Bruges 13.4 million TEU, while North American throughput was held
            back by a fall at the ports of Los Angeles and Long Beach in the third quarter."""),
            h("6. Carriers' market shares"),
            p("""Consolidation continued through fleet growth rather than acquisitions. MSC, which overtook Maersk as
            the largest carrier in January 2022, added more than 1 million TEU during 2025 and ended the year with
            21.3% of the capacity operated by liner companies."""),
        ),
        (
            Table(
                caption="Table 4. Operated capacity of the largest carriers, end of 2025",
                unit="(thousand TEU; share of total liner capacity in %)",
                header=("Carrier", "Capacity", "Share (%)"),
                rows=(
                    ("MSC", "6,900", "21.3"),
                    ("Maersk", "4,580", "14.1"),
                    ("CMA CGM", "4,050", "12.5"),
                    ("COSCO (incl. OOCL)", "3,400", "10.5"),
                    ("Hapag-Lloyd", "2,390", "7.4"),
                    ("ONE", "2,010", "6.2"),
                    ("Evergreen", "1,840", "5.7"),
                    ("HMM", "940", "2.9"),
                    ("Top eight", "26,110", "80.6"),
                ),
                note="""Operated capacity includes chartered ships. Shares are of the cellular fleet of 32.4
                million TEU."""),
            p("""Alliances changed in February 2025. Maersk and Hapag-Lloyd formed the Gemini Cooperation,
            Hapag-Lloyd having left THE Alliance; ONE, HMM and Yang Ming continued as the Premier Alliance; and the
            Ocean Alliance of CMA CGM, COSCO, Evergreen and OOCL was extended to 2032. MSC operates alone on the
            east-west trades."""),
            h("7. Earnings"),
            p("""Maersk's Ocean segment reported EBIT of $3.1 billion in 2025, against $4.6 billion in 2024, on
            revenue of $33.8 billion; the group as a whole, including Logistics & Services and Terminals, earned
            EBIT of $5.2 billion. Hapag-Lloyd's Liner Shipping segment had EBIT of $1.9 billion. ONE reported a
            profit after tax of $2.7 billion for its fiscal year ended 31 March 2025, a year that included the
            strongest months of the 2024 rate spike."""),
            h("8. Scenarios for 2026"),
            p("""We model three scenarios. In our base case (probability 50%), ships keep avoiding the Red Sea for
            most of 2026, demand grows by 3% and the fleet by 5.5%, and the composite index averages about $2,100
            per FEU, 22% below 2025. In the Suez return scenario (30%), carriers resume transits from the second
            quarter; effective capacity rises by about 6% within months, and rates fall back towards $1,500, close
            to the level at which most carriers only break even. In the trade-war scenario (20%), US tariffs of
            60% or more on Chinese goods cut transpacific volumes by 10% to 15%; the composite would average about
            $1,800, with transpacific rates falling further than those on other lanes."""),
            p("""In every scenario carriers' profits fall in 2026. We expect the industry to respond as it did in
            2016 and 2023: by cancelling sailings, slowing ships and, if rates stay low, by scrapping more of the
            2.1 million TEU of ships that are over 25 years old."""),
            h("9. Risks"),
            p("""Upside risks to rates are renewed disruption at the Panama Canal, where drought limited transits in
            2023-24, and labour disputes at US ports. Downside risks are faster deliveries than scheduled and a
            weaker Chinese economy."""),
        ),
    ),
)

REPORTS = (CONTAINER_SHIPPING,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
