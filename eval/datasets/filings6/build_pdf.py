"""Build the two PDF filings of the filings6 held-out set (eval/datasets/filings6/docs/).

Both are fictional Form 10-K excerpts written in the style of US filers: a homebuilder whose fiscal year ends on
September 30 (figures in thousands, an unclassified balance sheet, homebuilding and financial services
segments) and an apparel brand whose fiscal year ends on the Saturday nearest January 31 (fiscal 2025 is the
year ended January 31, 2026; figures in millions). The layout is the sample corpus's (corpus/build_pdfs.py:
fpdf2 core fonts, running header, "Page N of M" footer, fixed creation date, so a rebuild without text changes
gives the same file); only the text is new.

    .venv/bin/python eval/datasets/filings6/build_pdf.py      # writes docs/*.pdf
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

RIDGECREST = Report(
    stem="ridgecrest_homes_10k_fy2025",
    title="Ridgecrest Homes, Inc. - Annual Report on Form 10-K for the Fiscal Year Ended September 30, 2025",
    running_title="Ridgecrest Homes, Inc. | Form 10-K | Fiscal 2025",
    date="November 18, 2025",
    iso_date="2025-11-18",
    keywords=("Ridgecrest Homes", "homebuilding", "10-K", "backlog", "net new orders", "financial services"),
    pages=(
        (
            h("PART I - Item 1. Business"),
            p("""Ridgecrest Homes, Inc. ("Ridgecrest," the "Company," "we," "us" or "our") designs, builds and
            sells single-family detached homes, townhomes and, to a lesser extent, attached homes in 34 markets in
            nine states. Our fiscal year ends on September 30; references to "fiscal 2025" and "fiscal 2024" are to
            the fiscal years ended September 30, 2025 and 2024, respectively. Unless otherwise stated, dollar
            amounts in this report are in thousands, except average selling prices, which are in thousands of
            dollars per home."""),
            p("""We have two reportable segments. Our homebuilding segment is managed through three regions: East
            (the Carolinas, Georgia and Florida), Central (Texas, Oklahoma and Tennessee) and West (Arizona, Nevada
            and Colorado). Our financial services segment consists of Ridgecrest Mortgage, LLC, which originates
            mortgage loans primarily for buyers of our homes and sells substantially all of them, servicing
            released, within about 30 days of origination, and Keystone Title Agency, LLC, which provides title
            insurance agency and closing services."""),
            p("""In fiscal 2025 we closed 9,412 homes, generating home sales revenues of $4,774,708, compared with
            8,875 homes and $4,549,325 in fiscal 2024. We operated from 398 active selling communities at
            September 30, 2025, up 6% from 375 a year earlier. At September 30, 2025 we owned or controlled
            approximately 71,300 lots, of which approximately 42% were owned and the remainder were controlled
            through land and lot option purchase contracts.(1)"""),
            p("""Land and lot acquisition. We seek to limit the capital we commit to land by purchasing finished
            lots from developers on a just-in-time basis where possible. Where we develop land ourselves, we
            generally phase development so that lots are delivered in line with our expected sales pace.
            Deposits on option contracts are generally 10% to 15% of the purchase price and are our maximum
            exposure if we elect not to purchase the lots."""),
            p("""Seasonality. Our net new orders are typically strongest in our second and third fiscal quarters
            (January through June), and our closings and revenues are typically highest in our fourth fiscal
            quarter."""),
            p("""Employees. At September 30, 2025 we had 2,684 full-time employees, of whom 361 worked in our
            financial services segment."""),
            p("""(1) Lot counts exclude 1,150 lots owned by unconsolidated joint ventures in which we hold a
            50% interest. Homes closed exclude 36 homes closed by those joint ventures in fiscal 2025."""),
        ),
        (
            h("PART II - Item 7. Management's Discussion and Analysis - Results of Operations"),
            p("""Fiscal 2025 compared with fiscal 2024. Total revenues were $4,954,980 in fiscal 2025, up 4.7% from
            $4,730,625 in fiscal 2024, and net income was $482,319, or $15.87 per diluted share, compared with
            $508,727, or $16.21 per diluted share. Homebuilding revenues rose 4.6% to $4,813,120, as a 6.1%
            increase in homes closed more than offset a 1.0% decrease in the average selling price of homes closed,
            to $507.3 from $512.6."""),
            p("""Our home sales gross margin was 21.0% in fiscal 2025, compared with 22.3% in fiscal 2024. The
            decrease of 130 basis points was driven primarily by higher sales incentives, most of them mortgage
            interest rate buydowns offered through Ridgecrest Mortgage, which averaged 7.8% of the gross sales
            price of homes closed compared with 6.1% in the prior year, and by higher land and lot development
            costs per home. These were partially offset by lower lumber and other stick-and-brick construction
            costs. Selling, general and administrative expense of the homebuilding segment was $441,270, or 9.2% of
            home sales revenues, compared with $418,100, or 9.2%."""),
            Table(
                caption="Homebuilding operating data by region (dollars in thousands)",
                unit="(fiscal years ended September 30)",
                header=("Region", "Homes 2025", "Sales 2025", "Homes 2024", "Sales 2024"),
                rows=(
                    ("East", "3,720", "1,681,440", "3,465", "1,552,320"),
                    ("Central", "2,752", "1,159,968", "2,530", "1,057,540"),
                    ("West", "2,940", "1,933,300", "2,880", "1,939,465"),
                    ("Total", "9,412", "4,774,708", "8,875", "4,549,325"),
                ),
                note="""Sales are home sales revenues and exclude land sales revenues of $38,412 in fiscal 2025
                and $52,870 in fiscal 2024. Average selling price by region in fiscal 2025: East $452.0, Central
                $421.5, West $657.6.""",
            ),
            p("""Financial services. Revenues of the financial services segment were $141,860 in fiscal 2025,
            compared with $128,430 in fiscal 2024, and its income before income taxes was $52,315, compared with
            $47,905. Ridgecrest Mortgage originated 6,912 loans in fiscal 2025; its capture rate, the share of our
            homebuyers who financed with a mortgage and obtained it from Ridgecrest Mortgage, was 81%, compared
            with 79% in fiscal 2024. Homebuilding income before income taxes was $577,344, compared with
            $616,229."""),
        ),
        (
            h("Item 7. MD&A - Net New Orders, Cancellations and Backlog"),
            p("""Net new orders, which are gross sales contracts signed during the period less cancellations, were
            9,655 homes in fiscal 2025 with a value of $4,860,200, compared with 9,020 homes with a value of
            $4,606,800 in fiscal 2024, an increase in value of 5.5%. Our cancellation rate, cancelled contracts as a
            percentage of gross sales contracts, was 12.4% for fiscal 2025 compared with 10.9% for fiscal 2024, and
            15.1% in the fourth quarter of fiscal 2025. Cancellations rose in the fourth quarter as more buyers were
            unable to qualify for financing or to sell their existing homes at elevated mortgage rates."""),
            p("""Backlog consists of homes under a sales contract that have not yet closed. At September 30, 2025
            our backlog was 3,653 homes with an aggregate sales value of $1,902,300, compared with 3,410 homes with
            a value of $1,781,500 at September 30, 2024. We expect to close substantially all homes in backlog
            within the next two fiscal quarters, although some contracts will be cancelled."""),
            Table(
                caption="Net new orders and backlog (dollars in thousands)",
                unit="(fiscal years ended September 30)",
                header=("Item", "2025", "2024"),
                rows=(
                    ("Net new orders - homes", "9,655", "9,020"),
                    ("Net new orders - value", "4,860,200", "4,606,800"),
                    ("Cancellation rate", "12.4%", "10.9%"),
                    ("Backlog at period end - homes", "3,653", "3,410"),
                    ("Backlog at period end - value", "1,902,300", "1,781,500"),
                    ("Active selling communities at period end", "398", "375"),
                ),
            ),
            p("""Outlook. We expect the pace of sales incentives to remain elevated in the first half of fiscal
            2026 and our community count to grow by a mid-single-digit percentage during fiscal 2026. Prior-year
            land sales revenues, previously included in other income, have been reclassified to homebuilding
            revenues to conform to the current-year presentation."""),
        ),
        (
            h("Item 8. Consolidated Balance Sheets"),
            Table(
                caption="Ridgecrest Homes, Inc. Consolidated Balance Sheets (in thousands)",
                unit="(at September 30)",
                header=("", "2025", "2024"),
                rows=(
                    ("Homebuilding: Cash and cash equivalents", "612,440", "738,150"),
                    ("Restricted cash", "18,220", "15,960"),
                    ("Receivables", "74,310", "69,880"),
                    ("Construction in progress and finished homes", "2,310,560", "2,085,330"),
                    ("Land and lots developed and under development", "2,642,980", "2,371,450"),
                    ("Land held for future development", "118,400", "126,900"),
                    ("Total inventories", "5,071,940", "4,583,680"),
                    ("Deferred tax assets, net", "61,200", "58,400"),
                    ("Other assets", "188,650", "170,210"),
                    ("Financial services assets", "512,380", "468,930"),
                    ("Total assets", "6,539,140", "6,105,210"),
                    ("Accounts payable", "298,410", "276,050"),
                    ("Accrued expenses and other liabilities", "512,730", "498,660"),
                    ("Notes payable", "1,295,800", "1,394,200"),
                    ("Financial services liabilities", "401,570", "362,310"),
                    ("Total liabilities", "2,508,510", "2,531,220"),
                    ("Total stockholders' equity", "4,030,630", "3,573,990"),
                    ("Total liabilities and stockholders' equity", "6,539,140", "6,105,210"),
                ),
                note="""As is customary for homebuilders, the balance sheet is unclassified: assets and
                liabilities are not divided into current and non-current. Notes payable are senior notes of the
                homebuilding segment; financial services liabilities include $318,900 (2025) and $284,600 (2024)
                outstanding under the mortgage warehouse repurchase facility.""",
            ),
            p("""During fiscal 2025 we repaid $100,000 of 5.25% senior notes at maturity. Our homebuilding
            debt-to-capital ratio, notes payable divided by the sum of notes payable and total stockholders'
            equity, is a measure management uses to assess leverage."""),
        ),
    ),
)

MARLOWE = Report(
    stem="marlowe_finch_10k_fy2025",
    title="Marlowe & Finch, Inc. - Annual Report on Form 10-K for the Fiscal Year Ended January 31, 2026",
    running_title="Marlowe & Finch, Inc. | Form 10-K | Fiscal 2025",
    date="March 24, 2026",
    iso_date="2026-03-24",
    keywords=("Marlowe & Finch", "apparel", "10-K", "direct-to-consumer", "wholesale", "comparable sales"),
    pages=(
        (
            h("PART I - Item 1. Business"),
            p("""Marlowe & Finch, Inc. ("M&F," the "Company," "we" or "our") designs and markets casual apparel,
            outerwear and accessories for men and women under the Marlowe & Finch and Tidewater brands. We sell
            through two channels: direct-to-consumer ("DTC"), which comprises our full-price and outlet stores and
            our websites and mobile app ("digital"), and wholesale, through department stores, specialty retailers
            and international distributors."""),
            p("""Fiscal year. Our fiscal year ends on the Saturday nearest January 31. Fiscal 2025 was the 52-week
            year ended January 31, 2026, fiscal 2024 the 52-week year ended February 1, 2025, and fiscal 2023 the
            53-week year ended February 3, 2024. The 53rd week of fiscal 2023 contributed approximately $48.7
            million of net sales, so fiscal 2023 is not directly comparable with the other years presented."""),
            p("""Stores. At January 31, 2026 we operated 412 stores in the United States and Canada (248 full-price
            and 164 outlet), compared with 403 at February 1, 2025; during fiscal 2025 we opened 18 stores and
            closed 9."""),
            p("""Sourcing. We do not own manufacturing facilities. Our products are made by approximately 140
            independent suppliers, principally in Vietnam, Bangladesh, India and Cambodia; no single country
            accounted for more than 35% of our purchases in fiscal 2025."""),
            p("""Employees. At January 31, 2026 we had approximately 9,800 employees, of whom about 6,900 worked
            part-time, principally in our stores."""),
        ),
        (
            h("PART II - Item 7. Management's Discussion and Analysis - Results of Operations"),
            p("""Net sales for fiscal 2025 were $3,214.6 million, an increase of 4.1% from $3,087.9 million in fiscal
            2024 (fiscal 2023: $3,151.2 million, a 53-week year). DTC net sales increased 8.7% to $1,993.1 million,
            led by digital net sales, which grew 14.8% to $890.7 million, while store net sales grew 4.2% to
            $1,102.4 million. Comparable sales increased 5.2% in fiscal 2025, compared with an increase of 1.1% in
            fiscal 2024; comparable store sales, excluding digital, increased 2.4%."""),
            p("""Wholesale net sales decreased 2.6% to $1,221.5 million from $1,253.9 million. The decrease reflected
            lower replenishment orders from U.S. department store customers, our planned exit from sales to
            off-price retailers, and a shift of approximately $21 million of spring shipments into the first
            quarter of fiscal 2026, partially offset by growth with international distributors."""),
            Table(
                caption="Net sales by channel (in millions)",
                unit="(fiscal years)",
                header=("Channel", "2025", "2024", "% change"),
                rows=(
                    ("Stores", "1,102.4", "1,058.3", "4.2%"),
                    ("Digital", "890.7", "775.7", "14.8%"),
                    ("Direct-to-consumer", "1,993.1", "1,834.0", "8.7%"),
                    ("Wholesale", "1,221.5", "1,253.9", "(2.6)%"),
                    ("Total", "3,214.6", "3,087.9", "4.1%"),
                ),
                note="""Comparable sales include net sales of stores open at least 13 full fiscal months and of our
                digital business, and exclude wholesale.""",
            ),
            p("""Gross profit was $1,752.0 million, or 54.5% of net sales, compared with $1,633.5 million, or 52.9%,
            in fiscal 2024. The 160 basis point increase in gross margin reflected lower inbound freight costs
            (approximately 70 basis points), a favorable channel mix as DTC grew faster than wholesale
            (approximately 60 basis points) and fewer promotional markdowns (approximately 50 basis points),
            partially offset by unfavorable foreign currency exchange rates (approximately 20 basis points)."""),
        ),
        (
            h("Item 7. MD&A - Operating Expenses, Earnings and Inventories"),
            p("""Selling, general and administrative expenses were $1,384.3 million, or 43.1% of net sales, compared
            with $1,318.6 million, or 42.7%, in fiscal 2024. The increase reflected higher digital marketing, store
            payroll and new store occupancy costs. Fiscal 2024 SG&A included $12.4 million of restructuring
            charges related to the consolidation of our Canadian distribution center.(1)"""),
            Table(
                caption="Consolidated statements of income - selected data (in millions, except per share)",
                unit="(fiscal years)",
                header=("Item", "2025", "2024"),
                rows=(
                    ("Net sales", "3,214.6", "3,087.9"),
                    ("Cost of sales", "1,462.6", "1,454.4"),
                    ("Gross profit", "1,752.0", "1,633.5"),
                    ("Selling, general and administrative", "1,384.3", "1,318.6"),
                    ("Operating income", "367.7", "314.9"),
                    ("Interest expense", "18.6", "22.9"),
                    ("Other income, net", "4.1", "3.3"),
                    ("Income before income taxes", "353.2", "295.3"),
                    ("Provision for income taxes", "86.5", "72.9"),
                    ("Net income", "266.7", "222.4"),
                    ("Diluted earnings per share", "4.32", "3.48"),
                ),
            ),
            p("""Inventories were $541.8 million at January 31, 2026, compared with $498.2 million at February 1,
            2025, an increase of 8.8%; inventory units increased approximately 3%, and the remainder of the
            increase reflected higher average unit costs and earlier receipts of spring merchandise. We believe
            our inventories are well positioned for the first quarter of fiscal 2026."""),
            p("""(1) Restated: fiscal 2024 amounts reflect the reclassification of certain distribution costs from
            SG&A to cost of sales to conform to the current-year presentation; the reclassification reduced
            previously reported fiscal 2024 gross profit by $9.6 million and had no effect on operating income."""),
        ),
        (
            h("Item 7. MD&A - Liquidity and Capital Resources"),
            p("""Our primary sources of liquidity are cash from operations, cash on hand and our revolving credit
            facility. Cash and cash equivalents were $412.6 million at January 31, 2026, compared with $389.4
            million at February 1, 2025. Net cash provided by operating activities was $391.8 million in fiscal
            2025, compared with $354.1 million in fiscal 2024, and capital expenditures were $118.3 million,
            compared with $96.7 million, mainly for new stores and distribution center automation."""),
            p("""Revolving credit facility. We have a $600.0 million senior secured asset-based revolving credit
            facility that matures in March 2029. No borrowings were outstanding under the facility at January 31,
            2026 or February 1, 2025. Peak borrowings during fiscal 2025 were $145.0 million, in the third quarter,
            to fund seasonal inventory purchases. After $7.9 million of outstanding letters of credit, availability
            under the facility was $592.1 million at January 31, 2026. Our long-term debt consists of $300.0
            million of 4.625% senior notes due 2030."""),
            p("""Share repurchases and dividends. In March 2024 our Board of Directors authorized the repurchase of
            up to $750.0 million of our common stock. During fiscal 2025 we repurchased 2.9 million shares for
            $226.4 million, compared with 1.6 million shares for $104.8 million in fiscal 2024, leaving $418.8
            million available under the authorization at January 31, 2026. We paid quarterly dividends of $0.30
            per share, or $73.1 million in total, in fiscal 2025, compared with $0.27 per share, or $69.0 million,
            in fiscal 2024."""),
            p("""We believe that cash on hand, cash from operations and availability under the revolving credit
            facility will be sufficient to fund our operations, capital expenditures, dividends and planned share
            repurchases for at least the next 12 months."""),
        ),
    ),
)

REPORTS = (RIDGECREST, MARLOWE)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
