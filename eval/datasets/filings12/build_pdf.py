"""Build the PDF filing of the held-out set filings12 (eval/datasets/filings12/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
company, its ships and every figure are fictional.

    .venv/bin/python eval/datasets/filings12/build_pdf.py      # writes docs/serrano_bay_cruise_10k_fy2025.pdf
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

SERRANO_10K = Report(
    stem="serrano_bay_cruise_10k_fy2025",
    title="Serrano Bay Cruise Holdings, Inc. - Annual Report on Form 10-K for the fiscal year ended November 30, 2025",
    running_title="Serrano Bay Cruise Holdings, Inc. | Form 10-K fiscal 2025",
    date="January 27, 2026",
    iso_date="2026-01-27",
    keywords=("Serrano Bay Cruise Holdings", "10-K", "cruise line", "fiscal 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            November 30, 2025. Commission file number 001-36952. Serrano Bay Cruise Holdings, Inc. (incorporated in
            the Republic of Panama), 2400 Harbor Point Boulevard, Fort Lauderdale, Florida 33316. Common stock, par value $0.01
            per share, listed on the New York Stock Exchange under the trading symbol SBCH. As of January 16, 2026,
            210,486,312 shares of the registrant's common stock were outstanding."""),
            h("PART I - Item 1. Business"),
            p("""Serrano Bay Cruise Holdings, Inc. ("Serrano Bay," the "Company," "we" or "us") operates ocean
            cruise vacations under three brands, each of which is a reportable segment. Our fiscal year ends on
            November 30; "fiscal 2025" refers to the twelve months ended November 30, 2025."""),
            p("""Serrano Bay Cruises is our contemporary brand, sailing three- to nine-night itineraries in the
            Caribbean, the Bahamas, Mexico and Alaska from eight North American homeports with 14 ships.
            Castellane Voyages is our premium brand, with 6 mid-size ships offering seven- to fourteen-night
            voyages in the Mediterranean, Northern Europe and the Caribbean. Northwind Expeditions operates 4
            small, ice-class ships carrying 140 to 260 guests to Antarctica, the Arctic, the Galapagos and the
            Kimberley coast of Australia."""),
            p("""Fleet. At November 30, 2025 we operated 24 ships with 62,940 lower berths, compared with 23 ships
            at November 30, 2024. Northwind Aurora, a 230-guest expedition ship, joined the Northwind Expeditions
            fleet in March 2025. We have two ships on order, a 5,200-berth ship for Serrano Bay Cruises scheduled
            for delivery in fiscal 2027 and a 1,300-berth ship for Castellane Voyages scheduled for fiscal 2028, with
            a combined contract price of approximately $2.6 billion. Each order is backed by export credit financing
            covering 80% of the contract price."""),
            p("""Sales and marketing. Travel advisors generated approximately 62% of our passenger ticket revenues
            in fiscal 2025; the remainder came from guests who booked directly through our websites and call
            centers. Guests typically book several months ahead of sailing, and deposits and final payments received
            before a cruise are recorded as customer deposits until the voyage takes place."""),
            p("""Seasonality. Demand for Caribbean cruises peaks in the winter and spring, European and Alaska
            sailings run from April through October, and the polar season of Northwind Expeditions runs from
            November to March. Our third fiscal quarter, June through August, has historically produced the highest
            revenues and operating income."""),
            p("""Human capital. We employed approximately 41,300 shipboard crew members and 4,800 shoreside
            employees at November 30, 2025. Most shipboard crew are hired through manning agencies on contracts of
            six to ten months."""),
        ),
        (
            h("Item 1A. Risk Factors"),
            p("""Our results depend on discretionary consumer spending. Economic slowdowns, higher unemployment,
            incidents of illness on board, severe weather and geopolitical events near our itineraries can reduce
            demand for cruises, cause us to cancel or reroute voyages, and require us to refund or credit customer
            deposits."""),
            p("""Fuel is one of our largest operating costs. A 10% change in our average fuel price per metric ton for
            fiscal 2026 would change our fuel expense by approximately $62 million. We do not hedge our fuel
            purchases with derivatives; we rely instead on fuel-efficiency investments and itinerary planning."""),
            p("""We are highly leveraged. At November 30, 2025 our total debt was $11,010.9 million, and our new
            ship orders require additional borrowings. Approximately 78% of our debt bears interest at fixed rates.
            Changes to international environmental rules, including emissions regulations in European ports and
            the cost of carbon allowances, may raise our operating costs."""),
            p("""Substantially all of our income from the international operation of ships is exempt from United
            States federal income tax under Section 883 of the Internal Revenue Code. A change in our shareholder
            base or in the law could end this exemption and materially increase our income tax expense."""),
            h("Item 5. Market for Registrant's Common Equity and Issuer Purchases of Equity Securities"),
            p("""In the first quarter of fiscal 2025 our Board of Directors reinstated a quarterly cash dividend of
            $0.10 per share, the first dividend since fiscal 2020; we paid four quarterly dividends totaling $0.40
            per share, or $84.6 million, in fiscal 2025. During fiscal 2025 we repurchased 3.6 million shares of our
            common stock for $150.0 million, at an average price of $41.67 per share, compared with $75.0 million
            of repurchases in fiscal 2024. At November 30, 2025, $425.0 million remained available under our share
            repurchase authorization."""),
            h("Item 7. Management's Discussion and Analysis - Fiscal 2025 Overview"),
            p("""Fiscal 2025 was our strongest year since our fleet returned to service. Total revenues increased
            9.7% to $7,131.0 million, on 6.8% more capacity measured in available lower berth days (ALBDs), higher
            occupancy and higher ticket prices. Operating income rose 58.5% to $1,114.8 million, and net income
            was $706.7 million, or $3.29 per diluted share, compared with $274.0 million, or $1.26 per diluted
            share, in fiscal 2024. Fiscal 2024 operating income was reduced by an $86.4 million impairment and loss
            on the sale of the Serrano Meridian, the oldest ship in our contemporary fleet, which was sold to an
            unaffiliated operator in August 2024."""),
            p("""Customer deposits rose 10.6% to $3,412.8 million at November 30, 2025. At that date our booked
            position for the first half of fiscal 2026 was ahead of the prior year in both occupancy and price."""),
        ),
        (
            h("Operating statistics"),
            Table(
                caption="Selected operating statistics",
                unit="(fiscal years ended November 30)",
                header=("Statistic", "2025", "2024", "2023"),
                rows=(
                    ("Passengers carried (thousands)", "3,918", "3,664", "3,402"),
                    ("Passenger cruise days - PCDs (millions)", "28.38", "26.16", "23.74"),
                    ("Available lower berth days - ALBDs (millions)", "26.84", "25.12", "23.95"),
                    ("Occupancy percentage", "105.7%", "104.1%", "99.1%"),
                    ("Fuel consumed (thousands of metric tons)", "1,010", "1,020", "1,041"),
                    ("Fuel cost per metric ton consumed", "$593", "$622", "$627"),
                    ("Ships in service at year end", "24", "23", "23"),
                ),
                note="""Occupancy is PCDs divided by ALBDs. ALBDs assume two guests per cabin; occupancy above 100%
                means three or more guests occupied some cabins.""",
            ),
            h("Net yields and net cruise costs (non-GAAP)"),
            p("""We manage our business using net yields and net cruise costs excluding fuel per ALBD, which are not
            defined under U.S. GAAP. Net revenue is total revenues less commissions, transportation and other
            expenses and onboard and other expenses; net yield is net revenue per ALBD. Net cruise costs are total
            cruise operating expenses plus marketing, selling and administrative expenses, less commissions,
            transportation and other expenses and onboard and other expenses."""),
            Table(
                caption="Reconciliation of net yields and net cruise costs excluding fuel",
                unit="(in millions, except ALBDs and per-ALBD amounts)",
                header=("Fiscal year ended November 30", "2025", "2024"),
                rows=(
                    ("Total revenues", "7,131.0", "6,498.0"),
                    ("Less: commissions, transportation and other", "(962.5)", "(884.1)"),
                    ("Less: onboard and other expenses", "(548.3)", "(512.6)"),
                    ("Net revenue", "5,620.2", "5,101.3"),
                    ("ALBDs (millions)", "26.84", "25.12"),
                    ("Net yields", "$209.40", "$203.08"),
                    ("Total cruise operating expenses", "4,285.3", "4,076.6"),
                    ("Marketing, selling and administrative", "918.4", "862.7"),
                    ("Less: commissions, transportation and other", "(962.5)", "(884.1)"),
                    ("Less: onboard and other expenses", "(548.3)", "(512.6)"),
                    ("Net cruise costs", "3,692.9", "3,542.6"),
                    ("Less: fuel", "(598.7)", "(634.2)"),
                    ("Net cruise costs excluding fuel", "3,094.2", "2,908.4"),
                    ("Net cruise costs excluding fuel per ALBD", "$115.28", "$115.78"),
                ),
            ),
            p("""Net yields increased 3.1% in fiscal 2025, and net cruise costs excluding fuel per ALBD decreased
            0.4%, as the growth of our fleet spread shipboard and shoreside fixed costs over more berth days."""),
        ),
        (
            h("Results of operations - fiscal 2025 compared with fiscal 2024"),
            p("""Revenues. Passenger ticket revenues increased $455.6 million, or 10.5%, to $4,812.4 million. The
            increase was driven primarily by the 6.8% increase in capacity, including a full year of Castellane
            Lumiere, delivered in June 2024, and nine months of Northwind Aurora, by higher occupancy and by higher
            pricing on Caribbean and polar itineraries, partially offset by the sale of the Serrano Meridian. Onboard
            and other revenues, which include beverage sales, specialty dining, casino gaming, shore excursions,
            spa services and internet packages, increased $177.4 million, or 8.3%, to $2,318.6 million, in line
            with the 8.5% increase in passenger cruise days; onboard revenue per PCD was essentially flat."""),
            p("""Cruise operating expenses. Commissions, transportation and other expenses increased 8.9%, mainly because
            of the higher passenger ticket revenues on which travel advisor commissions are paid and because more
            Northwind Expeditions guests bought our charter flights to Ushuaia. Payroll and related expenses increased 5.8% and food expenses 6.6%, mainly
            because of the larger fleet and more guests on board. Other ship operating expenses, which include
            repairs and maintenance, port costs and dry-docks, increased 6.7% to $1,046.8 million; we completed
            nine dry-docks in fiscal 2025 compared with seven in fiscal 2024."""),
            p("""Fuel expense decreased $35.5 million, or 5.6%, to $598.7 million, despite the 6.8% increase in
            capacity. The decrease was driven by a 4.7% lower average fuel price per metric ton ($593 compared with
            $622) and by a 1.0% reduction in fuel consumed, reflecting hull-coating and engine-tuning programs,
            shore power connections in Alaska and Northern Europe and the replacement of the Serrano Meridian with
            more efficient tonnage."""),
            p("""Marketing, selling and administrative expenses increased 6.5% to $918.4 million, reflecting brand
            advertising for the Northwind Aurora launch and higher incentive compensation. Depreciation and
            amortization increased 5.7% to $812.5 million because of new ships and ship improvements."""),
            p("""Nonoperating items. Interest expense, net of capitalized interest, decreased 8.1% to $412.6 million
            because we refinanced higher-rate debt. In July 2025 we redeemed all $850 million of our 9.25% senior
            secured notes due 2029 with the proceeds of new 6.125% senior unsecured notes due 2033 and cash on hand,
            and recorded a loss on early extinguishment of debt of $18.4 million, consisting of the redemption premium
            and unamortized issuance costs."""),
            h("Liquidity and capital resources"),
            p("""At November 30, 2025 our liquidity was $2,775.3 million, consisting of $775.3 million of cash and
            cash equivalents and $2,000.0 million available under our undrawn revolving credit facility, which
            matures in 2029. Net cash provided by operating activities was $1,911.2 million in fiscal 2025, up from
            $1,450.8 million, mainly because of higher net income and the growth in customer deposits. Additions to
            property and equipment were $1,742.0 million, including the final payment on Northwind Aurora and ship
            improvement projects; we expect capital expenditures of about $1.3 billion in fiscal 2026. Our current
            liabilities exceed our current assets mainly because of customer deposits, which are settled by
            delivering cruises rather than in cash in the ordinary course of business."""),
        ),
        (
            Table(
                caption="Consolidated Statements of Operations",
                unit="(in millions, except per share data)",
                header=("Year ended November 30", "2025", "2024", "2023"),
                rows=(
                    ("Revenues", "", "", ""),
                    ("Passenger ticket revenues", "4,812.4", "4,356.8", "3,790.5"),
                    ("Onboard and other revenues", "2,318.6", "2,141.2", "1,902.7"),
                    ("Total revenues", "7,131.0", "6,498.0", "5,693.2"),
                    ("Cruise operating expenses", "", "", ""),
                    ("Commissions, transportation and other", "962.5", "884.1", "792.0"),
                    ("Onboard and other", "548.3", "512.6", "468.9"),
                    ("Payroll and related", "742.6", "701.9", "668.4"),
                    ("Fuel", "598.7", "634.2", "652.8"),
                    ("Food", "386.4", "362.5", "334.1"),
                    ("Other ship operating", "1,046.8", "981.3", "903.6"),
                    ("Total cruise operating expenses", "4,285.3", "4,076.6", "3,819.8"),
                    ("Marketing, selling and administrative", "918.4", "862.7", "801.5"),
                    ("Depreciation and amortization", "812.5", "768.9", "731.2"),
                    ("Impairment and loss on ship sale", "-", "86.4", "-"),
                    ("Total operating costs and expenses", "6,016.2", "5,794.6", "5,352.5"),
                    ("Operating income", "1,114.8", "703.4", "340.7"),
                    ("Other income (expense)", "", "", ""),
                    ("Interest income", "38.2", "41.6", "29.3"),
                    ("Interest expense, net of interest capitalized", "(412.6)", "(448.9)", "(481.7)"),
                    ("Loss on early extinguishment of debt", "(18.4)", "-", "-"),
                    ("Other income (expense), net", "6.1", "(4.3)", "2.8"),
                    ("Total other income (expense)", "(386.7)", "(411.6)", "(449.6)"),
                    ("Income (loss) before income taxes", "728.1", "291.8", "(108.9)"),
                    ("Income tax expense, net", "(21.4)", "(17.8)", "(12.6)"),
                    ("Net income (loss)", "706.7", "274.0", "(121.5)"),
                    ("Earnings (loss) per share - basic", "$3.34", "$1.28", "$(0.56)"),
                    ("Earnings (loss) per share - diluted", "$3.29", "$1.26", "$(0.56)"),
                    ("Weighted-average shares - basic", "211.6", "213.8", "215.2"),
                    ("Weighted-average shares - diluted", "214.9", "216.7", "215.2"),
                ),
            ),
        ),
        (
            Table(
                caption="Consolidated Balance Sheets",
                unit="(in millions, except par value)",
                header=("As of November 30", "2025", "2024"),
                rows=(
                    ("Assets", "", ""),
                    ("Cash and cash equivalents", "775.3", "918.6"),
                    ("Trade and other receivables, net", "312.4", "288.1"),
                    ("Inventories", "168.2", "159.6"),
                    ("Prepaid expenses and other assets", "254.7", "231.5"),
                    ("Total current assets", "1,510.6", "1,597.8"),
                    ("Property and equipment, net", "19,846.3", "18,912.4"),
                    ("Operating lease right-of-use assets, net", "214.8", "226.3"),
                    ("Goodwill", "1,142.0", "1,142.0"),
                    ("Other assets", "500.4", "455.2"),
                    ("Total assets", "23,214.1", "22,333.7"),
                    ("Liabilities and shareholders' equity", "", ""),
                    ("Current portion of long-term debt", "1,186.4", "1,214.8"),
                    ("Accounts payable", "348.2", "326.5"),
                    ("Accrued expenses and other liabilities", "892.6", "845.3"),
                    ("Customer deposits", "3,412.8", "3,086.1"),
                    ("Total current liabilities", "5,840.0", "5,472.7"),
                    ("Long-term debt", "9,824.5", "9,805.7"),
                    ("Operating lease liabilities, noncurrent", "192.6", "205.9"),
                    ("Other long-term liabilities", "402.3", "418.6"),
                    ("Total liabilities", "16,259.4", "15,902.9"),
                    ("Common stock ($0.01 par value; 500 million shares authorized)", "2.3", "2.3"),
                    ("Additional paid-in capital", "5,129.8", "5,081.2"),
                    ("Retained earnings", "3,287.3", "2,665.2"),
                    ("Accumulated other comprehensive loss", "(78.3)", "(81.5)"),
                    ("Treasury stock, at cost", "(1,386.4)", "(1,236.4)"),
                    ("Total shareholders' equity", "6,954.7", "6,430.8"),
                    ("Total liabilities and shareholders' equity", "23,214.1", "22,333.7"),
                ),
            ),
        ),
        (
            Table(
                caption="Consolidated Statements of Cash Flows",
                unit="(in millions)",
                header=("Year ended November 30", "2025", "2024", "2023"),
                rows=(
                    ("Operating activities", "", "", ""),
                    ("Net income (loss)", "706.7", "274.0", "(121.5)"),
                    ("Depreciation and amortization", "812.5", "768.9", "731.2"),
                    ("Impairment and loss on ship sale", "-", "86.4", "-"),
                    ("Loss on early extinguishment of debt", "18.4", "-", "-"),
                    ("Share-based compensation", "48.6", "44.2", "39.8"),
                    ("Trade and other receivables, net", "(24.3)", "(31.6)", "(48.2)"),
                    ("Inventories", "(8.6)", "(6.1)", "(12.4)"),
                    ("Prepaid expenses and other assets", "(23.2)", "(18.9)", "(27.5)"),
                    ("Accounts payable", "21.7", "15.4", "38.6"),
                    ("Accrued expenses and other liabilities", "47.3", "36.8", "62.1"),
                    ("Customer deposits", "326.7", "291.5", "512.8"),
                    ("Other, net", "(14.6)", "(9.8)", "(11.3)"),
                    ("Net cash provided by operating activities", "1,911.2", "1,450.8", "1,163.6"),
                    ("Investing activities", "", "", ""),
                    ("Additions to property and equipment", "(1,742.0)", "(1,186.3)", "(1,458.7)"),
                    ("Proceeds from sale of ship", "-", "42.5", "-"),
                    ("Other, net", "(12.4)", "8.6", "(5.3)"),
                    ("Net cash used in investing activities", "(1,754.4)", "(1,135.2)", "(1,464.0)"),
                    ("Financing activities", "", "", ""),
                    ("Proceeds from issuance of debt", "1,850.0", "1,200.0", "1,650.0"),
                    ("Repayments of debt", "(1,874.6)", "(1,512.3)", "(1,398.4)"),
                    ("Debt issuance and extinguishment costs", "(36.2)", "(14.8)", "(22.5)"),
                    ("Repurchases of common stock", "(150.0)", "(75.0)", "-"),
                    ("Dividends paid", "(84.6)", "-", "-"),
                    ("Other, net", "(6.8)", "(5.1)", "(4.2)"),
                    ("Net cash (used in) provided by financing activities", "(302.2)", "(407.2)", "224.9"),
                    ("Effect of exchange rate changes on cash", "2.1", "(1.4)", "0.9"),
                    ("Net decrease in cash and cash equivalents", "(143.3)", "(93.0)", "(74.6)"),
                    ("Cash and cash equivalents at beginning of year", "918.6", "1,011.6", "1,086.2"),
                    ("Cash and cash equivalents at end of year", "775.3", "918.6", "1,011.6"),
                ),
            ),
        ),
        (
            h("Note 4. Debt"),
            p("""Total debt was $11,010.9 million at November 30, 2025 and $11,020.5 million at November 30, 2024,
            including export credit facilities secured by ships, senior unsecured notes and term loans. In fiscal
            2025 we issued $1,100 million of 6.125% senior unsecured notes due 2033 and drew $750 million under an
            export credit facility for Northwind Aurora. Our debt agreements require us to maintain minimum
            liquidity of $500 million and a maximum ratio of net debt to capitalization of 0.70 to 1.0; we were in
            compliance at November 30, 2025."""),
            h("Note 9. Income Taxes"),
            p("""We are a Panamanian corporation, and our income from the international operation of ships is
            exempt from U.S. federal income tax under Section 883. Income tax expense relates mainly to our
            land-based tour operations in Alaska, to U.S. state taxes and to tonnage taxes on ships registered in
            Malta. We have no uncertain tax positions that we expect to change materially within twelve months."""),
            h("Note 12. Segment Information"),
            p("""Our chief operating decision maker, the President and Chief Executive Officer, assesses our three
            brands on revenues and segment operating income. Corporate and other includes unallocated headquarters
            expenses; the impairment and loss on the sale of the Serrano Meridian is not included in segment
            operating income. Revenues by itinerary or by product (for example beverage, casino or shore excursion
            revenue) are not presented to the chief operating decision maker."""),
            Table(
                caption="Revenues, operating income and depreciation by segment",
                unit="(in millions)",
                header=("Year ended November 30", "2025", "2024", "2023"),
                rows=(
                    ("Revenues - Serrano Bay Cruises", "4,336.5", "3,962.3", "3,521.8"),
                    ("Revenues - Castellane Voyages", "2,058.9", "1,947.4", "1,698.2"),
                    ("Revenues - Northwind Expeditions", "735.6", "588.3", "473.2"),
                    ("Total revenues", "7,131.0", "6,498.0", "5,693.2"),
                    ("Operating income - Serrano Bay Cruises", "765.5", "512.8", "262.4"),
                    ("Operating income - Castellane Voyages", "301.2", "240.6", "98.5"),
                    ("Operating income - Northwind Expeditions", "112.6", "95.1", "31.6"),
                    ("Corporate and other", "(64.5)", "(58.7)", "(51.8)"),
                    ("Impairment and loss on ship sale", "-", "(86.4)", "-"),
                    ("Operating income", "1,114.8", "703.4", "340.7"),
                    ("Depreciation and amortization - Serrano Bay Cruises", "498.6", "482.3", "465.0"),
                    ("Depreciation and amortization - Castellane Voyages", "221.4", "214.9", "209.6"),
                    ("Depreciation and amortization - Northwind Expeditions", "76.8", "58.2", "44.3"),
                    ("Depreciation and amortization - Corporate and other", "15.7", "13.5", "12.3"),
                    ("Total depreciation and amortization", "812.5", "768.9", "731.2"),
                ),
            ),
            p("""Northwind Expeditions' revenues grew 25.0% in fiscal 2025 on the addition of Northwind Aurora, but
            its segment operating margin declined to 15.3% from 16.2% because of the ship's launch and pre-opening
            costs, its higher depreciation and two dry-docks completed during the polar off-season. Castellane
            Voyages' operating income increased 25.2% on higher Mediterranean pricing and lower fuel costs."""),
        ),
    ),
)

REPORTS = (SERRANO_10K,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
