"""Build the two filings of the held-out set filings26 (eval/datasets/filings26/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is a
Markdown exhibit (release_md). The companies and every figure are fictional. Both filers report in thousands of
dollars; figures are held here as integers in thousands, and statement totals are summed here so that they foot.

    .venv/bin/python eval/datasets/filings26/build_pdf.py      # writes docs/*.pdf and docs/*.md
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


def k(v, dollar=False, nil='-'):
    """Thousands as printed: 1,234 / (1,234) / nil."""
    if v == 0:
        return nil
    s = f"{abs(v):,}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def row(label, vals, dollar=False, nil='-'):
    return (label, *(k(v, dollar, nil) for v in vals))


def add(*series):
    return [sum(x) for x in zip(*series)]


def sub(a, b):
    return [x - y for x, y in zip(a, b)]


def neg(series):
    return [-x for x in series]


def pct(a, b):
    return f"{a / b * 100:.1f}%"


def chg(a, b):
    return f"{(a - b) / b * 100:.1f}%"


def mil(v):
    """Thousands written in millions with one decimal, as MD&A prose does."""
    return f"{v / 1000:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Brightwell Dental Supply, Inc.: Form 10-K, fiscal year ended September 30, 2026 (fiscal 2026, 2025, 2024), $000s.
B = dict(
    s_con=[1_842_316, 1_731_508, 1_652_940],   # Consumables
    s_eq=[612_874, 658_221, 631_457],          # Equipment and Technology
    s_sv=[214_652, 171_930, 158_318],          # Value-Added Services
    cogs=[1_861_093, 1_788_452, 1_706_208],
    o_con=[171_204, 158_816, 149_392],
    o_eq=[38_918, 52_604, 50_117],
    o_sv=[29_412, 22_947, 20_106],
    corp=[-41_237, -38_652, -36_014],
    acq=[9_842, 3_118, 0],                     # acquisition and integration costs
    interest=[38_614, 33_207, 35_880],
    other=[-2_146, -1_318, 412],               # other (income) expense, net
    rate=[0.238, 0.246, 0.249],
    basic=[48_612, 49_355, 50_104],            # thousands of shares
    diluted=[49_087, 49_901, 50_688],
    da=[52_318, 47_906, 45_112],
    amort=[14_806, 11_240, 10_905],
    dps=[0.88, 0.80, 0.72],
)
B['sales'] = add(B['s_con'], B['s_eq'], B['s_sv'])
B['gp'] = sub(B['sales'], B['cogs'])
B['seg_oi'] = add(B['o_con'], B['o_eq'], B['o_sv'])
B['opinc'] = sub(add(B['seg_oi'], B['corp']), B['acq'])
B['sga'] = sub(sub(B['gp'], B['acq']), B['opinc'])
B['pretax'] = sub(sub(B['opinc'], B['interest']), B['other'])
B['tax'] = [round(a * r) for a, r in zip(B['pretax'], B['rate'])]
B['ni'] = sub(B['pretax'], B['tax'])
B['div'] = [round(d * s) for d, s in zip(B['dps'], B['basic'])]
assert B['sga'][0] > 0 and all(x > 0 for x in B['ni'])

# Balance sheets at September 30, 2026 and 2025; 2026 follows from 2025 and the fiscal 2026 cash flows.
KEYSTONE = dict(goodwill=71_300, intang=44_200, ppe=3_000)   # Keystone Practice Analytics, acquired February 2, 2026
KEYSTONE['price'] = sum(KEYSTONE.values())
BC = dict(
    capex=[-41_227, -38_914, -36_502],
    acqs=[-KEYSTONE['price'], -22_400, 0],
    sbc=[14_226, 13_108, 12_355],
    deferred=[2_458, 1_904, -866],
    debt_cost=[1_591, 1_588, 1_584],
    rec=[-23_293, -14_870, -11_206],
    inv=[13_224, -21_688, -17_344],
    prepaid=[-2_887, -1_412, 908],
    ap=[12_211, 9_842, 6_117],
    accrued=[6_457, 4_106, -2_318],
    rev_borrow=[125_000, 40_000, 25_000],
    rev_repay=[-50_000, -40_000, -65_000],
    tl_repay=[-20_000, -20_000, -20_000],
    buyback=[-60_114, -71_850, -55_402],
)
BC['div'] = neg(B['div'])
BC['cfo'] = add(B['ni'], B['da'], BC['debt_cost'], BC['sbc'], BC['deferred'], BC['rec'], BC['inv'], BC['prepaid'],
                BC['ap'], BC['accrued'])
BC['cfi'] = add(BC['capex'], BC['acqs'])
BC['cff'] = add(BC['rev_borrow'], BC['rev_repay'], BC['tl_repay'], BC['div'], BC['buyback'])
BC['net'] = add(BC['cfo'], BC['cfi'], BC['cff'])
CASH25 = 61_842
BC['end'] = [CASH25 + BC['net'][0], CASH25, CASH25 - BC['net'][1]]
BC['begin'] = sub(BC['end'], BC['net'])

DEBT = dict(revolver=[75_000, 0], tla=[260_000, 280_000], notes=[350_000, 350_000], costs=[-5_184, -6_775])
DEBT['total'] = add(DEBT['revolver'], DEBT['tla'], DEBT['notes'])
DEBT['current'] = [-20_000, -20_000]
DEBT['ltd'] = add(DEBT['total'], DEBT['costs'], DEBT['current'])
assert DEBT['revolver'][0] - DEBT['revolver'][1] == BC['rev_borrow'][0] + BC['rev_repay'][0]
assert DEBT['tla'][0] - DEBT['tla'][1] == BC['tl_repay'][0]
assert DEBT['costs'][0] - DEBT['costs'][1] == BC['debt_cost'][0]

BB = dict(
    cash=[BC['end'][0], CASH25],
    rec=[298_514 - BC['rec'][0], 298_514],
    inv=[402_736 - BC['inv'][0], 402_736],
    prepaid=[38_119 - BC['prepaid'][0], 38_119],
    ppe=[187_405 - BC['capex'][0] + KEYSTONE['ppe'] - (B['da'][0] - B['amort'][0]), 187_405],
    rou=[101_648, 96_220],
    goodwill=[512_630 + KEYSTONE['goodwill'], 512_630],
    intang=[118_442 + KEYSTONE['intang'] - B['amort'][0], 118_442],
    other_a=[24_318, 24_318],
    ap=[246_907 + BC['ap'][0], 246_907],
    accrued=[118_334 + BC['accrued'][0], 118_334],
    cur_debt=neg(DEBT['current']),
    lease_cur=[22_914, 21_506],
    ltd=DEBT['ltd'],
    dtl=[41_660 + BC['deferred'][0], 41_660],
    other_l=[17_203, 17_203],
    common=[612, 612],
    apic=[402_118 + BC['sbc'][0], 402_118],
    aoci=[-12_406, -12_406],
    treasury=[-386_540 + BC['buyback'][0], -386_540],
)
BB['lease_lt'] = [79_812 + (BB['rou'][0] - BB['rou'][1]) - (BB['lease_cur'][0] - BB['lease_cur'][1]), 79_812]
BB['cur_a'] = add(BB['cash'], BB['rec'], BB['inv'], BB['prepaid'])
BB['assets'] = add(BB['cur_a'], BB['ppe'], BB['rou'], BB['goodwill'], BB['intang'], BB['other_a'])
BB['cur_l'] = add(BB['ap'], BB['accrued'], BB['cur_debt'], BB['lease_cur'])
BB['liab'] = add(BB['cur_l'], BB['ltd'], BB['lease_lt'], BB['dtl'], BB['other_l'])
_re25 = BB['assets'][1] - BB['liab'][1] - (BB['common'][1] + BB['apic'][1] + BB['aoci'][1] + BB['treasury'][1])
BB['re'] = [_re25 + B['ni'][0] - B['div'][0], _re25]
BB['equity'] = add(BB['common'], BB['apic'], BB['re'], BB['aoci'], BB['treasury'])
BB['le'] = add(BB['liab'], BB['equity'])
assert BB['le'] == BB['assets'], (BB['le'], BB['assets'])
assert BB['cash'][0] > 0 and BC['begin'][2] > 0

Y3 = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')
BS2 = ('', 'September 30, 2026', 'September 30, 2025')


def beps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


def brow(label, key, dollar=False):
    return row(label, B[key], dollar)


def bbrow(label, key, dollar=False):
    return row(label, BB[key], dollar)


def bcrow(label, key, dollar=False):
    return row(label, BC[key], dollar)


_SV_KEYSTONE = 31_406  # Keystone's net sales since February 2, 2026, all in Value-Added Services
_SV_ORG = (B['s_sv'][0] - _SV_KEYSTONE - B['s_sv'][1]) / B['s_sv'][1] * 100

BRIGHTWELL_10K = Report(
    stem="brightwell_dental_10k_fy2026",
    title="Brightwell Dental Supply, Inc. - Annual Report on Form 10-K for the fiscal year ended September 30, 2026",
    running_title="Brightwell Dental Supply, Inc. | Form 10-K fiscal 2026",
    date="November 19, 2026",
    iso_date="2026-11-19",
    keywords=("Brightwell Dental Supply", "10-K", "dental distribution", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended September 30, 2026.
Commission File Number 000-51874. BRIGHTWELL DENTAL SUPPLY, INC. (Exact name of registrant as specified in its
charter), a Minnesota corporation, I.R.S. Employer Identification No. 41-2287034, 7400 Northland Parkway, Brooklyn
Park, Minnesota 55428. Registrant's telephone number, including area code: (763) 555-0142."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(('Common Stock, $0.01 par value', 'BWDS', 'The Nasdaq Stock Market LLC'),),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the common stock held by non-affiliates of
the registrant, computed by reference to the closing price on March 31, 2026, the last business day of the
registrant's most recently completed second fiscal quarter, was approximately $3.4 billion. As of November 6, 2026,
48,391,552 shares of the registrant's common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p("""Brightwell Dental Supply, Inc. ("Brightwell," the "Company," "we," "our") is a distributor of dental
consumables, equipment and technology to dental practices, dental service organizations ("DSOs"), dental
laboratories and schools in the United States and Canada. Our fiscal year ends on September 30; "fiscal 2026"
refers to the twelve months ended September 30, 2026. We serve about 41,000 customer locations from eight
distribution centers, the largest of which are in Brooklyn Park, Minnesota, Columbus, Ohio and Reno, Nevada, and
through about 1,150 field sales consultants and 380 equipment service technicians."""),
            p("""We report three segments. Consumables sells infection-control products, impression materials,
