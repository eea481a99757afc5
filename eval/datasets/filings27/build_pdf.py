"""Build the two filings of the held-out set filings27 (eval/datasets/filings27/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is a
Markdown exhibit (release_md). The companies and every figure are fictional. Both filers report in thousands of
dollars; figures are held here as integers in thousands, and statement totals are summed here so that they foot.

    .venv/bin/python eval/datasets/filings27/build_pdf.py      # writes docs/*.pdf and docs/*.md
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
# Ridgeback Coffee Roasters, Inc.: Form 10-K, fiscal year ended June 30, 2026 (fiscal 2026, 2025, 2024), $000s.
R = dict(
    s_fs=[742_318, 701_904, 668_215],          # Foodservice
    s_rg=[486_107, 497_662, 481_930],          # Retail Grocery
    s_ss=[318_544, 271_206, 242_811],          # Single-Serve and Ready-to-Drink
    cogs=[1_088_402, 1_064_117, 1_012_508],
    o_fs=[78_406, 71_218, 66_904],
    o_rg=[41_228, 47_915, 46_002],
    o_ss=[52_917, 38_604, 31_177],
    corp=[-46_318, -43_207, -40_911],
    plant=[0, 12_406, 0],                      # plant consolidation charges (Fresno), fiscal 2025 only
    interest=[24_116, 26_842, 27_305],
    other=[-1_204, 688, -312],                 # other expense (income), net
    rate=[0.241, 0.236, 0.244],
    basic=[31_406, 31_822, 32_115],
    diluted=[31_788, 32_190, 32_460],
    da=[48_207, 46_118, 44_902],
    amort=[6_840, 6_840, 6_840],
    dps=[1.12, 1.04, 0.96],
)
R['rev'] = add(R['s_fs'], R['s_rg'], R['s_ss'])
R['gp'] = sub(R['rev'], R['cogs'])
R['seg_oi'] = add(R['o_fs'], R['o_rg'], R['o_ss'])
R['opinc'] = sub(add(R['seg_oi'], R['corp']), R['plant'])
R['sda'] = sub(sub(R['gp'], R['plant']), R['opinc'])
R['pretax'] = sub(sub(R['opinc'], R['interest']), R['other'])
R['tax'] = [round(a * r) for a, r in zip(R['pretax'], R['rate'])]
R['ni'] = sub(R['pretax'], R['tax'])
R['div'] = [round(d * s) for d, s in zip(R['dps'], R['basic'])]
assert R['sda'][0] > 0 and all(x > 0 for x in R['ni'])

RC = dict(
    capex=[-52_614, -61_208, -39_877],
    sale=[9_900, 0, 0],                          # proceeds from the sale of the Fresno plant
    sbc=[8_412, 7_906, 7_215],
    deferred=[1_944, -3_106, 1_228],
    debt_cost=[1_102, 1_102, 1_098],
    noncash_plant=[0, 7_215, 0],                 # non-cash part of the plant consolidation charges
    rec=[-9_616, -6_208, -4_511],
    inv=[-8_902, -22_415, 3_306],
    prepaid=[-1_318, 644, -907],
    ap=[11_407, 8_115, 2_904],
    accrued=[3_226, 4_870, -1_615],
    rev_borrow=[0, 95_000, 20_000],
    rev_repay=[-45_000, -50_000, -40_000],
    tl_repay=[-30_000, -20_000, -20_000],
    buyback=[-12_806, -33_417, -18_250],
)
RC['div'] = neg(R['div'])
RC['cfo'] = add(R['ni'], R['da'], RC['debt_cost'], RC['sbc'], RC['deferred'], RC['noncash_plant'], RC['rec'],
                RC['inv'], RC['prepaid'], RC['ap'], RC['accrued'])
RC['cfi'] = add(RC['capex'], RC['sale'])
RC['cff'] = add(RC['rev_borrow'], RC['rev_repay'], RC['tl_repay'], RC['div'], RC['buyback'])
RC['net'] = add(RC['cfo'], RC['cfi'], RC['cff'])
RCASH25 = 61_614
RC['end'] = [RCASH25 + RC['net'][0], RCASH25, RCASH25 - RC['net'][1]]
RC['begin'] = sub(RC['end'], RC['net'])

RDEBT = dict(revolver=[0, 45_000], tlb=[310_000, 340_000], notes=[250_000, 250_000], costs=[-6_112, -7_214])
RDEBT['total'] = add(RDEBT['revolver'], RDEBT['tlb'], RDEBT['notes'])
RDEBT['current'] = [-30_000, -30_000]
RDEBT['ltd'] = add(RDEBT['total'], RDEBT['costs'], RDEBT['current'])
assert RDEBT['revolver'][0] - RDEBT['revolver'][1] == RC['rev_borrow'][0] + RC['rev_repay'][0]
assert RDEBT['tlb'][0] - RDEBT['tlb'][1] == RC['tl_repay'][0]
assert RDEBT['costs'][0] - RDEBT['costs'][1] == RC['debt_cost'][0]

RB = dict(
    cash=[RC['end'][0], RCASH25],
    rec=[131_408 - RC['rec'][0], 131_408],
    inv=[214_770 - RC['inv'][0], 214_770],
    prepaid=[17_905 - RC['prepaid'][0], 17_905],
    ppe=[402_316 - RC['capex'][0] - RC['sale'][0] - (R['da'][0] - R['amort'][0]), 402_316],
    rou=[68_415, 70_212],
    goodwill=[286_140, 286_140],
    intang=[61_560 - R['amort'][0], 61_560],
    other_a=[12_884, 12_884],
    ap=[118_602 + RC['ap'][0], 118_602],
    accrued=[64_318 + RC['accrued'][0], 64_318],
    cur_debt=neg(RDEBT['current']),
    lease_cur=[13_118, 12_604],
    ltd=RDEBT['ltd'],
    dtl=[38_207 + RC['deferred'][0], 38_207],
    other_l=[9_415, 9_415],
    common=[384, 384],
    apic=[296_502 + RC['sbc'][0], 296_502],
    aoci=[-4_118, -4_118],
    treasury=[-141_226 + RC['buyback'][0], -141_226],
)
RB['lease_lt'] = [58_940 + (RB['rou'][0] - RB['rou'][1]) - (RB['lease_cur'][0] - RB['lease_cur'][1]), 58_940]
RB['cur_a'] = add(RB['cash'], RB['rec'], RB['inv'], RB['prepaid'])
RB['assets'] = add(RB['cur_a'], RB['ppe'], RB['rou'], RB['goodwill'], RB['intang'], RB['other_a'])
RB['cur_l'] = add(RB['ap'], RB['accrued'], RB['cur_debt'], RB['lease_cur'])
RB['liab'] = add(RB['cur_l'], RB['ltd'], RB['lease_lt'], RB['dtl'], RB['other_l'])
_re25 = RB['assets'][1] - RB['liab'][1] - (RB['common'][1] + RB['apic'][1] + RB['aoci'][1] + RB['treasury'][1])
RB['re'] = [_re25 + R['ni'][0] - R['div'][0], _re25]
RB['equity'] = add(RB['common'], RB['apic'], RB['re'], RB['aoci'], RB['treasury'])
RB['le'] = add(RB['liab'], RB['equity'])
assert RB['le'] == RB['assets'], (RB['le'], RB['assets'])
assert RB['cash'][0] > 0 and RC['begin'][2] > 0 and _re25 > 0

# Note 9: maturities of operating lease liabilities at June 30, 2026 (fiscal years ending June 30).
LEASE_MAT = [('2027', 16_204), ('2028', 14_880), ('2029', 12_615), ('2030', 10_942), ('2031', 8_307),
             ('Thereafter', 21_450)]
LEASE_PAY = sum(v for _, v in LEASE_MAT)
LEASE_PV = RB['lease_cur'][0] + RB['lease_lt'][0]
LEASE_INT = LEASE_PAY - LEASE_PV
LEASE_COST = [17_406, 16_925, 16_118]
assert LEASE_INT > 0

RY3 = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')
RBS2 = ('', 'June 30, 2026', 'June 30, 2025')
POUNDS = (212.4, 203.9)     # millions of pounds of green coffee roasted, fiscal 2026 and 2025


def reps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


def rrow(label, key, dollar=False):
    return row(label, R[key], dollar)


def rbrow(label, key, dollar=False):
    return row(label, RB[key], dollar)


def rcrow(label, key, dollar=False):
    return row(label, RC[key], dollar)


def dec(a, b):
    return f"{(b - a) / b * 100:.1f}%"


RIDGEBACK_10K = Report(
    stem="ridgeback_coffee_10k_fy2026",
    title="Ridgeback Coffee Roasters, Inc. - Annual Report on Form 10-K for the fiscal year ended June 30, 2026",
    running_title="Ridgeback Coffee Roasters, Inc. | Form 10-K fiscal 2026",
    date="August 27, 2026",
    iso_date="2026-08-27",
    keywords=("Ridgeback Coffee Roasters", "10-K", "coffee roasting", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended June 30, 2026.
Commission File Number 001-39412. RIDGEBACK COFFEE ROASTERS, INC. (Exact name of registrant as specified in its
charter), a Delaware corporation, I.R.S. Employer Identification No. 84-3318205, 1150 Harbor Industrial Way, Tacoma,
Washington 98421. Registrant's telephone number, including area code: (253) 555-0187."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(('Common Stock, $0.01 par value', 'RDGB', 'New York Stock Exchange'),),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the registrant's common stock held by
non-affiliates, based on the closing price on December 31, 2025, the last business day of the registrant's most
recently completed second fiscal quarter, was approximately $1.9 billion. As of August 14, 2026, 31,162,408 shares
of common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p(f"""Ridgeback Coffee Roasters, Inc. ("Ridgeback," "we," "us") sources, roasts, packages and distributes
coffee and tea to restaurants, offices, hotels, convenience stores and grocery retailers, and makes single-serve pods
and canned and bottled cold brew. Our fiscal year ends on June 30; "fiscal 2026" means the year ended June 30, 2026.
We roasted {POUNDS[0]} million pounds of green coffee in fiscal 2026, compared with {POUNDS[1]} million pounds in
fiscal 2025, in four roasting plants in Tacoma, Washington; Ogden, Utah; Joliet, Illinois and Spartanburg, South
Carolina, and we deliver to about 58,000 foodservice accounts from 96 direct-store-delivery branches."""),
            p("""We have three reportable segments. Foodservice sells roasted coffee, liquid coffee concentrate, tea and
