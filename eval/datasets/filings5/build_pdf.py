"""Build the two PDF filings of the filings5 held-out set (eval/datasets/filings5/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. Both
companies and all their figures are fictional.

    .venv/bin/python eval/datasets/filings5/build_pdf.py      # writes docs/larkspur_grill_10k_2025.pdf, ...
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

LARKSPUR_10K = Report(
    stem="larkspur_grill_10k_2025",
    title="Larkspur Grill Brands, Inc. - Form 10-K for the fiscal year ended December 28, 2025 (excerpts)",
    running_title="Larkspur Grill Brands, Inc. | Form 10-K | Fiscal 2025",
    date="24 February 2026",
    iso_date="2026-02-24",
    keywords=("Larkspur Grill", "10-K", "restaurant franchisor", "system-wide sales", "refranchising"),
    pages=(
        (
            h("PART I - Item 1. Business"),
            p("""Larkspur Grill Brands, Inc. ("Larkspur," the "Company," "we" or "us") develops, operates and
            franchises fast-casual grill restaurants under the Larkspur Grill name in 41 states. Our fiscal year
            ends on the last Sunday of December. Fiscal 2025 and fiscal 2024 each consisted of 52 weeks and ended
            on December 28, 2025 and December 29, 2024, respectively; fiscal 2023 consisted of 53 weeks and ended
            on December 31, 2023. The extra week in fiscal 2023 added approximately $13.1 million to company
            restaurant sales and $3.4 million to franchise royalties and fees."""),
            p("""As of December 28, 2025, the Larkspur system comprised 1,798 restaurants, of which 312 were
            company-operated and 1,486 were operated by 214 franchisees. Approximately 82.6% of our restaurants
            were franchised at year end, compared with 79.8% at the end of fiscal 2024. Our strategy is to reach
            a system that is at least 85% franchised by the end of fiscal 2027, principally by selling company
            restaurants to existing franchisees ("refranchising") and by franchise development in new markets."""),
            p("""System-wide sales, which include sales at both company-operated and franchised restaurants, were
            $4,186.3 million in fiscal 2025, an increase of 5.9% from $3,954.0 million in fiscal 2024. Franchised
            restaurant sales are not recorded as revenue by the Company; however, our franchise royalties are
            based on them, and management believes system-wide sales are useful in assessing consumer demand for
            the brand. System-wide sales is not a measure defined under GAAP."""),
            p("""Franchisees generally pay an initial franchise fee of $40,000 per restaurant, a royalty of 5.0% of
            restaurant net sales and an advertising contribution of 3.5% of net sales to the Larkspur Advertising
            Fund, which we consolidate. Franchise agreements generally have a term of 15 years. Our largest
            franchisee operated 131 restaurants at year end, or 8.8% of franchised restaurants."""),
            p("""Competition. The restaurant industry is intensely competitive with respect to price, service,
            location and food quality. We compete with national and regional fast-casual and quick-service
            chains as well as locally owned restaurants, and increasingly with grocery prepared-food offerings
            and third-party delivery platforms."""),
            p("""Employees. As of December 28, 2025 we employed approximately 10,900 people, of whom approximately
            10,300 worked in company-operated restaurants and approximately 600 in our restaurant support center
            in Charlotte, North Carolina, and regional field offices. None of our employees is covered by a
            collective bargaining agreement."""),
        ),
        (
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p("""Overview of fiscal 2025. Total revenues decreased 5.2% to $933.2 million in fiscal 2025 from
            $984.4 million in fiscal 2024, as the 38 restaurants refranchised during the year, and the 14
            refranchised in fiscal 2024, moved their sales out of company restaurant sales and into the franchised
            system. Operating income increased 13.9% to $191.6 million, and diluted earnings per share were $2.76
            compared with $2.21. System-wide same-restaurant sales grew 2.9%, comprising growth of 3.1% at
            franchised restaurants and 2.3% at company-operated restaurants."""),
            p("""Company restaurant sales decreased $76.8 million, or 11.1%, to $612.5 million. The decrease was
            due to refranchising, which reduced sales by approximately $71.9 million, and to net closures of six
            company-operated restaurants, partially offset by the 2.3% increase in same-restaurant sales, which
            reflected menu price increases of approximately 3.4% partially offset by a 1.1% decline in
            transactions."""),
            p("""Franchise royalties and fees increased $17.5 million, or 9.7%, to $198.7 million, driven by growth
            in franchised restaurant sales from refranchised restaurants, 118 franchise openings and franchised
            same-restaurant sales growth, partially offset by 72 franchise closures. Franchise advertising
            contributions and the related expenses, which offset each other, were $122.0 million."""),
            p("""Restaurant-level margin. We define restaurant-level profit as company restaurant sales less food
            and paper, labor and related, and occupancy and other operating costs, and restaurant-level margin as
            restaurant-level profit divided by company restaurant sales. Restaurant-level margin was 15.3% in
            fiscal 2025 compared with 14.8% in fiscal 2024. Food and paper costs fell to 30.0% of company
            restaurant sales from 30.5% as commodity costs for chicken and cooking oil eased, while labor and
            related costs were 32.1% of sales compared with 32.3%, despite wage rate inflation of approximately
            4%, as refranchised restaurants in higher-wage markets left the company portfolio."""),
            p("""Refranchising. In the third quarter of fiscal 2025 we sold 38 company-operated restaurants in the
            Houston and San Antonio, Texas markets to two existing franchisees for total cash proceeds of $61.2
            million and recognized a pre-tax gain of $18.4 million. In fiscal 2024 we sold 14 restaurants in the
            Tampa, Florida market for $19.8 million and recognized a gain of $6.9 million. The buyers signed new
            15-year franchise agreements and committed to remodel the acquired restaurants by fiscal 2028."""),
            p("""General and administrative expenses increased $3.3 million, or 4.1%, to $84.2 million, primarily
            due to higher incentive compensation and $2.1 million of costs for the implementation of a new
            franchisee point-of-sale platform. Interest expense, net decreased to $42.3 million from $44.1
            million as higher interest income on cash balances more than offset interest on the Series 2024-1
            notes. The effective tax rate was 23.8% compared with 24.1%."""),
        ),
        (
            h("Item 8. Financial Statements - Statements of Income"),
            Table(
                caption="Larkspur Grill Brands, Inc. Statements of Income",
                unit="(in thousands, except per share data) - fiscal years ended Dec. 28, 2025, Dec. 29, 2024 and Dec. 31, 2023",
                header=("", "Fiscal 2025", "Fiscal 2024", "Fiscal 2023"),
                rows=(
                    ("Company restaurant sales", "612,480", "689,315", "701,922"),
                    ("Franchise royalties and fees", "198,736", "181,204", "170,583"),
                    ("Franchise advertising contributions", "121,950", "113,877", "108,412"),
                    ("Total revenues", "933,166", "984,396", "980,917"),
                    ("Food and paper", "183,744", "210,241", "218,298"),
                    ("Labor and related", "196,606", "222,649", "224,615"),
                    ("Occupancy and other operating", "138,420", "154,406", "156,529"),
                    ("Franchise advertising expenses", "121,950", "113,877", "108,412"),
                    ("General and administrative", "84,215", "80,930", "78,104"),
                    ("Depreciation and amortization", "27,540", "30,811", "31,402"),
                    ("Amortization of franchise rights", "4,322", "4,606", "4,706"),
                    ("Impairment and closure costs", "3,218", "5,604", "2,117"),
                    ("Gain on refranchising, net", "(18,442)", "(6,935)", "(1,204)"),
                    ("Total costs and expenses", "741,573", "816,189", "822,979"),
                    ("Operating income", "191,593", "168,207", "157,938"),
                    ("Interest expense, net", "42,317", "44,096", "41,880"),
                    ("Income before income taxes", "149,276", "124,111", "116,058"),
                    ("Provision for income taxes", "35,528", "29,911", "28,550"),
                    ("Net income", "113,748", "94,200", "87,508"),
                    ("Earnings per share - basic", "2.79", "2.24", "2.04"),
                    ("Earnings per share - diluted", "2.76", "2.21", "2.02"),
                    ("Weighted average diluted shares", "41,220", "42,615", "43,408"),
                ),
                note="""Company restaurant expenses are food and paper, labor and related, and occupancy and other
                operating costs. Amortization of franchise rights relates to franchise rights reacquired from
                franchisees in prior years and is presented separately from depreciation and amortization of
                property and equipment. Fiscal 2023 included 53 weeks.""",
            ),
        ),
        (
            h("Statements of Cash Flows (selected lines)"),
            Table(
                caption="Larkspur Grill Brands, Inc. Statements of Cash Flows",
                unit="(in thousands)",
                header=("", "Fiscal 2025", "Fiscal 2024", "Fiscal 2023"),
                rows=(
                    ("Net income", "113,748", "94,200", "87,508"),
                    ("Depreciation and amortization", "31,862", "35,417", "36,108"),
                    ("Gain on refranchising, net", "(18,442)", "(6,935)", "(1,204)"),
                    ("Net cash from operating activities", "118,406", "126,955", "121,340"),
                    ("Purchases of property and equipment", "(38,915)", "(44,208)", "(52,611)"),
                    ("Proceeds from refranchising", "61,200", "19,800", "3,150"),
                    ("Net cash from investing activities", "21,874", "(25,117)", "(49,902)"),
                    ("Repurchases of common stock", "(52,030)", "(61,488)", "(20,115)"),
                    ("Dividends paid", "(33,804)", "(31,950)", "(30,381)"),
                    ("Cash and cash equivalents, end of year", "187,615", "131,902", "118,644"),
                ),
                note="""Depreciation and amortization in the statements of cash flows includes amortization of
                franchise rights.""",
            ),
            h("Liquidity and Capital Resources"),
            p("""Our principal sources of liquidity are cash from operations, cash on hand and the $100.0 million
            Series 2021-1 Variable Funding Notes, none of which was drawn at year end. Long-term debt consists of
            securitized fixed-rate notes issued by a subsidiary: $575.0 million of Series 2021-1 Class A-2 notes
            bearing interest at 3.98% and $350.0 million of Series 2024-1 Class A-2 notes bearing interest at
            6.12%, for total principal of $925.0 million at December 28, 2025. The Series 2021-1 notes have an
            anticipated repayment date in July 2028."""),
            p("""During fiscal 2025 we repurchased 1,104,000 shares of common stock for $52.0 million under the
            $200 million program authorized by the Board in February 2024, leaving $86.5 million available. We
            paid quarterly dividends of $0.205 per share ($0.82 per share for the year). In February 2026 the
            Board raised the quarterly dividend to $0.225 per share. Capital expenditures were $38.9 million,
            mainly for remodels of 41 company restaurants, new restaurant construction and technology; we expect
            capital expenditures of $35 million to $40 million in fiscal 2026."""),
        ),
        (
            h("Notes to Financial Statements - Note 4. Restaurant Counts"),
            Table(
                caption="Restaurant activity, fiscal 2025",
                unit="(number of restaurants)",
                header=("", "Company", "Franchised", "Total"),
                rows=(
                    ("Beginning of year", "356", "1,402", "1,758"),
                    ("Openings", "6", "118", "124"),
                    ("Closures", "(12)", "(72)", "(84)"),
                    ("Refranchised", "(38)", "38", "-"),
                    ("End of year", "312", "1,486", "1,798"),
                ),
            ),
            h("Note 5. Revenue Recognition"),
            p("""Royalties, which are based on a percentage of franchisee sales, are recognized as the underlying
            sales occur. Initial franchise fees are recognized on a straight-line basis over the term of the
            franchise agreement beginning when the restaurant opens; deferred franchise fees were $36.8 million
            at December 28, 2025, of which $3.9 million is classified as current. Franchise royalties and fees
            consisted of royalties of $180.4 million, initial and renewal fees of $4.6 million and rental income
            from restaurants subleased to franchisees of $13.7 million in fiscal 2025."""),
            h("Note 9. Segment Information"),
            p("""The Company has two reportable segments: Company Restaurants and Franchise Operations. The chief
            operating decision maker evaluates Company Restaurants on restaurant-level profit, which was $93.7
            million in fiscal 2025 and $102.0 million in fiscal 2024, and Franchise Operations on franchise
            royalties and fees less franchise support costs included in general and administrative expenses,
            which was $171.2 million in fiscal 2025 and $155.6 million in fiscal 2024. Substantially all revenues
            are earned and long-lived assets located in the United States."""),
            h("Note 12. Subsequent Event"),
            p("""On February 9, 2026 the Company entered into an agreement to sell 22 company-operated restaurants
            in the Atlanta, Georgia market to an existing franchisee for approximately $33 million. The transaction
            is expected to close in the second quarter of fiscal 2026, subject to customary closing conditions."""),
        ),
    ),
)

KESTREL_10Q = Report(
    stem="kestrel_wafer_10q_q2fy2026",
    title="Kestrel Wafer Technologies, Inc. - Form 10-Q for the quarterly period ended March 29, 2026 (excerpts)",
    running_title="Kestrel Wafer Technologies, Inc. | Form 10-Q | Q2 fiscal 2026",
    date="6 May 2026",
    iso_date="2026-05-06",
    keywords=("Kestrel Wafer", "10-Q", "semiconductor equipment", "backlog", "deposition", "etch"),
    pages=(
        (
            h("PART I - Item 1. Financial Statements"),
            p("""Kestrel Wafer Technologies, Inc. ("Kestrel" or the "Company") designs and manufactures
            deposition, etch and metrology systems used in the fabrication of semiconductor devices, and provides
            spare parts, upgrades and services for its installed base. The Company's fiscal year ends on the last
            Sunday of September. The second quarter of fiscal 2026 ended on March 29, 2026 and the second quarter
            of fiscal 2025 ended on March 30, 2025; fiscal 2025 ended on September 28, 2025."""),
            Table(
                caption="Condensed Consolidated Statements of Operations (Unaudited)",
                unit="(in thousands, except per share data; Q2 = three months ended, 6M = six months ended)",
                header=("", "Q2 FY26", "Q2 FY25", "6M FY26", "6M FY25"),
                rows=(
                    ("Products", "338,420", "291,060", "652,915", "571,238"),
                    ("Services", "96,184", "84,571", "187,306", "166,902"),
                    ("Total net revenue", "434,604", "375,631", "840,221", "738,140"),
                    ("Cost of revenue", "231,318", "206,402", "449,671", "403,951"),
                    ("Gross profit", "203,286", "169,229", "390,550", "334,189"),
                    ("Research and development", "68,912", "61,347", "134,205", "118,660"),
                    ("Selling, general and admin.", "47,105", "43,818", "92,440", "86,127"),
                    ("Amortization of intangibles", "4,210", "4,210", "8,420", "8,420"),
                    ("Restructuring charges", "-", "3,906", "1,120", "3,906"),
                    ("Operating income", "83,059", "55,948", "154,365", "117,076"),
                    ("Other income, net", "6,418", "5,102", "12,611", "10,337"),
                    ("Income before income taxes", "89,477", "61,050", "166,976", "127,413"),
                    ("Provision for income taxes", "13,601", "9,280", "25,380", "19,367"),
                    ("Net income", "75,876", "51,770", "141,596", "108,046"),
                    ("Diluted net income per share", "1.30", "0.87", "2.42", "1.82"),
                    ("Diluted shares", "58,214", "59,380", "58,402", "59,517"),
                ),
                note="""Q2 FY26: three months ended March 29, 2026; Q2 FY25: three months ended March 30, 2025;
                6M: six months ended on the same dates. See accompanying notes.""",
            ),
        ),
        (
            h("Note 3. Revenue"),
            p("""Revenue by geographic region is based on the location to which the Company ships its systems and
            provides its services. The Company's largest customer accounted for 18% of total net revenue in the
            three months ended March 29, 2026, and its two largest customers together for 31%."""),
            Table(
                caption="Net revenue by region",
                unit="(in thousands)",
                header=("", "Q2 FY26", "Q2 FY25", "6M FY26", "6M FY25"),
                rows=(
                    ("China", "139,073", "146,496", "281,474", "290,133"),
                    ("Taiwan", "97,786", "71,370", "183,905", "141,606"),
                    ("Korea", "71,710", "56,345", "139,210", "112,244"),
                    ("Japan", "43,460", "37,563", "84,502", "73,104"),
                    ("United States", "52,153", "41,319", "98,617", "78,950"),
                    ("Europe and other", "30,422", "22,538", "52,513", "42,103"),
                    ("Total", "434,604", "375,631", "840,221", "738,140"),
                ),
            ),
            Table(
                caption="Net revenue by product line",
                unit="(in thousands)",
                header=("", "Q2 FY26", "Q2 FY25", "6M FY26", "6M FY25"),
                rows=(
                    ("Deposition systems", "201,530", "168,420", "388,716", "330,915"),
                    ("Etch systems", "112,650", "98,310", "216,983", "192,604"),
                    ("Metrology and inspection", "24,240", "24,330", "47,216", "47,719"),
                    ("Customer support (services)", "96,184", "84,571", "187,306", "166,902"),
                    ("Total", "434,604", "375,631", "840,221", "738,140"),
                ),
            ),
            p("""Remaining performance obligations. As of March 29, 2026, the aggregate transaction price allocated
            to remaining performance obligations was $1,394.2 million, of which the Company expects to recognize
            approximately 78% as revenue within the next 12 months. Remaining performance obligations include
            service contracts and deferred revenue on shipped systems and are therefore larger than backlog as
            described in Item 2."""),
        ),
        (
            h("Item 2. Management's Discussion and Analysis"),
            p("""Overview. Net revenue for the second quarter of fiscal 2026 was $434.6 million, up 15.7% from
            $375.6 million in the second quarter of fiscal 2025 and up 7.2% sequentially from $405.6 million in the
            first quarter. For the first six months of fiscal 2026 revenue was $840.2 million, an increase of
            13.8%. Growth came mainly from deposition systems, where revenue rose 19.7% year over year, as foundry
            and logic customers in Taiwan and Korea added capacity for gate-all-around transistors and memory
            customers invested in high-bandwidth memory (HBM). Services revenue grew 13.7% on a larger installed
            base and higher upgrade activity."""),
            p("""Revenue from customers in China declined 5.1% to $139.1 million and represented 32% of total net
            revenue, compared with 39% in the second quarter of fiscal 2025. The decline reflected the
            normalization of purchases by domestic Chinese chipmakers after two years of elevated spending and
            the export license requirements that took effect in December 2025 for certain etch systems, which
            we estimate reduced revenue in the quarter by approximately $11 million."""),
            p("""Backlog. Backlog, which consists of system orders with customer-confirmed delivery dates within
            the next 12 months and does not include services, was $1.27 billion at March 29, 2026, compared with
            $1.12 billion at September 28, 2025. New orders for systems were $412.8 million in the quarter, and the
            book-to-bill ratio for systems was 1.22. Backlog is not a measure defined under GAAP and may not be
            comparable to similarly titled measures of other companies."""),
            p("""Gross margin. GAAP gross margin was 46.8% in the second quarter of fiscal 2026, compared with
            45.1% a year earlier, reflecting a more favorable product mix toward deposition systems and higher
            factory utilization, partially offset by approximately 60 basis points of incremental tariff costs on
            components imported into the United States. Non-GAAP gross margin, which excludes stock-based
            compensation and amortization of developed technology included in cost of revenue, was 48.9% compared
            with 47.4%."""),
            Table(
                caption="Reconciliation of GAAP to non-GAAP gross profit",
                unit="(in thousands)",
                header=("", "Q2 FY26", "Q2 FY25"),
                rows=(
                    ("GAAP gross profit", "203,286", "169,229"),
                    ("Stock-based compensation", "3,912", "3,455"),
                    ("Amortization of developed technology", "5,280", "5,280"),
                    ("Non-GAAP gross profit", "212,478", "177,964"),
                    ("Non-GAAP gross margin", "48.9%", "47.4%"),
                ),
            ),
            p("""Operating expenses. Research and development expense increased 12.3% to $68.9 million, reflecting
            higher headcount in atomic-layer deposition programs and prototype materials for a next-generation
            etch platform. Selling, general and administrative expense was $47.1 million, or 10.8% of revenue.
            Restructuring charges of $3.9 million in the prior-year quarter related to the consolidation of our
            Dresden, Germany service center."""),
        ),
        (
            h("Liquidity and Capital Resources"),
            p("""Cash, cash equivalents and short-term investments were $1,086.5 million at March 29, 2026, compared
            with $1,021.3 million at September 28, 2025. Net cash provided by operating activities was $168.9
            million in the first six months of fiscal 2026, compared with $121.4 million in the prior-year period,
            and capital expenditures were $27.6 million, mainly for the expansion of our Chandler, Arizona
            manufacturing facility. The Company has no outstanding borrowings under its $300 million revolving
            credit facility, and $400.0 million of 4.25% senior notes due 2030."""),
            p("""During the first six months of fiscal 2026 the Company paid dividends of $0.32 per share, or $18.6
            million in total, and repurchased 1,178,350 shares for $171.8 million, of which 645,550 shares were
            repurchased in the second quarter."""),
            h("PART II - Item 2. Unregistered Sales of Equity Securities and Use of Proceeds"),
            Table(
                caption="Issuer purchases of equity securities in the second quarter of fiscal 2026",
                unit="(shares; average price paid per share in dollars)",
                header=("Period", "Shares", "Avg. price"),
                rows=(
                    ("Dec. 29, 2025 - Jan. 25, 2026", "182,400", "148.62"),
                    ("Jan. 26, 2026 - Feb. 22, 2026", "215,000", "153.10"),
                    ("Feb. 23, 2026 - Mar. 29, 2026", "248,150", "141.87"),
                    ("Total", "645,550", "147.52"),
                ),
                note="""All shares were purchased in open-market transactions under the $1.0 billion repurchase
                program approved by the Board of Directors in November 2024, which has no expiration date. As of
                March 29, 2026, approximately $612.4 million remained available for repurchase under the
                program.""",
            ),
            h("Outlook"),
            p("""For the third quarter of fiscal 2026 we expect net revenue of $445 million to $475 million and GAAP
            gross margin of 46.0% to 47.5%. The outlook assumes no change to the export license requirements in
            effect and includes an estimated 50 to 70 basis points of tariff costs. We continue to expect that
            China will represent around 30% of revenue in the second half of the fiscal year."""),
        ),
    ),
)

REPORTS = (LARKSPUR_10K, KESTREL_10Q)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