restoratives, endodontic and orthodontic supplies, small equipment and our Brightwell Select private-label products.
Equipment and Technology sells and installs dental chairs, imaging systems, CAD/CAM milling units and practice
software, and services that equipment. Value-Added Services provides practice-management and revenue-cycle
services, equipment financing arranged through third parties, and continuing-education programs. DSOs accounted
for 27% of our net sales in fiscal 2026, compared with 24% in fiscal 2025; no single customer accounted for more
than 5% of net sales. Our ten largest suppliers accounted for about 46% of our purchases."""),
        ),
        (
            p("""Employees. We had about 4,620 employees at September 30, 2026, compared with about 4,410 a year
earlier; the increase mainly reflects the 190 employees who joined us with Keystone Practice Analytics, Inc."""),
            h('Item 1A. Risk Factors'),
            p("""Demand for dental equipment depends on dentists' confidence and on the cost and availability of
financing, and higher interest rates have reduced equipment purchases. Manufacturers could sell directly to dental
practices or end our distribution agreements. Large DSOs negotiate lower prices and could buy directly. Our
private-label products depend on contract manufacturers, several of them outside the United States."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p(f"""Our common stock trades on the Nasdaq Global Select Market under the symbol BWDS. We paid quarterly
dividends of $0.22 per share in fiscal 2026 (${B['dps'][0]:.2f} for the year) and $0.20 per share in fiscal 2025
(${B['dps'][1]:.2f} for the year). In fiscal 2026 we repurchased 1.1 million shares for ${mil(-BC['buyback'][0])}
million; $142.5 million remained available under the $300.0 million repurchase program authorized in August 2024
at September 30, 2026."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Net sales for fiscal 2026 were ${mil(B['sales'][0])} million, an increase of
{chg(B['sales'][0], B['sales'][1])} from ${mil(B['sales'][1])} million in fiscal 2025. Operating income was
${mil(B['opinc'][0])} million, compared with ${mil(B['opinc'][1])} million, and net income was ${mil(B['ni'][0])}
million, or {beps(B['ni'], B['diluted'])[0]} per diluted share, compared with ${mil(B['ni'][1])} million, or
{beps(B['ni'], B['diluted'])[1]} per diluted share. Unless stated otherwise, amounts in the tables of this report
are in thousands of dollars."""),
            p(f"""Net sales. Consumables net sales rose {chg(B['s_con'][0], B['s_con'][1])}, of which about 2.5