brewing equipment service to restaurants, offices, hotels and convenience stores, mostly through our own route
sales representatives. Retail Grocery sells whole-bean and ground coffee under the Ridgeback, Copper Kettle and
Sawtooth brands and under retailers' private labels. Single-Serve and Ready-to-Drink sells compatible single-serve
pods and cold brew in cans and bottles. One customer, a national grocery chain, accounted for 11.2% of net revenues
in fiscal 2026 (10.6% in fiscal 2025), mostly in Retail Grocery."""),
        ),
        (
            p("""Human capital. We had about 3,840 employees at June 30, 2026, compared with about 3,910 at June 30,
2025; the decrease reflects the closing of our Fresno, California plant, partly offset by route sales hiring."""),
            h('Item 1A. Risk Factors'),
            p("""Green coffee is an agricultural commodity whose price is affected by weather in Brazil, Vietnam and
Colombia, by currency and by speculation; we may not be able to pass higher costs on to customers quickly. We buy
green coffee under fixed-price and price-to-be-fixed contracts and use coffee futures, but our hedges do not cover
all of our needs. A small number of grocery customers account for much of Retail Grocery's sales."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p(f"""Our common stock is listed on the New York Stock Exchange under the symbol RDGB. We paid quarterly
dividends of $0.28 per share in fiscal 2026 (${R['dps'][0]:.2f} for the year) and $0.26 per share in fiscal 2025
(${R['dps'][1]:.2f} for the year). During fiscal 2026 we repurchased 0.2 million shares for ${mil(-RC['buyback'][0])}
million, and $118.0 million remained under the $200.0 million share repurchase authorization approved in May
2025."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Net revenues were ${mil(R['rev'][0])} million in fiscal 2026, up
{chg(R['rev'][0], R['rev'][1])} from ${mil(R['rev'][1])} million in fiscal 2025. Income from operations rose to
${mil(R['opinc'][0])} million from ${mil(R['opinc'][1])} million, which included ${mil(R['plant'][1])} million of
plant consolidation charges, and net income was ${mil(R['ni'][0])} million, or {reps(R['ni'], R['diluted'])[0]} per
diluted share, compared with ${mil(R['ni'][1])} million, or {reps(R['ni'], R['diluted'])[1]}. Tables are in
thousands of dollars unless otherwise noted; amounts in this discussion are in millions."""),
            p(f"""Revenues by segment. Foodservice revenues grew {chg(R['s_fs'][0], R['s_fs'][1])} on price increases
