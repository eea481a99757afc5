"""Hand-written statement pages of six fictional US filers, in the layout PDF text extraction gives (one table
row per line), for the finance tests. None of it comes from the FinanceBench dev set: the companies, labels and
figures were written for these tests, in the wording real filers of each kind use (a consumer-goods maker, a
software company, an industrial/energy group, a bank, a property-casualty insurer and a retailer). Every total
adds up; the gold values the tests assert are computed by hand in the comments next to them.
"""

from __future__ import annotations

from assistant.finance.extract import extract_facts
from assistant.finance.select import MemoryFactIndex
from assistant.types import DocMeta, Page


def meta(stem: str, company: str, fy: int) -> DocMeta:
    return DocMeta(doc_id=stem.lower()[:16], doc=stem, source=f"{stem}.pdf", company=company, fiscal_year=fy,
                   period=f"FY{fy}", doc_type="10-K")


# ---------------------------------------------------------------------------------------------------------------
# Harbor Home Products (consumer goods): statement titles without "consolidated", capex "including software",
# depreciation and amortisation of intangibles on two rows, "Debt due within one year".

HARBOR = meta("HARBORHOME_2023_10K", "Harbor Home Products Co.", 2023)

HARBOR_MDNA = """MANAGEMENT'S DISCUSSION AND ANALYSIS
Net sales increased 5% to $18.4 billion in fiscal 2023, driven by higher pricing across all segments. Operating
margin expanded 60 basis points as productivity savings offset commodity cost increases.
Net sales by segment
(Amounts in millions)
Years ended June 30 2023 2022
Fabric and Home Care $ 7,120 $ 6,880
Health and Personal Care 6,044 5,702
Baby and Family Care 5,256 5,033
Total net sales $ 18,420 $ 17,615
Capital spending was $1.0 billion in fiscal 2023, about 5.5% of net sales, in line with our long-term target.
"""

HARBOR_IS = """HARBOR HOME PRODUCTS CO. AND SUBSIDIARIES
STATEMENTS OF EARNINGS
(Amounts in millions except per share amounts)
Years ended June 30 2023 2022 2021
NET SALES $ 18,420 $ 17,615 $ 16,902
Cost of products sold 10,315 9,981 9,402
Selling, general and administrative expense 4,870 4,655 4,512
OPERATING INCOME 3,235 2,979 2,988
Interest expense 212 198 205
Other non-operating income, net 41 36 22
EARNINGS BEFORE INCOME TAXES 3,064 2,817 2,805
Income taxes 673 597 634
NET EARNINGS $ 2,391 $ 2,220 $ 2,171
NET EARNINGS PER SHARE
Basic $ 5.02 $ 4.61 $ 4.48
Diluted $ 4.97 $ 4.56 $ 4.42
See accompanying Notes to Financial Statements.
"""

HARBOR_BS = """HARBOR HOME PRODUCTS CO. AND SUBSIDIARIES
BALANCE SHEETS
(Amounts in millions)
June 30 2023 2022
Assets
Current assets
Cash and cash equivalents $ 1,204 $ 1,088
Accounts receivable 1,877 1,795
Inventories
Materials and supplies 612 598
Work in process 201 187
Finished goods 1,344 1,402
Total inventories 2,157 2,187
Prepaid expenses and other current assets 388 402
Total current assets 5,626 5,472
Property, plant and equipment, net 6,890 6,745
Goodwill 9,340 9,212
Other intangible assets, net 3,105 3,248
Other noncurrent assets 912 876
Total assets $ 25,873 $ 25,553
Liabilities and shareholders' equity
Current liabilities
Accounts payable $ 3,310 $ 3,186
Accrued and other liabilities 2,455 2,390
Debt due within one year 1,480 1,305
Total current liabilities 7,245 6,881
Long-term debt 6,120 6,490
Deferred income taxes 1,532 1,498
Other noncurrent liabilities 1,076 1,144
Total liabilities 15,973 16,013
Total shareholders' equity 9,900 9,540
Total liabilities and shareholders' equity $ 25,873 $ 25,553
"""