percentage points came from price increases passed through from manufacturers and the rest from higher volumes,
led by DSO customers and Brightwell Select products. Equipment and Technology net sales declined
{(B['s_eq'][1] - B['s_eq'][0]) / B['s_eq'][1] * 100:.1f}% because of lower sales of CAD/CAM milling units and
imaging systems, as higher financing costs led dentists to defer purchases, partially offset by higher equipment
service revenue. Value-Added Services net sales rose {chg(B['s_sv'][0], B['s_sv'][1])}; Keystone Practice Analytics
contributed ${mil(_SV_KEYSTONE)} million of net sales after its acquisition on February 2, 2026."""),
            p(f"""Gross profit was ${mil(B['gp'][0])} million, or {pct(B['gp'][0], B['sales'][0])} of net sales,
compared with {pct(B['gp'][1], B['sales'][1])} in fiscal 2025. The gross margin improved mainly because of a
higher share of Brightwell Select private-label products and of Value-Added Services, which carry higher margins,
and the lower share of equipment, partially offset by larger volume rebates to DSO customers."""),
        ),
        (
            Table(
                caption='Net sales and operating income by segment',
                unit='(Dollars in thousands)',
                header=('', 'Fiscal 2026', 'Fiscal 2025', 'Change'),
                rows=(
                    ('Net sales: Consumables', k(B['s_con'][0], True), k(B['s_con'][1], True),
                     chg(B['s_con'][0], B['s_con'][1])),
                    ('Equipment and Technology', k(B['s_eq'][0]), k(B['s_eq'][1]), chg(B['s_eq'][0], B['s_eq'][1])),
                    ('Value-Added Services', k(B['s_sv'][0]), k(B['s_sv'][1]), chg(B['s_sv'][0], B['s_sv'][1])),
                    ('Total net sales', k(B['sales'][0], True), k(B['sales'][1], True),
                     chg(B['sales'][0], B['sales'][1])),
                    ('Operating income: Consumables', k(B['o_con'][0], True), k(B['o_con'][1], True),
                     chg(B['o_con'][0], B['o_con'][1])),
                    ('Equipment and Technology', k(B['o_eq'][0]), k(B['o_eq'][1]), chg(B['o_eq'][0], B['o_eq'][1])),
                    ('Value-Added Services', k(B['o_sv'][0]), k(B['o_sv'][1]), chg(B['o_sv'][0], B['o_sv'][1])),
                ),
                note="Segment operating income excludes unallocated corporate expenses and acquisition and "
                     "integration costs; see Note 13.",
            ),
            p(f"""Selling, general and administrative expenses were ${mil(B['sga'][0])} million, or
{pct(B['sga'][0], B['sales'][0])} of net sales, compared with {pct(B['sga'][1], B['sales'][1])}, mainly because of
Keystone's operating costs, higher compensation for field sales consultants and investments in our e-commerce
platform. Acquisition and integration costs of ${mil(B['acq'][0])} million related to Keystone."""),
            p(f"""Acquisition. On February 2, 2026 we acquired Keystone Practice Analytics, Inc., a privately held