taken in September 2025 and January 2026 to recover higher green coffee costs and on 2,100 net new convenience-store
and office accounts. Retail Grocery revenues fell {dec(R['s_rg'][0], R['s_rg'][1])}, as shoppers traded down to
private label after our list-price increases and we exited about $14 million of low-margin private-label business
with a regional chain. Single-Serve and Ready-to-Drink revenues grew {chg(R['s_ss'][0], R['s_ss'][1])}, led by cold
brew cans, whose revenues roughly doubled after the national launch in club stores, and by new pod customers."""),
            p(f"""Gross profit was ${mil(R['gp'][0])} million, or {pct(R['gp'][0], R['rev'][0])} of net revenues,
compared with {pct(R['gp'][1], R['rev'][1])} in fiscal 2025. The gross margin widened because our price increases
caught up with green coffee costs, which we had largely locked in through fixed-price contracts, and because the
closing of the Fresno plant lowered our roasting cost per pound, partly offset by higher can and freight costs for
ready-to-drink products."""),
        ),
        (
            Table(
                caption='Segment results',
                unit='(Dollars in thousands)',
                header=('', 'Fiscal 2026', 'Fiscal 2025', '% Change'),
                rows=(
                    ('Net revenues - Foodservice', k(R['s_fs'][0], True), k(R['s_fs'][1], True),
                     chg(R['s_fs'][0], R['s_fs'][1])),
                    ('Retail Grocery', k(R['s_rg'][0]), k(R['s_rg'][1]), chg(R['s_rg'][0], R['s_rg'][1])),
                    ('Single-Serve and Ready-to-Drink', k(R['s_ss'][0]), k(R['s_ss'][1]),
                     chg(R['s_ss'][0], R['s_ss'][1])),
                    ('Total net revenues', k(R['rev'][0], True), k(R['rev'][1], True), chg(R['rev'][0], R['rev'][1])),
                    ('Segment profit - Foodservice', k(R['o_fs'][0], True), k(R['o_fs'][1], True),
                     chg(R['o_fs'][0], R['o_fs'][1])),
                    ('Retail Grocery', k(R['o_rg'][0]), k(R['o_rg'][1]), chg(R['o_rg'][0], R['o_rg'][1])),
                    ('Single-Serve and Ready-to-Drink', k(R['o_ss'][0]), k(R['o_ss'][1]),
                     chg(R['o_ss'][0], R['o_ss'][1])),
                ),
                note="Segment profit excludes corporate expenses and plant consolidation charges; see Note 14.",
            ),
            p(f"""Selling, distribution and administrative expenses were ${mil(R['sda'][0])} million, or
{pct(R['sda'][0], R['rev'][0])} of net revenues, compared with {pct(R['sda'][1], R['rev'][1])} in fiscal 2025,
reflecting higher route sales wages, fuel and the marketing of the cold brew launch."""),
            p(f"""Plant consolidation. In fiscal 2025 we closed our Fresno, California roasting plant and moved its
