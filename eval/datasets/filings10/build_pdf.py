"""Build the PDF filing of the held-out set filings10 (eval/datasets/filings10/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
company and every figure are fictional.

    .venv/bin/python eval/datasets/filings10/build_pdf.py      # writes docs/harborline_airways_10k_2025.pdf
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

HARBORLINE_10K = Report(
    stem="harborline_airways_10k_2025",
    title="Harborline Airways Group, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Harborline Airways Group, Inc. | Form 10-K 2025",
    date="February 12, 2026",
    iso_date="2026-02-12",
    keywords=("Harborline Airways Group", "10-K", "airline", "regional", "2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            December 31, 2025. Commission file number 001-39847. Harborline Airways Group, Inc. (a Delaware
            corporation), 400 Airport Parkway, Portland, Maine 04102. Common stock, par value $0.01 per share,
            traded on the Nasdaq Global Select Market under the symbol HBLN. As of February 2, 2026, 36,188,540
            shares of common stock were outstanding."""),
            h("PART I - Item 1. Business"),
            p("""Harborline Airways Group, Inc. ("Harborline," the "Company," "we" or "us") is the holding company
            of Harborline Airways, Inc., a regional airline that provides scheduled air transportation from hubs
            in Portland, Maine, Albany, New York and Pittsburgh, Pennsylvania. In 2025 we served 71 airports in
            the United States, Canada, Mexico and the Caribbean, operating an average of 544 departures per day.
            We carried approximately 13.3 million revenue passengers in 2025."""),
            p("""We manage our business as a single operating segment, the provision of air transportation, and our
            chief operating decision maker allocates resources on a network-wide basis. We do, however, report
            passenger revenue and capacity by region (Domestic, Canada, and Mexico and Caribbean), as set out in
            Item 7."""),
            p("""Fleet. At December 31, 2025, our operating fleet consisted of 86 aircraft: 62 Embraer E175
            aircraft with 76 seats and 24 Airbus A220-300 aircraft with 137 seats, compared with 64 E175 and 18
            A220-300 aircraft, or 82 in total, at December 31, 2024. We own 58 of our aircraft and lease 28 under
            operating leases. We have firm orders for 14 additional A220-300 aircraft, scheduled for delivery from
            2026 through 2028, and expect to retire 10 E175 aircraft over the same period as their leases
            expire."""),
            p("""Loyalty program. Our HarborMiles frequent flyer program had approximately 4.6 million active members
            at December 31, 2025. Miles are sold to our co-branded credit card partner and other partners; cash
            received for miles is deferred in the loyalty program liability until the miles are redeemed."""),
            h("Human capital"),
            p("""At December 31, 2025, we had approximately 7,940 full-time equivalent employees (FTEs), up from
            7,515 a year earlier. Approximately 61% of our employees are represented by unions. In May 2025 our
            pilots, represented by the Air Line Pilots Association, ratified a new four-year collective bargaining
            agreement that raised pay scales by 18% over its term."""),
        ),
        (
            h("Item 1A. Risk Factors"),
            p("""Our business is sensitive to the price and availability of aircraft fuel. Fuel was our second
            largest operating expense in 2025, at 24.5% of total operating expenses. We do not currently hedge
            our fuel purchases. Based on our expected consumption of approximately 240 million gallons in 2026,
            a $0.10 per gallon increase in the average price of aircraft fuel would increase our annual fuel
            expense by approximately $24 million."""),
            p("""We depend on a limited number of aircraft and engine suppliers. Our A220-300 aircraft are powered
            by Pratt & Whitney PW1500G geared turbofan engines. Inspections required for that engine family kept
            an average of three of our A220-300 aircraft out of service during 2025, and we expect removals to
            continue in 2026. We received $9.6 million of compensation from the engine manufacturer in 2025, which
            we recorded as a reduction of maintenance, materials and repairs expense."""),
            p("""Our operations are concentrated in the northeastern United States. Flights to or from our three
            hubs accounted for approximately 83% of our departures in 2025, and winter weather in the Northeast
            regularly causes cancellations in the first quarter. Our completion factor, the percentage of
            scheduled flights that we operated, was 99.1% in 2025 compared with 98.4% in 2024."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p("""We have not paid cash dividends on our common stock and do not expect to do so in the foreseeable
            future. In 2025 we repurchased 1,024,600 shares of our common stock for $63.5 million, at an average
            price of $61.98 per share, under the $250 million program authorized by our Board of Directors in
            February 2024. At December 31, 2025, $144.3 million remained available under the program."""),
            h("Item 7. Management's Discussion and Analysis - 2025 Overview"),
            p("""2025 was a record year for Harborline. Total operating revenues increased 9.3% to $2.93 billion, we
            returned to the operating margin we earned before the pandemic, and net income rose to $170.3 million,
            or $4.61 per diluted share, from $53.3 million, or $1.42 per diluted share, in 2024. Operating income
            was $283.9 million, compared with $136.8 million in 2024. Excluding special items, operating income
            was $262.1 million in 2025 and $151.4 million in 2024."""),
            p("""Special items, net, were a credit of $21.8 million in 2025: a $34.6 million gain on the sale and
            leaseback of four A220-300 aircraft, partially offset by a one-time $12.8 million ratification bonus
            paid to our pilots under the new collective bargaining agreement. In 2024, special items were a
            $14.6 million charge for the impairment of six E175 aircraft held for sale."""),
        ),
        (
            h("Results of operations - 2025 compared with 2024"),
            p("""Passenger revenue increased $232.5 million, or 9.5%, to $2,684.3 million. The increase was driven
            primarily by a 7.8% increase in capacity, measured in available seat miles (ASMs), as we added
            A220-300 flying to longer leisure routes, and by a 1.5 point increase in load factor to 84.4%.
            Passenger yield declined 0.3% to 17.27 cents, as the longer average stage length lowered fares per
            mile, partially offset by stronger premium-cabin demand. Passenger revenue per ASM (PRASM) increased
            1.5% to 14.57 cents."""),
            p("""Cargo revenue decreased 5.7% to $58.2 million because of lower mail volumes. Other revenue, which
            consists mainly of the marketing component of miles sold to our co-branded credit card partner and
            baggage and change fees, increased 11.4% to $187.6 million, primarily due to a 9% increase in
            co-branded card spending."""),
            p("""Aircraft fuel and related taxes decreased $22.5 million, or 3.4%, to $648.7 million. The average
            price per gallon fell 7.8% to $2.83 from $3.07, partially offset by a 4.8% increase in gallons
            consumed as we flew more. Salaries, wages and benefits increased 10.4% to $921.4 million, primarily
            due to the new pilot agreement and a 5.7% increase in FTEs; the ratification bonus is reported in
            special items, not in this line. Landing fees and airport rents increased 9.5%, reflecting more
            departures and higher rates at our Pittsburgh hub after its terminal opened in March 2025."""),
            p("""Total operating expenses per ASM (CASM) fell to 14.37 cents from 14.89 cents. CASM excluding fuel
            and special items, a non-GAAP measure we use to evaluate our cost performance without the volatility
            of fuel prices, increased 0.7% to 10.96 cents, as higher labor costs were largely absorbed by the
            longer stage length of our A220-300 flying. We expect CASM excluding fuel and special items to rise
            by 2% to 4% in 2026."""),
            Table(
                caption="Operating statistics (unaudited)",
                unit="(years ended December 31)",
                header=("", "2025", "2024", "Change"),
                rows=(
                    ("Revenue passengers (thousands)", "13,284", "12,215", "8.8%"),
                    ("Revenue passenger miles (RPMs) (millions)", "15,541", "14,157", "9.8%"),
                    ("Available seat miles (ASMs) (millions)", "18,420", "17,087", "7.8%"),
                    ("Passenger load factor", "84.4%", "82.9%", "1.5 pts"),
                    ("Passenger yield (cents)", "17.27", "17.32", "(0.3)%"),
                    ("PRASM (cents)", "14.57", "14.35", "1.5%"),
                    ("TRASM (cents)", "15.91", "15.70", "1.3%"),
                    ("CASM (cents)", "14.37", "14.89", "(3.5)%"),
                    ("CASM excluding fuel and special items (cents)", "10.96", "10.88", "0.7%"),
                    ("Fuel gallons consumed (millions)", "229.4", "218.9", "4.8%"),
                    ("Average fuel cost per gallon", "$2.83", "$3.07", "(7.8)%"),
                    ("Departures", "198,460", "191,205", "3.8%"),
                    ("Average stage length (miles)", "742", "716", "3.6%"),
                    ("Aircraft in service at end of period", "86", "82", "4.9%"),
                ),
                note="""TRASM is total operating revenues divided by ASMs; CASM is total operating expenses divided
                by ASMs. CASM excluding fuel and special items excludes aircraft fuel and related taxes and special
                items, net.""",
            ),
        ),
        (
            h("Passenger revenue and capacity by region"),
            p("""Our Canada and Mexico and Caribbean routes, which we expanded with the A220-300, grew faster than
            our domestic network in 2025. International routes together accounted for 18.5% of our ASMs in 2025.
            The table below presents passenger revenue by region for 2025 and 2024 and ASMs by region for 2025;
            we do not allocate operating expenses or aircraft to regions."""),
            Table(
                caption="Passenger revenue and capacity by region",
                unit="(passenger revenue in millions of dollars; ASMs in millions)",
                header=("Region", "Rev. 2025", "Rev. 2024", "ASMs 2025"),
                rows=(
                    ("Domestic", "2,217.6", "2,046.3", "15,012"),
                    ("Canada", "187.9", "163.0", "1,146"),
                    ("Mexico and Caribbean", "278.8", "242.5", "2,262"),
                    ("Total", "2,684.3", "2,451.8", "18,420"),
                ),
            ),
            h("Liquidity and capital resources"),
            p("""At December 31, 2025, we had $1,018.1 million in unrestricted cash, cash equivalents and short-term
            investments and an undrawn $300.0 million revolving credit facility, for total available liquidity of
            $1,318.1 million, or 45% of our 2025 total operating revenues. Our total debt and finance lease
            obligations were $1,701.7 million at December 31, 2025, compared with $1,667.6 million a year
            earlier."""),
            p("""Net cash provided by operating activities was $424.8 million in 2025, compared with $308.1 million in
            2024, reflecting higher earnings and growth in advance ticket sales. Capital expenditures were $428.6
            million, mainly for the six A220-300 aircraft delivered during the year. We define free cash flow as
            net cash provided by operating activities less capital expenditures, net of pre-delivery deposits
            returned or paid, and proceeds from aircraft sale-leaseback transactions; on that basis free cash flow
            was $139.6 million in 2025. We expect capital expenditures of approximately $520 million in 2026,
            including pre-delivery deposits."""),
            p("""Our contractual obligations include payments for the 14 A220-300 aircraft on firm order, of
            approximately $410 million in 2026, $390 million in 2027 and $290 million in 2028, before any
            sale-leaseback financing."""),
            h("Item 7A. Quantitative and Qualitative Disclosures About Market Risk"),
            p("""Interest rates. Approximately 38% of our long-term debt bears interest at floating rates. A 100 basis
            point increase in interest rates would increase our annual interest expense by approximately $6.5
            million."""),
        ),
        (
            h("Item 8. Financial Statements and Supplementary Data"),
            Table(
                caption="Consolidated Statements of Operations",
                unit="(in millions, except per share amounts)",
                header=("Year ended December 31", "2025", "2024", "2023"),
                rows=(
                    ("Operating revenues:", "", "", ""),
                    ("Passenger", "2,684.3", "2,451.8", "2,203.5"),
                    ("Cargo", "58.2", "61.7", "66.0"),
                    ("Other", "187.6", "168.4", "149.9"),
                    ("Total operating revenues", "2,930.1", "2,681.9", "2,419.4"),
                    ("Operating expenses:", "", "", ""),
                    ("Salaries, wages and benefits", "921.4", "834.6", "752.1"),
                    ("Aircraft fuel and related taxes", "648.7", "671.2", "702.8"),
                    ("Landing fees and airport rents", "214.9", "196.3", "178.4"),
                    ("Maintenance, materials and repairs", "187.3", "171.8", "158.2"),
                    ("Depreciation and amortization", "176.5", "163.9", "151.7"),
                    ("Aircraft rent", "92.4", "95.1", "97.6"),
                    ("Distribution", "108.6", "101.2", "93.5"),
                    ("Special items, net", "(21.8)", "14.6", "-"),
                    ("Other", "318.2", "296.4", "271.9"),
                    ("Total operating expenses", "2,646.2", "2,545.1", "2,406.2"),
                    ("Operating income", "283.9", "136.8", "13.2"),
                    ("Nonoperating income (expense):", "", "", ""),
                    ("Interest income", "24.1", "19.8", "12.4"),
                    ("Interest expense", "(88.6)", "(84.3)", "(79.5)"),
                    ("Other, net", "3.2", "(1.9)", "2.6"),
                    ("Total nonoperating expense, net", "(61.3)", "(66.4)", "(64.5)"),
                    ("Income (loss) before income taxes", "222.6", "70.4", "(51.3)"),
                    ("Income tax expense (benefit)", "52.3", "17.1", "(12.1)"),
                    ("Net income (loss)", "170.3", "53.3", "(39.2)"),
                    ("Earnings (loss) per share - basic", "$4.68", "$1.43", "$(1.06)"),
                    ("Earnings (loss) per share - diluted", "$4.61", "$1.42", "$(1.06)"),
                    ("Weighted average shares - basic", "36.42", "37.18", "37.05"),
                    ("Weighted average shares - diluted", "36.91", "37.66", "37.05"),
                ),
                note="""Special items, net in 2025 are a credit: a gain on the sale and leaseback of four aircraft
                partially offset by a pilot ratification bonus. See Note 3.""",
            ),
        ),
        (
            Table(
                caption="Consolidated Balance Sheets",
                unit="(in millions)",
                header=("December 31", "2025", "2024"),
                rows=(
                    ("Cash and cash equivalents", "612.4", "548.9"),
                    ("Short-term investments", "405.7", "362.0"),
                    ("Accounts receivable, net", "118.3", "104.6"),
                    ("Aircraft spare parts and supplies, net", "86.9", "79.4"),
                    ("Prepaid expenses and other", "74.2", "69.8"),
                    ("Total current assets", "1,297.5", "1,164.7"),
                    ("Flight equipment, net", "2,418.6", "2,231.5"),
                    ("Ground property and equipment, net", "214.3", "198.7"),
                    ("Pre-delivery deposits on flight equipment", "96.4", "121.8"),
                    ("Operating lease right-of-use assets", "487.2", "533.9"),
                    ("Goodwill and intangible assets, net", "162.5", "164.1"),
                    ("Other assets", "58.7", "55.2"),
                    ("Total assets", "4,735.2", "4,469.9"),
                    ("Current maturities of long-term debt and finance leases", "214.8", "196.2"),
                    ("Current maturities of operating lease liabilities", "88.1", "91.6"),
                    ("Accounts payable", "142.6", "128.3"),
                    ("Air traffic liability", "498.3", "447.9"),
                    ("Loyalty program liability, current", "61.4", "55.7"),
                    ("Accrued salaries, wages and benefits", "146.2", "121.9"),
                    ("Other accrued liabilities", "97.5", "93.1"),
                    ("Total current liabilities", "1,248.9", "1,134.7"),
                    ("Long-term debt and finance leases, less current maturities", "1,486.9", "1,471.4"),
                    ("Operating lease liabilities, less current maturities", "421.6", "468.3"),
                    ("Loyalty program liability, noncurrent", "112.8", "104.5"),
                    ("Deferred income taxes", "187.4", "151.2"),
                    ("Other noncurrent liabilities", "76.3", "72.8"),
                    ("Total liabilities", "3,533.9", "3,402.9"),
                    ("Common stock, $0.01 par value", "0.4", "0.4"),
                    ("Additional paid-in capital", "343.2", "318.4"),
                    ("Retained earnings", "1,182.9", "1,012.6"),
                    ("Accumulated other comprehensive loss", "(6.8)", "(9.5)"),
                    ("Treasury stock, at cost", "(318.4)", "(254.9)"),
                    ("Total stockholders' equity", "1,201.3", "1,067.0"),
                    ("Total liabilities and stockholders' equity", "4,735.2", "4,469.9"),
                ),
            ),
        ),
        (
            Table(
                caption="Consolidated Statements of Cash Flows",
                unit="(in millions)",
                header=("Year ended December 31", "2025", "2024", "2023"),
                rows=(
                    ("Net income (loss)", "170.3", "53.3", "(39.2)"),
                    ("Depreciation and amortization", "176.5", "163.9", "151.7"),
                    ("Deferred income taxes", "36.2", "14.9", "(14.8)"),
                    ("Share-based compensation", "24.8", "21.6", "19.3"),
                    ("Gain on sale-leaseback transactions", "(34.6)", "-", "-"),
                    ("Impairment of flight equipment", "-", "14.6", "-"),
                    ("Change in accounts receivable", "(13.7)", "(9.2)", "(6.1)"),
                    ("Change in air traffic liability", "50.4", "38.7", "22.4"),
                    ("Change in loyalty program liability", "14.0", "9.8", "7.5"),
                    ("Other assets and liabilities, net", "0.9", "0.5", "10.6"),
                    ("Net cash provided by operating activities", "424.8", "308.1", "151.4"),
                    ("Capital expenditures", "(428.6)", "(371.4)", "(298.5)"),
                    ("Pre-delivery deposits, net", "25.4", "(18.3)", "(22.6)"),
                    ("Proceeds from sale-leaseback transactions", "118.0", "-", "-"),
                    ("Purchases of short-term investments", "(512.3)", "(430.5)", "(355.0)"),
                    ("Sales and maturities of short-term investments", "468.6", "401.2", "372.9"),
                    ("Net cash used in investing activities", "(328.9)", "(419.0)", "(303.2)"),
                    ("Proceeds from issuance of long-term debt", "240.0", "405.0", "285.0"),
                    ("Payments on long-term debt and finance leases", "(205.9)", "(198.7)", "(155.4)"),
                    ("Repurchases of common stock", "(63.5)", "(41.2)", "-"),
                    ("Other financing activities, net", "(3.0)", "(2.6)", "(2.1)"),
                    ("Net cash provided by (used in) financing activities", "(32.4)", "162.5", "127.5"),
                    ("Net increase (decrease) in cash and cash equivalents", "63.5", "51.6", "(24.3)"),
                    ("Cash and cash equivalents at beginning of year", "548.9", "497.3", "521.6"),
                    ("Cash and cash equivalents at end of year", "612.4", "548.9", "497.3"),
                ),
            ),
            h("Note 3. Special Items"),
            p("""In September 2025 we sold four A220-300 aircraft to a lessor for $118.0 million and leased them back
            under operating leases of twelve years, recognizing a gain of $34.6 million. The pilot ratification
            bonus of $12.8 million was paid in June 2025. The 2024 impairment of $14.6 million reduced the carrying
            value of six E175 aircraft to their fair value less cost to sell; the sale of those aircraft closed in
            the first quarter of 2025."""),
            h("Note 11. Income Taxes"),
            p("""Our effective tax rate was 23.5% in 2025 and 24.3% in 2024; in 2023 we recorded an income tax benefit
            on our pre-tax loss. At December 31, 2025, we had federal net operating loss carryforwards of $96.4
            million, which do not expire."""),
        ),
    ),
)

REPORTS = (HARBORLINE_10K,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
