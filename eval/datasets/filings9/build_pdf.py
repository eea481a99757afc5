"""Build the PDF filing of the held-out set filings9 (eval/datasets/filings9/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
company and every figure are fictional.

    .venv/bin/python eval/datasets/filings9/build_pdf.py      # writes docs/calder_environmental_10k_2025.pdf
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

CALDER_10K = Report(
    stem="calder_environmental_10k_2025",
    title="Calder Environmental Services, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Calder Environmental Services, Inc. | Form 10-K 2025",
    date="February 19, 2026",
    iso_date="2026-02-19",
    keywords=("Calder Environmental Services", "10-K", "solid waste", "recycling", "landfill", "2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            December 31, 2025. Commission file number 001-38211. Calder Environmental Services, Inc. (a Delaware
            corporation). Common stock, par value $0.01 per share, traded on the New York Stock Exchange under the
            symbol CLDR. As of February 6, 2026, 167,912,406 shares of common stock were outstanding."""),
            h("PART I - Item 1. Business"),
            p("""Calder Environmental Services, Inc. ("Calder," the "Company," "we" or "us") is a leading provider of
            non-hazardous solid waste collection, transfer, recycling and disposal services in North America. We
            serve approximately 4.1 million residential, commercial, industrial and municipal customers in 31 states
            and two Canadian provinces. We manage and evaluate our operations through three geographic reportable
            segments: Eastern, Central and Western. Each segment provides collection, transfer, disposal and
            recycling services within its region."""),
            p("""As of December 31, 2025, we operated 326 collection operations, 141 transfer stations, 52 recycling
            (material recovery) facilities and 88 active landfills, of which 71 are owned and 17 are operated under
            long-term operating agreements or leases. Our landfills received approximately 41.2 million tons of
            waste in 2025. Based on our permitted and probable expansion airspace, our landfills have an average
            remaining life of approximately 38 years."""),
            p("""Our vertical integration model is designed to internalize the waste we collect: in 2025 approximately
            68% of the collected volume that we disposed of went to landfills we own or operate, compared with 66%
            in 2024. Internalization lowers disposal costs and gives our landfills a steady flow of volume."""),
            p("""We hold a 70% controlling interest in Cascade Ridge Landfill Partners, LLC, which owns two landfills
            and a transfer station in our Western segment. We consolidate the partnership, and the 30% held by our
            partner, a regional utility, is presented as noncontrolling interests in our consolidated financial
            statements."""),
            h("Human capital"),
            p("""At December 31, 2025, we had approximately 23,400 full-time employees, of whom approximately 2,900
            were covered by collective bargaining agreements. Drivers and helpers make up about 58% of our
            workforce. Our collection fleet consisted of approximately 11,800 vehicles, 28% of which run on
            compressed natural gas (CNG) and 1.5% on battery-electric drivetrains."""),
        ),
        (
            h("Item 1A. Risk Factors"),
            p("""The loss of, or failure to renew, one or more of our large municipal contracts could reduce our
            revenue and profitability. A portion of our revenue comes from long-term franchise and municipal
            contracts, which are typically awarded through competitive bidding and run three to ten years. Our ten
            largest municipal contracts accounted for approximately 14% of our consolidated revenue in 2025
            (approximately 13% in 2024), and our largest single contract, with the Pacific Basin Regional Waste
            Authority, represented 3.1% of consolidated revenue and 8.2% of Western segment revenue. That contract
            expires in June 2027. No single customer accounted for 10% or more of consolidated revenue in any of the
            last three years."""),
            p("""Fluctuations in the prices of recycled commodities could adversely affect our results. Revenue from
            the sale of recovered materials, principally old corrugated cardboard (OCC), mixed paper, aluminum and
            plastics, depends on commodity prices that we do not control. The average price we received for
            recycled commodities was approximately $118 per ton in 2025, compared with $104 per ton in 2024. We
            estimate that a $10 per ton change in average commodity prices would change our annual revenue by
            approximately $21 million."""),
            p("""Increases in the cost of fuel could reduce our operating margins. We consumed approximately 94
            million gallons of diesel fuel in 2025. Our fuel recovery fees offset a portion, but not all, of the
            effect of changes in fuel prices, and they lag changes in fuel costs."""),
            h("Item 5. Market for Registrant's Common Equity - Issuer Purchases of Equity Securities"),
            p("""In July 2024 our Board of Directors authorized the repurchase of up to $1.0 billion of our common
            stock through December 31, 2027. The table below shows the shares we repurchased in 2025 under this
            program, by quarter. Amounts exclude the 1% excise tax on net repurchases. At December 31, 2025, $563.2
            million remained available under the authorization."""),
            Table(
                caption="Share repurchases by quarter, fiscal 2025",
                unit="(shares; $ per share; $ in millions)",
                header=("Quarter", "Shares", "Avg. price", "Amount"),
                rows=(
                    ("First quarter (January - March)", "620,000", "$118.40", "$73.4"),
                    ("Second quarter (April - June)", "550,000", "$124.90", "$68.7"),
                    ("Third quarter (July - September)", "480,000", "$131.75", "$63.2"),
                    ("Fourth quarter (October - December)", "580,000", "$136.55", "$79.2"),
                    ("Total", "2,230,000", "$127.58", "$284.5"),
                ),
            ),
        ),
        (
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p("""2025 highlights. Revenue was $6,412.8 million, operating income was $1,163.2 million and net income
            attributable to Calder Environmental Services, Inc. was $662.8 million, or $3.91 per diluted share.
            Adjusted EBITDA, a non-GAAP measure, was $1,926.4 million, or 30.0% of revenue, compared with $1,724.6
            million, or 28.8% of revenue, in 2024. We completed 14 tuck-in acquisitions with aggregate annualized
            revenue of approximately $265 million, and we returned $503.4 million to shareholders through dividends
            and share repurchases."""),
            Table(
                caption="Revenue by service line",
                unit="(in millions)",
                header=("Service line", "2025", "2024"),
                rows=(
                    ("Collection", "4,105.4", "3,858.1"),
                    ("Landfill", "1,168.7", "1,079.6"),
                    ("Transfer", "512.3", "478.4"),
                    ("Recycling processing and sales", "386.9", "344.7"),
                    ("Other", "239.5", "226.5"),
                    ("Total", "6,412.8", "5,987.3"),
                ),
                note="""Revenue is shown net of intercompany eliminations. Landfill revenue excludes tipping fees
                charged to our own collection operations.""",
            ),
            p("""Revenue. Revenue increased $425.5 million, or 7.1%, to $6,412.8 million in 2025, primarily due to
            average yield (price) increases of 4.6%, which added $275.4 million, and acquisitions net of
            divestitures, which contributed $176.3 million, together with higher recycled commodity prices that
            added $29.8 million. These increases were partially offset by lower collection and landfill volumes
            of 0.8%, or $47.9 million, mainly in our industrial roll-off business, and by lower fuel recovery fees of
            $21.4 million as diesel prices declined."""),
            p("""Cost of operations. Cost of operations, which excludes depreciation, depletion and amortization, was
            $3,845.1 million in 2025, an increase of $193.1 million, or 5.3%, from 2024. The increase was
            primarily due to the costs of acquired businesses and higher labor and benefit costs, as wages for
            drivers and technicians rose about 5%, partially offset by lower fuel costs of $38.6 million and the
            lower third-party disposal costs that came with higher internalization. As a percentage of revenue,
            cost of operations improved to 60.0% in 2025 from 61.0% in 2024."""),
            p("""Selling, general and administrative expenses were $641.3 million, or 10.0% of revenue, in 2025,
            compared with $610.7 million, or 10.2% of revenue, in 2024."""),
        ),
        (
            p("""Depreciation, depletion and amortization. Depreciation, depletion and amortization (DD&A) increased
            $46.7 million, or 7.1%, to $702.6 million in 2025, primarily due to acquisitions and higher landfill
            volumes, which increase depletion of landfill airspace. The components of DD&A were as follows:"""),
            Table(
                caption="Components of depreciation, depletion and amortization",
                unit="(in millions)",
                header=("Component", "2025", "2024"),
                rows=(
                    ("Depreciation of property and equipment", "421.5", "392.4"),
                    ("Landfill depletion and amortization", "214.8", "198.3"),
                    ("Amortization of intangible assets", "66.3", "65.2"),
                    ("Total", "702.6", "655.9"),
                ),
            ),
            h("Results by segment"),
            Table(
                caption="Segment revenue and adjusted EBITDA",
                unit="(in millions)",
                header=("Segment", "2025", "2024", "2023"),
                rows=(
                    ("Eastern revenue", "2,486.3", "2,342.9", "2,201.4"),
                    ("Central revenue", "1,874.2", "1,768.5", "1,655.8"),
                    ("Western revenue", "2,052.3", "1,875.9", "1,683.4"),
                    ("Total revenue", "6,412.8", "5,987.3", "5,540.6"),
                    ("Eastern adjusted EBITDA", "752.4", "690.2", "-"),
                    ("Central adjusted EBITDA", "531.8", "489.0", "-"),
                    ("Western adjusted EBITDA", "668.5", "575.4", "-"),
                    ("Corporate and other", "(26.3)", "(30.0)", "-"),
                    ("Total adjusted EBITDA", "1,926.4", "1,724.6", "-"),
                ),
                note="""Segment adjusted EBITDA is the measure our chief operating decision maker uses to allocate
                resources; it is operating income before DD&A, accretion and restructuring and other charges.
                Segment adjusted EBITDA for 2023 was measured on a different cost allocation basis and is not
                presented.""",
            ),
            p("""Western segment revenue benefited in 2025 from acquisitions in
            the Pacific Northwest and by the Cascade Ridge landfills' higher special waste volumes; its adjusted
            EBITDA margin widened to 32.6% from 30.7%. Eastern segment adjusted EBITDA margin was 30.3% (2024:
            29.5%) and Central segment adjusted EBITDA margin was 28.4% (2024: 27.7%)."""),
            h("Liquidity and capital resources"),
            p("""Net cash provided by operating activities was $1,436.9 million in 2025, compared with $1,301.2
            million in 2024. Capital expenditures were $798.4 million, or 12.5% of revenue. Free cash flow, which we
            define as net cash provided by operating activities less capital expenditures plus proceeds from sales of
            property and equipment, was $651.9 million in 2025 (2024: $564.7 million); proceeds from sales of property
            and equipment were $13.4 million, and the remainder of the $24.8 million of proceeds in the cash flow
            statement came from the sale of businesses. At December 31, 2025, total debt was $6,472.7 million and
            we had $1,412.0 million of availability under our $2.25 billion revolving credit facility."""),
        ),
        (
            h("Item 8. Financial Statements - Consolidated Statements of Operations"),
            Table(
                caption="Calder Environmental Services, Inc. Consolidated Statements of Operations",
                unit="(in millions, except per share amounts; years ended December 31)",
                header=("", "2025", "2024", "2023"),
                rows=(
                    ("Revenue", "6,412.8", "5,987.3", "5,540.6"),
                    ("Cost of operations (exclusive of DD&A)", "3,845.1", "3,652.0", "3,418.9"),
                    ("Selling, general and administrative", "641.3", "610.7", "577.2"),
                    ("Depreciation, depletion and amortization", "702.6", "655.9", "612.4"),
                    ("Accretion of landfill retirement obligations", "48.2", "44.6", "41.3"),
                    ("Restructuring and other", "12.4", "31.8", "5.1"),
                    ("Operating income", "1,163.2", "992.3", "885.7"),
                    ("Interest expense, net", "(268.4)", "(251.7)", "(229.8)"),
                    ("Other income (expense), net", "6.1", "(3.2)", "4.7"),
                    ("Income before income taxes", "900.9", "737.4", "660.6"),
                    ("Provision for income taxes", "216.2", "181.4", "158.5"),
                    ("Net income", "684.7", "556.0", "502.1"),
                    ("Less: net income attributable to noncontrolling interests", "21.9", "18.3", "16.0"),
                    ("Net income attributable to Calder Environmental Services, Inc.", "662.8", "537.7", "486.1"),
                    ("Basic earnings per share", "3.94", "3.13", "2.79"),
                    ("Diluted earnings per share", "3.91", "3.11", "2.77"),
                    ("Weighted average shares outstanding - basic", "168.4", "171.9", "174.2"),
                    ("Weighted average shares outstanding - diluted", "169.6", "173.0", "175.5"),
                    ("Cash dividends declared per common share", "1.32", "1.20", "1.08"),
                ),
                note="""Earnings per share are based on net income attributable to Calder Environmental Services,
                Inc. See the accompanying notes to the consolidated financial statements.""",
            ),
        ),
        (
            h("Consolidated Balance Sheets"),
            Table(
                caption="Calder Environmental Services, Inc. Consolidated Balance Sheets",
                unit="(in millions, except par value; December 31)",
                header=("", "2025", "2024"),
                rows=(
                    ("Cash and cash equivalents", "142.6", "118.3"),
                    ("Accounts receivable, net of allowance of $28.4 and $25.9", "812.7", "761.5"),
                    ("Prepaid expenses and other current assets", "131.9", "124.6"),
                    ("Total current assets", "1,087.2", "1,004.4"),
                    ("Property and equipment, net (including landfill assets)", "9,284.5", "8,761.0"),
                    ("Goodwill", "4,512.3", "4,398.7"),
                    ("Other intangible assets, net", "486.0", "512.4"),
                    ("Operating lease right-of-use assets", "298.4", "276.1"),
                    ("Other assets", "241.6", "229.9"),
                    ("Total assets", "15,910.0", "15,182.5"),
                    ("Accounts payable", "568.2", "541.9"),
                    ("Accrued liabilities", "497.3", "472.8"),
                    ("Deferred revenue", "301.5", "287.4"),
                    ("Current portion of long-term debt", "254.0", "186.2"),
                    ("Total current liabilities", "1,621.0", "1,488.3"),
                    ("Long-term debt, less current portion", "6,218.7", "6,004.5"),
                    ("Landfill closure and post-closure obligations", "1,086.4", "1,021.7"),
                    ("Deferred income taxes", "1,174.9", "1,108.3"),
                    ("Long-term operating lease liabilities", "262.8", "243.5"),
                    ("Other long-term liabilities", "318.6", "301.2"),
                    ("Total liabilities", "10,682.4", "10,167.5"),
                    ("Common stock, $0.01 par value", "1.9", "1.9"),
                    ("Additional paid-in capital", "3,402.6", "3,361.4"),
                    ("Retained earnings", "3,984.1", "3,543.0"),
                    ("Treasury stock, at cost", "(2,301.2)", "(2,016.7)"),
                    ("Accumulated other comprehensive loss", "(24.1)", "(26.4)"),
                    ("Total Calder stockholders' equity", "5,063.3", "4,863.2"),
                    ("Noncontrolling interests", "164.3", "151.8"),
                    ("Total equity", "5,227.6", "5,015.0"),
                    ("Total liabilities and equity", "15,910.0", "15,182.5"),
                ),
            ),
        ),
        (
            h("Consolidated Statements of Cash Flows"),
            Table(
                caption="Calder Environmental Services, Inc. Consolidated Statements of Cash Flows",
                unit="(in millions; years ended December 31)",
                header=("", "2025", "2024", "2023"),
                rows=(
                    ("Net income", "684.7", "556.0", "502.1"),
                    ("Depreciation, depletion and amortization", "702.6", "655.9", "612.4"),
                    ("Accretion of landfill retirement obligations", "48.2", "44.6", "41.3"),
                    ("Stock-based compensation", "52.8", "47.1", "43.9"),
                    ("Deferred income taxes", "58.4", "41.2", "37.6"),
                    ("Gain on disposition of businesses, net", "(9.6)", "(2.1)", "(14.3)"),
                    ("Changes in working capital and other", "(41.3)", "12.7", "(26.9)"),
                    ("Capping, closure and post-closure expenditures", "(58.9)", "(54.2)", "(49.8)"),
                    ("Net cash provided by operating activities", "1,436.9", "1,301.2", "1,146.3"),
                    ("Capital expenditures", "(798.4)", "(742.6)", "(689.1)"),
                    ("Acquisitions of businesses, net of cash acquired", "(312.7)", "(418.9)", "(206.4)"),
                    ("Proceeds from sales of property, equipment and businesses", "24.8", "11.6", "38.2"),
                    ("Other investing, net", "(6.3)", "(4.9)", "(3.8)"),
                    ("Net cash used in investing activities", "(1,092.6)", "(1,154.8)", "(861.1)"),
                    ("Proceeds from issuance of long-term debt", "1,150.0", "900.0", "600.0"),
                    ("Repayments of long-term debt", "(952.1)", "(557.8)", "(482.6)"),
                    ("Repurchases of common stock", "(284.5)", "(251.3)", "(198.7)"),
                    ("Cash dividends paid", "(218.9)", "(203.8)", "(185.2)"),
                    ("Distributions to noncontrolling interests", "(9.4)", "(8.1)", "(7.5)"),
                    ("Other financing, net", "(5.1)", "(3.6)", "(2.9)"),
                    ("Net cash used in financing activities", "(320.0)", "(124.6)", "(276.9)"),
                    ("Increase in cash and cash equivalents", "24.3", "21.8", "8.3"),
                    ("Cash and cash equivalents at beginning of year", "118.3", "96.5", "88.2"),
                    ("Cash and cash equivalents at end of year", "142.6", "118.3", "96.5"),
                ),
            ),
        ),
        (
            h("Consolidated Statement of Changes in Equity"),
            Table(
                caption="Changes in equity, year ended December 31, 2025",
                unit="(in millions)",
                header=("", "Calder", "NCI", "Total"),
                rows=(
                    ("Balance at December 31, 2024", "4,863.2", "151.8", "5,015.0"),
                    ("Net income", "662.8", "21.9", "684.7"),
                    ("Other comprehensive income", "2.3", "-", "2.3"),
                    ("Cash dividends declared ($1.32 per share)", "(221.7)", "-", "(221.7)"),
                    ("Repurchases of common stock", "(284.5)", "-", "(284.5)"),
                    ("Stock-based compensation and other", "41.2", "-", "41.2"),
                    ("Distributions to noncontrolling interests", "-", "(9.4)", "(9.4)"),
                    ("Balance at December 31, 2025", "5,063.3", "164.3", "5,227.6"),
                ),
                note="""Calder: total Calder Environmental Services, Inc. stockholders' equity. NCI: noncontrolling
                interests, the 30% of Cascade Ridge Landfill Partners, LLC held by our partner.""",
            ),
            h("Note 14. Segment and Related Information"),
            p("""Our three reportable segments are organized by geography: the Eastern segment (the Atlantic coast
            from Maine to Florida), the Central segment (the Midwest, Texas and the Gulf Coast) and the Western
            segment (the Mountain states, the Pacific coast and British Columbia). Revenue from Canadian operations,
            all in the Western segment, was $214.6 million in 2025. Total assets by segment at December 31, 2025
            were $5,318.7 million for Eastern, $4,106.2 million for Central and $5,842.5 million for Western, with
            the balance held at corporate."""),
            p("""Note 15. Landfill accounting. We deplete landfill assets, including capitalized closure and
            post-closure costs, on a units-of-consumption basis as airspace is used. Landfill depletion is included
            in depreciation, depletion and amortization. Accretion of our closure and post-closure obligations is
            reported separately, on the line for accretion of landfill retirement obligations."""),
        ),
    ),
)

REPORTS = (CALDER_10K,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