production to Ogden and Tacoma. We recorded plant consolidation charges of ${mil(R['plant'][1])} million in fiscal
2025, of which ${mil(RC['noncash_plant'][1])} million was non-cash asset write-downs and the rest severance and
moving costs; there were no such charges in fiscal 2026 or fiscal 2024. In March 2026 we sold the Fresno plant for
${mil(RC['sale'][0])} million, its carrying value. We expect the consolidation to save about $9 million a year."""),
            p(f"""Interest expense, net decreased to ${mil(R['interest'][0])} million from ${mil(R['interest'][1])}
million because we repaid our revolving credit facility and $30.0 million of the term loan. The effective income
tax rate was {pct(R['tax'][0], R['pretax'][0])} in fiscal 2026 and {pct(R['tax'][1], R['pretax'][1])} in fiscal
2025."""),
            p(f"""Liquidity and capital resources. Cash provided by operating activities was ${mil(RC['cfo'][0])}
million in fiscal 2026, compared with ${mil(RC['cfo'][1])} million in fiscal 2025, on higher net income. Capital
expenditures were ${mil(-RC['capex'][0])} million, down from ${mil(-RC['capex'][1])} million, when we added a second
cold brew canning line in Ogden. At June 30, 2026 the full $250.0 million of our revolving credit facility was
available. For fiscal 2027 we expect capital expenditures of $55 million to $60 million and green coffee costs
per pound about 8% higher than in fiscal 2026, which we have largely covered with price increases taken in July
2026."""),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF OPERATIONS'),
            Table(
                caption='Ridgeback Coffee Roasters, Inc. Consolidated Statements of Operations',
                unit='(In thousands, except per share amounts)',
                header=RY3,
                rows=(
                    rrow('Net revenues', 'rev', True),
                    rrow('Cost of goods sold', 'cogs'),
                    rrow('Gross profit', 'gp'),
                    rrow('Selling, distribution and administrative expenses', 'sda'),
                    rrow('Plant consolidation charges', 'plant'),
                    rrow('Income from operations', 'opinc'),
                    rrow('Interest expense, net', 'interest'),
                    rrow('Other expense (income), net', 'other'),
                    rrow('Income before income taxes', 'pretax'),
                    rrow('Income tax expense', 'tax'),
                    rrow('Net income', 'ni', True),
                    ('Net income per share - basic', *reps(R['ni'], R['basic'])),
                    ('Net income per share - diluted', *reps(R['ni'], R['diluted'])),
                    rrow('Shares used in computing net income per share - basic', 'basic'),
                    rrow('Shares used in computing net income per share - diluted', 'diluted'),
                    ('Dividends declared per common share', *(f"${d:.2f}" for d in R['dps'])),
                ),
            ),
            p("""See accompanying notes to consolidated financial statements."""),
        ),
        (
            h('CONSOLIDATED BALANCE SHEETS'),
            Table(
                caption='Ridgeback Coffee Roasters, Inc. Consolidated Balance Sheets',
                unit='(In thousands, except par value)',
                header=RBS2,
                rows=(
                    rbrow('Cash and cash equivalents', 'cash', True),
                    rbrow('Trade receivables, less allowances of $2,318 and $2,107', 'rec'),
                    rbrow('Inventories', 'inv'),
                    rbrow('Prepaid expenses and other', 'prepaid'),
                    rbrow('Total current assets', 'cur_a'),
                    rbrow('Property, plant and equipment, net', 'ppe'),
                    rbrow('Operating lease right-of-use assets', 'rou'),
                    rbrow('Goodwill', 'goodwill'),
                    rbrow('Other intangible assets, net', 'intang'),
                    rbrow('Other noncurrent assets', 'other_a'),
                    rbrow('Total assets', 'assets', True),
                    rbrow('Accounts payable', 'ap', True),
                    rbrow('Accrued liabilities', 'accrued'),
                    rbrow('Current portion of long-term debt', 'cur_debt'),
                    rbrow('Current operating lease liabilities', 'lease_cur'),
                    rbrow('Total current liabilities', 'cur_l'),
                    rbrow('Long-term debt, net', 'ltd'),
                    rbrow('Noncurrent operating lease liabilities', 'lease_lt'),
                    rbrow('Deferred income tax liabilities', 'dtl'),
                    rbrow('Other noncurrent liabilities', 'other_l'),
                    rbrow('Total liabilities', 'liab'),
                    rbrow('Common stock, $0.01 par value; 38,400 shares issued', 'common'),
                    rbrow('Additional paid-in capital', 'apic'),
                    rbrow('Retained earnings', 're'),
                    rbrow('Accumulated other comprehensive loss', 'aoci'),
                    rbrow('Treasury stock, at cost', 'treasury'),
                    rbrow("Total stockholders' equity", 'equity'),
                    rbrow("Total liabilities and stockholders' equity", 'le', True),
                ),
            ),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF CASH FLOWS'),
            Table(
                caption='Ridgeback Coffee Roasters, Inc. Consolidated Statements of Cash Flows',
                unit='(In thousands)',
                header=RY3,
                rows=(
                    rrow('Net income', 'ni', True),
                    rrow('Depreciation and amortization', 'da'),
                    rcrow('Amortization of deferred financing costs', 'debt_cost'),
                    rcrow('Share-based compensation', 'sbc'),
                    rcrow('Deferred income taxes', 'deferred'),
                    rcrow('Non-cash plant consolidation charges', 'noncash_plant'),
                    rcrow('Trade receivables', 'rec'),
                    rcrow('Inventories', 'inv'),
                    rcrow('Prepaid expenses and other', 'prepaid'),
                    rcrow('Accounts payable', 'ap'),
                    rcrow('Accrued liabilities', 'accrued'),
                    rcrow('Net cash provided by operating activities', 'cfo'),
                    rcrow('Capital expenditures', 'capex'),
                    rcrow('Proceeds from sale of property, plant and equipment', 'sale'),
                    rcrow('Net cash used in investing activities', 'cfi'),
                    rcrow('Proceeds from revolving credit facility', 'rev_borrow'),
                    rcrow('Payments on revolving credit facility', 'rev_repay'),
                    rcrow('Principal payments on term loan', 'tl_repay'),
                    rcrow('Dividends paid', 'div'),
                    rcrow('Purchases of treasury stock', 'buyback'),
                    rcrow('Net cash used in financing activities', 'cff'),
                    rcrow('Net change in cash and cash equivalents', 'net'),
                    rcrow('Cash and cash equivalents, beginning of year', 'begin'),
                    rcrow('Cash and cash equivalents, end of year', 'end', True),
                ),
            ),
        ),
        (
            h('NOTES TO CONSOLIDATED FINANCIAL STATEMENTS'),
            h('Note 8. Long-Term Debt'),
            Table(
                caption='Long-term debt consisted of the following',
                unit='(In thousands)',
                header=RBS2,
                rows=(
                    row('Revolving credit facility, due March 2029', RDEBT['revolver']),
                    row('Term Loan B, due March 2030', RDEBT['tlb']),
                    row('5.250% Senior Notes, due 2032', RDEBT['notes']),
                    row('Total principal outstanding', RDEBT['total']),
                    row('Less: unamortized deferred financing costs', RDEBT['costs']),
                    row('Less: current portion', RDEBT['current']),
                    row('Long-term debt, net', RDEBT['ltd']),
                ),
            ),
            p("""The revolving credit facility provides up to $250.0 million and the Term Loan B amortizes $30.0
