"""Build the PDF annual report (Form 10-K) of the filings8 held-out set (eval/datasets/filings8/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The company and every figure are fictional. The set's second document, a Form 10-Q in HTML
(docs/quillfield_payments_10q_q2fy2026.html), is written by hand and not built here.

    .venv/bin/python eval/datasets/filings8/build_pdf.py      # writes docs/redcliff_basin_energy_10k_2025.pdf
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

REDCLIFF = Report(
    stem="redcliff_basin_energy_10k_2025",
    title="Redcliff Basin Energy, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Redcliff Basin Energy, Inc. | 2025 Form 10-K",
    date="24 February 2026",
    iso_date="2026-02-24",
    keywords=("Redcliff Basin Energy", "10-K", "oil and gas", "exploration and production", "Permian", "Boe/d"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            December 31, 2025. Commission file number 001-39127. REDCLIFF BASIN ENERGY, INC. (Exact name of
            registrant as specified in its charter). Delaware. 1400 Travis Street, Suite 2800, Houston, Texas
            77002. Securities registered pursuant to Section 12(b) of the Act: Common stock, par value $0.01 per
            share; Trading symbol: RDBE; Name of each exchange on which registered: New York Stock Exchange."""),
            p("""The aggregate market value of the registrant's common stock held by non-affiliates was
            approximately $5.9 billion as of June 30, 2025, based on the closing price on that date. As of
            February 13, 2026, the registrant had 209,845,317 shares of common stock outstanding."""),
            h("PART I - Items 1 and 2. Business and Properties"),
            p("""Redcliff Basin Energy, Inc. ("Redcliff," the "Company," "we" or "us") is an independent oil and
            natural gas company engaged in the acquisition, exploration, development and production of crude
            oil, natural gas liquids ("NGLs") and natural gas in the Delaware Basin and the Midland Basin of
            West Texas and southeastern New Mexico and in the Eagle Ford trend of South Texas. At December 31,
            2025, we held approximately 212,000 net acres, operated 2,146 gross producing wells and had
            estimated proved reserves of 1,086 MMBoe (54% oil, 60% proved developed), compared with 1,012 MMBoe
            at December 31, 2024. We had 612 full-time employees at year end."""),
            h("Item 1A. Risk Factors"),
            p("""Oil, NGL and natural gas prices are volatile. A substantial or extended decline in commodity
            prices would reduce our revenues, cash flows and borrowing base and could require us to record
            impairments of our proved and unproved properties. Our hedging program covers only part of our
            production: for 2026 we have hedged approximately 45% of our expected oil production with swaps and
            collars at a weighted average floor of $64.75 per barrel."""),
            p("""Regulation of produced water disposal could increase our costs. In response to seismic activity,
            the Railroad Commission of Texas has restricted injection volumes in parts of the Delaware Basin,
            and further limits could require us to transport produced water greater distances or to recycle
            more of it, raising our lease operating expense."""),
        ),
        (
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p("""Overview. 2025 was our first full year of operations on the Pecos County bolt-on acreage that we
            acquired in September 2024 for $388 million. Net production averaged 148,600 Boe per day ("Boe/d") in
            2025, an increase of 13% over 2024, driven by our Delaware Basin development program and a full year
            of production from the acquired properties, partially offset by natural decline in the Eagle Ford.
            Oil made up 53% of our production. We turned 108 net operated wells to production, compared with 97
            in 2024, and reduced our drilling days per well by 11%."""),
            p("""Net income was $573 million, or $2.68 per diluted share, compared with $566 million, or $2.57 per
            diluted share, in 2024. We generated net cash provided by operating activities of $1,566 million and
            returned $372 million to stockholders through share repurchases and dividends."""),
            Table(
                caption="Production volumes (average daily net production)",
                unit="(Year ended December 31)",
                header=("Product", "2025", "2024", "2023"),
                rows=(
                    ("Oil (Bbl/d)", "78,400", "70,100", "64,200"),
                    ("NGLs (Bbl/d)", "36,900", "31,500", "27,800"),
                    ("Natural gas (Mcf/d)", "199,800", "177,600", "161,400"),
                    ("Total (Boe/d)", "148,600", "131,200", "118,900"),
                ),
                note="""Natural gas is converted to barrels of oil equivalent at six Mcf per barrel. Totals may not
                sum because of rounding.""",
            ),
            Table(
                caption="Average realized prices (excluding the effect of derivatives)",
                unit="(Year ended December 31)",
                header=("Product", "2025", "2024", "2023"),
                rows=(
                    ("Oil ($ per Bbl)", "71.85", "76.20", "77.45"),
                    ("NGLs ($ per Bbl)", "22.40", "23.10", "24.65"),
                    ("Natural gas ($ per Mcf)", "1.92", "1.38", "2.11"),
                ),
            ),
            Table(
                caption="Selected costs per Boe",
                unit="($ per Boe)",
                header=("Cost", "2025", "2024", "2023"),
                rows=(
                    ("Lease operating expense", "6.86", "7.04", "7.12"),
                    ("Gathering, processing and transportation", "3.10", "3.17", "3.25"),
                    ("Production and ad valorem taxes", "3.24", "3.44", "3.64"),
                    ("Depreciation, depletion and amortization", "15.52", "15.22", "15.09"),
                    ("General and administrative", "2.18", "2.27", "2.33"),
                ),
            ),
        ),
        (
            h("Results of Operations - 2025 compared with 2024"),
            p("""Revenues. Oil sales increased $101 million, or 5%, to $2,056 million. Higher oil volumes added
            $209 million, while a 6% decrease in our average realized oil price, to $71.85 per Bbl, reduced oil
            sales by $108 million. NGL sales increased $36 million as volumes rose 17%. Natural gas sales rose
            $50 million, or 56%, to $140 million, because our realized gas price recovered from the very low
            Waha hub prices of 2024, when pipeline constraints out of the Permian Basin left gas prices near or
            below zero for much of the year, and because gas volumes grew 12%."""),
            p("""Lease operating expense. Lease operating expense ("LOE") increased $34 million to $372 million,
            reflecting the larger number of producing wells, the acquired properties and higher workover and
            saltwater disposal costs. On a per-Boe basis LOE decreased 3% to $6.86, as production grew faster
            than our fixed field costs and we moved more produced water through our own recycling facilities."""),
            p("""Depreciation, depletion and amortization. DD&A increased $111 million to $842 million, of which
            approximately $89 million resulted from higher production and $22 million from a higher depletion
            rate, which rose to $15.52 per Boe from $15.22 per Boe as the acquired properties carry a higher cost
            basis."""),
            p("""Exploration expense. Exploration expense decreased to $38 million from $52 million. The 2024
            amount included $33 million of dry hole costs and leasehold abandonments, mostly for expiring
            acreage in the northern Eagle Ford that we chose not to drill; in 2025 these charges were $21
            million. Geological and geophysical costs were similar in both years."""),
            p("""Impairment. We recorded no impairment in 2025. In 2024 we recognized a $46 million impairment of
            proved properties in a non-core Eagle Ford gas field because of lower forecast natural gas prices."""),
            p("""Gain (loss) on derivative instruments. We recorded a net loss of $24 million in 2025, compared with
            a net gain of $31 million in 2024, because oil futures prices rose at the end of 2025 relative to our
            swap prices. Net cash received on settled derivatives was $15 million in 2025."""),
            p("""Interest expense and income taxes. Interest expense, net of capitalized interest, increased to $96
            million from $88 million on higher average borrowings under our revolving credit facility. Our
            effective income tax rate was 22.0% in 2025 compared with 21.8% in 2024."""),
        ),
        (
            h("Liquidity and Capital Resources"),
            p("""Our primary sources of liquidity are cash flows from operations and borrowings under our senior
            secured revolving credit facility. At December 31, 2025, the facility had a borrowing base of $2.5
            billion and elected commitments of $1.75 billion, with $310 million of borrowings and $18 million of
            letters of credit outstanding. Together with cash and cash equivalents of $214 million, our liquidity
            was $1,636 million. Our long-term debt also includes $1,000 million of 6.125% senior notes due 2029
            and $900 million of 5.375% senior notes due 2031; no senior notes mature before 2029."""),
            p("""Capital expenditures. Additions to oil and gas properties in the cash flow statement were $1,148
            million in 2025, of which $702 million was spent in the Delaware Basin, $318 million in the Midland
            Basin, $96 million in the Eagle Ford and $32 million on midstream and water infrastructure. Our 2026
            capital budget is $1.10 billion to $1.20 billion, with production expected to average 152,000 to
            158,000 Boe/d."""),
            p("""Return of capital. During 2025 we repurchased 9.4 million shares of our common stock for $270
            million at an average price of $28.72 per share, and paid dividends of $0.48 per share, or $102
            million. At December 31, 2025, $630 million remained available under the $1.5 billion repurchase
            program authorized by our Board of Directors in February 2023. We expect to return at least 50% of
            our annual free cash flow to stockholders."""),
            h("Non-GAAP Financial Measures"),
            p("""Free cash flow is a non-GAAP measure that we define as net cash provided by operating activities
            less additions to oil and gas properties and additions to other property and equipment. We believe
            it is useful to investors as a measure of cash available for debt reduction and returns to
            stockholders; it excludes acquisitions and is not a measure of the residual cash available for
            discretionary use. Free cash flow was $391 million in 2025 (net cash provided by operating
            activities of $1,566 million less additions to oil and gas properties of $1,148 million and additions
            to other property and equipment of $27 million)."""),
        ),
        (
            Table(
                caption="REDCLIFF BASIN ENERGY, INC. - CONSOLIDATED STATEMENTS OF OPERATIONS",
                unit="(in millions, except per share amounts)",
                header=("Year ended December 31,", "2025", "2024", "2023"),
                rows=(
                    ("Revenues:", "", "", ""),
                    ("Oil sales", "2,056", "1,955", "1,815"),
                    ("Natural gas liquids sales", "302", "266", "250"),
                    ("Natural gas sales", "140", "90", "124"),
                    ("Revenues from contracts with customers", "2,498", "2,311", "2,189"),
                    ("Gathering, processing and other revenue", "64", "58", "51"),
                    ("Total revenues", "2,562", "2,369", "2,240"),
                    ("Costs and expenses:", "", "", ""),
                    ("Lease operating expense", "372", "338", "309"),
                    ("Gathering, processing and transportation", "168", "152", "141"),
                    ("Production and ad valorem taxes", "176", "165", "158"),
                    ("Exploration expense", "38", "52", "29"),
                    ("Depreciation, depletion and amortization", "842", "731", "655"),
                    ("General and administrative", "118", "109", "101"),
                    ("Impairment of oil and gas properties", "-", "46", "-"),
                    ("Total costs and expenses", "1,714", "1,593", "1,393"),
                    ("Operating income", "848", "776", "847"),
                    ("Other income (expense):", "", "", ""),
                    ("Interest expense, net of capitalized interest", "(96)", "(88)", "(91)"),
                    ("Gain (loss) on derivative instruments, net", "(24)", "31", "58"),
                    ("Other income, net", "7", "5", "4"),
                    ("Total other income (expense)", "(113)", "(52)", "(29)"),
                    ("Income before income taxes", "735", "724", "818"),
                    ("Income tax expense", "162", "158", "180"),
                    ("Net income", "573", "566", "638"),
                    ("Net income per share - basic", "2.70", "2.59", "2.84"),
                    ("Net income per share - diluted", "2.68", "2.57", "2.82"),
                    ("Weighted average shares - basic", "212.4", "218.9", "224.6"),
                    ("Weighted average shares - diluted", "213.6", "220.3", "226.1"),
                ),
                note="""See accompanying notes to the consolidated financial statements. Weighted average shares
                are in millions.""",
            ),
        ),
        (
            Table(
                caption="REDCLIFF BASIN ENERGY, INC. - CONSOLIDATED BALANCE SHEETS",
                unit="(in millions, except share data)",
                header=("December 31,", "2025", "2024"),
                rows=(
                    ("Cash and cash equivalents", "214", "176"),
                    ("Accounts receivable, net", "318", "291"),
                    ("Derivative assets", "22", "41"),
                    ("Inventories, prepaid expenses and other", "57", "49"),
                    ("Total current assets", "611", "557"),
                    ("Proved oil and gas properties", "11,842", "10,496"),
                    ("Unproved oil and gas properties", "1,215", "1,308"),
                    ("Other property and equipment", "286", "262"),
                    ("Less: accumulated DD&A", "(4,931)", "(4,102)"),
                    ("Total property and equipment, net", "8,412", "7,964"),
                    ("Other noncurrent assets", "143", "128"),
                    ("Total assets", "9,166", "8,649"),
                    ("Accounts payable and accrued liabilities", "612", "574"),
                    ("Revenues and royalties payable", "236", "219"),
                    ("Derivative liabilities", "31", "12"),
                    ("Total current liabilities", "879", "805"),
                    ("Long-term debt, net", "2,184", "2,072"),
                    ("Asset retirement obligations", "196", "181"),
                    ("Deferred income taxes", "742", "661"),
                    ("Other long-term liabilities", "64", "58"),
                    ("Total liabilities", "4,065", "3,777"),
                    ("Common stock, $0.01 par value", "2", "2"),
                    ("Additional paid-in capital", "3,126", "3,368"),
                    ("Retained earnings", "1,973", "1,502"),
                    ("Total stockholders' equity", "5,101", "4,872"),
                    ("Total liabilities and stockholders' equity", "9,166", "8,649"),
                ),
                note="""Oil and gas properties are accounted for under the successful efforts method. Common stock:
                450,000,000 shares authorized; 210,362,118 and 219,108,455 shares issued and outstanding at
                December 31, 2025 and 2024, respectively. Long-term debt, net, is stated net of unamortized
                discount and debt issuance costs of $26 million and $28 million.""",
            ),
        ),
        (
            Table(
                caption="REDCLIFF BASIN ENERGY, INC. - CONSOLIDATED STATEMENTS OF CASH FLOWS",
                unit="(in millions)",
                header=("Year ended December 31,", "2025", "2024", "2023"),
                rows=(
                    ("Net income", "573", "566", "638"),
                    ("Depreciation, depletion and amortization", "842", "731", "655"),
                    ("Impairment of oil and gas properties", "-", "46", "-"),
                    ("Dry hole costs and leasehold abandonments", "21", "33", "12"),
                    ("Deferred income taxes", "81", "92", "104"),
                    ("(Gain) loss on derivative instruments, net", "24", "(31)", "(58)"),
                    ("Cash received (paid) on settled derivatives", "15", "18", "(36)"),
                    ("Stock-based compensation", "28", "25", "23"),
                    ("Changes in operating assets and liabilities", "(18)", "22", "(31)"),
                    ("Net cash provided by operating activities", "1,566", "1,502", "1,307"),
                    ("Additions to oil and gas properties", "(1,148)", "(1,062)", "(981)"),
                    ("Acquisitions of oil and gas properties", "(142)", "(388)", "(35)"),
                    ("Additions to other property and equipment", "(27)", "(24)", "(21)"),
                    ("Proceeds from sales of oil and gas properties", "61", "14", "96"),
                    ("Net cash used in investing activities", "(1,256)", "(1,460)", "(941)"),
                    ("Borrowings under credit facility", "465", "610", "120"),
                    ("Repayments under credit facility", "(355)", "(330)", "(260)"),
                    ("Repurchases of common stock", "(270)", "(205)", "(180)"),
                    ("Dividends paid", "(102)", "(98)", "(92)"),
                    ("Other financing activities", "(10)", "(7)", "(6)"),
                    ("Net cash used in financing activities", "(272)", "(30)", "(418)"),
                    ("Net increase (decrease) in cash", "38", "12", "(52)"),
                    ("Cash and cash equivalents, beginning of year", "176", "164", "216"),
                    ("Cash and cash equivalents, end of year", "214", "176", "164"),
                ),
                note="""Cash paid for interest, net of amounts capitalized, was $91 million, $84 million and $88
                million, and cash paid for income taxes was $74 million, $61 million and $70 million, in 2025, 2024
                and 2023, respectively.""",
            ),
        ),
        (
            h("Notes to Consolidated Financial Statements"),
            h("Note 15. Segment and Basin Information"),
            p("""The Company has one reportable segment, the exploration and production of oil, NGLs and natural
            gas in the United States. Our chief operating decision maker allocates capital and assesses
            performance on a consolidated basis, using net income and free cash flow, and reviews production and
            capital spending by basin. The tables below present that basin information."""),
            Table(
                caption="Average daily net production by basin",
                unit="(Boe/d)",
                header=("Basin", "2025", "2024", "2023"),
                rows=(
                    ("Delaware Basin", "86,200", "72,400", "63,500"),
                    ("Midland Basin", "41,700", "37,900", "33,800"),
                    ("Eagle Ford", "20,700", "20,900", "21,600"),
                    ("Total", "148,600", "131,200", "118,900"),
                ),
            ),
            Table(
                caption="Net operated wells turned to production and capital expenditures by basin, 2025",
                unit="(wells; $ in millions)",
                header=("Basin", "Wells", "Capex"),
                rows=(
                    ("Delaware Basin", "68", "702"),
                    ("Midland Basin", "31", "318"),
                    ("Eagle Ford", "9", "96"),
                    ("Midstream and water infrastructure", "-", "32"),
                    ("Total", "108", "1,148"),
                ),
                note="""Capital expenditures are additions to oil and gas properties on the cash basis presented
                in the consolidated statements of cash flows and exclude acquisitions.""",
            ),
            p("""Proved reserves at December 31, 2025 were 1,086 MMBoe, of which the Delaware Basin held 63%, the
            Midland Basin 26% and the Eagle Ford 11%. All of our revenues from contracts with customers are
            derived from sales in the United States; our two largest purchasers accounted for 17% and 12% of
            total revenues in 2025."""),
        ),
    ),
)

REPORTS = (REDCLIFF,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
