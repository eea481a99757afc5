"""Build the PDF report of the second held-out evaluation set (eval/datasets/heldout2/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout2/build_pdf.py      # writes docs/satellite_broadband_2024.pdf
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

SATELLITE_BROADBAND = Report(
    stem="satellite_broadband_2024",
    title="Satellite Broadband: Constellations, Subscribers and Revenue, 2022-2024",
    running_title="Satellite broadband 2022-2024",
    date="27 March 2025",
    iso_date="2025-03-27",
    keywords=("satellite broadband", "LEO", "Starlink", "Viasat", "Hughes", "Eutelsat OneWeb", "Project Kuiper"),
    pages=(
        (
            h("1. Overview"),
            p("""Satellite broadband stopped being a niche product in 2024. Operators of low-Earth-orbit (LEO)
            constellations, whose satellites fly at 500 to 1,200 km rather than the 36,000 km of a geostationary
            (GEO) satellite, can offer latency of 25 to 60 milliseconds, close to that of a cable connection,
            against 600 milliseconds or more for a GEO service. We estimate that the satellite broadband market -
            consumer, enterprise, maritime, aviation and government connectivity, but not TV broadcasting -
            generated revenue of roughly $14.5 billion in 2024, up from $11.0 billion in 2023 and $9.2 billion
            in 2022."""),
            p("""Nearly all of the growth came from one company. SpaceX's Starlink passed 4.6 million subscribers at
            the end of 2024, having had about 2.3 million a year earlier, and operated some 6,800 satellites by
            December. The incumbent GEO operators lost consumer subscribers for the third year running and are
            repositioning themselves towards government, aviation and maritime customers, where contracts run
            for several years and pay more per megabit than a household does."""),
            h("2. Why LEO is winning"),
            p("""Latency is only part of the story. Launch cost matters more: because SpaceX reuses its Falcon 9
            boosters, it puts its own satellites into orbit at an internal cost we put at under $30 million per
            flight, carrying 20 to 24 satellites each time, a cost no rival can match until other reusable heavy
            rockets enter regular service. Terminals got cheaper as well. The standard Starlink dish, which
            SpaceX said cost it about $2,500 to make in 2021, now retails for $349 in the United States, and for
            less during promotions. Laser links between satellites, finally, let Starlink serve ships, aircraft
            and remote sites far from any ground station."""),
            h("3. Consumer demand"),
            p("""Rural households remain the core of the consumer market. In the United States about 22 million
            people still lack a fixed connection of at least 100/20 Mbps, and for many of them satellite is the
            only option short of waiting for fibre funded by the $42.45 billion BEAD programme. Outside the US,
            Starlink was licensed in more than 100 countries by the end of 2024. Nigeria, Kenya, the Philippines
            and Indonesia were among the markets where it signed up customers fastest, although several African
            regulators have since questioned its pricing."""),
        ),
        (
            h("4. The operators"),
            p("""SpaceX does not publish accounts for Starlink. From subscriber counts and published prices, we
            estimate Starlink's revenue at about $7.7 billion in 2024, against $4.2 billion in 2023; roughly a
            quarter of the 2024 figure came from government contracts, including the Starshield work for US
            agencies. SpaceX has said that Starlink became cash-flow positive in 2023. We have no way of checking
            that claim."""),
            p("""Eutelsat, which combined with OneWeb in September 2023, operates the only other LEO broadband
            constellation in commercial service, with about 650 satellites. It sells wholesale, through telecom
            operators and distributors, rather than to households. LEO revenue was EUR 163 million in the fiscal
            year to June 2024, about 13% of the group total, and management has guided to growth of more than 50%
            in fiscal 2025. The balance sheet is the constraint: the second-generation constellation will need
            close to EUR 4 billion by the end of the decade."""),
            p("""Viasat completed its purchase of Inmarsat in May 2023, more than doubling its mobility and
            government business. Its US residential subscribers, by contrast, dropped to about 190,000 by March
            2025 from about 360,000 two years earlier, and it now markets the service mainly in areas where
            Starlink capacity is sold out. Hughes, part of EchoStar, ended 2024 with about 850,000 consumer
            subscribers, down from 1.2 million at the end of 2022; it is concentrating on enterprise networks and
            on reselling OneWeb capacity."""),
            Table(
                caption="Table 1. Revenue of selected satellite broadband operators",
                unit="(US$ billions)",
                header=("Company", "2022", "2023", "2024"),
                rows=(
                    ("Starlink", "1.4", "4.2", "7.7"),
                    ("Viasat", "2.6", "4.3", "4.5"),
                    ("Hughes", "1.9", "1.7", "1.5"),
                    ("Eutelsat", "1.2", "1.3", "1.3"),
                ),
                note="""Starlink: our estimate, calendar years. Viasat: fiscal years ending 31 March of the
                following year (2024 is fiscal 2025), including Inmarsat from 30 May 2023. Hughes: EchoStar's
                broadband and satellite services segment. Eutelsat: group revenue, fiscal years ending 30 June,
                converted from euros at average rates."""),
        ),
        (
            h("5. Amazon and the next entrants"),
            p("""Amazon's Project Kuiper launched two prototype satellites in October 2023 and plans a constellation
            of 3,236. Its licence from the US Federal Communications Commission requires half of them to be in
            orbit by July 2026. Amazon has booked up to 83 launches from United Launch Alliance, Arianespace and
            Blue Origin, and later added three from SpaceX; it expects to begin serving customers in late 2025.
            It has not said what it will charge, but it has shown three terminals, the smallest of which it
            expects to cost less than $400 to build."""),
            p("""China is building two state-backed constellations, Guowang (about 13,000 satellites planned) and
            Qianfan, also known as Thousand Sails (about 14,000 planned). Qianfan launched its first 18
            satellites in August 2024. We do not expect either to offer service outside China at scale before
            2027: China's launch rate, though rising, is still a fraction of SpaceX's."""),
            p("""A separate race is under way to connect ordinary phones directly to satellites. AST SpaceMobile,
            whose backers include AT&T, Verizon and Vodafone, launched its first five commercial BlueBird
            satellites in September 2024; Starlink's direct-to-cell service with T-Mobile entered a beta test in
            early 2025; and Apple pays Globalstar for emergency messaging on iPhones. We see direct-to-device as a
            complement to broadband terminals rather than a substitute, since the bandwidth per user is a small
            fraction of what a dish delivers."""),
            h("6. Risks and outlook"),
            p("""We expect the market to reach $18 billion to $20 billion in 2025 and to grow by 15% to 20% a year
            through 2028, with Starlink keeping well over half of it. The risks we watch most closely are
            capacity, since Starlink has already stopped taking new customers in parts of the US where its cells
            are full and charges a congestion fee in others; orbital debris and the regulation of spectrum; and
            concentration, because governments are uneasy about relying on one privately held supplier, and
            several, the European Union among them, are paying for alternatives. Prices will probably keep
            falling once Kuiper is selling, which would make life harder still for the GEO operators."""),
        ),
    ),
)

REPORTS = (SATELLITE_BROADBAND,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