million a year; both bear interest at SOFR plus 1.75% and are secured by substantially all of our assets. The 5.250%
Senior Notes due 2032 are unsecured. The credit agreement requires a total net leverage ratio of no more than 4.00
to 1.00; we were in compliance at June 30, 2026."""),
            h('Note 9. Leases'),
            p(f"""We lease branch warehouses, offices and delivery vehicles under operating leases. Operating lease
cost was ${mil(LEASE_COST[0])} million in fiscal 2026, ${mil(LEASE_COST[1])} million in fiscal 2025 and
${mil(LEASE_COST[2])} million in fiscal 2024. At June 30, 2026 the weighted-average remaining lease term was 6.4
years and the weighted-average discount rate was 5.1%."""),
            Table(
                caption='Maturities of operating lease liabilities at June 30, 2026',
                unit='(In thousands; fiscal years ending June 30)',
                header=('Fiscal year', 'Amount'),
                rows=(*((y, f"{v:,}") for y, v in LEASE_MAT),
                      ('Total lease payments', f"{LEASE_PAY:,}"),
                      ('Less: imputed interest', f"({LEASE_INT:,})"),
                      ('Present value of operating lease liabilities', f"{LEASE_PV:,}")),
            ),
        ),
        (
            h('Note 14. Segment Information'),
            Table(
                caption='Net revenues and segment profit',
                unit='(In thousands)',
                header=RY3,
                rows=(
                    rrow('Net revenues: Foodservice', 's_fs'),
                    rrow('Retail Grocery', 's_rg'),
                    rrow('Single-Serve and Ready-to-Drink', 's_ss'),
                    rrow('Total net revenues', 'rev'),
                    rrow('Segment profit: Foodservice', 'o_fs'),
                    rrow('Retail Grocery', 'o_rg'),
                    rrow('Single-Serve and Ready-to-Drink', 'o_ss'),
                    rrow('Total segment profit', 'seg_oi'),
                    rrow('Corporate expenses', 'corp'),
                    row('Plant consolidation charges', neg(R['plant'])),
                    rrow('Income from operations', 'opinc'),
                ),
            ),
            p("""Our chief operating decision maker uses net revenues and segment profit to allocate resources. Assets
