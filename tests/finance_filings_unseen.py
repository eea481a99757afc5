"""Hand-written pages of two more fictional US filers, laid out as PDF text extraction gives them, for the
statement-recognition and bank-row tests. Written for these tests (no dev-set or eval-set text): a laboratory
instrument maker with a fiscal year ending on the Saturday nearest September 30 whose titles wrap over two lines
behind the company's name, and a regional bank; plus discussion, note and summary pages that carry the same row
labels and must NOT be taken for statements. Every total adds up.
"""

from __future__ import annotations

from finance_filings import meta

FERNHILL = meta("FERNHILL_2024_10K", "Fernhill Instruments Corporation", 2024)

# the title wraps after "OF", the company's name stands before it with a dash; "Fiscal YYYY" column heads; no row
# begins with "Total"; a trailing note line with the fiscal year-end dates
FERNHILL_IS = """Item 8. Financial Statements and Supplementary Data
FERNHILL INSTRUMENTS CORPORATION - CONSOLIDATED STATEMENTS OF
EARNINGS
(in millions, except per share data)
Fiscal 2024 Fiscal 2023 Fiscal 2022
Net sales $ 3,412.8 $ 3,187.5 $ 2,904.1
Cost of sales 1,981.6 1,872.9 1,713.3
Gross profit 1,431.2 1,314.6 1,190.8
Research and development expense 214.7 198.3 181.0
Selling, general and administrative expense 736.9 702.4 655.2
Acquisition-related costs 18.2 4.6 —
Operating earnings 461.4 409.3 354.6
Interest expense, net 52.8 47.1 39.9
Other (income) expense, net (6.3) 2.4 (1.8)
Earnings before income taxes 414.9 359.8 316.5
Provision for income taxes 91.3 77.4 66.5
Net earnings $ 323.6 $ 282.4 $ 250.0
Earnings per share:
Basic $ 4.12 $ 3.57 $ 3.14
Diluted $ 4.08 $ 3.53 $ 3.10
Note: Fiscal years ended September 28, 2024, September 30, 2023 and October 1, 2022. See accompanying notes.
"""

FERNHILL_BS = """Fernhill Instruments Corporation
STATEMENT OF FINANCIAL POSITION
(in millions)
September 28, 2024 September 30, 2023
ASSETS
Cash and cash equivalents $ 288.4 $ 241.0
Accounts receivable, less allowances of $6.1 and $5.4 512.7 489.3
Inventories 604.9 633.2
Prepaid expenses and other current assets 71.5 66.8
Total current assets 1,477.5 1,430.3
Property, plant and equipment, net 842.6 801.9
Goodwill 1,096.3 1,090.7
Other intangible assets, net 402.8 436.1
Other assets 118.4 109.6
Total assets $ 3,937.6 $ 3,868.6
LIABILITIES AND SHAREHOLDERS' EQUITY
Accounts payable $ 301.2 $ 318.7
Accrued liabilities 244.9 231.5
Current portion of long-term debt 75.0 75.0
Total current liabilities 621.1 625.2
Long-term debt 1,104.6 1,179.2
Other liabilities 187.3 196.4
Total liabilities 1,913.0 2,000.8
Total shareholders' equity 2,024.6 1,867.8
Total liabilities and shareholders' equity $ 3,937.6 $ 3,868.6
"""

FERNHILL_CF = """FERNHILL INSTRUMENTS CORPORATION
CASH FLOW STATEMENTS
(in millions)
Fiscal 2024 Fiscal 2023 Fiscal 2022
Operating activities
Net earnings $ 323.6 $ 282.4 $ 250.0
Depreciation 88.1 83.6 79.2
Amortization of intangible assets 33.3 31.9 30.4
Changes in working capital, net 12.6 (41.5) (22.8)
Net cash provided by operating activities 457.6 356.4 336.8
Investing activities
Purchases of property, plant and equipment (128.8) (119.4) (104.3)
Acquisitions, net of cash acquired (22.0) — (61.5)
Net cash used in investing activities (150.8) (119.4) (165.8)
Financing activities
Repayments of long-term debt (75.0) (75.0) (50.0)
Dividends paid (118.1) (106.3) (97.4)
Repurchases of common stock (66.3) (40.0) (25.0)
Net cash used in financing activities (259.4) (221.3) (172.4)
Net increase in cash and cash equivalents 47.4 15.7 (1.4)
Cash and cash equivalents at end of year $ 288.4 $ 241.0 $ 225.3
"""

