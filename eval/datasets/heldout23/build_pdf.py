"""Build the PDF report of the twenty-third held-out evaluation set (eval/datasets/heldout23/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout23/build_pdf.py      # writes docs/aircraft_mro_2025.pdf
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

MRO = Report(
    stem="aircraft_mro_2025",
    title="Old Planes, Dear Parts: Commercial Aircraft Maintenance, 2022-2024",
    running_title="Aircraft MRO - aerospace sector note",
    date="14 May 2025",
    iso_date="2025-05-14",
    keywords=("aircraft maintenance", "MRO", "engine shop visits", "line maintenance", "airframe heavy checks",
              "Lufthansa Technik", "AAR", "ST Engineering", "MTU Aero Engines", "HAECO", "Air France-KLM"),
    pages=(
        (
            h("1. Summary"),
            p("""Airlines and lessors spent US$104.8 billion on the maintenance, repair and overhaul (MRO) of the
            commercial air transport fleet in 2024, 7.6% more than the US$97.4 billion of 2023 and 22.4% more
            than the US$85.6 billion of 2022.¹ Spending passed its 2019 level of US$91.0 billion during 2023 and
            is now well above it, although the fleet flew only slightly more than before the pandemic. The fleet
            in service grew to 28,900 aircraft at the end of 2024 from 28,100 a year earlier, and its average age
            rose to 13.6 years from 13.2, the oldest on our records."""),
            p("""Spending grew for four reasons, which we list in order of importance:"""),
            p("""- engines: the geared turbofan's powder-metal inspections and the shorter-than-planned life of
            newer engines in hot and sandy conditions brought engines into the shop earlier; engine shop visits
            rose to 5,640 from 5,180, and at the peak about 600 aircraft of the A320neo family were parked
            waiting for engines;"""),
            p("""- older fleets: Airbus and Boeing delivered 1,114 aircraft in 2024 against the 1,390 they had
            planned at the start of the year, so airlines kept older aircraft flying and sent them for heavy
            checks instead of retiring them;"""),
            p("""¹ MRO here is maintenance of commercial jet and turboprop aircraft with more than 30 seats,
            including work done by airlines' own engineering units, valued at what a third party would charge.
            Business jets, helicopters and military aircraft are excluded, as are the sale of new spare engines
            and the lease of engines to cover those in the shop, which were a further US$6.2 billion in 2024, up
            from US$5.1 billion in 2023."""),
        ),
        (
            p("""- prices of parts and labour: engine and aircraft makers raised list prices for spare parts by 8%
            to 11%, and mechanics' pay rose by about 9% in North America and Western Europe, where shops were
            short of licensed staff;"""),
            p("""- more flying: the world's airlines flew 9.8% more available seat-kilometres in 2024, with the
            last Asian markets returning to their 2019 levels."""),
            h("2. Spending by region"),
            Table(
                caption="Table 1. MRO spending by region, 2022-2024",
                unit="(US$ billions)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("North America", "26.1", "29.4", "31.5"),
                    ("Western Europe", "20.3", "22.8", "24.2"),
                    ("Asia-Pacific excluding China", "15.2", "17.6", "19.3"),
                    ("China", "8.4", "10.2", "11.4"),
                    ("Middle East", "6.2", "7.1", "7.8"),
                    ("Latin America", "4.1", "4.6", "5.0"),
                    ("Eastern Europe and Central Asia", "3.6", "3.9", "3.8"),
                    ("Africa", "1.7", "1.8", "1.8"),
                    ("World", "85.6", "97.4", "104.8"),
                ),
                note="""Spending by the region where the operator of the aircraft is based, wherever the work is
                done. Asia-Pacific excluding China includes Japan, South Korea, India, South-East Asia and
                Oceania. The 2023 figure for China has been revised up from US$9.8 billion to include work done
                by the engineering subsidiaries of the state-owned airline groups, which also raised the 2023
                world total from US$97.0 billion.""",
            ),
            p("""North America remained the largest region, with 30% of spending, and grew 7.1%; its airlines run
            the largest fleet of A220 and A320neo aircraft with geared turbofans, and the engine problems cost
            them most. Western Europe grew 6.1%, held back by a shortage of hangar slots for heavy checks. The
            Middle East grew 9.9% as the Gulf carriers brought widebodies back from storage, and Asia-Pacific
            excluding China grew 9.7%. Spending fell only in Eastern Europe and Central Asia, where Russian
            airlines, cut off from Western parts and shops by sanctions, maintain their aircraft at home. India,
            counted in Asia-Pacific excluding China, has the fastest-growing fleet in the world, but most of its
            heavy maintenance is still done abroad and we do not estimate its spending separately."""),
        ),
        (
            h("3. Spending by type of work"),
            Table(
                caption="Table 2. MRO spending by segment, 2022-2024",
                unit="(US$ billions)",
                header=("Segment", "2022", "2023", "2024"),
                rows=(
                    ("Engine", "36.4", "42.6", "47.3"),
                    ("Components", "17.8", "20.1", "21.4"),
                    ("Line maintenance", "15.3", "16.8", "17.6"),
                    ("Airframe heavy maintenance", "11.2", "12.4", "13.0"),
                    ("Modifications", "4.9", "5.5", "5.5"),
                    ("Total", "85.6", "97.4", "104.8"),
                ),
                note="""Components are wheels, brakes, landing gear, auxiliary power units, avionics and other
                parts repaired off the aircraft. Modifications include cabin refits and passenger-to-freighter
                conversions.""",
            ),
            p("""Engine work, the largest segment, grew 11.0% and made up almost two-thirds of the year's growth. A shop
            visit for a modern narrowbody engine now costs about US$7 million, against about US$4.5 million for
            the engines it replaced, because it uses more expensive parts and the engines are made by only two
            suppliers, CFM International and Pratt & Whitney, whose shops had the longest queues. Used
            serviceable material (parts taken from retired engines and certified for reuse) was scarce because
            so few old engines were retired, and its prices rose faster than those of new parts."""),
            p("""Modifications were flat: airlines postponed cabin refits, and freighter conversions fell to 112
            aircraft from 161 in 2023 as air cargo rates slipped from their pandemic peak. Airframe heavy
            maintenance grew only 4.8% because the lack of hangar slots and of mechanics
            capped the number of checks the shops could take on."""),
            p("""Who does the work is changing. The engine and aircraft makers' own shops raised their share of
            spending to 36% in 2024 from 34% in 2023, while airline-affiliated shops held theirs at 41% and the
            independent shops' share fell to 23% from 25%. The makers restrict access to their repair manuals
            and parts for the newest engines, and independents have so far won little of that work."""),
            p("""'We have never had this much work and never had this little certainty about when the parts will
            arrive,' said Renata Okonkwo-Berg, chief operating officer of an independent engine shop in Shannon
            that we surveyed. 'A shop visit that took 70 days in 2019 takes 120 today.'"""),
        ),
        (
            h("4. The providers"),
            Table(
                caption="Table 3. Revenue of six MRO providers, fiscal 2023-2024, and EBIT, fiscal 2024",
                unit="(billions, in each company's reporting currency)",
                header=("Company", "Currency", "FY end", "2023", "2024", "Change (%)", "EBIT 2024"),
                rows=(
                    ("Lufthansa Technik", "EUR", "Dec", "6.54", "7.49", "+14.5", "0.66"),
                    ("AAR", "USD", "May", "1.99", "2.32", "+16.6", "0.17"),
                    ("ST Engineering (Commercial Aerospace)", "SGD", "Dec", "4.03", "4.62", "+14.6", "0.38"),
                    ("MTU Aero Engines (commercial MRO)", "EUR", "Dec", "4.78", "5.83", "+22.0", "0.46"),
                    ("HAECO", "HKD", "Dec", "19.84", "23.10", "+16.4", "1.29"),
                    ("Air France-KLM (Engineering & Maintenance)", "EUR", "Dec", "2.31", "2.66", "+15.2", "0.21"),
                ),
                note="""Company reports. AAR's fiscal 2024 ended on 31 May 2024. Air France-KLM's figures are the
                third-party revenue of its Engineering & Maintenance segment; MTU's are the revenue of its
                commercial maintenance business before consolidation adjustments. EBIT is as each company
                defines its adjusted operating result.""",
            ),
            p("""Lufthansa Technik, the largest of the six, most of whose work is for airlines outside its own group, raised its revenue
            by 14.5% to EUR 7.49 billion and said its order backlog had reached a record. MTU's maintenance
            business grew fastest of the six, on geared turbofan inspections for which it is one of the
            designated shops. AAR, whose fiscal year ends on 31 May, bought the component repair business of
            Triumph Group in March 2024 for US$725 million. HAECO, owned by Swire Pacific, grew on engine work
            at its Xiamen shops for Chinese airlines."""),
            p("""Among the other large providers, StandardAero, which listed its shares in New York in October
            2024, GAMECO and Ameco in China, and FL Technics in Lithuania are not shown because they did not
            report comparable figures for both years."""),
        ),
        (
            h("5. Outlook"),
            p("""We now expect MRO spending to grow 6.8% to US$111.9 billion in 2025, below the US$113.5 billion we
            forecast in our January note. We cut the forecast because aircraft makers have cut their delivery
            plans again, which keeps old aircraft flying but also limits the work that new fleets bring, and
            because tariffs on parts traded between the United States, Europe and China will delay some
            shipments. Over a longer period we expect spending to reach US$142.1 billion in 2030, a compound
            annual growth rate of 5.2% from 2024, with engines rising to almost half of the total."""),
            p("""The main risks to this view are:"""),
            p("""- a faster recovery of aircraft deliveries, which would let airlines retire old aircraft sooner
            and cut heavy maintenance;"""),
            p("""- a fix for the geared turbofan that returns engines to service faster than we assume;"""),
            p("""- tariffs and export controls on aircraft parts, which would raise costs for shops that work
            across borders;"""),
            p("""- a shortage of licensed mechanics deep enough to cap the work shops can accept."""),
            h("Methodology"),
            p("""Spending is estimated from the fleet in service at each year-end, the flying hours and cycles of
            each aircraft type and the cost of each type of work, checked against the reported revenue of 48
            providers and the maintenance costs of 31 airlines. Work done by airlines on their own aircraft is
            valued at market prices. Amounts in other currencies are converted at each year's average exchange
            rate. Figures for past years are revised when better data become available. Prepared by Halloway
            Brede Aerospace Research."""),
        ),
    ),
)

REPORTS = (MRO,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
