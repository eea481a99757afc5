"""Build the PDF report of the twentieth held-out evaluation set (eval/datasets/heldout20/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout20/build_pdf.py      # writes docs/drone_delivery_2025.pdf
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

DRONES = Report(
    stem="drone_delivery_2025",
    title="Commercial Drone Delivery: Volumes, Costs, Rules and the Operators, 2022-2024",
    running_title="Drone delivery - aviation services note",
    date="14 May 2025",
    iso_date="2025-05-14",
    keywords=("drone delivery", "BVLOS", "FAA", "U-space", "Zipline", "Wing", "Alphabet", "Meituan", "Manna",
              "Flytrex", "DroneUp", "Matternet", "Walmart"),
    pages=(
        (
            h("1. Summary"),
            p("""Commercial drones made 1.98 million paid deliveries worldwide in 2024, 2.6 times the 755,000 of
            2023 and almost five times the 400,000 of 2022.¹ North America overtook Sub-Saharan Africa as the
            largest region in 2024, with 720,000 deliveries, but Asia-Pacific grew faster and is now almost as
            large. Food, groceries and retail parcels made up 71% of deliveries,
            against 38% in 2022, while medical supplies, the business on which the industry was built, fell to
            24% of the total."""),
            p("""The money is still small. Operators earned about US$186 million from delivery services in 2024,
            78.8% more than the US$104 million of 2023, so that the average delivery brought in about US$94,
            against about US$138 a year earlier: a meal or a parcel pays far less than a hospital contract for
            blood and vaccines. Costs fell faster than prices. At a typical suburban US hub, the cash cost of a
            delivery dropped to US$14.80 from US$22.00 in 2023 and US$34.00 in 2022, although that is still
            well above the US$9.50 of a delivery by van."""),
            p("""Volumes grew for four reasons, and we think the first two will matter most in 2025:"""),
            p("""- regulators let one remote pilot supervise many aircraft: the FAA's waivers now allow a single
            pilot to oversee up to 20 drones beyond visual line of sight, against three in 2022, which cut the
            largest item of cost;"""),
            p("""- large retailers signed on: Walmart added drone delivery from its stores in Dallas-Fort Worth
            with Wing and Zipline, covering about 1.8 million households by the end of the year;"""),
            p("""¹ A paid delivery is a flight that carries goods to a customer for a fee, counted once per drop;
            test flights, demonstrations and free trials are excluded. Venture investment in drone delivery
            companies rose to US$1,120 million in 2024 from US$860 million in 2023."""),
        ),
        (
            p("""- Meituan opened 27 new routes in Chinese cities and began flying in Hong Kong, carrying mostly
            meals and coffee to office parks, campuses and scenic areas;"""),
            p("""- health systems widened their networks, as Zipline's contracts with the governments of Nigeria
            and Cote d'Ivoire went live alongside its older services in Rwanda, Ghana and Kenya."""),
            h("2. Deliveries by region"),
            Table(
                caption="Table 1. Paid drone deliveries by region, 2022-2024",
                unit="(thousands of deliveries)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("North America", "95", "240", "720"),
                    ("Asia-Pacific", "60", "165", "690"),
                    ("Sub-Saharan Africa", "210", "260", "330"),
                    ("Europe", "20", "55", "175"),
                    ("Middle East", "5", "20", "45"),
                    ("Rest of world", "10", "15", "20"),
                    ("World", "400", "755", "1,980"),
                ),
                note="""North America is the United States and Canada. Asia-Pacific includes China, Japan and
                Australia. The Middle East includes Israel and the Gulf states. The 2023 figure for Europe has been
                revised up from 51 thousand after Irish aviation data were corrected, which also raised the 2023
                world total from 751 thousand.""",
            ),
            p("""North America's deliveries trebled to 720,000, more than a third of the world total, as Wing and
            Zipline flew for Walmart in Texas and Flytrex expanded from its suburban hubs in North Carolina and
            Texas. Asia-Pacific grew fastest, by 318.2% to 690,000: Meituan nearly quadrupled its volume in
            Shenzhen, Shanghai and Beijing, and Wing's services in Logan and Canberra in Australia kept growing.
            Europe, with 175,000, remains small and almost entirely Irish, where Manna flies groceries and
            takeaway meals in the suburbs of Dublin; elsewhere in Europe operators are still waiting for U-space
            airspace to open. Deliveries in the Middle East more than doubled to 45,000, as trials in the United
            Arab Emirates became services, while Sub-Saharan Africa grew 26.9% to 330,000, virtually all of them
            flown by Zipline."""),
        ),
        (
            h("3. Costs"),
            Table(
                caption="Table 2. Cash cost per delivery at a typical suburban US drone hub, 2022-2024",
                unit="(US$ per delivery)",
                header=("Item", "2022", "2023", "2024"),
                rows=(
                    ("Aircraft depreciation and maintenance", "9.40", "6.10", "4.20"),
                    ("Remote pilots and operations staff", "14.80", "8.90", "5.30"),
                    ("Batteries and energy", "1.30", "1.10", "0.90"),
                    ("Insurance and compliance", "3.10", "2.40", "1.80"),
                    ("Site, network and software", "5.40", "3.50", "2.60"),
                    ("Total", "34.00", "22.00", "14.80"),
                ),
                note="""Our model of a hub serving a radius of about 10 km and flying 150 deliveries a day in 2024
                (60 in 2022), before the cost of developing the aircraft. Staff includes remote pilots, loaders
                and site supervisors.""",
            ),
            p("""Remote pilots and operations staff were the largest cost in all three years, but their cost per
            delivery fell by almost two-thirds as each pilot came to oversee more aircraft and each hub flew
            more deliveries. Aircraft also became cheaper to run: a second-generation airframe flies about 2,500
            hours before overhaul, against 900 hours for the first. We estimate that a hub covers its cash costs
            at about 110 deliveries a day at current prices; most hubs outside the busiest suburbs do not yet
            reach that."""),
            h("4. Rules"),
            p("""In the United States, the Federal Aviation Administration has said it will publish its proposed
            rule for routine flights beyond visual line of sight, known as Part 108, by the autumn of 2025 and
            expects to finalise it in 2026. Until then each operator flies under its own waivers and exemptions,
            of which the FAA granted 31 in 2024 against 12 in 2023. In the European Union, the U-space rules
            took effect in January 2023, but only Ireland and Belgium had designated any U-space airspace by the
            end of 2024. China's civil aviation regulator, by contrast, approves routes city by city and has
            made low-altitude flying a national priority."""),
        ),
        (
            h("5. The operators"),
            Table(
                caption="Table 3. Paid deliveries of seven operators, 2023-2024",
                unit="(thousands of deliveries)",
                header=("Operator", "Base", "2023", "2024", "Change (%)", "Countries"),
                rows=(
                    ("Zipline", "US", "300", "540", "+80.0", "7"),
                    ("Wing (Alphabet)", "US", "150", "460", "+206.7", "2"),
                    ("Meituan", "China", "110", "420", "+281.8", "1"),
                    ("Manna", "Ireland", "45", "150", "+233.3", "1"),
                    ("Flytrex", "Israel", "30", "95", "+216.7", "2"),
                    ("DroneUp", "US", "40", "30", "-25.0", "1"),
                    ("Matternet", "US", "12", "25", "+108.3", "2"),
                ),
                note="""Paid deliveries as defined in footnote 1, as reported by the operators or estimated by us
                from their disclosures; countries served at the end of 2024. Meituan includes its Hong Kong
                service. Amazon Prime Air, which resumed deliveries in Tolleson, Arizona, in late 2024 after
                closing its site in California, does not disclose its volumes and is not shown.""",
            ),
            p("""Zipline remained the largest operator, with 540,000 deliveries, of which about 330,000 were
            medical supplies in Africa; its US service, whose P2 aircraft lowers a package on a tether from a
            drone hovering overhead, grew to about 210,000. Wing more than trebled its volume, mostly for
            Walmart and DoorDash in Dallas-Fort Worth and in Australia, and Meituan grew fastest of the seven.
            DroneUp, which once planned to serve Walmart customers from 34 hubs, closed most of them in 2024.
            Zipline's round of US$330 million at a valuation of US$4.2 billion was the largest of the year's
            venture deals."""),
            h("6. Outlook"),
            p("""We now expect 3.50 million paid deliveries in 2025, 76.8% more than in 2024 and more than the
            3.20 million we forecast in our January note: the FAA has granted waivers faster than we expected,
            and Walmart has said it will add drone delivery in Atlanta, Charlotte, Houston and Orlando. We
            expect service revenue of about US$290 million, as the average price of a delivery keeps falling."""),
            p("""The main risks to this view are:"""),
            p("""- a delay to the FAA's Part 108 rule beyond 2026, which would keep every new hub dependent on a
            waiver of its own;"""),
            p("""- local opposition to noise, which has already led two Irish county councils to ask for limits
            on flights over homes;"""),
            p("""- a funding squeeze: most operators still lose money, and investors may stop funding them before
            their hubs cover their cash costs."""),
            p("""Prepared by Halloran Pike Aviation Research. Delivery volumes, revenues, costs and forecasts are
            our estimates unless an operator is named as the source."""),
        ),
    ),
)

REPORTS = (DRONES,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
