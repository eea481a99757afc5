"""Build the PDF report of the ninth held-out evaluation set (eval/datasets/heldout9/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout9/build_pdf.py      # writes docs/glp1_market_note_2025.pdf
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


GLP1_NOTE = Report(
    stem="glp1_market_note_2025",
    title="GLP-1 Agonists in Diabetes and Obesity: Sales, Supply, Pricing and Coverage, 2022-2024, with Scenarios to 2030",
    running_title="GLP-1 market note, March 2025",
    date="18 March 2025",
    iso_date="2025-03-18",
    keywords=("GLP-1", "semaglutide", "tirzepatide", "Novo Nordisk", "Eli Lilly", "obesity", "type 2 diabetes"),
    pages=(
        (
            h("1. Summary"),
            p("""Global sales of GLP-1 receptor agonists for type 2 diabetes and obesity reached $53.4 billion in
            2024, up 53% from a restated $34.9 billion in 2023 and nearly two and a half times the $21.9 billion of
            2022(1). Obesity indications accounted for $15.2 billion, or 28% of the 2024 total, against 18% a year
            earlier; diabetes brands still made up the larger part at $38.2 billion. Two companies, Novo Nordisk and
            Eli Lilly, took 96% of the class's sales, and we see no third supplier reaching a 5% share before
            2028."""),
            h("2. Sales by product"),
            p("""Semaglutide remained the largest molecule. Ozempic, the weekly injection for diabetes, sold $15.6
            billion in 2024, an increase of 26%, while Wegovy, the same molecule at a higher dose for chronic weight
            management, grew 86% to $8.9 billion. Rybelsus, the oral tablet, added $3.4 billion. Lilly's
            tirzepatide grew faster still: Mounjaro, for diabetes, reached $11.5 billion (2023: $5.2 billion) and
            Zepbound, launched for obesity in December 2023, booked $4.9 billion in its first full year. Trulicity,
            Lilly's older dulaglutide, fell 25% to $5.3 billion as patients and prescribers switched to the newer
            drugs, and the Company expects the decline to continue."""),
            p("""Halvorsen Therapeutics, the only other company with a branded launch in the period, reports on a
            fiscal year ending 30 June. Its weekly GLP-1/amylin combination HT-201 was launched in the US in April
            2024 and sold $38 million in fiscal 2024 and $214 million in the first half of fiscal 2025 (July to
            December 2024); management guides to $600 million to $650 million for the full fiscal year."""),
            Table(
                caption="Table 1. GLP-1 sales by brand, calendar years",
                unit="(US$ billions)",
                header=("Brand (company)", "2022", "2023", "2024"),
                rows=(
                    ("Ozempic (Novo Nordisk)", "8.0", "12.4", "15.6"),
                    ("Wegovy (Novo Nordisk)", "0.9", "4.8", "8.9"),
                    ("Rybelsus (Novo Nordisk)", "1.6", "2.1", "3.4"),
                    ("Saxenda and Victoza (Novo Nordisk)", "3.6", "2.4", "1.7"),
                    ("Mounjaro (Eli Lilly)", "0.5", "5.2", "11.5"),
                    ("Zepbound (Eli Lilly)", "-", "0.2", "4.9"),
                    ("Trulicity (Eli Lilly)", "6.6", "7.1", "5.3"),
                    ("Other", "0.7", "0.7", "2.1"),
                    ("Total", "21.9", "34.9", "53.4"),
                ),
                note="""Novo Nordisk reports in Danish kroner; converted at the average rate of each year (DKK 6.89
                per US dollar in 2024). 2023 restated: the total was first published as $35.3 billion, before Novo
                Nordisk moved certain US rebate accruals from 2024 into 2023. Other: exenatide, lixisenatide and
                HT-201 (Halvorsen Therapeutics, on a calendar-year basis)."""),
        ),
        (
            h("3. Sales by region"),
            p("""The United States generated $38.9 billion of GLP-1 sales in 2024, 73% of the world total, because
            its list prices are four to eight times those of Europe and because obesity use is furthest advanced
            there. Europe, with $6.8 billion, grew more slowly than the US as Wegovy was rationed during the
            shortages; sales in China rose to $2.0 billion, almost all of it Ozempic for diabetes, where local
            semaglutide copies are expected from 2026 when the compound patent lapses."""),
            Table(
                caption="Table 2. GLP-1 class sales by region",
                unit="(US$ billions, except change in %)",
                header=("Region", "2023", "2024", "Change %"),
                rows=(
                    ("United States", "25.1", "38.9", "55"),
                    ("Europe", "4.6", "6.8", "48"),
                    ("China", "1.3", "2.0", "54"),
                    ("Rest of world", "3.9", "5.7", "46"),
                    ("Total", "34.9", "53.4", "53"),
                ),
                note="2023 as restated (see Table 1). Rest of world includes Japan, Canada, Brazil and the Gulf states."),
            h("4. Patients"),
            p("""We estimate that 21.5 million people were taking a GLP-1 drug at the end of 2024: 8.2 million in
            the United States used one for obesity or overweight and 7.6 million for type 2 diabetes, and the
            remaining 5.7 million were outside the US(2). The US obesity count compares with 3.1 million at the end
            of 2023 and with some 100 million American adults who have obesity (a body-mass index of 30 or more).
            A further 1.5 million Americans, on our estimate, used compounded semaglutide or tirzepatide from
            pharmacies during the shortages; they are in neither our patient counts nor our sales. Persistence
            remains poor: in claims data only 32% of obesity patients who started treatment in 2023 were still
            taking the drug twelve months later, against 47% of patients with diabetes."""),
            h("5. Pricing and discounts"),
            p("""List prices have barely moved. In the US Wegovy lists at $1,349 for a month's supply and Zepbound at
            $1,060; Ozempic lists at $998 and Mounjaro at $1,080. Net prices are far lower. After rebates to
            pharmacy benefit managers and statutory discounts, we put the average US net price of Wegovy at $650 a
            month in 2024, a discount of 52% to list, down from $700 in 2023. Since August 2024 Lilly has sold
            single-dose vials of Zepbound directly to patients without insurance for $399 a month at the 2.5 mg
            dose and $549 at 5 mg. In Germany Wegovy costs a self-paying patient about $330 a month."""),
        ),
        (
            h("6. Supply capacity"),
            p("""Supply, not demand, set the pace of sales in 2022-2024. The FDA listed semaglutide injections as in
            shortage from March 2022 to February 2025 and tirzepatide from December 2022 to October 2024, which
            allowed compounding pharmacies to sell copies. We estimate that the industry made about 420 million
            injectable pens and vial-equivalents of GLP-1 drugs in 2024, up from 260 million in 2023, and that
            capacity will reach 1.1 billion units a year by 2027. Novo Holdings completed its $16.5 billion
            purchase of Catalent in December 2024 and sold three of its fill-finish sites on to Novo Nordisk for
            $11 billion; Lilly has committed more than $23 billion to new plants since 2020, including $9 billion
            at Lebanon, Indiana, and said it produced 1.6 times as many saleable incretin doses in the first half
            of 2024 as a year earlier. Active ingredient is no longer the constraint; fill-finish and pen
            assembly are."""),
            h("7. Payers and coverage"),
            p("""Coverage is now the main brake on obesity use. Medicare Part D is barred by statute from paying for
            drugs used for weight loss, although since March 2024 plans may cover Wegovy for patients with
            established cardiovascular disease, which it was shown to reduce by 20% in the SELECT trial. Medicaid
            programmes in 14 states covered anti-obesity GLP-1s at the end of 2024, down from 16 a year earlier,
            as two states dropped coverage over cost. Among employers, 44% of those with 500 or more employees
            covered GLP-1s for weight loss in 2024, against 36% in 2023, but only 19% of firms with 200 to 499
            employees did so. Of the roughly 160 million Americans with employer-sponsored insurance, we estimate
            that about 55 million had coverage for an anti-obesity GLP-1 at the end of 2024, usually with prior
            authorisation and a BMI threshold."""),
            p("""Payers' concern is the cost of lifetime treatment. At a net $650 a month a patient who stays on
            Wegovy costs a plan $7,800 a year, and several large employers that added coverage in 2023 have since
            limited it to patients enrolled in a lifestyle programme or removed it."""),
            p("""Notes: (1) Net sales as reported by the companies, calendar years, in US dollars; Halvorsen
            Therapeutics' figures recast from its June fiscal year. (2) Patient counts are our estimates from
            prescription and claims data at year end; a patient using a GLP-1 for both conditions is counted once,
            under diabetes."""),
        ),
        (
            h("8. Forecasts and scenarios"),
            p("""In our base case, class sales reach $105 billion in 2027 and $148 billion in 2030, a compound annual
            growth rate of 18.5% from 2024, with obesity rising to 62% of sales by 2030. The base case assumes that
            Medicare Part D covers obesity from 2027, that US net prices fall by about 6% a year and that volumes
            grow by about 27% a year as capacity comes on stream. Our bull case adds the launch of oral
            small-molecule GLP-1s in 2026 and employer coverage above 70%; our bear case assumes that Medicare
            coverage is not extended, that US net prices fall by 10% a year once the Medicare price negotiation
            for semaglutide applies from 2027, and that persistence does not improve."""),
            Table(
                caption="Table 3. GLP-1 class sales forecast by scenario",
                unit="(US$ billions)",
                header=("Scenario", "2025", "2027", "2030"),
                rows=(
                    ("Bear case", "68", "84", "102"),
                    ("Base case", "74", "105", "148"),
                    ("Bull case", "79", "122", "190"),
                ),
                note="""Calendar years, net sales, constant 2024 exchange rates. Excludes compounded products. 2030
                base case: diabetes $56 billion, obesity $92 billion."""),
            p("""The risks to our base case are mostly on the side of price. The Inflation Reduction Act's
            negotiated Medicare price for semaglutide takes effect in 2027, and a second round of US price
            cuts would follow any broadening of Medicare coverage. Competition will also come from at least nine
            molecules in phase 3, although none is likely to be on sale before 2027. On the other side, outcome
            data in heart failure, kidney disease and sleep apnoea widen the population payers may accept."""),
        ),
    ),
)

REPORTS = (GLP1_NOTE,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