provider of revenue-cycle and practice-analytics services to about 2,300 dental practices, based in Columbus,
Ohio, for ${mil(KEYSTONE['price'])} million in cash, net of cash acquired, funded with cash on hand and borrowings
under our revolving credit facility. We recorded goodwill of ${mil(KEYSTONE['goodwill'])} million and customer
relationship and technology intangible assets of ${mil(KEYSTONE['intang'])} million. Keystone is reported in the
Value-Added Services segment."""),
            p(f"""Interest expense increased to ${mil(B['interest'][0])} million from ${mil(B['interest'][1])} million
because of borrowings under our revolving credit facility and higher rates on our term loan. The effective tax rate
was {pct(B['tax'][0], B['pretax'][0])}, compared with {pct(B['tax'][1], B['pretax'][1])} in fiscal 2025, mainly
because of higher excess tax benefits from stock-based compensation."""),
            p(f"""Liquidity. Net cash provided by operating activities was ${mil(BC['cfo'][0])} million in fiscal 2026,
compared with ${mil(BC['cfo'][1])} million, mainly because inventories declined as we reduced equipment stock.
Purchases of property and equipment were ${mil(-BC['capex'][0])} million, mainly for the automation of our Reno
distribution center. At September 30, 2026 we had $325.0 million available under our $400.0 million revolving
credit facility. Fiscal 2027 outlook: we expect net sales to grow 3% to 5% and purchases of property and equipment
of about $45 million."""),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF INCOME'),
            Table(
                caption='Brightwell Dental Supply, Inc. Consolidated Statements of Income',
                unit='(In thousands, except per share data)',
                header=Y3,
                rows=(
                    brow('Net sales', 'sales', True),
                    brow('Cost of sales', 'cogs'),
                    brow('Gross profit', 'gp'),
                    brow('Selling, general and administrative expenses', 'sga'),
                    brow('Acquisition and integration costs', 'acq'),
                    brow('Operating income', 'opinc'),
                    brow('Interest expense', 'interest'),
                    brow('Other (income) expense, net', 'other'),
                    brow('Income before income taxes', 'pretax'),
                    brow('Provision for income taxes', 'tax'),
                    brow('Net income', 'ni', True),
                    ('Earnings per share: Basic', *beps(B['ni'], B['basic'])),
                    ('Diluted', *beps(B['ni'], B['diluted'])),
                    brow('Weighted average shares outstanding: Basic', 'basic'),
                    brow('Diluted', 'diluted'),
                    ('Cash dividends declared per share', *(f"${d:.2f}" for d in B['dps'])),
                ),
            ),
            p("""The accompanying notes are an integral part of these consolidated financial statements."""),
        ),
        (
            h('CONSOLIDATED BALANCE SHEETS'),
            Table(
                caption='Brightwell Dental Supply, Inc. Consolidated Balance Sheets',
                unit='(In thousands, except par value)',
                header=BS2,
                rows=(
                    bbrow('Cash and cash equivalents', 'cash', True),
                    bbrow('Accounts receivable, net of allowance of $6,412 and $5,987', 'rec'),
                    bbrow('Inventories, net', 'inv'),
                    bbrow('Prepaid expenses and other current assets', 'prepaid'),
                    bbrow('Total current assets', 'cur_a'),
                    bbrow('Property and equipment, net', 'ppe'),
                    bbrow('Operating lease right-of-use assets', 'rou'),
                    bbrow('Goodwill', 'goodwill'),
                    bbrow('Intangible assets, net', 'intang'),
                    bbrow('Other assets', 'other_a'),
                    bbrow('Total assets', 'assets', True),
                    bbrow('Accounts payable', 'ap', True),
                    bbrow('Accrued expenses and other current liabilities', 'accrued'),
                    bbrow('Current maturities of long-term debt', 'cur_debt'),
                    bbrow('Current operating lease liabilities', 'lease_cur'),
                    bbrow('Total current liabilities', 'cur_l'),
                    bbrow('Long-term debt, less current maturities', 'ltd'),
                    bbrow('Operating lease liabilities', 'lease_lt'),
                    bbrow('Deferred income taxes', 'dtl'),
                    bbrow('Other long-term liabilities', 'other_l'),
                    bbrow('Total liabilities', 'liab'),
                    bbrow('Common stock, $0.01 par value; 61,204 shares issued', 'common'),
                    bbrow('Additional paid-in capital', 'apic'),
                    bbrow('Retained earnings', 're'),
                    bbrow('Accumulated other comprehensive loss', 'aoci'),
                    bbrow('Treasury stock, at cost', 'treasury'),
                    bbrow("Total shareholders' equity", 'equity'),
                    bbrow("Total liabilities and shareholders' equity", 'le', True),
                ),
            ),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF CASH FLOWS'),
            Table(
                caption='Brightwell Dental Supply, Inc. Consolidated Statements of Cash Flows',
                unit='(In thousands)',
                header=Y3,
                rows=(
                    brow('Net income', 'ni', True),
                    brow('Depreciation and amortization', 'da'),
                    bcrow('Amortization of debt issuance costs', 'debt_cost'),
                    bcrow('Stock-based compensation', 'sbc'),
                    bcrow('Deferred income taxes', 'deferred'),
                    bcrow('Accounts receivable', 'rec'),
                    bcrow('Inventories', 'inv'),
                    bcrow('Prepaid expenses and other assets', 'prepaid'),
                    bcrow('Accounts payable', 'ap'),
                    bcrow('Accrued expenses and other liabilities', 'accrued'),
                    bcrow('Net cash provided by operating activities', 'cfo'),
                    bcrow('Purchases of property and equipment', 'capex'),
                    bcrow('Acquisitions of businesses, net of cash acquired', 'acqs'),
                    bcrow('Net cash used in investing activities', 'cfi'),
                    bcrow('Borrowings under revolving credit facility', 'rev_borrow'),
                    bcrow('Repayments under revolving credit facility', 'rev_repay'),
                    bcrow('Repayments of term loan', 'tl_repay'),
                    bcrow('Cash dividends paid', 'div'),
                    bcrow('Repurchases of common stock', 'buyback'),
                    bcrow('Net cash used in financing activities', 'cff'),
                    bcrow('Net increase (decrease) in cash and cash equivalents', 'net'),
                    bcrow('Cash and cash equivalents at beginning of year', 'begin'),
                    bcrow('Cash and cash equivalents at end of year', 'end', True),
                ),
            ),
        ),
        (
            h('NOTES TO CONSOLIDATED FINANCIAL STATEMENTS'),
            h('Note 7. Debt'),
            Table(
                caption='Long-term debt',
                unit='(In thousands)',
                header=BS2,
                rows=(
                    row('Revolving credit facility due 2029', DEBT['revolver']),
                    row('Term Loan A due 2028', DEBT['tla']),
                    row('4.375% Senior Notes due 2031', DEBT['notes']),
                    row('Total debt', DEBT['total']),
                    row('Unamortized debt issuance costs', DEBT['costs']),
                    row('Current maturities of long-term debt', DEBT['current']),
                    row('Long-term debt, less current maturities', DEBT['ltd']),
                ),
            ),
            p("""Our credit agreement provides a $400.0 million revolving credit facility and the Term Loan A, both
