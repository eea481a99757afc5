"""Build the PDF filing of the held-out set filings11 (eval/datasets/filings11/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
company and every figure are fictional.

    .venv/bin/python eval/datasets/filings11/build_pdf.py      # writes docs/westmere_learning_10k_fy2025.pdf
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

WESTMERE_10K = Report(
    stem="westmere_learning_10k_fy2025",
    title="Westmere Learning Group, Inc. - Annual Report on Form 10-K for the fiscal year ended June 30, 2025",
    running_title="Westmere Learning Group, Inc. | Form 10-K fiscal 2025",
    date="August 21, 2025",
    iso_date="2025-08-21",
    keywords=("Westmere Learning Group", "10-K", "postsecondary education", "fiscal 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended June
            30, 2025. Commission file number 001-38215. Westmere Learning Group, Inc. (a Delaware corporation),
            1100 Polaris Parkway, Columbus, Ohio 43240. Common stock, par value $0.01 per share, traded on the
            Nasdaq Global Select Market under the symbol WMLG. As of August 8, 2025, 31,146,220 shares of common
            stock were outstanding."""),
            h("PART I - Item 1. Business"),
            p("""Westmere Learning Group, Inc. ("Westmere," the "Company," "we" or "our") is a provider of
            postsecondary education. Our fiscal year ends on June 30; "fiscal 2025" means the twelve months ended
            June 30, 2025. We operate three institutions, each of which is one of our three reportable segments:"""),
            p("""Nursing and Health Sciences - Calloway College of Nursing offers pre-licensure and RN-to-BSN
            nursing programs, respiratory therapy and diagnostic medical sonography at 26 campuses in 12 states,
            including two campuses opened in fiscal 2025 in Boise, Idaho and Knoxville, Tennessee. Clinical
            rotations are delivered under placement agreements with more than 1,100 hospitals and clinics."""),
            p("""Professional and Technical Education - Redfield Institute of Trades offers certificate and
            associate degree programs in the electrical, HVAC, welding and automotive trades at 29 campuses in
            the United States and two in Ontario, Canada. In fiscal 2024 we closed six Redfield campuses, whose
            students were taught out by the end of fiscal 2025."""),
            p("""Online Graduate Studies - Westmere University Online offers master's and doctoral degrees in
            business, education and public health, delivered fully online, to working adults."""),
            h("Human capital"),
            p("""At June 30, 2025, we had approximately 10,240 employees, including 4,380 full-time faculty, up from
            9,870 employees a year earlier. We also engaged approximately 2,950 adjunct faculty members during
            fiscal 2025. None of our employees is represented by a union."""),
            h("Regulation"),
            p("""Our institutions participate in the federal student financial aid programs under Title IV of the
            Higher Education Act, which provided approximately 66% of our consolidated cash receipts from
            students in fiscal 2025. Under the 90/10 rule, a proprietary institution loses eligibility if it
            derives more than 90% of its revenue from federal student aid in two consecutive fiscal years. For
            fiscal 2025, the 90/10 percentages of our institutions were 68.4% for Calloway College of Nursing,
            79.6% for Redfield Institute of Trades and 61.2% for Westmere University Online."""),
        ),
        (
            h("Item 1A. Risk Factors"),
            p("""Our revenue depends on student enrollment. Total enrollment is sensitive to labor market conditions:
            a stronger job market tends to reduce the number of adults who return to school, particularly in our
            Professional and Technical Education segment. Our nursing programs are limited by the number of
            clinical placements and qualified nursing faculty available in each market."""),
            p("""A loss of eligibility to participate in Title IV programs at any of our institutions would have a
            material adverse effect on our revenue and cash flows. Changes to the regulations governing gainful
            employment and borrower defense to repayment could require us to modify or discontinue programs."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p("""We have never paid a cash dividend and have no current plan to do so. During fiscal 2025 we
            repurchased 1,126,400 shares of our common stock for $48.7 million, at an average price of $43.26 per
            share. At June 30, 2025, $121.3 million remained available under the $200 million repurchase program
            approved by our Board of Directors in May 2023."""),
            h("Item 7. Management's Discussion and Analysis - Fiscal 2025 Overview"),
            p("""Fiscal 2025 revenue increased 8.3% to $1,486.3 million, led by Calloway College of Nursing, where
            revenue rose 12.4%. Operating income increased 34.0% to $203.2 million, and net income was $138.7
            million, or $4.35 per diluted share, compared with $94.4 million, or $2.90 per diluted share, in fiscal
            2024. Both years include restructuring and impairment charges related to the closure of six Redfield
            campuses: $12.5 million in fiscal 2025 and $31.9 million in fiscal 2024."""),
            p("""Total enrollment at June 30, 2025 was 88,220 students, an increase of 5.6% from a year earlier, and
            new student starts for the fiscal year rose 4.8% to 44,490. The table below presents enrollment by
            segment."""),
            Table(
                caption="Student enrollment by segment",
                unit="(total enrollment at June 30; new student starts for the fiscal year)",
                header=("Segment", "Enr. 2025", "Enr. 2024", "Starts FY25", "Starts FY24"),
                rows=(
                    ("Nursing and Health Sciences", "38,420", "35,110", "17,260", "15,830"),
                    ("Professional and Technical Education", "21,860", "22,540", "14,920", "15,480"),
                    ("Online Graduate Studies", "27,940", "25,870", "12,310", "11,140"),
                    ("Total", "88,220", "83,520", "44,490", "42,450"),
                ),
            ),
        ),
        (
            h("Results of operations - fiscal 2025 compared with fiscal 2024"),
            p("""Revenue. Revenue increased $113.8 million, or 8.3%, to $1,486.3 million. The increase was driven
            primarily by higher enrollment in our nursing and online graduate programs and by tuition increases
            of 2% to 4% across most programs, partially offset by lower enrollment at Redfield Institute of Trades
            and by higher institutional scholarships."""),
            p("""Cost of educational services, which consists mainly of faculty and campus staff compensation,
            occupancy, clinical and laboratory supplies and instructional technology, increased 6.5% to $682.4
            million, and decreased as a percentage of revenue to 45.9% from 46.7%, as enrollment growth in our
            online programs spread fixed costs over more students. Student services and administrative expense
            increased 7.5% to $529.3 million, mainly because of higher marketing spending to support new nursing
            campuses and higher incentive compensation."""),
            p("""Nursing and Health Sciences. Segment revenue increased 12.4% to $642.2 million, driven by a 9.4%
            increase in total enrollment, including the first students at the Boise and Knoxville campuses, and a
            3% tuition increase effective September 2024. Segment operating income increased 18.9% to $138.9
            million, as higher enrollment at existing campuses more than offset start-up losses of $6.2 million at
            the two new campuses."""),
            p("""Professional and Technical Education. Segment revenue increased 1.4% to $398.5 million, as tuition
            increases and a shift toward longer electrical and HVAC programs offset a 3.0% decline in total
            enrollment that reflected the teach-out of the six closed campuses. Segment operating income decreased
            13.9% to $41.3 million, because of higher instructor wages in a tight market for skilled trades
            instructors and the cost of equipping new welding laboratories at eight campuses."""),
            p("""Online Graduate Studies. Segment revenue increased 9.1% to $445.7 million on an 8.0% increase in
            total enrollment, led by the Master of Public Health program. Segment operating income increased
            27.0% to $101.9 million, and segment operating margin rose to 22.9% from 19.6%, as marketing cost per
            new student start declined."""),
            p("""Restructuring and impairment charges. Charges of $12.5 million in fiscal 2025 consisted mainly of
            lease costs and asset impairments at closed Redfield campuses whose leases we have not yet exited. See
            Note 6. Interest expense decreased to $28.6 million from $31.3 million, reflecting lower average
            borrowings."""),
            p("""Income taxes. Our effective tax rate was 24.8% in fiscal 2025, compared with 26.1% in fiscal 2024,
            when a portion of the campus impairment charges was not deductible."""),
        ),
        (
            h("Non-GAAP measure: adjusted operating income"),
            p("""We define adjusted operating income as operating income excluding restructuring and impairment
            charges and the amortization of acquired intangible assets. Adjusted operating income was $221.9
            million in fiscal 2025, compared with $189.8 million in fiscal 2024. Amortization of acquired
            intangible assets, which is included in depreciation and amortization, was $6.3 million in fiscal
            2025 and $6.2 million in fiscal 2024."""),
            h("Liquidity and capital resources"),
            p("""Our principal sources of liquidity are cash from operations and our $250.0 million revolving
            credit facility, which was undrawn at June 30, 2025. Cash and cash equivalents, excluding restricted
            cash, were $331.2 million at June 30, 2025, compared with $231.5 million at June 30, 2024. Because a
            large share of tuition is received from federal student aid programs at the start of each term, our
            cash balances are seasonally highest at the end of the fiscal year."""),
            p("""Net cash provided by operating activities increased to $224.4 million in fiscal 2025 from $185.0
            million in fiscal 2024, reflecting higher net income and growth in deferred revenue and student
            deposits. Capital expenditures, which comprise purchases of property and equipment and capitalized
            curriculum development costs, were $62.0 million, including $14.8 million for the two new nursing
            campuses and $9.7 million for welding laboratories. We expect capital expenditures of $70 million to
            $80 million in fiscal 2026, including three new nursing campuses planned to open in fiscal 2026 and
            fiscal 2027."""),
            p("""Our term loan, which matures in March 2029, had an outstanding principal balance of $390.0 million
            at June 30, 2025 and amortizes at $15.0 million a year. In fiscal 2025 we repaid $15.0 million of
            principal, repurchased $48.7 million of our common stock and received $3.4 million from the sale of a
            building at a closed Redfield campus."""),
            h("Item 7A. Quantitative and Qualitative Disclosures About Market Risk"),
            p("""Our term loan bears interest at a variable rate based on SOFR plus 2.25%. We have an interest rate
            swap that fixes the rate on $200.0 million of the term loan at 3.10% plus the margin through March
            2027. A 100 basis point increase in SOFR would increase our annual interest expense on the unhedged
            portion of the term loan by approximately $1.9 million."""),
        ),
        (
            h("Item 8. Financial Statements and Supplementary Data"),
            Table(
                caption="Consolidated Statements of Income",
                unit="(in thousands, except per share amounts)",
                header=("Fiscal year ended June 30", "2025", "2024", "2023"),
                rows=(
                    ("Revenues from contracts with customers", "1,486,320", "1,372,540", "1,298,770"),
                    ("Costs and expenses:", "", "", ""),
                    ("Cost of educational services", "682,410", "640,880", "617,250"),
                    ("Student services and administrative expense", "529,340", "492,480", "462,050"),
                    ("Depreciation and amortization", "58,940", "55,610", "53,180"),
                    ("Restructuring and impairment charges", "12,480", "31,920", "4,650"),
                    ("Total costs and expenses", "1,283,170", "1,220,890", "1,137,130"),
                    ("Operating income", "203,150", "151,650", "161,640"),
                    ("Interest expense", "(28,640)", "(31,280)", "(33,410)"),
                    ("Interest income and other, net", "9,870", "7,420", "3,160"),
                    ("Income before income taxes", "184,380", "127,790", "131,390"),
                    ("Provision for income taxes", "45,726", "33,353", "33,504"),
                    ("Net income", "138,654", "94,437", "97,886"),
                    ("Net income per share - basic", "$4.41", "$2.94", "$2.98"),
                    ("Net income per share - diluted", "$4.35", "$2.90", "$2.94"),
                    ("Weighted average shares outstanding - basic", "31,420", "32,160", "32,890"),
                    ("Weighted average shares outstanding - diluted", "31,870", "32,540", "33,250"),
                ),
            ),
            Table(
                caption="Consolidated Statements of Comprehensive Income",
                unit="(in thousands)",
                header=("Fiscal year ended June 30", "2025", "2024", "2023"),
                rows=(
                    ("Net income", "138,654", "94,437", "97,886"),
                    ("Foreign currency translation adjustments", "610", "(280)", "(540)"),
                    ("Change in fair value of interest rate swap, net of tax", "320", "(1,150)", "2,260"),
                    ("Other comprehensive income (loss)", "930", "(1,430)", "1,720"),
                    ("Comprehensive income", "139,584", "93,007", "99,606"),
                ),
            ),
        ),
        (
            Table(
                caption="Consolidated Balance Sheets",
                unit="(in thousands, except par value)",
                header=("June 30", "2025", "2024"),
                rows=(
                    ("Cash and cash equivalents", "331,210", "231,480"),
                    ("Restricted cash", "18,240", "16,950"),
                    ("Accounts receivable, net", "96,830", "88,410"),
                    ("Prepaid expenses and other current assets", "41,270", "38,960"),
                    ("Total current assets", "487,550", "375,800"),
                    ("Property and equipment, net", "312,450", "305,880"),
                    ("Operating lease right-of-use assets", "268,930", "291,640"),
                    ("Goodwill", "486,210", "486,210"),
                    ("Intangible assets, net", "142,380", "148,650"),
                    ("Other assets", "36,984", "34,660"),
                    ("Total assets", "1,734,504", "1,642,840"),
                    ("Accounts payable", "52,140", "47,860"),
                    ("Accrued payroll and benefits", "68,930", "61,240"),
                    ("Deferred revenue and student deposits", "121,470", "109,850"),
                    ("Current portion of long-term debt", "15,000", "15,000"),
                    ("Current operating lease liabilities", "54,280", "57,910"),
                    ("Other current liabilities", "39,660", "36,420"),
                    ("Total current liabilities", "351,480", "328,280"),
                    ("Long-term debt, less current portion", "372,180", "386,420"),
                    ("Long-term operating lease liabilities", "246,810", "275,330"),
                    ("Deferred income taxes", "41,520", "38,970"),
                    ("Other long-term liabilities", "22,390", "21,640"),
                    ("Total liabilities", "1,034,380", "1,050,640"),
                    ("Common stock, $0.01 par value", "412", "410"),
                    ("Additional paid-in capital", "429,938", "412,870"),
                    ("Retained earnings", "607,214", "468,560"),
                    ("Treasury stock, at cost", "(334,500)", "(285,770)"),
                    ("Accumulated other comprehensive loss", "(2,940)", "(3,870)"),
                    ("Total stockholders' equity", "700,124", "592,200"),
                    ("Total liabilities and stockholders' equity", "1,734,504", "1,642,840"),
                ),
            ),
        ),
        (
            Table(
                caption="Consolidated Statements of Cash Flows",
                unit="(in thousands)",
                header=("Fiscal year ended June 30", "2025", "2024", "2023"),
                rows=(
                    ("Net income", "138,654", "94,437", "97,886"),
                    ("Depreciation and amortization", "58,940", "55,610", "53,180"),
                    ("Share-based compensation", "18,420", "16,980", "15,740"),
                    ("Deferred income taxes", "2,550", "(4,810)", "1,930"),
                    ("Non-cash restructuring and impairment charges", "7,860", "24,370", "1,120"),
                    ("Accounts receivable", "(8,420)", "(6,130)", "(4,870)"),
                    ("Deferred revenue and student deposits", "11,620", "7,940", "5,210"),
                    ("Other operating assets and liabilities, net", "(5,254)", "(3,437)", "(2,366)"),
                    ("Net cash provided by operating activities", "224,370", "184,960", "167,830"),
                    ("Purchases of property and equipment", "(52,860)", "(47,310)", "(44,960)"),
                    ("Capitalized curriculum development costs", "(9,140)", "(8,620)", "(7,950)"),
                    ("Proceeds from sale of property", "3,420", "-", "-"),
                    ("Net cash used in investing activities", "(58,580)", "(55,930)", "(52,910)"),
                    ("Repayments of term loan", "(15,000)", "(15,000)", "(15,000)"),
                    ("Repurchases of common stock", "(48,730)", "(36,520)", "(22,180)"),
                    ("Taxes paid on vesting of equity awards", "(4,210)", "(3,640)", "(3,120)"),
                    ("Proceeds from stock plans", "2,860", "2,410", "1,980"),
                    ("Net cash used in financing activities", "(65,080)", "(52,750)", "(38,320)"),
                    ("Effect of exchange rate changes on cash", "310", "(140)", "(220)"),
                    ("Net increase in cash, cash equivalents and restricted cash", "101,020", "76,140", "76,380"),
                    ("Cash, cash equivalents and restricted cash, beginning of year", "248,430", "172,290", "95,910"),
                    ("Cash, cash equivalents and restricted cash, end of year", "349,450", "248,430", "172,290"),
                ),
            ),
        ),
        (
            h("Notes to Consolidated Financial Statements"),
            h("Note 6. Restructuring and Impairment Charges"),
            p("""In fiscal 2024 we approved a plan to close six Redfield Institute of Trades campuses with low
            enrollment. Charges under the plan were $31.9 million in fiscal 2024 (impairment of operating lease
            right-of-use assets and leasehold improvements of $19.8 million, severance of $6.7 million and other
            exit costs of $5.4 million) and $12.5 million in fiscal 2025. We expect further charges of
            approximately $3 million in fiscal 2026, after which the plan will be complete."""),
            h("Note 9. Long-term Debt"),
            p("""Long-term debt consists of our senior secured term loan, net of unamortized issuance costs of $2.8
            million at June 30, 2025. The credit agreement requires a maximum consolidated net leverage ratio of
            3.0 to 1.0; we were in compliance at June 30, 2025."""),
            h("Note 14. Segment Information"),
            p("""Our chief operating decision maker, the Chief Executive Officer, evaluates our three reportable
            segments on revenue and segment operating income. Segment operating income excludes corporate
            functions that are not allocated to the institutions (executive management, finance, legal and
            information technology) and restructuring and impairment charges. We do not report assets by
            segment to the chief operating decision maker."""),
            Table(
                caption="Revenue and segment operating income",
                unit="(in thousands)",
                header=("Fiscal year ended June 30", "2025", "2024", "2023"),
                rows=(
                    ("Revenue - Nursing and Health Sciences", "642,180", "571,360", "520,940"),
                    ("Revenue - Professional and Technical Education", "398,470", "392,850", "409,330"),
                    ("Revenue - Online Graduate Studies", "445,670", "408,330", "368,500"),
                    ("Total revenue", "1,486,320", "1,372,540", "1,298,770"),
                    ("Operating income - Nursing and Health Sciences", "138,940", "116,820", "101,370"),
                    ("Operating income - Professional and Technical Education", "41,260", "47,930", "55,210"),
                    ("Operating income - Online Graduate Studies", "101,850", "80,170", "66,940"),
                    ("Corporate and unallocated costs", "(66,420)", "(61,350)", "(57,230)"),
                    ("Restructuring and impairment charges", "(12,480)", "(31,920)", "(4,650)"),
                    ("Total operating income", "203,150", "151,650", "161,640"),
                ),
            ),
        ),
    ),
)

REPORTS = (WESTMERE_10K,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