HARBOR_CF = """HARBOR HOME PRODUCTS CO. AND SUBSIDIARIES
CASH FLOW STATEMENTS
(Amounts in millions)
Years ended June 30 2023 2022 2021
OPERATING ACTIVITIES
Net earnings $ 2,391 $ 2,220 $ 2,171
Depreciation 512 498 476
Amortization of intangible assets 143 151 149
Share-based compensation 98 92 88
Deferred income taxes 34 (12) 21
Change in accounts receivable (82) (64) 15
Change in inventories 30 (211) (95)
Change in accounts payable and accrued liabilities 189 240 (38)
Other operating assets and liabilities, net (45) 27 (19)
TOTAL OPERATING ACTIVITIES 3,270 2,941 2,768
INVESTING ACTIVITIES
Additions to property and equipment (including software) (1,022) (968) (901)
Acquisitions, net of cash acquired (310) — (455)
Proceeds from asset sales 58 41 37
Other investing activity (12) 9 (6)
TOTAL INVESTING ACTIVITIES (1,286) (918) (1,325)
FINANCING ACTIVITIES
Dividends to shareholders (1,618) (1,534) (1,452)
Net change in short-term debt 175 (220) 140
Additions to long-term debt 500 750 —
Reductions of long-term debt (870) (615) (480)
Treasury stock purchases (600) (400) (250)
Proceeds from stock options exercised 143 97 121
TOTAL FINANCING ACTIVITIES (2,270) (1,922) (1,921)
"""

HARBOR_PAGES = {30: HARBOR_MDNA, 41: HARBOR_IS, 43: HARBOR_BS, 45: HARBOR_CF}

# ---------------------------------------------------------------------------------------------------------------
# Corvane Systems (software): "Total net revenue", a scale in thousands, capitalised software beside capex.

CORVANE = meta("CORVANE_2023_10K", "Corvane Systems, Inc.", 2023)

CORVANE_IS = """CORVANE SYSTEMS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share data)
Year Ended December 31, 2023 2022 2021
Revenue:
Subscription and support $ 1,482,310 $ 1,190,455 $ 934,120
Professional services 121,904 118,372 102,660
Total net revenue 1,604,214 1,308,827 1,036,780
Cost of revenue:
Subscription and support 298,114 251,903 207,448
Professional services 109,877 112,016 99,321
Total cost of revenue 407,991 363,919 306,769
Gross profit 1,196,223 944,908 730,011
Operating expenses:
Research and development 402,551 355,270 288,903
Sales and marketing 561,020 498,331 401,225
General and administrative 168,440 150,872 131,006
Total operating expenses 1,132,011 1,004,473 821,134
Income (loss) from operations 64,212 (59,565) (91,123)
Interest income and other, net 18,305 4,112 1,027
Income (loss) before income taxes 82,517 (55,453) (90,096)
Provision for income taxes 9,876 3,104 2,211
Net income (loss) $ 72,641 $ (58,557) $ (92,307)
"""

CORVANE_BS = """CORVANE SYSTEMS, INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
December 31, 2023 2022
Current assets:
Cash and cash equivalents $ 688,412 $ 512,037
Marketable securities 845,190 781,466
Accounts receivable, net of allowances 301,557 266,980
Deferred commissions, current 61,334 52,118
Prepaid expenses and other current assets 48,209 45,771
Total current assets 1,944,702 1,658,372
Current liabilities:
Accounts payable $ 22,816 $ 19,407
Accrued expenses and other current liabilities 150,338 131,225
Deferred revenue, current 788,190 640,355
Total current liabilities 961,344 790,987
"""

CORVANE_CF = """CORVANE SYSTEMS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In thousands)
Year Ended December 31, 2023 2022 2021
Cash flows from operating activities:
Net income (loss) $ 72,641 $ (58,557) $ (92,307)
Adjustments to reconcile net income (loss) to net cash provided by operating activities:
Depreciation and amortization 61,208 52,944 44,310
Stock-based compensation 233,415 210,876 171,554
Changes in operating assets and liabilities, net 34,854 46,397 25,345
Net cash provided by operating activities 402,118 251,660 148,902
Cash flows from investing activities:
Purchases of property and equipment (38,441) (41,207) (29,880)
Capitalized internal-use software costs (22,105) (19,316) (14,220)
Purchases of marketable securities (512,300) (401,880) (250,000)
Maturities of marketable securities 448,120 389,500 198,760
Net cash used in investing activities (124,726) (72,903) (95,340)
"""