maturing in June 2029 and June 2028, respectively, and bearing interest at SOFR plus a margin of 1.25% to 2.00%
based on our leverage. The Term Loan A amortizes $20.0 million a year. The agreement requires a maximum
consolidated net leverage ratio of 3.50 to 1.00 and a minimum interest coverage ratio of 3.00 to 1.00; we were in
compliance at September 30, 2026. The weighted average interest rate on borrowings under the revolving credit
facility was 6.1% at September 30, 2026. The 4.375% Senior Notes are unsecured and pay interest semi-annually."""),
            h('Note 13. Segment Information'),
            Table(
                caption='Net sales and operating income by segment',
                unit='(In thousands)',
                header=Y3,
                rows=(
                    brow('Net sales: Consumables', 's_con'),
                    brow('Equipment and Technology', 's_eq'),
                    brow('Value-Added Services', 's_sv'),
                    brow('Total net sales', 'sales'),
                    brow('Segment operating income: Consumables', 'o_con'),
                    brow('Equipment and Technology', 'o_eq'),
                    brow('Value-Added Services', 'o_sv'),
                    brow('Total segment operating income', 'seg_oi'),
                    brow('Unallocated corporate expenses', 'corp'),
                    row('Acquisition and integration costs', neg(B['acq'])),
                    brow('Operating income', 'opinc'),
                ),
            ),
            p("""Our chief operating decision maker evaluates segments on net sales and segment operating income. We