are managed on a company-wide basis and are not reported by segment. All of our long-lived assets are in the United
States, and sales outside the United States were less than 2% of net revenues in each year."""),
        ),
    ),
)

REPORTS = (RIDGEBACK_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Larkspur Outdoor Media, Inc.: earnings release (Form 8-K Exhibit 99.1), third quarter of 2026, $000s.
# Columns: Q3 2026, Q3 2025 (as restated), nine months 2026, nine months 2025 (as restated).
L = dict(
    st=[148_206, 146_917, 421_530, 416_808],     # Billboard - static
    dg=[96_418, 84_305, 270_644, 236_912],       # Billboard - digital
    tr=[38_612, 36_944, 108_215, 104_630],       # Transit and airport
    direct=[124_330, 118_614, 360_418, 346_205],
    sga=[52_807, 49_916, 155_212, 147_603],
    corp=[14_118, 13_406, 42_915, 40_207],
    da=[33_614, 31_207, 99_330, 92_818],
    disp=[-1_842, 406, -3_115, 1_212],           # net (gain) loss on disposition of assets
    interest=[21_408, 22_316, 65_117, 67_409],
    rate=[0.262, 0.258, 0.261, 0.259],
    basic=[88_614, 89_207, 88_902, 89_415],
    diluted=[89_130, 89_744, 89_418, 89_960],
    sbc=[3_912, 3_405, 11_806, 10_217],
)
L['rev'] = add(L['st'], L['dg'], L['tr'])
L['opinc'] = sub(L['rev'], add(L['direct'], L['sga'], L['corp'], L['da'], L['disp']))
L['pretax'] = sub(L['opinc'], L['interest'])
L['tax'] = [round(a * r) for a, r in zip(L['pretax'], L['rate'])]
L['ni'] = sub(L['pretax'], L['tax'])
L['oibda'] = add(L['opinc'], L['da'], L['sbc'], L['disp'])
L_RESTATE = [5_318, 15_604]     # Q3 and nine-month 2025 municipal revenue share taken out of revenues and expenses
L_CF = dict(cfo=[198_406, 176_215], capex=[-58_317, -49_902])
L_CF['fcf'] = add(L_CF['cfo'], L_CF['capex'])
L_DIGITAL = (1_486, 1_362)      # digital billboard displays at September 30, 2026 and 2025
L_GUIDE = [('Revenues', '$1,085 million to $1,095 million', '$1,075 million to $1,090 million'),
           ('Adjusted OIBDA', '$347 million to $353 million', '$343 million to $353 million'),
           ('Capital expenditures', '$78 million to $82 million', '$78 million to $82 million'),
           ('New digital displays', 'about 130', 'about 120')]
L_HEAD = ('(Unaudited; in thousands, except per share data)', 'Q3 2026', 'Q3 2025 (as restated)',
          'Nine months 2026', 'Nine months 2025 (as restated)')
assert all(x > 0 for x in L['ni'])


def lrow(label, key, dollar=False):
    return row(label, L[key], dollar, nil='—')


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return '\n'.join(out)


def release_md() -> str:
    q, pq, n, pn = 0, 1, 2, 3
    eps = reps(L['ni'], L['diluted'])
    parts = [
        "# Larkspur Outdoor Media Announces Third Quarter 2026 Results; Raises Full-Year Revenue Outlook",
        "Exhibit 99.1",
        f"""BOISE, Idaho, November 5, 2026 -- Larkspur Outdoor Media, Inc. (NYSE: LKOM), an owner and operator of