CORVANE_PAGES = {62: CORVANE_IS, 61: CORVANE_BS, 65: CORVANE_CF}

# ---------------------------------------------------------------------------------------------------------------
# Tallgrass Industrial Holdings (industrial/energy): "Revenue from contracts with customers", "Payments for
# property, plant and equipment, net", "Depreciation, depletion, amortization and other", "STATEMENT OF
# FINANCIAL POSITION", a net PP&E row worded "at cost, less accumulated depreciation and depletion".

TALLGRASS = meta("TALLGRASS_2023_10K", "Tallgrass Industrial Holdings", 2023)

TALLGRASS_IS = """TALLGRASS INDUSTRIAL HOLDINGS
CONSOLIDATED STATEMENT OF INCOME
(millions of dollars)
2023 2022
Revenue from contracts with customers $ 24,610 $ 22,874
Costs and expenses
Cost of products and services sold 17,958 16,730
Selling, general and administrative expenses 2,114 2,001
Depreciation, depletion, amortization and other 1,462 1,388
Total costs and expenses 21,534 20,119
Operating income 3,076 2,755
Interest and other financial expense, net 146 131
Income before income tax expense 2,930 2,624
Income tax expense 645 602
Net income 2,285 2,022
Net income attributable to noncontrolling interests 41 37
Net income attributable to Tallgrass Industrial Holdings 2,244 1,985
"""

TALLGRASS_BS = """TALLGRASS INDUSTRIAL HOLDINGS
STATEMENT OF FINANCIAL POSITION
(millions of dollars)
December 31 2023 2022
Assets
Current assets
Cash and cash equivalents $ 1,118 $ 964
Notes and accounts receivable, less estimated doubtful amounts 3,402 3,215
Inventories 2,876 2,740
Other current assets 311 289
Total current assets 7,707 7,208
Property, plant and equipment, at cost, less accumulated depreciation and depletion 18,904 18,318
Other assets, including goodwill 2,633 2,590
Total assets 29,244 28,116
Liabilities
Current liabilities
Notes and loans payable 1,250 990
Accounts payable and accrued liabilities 4,112 3,987
Income taxes payable 214 198
Total current liabilities 5,576 5,175
Long-term debt 7,450 7,610
"""

TALLGRASS_CF = """TALLGRASS INDUSTRIAL HOLDINGS
STATEMENT OF CASH FLOWS
(millions of dollars)
2023 2022
Operating activities
Net income $ 2,285 $ 2,022
Depreciation, depletion, amortization and other 1,462 1,388
Deferred income taxes 88 64
Changes in working capital (203) 117
Net cash provided by operating activities 3,632 3,591
Investing activities
Payments for property, plant and equipment, net (2,048) (1,876)
Acquisitions of businesses, net of cash acquired (415) (95)
Proceeds from sales of assets 66 120
Net cash used in investing activities (2,397) (1,851)
"""

TALLGRASS_PAGES = {70: TALLGRASS_IS, 72: TALLGRASS_BS, 73: TALLGRASS_CF}

# ---------------------------------------------------------------------------------------------------------------
# First Meridian Bancorp (a bank): no cost of sales, no operating income, no current/non-current split.

MERIDIAN = meta("FIRSTMERIDIAN_2023_10K", "First Meridian Bancorp", 2023)