FERNHILL_PAGES = {52: FERNHILL_IS, 53: FERNHILL_BS, 55: FERNHILL_CF}

# The same statement with its title lost (a continued page, or a title PDF text dropped) and worded so that the
# metric registry places only one of its rows on the income statement: only its build says what it is.
UNTITLED_IS = """(in thousands, except per share amounts)
Year ended June 30, 2024 2023 2022
Instrument and service revenues $ 918,402 $ 861,177 $ 790,035
Cost of instruments and services 522,118 497,960 455,280
Margin on instruments and services 396,284 363,217 334,755
Product engineering 61,905 57,340 52,118
Marketing, distribution and administration 201,446 190,822 176,903
Earnings from operating activities 132,933 115,055 105,734
Financing costs 14,208 12,951 11,367
Earnings before income taxes 118,725 102,104 94,367
Income taxes 25,937 21,442 19,818
Net earnings $ 92,788 $ 80,662 $ 74,549
Per share, basic $ 2.31 $ 2.02 $ 1.87
Per share, diluted $ 2.29 $ 2.00 $ 1.85
"""

# --- pages with the same labels that are not primary statements ------------------------------------------------

# a segment table in the discussion: the labels of the income statement, segment rows, a caption above the header
MDNA_SEGMENTS = """Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations
Segment Results
(in millions)
Fiscal 2024 Fiscal 2023 Fiscal 2022
Net sales:
Life Sciences $ 1,906.5 $ 1,770.2 $ 1,602.9
Industrial Analysis 1,096.1 1,031.8 958.4
Clinical Diagnostics 410.2 385.5 342.8
Total net sales $ 3,412.8 $ 3,187.5 $ 2,904.1
Operating earnings:
Life Sciences 301.6 266.0 228.7
Industrial Analysis 171.3 152.9 139.0
Clinical Diagnostics 54.5 47.2 39.4
Corporate (66.0) (56.8) (52.5)
Total operating earnings $ 461.4 $ 409.3 $ 354.6
Net earnings $ 323.6 $ 282.4 $ 250.0
"""

# the discussion's condensed results, with change columns beside the periods
MDNA_RESULTS = """(in millions) Fiscal 2024 Fiscal 2023 $ Change % Change
Net sales $ 3,412.8 $ 3,187.5 $ 225.3 7.1 %
Cost of sales 1,981.6 1,872.9 108.7 5.8 %
Gross profit 1,431.2 1,314.6 116.6 8.9 %
Research and development expense 214.7 198.3 16.4 8.3 %
Selling, general and administrative expense 736.9 702.4 34.5 4.9 %
Operating earnings 461.4 409.3 52.1 12.7 %
Interest expense, net 52.8 47.1 5.7 12.1 %
Earnings before income taxes 414.9 359.8 55.1 15.3 %
Provision for income taxes 91.3 77.4 13.9 18.0 %
Net earnings $ 323.6 $ 282.4 $ 41.2 14.6 %
"""

# a segment note: numbered, the statement's labels per segment
NOTE_SEGMENTS = """Note 16 — Segment Information
(in millions)
Fiscal 2024 Fiscal 2023 Fiscal 2022
Life Sciences net sales $ 1,906.5 $ 1,770.2 $ 1,602.9
Industrial Analysis net sales 1,096.1 1,031.8 958.4
Clinical Diagnostics net sales 410.2 385.5 342.8
Total net sales 3,412.8 3,187.5 2,904.1
Life Sciences operating earnings 301.6 266.0 228.7
Industrial Analysis operating earnings 171.3 152.9 139.0
Clinical Diagnostics operating earnings 54.5 47.2 39.4
Unallocated corporate expense (66.0) (56.8) (52.5)
Total operating earnings 461.4 409.3 354.6
Interest expense, net 52.8 47.1 39.9
Earnings before income taxes $ 414.9 $ 359.8 $ 316.5
"""