do not allocate assets to segments. Substantially all of our net sales are to customers in the United States;
sales to customers in Canada were less than 10% of net sales in each year presented."""),
        ),
    ),
)

REPORTS = (BRIGHTWELL_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Tanager Pest Solutions, Inc.: earnings release (Form 8-K Exhibit 99.1), second quarter of 2026, $000s.
# Columns: Q2 2026, Q2 2025, six months 2026, six months 2025.
T = dict(
    res=[318_442, 296_118, 571_906, 533_274],     # Residential pest control
    com=[172_906, 158_551, 334_218, 306_940],     # Commercial pest control
    ter=[96_317, 92_804, 168_440, 162_019],       # Termite and ancillary
    cos=[300_118, 282_604, 556_931, 524_387],     # cost of services provided (2025 as revised)
    sga=[124_617, 115_230, 241_588, 224_096],
    da=[27_914, 24_662, 54_871, 48_903],
    amort=[11_206, 9_118, 21_904, 18_047],
    acq=[3_412, 0, 6_905, 1_210],
    interest=[9_806, 8_114, 19_227, 16_489],
    rate=[0.252, 0.259, 0.250, 0.256],
    basic=[127_904, 128_811, 128_066, 128_920],
    diluted=[128_442, 129_306, 128_610, 129_415],
    sbc=[4_880, 4_212, 9_615, 8_307],
)
T['rev'] = add(T['res'], T['com'], T['ter'])
T['opinc'] = sub(T['rev'], add(T['cos'], T['sga'], T['da'], T['acq']))
T['pretax'] = sub(T['opinc'], T['interest'])
T['tax'] = [round(a * r) for a, r in zip(T['pretax'], T['rate'])]
T['ni'] = sub(T['pretax'], T['tax'])
T['adj_ebitda'] = add(T['ni'], T['tax'], T['interest'], T['da'], T['acq'], T['sbc'])
T['adj_items'] = add(T['amort'], T['acq'])
T['adj_tax'] = [-round(x * 0.25) for x in T['adj_items']]
T['adj_ni'] = add(T['ni'], T['adj_items'], T['adj_tax'])
T_RECLASS = [6_214, 12_030]     # Q2 and six-month 2025 branch vehicle costs moved from SG&A to cost of services
T_ACQREV = [14_718, 22_305]     # revenue from businesses acquired in the last twelve months, Q2 and six months
T_CF = dict(cfo=[171_408, 152_930], capex=[-18_226, -16_874])
T_CF['fcf'] = add(T_CF['cfo'], T_CF['capex'])
T_BS = dict(cash=[84_215, 97_602], debt=[846_300, 812_500])
T_GUIDE = [('Revenues', '$2,340 million to $2,365 million', '$2,320 million to $2,360 million'),
           ('Organic revenue growth', '4.5% to 5.0%', '4.0% to 5.0%'),
           ('Adjusted EBITDA', '$468 million to $478 million', '$465 million to $480 million'),
           ('Free cash flow', '$300 million to $310 million', '$300 million to $310 million')]
T_HEAD = ('(In thousands, except per share data)', 'Three Months Ended June 30, 2026',
          'Three Months Ended June 30, 2025', 'Six Months Ended June 30, 2026', 'Six Months Ended June 30, 2025')


def teps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return '\n'.join(out)


def trow(label, key, dollar=False):
    return row(label, T[key], dollar, nil='—')


def _org(i):
    """Organic growth for column i (0 = Q2, 2 = six months): growth less acquired revenue, on the prior period."""
    acq = T_ACQREV[i // 2]
    return (T['rev'][i] - acq - T['rev'][i + 1]) / T['rev'][i + 1] * 100


def release_md() -> str:
    q, pq, h6, p6 = 0, 1, 2, 3
    adj_eps = teps(T['adj_ni'], T['diluted'])
    eps = teps(T['ni'], T['diluted'])
    parts = [
        "# Tanager Pest Solutions Reports Second Quarter 2026 Results and Raises Revenue Outlook",
        "Exhibit 99.1",
        f"""ATLANTA, Ga., July 29, 2026 -- Tanager Pest Solutions, Inc. (NYSE: TNGR) ("Tanager" or the "Company"), a
