"""Build the PDF report of the third held-out evaluation set (eval/datasets/heldout3/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout3/build_pdf.py      # writes docs/ev_fast_charging_2024.pdf
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

EV_FAST_CHARGING = Report(
    stem="ev_fast_charging_2024",
    title="EV Fast Charging in the US and Europe: Networks, Utilisation and Economics, 2022-2024",
    running_title="EV fast charging 2022-2024 | Industry note",
    date="14 April 2025",
    iso_date="2025-04-14",
    keywords=("EV charging", "DC fast charging", "Tesla Supercharger", "ChargePoint", "EVgo", "Ionity",
              "Fastned", "NEVI", "NACS"),
    pages=(
        (
            h("1. Summary"),
            p("""Public DC fast charging - chargers of 50 kW and above, which can add 200 km of range in well under
            an hour - has become the bottleneck of electric-vehicle adoption on both sides of the Atlantic. The
            United States ended 2024 with about 49,000 public DC fast-charging ports, up from 38,000 at the end
            of 2023 and 28,000 at the end of 2022. Europe (EU, UK, Norway and Switzerland) ended 2024 with about
            152,000 fast-charging points, against 105,000 a year earlier and 68,000 at the end of 2022. We
            estimate that operators of public fast chargers collected charging revenue of roughly $2.1 billion in
            the US in 2024 (2023: $1.4 billion) and EUR 3.6 billion in Europe (2023: EUR 2.5 billion)."""),
            p("""Growth in ports has outrun growth in sales of battery-electric vehicles (BEVs) in both regions in
            2024, which is why average utilisation stalled. US BEV sales rose about 7% in 2024 to roughly 1.3
            million, while EU BEV registrations fell by 6%, the first decline since 2019, after Germany ended its
            purchase subsidy in December 2023. The ratio of BEVs on the road to public fast-charging points is
            nonetheless still about 80 in the US against about 40 in Europe."""),
            h("2. Market structure in the United States"),
            p("""Tesla dominates. Its Supercharger network accounted for about 57% of US public DC fast ports at
            the end of 2024, down from 61% two years earlier. Electrify America, owned by the Volkswagen group,
            was second with about 9%, followed by EVgo with roughly 7%, ChargePoint (counting ports run on its
            software by site hosts) with 5% and Blink with 2%. The remainder is spread across utilities, fuel
            retailers and a long tail of regional operators. Ranked by ports opened in 2024 alone, the order
            changes: Tesla first, then the fuel retailers and convenience chains (Pilot Flying J with GM, Circle K,
            Buc-ee's, Love's) taken together, and only then Electrify America."""),
            p("""The North American Charging Standard (NACS), Tesla's connector, became the de facto US standard in
            2023 when Ford, then General Motors, Rivian, Mercedes-Benz, Nissan, Volvo and almost every other
            carmaker said they would fit it from model year 2025 and would get their drivers access to
            Superchargers in the meantime through adapters. SAE International published it as standard J3400 in
            2024. For the independent networks the switch means a second cable on every new dispenser, a cost we
            put at $3,000 to $5,000 a post."""),
        ),
        (
            h("3. Public funding"),
            p("""The National Electric Vehicle Infrastructure (NEVI) programme, part of the 2021 Infrastructure
            Investment and Jobs Act, set aside $5.0 billion over the five fiscal years 2022 to 2026 for fast
            chargers along designated corridors, at least four 150 kW ports every 50 miles. Progress has been
            slow: by the end of 2024 only about 200 NEVI-funded ports were open, in fewer than 15 states, because
            each state had to write its own plan, run its own procurement and get utility connections approved.
            Ohio opened the first NEVI station, in December 2023. A further $2.5 billion of discretionary grants
            (the CFI programme) is aimed at communities rather than highways."""),
            p("""In Europe the Alternative Fuels Infrastructure Regulation (AFIR), in force since April 2024,
            obliges member states to provide fast-charging pools of at least 400 kW every 60 km along the core
            TEN-T road network by the end of 2025, and 600 kW by 2027. It also requires ad hoc payment by bank
            card on new chargers of 50 kW or more, which operators had resisted because app and RFID customers
            are cheaper to serve."""),
            h("4. The operators"),
            p("""EVgo, listed in New York, owns about 1,100 fast-charging stations, mostly 350 kW units in urban
            areas. Its revenue rose to $257 million in 2024 from $161 million in 2023, and charging revenue,
            excluding hardware sales and fees from partners such as GM, made up about 60% of the total. The
            company says its stations were in use 22% of the day on average in the fourth quarter of 2024,
            against 17% a year earlier, and that throughput per stall will keep rising as more cars can charge at
            350 kW. Adjusted EBITDA was still negative, at about minus $28 million. In December 2024 EVgo
            obtained a conditional loan guarantee of $1.25 billion from the Department of Energy."""),
            p("""ChargePoint works differently: it sells chargers and software subscriptions to site hosts, which own
            the equipment and set the price, so its revenue does not move with kWh sold. Revenue was $507 million
            in fiscal 2024 (the year to 31 January 2024), against $468 million in fiscal 2023, and fell to $417
            million in fiscal 2025 as fleet and commercial customers postponed orders. ChargePoint says that its
            subscription revenue, about 35% of the total in fiscal 2025, will be the main driver of a return to
            positive adjusted EBITDA."""),
            Table(
                caption="Table 1. Revenue of selected fast-charging operators",
                unit="(US$ millions; Fastned and Ionity in EUR millions)",
                header=("Company", "2022", "2023", "2024"),
                rows=(
                    ("EVgo", "54", "161", "257"),
                    ("ChargePoint", "468", "507", "417"),
                    ("Fastned", "37", "66", "82"),
                    ("Ionity", "91", "166", "245"),
                ),
                note="""ChargePoint: fiscal years ending 31 January of the following year (2024 is fiscal 2025);
                mostly hardware and subscription sales, so not comparable with EVgo, whose figure is mostly
                charging revenue. Ionity: our estimate, the company is private. Fastned: charging revenue only,
                calendar years."""),
        ),
        (
            h("5. Europe: a fragmented market"),
            p("""No operator in Europe holds more than a tenth of fast-charging points. By number of
            high-power (150 kW and above) charging points in service at the end of 2024, the largest networks
            were Tesla (about 15,000, most of them open to other brands), Ionity (about 4,500), EnBW (about
            4,000), Allego and Fastned. Fuel retailers Shell, BP (Aral pulse in Germany) and TotalEnergies are
            expanding faster than any of them from a lower base, because they already own the sites along
            motorways and can put chargers next to shops that earn money while the car charges."""),
            p("""Ionity, the joint venture of BMW, Mercedes-Benz, Ford, Hyundai and the Volkswagen group, says it
            will have 7,000 charging points by the end of 2025 and that it became profitable at the EBITDA level
            in 2024. Fastned, listed in Amsterdam, operated 340 stations at the end of 2024 in the Netherlands,
            Germany, the UK, Belgium, France, Switzerland and Denmark; its station-level EBITDA margin rose to
            about 36% from 27% in 2023. Allego, which was taken private by its main shareholder Meridiam in 2024,
            remains loss-making."""),
            h("6. Unit economics"),
            p("""A 150 kW fast-charging post costs $100,000 to $150,000 installed in the US, including the grid
            connection, and roughly EUR 70,000 to EUR 110,000 in Europe. The grid connection is the part that
            varies most: where a new transformer is needed it can cost as much as the chargers, and waiting times
            for a connection of more than a year are common in the Netherlands, the UK and parts of California.
            At a gross margin of about 30 cents per kWh and a 10-year life, a post needs to sell around 150 kWh a
            day, or a utilisation rate of roughly 15%, to recover its cost. In the US, demand charges - fees
            based on a site's peak power draw rather than on energy - can make a lightly used station
            unprofitable however its chargers are priced."""),
        ),
        (
            h("7. Outlook"),
            p("""We expect US public DC fast ports to reach about 60,000 at the end of 2025 and 110,000 by 2030,
            and European fast-charging points about 200,000 in 2025 and 450,000 in 2030. The forecast for the US
            assumes that NEVI money keeps flowing; a new federal administration has already paused approvals of
            state plans once, in February 2025, and a lasting stop would cut our 2030 figure by about a fifth.
            The risks we watch are:"""),
            p("""- slower BEV sales, which would leave new stations underused for longer;"""),
            p("""- the cost and delay of grid connections;"""),
            p("""- reliability: in 2024 J.D. Power found that about 16% of visits to a public charger in the US
            ended without a charge;"""),
            p("""- price competition from Tesla, now that other brands' drivers can use its network."""),
            p("""Consolidation looks likely. Most independent networks are still burning cash, and carmakers and
            oil companies, which have strategic reasons to keep chargers open, are the natural buyers. We prefer
            operators that own their sites and sell mainly to drivers rather than hardware vendors, whose revenue
            depends on fleet budgets and subsidies."""),
        ),
    ),
)

REPORTS = (EV_FAST_CHARGING,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
