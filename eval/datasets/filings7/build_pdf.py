"""Build the PDF annual report (Form 10-K) of the filings7 held-out set (eval/datasets/filings7/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The company and every figure are fictional. The set's second document, a Form 10-Q in HTML
(docs/halvorsen_therapeutics_10q_q2fy2026.html), is written by hand and not built here.

    .venv/bin/python eval/datasets/filings7/build_pdf.py      # writes docs/crestline_logistics_10k_2025.pdf
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

CRESTLINE = Report(
    stem="crestline_logistics_10k_2025",
    title="Crestline Logistics Properties, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Crestline Logistics Properties, Inc. | 2025 Form 10-K",
    date="18 February 2026",
    iso_date="2026-02-18",
    keywords=("Crestline Logistics Properties", "10-K", "industrial REIT", "FFO", "Core FFO", "same-property NOI"),
    pages=(
        (
            h("PART I - Item 1. Business"),
            p("""Crestline Logistics Properties, Inc. (together with its consolidated subsidiaries, "Crestline,"
            the "Company," "we" or "us") is a self-administered and self-managed real estate investment trust
            ("REIT") that acquires, develops, owns and operates bulk distribution, light industrial and last-mile
            logistics facilities in the United States. We conduct substantially all of our business through
            Crestline Logistics Operating Partnership, L.P. (the "Operating Partnership"), of which we owned
            approximately 97.6% of the common units at December 31, 2025."""),
            p("""As of December 31, 2025, our operating portfolio consisted of 438 buildings totaling approximately
            68.4 million rentable square feet in 21 markets, leased to 1,146 customers, and was 96.3% occupied,
            compared with 97.4% at December 31, 2024. In addition, we had 17 buildings totaling 5.9 million square
            feet under development with a total expected investment of approximately $1.2 billion, which were
            61% pre-leased. We had 356 full-time employees at year end."""),
            h("Item 1A. Risk Factors"),
            p("""Our business depends on the demand for logistics space, which is affected by consumer spending,
            the growth of e-commerce and the level of inventories held by retailers and manufacturers. A slowdown
            in any of these could reduce demand for our properties, lower occupancy and rental rates and delay
            the lease-up of our developments. Net absorption in our markets slowed in 2025 while a record volume
            of speculative construction was delivered, and further new supply could limit the rent increases we
            achieve when leases expire."""),
            p("""We depend on our customers for our revenue. Our largest customer, a global e-commerce company,
            accounted for approximately 4.8% of our annualized base rent at December 31, 2025, and our 20 largest
            customers together accounted for approximately 24.6%. The bankruptcy or non-renewal of a significant
            customer, or of several smaller customers in the same industry, could adversely affect our cash flows
            and our ability to pay dividends."""),
            p("""Our portfolio is concentrated in a limited number of markets. Properties in Southern California's
            Inland Empire, Dallas-Fort Worth and Northern New Jersey together generated approximately 38% of our
            net operating income in 2025, so adverse economic conditions, natural disasters or changes in local
            regulation in these markets could have a disproportionate effect on our results."""),
            p("""We have substantial indebtedness and are exposed to changes in interest rates. At December 31,
            2025, we had approximately $5.7 billion of principal amount of debt outstanding, of which $285.0
            million bore interest at variable rates. Higher rates increase the cost of refinancing our maturing
            debt and may reduce the value of our properties. If we fail to remain qualified as a REIT, we would
            be subject to federal income tax at regular corporate rates and would no longer be required to
            distribute at least 90% of our REIT taxable income."""),
        ),
        (
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p("""Overview. Demand for logistics space moderated in 2025 from the record levels of 2021 and 2022, and
            customers took longer to make leasing decisions. Even so, we signed leases totaling 14.2 million square
            feet during 2025 and achieved a tenant retention rate of 74.5%. Rental rates on new and renewal leases
            commenced during the year increased 31.4% on a cash basis and 48.7% on a straight-line (GAAP) basis
            compared with the expiring leases, down from increases of 42.6% and 61.3%, respectively, in 2024,
            as market rents were broadly flat in most of our markets during the year."""),
            p("""Same-property portfolio. Our same-property portfolio for 2025 consisted of 371 buildings totaling
            59.6 million square feet that were owned and stabilized throughout both 2025 and 2024. Same-property
            net operating income ("NOI") on a cash basis increased 5.8% in 2025, compared with an increase of
            7.1% in 2024, and same-property NOI on a GAAP basis increased 4.9%. Average same-property occupancy
            was 96.8% in 2025, compared with 97.6% in 2024. Same-property NOI is a non-GAAP measure; see
            "Non-GAAP Financial Measures." """),
            p("""Investment activity. During 2025 we acquired 46 buildings totaling 6.3 million square feet for
            approximately $1.09 billion, placed in service nine development projects totaling 2.8 million square
            feet that were 88% leased at stabilization, and started construction on 14 new projects. We sold 18
            non-core buildings for gross proceeds of $236.5 million, recognizing gains of $62.8 million."""),
            h("Results of Operations - Comparison of 2025 to 2024"),
            p("""Rental revenue. Rental revenue increased $132.3 million, or 12.6%, to $1,184.6 million in 2025.
            The increase was primarily attributable to $71.8 million from properties acquired in 2024 and 2025,
            $38.6 million from development properties placed in service and $29.4 million from higher rental
            rates in the same-property portfolio, partially offset by a decrease of $7.5 million from properties
            sold."""),
            p("""Property operating expenses. Property operating expenses, which consist of real estate taxes,
            insurance, repairs and maintenance and utilities, increased $28.5 million, or 9.8%, mainly because of
            the larger portfolio and higher real estate tax assessments in New Jersey and Texas. Most of these
            costs are recovered from customers under our leases."""),
            p("""Depreciation and amortization. Depreciation and amortization increased $44.8 million to $452.9
            million as a result of acquisitions and developments placed in service."""),
            p("""General and administrative. General and administrative expenses were $71.4 million in 2025
            compared with $66.8 million in 2024; the 2025 amount includes $2.2 million of severance and transition
            costs related to the retirement of our former Chief Financial Officer and $3.5 million of acquisition
            and transaction costs."""),
            p("""Interest expense. Interest expense increased $27.2 million to $168.4 million, reflecting higher
            average debt outstanding of $5.3 billion in 2025 compared with $4.7 billion in 2024, used to fund
            acquisitions and development, and a higher weighted average effective interest rate of 3.82% compared
            with 3.55%."""),
        ),
        (
            h("Item 8. Financial Statements and Supplementary Data"),
            Table(
                caption="CRESTLINE LOGISTICS PROPERTIES, INC. - CONSOLIDATED BALANCE SHEETS",
                unit="(in thousands, except share and per share data)",
                header=("As of December 31,", "2025", "2024"),
                rows=(
                    ("Land", "2,914,300", "2,688,150"),
                    ("Buildings and improvements", "10,826,540", "9,874,220"),
                    ("Construction in progress", "612,480", "498,730"),
                    ("Total investments in real estate, at cost", "14,353,320", "13,061,100"),
                    ("Less: accumulated depreciation", "(2,463,870)", "(2,102,440)"),
                    ("Net investments in real estate", "11,889,450", "10,958,660"),
                    ("Cash and cash equivalents", "84,210", "121,560"),
                    ("Tenant and other receivables, net", "41,870", "37,290"),
                    ("Deferred rent receivable", "198,640", "172,350"),
                    ("Other assets", "286,930", "251,480"),
                    ("Total assets", "12,501,100", "11,541,340"),
                    ("Unsecured credit facility", "285,000", "140,000"),
                    ("Unsecured term loans, net", "1,196,420", "1,195,180"),
                    ("Senior unsecured notes, net", "3,972,560", "3,478,910"),
                    ("Mortgage notes payable, net", "214,380", "262,750"),
                    ("Accounts payable and accrued expenses", "238,610", "211,470"),
                    ("Security deposits and prepaid rent", "121,940", "109,820"),
                    ("Dividends and distributions payable", "113,260", "99,450"),
                    ("Total liabilities", "6,142,170", "5,497,580"),
                    ("Common stock, $0.01 par value", "2,311", "2,206"),
                    ("Additional paid-in capital", "7,418,620", "6,762,880"),
                    ("Distributions in excess of net income", "(1,262,450)", "(1,051,720)"),
                    ("Accumulated other comprehensive income", "18,240", "24,310"),
                    ("Total stockholders' equity", "6,176,721", "5,737,676"),
                    ("Noncontrolling interests", "182,209", "306,084"),
                    ("Total equity", "6,358,930", "6,043,760"),
                    ("Total liabilities and equity", "12,501,100", "11,541,340"),
                ),
                note="""Common stock: 500,000,000 shares authorized; 231,148,602 and 220,617,311 shares issued and
                outstanding at December 31, 2025 and 2024, respectively. See accompanying notes.""",
            ),
        ),
        (
            Table(
                caption="CRESTLINE LOGISTICS PROPERTIES, INC. - CONSOLIDATED STATEMENTS OF OPERATIONS",
                unit="(in thousands, except per share data)",
                header=("Year ended December 31,", "2025", "2024", "2023"),
                rows=(
                    ("Rental revenue", "1,184,620", "1,052,310", "934,870"),
                    ("Management fees and other", "18,450", "16,920", "15,140"),
                    ("Total revenues", "1,203,070", "1,069,230", "950,010"),
                    ("Property operating expenses", "318,240", "289,760", "262,330"),
                    ("Depreciation and amortization", "452,910", "408,150", "366,480"),
                    ("General and administrative", "71,360", "66,840", "61,220"),
                    ("Total expenses", "842,510", "764,750", "690,030"),
                    ("Operating income", "360,560", "304,480", "259,980"),
                    ("Interest expense", "(168,430)", "(141,270)", "(118,650)"),
                    ("Gain on sales of real estate, net", "62,840", "28,510", "41,370"),
                    ("Impairment of real estate", "(9,800)", "-", "(4,250)"),
                    ("Net income", "245,170", "191,720", "178,450"),
                    ("Less: noncontrolling interests", "(6,130)", "(4,790)", "(4,460)"),
                    ("Net income attributable to common stockholders", "239,040", "186,930", "173,990"),
                    ("Net income per common share - diluted", "$1.05", "$0.85", "$0.82"),
                    ("Weighted average common shares - diluted", "228,460", "219,870", "211,350"),
                    ("Dividends declared per common share", "$1.96", "$1.80", "$1.64"),
                ),
            ),
            Table(
                caption="CRESTLINE LOGISTICS PROPERTIES, INC. - CONSOLIDATED STATEMENTS OF CASH FLOWS",
                unit="(in thousands)",
                header=("Year ended December 31,", "2025", "2024", "2023"),
                rows=(
                    ("Net income", "245,170", "191,720", "178,450"),
                    ("Depreciation and amortization", "452,910", "408,150", "366,480"),
                    ("Gain on sales of real estate, net", "(62,840)", "(28,510)", "(41,370)"),
                    ("Impairment of real estate", "9,800", "-", "4,250"),
                    ("Straight-line rent adjustments", "(26,290)", "(23,840)", "(21,170)"),
                    ("Stock-based compensation", "18,620", "16,930", "15,080"),
                    ("Changes in operating assets and liabilities", "14,430", "9,120", "(6,350)"),
                    ("Net cash provided by operating activities", "651,800", "573,570", "495,370"),
                    ("Acquisitions of real estate", "(1,086,450)", "(742,380)", "(905,610)"),
                    ("Development and redevelopment expenditures", "(548,920)", "(463,150)", "(391,840)"),
                    ("Building improvements and leasing costs", "(84,360)", "(76,910)", "(69,240)"),
                    ("Proceeds from sales of real estate, net", "231,740", "118,260", "156,830"),
                    ("Net cash used in investing activities", "(1,487,990)", "(1,164,180)", "(1,209,860)"),
                ),
            ),
        ),
        (
            Table(
                caption="CONSOLIDATED STATEMENTS OF CASH FLOWS (continued)",
                unit="(in thousands)",
                header=("Year ended December 31,", "2025", "2024", "2023"),
                rows=(
                    ("Issuance of common stock, net", "652,930", "468,460", "498,120"),
                    ("Credit facility borrowings (repayments), net", "145,000", "(55,000)", "80,000"),
                    ("Proceeds from senior unsecured notes", "496,820", "594,300", "398,650"),
                    ("Repayments of mortgage notes", "(48,370)", "(41,880)", "(37,260)"),
                    ("Dividends paid to common stockholders", "(435,960)", "(384,150)", "(332,470)"),
                    ("Distributions to noncontrolling interests", "(11,580)", "(9,360)", "(8,610)"),
                    ("Net cash provided by financing activities", "798,840", "572,370", "598,430"),
                    ("Net decrease in cash and cash equivalents", "(37,350)", "(18,240)", "(116,060)"),
                    ("Cash and cash equivalents, beginning of year", "121,560", "139,800", "255,860"),
                    ("Cash and cash equivalents, end of year", "84,210", "121,560", "139,800"),
                ),
                note="""Cash paid for interest, net of amounts capitalized, was $159.7 million, $133.9 million and
                $112.4 million in 2025, 2024 and 2023, respectively. Interest capitalized on development projects
                was $24.6 million in 2025.""",
            ),
            h("Note 12. Segment Information"),
            p("""The Company manages its operating portfolio in three geographic regions, East, Central and West,
            which are its reportable segments. The chief operating decision maker evaluates the performance of
            each region on net operating income ("NOI"), defined as rental revenue less property operating
            expenses. Management fees and other revenue, depreciation and amortization, general and
            administrative expenses, interest expense and gains or impairments on real estate are not allocated
            to the regions."""),
            Table(
                caption="Rental revenue and NOI by reportable segment",
                unit="(in thousands)",
                header=("Year ended December 31,", "2025", "2024"),
                rows=(
                    ("East - rental revenue", "462,130", "418,540"),
                    ("Central - rental revenue", "287,650", "264,980"),
                    ("West - rental revenue", "434,840", "368,790"),
                    ("Total rental revenue", "1,184,620", "1,052,310"),
                    ("East - NOI", "333,660", "300,230"),
                    ("Central - NOI", "200,700", "183,360"),
                    ("West - NOI", "332,020", "278,960"),
                    ("Total NOI", "866,380", "762,550"),
                ),
                note="""At December 31, 2025 the East region held 27.1 million square feet (97.1% occupied), the
                Central region 19.8 million square feet (95.2% occupied) and the West region 21.5 million square
                feet (96.4% occupied).""",
            ),
        ),
        (
            h("Note 7. Debt"),
            p("""At December 31, 2025, the weighted average interest rate on our debt was 3.82% and its weighted
            average remaining term was 5.6 years; 95% of our debt bore interest at fixed rates, including variable
            rate term loans fixed through interest rate swaps. In September 2025 the Operating Partnership issued
            $500.0 million of 5.125% senior unsecured notes due 2035. Our $1.5 billion unsecured revolving credit
            facility matures in April 2028 and had $285.0 million outstanding. We were in compliance with all
            financial covenants. Scheduled principal payments of our debt as of December 31, 2025 were as follows
            (in thousands):"""),
            Table(
                caption="Scheduled debt maturities",
                unit="(in thousands)",
                header=("Year", "Amount"),
                rows=(
                    ("2026", "112,400"),
                    ("2027", "685,000"),
                    ("2028 (includes credit facility of $285,000)", "1,245,000"),
                    ("2029", "1,050,000"),
                    ("2030", "700,000"),
                    ("Thereafter", "1,912,000"),
                    ("Total principal", "5,704,400"),
                    ("Unamortized discounts and debt issuance costs", "(36,040)"),
                    ("Total debt, net", "5,668,360"),
                ),
            ),
            h("Dividends"),
            p("""Our Board of Directors declared quarterly cash dividends of $0.49 per common share in each quarter of
            2025, or $1.96 per share for the year, compared with $0.45 per quarter, or $1.80, in 2024, an increase
            of 8.9%. On February 10, 2026, the Board declared a dividend of $0.53 per share for the first quarter
            of 2026, payable on April 15, 2026. Our ratio of net debt to Adjusted EBITDAre was 5.1x for the fourth
            quarter of 2025, annualized, compared with 4.8x a year earlier."""),
        ),
        (
            h("Non-GAAP Financial Measures"),
            p("""Funds from operations ("FFO") is a supplemental, non-GAAP measure of REIT performance. We calculate
            FFO in accordance with the definition adopted by the National Association of Real Estate Investment
            Trusts ("Nareit"): net income computed under GAAP, excluding gains or losses from sales of depreciable
            real estate and impairment write-downs, plus real estate related depreciation and amortization. Core
            FFO further excludes acquisition and transaction costs, severance and executive transition costs and
            other items that we do not consider indicative of our ongoing operating performance. FFO and Core FFO
            should not be considered alternatives to net income or to cash flow from operating activities."""),
            Table(
                caption="Reconciliation of net income to FFO and Core FFO",
                unit="(in thousands, except per share data)",
                header=("Year ended December 31,", "2025", "2024", "2023"),
                rows=(
                    ("Net income attributable to common stockholders", "239,040", "186,930", "173,990"),
                    ("Real estate depreciation and amortization", "448,270", "403,880", "362,510"),
                    ("Gain on sales of real estate, net", "(62,840)", "(28,510)", "(41,370)"),
                    ("Impairment of real estate", "9,800", "-", "4,250"),
                    ("Noncontrolling interest in the Operating Partnership", "6,130", "4,790", "4,460"),
                    ("FFO attributable to common stock and units", "640,400", "567,090", "503,840"),
                    ("Acquisition and transaction costs", "3,460", "1,120", "2,780"),
                    ("Severance and executive transition costs", "2,150", "-", "-"),
                    ("Core FFO attributable to common stock and units", "646,010", "568,210", "506,620"),
                    ("Weighted average diluted shares and units", "234,180", "225,410", "216,920"),
                    ("FFO per diluted share and unit", "$2.73", "$2.52", "$2.32"),
                    ("Core FFO per diluted share and unit", "$2.76", "$2.52", "$2.34"),
                ),
            ),
            p("""Core FFO per diluted share and unit increased 9.5% in 2025, driven by rent growth on lease
            renewals, contributions from acquisitions and developments placed in service, partly offset by higher
            interest expense and lower average occupancy. Our dividends declared represented 71% of Core FFO per
            diluted share and unit in 2025. For 2026 we expect Core FFO of $2.88 to $2.96 per diluted share and
            unit, assuming average occupancy of 95.5% to 96.5% and same-property cash NOI growth of 4.0% to
            5.0%."""),
        ),
    ),
)

REPORTS = (CRESTLINE,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