provider of residential and commercial pest control and termite protection services, today reported results for
the second quarter ended June 30, 2026. Dollar amounts in the tables are in thousands, except per-share amounts;
dollar amounts in the text are in millions unless stated otherwise.""",
        "## Second Quarter 2026 Highlights",
        f"""- Revenues were ${mil(T['rev'][q])} million, an increase of {chg(T['rev'][q], T['rev'][pq])} from the second
quarter of 2025; organic revenue growth was {_org(0):.1f}%.""",
        f"""- Net income was ${mil(T['ni'][q])} million, or {eps[q]} per diluted share, compared with
${mil(T['ni'][pq])} million, or {eps[pq]} per diluted share.""",
        f"""- Adjusted EBITDA was ${mil(T['adj_ebitda'][q])} million, or {pct(T['adj_ebitda'][q], T['rev'][q])} of
revenues, and adjusted diluted EPS was {adj_eps[q]}, compared with {adj_eps[pq]}.""",
        "- The Company raised its 2026 revenue outlook and narrowed its Adjusted EBITDA outlook.",
        f"""\"Warm, wet spring weather across the Southeast brought an early start to the mosquito and ant season, and
our technicians converted that demand into recurring residential contracts,\" said Marisol Quintero-Hayes, Chief
Executive Officer. \"Commercial grew on new national accounts in food processing and healthcare. Termite was
softer, as fewer home sales in Florida and Texas meant fewer pre-sale inspections and new termite warranties.\"""",
        "## Second Quarter Results",
        f"""Residential pest control revenues rose {chg(T['res'][q], T['res'][pq])}, driven by recurring service
price increases of about 3%, new customers and mosquito services. Commercial pest control revenues rose
{chg(T['com'][q], T['com'][pq])}. Termite and ancillary revenues rose {chg(T['ter'][q], T['ter'][pq])}, the smallest
increase of the three service lines. Businesses acquired in the last twelve months contributed
${mil(T_ACQREV[0])} million of revenues in the quarter.""",
        f"""Cost of services provided was {pct(T['cos'][q], T['rev'][q])} of revenues, compared with
{pct(T['cos'][pq], T['rev'][pq])} in the second quarter of 2025, as price increases and route density more than
offset higher technician wages. Acquisition-related costs of ${mil(T['acq'][q])} million related mainly to Bayline.
Net income grew less than Adjusted EBITDA because of higher amortization of acquired intangible assets, the
acquisition-related costs and higher interest expense on borrowings used to fund acquisitions.""",
        f"""Revision of prior-period amounts. Beginning in 2026, the Company reports branch vehicle fuel, lease and
maintenance costs in cost of services provided; they were previously reported in sales, general and
administrative expenses. Amounts for 2025 have been revised: ${T_RECLASS[0]:,} thousand and ${T_RECLASS[1]:,}
thousand were moved for the three and six months ended June 30, 2025, respectively. As previously reported, cost of
services provided was ${T['cos'][pq] - T_RECLASS[0]:,} thousand for the second quarter of 2025. The revision did not
change operating income or net income.""",
        "## Acquisitions, Cash Flow and Balance Sheet",
        f"""On April 1, 2026 Tanager acquired Bayline Termite & Pest Control, a privately held operator with 14