# the five-year summary: every year's net sales and net earnings, and the balance sheet's totals
SELECTED_DATA = """Selected Financial Data
(in millions, except per share data)
Fiscal 2024 Fiscal 2023 Fiscal 2022 Fiscal 2021 Fiscal 2020
Net sales $ 3,412.8 $ 3,187.5 $ 2,904.1 $ 2,655.0 $ 2,498.7
Gross profit 1,431.2 1,314.6 1,190.8 1,080.6 1,002.3
Operating earnings 461.4 409.3 354.6 318.2 290.9
Earnings before income taxes 414.9 359.8 316.5 281.7 255.0
Net earnings 323.6 282.4 250.0 221.3 199.6
Diluted earnings per share 4.08 3.53 3.10 2.73 2.45
Total assets 3,937.6 3,868.6 3,702.2 3,518.4 3,390.0
Long-term debt 1,104.6 1,179.2 1,254.0 1,310.5 1,360.2
Net cash provided by operating activities 457.6 356.4 336.8 312.1 298.4
"""

# a tax note's tables under their lead-ins, with no numbered heading on the page
TAX_NOTE = """The components of earnings before income taxes were as follows (in millions):
Fiscal 2024 Fiscal 2023 Fiscal 2022
United States $ 288.2 $ 251.6 $ 219.0
Foreign 126.7 108.2 97.5
Earnings before income taxes $ 414.9 $ 359.8 $ 316.5
The provision for income taxes consisted of the following (in millions):
Fiscal 2024 Fiscal 2023 Fiscal 2022
Current federal $ 49.8 $ 41.0 $ 35.7
Current state 9.4 8.1 7.3
Current foreign 28.6 25.9 22.0
Total current 87.8 75.0 65.0
Deferred 3.5 2.4 1.5
Provision for income taxes $ 91.3 $ 77.4 $ 66.5
"""

NOT_STATEMENTS = {"mdna_segments": MDNA_SEGMENTS, "mdna_results": MDNA_RESULTS, "note_segments": NOTE_SEGMENTS,
                  "selected_data": SELECTED_DATA, "tax_note": TAX_NOTE}

# ---------------------------------------------------------------------------------------------------------------
# Cedarvale Financial (a regional bank, figures in thousands): interest and dividend income, interest expense on
# deposits and borrowings, a credit-loss provision, noninterest income and expense; common dividends paid in the
# financing section of the cash-flow statement. Its income statement's title wraps too.

CEDARVALE = meta("CEDARVALE_2024_10K", "Cedarvale Financial Corporation", 2024)

CEDARVALE_IS = """CEDARVALE FINANCIAL CORPORATION
CONSOLIDATED STATEMENTS OF
INCOME
(Dollars in thousands, except per share data)
Years Ended December 31, 2024 2023 2022
Interest and dividend income:
Loans, including fees $ 612,448 $ 561,907 $ 402,115
Taxable investment securities 88,310 79,642 51,208
Tax-exempt investment securities 9,875 10,412 10,907
Federal funds sold and other 14,220 12,004 2,381
Total interest and dividend income 724,853 663,965 466,611
Interest expense:
Deposits 248,902 180,447 31,904
Federal Home Loan Bank advances 30,115 27,660 4,512
Subordinated debentures 6,720 6,720 6,110
Total interest expense 285,737 214,827 42,526
Net interest income 439,116 449,138 424,085
Provision for credit losses 21,400 17,950 6,200
Net interest income after provision for credit losses 417,716 431,188 417,885
Noninterest income:
Service charges on deposit accounts 22,418 21,877 20,664
Trust and wealth management fees 31,095 28,840 29,102
Mortgage banking income 7,660 6,112 11,845
Net losses on sales of securities (1,204) (9,880) —
Other 12,533 11,690 10,947
Total noninterest income 72,502 58,639 72,558
Noninterest expense:
Salaries and employee benefits 172,310 165,402 154,830
Occupancy and equipment 38,944 37,015 35,402
Data processing 24,870 22,660 20,115
FDIC insurance 11,206 10,988 5,634
Other operating expenses 44,052 42,775 39,880
Total noninterest expense 291,382 278,840 255,861
Income before income taxes 198,836 210,987 234,582
Income tax expense 41,755 44,307 49,262
Net income $ 157,081 $ 166,680 $ 185,320
Earnings per common share:
Basic $ 3.62 $ 3.81 $ 4.19
Diluted $ 3.60 $ 3.79 $ 4.16
"""

