"""Build the PDF report of the heldout11 evaluation set (eval/datasets/heldout11/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
All figures are fictional.

    .venv/bin/python eval/datasets/heldout11/build_pdf.py      # writes docs/precision_agriculture_2025.pdf
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

PRECISION_AGRICULTURE = Report(
    stem="precision_agriculture_2025",
    title="Precision Agriculture: Autonomy, Variable-Rate Application and Farm Software, 2023-2025",
    running_title="Precision agriculture market note, February 2026",
    date="16 February 2026",
    iso_date="2026-02-16",
    keywords=("precision agriculture", "autonomous tractors", "variable-rate application",
              "farm-management software", "Deere", "CNH", "PTx Trimble", "DJI Agriculture", "Topcon"),
    pages=(
        (
            h("1. Summary"),
            p("""Growers kept buying precision equipment in 2025 even as crop prices softened. We estimate that the
            global precision-agriculture market - guidance and autosteer, variable-rate application (VRA),
            farm-management software (FMS), drones and sensors, and autonomous machinery, plus the connectivity
            and agronomy services sold with them - reached $11.8 billion in 2025, an increase of 9.6% on the
            $10.77 billion we estimate for 2024. Hardware still accounted for 58% of spending, although software
            subscriptions are closing the gap every year.(1)"""),
            p("""North America remained the largest region, at $4.6 billion or 39% of the global total, and Europe
            followed with $3.1 billion. Asia-Pacific, at $2.5 billion the smallest of the three main regions,
            was also the one that grew fastest: its spending rose 15.3%, against 7.9% in Europe and 6.2% in
            North America, helped by subsidised drone spraying in China and by guidance retrofits on Australian
            broadacre farms. Latin America and the Middle East and Africa made up the remaining $1.6 billion."""),
            h("2. Who adopts, and how far"),
            p("""Adoption still depends above all on farm size. In the United States, 71% of farms operating more
            than 1,000 hectares used auto-guidance in the 2025 season, but across all farms the rate was only
            27%; for variable-rate fertiliser the corresponding shares were 46% and 14%.(2) The gap is narrowing
            only slowly, because a guidance system that pays for itself in two seasons on a large grain farm
            can take a decade to do so on a small mixed holding."""),
            p("""Europe is further behind on average. Across the European Union, 19% of all farms used at least one
            precision tool in 2025, up from 15% in 2023, with the Netherlands, Denmark and Germany well above
            that rate and most of southern and eastern Europe below it. The Commission's eco-schemes under the
            Common Agricultural Policy now reward precise fertiliser placement in eleven member states."""),
            p("""(1) Market totals include hardware sold with a new machine at its attributable value, not the
            machine's full price. (2) Size classes refer to operated cropland, including rented land. Source:
            our analysis of USDA survey data; the figures for all farms include holdings below 50 hectares."""),
        ),
        (
            h("3. Autonomous tractors"),
            p("""Driverless machines remain a small business with a large share of the industry's attention. We
            count about 2,350 autonomous tractors and factory-approved retrofit kits in commercial use worldwide
            at the end of 2025, against roughly 1,100 a year earlier; some 60% of them work in orchards and
            vineyards, where rows are fixed and speeds low, rather than on row crops."""),
            p("""Pricing differs by model. Deere sells the autonomy kit for its 8R tractors as a subscription, at
            between $18,000 and $24,000 per season depending on the hours covered, rather than as a one-off
            purchase. Monarch Tractor's electric MK-V lists at $89,000 before incentives, and retrofit kits from
            smaller specialists such as Sabanto and Bluewhite cost $25,000 to $60,000 per machine installed."""),
            p("""Three obstacles hold back wider use. First, the rules: several US states and most EU countries
            still expect a person to supervise a self-driving machine in the field, and insurers price the
            liability accordingly. Second, connectivity: autonomy needs a reliable data link, and many fields
            have no mobile coverage. Third, service: dealers in most regions cannot yet repair the sensors and
            perception software, so a fault can stop a machine for days at harvest."""),
            h("4. The vendors"),
            p("""Deere remains the largest supplier by a wide margin, and its precision revenue passed $2.4 billion
            in fiscal 2025. AGCO and Trimble combined their agricultural guidance businesses in the PTx Trimble
            joint venture in April 2024. CNH, which bought Raven Industries in 2021, had a weaker year as its
            North American dealers cut inventory, while DJI's agricultural drones kept gaining ground in Asia
            and Latin America."""),
            Table(
                caption="Table 1. Precision-agriculture revenue of selected vendors, precision activities only",
                unit="(US$ millions)",
                header=("Vendor", "2023", "2024", "2025"),
                rows=(
                    ("Deere (fiscal years)", "1,920", "2,180", "2,410"),
                    ("CNH (incl. Raven)", "1,150", "1,210", "1,190"),
                    ("DJI Agriculture", "640", "790", "1,010"),
                    ("PTx Trimble", "870", "905", "960"),
                    ("Topcon Agriculture", "310", "325", "352"),
                ),
                note="""Deere: fiscal years ending on the Sunday nearest 31 October; our estimate of precision
                hardware, software and subscriptions within its Production & Precision Agriculture segment. CNH:
                2024 restated from $1,245 million after the company moved its construction-machine guidance
                products out of the agriculture segment. DJI Agriculture: our estimate, calendar years. PTx
                Trimble: 2023 pro forma, as if the joint venture had existed all year."""),
        ),
        (
            h("5. Variable-rate application"),
            p("""VRA - rate controllers, section and nozzle control, and the prescription software that drives
            them - generated $2.9 billion of revenue in 2025. Fertiliser applications accounted for
            $1.6 billion of that, seeding for $0.8 billion and crop protection, including camera-guided spot
            spraying, for $0.5 billion. Spot spraying is the fastest-moving part: Deere's See & Spray, sold
            for a per-acre fee of $2.50 to $4.00, cut herbicide use by 59% on average in the company's own
            trials, and by 41% in the independent university trials we reviewed."""),
            p("""Payback is the argument dealers lead with. A variable-rate fertiliser system on a 1,500-hectare
            grain farm costs about $45,000 installed and pays for itself in 2.5 to 3 seasons at 2025 nitrogen
            prices; on farms below 200 hectares the same calculation gives more than seven seasons, which is
            why contractors, not owners, apply most variable-rate fertiliser on small farms."""),
            h("6. Farm-management software"),
            p("""FMS revenue reached $2.05 billion in 2025, of which subscriptions made up 74% and one-off licences
            and services the rest. North America accounted for $0.94 billion of the 2025 total. Median list
            prices were $1.10 per hectare per year for basic field records and $3.80 per hectare for agronomic
            modules with satellite imagery and yield analysis. Paid acreage matters more than registered
            acreage: the largest platforms report 250 million acres or more registered, of which well under
            half pay."""),
            Table(
                caption="Table 2. Precision-agriculture market by segment, with our 2030 forecast",
                unit="(US$ billions)",
                header=("Segment", "2023", "2024", "2025", "2030F"),
                rows=(
                    ("Guidance and autosteer", "3.05", "3.22", "3.38", "4.5"),
                    ("Variable-rate application", "2.41", "2.63", "2.90", "4.4"),
                    ("Farm-management software", "1.52", "1.76", "2.05", "4.1"),
                    ("Drones and sensors", "1.48", "1.75", "2.02", "3.5"),
                    ("Autonomous machinery", "0.21", "0.33", "0.48", "2.1"),
                    ("Services and connectivity", "1.11", "1.08", "0.97", "1.4"),
                    ("Total", "9.78", "10.77", "11.80", "20.0"),
                ),
                note="""2030F: forecast. Autonomous machinery: autonomy kits, subscriptions and the attributable
                value of driverless machines. Totals may differ from the sum of rows because of rounding."""),
        ),
        (
            h("7. Regions in more detail"),
            p("""Europe's market grew 7.9% to $3.1 billion in 2025. Germany and France together made up about 45%
            of European spending; the United Kingdom, outside the Common Agricultural Policy since 2021, pays
            for precision equipment through its own capital grants."""),
            p("""Latin America spent $1.05 billion, of which Brazil accounted for $0.71 billion, most of it on
            guidance and drones for soy, corn and sugarcane. Argentina's market shrank for a second year as
            growers held back capital spending. The Middle East and Africa together spent about $0.55 billion,
            with irrigation control in Israel, Saudi Arabia and Morocco the largest use."""),
            p("""In Asia-Pacific, China alone operated more than 200,000 agricultural spraying drones by the end of
            2025, supported by purchase subsidies of up to 30%. India's market remains small, at about
            $120 million, despite a national programme that pays for drones used by farmer cooperatives."""),
            h("8. Outlook and risks"),
            p("""We forecast that the market will reach $20.0 billion in 2030, a compound annual growth rate of
            about 11.1% from 2025. Autonomous machinery should grow fastest, from $0.48 billion to about
            $2.1 billion, as supervision rules ease and kits become standard on new high-horsepower tractors;
            guidance, already common on large farms, will grow most slowly."""),
            p("""The main risks to this forecast are farm incomes, since US net farm income fell in 2024 and grain
            prices remain low; interest rates, which raise the cost of financing equipment; disputes over
            right-to-repair and over who owns the data that machines collect; and a slowdown in subsidies if
            public budgets tighten."""),
            p("""Sources: company reports, USDA and Eurostat survey data, dealer interviews and our estimates. All
            figures in US dollars; euro amounts converted at average 2025 rates."""),
        ),
    ),
)

REPORTS = (PRECISION_AGRICULTURE,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