MERIDIAN_IS = """FIRST MERIDIAN BANCORP
CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share data)
Year ended December 31, 2023 2022
Interest income
Loans, including fees $ 4,812 $ 3,540
Investment securities 1,106 798
Other interest income 244 61
Total interest income 6,162 4,399
Interest expense
Deposits 1,788 402
Short-term and other borrowings 466 118
Long-term debt 301 187
Total interest expense 2,555 707
Net interest income 3,607 3,692
Provision for credit losses 412 188
Net interest income after provision for credit losses 3,195 3,504
Noninterest income
Service charges on deposit accounts 352 371
Card and payment fees 298 285
Wealth management fees 415 402
Other noninterest income 127 144
Total noninterest income 1,192 1,202
Noninterest expense
Salaries and employee benefits 1,644 1,598
Occupancy and equipment 402 395
Other noninterest expense 640 612
Total noninterest expense 2,686 2,605
Income before income taxes 1,701 2,101
Income tax expense 357 452
Net income $ 1,344 $ 1,649
"""

MERIDIAN_BS = """FIRST MERIDIAN BANCORP
CONSOLIDATED BALANCE SHEETS
(In millions)
December 31, 2023 2022
Assets
Cash and due from banks $ 1,402 $ 1,611
Interest-bearing deposits with banks 6,880 9,214
Securities available for sale, at fair value 21,455 23,108
Loans held for investment 98,710 94,302
Allowance for credit losses (1,312) (1,165)
Loans, net 97,398 93,137
Premises and equipment, net 1,120 1,098
Goodwill and other intangibles 4,615 4,672
Other assets 5,330 5,010
Total assets $ 138,200 $ 137,850
Liabilities
Deposits:
Noninterest-bearing 32,104 38,760
Interest-bearing 84,990 79,402
Total deposits 117,094 118,162
Short-term borrowings 3,210 2,465
Long-term debt 4,875 4,102
Other liabilities 2,121 2,040
Total liabilities 127,300 126,769
Total shareholders' equity 10,900 11,081
Total liabilities and shareholders' equity $ 138,200 $ 137,850
"""

MERIDIAN_PAGES = {88: MERIDIAN_IS, 89: MERIDIAN_BS}

# ---------------------------------------------------------------------------------------------------------------
# Keystone Mutual Holdings (a property-casualty insurer): premiums and losses, an unclassified balance sheet.

KEYSTONE = meta("KEYSTONE_2023_10K", "Keystone Mutual Holdings, Inc.", 2023)

KEYSTONE_IS = """KEYSTONE MUTUAL HOLDINGS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Years Ended December 31, 2023 2022
Revenues
Net premiums earned $ 9,214 $ 8,602
Net investment income 1,088 912
Net realized investment gains (losses) (64) 38
Fee and other income 210 198
Total revenues 10,448 9,750
Benefits, losses and expenses
Losses and loss adjustment expenses 6,320 5,904
Policy acquisition costs 1,702 1,611
General and administrative expenses 1,088 1,040
Interest expense 96 91
Total benefits, losses and expenses 9,206 8,646
Income before income taxes 1,242 1,104
Income tax expense 251 219
Net income $ 991 $ 885
"""

KEYSTONE_BS = """KEYSTONE MUTUAL HOLDINGS, INC.
CONSOLIDATED BALANCE SHEETS
(In millions)
December 31, 2023 2022
Assets
Investments:
Fixed maturities available for sale, at fair value 24,880 23,912
Equity securities, at fair value 1,940 1,812
Other invested assets 1,205 1,130
Total investments 28,025 26,854
Cash 402 388
Premiums receivable 2,611 2,450
Reinsurance recoverables 3,120 2,987
Deferred policy acquisition costs 884 842
Other assets 1,458 1,379
Total assets $ 36,500 $ 34,900
Liabilities
Reserve for losses and loss adjustment expenses 18,940 17,960
Unearned premiums 5,612 5,301
Debt 1,795 1,793
Other liabilities 1,653 1,546
Total liabilities 28,000 26,600
Total shareholders' equity 8,500 8,300
"""

KEYSTONE_PAGES = {101: KEYSTONE_IS, 102: KEYSTONE_BS}

# ---------------------------------------------------------------------------------------------------------------
# Pinecrest Stores (a retailer): "Cost of sales, including buying and occupancy costs", merchandise inventories,
# a scale in thousands, dated column headers.

PINECREST = meta("PINECREST_2023_10K", "Pinecrest Stores, Inc.", 2023)

