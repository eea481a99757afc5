"""Build the PDF report of the sealed held-out evaluation set heldout6 (eval/datasets/heldout6/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The report is fictional: the staffing firms are invented and so are most of the figures (see README.md).

    .venv/bin/python eval/datasets/heldout6/build_pdf.py      # writes docs/us_hospital_staffing_2025.pdf
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

HOSPITAL_STAFFING = Report(
    stem="us_hospital_staffing_2025",
    title="US Hospital Staffing: Travel Nurses After the Peak - Bill Rates, Margins and the Agencies",
    running_title="US hospital staffing and travel nurses | Sector report, March 2025",
    date="18 March 2025",
    iso_date="2025-03-18",
    keywords=("travel nurse", "healthcare staffing", "bill rate", "hospital labor", "Meridian Clinical Staffing",
              "Harborline Health Workforce", "Pinecrest Medical Talent", "Cobalt Nurse Partners"),
    pages=(
        (
            h("Key points"),
            p("""US hospitals' spending on travel nurses has fallen for two years in a row from its 2022 peak, and
            we think the decline is nearly over. We estimate that the travel nurse staffing market - registered
            nurses (RNs) placed by agencies on assignments of 8 to 26 weeks away from home - generated revenue
            of $10.4 billion in 2024, down 21% from $13.2 billion in 2023 and less than half of the $23.6
            billion of 2022. Before the pandemic, in 2019, the market was worth $6.8 billion."""),
            p("""Bill rates have done most of the work. The average bill rate for a travel RN, the hourly amount a
            hospital pays the agency, fell to $96 in the fourth quarter of 2024 from a peak of $168 in the first
            quarter of 2022; it was $74 in the fourth quarter of 2019. Volumes have fallen less: some 57,000
            travel nurses were on assignment on an average day in 2024, against 65,000 in 2023 and 84,000 in
            2022 (the count peaked at about 96,000 in the first quarter of 2022)."""),
            p("""We forecast revenue of $9.9 billion in 2025, a further decline of about 5%, followed by a return
            to growth of 3% to 5% a year from 2026 (Table 4). Our view rests on three observations: hospitals
            have largely finished replacing travellers with employed staff, the shortage of experienced RNs has
            not gone away, and the agencies that survived the downturn have cut their own costs hard."""),
            h("1. What this report covers"),
            p("""This report covers travel nurse staffing only. The wider US healthcare staffing market, which
            also includes per diem and local nurse staffing, locum tenens physicians, allied health
            professionals (therapists and imaging and laboratory technologists) and vendor-management services,
            was worth an estimated $39.5 billion in 2024, against $45.1 billion in 2023. Travel nursing was
            therefore a little over a quarter of the whole in 2024, down from 29% a year earlier."""),
            p("""Figures are gross revenue unless stated otherwise. Where an agency acts only as a managed service
            provider (MSP), administering a hospital's contingent labour programme and passing orders to other
            agencies, we count the fee it keeps, not the spend that passes through it. Years are calendar years
            except where a company's fiscal year differs, which we note."""),
        ),
        (
            h("2. Bill rates, pay packages and agency margins"),
            p("""A travel assignment is priced as an hourly bill rate. Out of it the agency pays the nurse's taxable
            hourly wage, tax-free stipends for housing and meals, travel, payroll taxes, benefits and
            malpractice insurance, and what is left covers its recruiters, credentialing staff and profit. The
            gross margin, bill rate less these direct costs, stood at 26.5% for the average agency in 2024 on our
            survey\xb9, compared with 27.9% in 2022. In dollars the spread shrank much faster: at a $96 bill rate
            a 26.5% margin leaves the agency about $25 an hour, against roughly $47 an hour at the 2022 peak."""),
            p("""Margins held up better than rates because agencies cut what they pay nurses almost as fast as what
            they charge hospitals. On a 36-hour week, stipends included, the average travel RN package fell from
            about $3,950 a week in 2022 to about $2,590 a week in 2024. Many nurses went back to staff jobs,
            where hospitals had raised base pay by 8% to 12% between 2021 and 2023 and now offer sign-on
            bonuses."""),
            Table(
                caption="Table 1. Travel RN assignment economics, annual averages",
                unit="(US$ per hour, except where stated)",
                header=("Measure", "2019", "2022", "2023", "2024"),
                rows=(
                    ("Average bill rate", "74.0", "152.0", "109.0", "98.0"),
                    ("Average pay rate, incl. stipends", "54.0", "109.6", "80.0", "72.0"),
                    ("Gross margin (%)", "27.0", "27.9", "26.6", "26.5"),
                    ("Average assignment length (weeks)", "13.0", "12.1", "13.4", "14.2"),
                ),
                note="""Annual averages of all travel RN specialties, excluding crisis rates; they differ from
                the fourth-quarter rates quoted in the text. 2019 and 2022 from our earlier surveys, restated to
                the current panel."""),
            p("""Figure 1 (chart not reproduced in this version) plots the average travel RN bill rate by quarter
            since 2019. The line runs flat at $72 to $76 an hour through 2019, jumps to $131 in the fourth
            quarter of 2020 with the winter COVID-19 wave and peaks at $168 in the first quarter of 2022. It
            then falls almost in a straight line, to $112 in the fourth quarter of 2022 and $101 a year later,
            and flattens through 2024, ending the year at $96. The chart excludes crisis rates, paid for urgent
            needs such as surges or strike cover, which at the peak exceeded $250 an hour in some markets."""),
            p("""\xb9 Survey of 41 travel nurse agencies conducted in January 2025, weighted by revenue. Gross margin
            is the bill rate less all direct costs of the assignment (wages, stipends, travel, payroll taxes,
            benefits and insurance), as a percentage of the bill rate."""),
        ),
        (
            h("3. The hospital side: labour costs"),
            p("""For hospitals, travel nurses were the most visible part of a wider labour-cost problem. Labour -
            salaries, benefits and contract labour - accounted for 56.2% of US hospitals' total operating
            expenses in 2024 on our estimate\xb2, compared with 58.7% in 2022 and 54.1% in 2019. Contract
            labour's own share of hospital labour expense rose from 2.3% in 2019 to 11.6% in 2022, then fell to
            7.4% in 2023 and 5.1% in 2024, still more than twice its pre-pandemic level."""),
            p("""In dollars, hospitals' spending on contract labour of all kinds fell from about $51 billion in 2022
            to $35 billion in 2023 and $26 billion in 2024. Nurse staffing accounted for roughly 60% of the 2024
            amount, the rest going on physicians, therapists, technologists and support staff. Not all of the
            savings reached the bottom line: hospitals replaced travellers with employed nurses, paid sign-on
            bonuses (commonly $10,000 to $20,000 for an experienced RN in 2023-2024) and built internal float
            pools."""),
            p("""The median operating margin of US nonprofit hospitals recovered to 1.9% in 2024 from 0.6% in 2023,
            after a loss-making -1.1% in 2022. Rural hospitals and those with a high share of Medicaid patients
            did worse; for them a contract labour share of even 5% can decide whether the year ends in a loss,
            which is why they remain the agencies' most price-sensitive clients."""),
            p("""\xb2 Our analysis of Medicare cost reports for 2019-2023 and of a sample of 312 hospitals that
            had reported 2024 figures by February 2025. Contract labour includes agency nurses, locum tenens
            and other outsourced clinical staff, but not outsourced food, cleaning or IT services."""),
        ),
        (
            h("4. Regional differences"),
            p("""Bill rates differ more by region than by specialty. In the fourth quarter of 2024 travel RN bill
            rates averaged $114 an hour in the West, where California's nurse-to-patient ratio law sets a floor
            under staffing in every unit and hospitals cannot flex their nurse numbers down, against $86 an hour
            in the South (Table 2). The South nevertheless takes the largest number of travellers, 35% of
            assignments in 2024: it has many fast-growing suburban hospitals, and its lower base pay for staff
            nurses makes travel packages comparatively attractive to local nurses."""),
            p("""The Northeast saw the sharpest fall in rates from the peak, as hospitals in New York and New
            Jersey that had relied heavily on agencies in 2020-2021 cut them back once state emergency funding
            ended. The Midwest has been the steadiest region; its share of assignments has moved by no more than
            two points a year since 2019."""),
            Table(
                caption="Table 2. Travel RN bill rates and share of assignments by region",
                unit="(bill rate in US$ per hour; share of travel assignments in %)",
                header=("Region", "Q1 2022", "Q4 2024", "2024 share"),
                rows=(
                    ("West", "189", "114", "27"),
                    ("Northeast", "181", "96", "17"),
                    ("Midwest", "158", "93", "21"),
                    ("South", "149", "86", "35"),
                    ("United States", "168", "96", "100"),
                ),
                note="""Regions as defined by the US Census Bureau; Alaska and Hawaii are included in the West.
                Bill rates are averages over all specialties and exclude crisis rates."""),
            p("""Regional gaps matter for the agencies' mix. An agency with a large book in California earns more
            gross profit per assignment but competes with union contracts that give staff nurses some of the
            highest base pay in the country; an agency concentrated in the South fills more orders at lower
            rates. None of the listed agencies discloses revenue by region."""),
        ),
        (
            h("5. The agencies"),
            p("""The travel nurse business is more concentrated than it was. The four largest agencies held an
            estimated 41% of the market in 2024, up from 33% in 2022, as smaller rivals closed or were bought.
            Three of them are listed; the fourth, Cobalt Nurse Partners, is owned by private equity and
            publishes no accounts. A fifth agency of some size, TrueNorth Travel Health, filed for Chapter 11 in
            June 2024 and sold its hospital contracts to Meridian."""),
            p("""Meridian Clinical Staffing, Inc. ("Meridian", NYSE: MCSI) is the largest. Its revenue fell to
            $3.18 billion in 2024 from $4.02 billion in 2023 and $5.61 billion in 2022. The Nurse and Allied
            segment, which includes travel nursing, contributed $1.94 billion in 2024, or 61% of the total, down
            from $2.71 billion in 2023. Adjusted EBITDA margin narrowed to 9.4% in 2024 from 12.8% in 2023. The
            Company ended 2024 with 3,150 corporate employees, against 4,600 at the end of 2022, and had an
            average of 11,300 travel nurses on assignment in the fourth quarter of 2024."""),
            p("""Harborline Health Workforce (Nasdaq: HHWF) reports on a fiscal year ending 30 September. Revenue
            was $1.47 billion in fiscal 2024, down 24% from $1.93 billion in fiscal 2023. The fiscal 2023 figure
            was restated in the fiscal 2024 annual report from the $2.01 billion originally reported, after the
            company began to report the revenue of its MSP programmes net of the amounts passed on to
            subcontracting agencies. Travel nursing makes up about three-quarters of Harborline's revenue. Its
            gross margin was 23.8% in fiscal 2024, below the industry average because of its heavier exposure to
            MSP programmes."""),
            p("""Pinecrest Medical Talent (NYSE: PMTL) is the smallest of the listed three and the only one whose
            revenue grew in 2024, by 6% to $812 million, helped by its vendor-management software, RosterBridge,
            whose fees reached $96 million. Pinecrest employs about 1,400 people. Cobalt Nurse Partners, acquired
            by Greyfield Capital in 2021, specialises in labour-disruption staffing, supplying nurses to
            hospitals during strikes; its revenue depends heavily on the number of strikes in a year."""),
            Table(
                caption="Table 3. Revenue of the four largest travel nurse agencies",
                unit="(US$ millions)",
                header=("Company", "2022", "2023", "2024"),
                rows=(
                    ("Meridian Clinical Staffing", "5,610", "4,020", "3,180"),
                    ("Harborline Health Workforce", "2,480", "1,930", "1,470"),
                    ("Cobalt Nurse Partners", "1,650", "1,390", "1,100"),
                    ("Pinecrest Medical Talent", "905", "766", "812"),
                ),
                note="""Total company revenue, including segments other than travel nursing. Harborline: fiscal
                years ending 30 September; fiscal 2023 as restated (originally $2,010 million); fiscal 2022 not
                restated. Cobalt: our estimate. Pinecrest includes vendor-management software fees."""),
        ),
        (
            h("6. Forecast"),
            p("""Table 4 sets out our forecast. We assume that average bill rates bottom out at about $95 an hour
            in 2025 and then rise by 2% to 3% a year, roughly in line with staff nurse wages, and that the number
            of travellers on assignment holds at about 56,000 in 2025 before rising slowly as the nurse workforce
            ages and retirements outpace the output of nursing schools."""),
            Table(
                caption="Table 4. US travel nurse staffing market: history and forecast",
                unit="(revenue in US$ billions; bill rate in US$ per hour; travellers on assignment in thousands)",
                header=("Year", "Revenue", "Bill rate", "Travellers"),
                rows=(
                    ("2019", "6.8", "74", "49"),
                    ("2022", "23.6", "152", "84"),
                    ("2023", "13.2", "109", "65"),
                    ("2024", "10.4", "98", "57"),
                    ("2025F", "9.9", "95", "56"),
                    ("2026F", "10.3", "97", "57"),
                    ("2027F", "10.8", "99", "58"),
                    ("2028F", "11.3", "102", "59"),
                ),
                note="""F: forecast. Bill rate and travellers are annual averages. 2020 and 2021 are omitted
                because the pandemic years distort the series; see Figure 1 for the quarterly bill rate."""),
            p("""The range around the central case is wide. In our downside case, a recession that cuts elective
            procedures and hospital admissions, revenue would fall to $8.7 billion in 2025 and would not regain
            its 2024 level before 2029. In the upside case, a severe respiratory season or a wave of strikes
            would lift 2025 revenue to about $11.2 billion."""),
            h("7. Regulation"),
            p("""Since 2022 at least 14 states have passed laws that require nurse staffing agencies to register
            with the state, to report their bill and pay rates, or to drop non-compete clauses that stop a nurse
            from taking a staff job at a client hospital. Two states, Minnesota and Illinois, have debated caps on
            the rates agencies may charge, but only for nursing homes; no state caps the bill rates agencies
            charge hospitals. A federal bill that would have asked the Federal Trade Commission to study agency
            pricing never came to a vote."""),
            p("""Two other rules bear on demand. The minimum staffing standard for nursing homes that the Centers
            for Medicare & Medicaid Services (CMS) finalised in April 2024 would require 3.48 hours of nursing
            care per resident per day once fully in force, though it is being challenged in court. And the Nurse
            Licensure Compact, which lets an RN licensed in one member state practise in the others, now covers
            43 jurisdictions; each new member makes it cheaper for agencies to move travellers across state
            lines."""),
        ),
        (
            h("8. Risks to our view"),
            p("""We see five main risks to the forecast, listed in our order of importance:"""),
            p("""- In-house agencies. Several large health systems now run their own internal travel programmes,
            paying employed nurses a premium to rotate among their hospitals; one system told us it had cut
            outside agency hours by 70% this way."""),
            p("""- Vendor-management systems and MSPs. They take a fee of 3% to 5% of every bill and make agencies
            bid on price for each order, which narrows the spread between bill and pay."""),
            p("""- Nurse supply. Enrolment in nursing degree programmes fell in 2022 and 2023, and visa backlogs
            have slowed the arrival of foreign-educated nurses. Both raise demand for travellers but could push
            up pay faster than bill rates."""),
            p("""- Regulation. A state cap on hospital bill rates, though none has passed, would hit margins
            directly."""),
            p("""- Strikes. Labour disruption adds volatile crisis revenue: we estimate that strike assignments
            brought Cobalt about $240 million in 2023, a source that may not recur."""),
            h("9. Conclusion"),
            p("""The listed agencies trade at 7 to 9 times our 2025 EBITDA estimates, close to their pre-pandemic
            range. We prefer Meridian, whose scale lets it fill the most orders within the VMS programmes that
            now dominate hospital purchasing, and Pinecrest, whose software fees cushion it against the cycle. We
            remain cautious on Harborline until its MSP programmes show that they can earn an acceptable
            margin."""),
            p("""Sources and methods: market revenue, bill rates and traveller counts are our estimates from company
            disclosures, our agency survey and job-board data; company figures are from annual reports and 10-K
            filings. All figures in this report are in US dollars."""),
        ),
    ),
)

REPORTS = (HOSPITAL_STAFFING,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
