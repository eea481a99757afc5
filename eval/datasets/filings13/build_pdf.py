"""Build the PDF filing of the held-out set filings13 (eval/datasets/filings13/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
company and every figure are fictional.

    .venv/bin/python eval/datasets/filings13/build_pdf.py      # writes docs/marlow_fleet_rental_10q_q3_2025.pdf
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

MARLOW_10Q = Report(
    stem="marlow_fleet_rental_10q_q3_2025",
    title="Marlow Fleet Rental Holdings, Inc. - Quarterly Report on Form 10-Q for the quarter ended September 30, 2025",
    running_title="Marlow Fleet Rental Holdings, Inc. | Form 10-Q Q3 2025",
    date="October 30, 2025",
    iso_date="2025-10-30",
    keywords=("Marlow Fleet Rental Holdings", "10-Q", "vehicle rental", "third quarter 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-Q. QUARTERLY REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the quarterly period ended September 30, 2025. Commission
file number 001-41266. MARLOW FLEET RENTAL HOLDINGS, INC. (a Delaware corporation; I.R.S. Employer Identification No.
87-3340915), 400 Meridian Crossing, Parsippany, New Jersey 07054. Common stock, par value $0.01 per share, traded on the
Nasdaq Global Select Market under the symbol MFLT. As of October 24, 2025, 34,962,118 shares of the registrant's common
stock were outstanding."""),
            p("""Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 or 15(d)
of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to such filing requirements
for the past 90 days: Yes. Large accelerated filer: Yes. Shell company: No."""),
        ),
        (
            h('PART I - FINANCIAL INFORMATION. Item 1. Financial Statements'),
            Table(
                caption='MARLOW FLEET RENTAL HOLDINGS, INC. - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)',
                unit='(In millions, except per share data; three months (Q3) and nine months (9M) ended September 30)',
                header=('', 'Q3 2025', 'Q3 2024', '9M 2025', '9M 2024'),
                rows=(
                    ('Revenues:', '', '', '', ''),
                    ('Rental revenue', '$2,743.9', '$2,646.3', '$7,038.8', '$6,852.2'),
                    ('Revenue from contracts with customers', '138.7', '131.2', '378.4', '362.9'),
                    ('Total revenues', '2,882.6', '2,777.5', '7,417.2', '7,215.1'),
                    ('Expenses:', '', '', '', ''),
                    ('Direct vehicle and operating', '1,426.8', '1,402.5', '3,802.6', '3,745.9'),
                    ('Depreciation of revenue earning vehicles and lease charges, net', '612.4', '683.9', '1,714.8', '1,876.2'),
                    ('Selling, general and administrative', '298.5', '289.6', '846.1', '828.4'),
                    ('Vehicle interest, net', '148.6', '152.3', '437.9', '441.7'),
                    ('Non-vehicle related depreciation and amortization', '58.2', '55.9', '172.4', '166.1'),
                    ('Interest expense related to corporate debt, net', '61.7', '58.4', '181.9', '173.2'),
                    ('Restructuring and other related charges', '9.8', '22.6', '31.4', '54.7'),
                    ('Write-down of electric vehicles held for sale', '6.1', '48.7', '19.3', '112.5'),
                    ('Other (income) expense, net', '(4.3)', '(3.1)', '(11.8)', '(8.6)'),
                    ('Total expenses', '2,617.8', '2,710.8', '7,194.6', '7,390.1'),
                    ('Income (loss) before income taxes', '264.8', '66.7', '222.6', '(175.0)'),
                    ('Provision for (benefit from) income taxes', '66.7', '18.0', '57.9', '(38.8)'),
                    ('Net income (loss)', '$198.1', '$48.7', '$164.7', '($136.2)'),
                    ('Earnings (loss) per share:', '', '', '', ''),
                    ('Basic', '$5.63', '$1.36', '$4.65', '$(3.77)'),
                    ('Diluted', '$5.58', '$1.34', '$4.60', '$(3.77)'),
                    ('Weighted average shares outstanding:', '', '', '', ''),
                    ('Basic', '35.2', '35.9', '35.4', '36.1'),
                    ('Diluted', '35.5', '36.2', '35.8', '36.1'),
                ),
            ),
        ),
        (
            Table(
                caption='MARLOW FLEET RENTAL HOLDINGS, INC. - CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
                unit='(In millions)',
                header=('', 'Sep 30, 2025', 'Dec 31, 2024'),
                rows=(
                    ('Assets', '', ''),
                    ('Cash and cash equivalents', '$548.2', '$564.1'),
                    ('Restricted cash and cash equivalents', '391.7', '420.5'),
                    ('Receivables, net of allowance', '1,284.6', '1,150.8'),
                    ('Prepaid expenses and other assets', '1,261.0', '887.1'),
                    ('Revenue earning vehicles:', '', ''),
                    ('Vehicles', '16,842.0', '15,238.0'),
                    ('Less: accumulated depreciation', '(3,195.6)', '(3,041.7)'),
                    ('Revenue earning vehicles, net', '13,646.4', '12,196.3'),
                    ('Property and equipment, net', '821.5', '809.4'),
                    ('Operating lease right-of-use assets', '2,563.7', '2,511.2'),
                    ('Goodwill', '1,136.2', '1,128.9'),
                    ('Other intangibles, net', '785.4', '797.2'),
                    ('Deferred income taxes', '134.8', '171.3'),
                    ('Total assets', '$22,573.5', '$20,636.8'),
                    ("Liabilities and stockholders' deficit", '', ''),
                    ('Accounts payable', '$983.6', '$751.4'),
                    ('Accrued liabilities', '1,648.2', '1,590.7'),
                    ('Accrued taxes, net', '176.5', '121.8'),
                    ('Debt', '4,821.5', '4,715.0'),
                    ('Vehicle debt', '11,863.0', '10,487.0'),
                    ('Operating lease liabilities', '2,471.8', '2,425.0'),
                    ('Self-insured liabilities', '624.8', '609.1'),
                    ('Deferred income taxes, net', '1,187.2', '1,151.5'),
                    ('Total liabilities', '23,776.6', '21,851.5'),
                    ("Stockholders' deficit:", '', ''),
                    ('Common stock, $0.01 par value', '0.4', '0.4'),
                    ('Additional paid-in capital', '2,461.0', '2,418.5'),
                    ('Accumulated deficit', '(1,997.7)', '(2,162.4)'),
                    ('Accumulated other comprehensive loss', '(142.8)', '(187.2)'),
                    ('Treasury stock, at cost', '(1,524.0)', '(1,284.0)'),
                    ("Total stockholders' deficit", '(1,203.1)', '(1,214.7)'),
                    ("Total liabilities and stockholders' deficit", '$22,573.5', '$20,636.8'),
                ),
                note='Marlow presents an unclassified balance sheet. Vehicle debt is issued mainly by bankruptcy-remote special purpose entities and is secured by the revenue earning vehicles it finances; Debt is corporate debt.',
            ),
        ),
        (
            Table(
                caption='MARLOW FLEET RENTAL HOLDINGS, INC. - CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(In millions; nine months ended September 30)',
                header=('', '9M 2025', '9M 2024'),
                rows=(
                    ('Operating activities', '', ''),
                    ('Net income (loss)', '$164.7', '($136.2)'),
                    ('Vehicle depreciation and lease charges, net', '1,714.8', '1,876.2'),
                    ('Non-vehicle related depreciation and amortization', '172.4', '166.1'),
                    ('Write-down of electric vehicles held for sale', '19.3', '112.5'),
                    ('Stock-based compensation', '41.2', '38.5'),
                    ('Deferred income taxes', '39.8', '(61.2)'),
                    ('Receivables', '(133.8)', '(117.5)'),
                    ('Accounts payable and accrued liabilities', '291.5', '226.0'),
                    ('Other, net', '20.1', '228.6'),
                    ('Net cash provided by operating activities', '2,330.0', '2,333.0'),
                    ('Investing activities', '', ''),
                    ('Revenue earning vehicles expenditures', '(8,180.0)', '(8,400.0)'),
                    ('Proceeds from disposal of revenue earning vehicles', '4,692.5', '4,783.0'),
                    ('Payments for property and equipment', '(151.2)', '(138.6)'),
                    ('Other, net', '8.6', '4.1'),
                    ('Net cash used in investing activities', '(3,630.1)', '(3,751.5)'),
                    ('Financing activities', '', ''),
                    ('Proceeds from vehicle debt', '9,237.0', '8,891.5'),
                    ('Payments on vehicle debt', '(7,861.0)', '(7,164.0)'),
                    ('Proceeds from issuance of corporate debt', '500.0', '350.0'),
                    ('Payments on corporate debt', '(395.0)', '(286.0)'),
                    ('Repurchases of common stock', '(240.0)', '(310.0)'),
                    ('Other, net', '2.0', '(1.4)'),
                    ('Net cash provided by financing activities', '1,243.0', '1,480.1'),
                    ('Effect of exchange rate changes', '12.4', '(5.8)'),
                    ('Net change in cash, cash equivalents, restricted cash and equivalents', '(44.7)', '55.8'),
                    ('Cash, cash equivalents, restricted cash and equivalents, beginning of period', '984.6', '912.5'),
                    ('Cash, cash equivalents, restricted cash and equivalents, end of period', '939.9', '968.3'),
                ),
            ),
        ),
        (
            h('Notes to Condensed Consolidated Financial Statements (Unaudited)'),
            p("""Note 1 - Basis of presentation. Marlow Fleet Rental Holdings, Inc. ("Marlow," the "Company," "we") rents cars,
vans and light trucks under the Marlow and Redwing brands through company-operated and licensee locations. Rental
revenue is accounted for as lease revenue; fees from licensees, royalties and other services are revenue from contracts
with customers. Our business is seasonal, with the third quarter the strongest; results for interim periods are not
necessarily indicative of the full year."""),
            p("""Note 9 - Segment information. We have two reportable segments: Americas (the United States, Canada, Latin America
and the Caribbean) and International (Europe, Australia and New Zealand). Our chief operating decision maker measures
segment performance with Adjusted EBITDA: income (loss) before income taxes excluding non-vehicle related depreciation
and amortization, interest related to corporate debt, restructuring and other related charges and the write-down of
electric vehicles held for sale. Vehicle depreciation and vehicle interest are operating costs and are included."""),
            Table(
                caption='Revenues and Adjusted EBITDA by segment',
                unit='(In millions)',
                header=('', 'Q3 2025', 'Q3 2024', '9M 2025', '9M 2024'),
                rows=(
                    ('Revenues', '', '', '', ''),
                    ('Americas', '2,118.4', '2,064.9', '5,612.7', '5,498.3'),
                    ('International', '764.2', '712.6', '1,804.5', '1,716.8'),
                    ('Total revenues', '2,882.6', '2,777.5', '7,417.2', '7,215.1'),
                    ('Adjusted EBITDA', '', '', '', ''),
                    ('Americas', '300.3', '185.0', '529.4', '263.9'),
                    ('International', '118.7', '84.5', '152.8', '118.9'),
                    ('Corporate and other', '(18.4)', '(17.2)', '(54.6)', '(51.3)'),
                    ('Total Adjusted EBITDA', '400.6', '252.3', '627.6', '331.5'),
                    ('Less: non-vehicle related depreciation and amortization', '58.2', '55.9', '172.4', '166.1'),
                    ('Less: interest expense related to corporate debt, net', '61.7', '58.4', '181.9', '173.2'),
                    ('Less: restructuring and other related charges', '9.8', '22.6', '31.4', '54.7'),
                    ('Less: write-down of electric vehicles held for sale', '6.1', '48.7', '19.3', '112.5'),
                    ('Income (loss) before income taxes', '264.8', '66.7', '222.6', '(175.0)'),
                ),
            ),
            p("""Note 10 - Electric vehicles held for sale. In 2024 we decided to reduce the electric vehicles in our fleet and
wrote down vehicles classified as held for sale to their fair value less costs to sell. We sold 3,100 electric vehicles
in the third quarter of 2025 and about 1,400 remained held for sale at September 30, 2025."""),
        ),
        (
            h("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p("""Overview. We operate about 9,300 rental locations in 126 countries, of which approximately 4,100 are operated by
us and the rest by licensees. We measure our operations with transaction days (the number of days a vehicle is on
rent, counted in 24-hour periods), revenue per day (total revenues divided by transaction days), vehicle utilization
(transaction days divided by average rental fleet times the number of days in the period) and depreciation per unit per
month (depreciation of revenue earning vehicles and lease charges, net, divided by average rental fleet and by the
number of months in the period)."""),
            Table(
                caption='Key operating metrics',
                unit='(three months (Q3) and nine months (9M) ended September 30)',
                header=('', 'Q3 2025', 'Q3 2024', '9M 2025', '9M 2024'),
                rows=(
                    ('Transaction days (in millions)', '46.21', '45.38', '121.64', '119.83'),
                    ('Average rental fleet (in thousands)', '712.4', '726.8', '664.3', '671.5'),
                    ('Revenue per day (RPD)', '$62.38', '$61.21', '$60.98', '$60.21'),
                    ('Vehicle utilization', '70.5%', '67.9%', '67.1%', '65.1%'),
                    ('Depreciation per unit per month (DPU)', '$287', '$314', '$287', '$310'),
                ),
            ),
            p("""Third quarter 2025 compared with third quarter 2024. Total revenues increased $105.1 million, or 3.8%, to
$2,882.6 million, primarily due to a 1.8% increase in transaction days and a 1.9% increase in revenue per day, partially
offset by the effect of a stronger U.S. dollar on Latin American revenues. Depreciation of revenue earning vehicles and
lease charges, net decreased $71.5 million, or 10.5%, to $612.4 million, primarily due to an 8.6% decrease in
depreciation per unit per month to $287, as we bought fewer electric vehicles and held cars longer, and a 2.0% smaller
average rental fleet, partially offset by lower gains on the sale of vehicles as used-car prices eased. Vehicle
utilization improved to 70.5% from 67.9%. The write-down of electric vehicles held for sale fell to $6.1 million from
$48.7 million, and restructuring and other related charges fell to $9.8 million from $22.6 million; in 2024 these
charges related mainly to closing 64 off-airport locations. Net income was $198.1 million, or $5.58 per diluted share,
compared with $48.7 million, or $1.34 per diluted share."""),
        ),
        (
            p("""Segment results. Americas revenues increased 2.6% to $2,118.4 million, primarily due to a 0.7% increase in
transaction days and a 1.9% increase in revenue per day to $64.51, and Americas Adjusted EBITDA increased to $300.3
million from $185.0 million, primarily due to lower fleet costs. International revenues increased 7.2% to $764.2 million,
primarily due to a 4.7% increase in transaction days on strong summer leisure demand in southern Europe and a 2.4%
increase in revenue per day to $57.16; International Adjusted EBITDA increased 40.5% to $118.7 million, primarily due to the higher revenues,
partially offset by higher vehicle interest in Europe."""),
            p("""Nine months. Revenues for the first nine months of 2025 increased 2.8% to $7,417.2 million. We earned net income
of $164.7 million, or $4.60 per diluted share, compared with a net loss of $136.2 million, or $3.77 per share, in the
first nine months of 2024, primarily due to lower vehicle depreciation and a $93.2 million smaller write-down of
electric vehicles. Adjusted EBITDA was $627.6 million, compared with $331.5 million."""),
            p("""Liquidity and capital resources. At September 30, 2025 we had corporate liquidity of approximately $1.62 billion:
$548.2 million of unrestricted cash and $1,071.3 million available under our revolving credit facility. Our corporate
debt was $4,821.5 million and none of it matures before October 2027. Our net corporate leverage ratio, as defined in our
credit agreement, was 4.4 times at September 30, 2025, compared with 5.6 times at December 31, 2024; the agreement
allows up to 6.5 times. Vehicle debt of $11,863.0 million is secured by our fleet and is repaid largely from the proceeds
of vehicle sales. We have a stockholders' deficit of $1,203.1 million, the result of share repurchases exceeding our
accumulated earnings over time."""),
            p("""Outlook. We now expect full-year 2025 Adjusted EBITDA of $720 million to $760 million, up from our earlier range of
$650 million to $700 million, and an average rental fleet about 1% smaller than in 2024. We expect depreciation per unit
per month of $285 to $295 for the full year."""),
            h('Part II - Item 2. Unregistered Sales of Equity Securities and Use of Proceeds'),
            p("""In the third quarter of 2025 we repurchased 0.52 million shares of our common stock for $80.0 million; in the
first nine months of 2025 we repurchased 1.74 million shares for $240.0 million. At September 30, 2025, $512.6 million
remained available under our share repurchase program."""),
        ),
    ),
)

REPORTS = (MARLOW_10Q,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