billboard, digital billboard, transit and airport advertising displays in 23 states, today announced financial
results for the three and nine months ended September 30, 2026. All dollar figures in the tables below are in
thousands, except per-share amounts; the commentary uses millions.""",
        "## Quarter at a glance",
        f"""- Total revenues of ${mil(L['rev'][q])} million, up {chg(L['rev'][q], L['rev'][pq])} from the restated
${mil(L['rev'][pq])} million of the third quarter of 2025.""",
        f"""- Digital billboard revenues up {chg(L['dg'][q], L['dg'][pq])} to ${mil(L['dg'][q])} million; static
billboard revenues up {chg(L['st'][q], L['st'][pq])}.""",
        f"""- Net income of ${mil(L['ni'][q])} million, or {eps[q]} per diluted share, versus ${mil(L['ni'][pq])}
million, or {eps[pq]}.""",
        f"""- Adjusted OIBDA (non-GAAP) of ${mil(L['oibda'][q])} million, a margin of
{pct(L['oibda'][q], L['rev'][q])}, compared with ${mil(L['oibda'][pq])} million.""",
        f"""- {L_DIGITAL[0]:,} digital billboard displays in operation at September 30, 2026, compared with
{L_DIGITAL[1]:,} a year earlier.""",
        f"""\"Advertisers keep moving budget to digital faces, where we can sell by the hour and change copy
remotely,\" said Everett Lindqvist, President and Chief Executive Officer. \"National advertisers in
entertainment, insurance and quick-service restaurants were our strongest categories. Local spending was steady,
while political advertising ahead of the November elections added about $4 million in the quarter.\"""",
        "## Discussion of third quarter results",
        f"""Static billboard revenues grew only {chg(L['st'][q], L['st'][pq])} because we converted 41 of our best
static locations to digital during the last twelve months, which moves their revenues into the digital line, and
because occupancy on rural poster panels slipped. Transit and airport revenues rose
{chg(L['tr'][q], L['tr'][pq])}, helped by the renewal of the Salt Lake City bus shelter contract. Direct operating
expenses, mainly site lease costs, production and electricity, were {pct(L['direct'][q], L['rev'][q])} of revenues,
compared with {pct(L['direct'][pq], L['rev'][pq])}. The net gain on disposition of assets came mainly from
billboard structures taken by a state highway project.""",
        f"""Restatement of 2025 amounts. In preparing these results we found that revenues under two municipal