PINECREST_IS = """PINECREST STORES, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share data)
Fiscal Year 2023 2022 2021
Net sales $ 6,482,115 $ 6,107,430 $ 5,781,992
Cost of sales, including buying and occupancy costs 4,213,375 3,985,102 3,770,481
Gross profit 2,268,740 2,122,328 2,011,511
Selling, general and administrative expenses 1,711,290 1,622,904 1,540,221
Depreciation and amortization 148,602 141,330 136,075
Operating income 408,848 358,094 335,215
Interest expense, net 22,410 24,118 25,730
Income before income taxes 386,438 333,976 309,485
Income tax expense 95,063 81,824 75,823
Net income $ 291,375 $ 252,152 $ 233,662
"""

PINECREST_BS = """PINECREST STORES, INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
December 30, 2023 December 31, 2022
Current assets:
Cash and cash equivalents $ 211,406 $ 187,950
Receivables, net 48,112 45,307
Merchandise inventories 1,092,774 1,041,205
Prepaid expenses and other current assets 60,318 57,902
Total current assets 1,412,610 1,332,364
Property and equipment, net 1,204,551 1,150,220
Operating lease assets 1,880,412 1,822,016
Other assets 98,427 94,400
Total assets $ 4,596,000 $ 4,399,000
Current liabilities:
Accounts payable $ 512,338 $ 498,116
Accrued expenses and other current liabilities 301,662 288,884
Current portion of operating lease liabilities 298,000 287,000
Total current liabilities 1,112,000 1,074,000
"""

PINECREST_PAGES = {48: PINECREST_IS, 50: PINECREST_BS}

FILINGS: dict[str, tuple[DocMeta, dict[int, str]]] = {
    "harbor": (HARBOR, HARBOR_PAGES),
    "corvane": (CORVANE, CORVANE_PAGES),
    "tallgrass": (TALLGRASS, TALLGRASS_PAGES),
    "meridian": (MERIDIAN, MERIDIAN_PAGES),
    "keystone": (KEYSTONE, KEYSTONE_PAGES),
    "pinecrest": (PINECREST, PINECREST_PAGES),
}


def pages_of(d: DocMeta, texts: dict[int, str]) -> list[Page]:
    return [Page(doc_id=d.doc_id, doc=d.doc, source=d.source, page=n, text=t) for n, t in sorted(texts.items())]


def memory_index(docs, tamper=None) -> MemoryFactIndex:
    """The package's in-memory FactIndex over ``(meta, {page: text})`` filings, with the facts the extractor reads
    from them (``tamper`` may alter each fact, to plant a misread)."""
    metas, facts, pages = [], [], {}
    for meta, texts in docs:
        metas.append(meta)
        facts += extract_facts(meta, pages_of(meta, texts))
        pages.update({(meta.doc_id, n): t for n, t in texts.items()})
    return MemoryFactIndex(metas, [tamper(f) for f in facts] if tamper else facts, pages)


def page_index(names: list[str], tamper=None) -> MemoryFactIndex:
    """``memory_index`` over the named fixture filings of ``FILINGS``."""
    return memory_index([FILINGS[name] for name in names], tamper)


# A fictional filer whose income statement signs its costs (every expense in parentheses, a credit without): shared by
# the signed-layout exclusion tests and the ", net" adjustment-label tests.
SALTIRE = DocMeta(doc_id="saltire25", doc="SALTIRE_2025_10K", source="SALTIRE_2025_10K.pdf",
                  company="Saltire Packaging plc", fiscal_year=2025, period="FY2025", doc_type="10-K",
                  extra={"period_end": "2025-06-30"})

SIGNED = """Saltire Packaging plc
Consolidated Statements of Income
Years Ended June 30,
($ in millions) 2025 2024
Net sales $ 4,800 $ 4,500
Cost of sales (3,840) (3,620)
Gross profit 960 880
Selling, general and administrative expenses (410) (395)
Research and development expenses (38) (36)
Restructuring and related items, net 95 (22)
Other income, net 7 4
Operating income 614 431
Interest expense (61) (58)
Income before income taxes 553 373
"""
