"""Build the PDF filing of the held-out set filings14 (eval/datasets/filings14/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
company and every figure are fictional.

    .venv/bin/python eval/datasets/filings14/build_pdf.py      # writes docs/thornbury_building_10k_fy2025.pdf
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

YEARS = ('', 'Fiscal 2025', 'Fiscal 2024', 'Fiscal 2023')

THORNBURY_10K = Report(
    stem="thornbury_building_10k_fy2025",
    title="Thornbury Building Products, Inc. - Annual Report on Form 10-K for the fiscal year ended September 30, 2025",
    running_title="Thornbury Building Products, Inc. | Form 10-K fiscal 2025",
    date="November 20, 2025",
    iso_date="2025-11-20",
    keywords=("Thornbury Building Products", "10-K", "building products distribution", "fiscal 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended September 30, 2025. Commission file
number 001-39518. THORNBURY BUILDING PRODUCTS, INC. (a Delaware corporation; I.R.S. Employer Identification No.
82-4417390), 2100 Rexford Road, Charlotte, North Carolina 28211. Title of each class: Common stock, par value $0.01 per
share. Trading symbol: THBP. Name of each exchange on which registered: New York Stock Exchange. As of November 14, 2025,
38,196,402 shares of the registrant's common stock were outstanding. Large accelerated filer: Yes. Shell company: No."""),
            h('PART I. Item 1. Business'),
            p("""Thornbury Building Products, Inc. ("Thornbury," the "Company," "we" or "our") is a specialty distributor of exterior
and interior building products to residential and commercial contractors in the United States and Canada. Our fiscal
year ends on September 30; "fiscal 2025" means the twelve months ended September 30, 2025. We report two segments.
Exteriors distributes residential and commercial roofing, siding and exterior trim, and windows and doors. Interiors
distributes wallboard, suspended ceilings, steel framing, insulation and related tools and fasteners."""),
            p("""At September 30, 2025 we operated 412 branches in 38 states and four Canadian provinces, compared with 398 branches
a year earlier. In February 2025 we acquired Coastline Roofing Supply, a distributor with 19 branches in Florida and
Georgia, for $112.6 million in cash, net of cash acquired; it is part of Exteriors. During fiscal 2025 we also opened six
greenfield branches and consolidated eleven Interiors branches into nearby locations as part of the restructuring plan
described in Item 7."""),
            p("""We serve about 68,000 contractor customers, none of which accounted for more than 2% of net sales. We buy from
roughly 2,600 suppliers; our ten largest suppliers accounted for about 52% of purchases in fiscal 2025. Demand is
seasonal: our first and second fiscal quarters (October through March) are our slowest because of winter weather, and
roofing demand rises after major storms. At September 30, 2025 we had approximately 7,850 employees."""),
        ),
        (
            h('Item 1A. Risk Factors'),
            p("""Our sales depend on residential repair and remodeling, new residential construction and commercial construction,
which depend in turn on interest rates, home prices and employment. Prices of some products we sell, wallboard and steel
framing in particular, can move sharply, and falling prices reduce our net sales and can compress our margins on
inventory bought at higher cost. Severe weather can increase roofing demand in one year and reduce it in the next."""),
            p("""We have substantial indebtedness: $1,493.8 million of total debt at September 30, 2025. Our asset-based revolving
credit facility (the "ABL facility") requires us to maintain a fixed charge coverage ratio of at least 1.0 to 1.0 only if
availability falls below 10% of the borrowing base; availability has remained above that level. About two-thirds of our debt,
the term loan and the ABL facility, bears interest at floating rates. We depend on a limited number of large
manufacturers for roofing and wallboard, and the loss of a supplier could disrupt our sales."""),
            h('Item 5. Market for Registrant\'s Common Equity and Issuer Purchases of Equity Securities'),
            p("""Our common stock trades on the New York Stock Exchange under the symbol THBP. We have never paid a cash dividend and
do not plan to pay one. In fiscal 2025 we repurchased 1.21 million shares for $96.5 million, an average price of $79.74 per
share; $303.5 million remained under the repurchase authorization at September 30, 2025."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p("""Overview. We measure our business with net sales per selling day (average daily sales), organic net sales growth
(growth excluding branches acquired in the prior twelve months), gross margin (net sales less cost of products sold,
divided by net sales; cost of products sold excludes depreciation and amortization) and Adjusted EBITDA, a non-GAAP
measure defined and reconciled below."""),
            Table(
                caption='Key performance indicators',
                unit='(Dollars in thousands, except where noted)',
                header=YEARS,
                rows=(
                    ('Selling days', '251', '252', '251'),
                    ('Average daily sales', '$23,276', '$22,266', '$23,521'),
                    ('Branches at end of year (number)', '412', '398', '401'),
                    ('Gross margin', '30.3%', '29.8%', '29.4%'),
                    ('Adjusted EBITDA', '$649,525', '$586,579', '$661,651'),
                    ('Adjusted EBITDA margin', '11.1%', '10.5%', '11.2%'),
                ),
            ),
        ),
        (
            p("""Net sales. Fiscal 2025 net sales increased $231.3 million, or 4.1%, to $5,842.3 million. Coastline Roofing Supply
contributed $86.4 million; organic net sales grew 2.6%, and average daily sales rose 4.5% on one fewer selling day.
Exteriors net sales increased 6.4% to $3,512.9 million, primarily due to higher roofing volumes from storm repair work in
the Southeast and Texas, shingle price increases of about 3% and the acquisition. Interiors net sales increased only 0.9%
to $2,329.4 million: wallboard volumes rose about 3%, but wallboard selling prices fell about 4%, and wallboard net sales
declined 1.4% to $1,082.6 million. In fiscal 2024 net sales fell 5.0% as new housing and commercial activity slowed and
wallboard prices declined."""),
            p("""Gross margin. Gross margin was 30.3% in fiscal 2025, compared with 29.8% in fiscal 2024. Exteriors gross margin rose
to 31.9% from 31.5% on pricing discipline in roofing, a richer mix of higher-margin roofing accessories and higher vendor
rebates. Interiors gross margin rose to 27.8% from 27.4% because lower inbound freight costs and better purchasing more
than offset the effect of lower wallboard prices."""),
            p("""Operating expenses. Selling, general and administrative expenses increased 3.1% to $1,138.5 million, mainly wages and
the Coastline branches, but fell to 19.5% of net sales from 19.7%. In fiscal 2025 we recorded restructuring charges of
$12.9 million, mainly severance and lease exit costs, to consolidate eleven Interiors branches and close a distribution
center in Ontario; we expect annual cost savings of about $18 million once the plan is complete in fiscal 2026. In June
2025 we sold three distribution centers, in Atlanta, Dallas and Phoenix, for net proceeds of $48.9 million and leased them
back for fifteen years, recognizing a gain on sale of properties of $21.4 million. In fiscal 2024 we recorded a
non-cash goodwill impairment of $48.6 million for our Canadian Interiors reporting unit, which is not deductible for tax
purposes; this is why our effective tax rate was 28.7% in fiscal 2024, against 24.6% in fiscal 2025. Interest expense,
net decreased 8.1% to $96.4 million on lower average ABL facility borrowings."""),
            p("""Segment results. Exteriors segment Adjusted EBITDA increased 5.6% to $449.6 million, and its margin slipped to 12.8%
from 12.9% as selling costs at the newly acquired Coastline branches ran ahead of their sales. Interiors segment Adjusted
EBITDA increased 19.5% to $262.3 million, and its margin rose to 11.3% from 9.5%, on the higher gross margin and the first
savings from branch consolidations. Unallocated corporate expense was $62.4 million."""),
            p("""Net income was $303.8 million, or $7.81 per diluted share, compared with $195.3 million, or $4.94 per diluted share,
in fiscal 2024."""),
        ),
        (
            h('Non-GAAP financial measure: Adjusted EBITDA'),
            p("""We define Adjusted EBITDA as net income before provision for income taxes, interest expense, net, other (income)
expense, net, and depreciation and amortization, excluding stock-based compensation, goodwill impairment, restructuring
charges and gains on sale of properties. Adjusted EBITDA margin is Adjusted EBITDA divided by net sales. Adjusted EBITDA
is not a measure of performance under U.S. GAAP and should not be considered in isolation."""),
            Table(
                caption='Reconciliation of net income to Adjusted EBITDA',
                unit='(In thousands; fiscal years ended September 30)',
                header=YEARS,
                rows=(
                    ('Net income', '$303,809', '$195,293', '$318,023'),
                    ('Provision for income taxes', '99,121', '78,474', '105,443'),
                    ('Interest expense, net', '96,410', '104,855', '98,220'),
                    ('Other (income) expense, net', '(2,615)', '1,840', '(1,105)'),
                    ('Depreciation and amortization', '142,815', '136,402', '128,930'),
                    ('Stock-based compensation', '18,420', '16,905', '15,260'),
                    ('Goodwill impairment', '-', '48,600', '-'),
                    ('Restructuring charges', '12,940', '4,210', '-'),
                    ('Gain on sale of properties', '(21,375)', '-', '(3,120)'),
                    ('Adjusted EBITDA', '$649,525', '$586,579', '$661,651'),
                    ('Adjusted EBITDA margin', '11.1%', '10.5%', '11.2%'),
                ),
            ),
            p("""Liquidity and capital resources. At September 30, 2025 we had cash and cash equivalents of $188.5 million and $548.7
million of availability under our $900.0 million ABL facility, which matures in June 2029. Total debt was $1,493.8
million, down from $1,620.0 million, as we repaid a net $121.0 million of ABL facility borrowings and $7.5 million of
the term loan. Net debt (total debt less
cash and cash equivalents) was $1,305.3 million, or 2.0 times Adjusted EBITDA, compared with 2.5 times at September 30,
2024; our target range is 1.5 to 2.5 times. Our 5.875% senior notes ($500.0 million) are due in October 2029 and our term
loan in March 2031. Net cash provided by operating activities was $397.7 million and capital expenditures were $68.2
million."""),
            p("""Outlook. For fiscal 2026 we expect net sales of $6.0 billion to $6.2 billion, Adjusted EBITDA of $670 million to
$710 million and capital expenditures of $75 million to $85 million, and we plan to open about ten greenfield
branches. The outlook assumes wallboard prices stable at current levels and no major storm season."""),
        ),
        (
            h('Item 8. Financial Statements and Supplementary Data'),
            Table(
                caption='THORNBURY BUILDING PRODUCTS, INC. - CONSOLIDATED STATEMENTS OF OPERATIONS',
                unit='(In thousands, except per share data; fiscal years ended September 30)',
                header=YEARS,
                rows=(
                    ('Net sales', '$5,842,316', '$5,611,048', '$5,903,775'),
                    ('Costs and expenses:', '', '', ''),
                    ('Cost of products sold', '4,072,671', '3,937,159', '4,167,624'),
                    ('Selling, general and administrative', '1,138,540', '1,104,215', '1,089,760'),
                    ('Depreciation and amortization', '142,815', '136,402', '128,930'),
                    ('Goodwill impairment', '-', '48,600', '-'),
                    ('Restructuring charges', '12,940', '4,210', '-'),
                    ('Gain on sale of properties', '(21,375)', '-', '(3,120)'),
                    ('Total costs and expenses', '5,345,591', '5,230,586', '5,383,194'),
                    ('Operating income', '496,725', '380,462', '520,581'),
                    ('Interest expense, net', '96,410', '104,855', '98,220'),
                    ('Other (income) expense, net', '(2,615)', '1,840', '(1,105)'),
                    ('Income before provision for income taxes', '402,930', '273,767', '423,466'),
                    ('Provision for income taxes', '99,121', '78,474', '105,443'),
                    ('Net income', '$303,809', '$195,293', '$318,023'),
                    ('Earnings per share:', '', '', ''),
                    ('Basic', '$7.91', '$4.99', '$7.80'),
                    ('Diluted', '$7.81', '$4.94', '$7.71'),
                    ('Weighted-average shares outstanding:', '', '', ''),
                    ('Basic', '38,412', '39,105', '40,760'),
                    ('Diluted', '38,880', '39,560', '41,240'),
                ),
                note="""Cost of products sold excludes depreciation and amortization, which is shown separately.""",
            ),
        ),
        (
            Table(
                caption='THORNBURY BUILDING PRODUCTS, INC. - CONSOLIDATED BALANCE SHEETS',
                unit='(In thousands)',
                header=('', 'Sept. 30, 2025', 'Sept. 30, 2024'),
                rows=(
                    ('Assets', '', ''),
                    ('Cash and cash equivalents', '$188,526', '$142,518'),
                    ('Trade accounts receivable, less allowances', '742,615', '701,284'),
                    ('Inventories', '786,402', '752,960'),
                    ('Prepaid expenses and other current assets', '98,714', '91,340'),
                    ('Total current assets', '1,816,257', '1,688,102'),
                    ('Property and equipment, net', '498,620', '512,745'),
                    ('Operating lease right-of-use assets', '512,880', '438,410'),
                    ('Goodwill', '1,402,315', '1,348,760'),
                    ('Intangible assets, net', '386,470', '398,125'),
                    ('Other assets', '41,208', '38,916'),
                    ('Total assets', '$4,657,750', '$4,425,058'),
                    ('Liabilities and stockholders\' equity', '', ''),
                    ('Accounts payable', '$512,940', '$488,615'),
                    ('Accrued expenses and other current liabilities', '298,406', '276,180'),
                    ('Current portion of operating lease liabilities', '108,212', '96,405'),
                    ('Current portion of long-term debt', '7,500', '7,500'),
                    ('Total current liabilities', '927,058', '868,700'),
                    ('Long-term debt, less current portion', '1,486,320', '1,612,480'),
                    ('Operating lease liabilities, less current portion', '418,705', '352,660'),
                    ('Deferred income taxes, net', '142,860', '138,215'),
                    ('Other liabilities', '36,915', '34,820'),
                    ('Total liabilities', '3,011,858', '3,006,875'),
                    ('Common stock, $0.01 par value', '452', '449'),
                    ('Additional paid-in capital', '786,446', '762,314'),
                    ('Retained earnings', '1,590,224', '1,286,415'),
                    ('Treasury stock, at cost', '(708,820)', '(612,340)'),
                    ('Accumulated other comprehensive loss', '(22,410)', '(18,655)'),
                    ('Total stockholders\' equity', '1,645,892', '1,418,183'),
                    ('Total liabilities and stockholders\' equity', '$4,657,750', '$4,425,058'),
                ),
                note="""Common stock: 200,000 thousand shares authorized; 45,218 thousand and 44,906 thousand shares issued and
7,031 thousand and 5,821 thousand shares held in treasury at September 30, 2025 and 2024.""",
            ),
        ),
        (
            Table(
                caption='THORNBURY BUILDING PRODUCTS, INC. - CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In thousands; fiscal years ended September 30)',
                header=YEARS,
                rows=(
                    ('Operating activities:', '', '', ''),
                    ('Net income', '$303,809', '$195,293', '$318,023'),
                    ('Depreciation and amortization', '142,815', '136,402', '128,930'),
                    ('Stock-based compensation', '18,420', '16,905', '15,260'),
                    ('Amortization of debt issuance costs', '2,340', '2,290', '2,240'),
                    ('Deferred income taxes', '4,645', '(9,870)', '6,210'),
                    ('Goodwill impairment', '-', '48,600', '-'),
                    ('Gain on sale of properties', '(21,375)', '-', '(3,120)'),
                    ('Non-cash restructuring charges', '3,860', '1,150', '-'),
                    ('Trade accounts receivable', '(39,140)', '18,625', '(22,410)'),
                    ('Inventories', '(27,835)', '41,290', '(75,760)'),
                    ('Accounts payable', '19,420', '(21,340)', '14,865'),
                    ('Accrued expenses and other liabilities', '14,265', '(8,115)', '(16,930)'),
                    ('Other operating assets and liabilities', '(23,546)', '(27,882)', '(24,523)'),
                    ('Net cash provided by operating activities', '397,678', '393,348', '342,785'),
                    ('Investing activities:', '', '', ''),
                    ('Capital expenditures', '(68,215)', '(74,930)', '(81,460)'),
                    ('Acquisitions, net of cash acquired', '(112,640)', '-', '(41,870)'),
                    ('Proceeds from sale of properties', '48,910', '1,240', '6,840'),
                    ('Other investing activities, net', '1,185', '(2,075)', '(1,930)'),
                    ('Net cash used in investing activities', '(130,760)', '(75,765)', '(118,420)'),
                    ('Financing activities:', '', '', ''),
                    ('Borrowings under ABL facility', '1,214,000', '1,086,000', '1,352,000'),
                    ('Repayments under ABL facility', '(1,335,000)', '(1,262,000)', '(1,453,000)'),
                    ('Repayments of term loan', '(7,500)', '(7,500)', '(7,500)'),
                    ('Purchases of treasury stock', '(96,480)', '(124,650)', '(88,300)'),
                    ('Proceeds from exercise of stock options', '9,835', '6,420', '7,115'),
                    ('Taxes paid on net share settlement', '(4,120)', '(3,385)', '(2,870)'),
                    ('Net cash used in financing activities', '(219,265)', '(305,115)', '(192,555)'),
                    ('Effect of exchange rate changes on cash', '(1,645)', '1,110', '915'),
                    ('Net increase in cash and cash equivalents', '46,008', '13,578', '32,725'),
                    ('Cash and cash equivalents, beginning of year', '142,518', '128,940', '96,215'),
                    ('Cash and cash equivalents, end of year', '$188,526', '$142,518', '$128,940'),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements'),
            p("""Note 3 - Revenue. We recognize revenue when products are delivered to or picked up by the customer. Net sales by
product line were as follows (in thousands):"""),
            Table(
                caption='Net sales by product line',
                unit='(In thousands; fiscal years ended September 30)',
                header=YEARS,
                rows=(
                    ('Roofing', '2,316,410', '2,142,360', '2,238,715'),
                    ('Siding and exterior trim', '742,815', '718,940', '748,305'),
                    ('Windows and doors', '453,655', '440,120', '468,590'),
                    ('Wallboard', '1,082,640', '1,098,310', '1,186,420'),
                    ('Ceilings', '498,215', '486,905', '502,340'),
                    ('Steel framing and insulation', '512,380', '498,760', '524,115'),
                    ('Other interior products', '236,201', '225,653', '235,290'),
                    ('Total net sales', '5,842,316', '5,611,048', '5,903,775'),
                ),
            ),
            p("""Note 7 - Long-term debt. Debt at September 30 consisted of the following (in thousands):"""),
            Table(
                caption='Long-term debt',
                unit='(In thousands)',
                header=('', 'Sept. 30, 2025', 'Sept. 30, 2024'),
                rows=(
                    ('Term loan due March 2031', '742,500', '750,000'),
                    ('5.875% senior notes due October 2029', '500,000', '500,000'),
                    ('ABL facility due June 2029', '261,000', '382,000'),
                    ('Unamortized debt issuance costs', '(9,680)', '(12,020)'),
                    ('Total debt', '1,493,820', '1,619,980'),
                    ('Less: current portion', '(7,500)', '(7,500)'),
                    ('Long-term debt, less current portion', '1,486,320', '1,612,480'),
                ),
            ),
        ),
        (
            p("""Note 12 - Segment information. Our chief operating decision maker, the Chief Executive Officer, assesses the
Exteriors and Interiors segments on net sales, gross profit and segment Adjusted EBITDA (Adjusted EBITDA before
unallocated corporate expense). We do not allocate assets, interest, taxes or the items excluded from Adjusted EBITDA to
segments. We do not report net sales by country; our Canadian branches are part of both segments."""),
            Table(
                caption='Segment results and reconciliation to income before provision for income taxes',
                unit='(In thousands; fiscal years ended September 30)',
                header=YEARS,
                rows=(
                    ('Net sales:', '', '', ''),
                    ('Exteriors', '3,512,880', '3,301,420', '3,455,610'),
                    ('Interiors', '2,329,436', '2,309,628', '2,448,165'),
                    ('Total net sales', '5,842,316', '5,611,048', '5,903,775'),
                    ('Gross profit:', '', '', ''),
                    ('Exteriors', '1,121,435', '1,040,327', '1,067,804'),
                    ('Interiors', '648,210', '633,562', '668,347'),
                    ('Total gross profit', '1,769,645', '1,673,889', '1,736,151'),
                    ('Segment Adjusted EBITDA:', '', '', ''),
                    ('Exteriors', '449,610', '425,885', '434,270'),
                    ('Interiors', '262,325', '219,564', '282,686'),
                    ('Unallocated corporate expense', '(62,410)', '(58,870)', '(55,305)'),
                    ('Adjusted EBITDA', '649,525', '586,579', '661,651'),
                    ('Depreciation and amortization', '(142,815)', '(136,402)', '(128,930)'),
                    ('Stock-based compensation', '(18,420)', '(16,905)', '(15,260)'),
                    ('Goodwill impairment', '-', '(48,600)', '-'),
                    ('Restructuring charges', '(12,940)', '(4,210)', '-'),
                    ('Gain on sale of properties', '21,375', '-', '3,120'),
                    ('Interest expense, net', '(96,410)', '(104,855)', '(98,220)'),
                    ('Other income (expense), net', '2,615', '(1,840)', '1,105'),
                    ('Income before provision for income taxes', '402,930', '273,767', '423,466'),
                ),
            ),
            p("""Note 14 - Subsequent event. On November 3, 2025 our Board of Directors increased the share repurchase
authorization by $200.0 million."""),
        ),
    ),
)

REPORTS = (THORNBURY_10K,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