CEDARVALE_BS = """CEDARVALE FINANCIAL CORPORATION
CONSOLIDATED BALANCE SHEETS
(Dollars in thousands)
December 31, 2024 2023
Assets
Cash and due from banks $ 182,640 $ 171,205
Interest-bearing deposits in other banks 401,118 356,150
Investment securities available for sale 2,014,870 2,166,402
Loans 10,842,116 10,315,774
Allowance for credit losses on loans (131,402) (124,985)
Net loans 10,710,714 10,190,789
Premises and equipment, net 112,460 109,873
Goodwill 386,524 386,524
Other assets 298,335 287,113
Total assets $ 14,106,661 $ 13,668,056
Liabilities and Shareholders' Equity
Deposits:
Noninterest-bearing demand 2,841,907 3,110,665
Interest-bearing 8,996,310 8,470,182
Total deposits 11,838,217 11,580,847
Federal Home Loan Bank advances 570,000 485,000
Subordinated debentures 148,350 148,050
Accrued interest payable and other liabilities 126,914 118,406
Total liabilities 12,683,481 12,332,303
Total shareholders' equity 1,423,180 1,335,753
Total liabilities and shareholders' equity $ 14,106,661 $ 13,668,056
"""

CEDARVALE_CF = """CEDARVALE FINANCIAL CORPORATION
CONSOLIDATED STATEMENTS OF CASH FLOWS
(Dollars in thousands)
Years Ended December 31, 2024 2023 2022
Operating activities:
Net income $ 157,081 $ 166,680 $ 185,320
Provision for credit losses 21,400 17,950 6,200
Depreciation and amortization 12,804 12,116 11,690
Net change in other assets and liabilities 10,170 (8,374) 11,696
Net cash provided by operating activities 201,455 188,372 214,906
Investing activities:
Net increase in loans (541,325) (612,440) (803,116)
Net (purchases) sales of investment securities 144,656 127,913 (304,676)
Purchases of premises and equipment (15,391) (14,207) (12,655)
Net cash used in investing activities (412,060) (498,734) (1,120,447)
Financing activities:
Net increase in deposits 257,370 402,118 318,905
Net change in Federal Home Loan Bank advances 85,000 (20,000) 505,000
Cash dividends paid on common stock (58,612) (55,904) (52,720)
Repurchases of common stock (16,750) (30,115) (22,880)
Net cash provided by financing activities 267,008 296,099 748,305
Net increase (decrease) in cash and cash equivalents 56,403 (14,263) (157,236)
Cash and cash equivalents at beginning of year 527,355 541,618 698,854
Cash and cash equivalents at end of year $ 583,758 $ 527,355 $ 541,618
"""

CEDARVALE_PAGES = {71: CEDARVALE_IS, 72: CEDARVALE_BS, 74: CEDARVALE_CF}

# The cash-flow statement split over two pages as a PDF prints it: the second page carries on with the financing
# section, with no title and no header of periods (those stand on the page before).
_CF_LINES = FERNHILL_CF.splitlines()
FERNHILL_CF_FIRST = "\n".join(_CF_LINES[:_CF_LINES.index("Financing activities")]) + "\n"
FERNHILL_CF_CONTINUED = "\n".join(_CF_LINES[_CF_LINES.index("Financing activities"):]) + "\n"
FERNHILL_SPLIT_PAGES = {52: FERNHILL_IS, 53: FERNHILL_BS, 55: FERNHILL_CF_FIRST, 56: FERNHILL_CF_CONTINUED}

# quarterly results without years in their header, and the discussion's results table whose header (with its
# change columns) stayed on the page before
QUARTERLY = """Quarterly Financial Data (Unaudited)
First Second Third Fourth
(in millions, except per share data) Quarter Quarter Quarter Quarter Year
Fiscal 2024:
Net sales $ 801.2 $ 866.0 $ 842.9 $ 902.7 $ 3,412.8
Gross profit 333.5 362.1 356.0 379.6 1,431.2
Operating earnings 104.7 118.2 112.3 126.2 461.4
Net earnings 72.8 83.9 79.5 87.4 323.6
Fiscal 2023:
Net sales $ 752.4 $ 808.3 $ 790.1 $ 836.7 $ 3,187.5
Gross profit 306.1 333.8 327.2 347.5 1,314.6
Operating earnings 91.0 104.4 100.9 113.0 409.3
Net earnings 62.4 72.1 70.2 77.7 282.4
"""
MDNA_RESULTS_CONTINUED = "\n".join(MDNA_RESULTS.splitlines()[1:]) + "\n"