transit contracts had been reported gross of the share of advertising revenues owed to the transit authorities,
which we now present net because the authorities control the advertising space. We have restated the three and
nine months ended September 30, 2025 to reduce both transit and airport revenues and direct operating expenses by
${L_RESTATE[0]:,} thousand and ${L_RESTATE[1]:,} thousand, respectively. As originally reported, total revenues were
${L['rev'][pq] + L_RESTATE[0]:,} thousand for the third quarter of 2025 and ${L['rev'][pn] + L_RESTATE[1]:,}
thousand for the nine months. The restatement did not change operating income, net income or Adjusted OIBDA.""",
        "## Nine months, cash flow and balance sheet",
        f"""For the first nine months of 2026, total revenues were ${mil(L['rev'][n])} million, up
{chg(L['rev'][n], L['rev'][pn])}, net income was ${mil(L['ni'][n])} million and Adjusted OIBDA was
${mil(L['oibda'][n])} million. Cash flow from operations was ${mil(L_CF['cfo'][0])} million and capital
expenditures were ${mil(-L_CF['capex'][0])} million, most of it for digital conversions. On August 3, 2026 we
acquired 212 billboard structures in Idaho and eastern Oregon from Tamarack Signs, a privately held operator, for
$38.2 million in cash, funded from our revolving credit facility. At September 30, 2026 we had $61.4 million of cash
and $1,482.5 million of total debt, and our net leverage ratio was 3.3 times. The Board declared a quarterly
dividend of $0.24 per share, payable December 31, 2026.""",
        "## Full-year 2026 outlook",
        "Larkspur updated its 2026 outlook as follows:",
        md_table(('2026 full year', 'Updated (November 5, 2026)', 'Previous (August 6, 2026)'), L_GUIDE),
        """Larkspur does not give quarterly guidance or guidance for net income, because gains and losses on
dispositions and income taxes are difficult to predict.""",
        "## About non-GAAP measures",
        """Adjusted OIBDA is operating income before depreciation and amortization, stock-based compensation and
net (gain) loss on disposition of assets; Adjusted OIBDA margin is Adjusted OIBDA divided by total revenues.
Adjusted free cash flow is cash flow from operations less capital expenditures. These measures are not substitutes
for GAAP measures.""",
        "## CONDENSED CONSOLIDATED STATEMENTS OF INCOME",
        md_table(L_HEAD, (
            lrow('Billboard - static', 'st'),
            lrow('Billboard - digital', 'dg'),
            lrow('Transit and airport', 'tr'),
            lrow('Total revenues', 'rev', True),
            lrow('Direct operating expenses (exclusive of depreciation and amortization)', 'direct'),
            lrow('Selling, general and administrative expenses', 'sga'),
            lrow('Corporate expenses', 'corp'),
            lrow('Depreciation and amortization', 'da'),
            lrow('Net (gain) loss on disposition of assets', 'disp'),
            lrow('Operating income', 'opinc'),
            lrow('Interest expense', 'interest'),
            lrow('Income before provision for income taxes', 'pretax'),
            lrow('Provision for income taxes', 'tax'),
            lrow('Net income', 'ni', True),
            ('Net income per common share - basic', *reps(L['ni'], L['basic'])),
            ('Net income per common share - diluted', *eps),
            lrow('Weighted average common shares - basic', 'basic'),
            lrow('Weighted average common shares - diluted', 'diluted'),
        )),
        "The 2025 columns are restated as described under Restatement of 2025 amounts.",
        "## OPERATING INCOME TO ADJUSTED OIBDA RECONCILIATION",
        md_table(L_HEAD, (
            lrow('Operating income', 'opinc', True),
            lrow('Depreciation and amortization', 'da'),
            lrow('Stock-based compensation', 'sbc'),
            lrow('Net (gain) loss on disposition of assets', 'disp'),
            lrow('Adjusted OIBDA', 'oibda', True),
            ('Adjusted OIBDA margin', *(pct(a, b) for a, b in zip(L['oibda'], L['rev']))),
        )),
        "## ADJUSTED FREE CASH FLOW",
        md_table(('(In thousands)', 'Nine months 2026', 'Nine months 2025'), (
            row('Cash flow from operations', L_CF['cfo'], True),
            row('Capital expenditures', L_CF['capex']),
            row('Adjusted free cash flow', L_CF['fcf'], True),
        )),
    ]
    return "\n\n".join(" ".join(s.split()) if not s.startswith("|") else s for s in parts) + "\n"


RELEASE_STEM = "larkspur_outdoor_q3_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.md"
    target.write_text(release_md(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
