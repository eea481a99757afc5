"""Build the two annual reports of the filings1 held-out set (eval/datasets/filings1/docs/).

Two fictional US registrants, 10-K style, with invented but internally consistent figures: an outdoor power
equipment maker with a 52/53-week fiscal year ending in September, and a regional bank holding company with a
calendar year. The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header,
"Page N of M" footer, fixed creation date, so a rebuild without text changes gives the same file).

    .venv/bin/python eval/datasets/filings1/build_pdf.py      # writes docs/*.pdf
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

FY = ("", "Fiscal 2024", "Fiscal 2023", "Fiscal 2022")
FYB = ("", "Sept. 28, 2024", "Sept. 30, 2023")

NORLAND = Report(
    stem="norland_2024_10k",
    title="Norland Outdoor Products Corporation - Annual Report on Form 10-K for the Fiscal Year Ended "
          "September 28, 2024",
    running_title="Norland Outdoor Products Corporation - Form 10-K - Fiscal 2024",
    date="18 November 2024",
    iso_date="2024-11-18",
    keywords=("Norland", "NOP", "10-K", "outdoor power equipment", "fiscal 2024"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            September 28, 2024. Commission file number 001-31877."""),
            p("""NORLAND OUTDOOR PRODUCTS CORPORATION (Exact name of registrant as specified in its charter).
            State of incorporation: Minnesota. I.R.S. Employer Identification No. 41-0982245. Principal executive
            offices: 2200 Riverbend Parkway, Mankato, Minnesota 56001. Securities registered pursuant to Section
            12(b) of the Act: Common Stock, par value $0.01 per share; trading symbol NOP; name of each exchange
            on which registered: New York Stock Exchange. The registrant is a large accelerated filer. As of
            November 8, 2024, 42,617,310 shares of common stock were outstanding."""),
            p("""Unless the context requires otherwise, "Norland," "the Company," "we," "us" and "our" refer to
            Norland Outdoor Products Corporation and its consolidated subsidiaries. Our fiscal year ends on the
            Saturday closest to September 30. Fiscal 2024 ended September 28, 2024, fiscal 2023 ended September
            30, 2023 and fiscal 2022 ended October 1, 2022; each comprised 52 weeks."""),
            h("PART I - Item 1. Business"),
            p("""Norland designs, manufactures and markets outdoor power equipment for homeowners and for
            professional users. Our products include walk-behind and riding lawn mowers, zero-turn mowers, snow
            throwers, string trimmers, leaf blowers and a growing line of battery-powered (cordless) equipment,
            together with replacement parts and accessories. The Company was founded in 1946 as a maker of
            reel mowers and today operates manufacturing facilities in Mankato, Minnesota; Beatrice, Nebraska;
            Greenville, Tennessee; and Monterrey, Mexico."""),
            p("""We manage the business in two reportable segments. The Residential segment sells mowers, snow
            throwers, handheld and cordless products under the Norland and TrailMate brands, mainly through
            home centers, mass merchants and online retailers. The Professional segment sells commercial
            zero-turn and stand-on mowers, turf maintenance equipment and utility vehicles to landscape
            contractors, golf courses, sports fields and municipalities, under the Norland Pro and Greenskeeper
            brands, through a network of about 1,150 independent dealers and distributors. Corporate expenses
            that are not allocated to the segments are reported as Corporate and other."""),
        ),
        (
            h("Customers"),
            p("""Our largest customer, a national home-improvement retailer, accounted for approximately 17% of
            consolidated net sales in fiscal 2024 (19% in fiscal 2023 and 18% in fiscal 2022), all of it in the
            Residential segment. Our two largest customers together accounted for approximately 29% of net sales
            in fiscal 2024. The loss of either of these customers, or a significant reduction in their orders,
            would have a material adverse effect on our results. No customer of the Professional segment
            accounted for more than 3% of consolidated net sales."""),
            h("Suppliers and raw materials"),
            p("""The principal materials we buy are steel, aluminum, engineered resins, engines, transmissions and
            lithium-ion battery cells. Gasoline engines for our riding and zero-turn mowers are purchased from
            two suppliers under multi-year agreements, and battery cells are sourced mainly from manufacturers in
            Asia. We generally have more than one source for other components, although a few parts are
            single-sourced. Steel prices, which rose sharply in fiscal 2022, eased during fiscal 2023 and fiscal
            2024."""),
            h("Competition"),
            p("""The outdoor power equipment industry is highly competitive. We compete with large diversified
            manufacturers such as Deere & Company, The Toro Company and Husqvarna, with Asian producers of
            cordless products sold under retailers' own brands, and with many smaller regional manufacturers. We
            compete principally on product quality and performance, dealer and retail relationships, service and
            price."""),
            h("Seasonality and backlog"),
            p("""Sales of lawn and garden products are highest in our second and third fiscal quarters, as
            retailers and dealers stock for spring, while snow thrower shipments are concentrated in the fourth
            and first quarters. Weather has a significant effect on retail demand. Because most orders are filled
            within a few weeks, we do not consider backlog a meaningful indicator of future sales."""),
            h("Human capital"),
            p("""At September 28, 2024, we had approximately 5,300 employees, of whom about 1,900 were in Mexico.
            None of our U.S. employees is represented by a labor union."""),
            h("Item 1A. Risk Factors"),
            p("""Our business is affected by weather. Unfavorable weather, such as a cool or wet spring, drought in
            summer or low snowfall in winter, can reduce retail demand for our products and leave retailers and
            dealers with excess inventory, which reduces their orders in the following season."""),
        ),
        (
            p("""We depend on a small number of large retail customers. Our two largest customers accounted for
            approximately 29% of net sales in fiscal 2024. These customers may change their inventory policies,
            shift shelf space to competitors or to their own brands, or demand lower prices, any of which could
            reduce our net sales and margins."""),
            p("""Increases in the cost or disruptions in the supply of materials and components could hurt our
            margins. We may not be able to pass higher costs of steel, engines or battery cells on to our
            customers, or may do so only with a delay."""),
            p("""The transition from gasoline to battery-powered equipment may change the competitive landscape.
            Several states, including California, restrict the sale of new small off-road gasoline engines. If
            we do not develop competitive cordless products at acceptable costs, our market share could
            decline."""),
            p("""Our indebtedness could limit our flexibility. At September 28, 2024, we had $573.3 million of
            long-term debt, including current maturities, and our credit agreement contains financial
            covenants."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            h("Overview"),
            p("""Fiscal 2024 was a year of lower volumes and better margins. Net sales decreased 4.8% to $2,486.3
            million, as growth in the Professional segment did not offset a decline in Residential shipments.
            Gross margin improved to 23.9% of net sales from 22.1% in fiscal 2023, and net earnings were $133.1
            million, or $3.08 per diluted share, compared with $134.4 million, or $3.05 per diluted share, in
            fiscal 2023. Operating cash flow more than doubled to $304.7 million as we reduced inventories."""),
            Table(
                caption="Net sales and operating earnings by segment",
                unit="(in millions)",
                header=FY,
                rows=(
                    ("Net sales:", "", "", ""),
                    ("Residential", "1,312.4", "1,498.7", "1,327.9"),
                    ("Professional", "1,173.9", "1,114.1", "969.6"),
                    ("Total net sales", "2,486.3", "2,612.8", "2,297.5"),
                    ("Operating earnings (loss):", "", "", ""),
                    ("Residential", "92.6", "131.8", "128.4"),
                    ("Professional", "187.4", "158.3", "137.9"),
                    ("Corporate and other", "(75.7)", "(81.9)", "(61.8)"),
                    ("Total operating earnings", "204.3", "208.2", "204.5"),
                ),
                note="""Corporate and other includes restructuring and impairment charges of $18.4 million in
                fiscal 2024 and $4.1 million in fiscal 2023."""),
        ),
        (
            h("Net sales"),
            p("""Residential segment net sales were $1,312.4 million in fiscal 2024, down 12.4% from $1,498.7
            million in fiscal 2023. The decrease was driven primarily by lower shipments of riding and walk-behind
            mowers to home centers and mass merchants, which reduced their inventories after a cool, wet spring
            in the Midwest and Northeast held back retail sell-through, and by lower snow thrower shipments
            following a second consecutive winter of below-average snowfall. Price increases taken in fiscal 2023
            and higher sales of cordless products partially offset the volume decline."""),
            p("""Professional segment net sales increased 5.4% to $1,173.9 million, reflecting net price
            realization, strong demand from golf courses and municipalities for turf equipment, and a full year
            of shipments of our new stand-on mower line. Dealer inventories of zero-turn mowers returned to
            normal levels during the year. Professional segment operating earnings rose 18.4% to $187.4 million,
            and the segment again earned more than Residential."""),
            h("Gross margin"),
            p("""Gross profit was $594.2 million, or 23.9% of net sales, in fiscal 2024, compared with $578.2
            million, or 22.1% of net sales, in fiscal 2023. The increase of approximately 180 basis points
            reflected lower steel and freight costs, carryover pricing, a mix shift toward higher-margin
            Professional products and productivity savings, partially offset by lower absorption of fixed
            manufacturing costs on reduced Residential production."""),
            h("Operating expenses"),
            p("""Engineering, selling, general and administrative expenses were $371.5 million, or 14.9% of net
            sales, compared with $365.9 million, or 14.0% of net sales, in fiscal 2023. The increase reflected
            higher engineering spending on cordless and autonomous products, wage inflation and higher incentive
            compensation, partially offset by lower advertising. Research and development costs are included in
            this line and are not presented separately."""),
            p("""In the second quarter of fiscal 2024 we announced the consolidation of our Beatrice, Nebraska
            snow thrower assembly into our Monterrey facility. Restructuring and impairment charges were $18.4
            million in fiscal 2024, consisting of $12.2 million of severance and facility exit costs and a $6.2
            million non-cash impairment of equipment. We expect annual savings of approximately $11 million
            beginning in fiscal 2025."""),
            h("Interest expense and income taxes"),
            p("""Interest expense rose to $38.6 million from $31.2 million, mainly because of higher rates on our
            floating-rate term loan and higher average borrowings under the revolving credit facility in the
            first half of the year. Our effective tax rate was 21.5% in fiscal 2024, compared with 22.9% in
            fiscal 2023; the decrease reflected higher research and development tax credits and the favorable
            resolution of a state tax audit."""),
        ),
        (
            h("Liquidity and capital resources"),
            p("""Our principal sources of liquidity are cash generated from operations and our $400 million
            revolving credit facility, which matures in June 2028. At September 28, 2024, we had cash and cash
            equivalents of $142.7 million and no borrowings outstanding under the revolving credit facility,
            compared with $64.0 million outstanding a year earlier. We believe these sources are sufficient to
            meet our needs for at least the next twelve months."""),
            p("""Net cash provided by operating activities was $304.7 million in fiscal 2024, compared with $123.0
            million in fiscal 2023. The increase was driven mainly by working capital: inventories decreased by
            $87.5 million as we cut production of Residential products to match lower retail demand, and
            receivables decreased by $37.3 million on lower fourth-quarter shipments, partially offset by lower
            accounts payable. In fiscal 2023, building inventory had used $72.4 million of cash."""),
            p("""Capital expenditures were $101.6 million in fiscal 2024 and $94.3 million in fiscal 2023, and
            related mainly to tooling for new products, battery pack assembly equipment in Greenville and the
            expansion of the Monterrey plant. We expect capital expenditures of $90 million to $100 million in
            fiscal 2025."""),
            p("""We returned $75.6 million to shareholders in fiscal 2024: $36.0 million of cash dividends and
            $39.6 million of share repurchases (approximately 0.6 million shares). We also repaid the $64.0
            million borrowed under the revolving credit facility and made scheduled term loan payments of $25.0
            million."""),
            h("Critical accounting estimates"),
            p("""We record reductions of net sales for customer programs, including volume rebates, cooperative
            advertising and floor-plan financing support for dealers, based on expected sales volumes. These
            estimates require judgment, and actual payments may differ. We also test goodwill of $281.5 million
            for impairment each year in our fourth fiscal quarter; no impairment was indicated in fiscal
            2024."""),
        ),
        (
            h("Item 8. Financial Statements and Supplementary Data"),
            Table(
                caption="NORLAND OUTDOOR PRODUCTS CORPORATION - CONSOLIDATED STATEMENTS OF EARNINGS",
                unit="(in millions, except per share data)",
                header=FY,
                rows=(
                    ("Net sales", "2,486.3", "2,612.8", "2,297.5"),
                    ("Cost of sales", "1,892.1", "2,034.6", "1,751.2"),
                    ("Gross profit", "594.2", "578.2", "546.3"),
                    ("Engineering, selling, general and administrative", "371.5", "365.9", "341.8"),
                    ("Restructuring and impairment", "18.4", "4.1", "-"),
                    ("Operating earnings", "204.3", "208.2", "204.5"),
                    ("Interest expense", "(38.6)", "(31.2)", "(22.4)"),
                    ("Other income (expense), net", "3.9", "(2.7)", "1.6"),
                    ("Earnings before income taxes", "169.6", "174.3", "183.7"),
                    ("Provision for income taxes", "36.5", "39.9", "41.6"),
                    ("Net earnings", "133.1", "134.4", "142.1"),
                    ("Basic net earnings per share", "3.11", "3.08", "3.22"),
                    ("Diluted net earnings per share", "3.08", "3.05", "3.19"),
                    ("Weighted-average shares outstanding - basic", "42.8", "43.6", "44.1"),
                    ("Weighted-average shares outstanding - diluted", "43.2", "44.0", "44.6"),
                ),
                note="""Fiscal years ended September 28, 2024, September 30, 2023 and October 1, 2022. See notes
                to consolidated financial statements."""),
            p("""Cost of sales includes depreciation of manufacturing facilities and equipment and amortization
            of product tooling. Shipping and handling costs billed to customers are included in net sales, and
            the related costs in cost of sales."""),
        ),
        (
            Table(
                caption="NORLAND OUTDOOR PRODUCTS CORPORATION - CONSOLIDATED BALANCE SHEETS",
                unit="(in millions, except per share data)",
                header=FYB,
                rows=(
                    ("ASSETS", "", ""),
                    ("Cash and cash equivalents", "142.7", "98.4"),
                    ("Receivables, less allowances of $6.1 and $5.4", "318.9", "356.2"),
                    ("Inventories", "561.4", "648.9"),
                    ("Prepaid expenses and other current assets", "47.3", "52.6"),
                    ("Total current assets", "1,070.3", "1,156.1"),
                    ("Property, plant and equipment, net", "612.8", "586.1"),
                    ("Goodwill", "281.5", "281.5"),
                    ("Other intangible assets, net", "96.2", "104.8"),
                    ("Operating lease right-of-use assets", "58.4", "61.7"),
                    ("Other assets", "39.6", "35.2"),
                    ("Total assets", "2,158.8", "2,225.4"),
                    ("LIABILITIES AND SHAREHOLDERS' EQUITY", "", ""),
                    ("Accounts payable", "241.6", "298.3"),
                    ("Accrued liabilities", "176.2", "168.9"),
                    ("Short-term borrowings", "-", "64.0"),
                    ("Current portion of long-term debt", "25.0", "25.0"),
                    ("Total current liabilities", "442.8", "556.2"),
                    ("Long-term debt", "548.3", "572.9"),
                    ("Operating lease liabilities", "49.7", "53.8"),
                    ("Deferred income taxes and other liabilities", "84.5", "79.6"),
                    ("Total liabilities", "1,125.3", "1,262.5"),
                    ("Common stock, $0.01 par value", "0.4", "0.4"),
                    ("Additional paid-in capital", "312.6", "305.1"),
                    ("Retained earnings", "761.7", "704.2"),
                    ("Accumulated other comprehensive loss", "(41.2)", "(46.8)"),
                    ("Total shareholders' equity", "1,033.5", "962.9"),
                    ("Total liabilities and shareholders' equity", "2,158.8", "2,225.4"),
                ),
                note="""Common stock: 150.0 shares authorized; 42.6 and 43.2 shares issued and outstanding at
                September 28, 2024 and September 30, 2023. Repurchased shares are retired, and the excess of cost
                over par value is charged to retained earnings."""),
        ),
        (
            Table(
                caption="NORLAND OUTDOOR PRODUCTS CORPORATION - CONSOLIDATED STATEMENTS OF CASH FLOWS",
                unit="(in millions)",
                header=FY,
                rows=(
                    ("Cash flows from operating activities:", "", "", ""),
                    ("Net earnings", "133.1", "134.4", "142.1"),
                    ("Depreciation", "68.7", "64.2", "59.8"),
                    ("Amortization of intangible assets", "8.6", "8.9", "9.1"),
                    ("Stock-based compensation", "9.8", "9.1", "8.4"),
                    ("Deferred income taxes", "(2.4)", "3.1", "1.7"),
                    ("Non-cash impairment of equipment", "6.2", "-", "-"),
                    ("Changes in receivables", "37.3", "(41.5)", "(28.6)"),
                    ("Changes in inventories", "87.5", "(72.4)", "(118.3)"),
                    ("Changes in accounts payable and accrued liabilities", "(49.4)", "21.8", "34.9"),
                    ("Other, net", "5.3", "(4.6)", "2.1"),
                    ("Net cash provided by operating activities", "304.7", "123.0", "111.2"),
                    ("Cash flows from investing activities:", "", "", ""),
                    ("Purchases of property, plant and equipment", "(101.6)", "(94.3)", "(86.9)"),
                    ("Proceeds from sales of property and equipment", "2.9", "1.2", "0.8"),
                    ("Acquisition of business, net of cash acquired", "-", "-", "(142.0)"),
                    ("Net cash used in investing activities", "(98.7)", "(93.1)", "(228.1)"),
                    ("Cash flows from financing activities:", "", "", ""),
                    ("Net (repayments) borrowings under revolver", "(64.0)", "64.0", "-"),
                    ("Proceeds from issuance of long-term debt", "-", "-", "150.0"),
                    ("Repayments of long-term debt", "(25.0)", "(25.0)", "(25.0)"),
                    ("Dividends paid", "(36.0)", "(33.6)", "(31.1)"),
                    ("Repurchases of common stock", "(39.6)", "(22.5)", "(30.0)"),
                    ("Proceeds from exercise of stock options", "2.1", "3.4", "2.6"),
                    ("Taxes paid on net share settlement of awards", "(4.4)", "(3.9)", "(3.1)"),
                    ("Net cash (used in) provided by financing activities", "(166.9)", "(17.6)", "63.4"),
                    ("Effect of exchange rate changes on cash", "5.2", "(3.1)", "(4.6)"),
                    ("Net increase (decrease) in cash and cash equivalents", "44.3", "9.2", "(58.1)"),
                    ("Cash and cash equivalents at beginning of year", "98.4", "89.2", "147.3"),
                    ("Cash and cash equivalents at end of year", "142.7", "98.4", "89.2"),
                ),
                note="""Supplemental: cash paid for interest was $37.9, $30.4 and $21.6, and cash paid for income
                taxes was $40.8, $36.2 and $43.9, in fiscal 2024, 2023 and 2022."""),
        ),
        (
            h("Notes to Consolidated Financial Statements (selected)"),
            h("Note 14. Segment information"),
            p("""The Company's chief operating decision maker evaluates segment performance based on operating
            earnings, which exclude unallocated corporate expenses, restructuring and impairment charges, interest
            and income taxes. Assets are not reported to the chief operating decision maker by segment. The
            Residential segment's net sales to its largest customer were $422.7 million in fiscal 2024."""),
            Table(
                caption="Depreciation and capital expenditures by segment",
                unit="(in millions)",
                header=FY,
                rows=(
                    ("Depreciation and amortization - Residential", "41.2", "39.5", "37.6"),
                    ("Depreciation and amortization - Professional", "31.9", "29.6", "27.5"),
                    ("Depreciation and amortization - Corporate", "4.2", "4.0", "3.8"),
                    ("Capital expenditures - Residential", "47.3", "51.8", "49.2"),
                    ("Capital expenditures - Professional", "49.1", "37.6", "33.4"),
                    ("Capital expenditures - Corporate", "5.2", "4.9", "4.3"),
                ),
                note="Segment figures are before intersegment eliminations, which were not significant."),
            h("Note 15. Shareholders' equity"),
            p("""The Board of Directors declared quarterly cash dividends of $0.21 per share in fiscal 2024, or
            $0.84 per share for the year, compared with $0.77 per share in fiscal 2023 and $0.70 per share in
            fiscal 2022. On November 12, 2024 the Board raised the quarterly dividend to $0.23 per share. At
            September 28, 2024, $160.4 million remained available under the share repurchase authorization
            approved in 2022."""),
            h("Note 16. Income taxes"),
            p("""Earnings before income taxes included $38.2 million, $35.5 million and $31.0 million from foreign
            operations in fiscal 2024, 2023 and 2022. The effective tax rate differed from the U.S. federal
            statutory rate of 21% mainly because of state income taxes, partially offset by research and
            development tax credits."""),
        ),
    ),
)