branches in Florida and Georgia, for $86.5 million in cash. Tanager completed four other smaller acquisitions in
the first six months of 2026. Net cash provided by operating activities was ${mil(T_CF['cfo'][0])} million in the
first six months of 2026, and free cash flow (a non-GAAP measure) was ${mil(T_CF['fcf'][0])} million. At June 30,
2026 Tanager had cash and cash equivalents of ${mil(T_BS['cash'][0])} million and total debt of
${mil(T_BS['debt'][0])} million, compared with ${mil(T_BS['cash'][1])} million and ${mil(T_BS['debt'][1])} million
at December 31, 2025. The Board declared a quarterly dividend of $0.17 per share, payable September 10, 2026. The
Company serves about 2.9 million customers from 486 branches in 31 states and three Canadian provinces.""",
        "## 2026 Outlook",
        "The Company updated its outlook for the full year 2026:",
        md_table(('Measure', 'Current outlook (July 29, 2026)', 'Prior outlook (April 29, 2026)'), T_GUIDE),
        """The outlook does not include acquisitions that have not closed. The Company does not provide quarterly
guidance.""",
        "## Non-GAAP Financial Measures",
        """Adjusted EBITDA is net income before interest expense, net, provision for income taxes and depreciation
and amortization, excluding acquisition-related costs and stock-based compensation. Adjusted net income is net
income excluding amortization of acquired intangible assets and acquisition-related costs, net of tax at 25%;
adjusted diluted EPS is adjusted net income divided by diluted weighted average shares. Organic revenue growth
excludes revenues from businesses acquired in the last twelve months. Free cash flow is net cash provided by
operating activities less capital expenditures.""",
        "## CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)",
        md_table(T_HEAD, (
            trow('Residential pest control', 'res'),
            trow('Commercial pest control', 'com'),
            trow('Termite and ancillary', 'ter'),
            trow('Total revenues', 'rev', True),
            trow('Cost of services provided (exclusive of depreciation and amortization)', 'cos'),
            trow('Sales, general and administrative', 'sga'),
            trow('Depreciation and amortization', 'da'),
            trow('Acquisition-related costs', 'acq'),
            trow('Operating income', 'opinc'),
            trow('Interest expense, net', 'interest'),
            trow('Income before income taxes', 'pretax'),
            trow('Provision for income taxes', 'tax'),
            trow('Net income', 'ni', True),
            ('Basic earnings per share', *teps(T['ni'], T['basic'])),
            ('Diluted earnings per share', *eps),
            trow('Weighted average shares outstanding: Basic', 'basic'),
            trow('Weighted average shares outstanding: Diluted', 'diluted'),
        )),
        "2025 amounts revised for the reclassification of branch vehicle costs described above.",
        "## RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA (Unaudited)",
        md_table(T_HEAD, (
            trow('Net income', 'ni', True),
            trow('Interest expense, net', 'interest'),
            trow('Provision for income taxes', 'tax'),
            trow('Depreciation and amortization', 'da'),
            trow('Acquisition-related costs', 'acq'),
            trow('Stock-based compensation', 'sbc'),
            trow('Adjusted EBITDA', 'adj_ebitda', True),
        )),
        "## RECONCILIATION OF NET INCOME TO ADJUSTED NET INCOME (Unaudited)",
        md_table(T_HEAD, (
            trow('Net income', 'ni', True),
            trow('Amortization of acquired intangible assets', 'amort'),
            trow('Acquisition-related costs', 'acq'),
            trow('Tax effect of adjustments', 'adj_tax'),
            trow('Adjusted net income', 'adj_ni', True),
            ('Diluted earnings per share (GAAP)', *eps),
            ('Adjusted diluted EPS', *adj_eps),
        )),
        "## FREE CASH FLOW (Unaudited)",
        md_table(('(In thousands)', 'Six Months Ended June 30, 2026', 'Six Months Ended June 30, 2025'), (
            row('Net cash provided by operating activities', T_CF['cfo'], True),
            row('Capital expenditures', T_CF['capex']),
            row('Free cash flow', T_CF['fcf'], True),
        )),
    ]
    return "\n\n".join(" ".join(s.split()) if not s.startswith("|") else s for s in parts) + "\n"


RELEASE_STEM = "tanager_pest_q2_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.md"
    target.write_text(release_md(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