YB = ("", "2024", "2023", "2022")
YBB = ("", "Dec. 31, 2024", "Dec. 31, 2023")

TIDEWATER = Report(
    stem="tidewater_2024_10k",
    title="Tidewater Merchants Bancorp, Inc. - Annual Report on Form 10-K for the Fiscal Year Ended "
          "December 31, 2024",
    running_title="Tidewater Merchants Bancorp, Inc. - 2024 Form 10-K",
    date="26 February 2025",
    iso_date="2025-02-26",
    keywords=("Tidewater Merchants Bancorp", "TMBK", "10-K", "bank holding company", "2024"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            December 31, 2024. Commission file number 000-24108."""),
            p("""TIDEWATER MERCHANTS BANCORP, INC. (Exact name of registrant as specified in its charter). State
            of incorporation: Maryland. I.R.S. Employer Identification No. 52-1766903. Principal executive
            offices: 100 Compromise Street, Annapolis, Maryland 21401. Securities registered pursuant to Section
            12(b) of the Act: Common Stock, $1.00 par value; trading symbol TMBK; The Nasdaq Global Select
            Market. As of February 14, 2025, there were 38,402,115 shares of common stock outstanding."""),
            h("PART I - Item 1. Business"),
            p("""Tidewater Merchants Bancorp, Inc. ("Tidewater" or "the Corporation") is a bank holding company
            and financial holding company registered under the Bank Holding Company Act of 1956. Its principal
            subsidiary, Tidewater Merchants Bank (the "Bank"), is a Maryland state-chartered commercial bank and
            a member of the Federal Reserve System, founded in 1889. At December 31, 2024, the Corporation had
            total assets of $13.5 billion, total deposits of $10.7 billion and 78 banking offices in Maryland,
            Virginia and Delaware."""),
            p("""The Corporation has two reportable segments. Community Banking provides commercial, small
            business and consumer banking services, including commercial real estate, commercial and industrial,
            residential mortgage and consumer lending, deposit and cash management services. Wealth Management,
            conducted through Tidewater Trust Company and Chesapeake Capital Advisors, LLC, provides trust,
            investment management, brokerage and financial planning services to individuals, families,
            foundations and institutions; it had approximately $9.8 billion of assets under management and
            administration at year-end 2024, compared with $8.9 billion a year earlier."""),
        ),
        (
            h("Lending"),
            p("""Loans, net of unearned income, were $9.49 billion at December 31, 2024. Commercial real estate
            loans, including owner-occupied properties, made up 41% of the portfolio, commercial and industrial
            loans 22%, residential mortgage loans 24%, consumer loans (mainly home equity lines and indirect auto
            loans) 8% and construction loans 5%. Non-owner-occupied office loans were $486 million, or about 5%
            of total loans, most of them on suburban properties. Our lending is concentrated in the Baltimore,
            Washington and Richmond metropolitan areas and on the Delmarva Peninsula."""),
            h("Deposits and customers"),
            p("""The Bank's deposits are gathered mainly from individuals, businesses, municipalities and nonprofit
            organizations in its market area. No single depositor or group of related depositors accounted for
            more than 2% of total deposits, and the Corporation does not depend on any one customer or a few
            customers for a material part of its business. Estimated uninsured deposits, excluding
            collateralized public funds, were approximately 27% of total deposits at year-end 2024."""),
            h("Competition"),
            p("""The banking business in our markets is highly competitive. We compete for loans and deposits with
            large national and super-regional banks, other community banks, credit unions, online banks and
            non-bank lenders, and in wealth management with brokerage firms, independent advisers and trust
            companies. We compete on service, convenience, the breadth of our products and pricing."""),
            h("Supervision and regulation"),
            p("""The Corporation is supervised by the Board of Governors of the Federal Reserve System, and the
            Bank by the Federal Reserve Bank of Richmond and the Maryland Office of Financial Regulation. Deposits
            are insured by the FDIC up to applicable limits. At December 31, 2024, the Bank met all capital
            requirements to which it was subject and was categorized as well capitalized under the prompt
            corrective action framework."""),
            h("Human capital"),
            p("""At December 31, 2024, the Corporation had 1,842 full-time equivalent employees."""),
            h("Item 1A. Risk Factors"),
            p("""Changes in interest rates could reduce our net interest income. Our earnings depend largely on the
            difference between the interest we earn on loans and securities and the interest we pay on deposits
            and borrowings. When deposit costs rise faster than asset yields, as they did in 2023 and 2024, our
            net interest margin declines."""),
        ),
        (
            p("""Our loan portfolio is concentrated in commercial real estate. Commercial real estate loans
            represented 41% of total loans at December 31, 2024. Weakness in property values, particularly for
            office buildings affected by remote work, could increase our credit losses."""),
            p("""We may lose deposits to competitors or to higher-yielding alternatives. Customers moved balances
            from noninterest-bearing accounts to time deposits and money market funds as rates rose. Further
            outflows would require us to replace deposits with more costly wholesale funding."""),
            p("""Unrealized losses in our securities portfolio could reduce our capital and liquidity if we had
            to sell securities. Accumulated other comprehensive loss, mainly from available-for-sale securities,
            was $148.6 million at December 31, 2024."""),
            p("""Our geographic concentration exposes us to the economy of the Mid-Atlantic region, including the
            level of federal government employment and contracting in the Washington area."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            h("Overview"),
            p("""Net income was $171.4 million, or $4.41 per diluted share, in 2024, compared with $153.4 million,
            or $3.89 per diluted share, in 2023. Results for 2023 included an $18.6 million pre-tax loss on the
            sale of $405.8 million of available-for-sale securities, which we sold to reinvest in higher-yielding
            assets and to reduce borrowings. Return on average assets was 1.29% in 2024 and return on average
            equity was 9.2%."""),
            h("Net interest income"),
            p("""Net interest income increased $13.8 million, or 3.2%, to $439.4 million in 2024. The tax-equivalent
            net interest margin was 3.52%, compared with 3.61% in 2023, on average earning assets of $12.48
            billion (2023: $11.79 billion). The margin narrowed because the cost of interest-bearing deposits
            rose to 2.91% from 2.18%, as customers continued to move balances out of noninterest-bearing and
            savings accounts into certificates of deposit and money market accounts, and because noninterest-
            bearing deposits fell to 24% of total deposits from 27%. Higher yields on new and repricing loans,
            which rose to 6.42% from 5.98%, and the reinvestment of securities cash flows partly offset the
            higher funding costs."""),
        ),
        (
            h("Provision and asset quality"),
            p("""The provision for credit losses was $31.2 million in 2024, compared with $24.5 million in 2023,
            reflecting loan growth, net charge-offs of $22.0 million (0.24% of average loans) and higher reserves
            for non-owner-occupied office loans. The allowance for credit losses was $118.6 million, or 1.25% of
            loans, at December 31, 2024, compared with $109.4 million, or 1.21%, a year earlier. Nonperforming
            assets were $61.3 million, or 0.45% of total assets."""),
            h("Noninterest income and expense"),
            p("""Noninterest income was $136.2 million, up from $108.9 million in 2023. Excluding the 2023
            securities loss, noninterest income rose 6.8%, led by wealth management fees, which grew 8.5% to
            $44.7 million on higher market values and new client assets, and by mortgage banking income, which
            increased $1.8 million as refinance and purchase activity picked up late in the year."""),
            p("""Noninterest expense was $328.2 million, an increase of 3.2%. Salaries and employee benefits rose
            $8.3 million because of merit increases and higher medical costs, and data processing and software
            costs rose $2.6 million with the conversion of our digital banking platform. FDIC insurance
            assessments fell $2.6 million because 2023 included a special assessment of $3.1 million. The
            effective tax rate was 20.7% in 2024 and 20.1% in 2023."""),
            h("Financial condition, liquidity and capital"),
            p("""Total loans grew $473.5 million, or 5.3%, in 2024, mainly in commercial and industrial and owner-
            occupied commercial real estate loans. Total deposits increased $336.6 million to $10.74 billion, and
            we reduced short-term Federal Home Loan Bank borrowings by $68.1 million. The ratio of loans to
            deposits was 88% at year-end. In addition to $560.9 million of cash and cash equivalents, we had
            unused borrowing capacity of approximately $3.9 billion at the Federal Home Loan Bank of Atlanta
            and the Federal Reserve discount window at December 31, 2024."""),
            p("""Shareholders' equity increased to $1.92 billion from $1.81 billion, as earnings and a smaller
            unrealized loss on securities more than offset dividends of $69.5 million and share repurchases of
            $22.3 million. The Bank's regulatory capital ratios exceeded the levels required to be considered
            well capitalized."""),
        ),
        (
            h("Item 8. Financial Statements and Supplementary Data"),
            Table(
                caption="TIDEWATER MERCHANTS BANCORP, INC. - CONSOLIDATED STATEMENTS OF INCOME",
                unit="(dollars in millions, except per share data)",
                header=YB,
                rows=(
                    ("Interest income:", "", "", ""),
                    ("Loans, including fees", "598.4", "521.7", "389.2"),
                    ("Investment securities", "92.6", "88.3", "71.5"),
                    ("Interest-bearing deposits in other banks", "21.8", "18.4", "5.9"),
                    ("Total interest income", "712.8", "628.4", "466.6"),
                    ("Interest expense:", "", "", ""),
                    ("Deposits", "231.5", "158.2", "32.7"),
                    ("Short-term and long-term borrowings", "41.9", "44.6", "9.8"),
                    ("Total interest expense", "273.4", "202.8", "42.5"),
                    ("Net interest income", "439.4", "425.6", "424.1"),
                    ("Provision for credit losses", "31.2", "24.5", "12.8"),
                    ("Net interest income after provision", "408.2", "401.1", "411.3"),
                    ("Noninterest income:", "", "", ""),
                    ("Service charges on deposit accounts", "38.4", "36.9", "37.5"),
                    ("Wealth management fees", "44.7", "41.2", "40.8"),
                    ("Card and interchange fees", "27.3", "26.1", "25.4"),
                    ("Mortgage banking income", "11.6", "9.8", "14.9"),
                    ("Net (losses) gains on sales of securities", "-", "(18.6)", "0.3"),
                    ("Other income", "14.2", "13.5", "12.7"),
                    ("Total noninterest income", "136.2", "108.9", "131.6"),
                    ("Noninterest expense:", "", "", ""),
                    ("Salaries and employee benefits", "189.6", "181.3", "172.4"),
                    ("Occupancy and equipment", "41.8", "40.2", "38.9"),
                    ("Data processing and software", "33.5", "30.9", "28.1"),
                    ("FDIC insurance assessments", "11.2", "13.8", "7.6"),
                    ("Professional fees", "9.7", "10.4", "8.8"),
                    ("Amortization of intangible assets", "4.1", "4.6", "5.2"),
                    ("Other expense", "38.3", "36.7", "34.0"),
                    ("Total noninterest expense", "328.2", "317.9", "295.0"),
                    ("Income before income taxes", "216.2", "192.1", "247.9"),
                    ("Income tax expense", "44.8", "38.7", "52.1"),
                    ("Net income", "171.4", "153.4", "195.8"),
                    ("Earnings per common share - basic", "4.44", "3.92", "4.96"),
                    ("Earnings per common share - diluted", "4.41", "3.89", "4.92"),
                    ("Average common shares - diluted (millions)", "38.9", "39.4", "39.8"),
                ),
                note="Years ended December 31."),
        ),
        (
            Table(
                caption="TIDEWATER MERCHANTS BANCORP, INC. - CONSOLIDATED BALANCE SHEETS",
                unit="(dollars in millions, except per share data)",
                header=YBB,
                rows=(
                    ("Assets", "", ""),
                    ("Cash and due from banks", "148.3", "162.9"),
                    ("Interest-bearing deposits in other banks", "412.6", "358.1"),
                    ("Total cash and cash equivalents", "560.9", "521.0"),
                    ("Securities available for sale, at fair value", "1,842.5", "1,915.8"),
                    ("Securities held to maturity", "652.4", "681.3"),
                    ("Loans held for sale", "18.7", "12.4"),
                    ("Loans, net of unearned income", "9,486.2", "9,012.7"),
                    ("Less: allowance for credit losses", "(118.6)", "(109.4)"),
                    ("Net loans", "9,367.6", "8,903.3"),
                    ("Premises and equipment, net", "128.4", "131.9"),
                    ("Goodwill", "412.8", "412.8"),
                    ("Core deposit and other intangibles, net", "18.9", "23.0"),
                    ("Bank-owned life insurance", "236.1", "229.8"),
                    ("Accrued interest receivable and other assets", "241.7", "258.6"),
                    ("Total assets", "13,480.0", "13,089.9"),
                    ("Liabilities", "", ""),
                    ("Noninterest-bearing deposits", "2,611.4", "2,798.5"),
                    ("Interest-bearing deposits", "8,127.9", "7,604.2"),
                    ("Total deposits", "10,739.3", "10,402.7"),
                    ("Short-term borrowings", "385.0", "453.1"),
                    ("Long-term debt", "247.3", "246.9"),
                    ("Accrued interest payable and other liabilities", "186.4", "172.8"),
                    ("Total liabilities", "11,558.0", "11,275.5"),
                    ("Shareholders' equity", "", ""),
                    ("Common stock, $1.00 par value", "41.2", "41.2"),
                    ("Additional paid-in capital", "612.4", "607.9"),
                    ("Retained earnings", "1,535.5", "1,433.6"),
                    ("Treasury stock, at cost", "(118.5)", "(96.2)"),
                    ("Accumulated other comprehensive loss", "(148.6)", "(172.1)"),
                    ("Total shareholders' equity", "1,922.0", "1,814.4"),
                    ("Total liabilities and shareholders' equity", "13,480.0", "13,089.9"),
                ),
                note="""Securities held to maturity had a fair value of $598.2 and $611.9 at December 31, 2024 and
                2023. Common shares issued: 41.2 million; shares held in treasury: 2.8 million and 2.3 million."""),
        ),
        (
            Table(
                caption="TIDEWATER MERCHANTS BANCORP, INC. - CONSOLIDATED STATEMENTS OF CASH FLOWS",
                unit="(dollars in millions)",
                header=YB,
                rows=(
                    ("Operating activities", "", "", ""),
                    ("Net income", "171.4", "153.4", "195.8"),
                    ("Provision for credit losses", "31.2", "24.5", "12.8"),
                    ("Depreciation of premises and equipment", "14.6", "14.1", "13.7"),
                    ("Amortization of intangible assets", "4.1", "4.6", "5.2"),
                    ("Net amortization of securities premiums", "3.8", "4.9", "7.2"),
                    ("Net losses (gains) on sales of securities", "-", "18.6", "(0.3)"),
                    ("Stock-based compensation", "6.3", "5.8", "5.1"),
                    ("Originations of loans held for sale", "(334.9)", "(281.6)", "(401.3)"),
                    ("Proceeds from sales of loans held for sale", "340.2", "287.9", "418.6"),
                    ("Gains on sales of loans held for sale", "(11.6)", "(9.8)", "(14.9)"),
                    ("Increase in cash value of life insurance", "(6.3)", "(6.0)", "(5.7)"),
                    ("Net change in other assets and liabilities", "17.7", "(12.4)", "9.4"),
                    ("Net cash provided by operating activities", "236.5", "204.0", "245.6"),
                    ("Investing activities", "", "", ""),
                    ("Purchases of securities available for sale", "(212.4)", "(148.7)", "(486.2)"),
                    ("Maturities and paydowns of AFS securities", "318.6", "226.4", "301.7"),
                    ("Proceeds from sales of AFS securities", "-", "387.2", "12.4"),
                    ("Purchases of securities held to maturity", "-", "-", "(120.5)"),
                    ("Maturities and paydowns of HTM securities", "28.9", "31.6", "22.8"),
                    ("Net increase in loans", "(495.5)", "(612.8)", "(788.4)"),
                    ("Purchases of premises and equipment", "(11.1)", "(15.3)", "(12.6)"),
                    ("Net cash used in investing activities", "(371.5)", "(131.6)", "(1,070.8)"),
                    ("Financing activities", "", "", ""),
                    ("Net increase (decrease) in deposits", "336.6", "(214.5)", "(126.9)"),
                    ("Net (decrease) increase in short-term borrowings", "(68.1)", "263.1", "190.0"),
                    ("Proceeds from issuance of subordinated notes", "-", "-", "148.5"),
                    ("Cash dividends paid on common stock", "(69.5)", "(67.3)", "(63.2)"),
                    ("Purchases of treasury stock", "(22.3)", "(30.4)", "(25.8)"),
                    ("Shares withheld for taxes on equity awards", "(1.8)", "(1.6)", "(1.4)"),
                    ("Net cash provided by (used in) financing activities", "174.9", "(50.7)", "121.2"),
                    ("Net increase (decrease) in cash and cash equivalents", "39.9", "21.7", "(704.0)"),
                    ("Cash and cash equivalents at beginning of year", "521.0", "499.3", "1,203.3"),
                    ("Cash and cash equivalents at end of year", "560.9", "521.0", "499.3"),
                ),
                note="""Supplemental: interest paid $265.1, $188.4 and $40.2; income taxes paid $41.3, $44.0 and
                $50.6 for 2024, 2023 and 2022."""),
        ),
        (
            h("Notes to Consolidated Financial Statements (selected)"),
            h("Note 18. Segment reporting"),
            p("""Segment results are determined on the basis of the Corporation's internal management reporting.
            Net interest income is allocated to Wealth Management for the deposits of its clients using funds
            transfer pricing, and corporate overhead is allocated to both segments."""),
            Table(
                caption="Net income by segment",
                unit="(dollars in millions)",
                header=YB,
                rows=(
                    ("Community Banking", "152.8", "137.9", "179.2"),
                    ("Wealth Management", "18.6", "15.5", "16.6"),
                    ("Total", "171.4", "153.4", "195.8"),
                ),
                note="""Wealth Management revenue (noninterest income plus allocated net interest income) was $61.2
                million in 2024 and $56.9 million in 2023."""),
            h("Note 19. Shareholders' equity and dividends"),
            p("""The Corporation declared cash dividends of $0.45 per common share in each quarter of 2024, or $1.80
            per share for the year, compared with $1.72 per share in 2023 and $1.60 per share in 2022. The ability
            of the Corporation to pay dividends depends largely on dividends from the Bank, which are subject to
            regulatory limits. During 2024 the Corporation repurchased 0.5 million shares of its common stock
            for $22.3 million under its share repurchase program."""),
            h("Note 20. Income taxes"),
            p("""The effective tax rate is below the federal statutory rate of 21% mainly because of tax-exempt
            income on municipal securities and bank-owned life insurance and low-income housing tax credits,
            partly offset by state income taxes."""),
        ),
    ),
)

REPORTS = (NORLAND, TIDEWATER)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
