"""Build the two filings of the held-out set filings28 (eval/datasets/filings28/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is a
Markdown exhibit (release_md). The companies and every figure are fictional. Both filers report in thousands of
dollars; figures are held here as integers in thousands, and statement totals are summed here so that they foot.

    .venv/bin/python eval/datasets/filings28/build_pdf.py      # writes docs/*.pdf and docs/*.md
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
# Hearthglow Propane, Inc.: Form 10-K, fiscal year ended September 26, 2026 (52-week fiscal years ending on the last
# Saturday of September: fiscal 2026, 2025, 2024), $000s.
H = dict(
    s_pr=[1_104_512, 1_018_406, 1_142_930],    # Propane
    s_fo=[98_715, 104_228, 121_604],           # Fuel Oil and Refined Fuels
    s_ng=[61_408, 58_117, 63_902],             # Natural Gas and Electricity
    cogs=[478_215, 452_906, 538_117],          # cost of products sold
    ga=[71_918, 68_204, 66_517],
    da=[118_406, 114_915, 112_308],
    o_pr=[268_402, 231_715, 259_880],
    o_fo=[6_118, 8_904, 10_215],
    o_ng=[9_806, 8_412, 9_117],
    corp=[-52_407, -48_916, -47_330],
    interest=[58_612, 61_904, 63_115],
    extinguish=[0, 4_812, 0],                  # loss on debt extinguishment, fiscal 2025 only
    rate=[0.246, 0.243, 0.249],
    basic=[63_418, 63_905, 64_212],
    diluted=[63_902, 64_318, 64_705],
    dps=[1.40, 1.32, 1.24],
)
H['rev'] = add(H['s_pr'], H['s_fo'], H['s_ng'])
H['seg_oi'] = add(H['o_pr'], H['o_fo'], H['o_ng'])
H['opinc'] = add(H['seg_oi'], H['corp'])
H['opex'] = sub(sub(sub(sub(H['rev'], H['cogs']), H['ga']), H['da']), H['opinc'])
H['pretax'] = sub(sub(H['opinc'], H['interest']), H['extinguish'])
H['tax'] = [round(a * r) for a, r in zip(H['pretax'], H['rate'])]
H['ni'] = sub(H['pretax'], H['tax'])
H['div'] = [round(d * s) for d, s in zip(H['dps'], H['basic'])]
assert all(x > 0 for x in H['opex']) and all(x > 0 for x in H['ni'])

HC = dict(
    capex=[-96_418, -88_207, -91_530],
    acq=[-41_600, 0, -18_250],                   # acquisitions of businesses, net of cash acquired
    sale=[6_204, 4_118, 3_907],                  # proceeds from sale of property and equipment
    sbc=[9_118, 8_406, 7_912],
    deferred=[4_215, -2_118, 3_306],
    debt_cost=[1_386, 1_402, 1_455],
    extinguish=[0, 4_812, 0],
    rec=[-12_418, 18_906, -6_115],
    inv=[-7_306, 9_412, 4_208],
    prepaid=[-2_115, 1_318, -904],
    ap=[8_904, -11_207, 3_118],
    customer_dep=[5_612, -4_406, 2_215],        # customer deposits and advances (budget plans)
    rev_borrow=[214_000, 88_000, 176_000],
    rev_repay=[-234_000, -142_000, -190_000],
    tl_repay=[-10_000, -10_000, -10_000],
    notes_issue=[0, 400_000, 0],
    notes_redeem=[0, -403_600, 0],               # redemption of 6.000% notes due 2027 at 100.900%
    buyback=[-24_906, -18_415, -21_730],
)
HC['div'] = neg(H['div'])
HC['cfo'] = add(H['ni'], H['da'], HC['debt_cost'], HC['sbc'], HC['deferred'], HC['extinguish'], HC['rec'],
                HC['inv'], HC['prepaid'], HC['ap'], HC['customer_dep'])
HC['cfi'] = add(HC['capex'], HC['acq'], HC['sale'])
HC['cff'] = add(HC['rev_borrow'], HC['rev_repay'], HC['tl_repay'], HC['notes_issue'], HC['notes_redeem'],
                HC['div'], HC['buyback'])
HC['net'] = add(HC['cfo'], HC['cfi'], HC['cff'])
HCASH25 = 38_406
HC['end'] = [HCASH25 + HC['net'][0], HCASH25, HCASH25 - HC['net'][1]]
HC['begin'] = sub(HC['end'], HC['net'])

HDEBT = dict(revolver=[98_000, 118_000], tl=[95_000, 105_000], n29=[350_000, 350_000], n31=[400_000, 400_000],
             costs=[-8_214, -9_600])
HDEBT['total'] = add(HDEBT['revolver'], HDEBT['tl'], HDEBT['n29'], HDEBT['n31'])
HDEBT['current'] = [-10_000, -10_000]
HDEBT['ltd'] = add(HDEBT['total'], HDEBT['costs'], HDEBT['current'])
assert HDEBT['revolver'][0] - HDEBT['revolver'][1] == HC['rev_borrow'][0] + HC['rev_repay'][0]
assert HDEBT['tl'][0] - HDEBT['tl'][1] == HC['tl_repay'][0]
assert HDEBT['costs'][0] - HDEBT['costs'][1] == HC['debt_cost'][0]
# Principal due by fiscal year at September 26, 2026: term loan $10.0 million a year, balance and revolver ($98.0 million) in fiscal
# 2030; 5.500% notes March 2029 (fiscal 2029); 5.875% notes May 2031 (fiscal 2031).
HMAT = [('2027', 10_000), ('2028', 10_000), ('2029', 360_000), ('2030', 163_000), ('2031', 400_000),
        ('Thereafter', 0)]
assert sum(v for _, v in HMAT) == HDEBT['total'][0]

HB = dict(
    cash=[HC['end'][0], HCASH25],
    rec=[96_215 - HC['rec'][0], 96_215],
    inv=[71_804 - HC['inv'][0], 71_804],
    prepaid=[24_318 - HC['prepaid'][0], 24_318],
    ppe=[0, 1_084_930],
    goodwill=[1_102_415 + 24_600, 1_102_415],
    intang=[0, 88_406],
    other_a=[31_207, 31_207],
    ap=[52_918 + HC['ap'][0], 52_918],
    customer_dep=[61_405 + HC['customer_dep'][0], 61_405],
    accrued=[88_712, 88_712],
    cur_debt=neg(HDEBT['current']),
    ltd=HDEBT['ltd'],
    dtl=[48_116 + HC['deferred'][0], 48_116],
    other_l=[72_304, 72_304],
    common=[652, 652],
    apic=[718_406 + HC['sbc'][0], 718_406],
    aoci=[-6_915, -6_915],
    treasury=[-162_418 + HC['buyback'][0], -162_418],
)
HAMORT = 14_806                                  # amortization of intangibles in fiscal 2026 (within D&A)
# The acquisitions in fiscal 2026 added $24.6 million of goodwill, $9.8 million of intangibles and the rest equipment.
HB['intang'][0] = HB['intang'][1] + 9_800 - HAMORT
HB['ppe'][0] = (HB['ppe'][1] - HC['capex'][0] - HC['sale'][0] + (-HC['acq'][0] - 24_600 - 9_800)
                - (H['da'][0] - HAMORT))
HB['cur_a'] = add(HB['cash'], HB['rec'], HB['inv'], HB['prepaid'])
HB['assets'] = add(HB['cur_a'], HB['ppe'], HB['goodwill'], HB['intang'], HB['other_a'])
HB['cur_l'] = add(HB['ap'], HB['customer_dep'], HB['accrued'], HB['cur_debt'])
HB['liab'] = add(HB['cur_l'], HB['ltd'], HB['dtl'], HB['other_l'])
_hre25 = HB['assets'][1] - HB['liab'][1] - (HB['common'][1] + HB['apic'][1] + HB['aoci'][1] + HB['treasury'][1])
HB['re'] = [_hre25 + H['ni'][0] - H['div'][0], _hre25]
HB['equity'] = add(HB['common'], HB['apic'], HB['re'], HB['aoci'], HB['treasury'])
HB['le'] = add(HB['liab'], HB['equity'])
assert HB['le'] == HB['assets'], (HB['le'], HB['assets'])
assert HB["cash"][0] > 0 and HC['begin'][2] > 0 and _hre25 > 0

GALLONS = (412.6, 381.9)   # millions of retail propane gallons sold, fiscal 2026 and 2025
HY3 = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')
HBS2 = ('', 'September 26, 2026', 'September 27, 2025')


def reps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


def hrow(label, key, dollar=False):
    return row(label, H[key], dollar)


def hbrow(label, key, dollar=False):
    return row(label, HB[key], dollar)


def hcrow(label, key, dollar=False):
    return row(label, HC[key], dollar)


def dec(a, b):
    return f"{(b - a) / b * 100:.1f}%"


HEARTHGLOW_10K = Report(
    stem="hearthglow_propane_10k_fy2026",
    title="Hearthglow Propane, Inc. - Annual Report on Form 10-K for the fiscal year ended September 26, 2026",
    running_title="Hearthglow Propane, Inc. | Form 10-K fiscal 2026",
    date="November 19, 2026",
    iso_date="2026-11-19",
    keywords=("Hearthglow Propane", "10-K", "propane distribution", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended September 26, 2026.
Commission File Number 001-40873. HEARTHGLOW PROPANE, INC. (Exact name of registrant as specified in its charter), a
Delaware corporation, I.R.S. Employer Identification No. 23-4471906, 400 Keystone Commons, Allentown, Pennsylvania
18104. Registrant's telephone number, including area code: (610) 555-0142."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(('Common Stock, $0.01 par value', 'HGLO', 'New York Stock Exchange'),),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the registrant's common stock held by
non-affiliates, based on the closing price on March 28, 2026, the last business day of the registrant's most
recently completed second fiscal quarter, was approximately $2.6 billion. As of November 13, 2026, 63,204,117 shares
of common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p(f"""Hearthglow Propane, Inc. ("Hearthglow," "we," "us") sells and delivers propane, heating oil and
refined fuels, and markets natural gas and electricity, to about 1.1 million residential, commercial, industrial
and agricultural customers in 38 states. Our fiscal year ends on the last Saturday of September; fiscal 2026 was
the 52 weeks ended September 26, 2026 and fiscal 2025 the 52 weeks ended September 27, 2025. We sold
{GALLONS[0]} million retail propane gallons in fiscal 2026, compared with {GALLONS[1]} million gallons in fiscal
2025, from about 690 customer service centers, and we own 1,140 bulk storage tanks and about 1.6 million customer
tanks and cylinders. Roughly two thirds of our retail propane volume is sold in our first and second fiscal quarters,
October through March, when customers heat their homes."""),
            p("""We have three reportable segments. Propane sells propane at retail and wholesale and rents and services
customer tanks. Fuel Oil and Refined Fuels sells heating oil, kerosene, diesel and gasoline, mainly in the
Northeast. Natural Gas and Electricity markets natural gas and electricity to residential and small commercial
customers in deregulated markets in Pennsylvania, New York and Ohio. No single customer accounted for more than 2%
of revenues in any of the last three fiscal years."""),
        ),
        (
            p("""Human capital. We had about 3,460 employees at September 26, 2026, compared with about 3,380 at
September 27, 2025, the increase mostly from the businesses we acquired in fiscal 2026."""),
            h('Item 1A. Risk Factors'),
            p("""Our volumes depend on weather: a warm heating season lowers the gallons our residential customers
buy, and we have no weather insurance. The wholesale price of propane follows crude oil and natural gas prices and
exports from the United States; we may not be able to pass price increases on to customers quickly, and higher
prices lead customers to conserve. Our fleet of bobtail and transport trucks needs drivers with hazardous materials
endorsements, who are hard to hire."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p(f"""Our common stock is listed on the New York Stock Exchange under the symbol HGLO. We paid quarterly
dividends of $0.35 per share in fiscal 2026 (${H['dps'][0]:.2f} for the year) and $0.33 per share in fiscal 2025
(${H['dps'][1]:.2f} for the year). During fiscal 2026 we repurchased 0.6 million shares for ${mil(-HC['buyback'][0])}
million, and ${mil(250_000 + HC["buyback"][0] + HC["buyback"][1])} million remained under the $250.0 million share repurchase program approved in September 2024."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Revenues were ${mil(H['rev'][0])} million in fiscal 2026, up {chg(H['rev'][0], H['rev'][1])}
from ${mil(H['rev'][1])} million in fiscal 2025. Operating income rose to ${mil(H['opinc'][0])} million from
${mil(H['opinc'][1])} million, and net income was ${mil(H['ni'][0])} million, or
{reps(H['ni'], H['diluted'])[0]} per diluted share, compared with ${mil(H['ni'][1])} million, or
{reps(H['ni'], H['diluted'])[1]}, which included a ${mil(H['extinguish'][1])} million loss on debt extinguishment.
Tables are in thousands of dollars unless otherwise noted; amounts in this discussion are in millions."""),
            p(f"""Weather and volumes. Heating degree days in our service territories were 2% colder than normal in
fiscal 2026, compared with 9% warmer than normal in fiscal 2025, the warmest year in our records. Retail propane
gallons sold rose {(GALLONS[0] / GALLONS[1] - 1) * 100:.1f}%, of which about 1.5 percentage points came from
acquired businesses and the rest mainly from the colder weather."""),
            p(f"""Revenues by segment. Propane revenues grew {chg(H['s_pr'][0], H['s_pr'][1])} on the higher volumes;
average retail selling prices were about level with fiscal 2025 because lower wholesale costs in the first half
offset the price increases we took in January 2026. Fuel Oil and Refined Fuels revenues fell
{dec(H['s_fo'][0], H['s_fo'][1])}, as customers continued to convert their homes from heating oil to natural gas
and heat pumps and we sold our diesel distribution business in western New York in December 2025. Natural Gas and
Electricity revenues rose {chg(H['s_ng'][0], H['s_ng'][1])} on higher electricity prices in Pennsylvania."""),
        ),
        (
            Table(
                caption='Segment results',
                unit='(Dollars in thousands)',
                header=('', 'Fiscal 2026', 'Fiscal 2025', '% Change'),
                rows=(
                    ('Revenues - Propane', k(H['s_pr'][0], True), k(H['s_pr'][1], True),
                     chg(H['s_pr'][0], H['s_pr'][1])),
                    ('Fuel Oil and Refined Fuels', k(H['s_fo'][0]), k(H['s_fo'][1]), chg(H['s_fo'][0], H['s_fo'][1])),
                    ('Natural Gas and Electricity', k(H['s_ng'][0]), k(H['s_ng'][1]),
                     chg(H['s_ng'][0], H['s_ng'][1])),
                    ('Total revenues', k(H['rev'][0], True), k(H['rev'][1], True), chg(H['rev'][0], H['rev'][1])),
                    ('Operating income - Propane', k(H['o_pr'][0], True), k(H['o_pr'][1], True),
                     chg(H['o_pr'][0], H['o_pr'][1])),
                    ('Fuel Oil and Refined Fuels', k(H['o_fo'][0]), k(H['o_fo'][1]), chg(H['o_fo'][0], H['o_fo'][1])),
                    ('Natural Gas and Electricity', k(H['o_ng'][0]), k(H['o_ng'][1]),
                     chg(H['o_ng'][0], H['o_ng'][1])),
                ),
                note="Segment operating income excludes corporate expenses; see Note 15.",
            ),
            p(f"""Cost of products sold was ${mil(H['cogs'][0])} million, or {pct(H['cogs'][0], H['rev'][0])} of
revenues, compared with {pct(H['cogs'][1], H['rev'][1])} in fiscal 2025. Propane unit margins per gallon widened
because wholesale propane costs at Mont Belvieu averaged about 9% less than in fiscal 2025 while our retail prices
held, and because we sold more gallons to residential customers, whose margins are higher than commercial ones.
Operating expenses were ${mil(H['opex'][0])} million, up {chg(H['opex'][0], H['opex'][1])}, reflecting driver
overtime in the cold months, higher vehicle insurance and the acquired businesses."""),
            p(f"""Acquisitions. In fiscal 2026 we acquired three retail propane distributors in Vermont, Michigan and
North Carolina for ${mil(-HC['acq'][0])} million in cash, adding about 21,000 customers; we recorded $24.6 million
of goodwill and $9.8 million of customer relationship intangibles. The largest, Birchfield Gas Service, is privately
held."""),
            p(f"""Interest and taxes. Interest expense, net decreased to ${mil(H['interest'][0])} million from
${mil(H['interest'][1])} million because we refinanced our 6.000% Senior Notes due 2027 with the 5.875% Senior Notes
due 2031 in May 2025 and borrowed less under our revolving credit facility. The loss on debt extinguishment in
fiscal 2025 comprised the $3.6 million redemption premium and $1.2 million of unamortized financing costs written
off. The effective income tax rate was {pct(H['tax'][0], H['pretax'][0])} in fiscal 2026 and
{pct(H['tax'][1], H['pretax'][1])} in fiscal 2025."""),
            p(f"""Liquidity and capital resources. Cash provided by operating activities was ${mil(HC['cfo'][0])}
million in fiscal 2026, compared with ${mil(HC['cfo'][1])} million in fiscal 2025, on higher net income, partly
offset by higher receivables after a colder March. Capital expenditures were ${mil(-HC['capex'][0])} million,
mostly for customer tanks, delivery trucks and tank monitors. At September 26, 2026 we had $302.0 million available
under our $400.0 million revolving credit facility. For fiscal 2027 we expect capital expenditures of $95 million to
$105 million; our outlook assumes normal weather."""),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF OPERATIONS'),
            Table(
                caption='Hearthglow Propane, Inc. Consolidated Statements of Operations',
                unit='(In thousands, except per share amounts)',
                header=HY3,
                rows=(
                    hrow('Revenues: Propane', 's_pr', True),
                    hrow('Fuel oil and refined fuels', 's_fo'),
                    hrow('Natural gas and electricity', 's_ng'),
                    hrow('Total revenues', 'rev', True),
                    hrow('Cost of products sold', 'cogs'),
                    hrow('Operating expenses', 'opex'),
                    hrow('General and administrative expenses', 'ga'),
                    hrow('Depreciation and amortization', 'da'),
                    hrow('Operating income', 'opinc'),
                    hrow('Interest expense, net', 'interest'),
                    hrow('Loss on debt extinguishment', 'extinguish'),
                    hrow('Income before income taxes', 'pretax'),
                    hrow('Income tax expense', 'tax'),
                    hrow('Net income', 'ni', True),
                    ('Net income per share - basic', *reps(H['ni'], H['basic'])),
                    ('Net income per share - diluted', *reps(H['ni'], H['diluted'])),
                    hrow('Weighted average shares outstanding - basic', 'basic'),
                    hrow('Weighted average shares outstanding - diluted', 'diluted'),
                    ('Dividends declared per common share', *(f"${d:.2f}" for d in H['dps'])),
                ),
            ),
            p("""See accompanying notes to consolidated financial statements."""),
        ),
        (
            h('CONSOLIDATED BALANCE SHEETS'),
            Table(
                caption='Hearthglow Propane, Inc. Consolidated Balance Sheets',
                unit='(In thousands, except par value)',
                header=HBS2,
                rows=(
                    hbrow('Cash and cash equivalents', 'cash', True),
                    hbrow('Accounts receivable, less allowances of $6,118 and $5,904', 'rec'),
                    hbrow('Inventories', 'inv'),
                    hbrow('Prepaid expenses and other current assets', 'prepaid'),
                    hbrow('Total current assets', 'cur_a'),
                    hbrow('Property, plant and equipment, net', 'ppe'),
                    hbrow('Goodwill', 'goodwill'),
                    hbrow('Other intangible assets, net', 'intang'),
                    hbrow('Other assets', 'other_a'),
                    hbrow('Total assets', 'assets', True),
                    hbrow('Accounts payable', 'ap'),
                    hbrow('Customer deposits and advances', 'customer_dep'),
                    hbrow('Accrued employment, insurance and other liabilities', 'accrued'),
                    hbrow('Current portion of long-term debt', 'cur_debt'),
                    hbrow('Total current liabilities', 'cur_l'),
                    hbrow('Long-term debt, net', 'ltd'),
                    hbrow('Deferred income taxes', 'dtl'),
                    hbrow('Other noncurrent liabilities', 'other_l'),
                    hbrow('Total liabilities', 'liab'),
                    hbrow('Common stock, $0.01 par value', 'common'),
                    hbrow('Additional paid-in capital', 'apic'),
                    hbrow('Retained earnings', 're'),
                    hbrow('Accumulated other comprehensive loss', 'aoci'),
                    hbrow('Treasury stock, at cost', 'treasury'),
                    hbrow("Total stockholders' equity", 'equity'),
                    hbrow("Total liabilities and stockholders' equity", 'le', True),
                ),
            ),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF CASH FLOWS'),
            Table(
                caption='Hearthglow Propane, Inc. Consolidated Statements of Cash Flows',
                unit='(In thousands)',
                header=HY3,
                rows=(
                    row('Net income', H['ni'], True),
                    row('Depreciation and amortization', H['da']),
                    hcrow('Amortization of debt issuance costs', 'debt_cost'),
                    hcrow('Stock-based compensation', 'sbc'),
                    hcrow('Deferred income taxes', 'deferred'),
                    hcrow('Loss on debt extinguishment', 'extinguish'),
                    hcrow('Accounts receivable', 'rec'),
                    hcrow('Inventories', 'inv'),
                    hcrow('Prepaid expenses and other', 'prepaid'),
                    hcrow('Accounts payable', 'ap'),
                    hcrow('Customer deposits and advances', 'customer_dep'),
                    hcrow('Net cash provided by operating activities', 'cfo'),
                    hcrow('Capital expenditures', 'capex'),
                    hcrow('Acquisitions of businesses, net of cash acquired', 'acq'),
                    hcrow('Proceeds from sale of property and equipment', 'sale'),
                    hcrow('Net cash used in investing activities', 'cfi'),
                    hcrow('Borrowings under revolving credit facility', 'rev_borrow'),
                    hcrow('Repayments under revolving credit facility', 'rev_repay'),
                    hcrow('Repayments of term loan', 'tl_repay'),
                    hcrow('Proceeds from issuance of senior notes', 'notes_issue'),
                    hcrow('Redemption of senior notes, including premium', 'notes_redeem'),
                    hcrow('Dividends paid', 'div'),
                    hcrow('Repurchases of common stock', 'buyback'),
                    hcrow('Net cash used in financing activities', 'cff'),
                    hcrow('Net change in cash and cash equivalents', 'net'),
                    hcrow('Cash and cash equivalents, beginning of year', 'begin'),
                    hcrow('Cash and cash equivalents, end of year', 'end', True),
                ),
            ),
        ),
        (
            h('NOTES TO CONSOLIDATED FINANCIAL STATEMENTS'),
            h('Note 9. Long-Term Debt'),
            Table(
                caption='Long-term debt consisted of the following',
                unit='(In thousands)',
                header=HBS2,
                rows=(
                    row('Revolving credit facility, due June 2030', HDEBT['revolver']),
                    row('Term loan, due June 2030', HDEBT['tl']),
                    row('5.500% Senior Notes, due March 2029', HDEBT['n29']),
                    row('5.875% Senior Notes, due May 2031', HDEBT['n31']),
                    row('Total principal outstanding', HDEBT['total']),
                    row('Less: unamortized debt issuance costs', HDEBT['costs']),
                    row('Less: current portion', HDEBT['current']),
                    row('Long-term debt, net', HDEBT['ltd']),
                ),
            ),
            p("""The revolving credit facility provides up to $400.0 million, including letters of credit, and the term
loan amortizes $10.0 million a year; both bear interest at SOFR plus 1.50% to 2.25% depending on our leverage and are
secured by substantially all of our assets. The senior notes are unsecured. The credit agreement requires a
consolidated leverage ratio of no more than 4.75 to 1.00 and an interest coverage ratio of at least 2.50 to 1.00; we
were in compliance at September 26, 2026."""),
            Table(
                caption='Scheduled principal payments of long-term debt at September 26, 2026',
                unit='(In thousands; fiscal years ending in September)',
                header=('Fiscal year', 'Amount'),
                rows=(*((y, k(v)) for y, v in HMAT), ('Total principal', f"{HDEBT['total'][0]:,}")),
            ),
        ),
        (
            h('Note 15. Segment Information'),
            Table(
                caption='Revenues and operating income by segment',
                unit='(In thousands)',
                header=HY3,
                rows=(
                    hrow('Revenues: Propane', 's_pr'),
                    hrow('Fuel Oil and Refined Fuels', 's_fo'),
                    hrow('Natural Gas and Electricity', 's_ng'),
                    hrow('Total revenues', 'rev'),
                    hrow('Operating income: Propane', 'o_pr'),
                    hrow('Fuel Oil and Refined Fuels', 'o_fo'),
                    hrow('Natural Gas and Electricity', 'o_ng'),
                    hrow('Total segment operating income', 'seg_oi'),
                    hrow('Corporate expenses', 'corp'),
                    hrow('Operating income', 'opinc'),
                ),
            ),
            p("""Our chief operating decision maker evaluates the segments on revenues and operating income. Assets are
not allocated to segments and are not reviewed by segment. All of our operations and long-lived assets are in the
United States."""),
        ),
    ),
)

REPORTS = (HEARTHGLOW_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Brightwater Express Car Wash, Inc.: earnings release (Form 8-K Exhibit 99.1), third quarter of 2026, $000s.
# Columns: Q3 2026, Q3 2025 (as revised), nine months 2026, nine months 2025 (as revised).
B = dict(
    wc=[171_406, 148_912, 498_715, 430_208],     # Wash Club membership revenue (2025 as revised)
    rt=[96_318, 98_705, 271_904, 276_115],       # retail car wash revenue
    ot=[4_812, 4_406, 13_990, 12_877],           # other revenue
    labor=[71_204, 66_118, 209_617, 193_402],    # cost of labor and chemicals
    store=[58_915, 54_302, 172_418, 158_904],    # other store operating expenses
    ga=[27_406, 25_118, 82_915, 76_302],
    da=[24_118, 20_906, 70_412, 60_215],
    gain=[-3_217, -1_102, -8_904, -4_611],       # (gain) loss on sale of assets (sale-leasebacks)
    interest=[14_806, 15_912, 45_118, 47_703],
    rate=[0.252, 0.249, 0.251, 0.248],
    basic=[318_406, 315_912, 317_815, 315_204],
    diluted=[324_117, 322_608, 323_906, 321_915],
    sbc=[4_118, 3_902, 12_615, 11_508],
)
B['rev'] = add(B['wc'], B['rt'], B['ot'])
B['opinc'] = sub(B['rev'], add(B['labor'], B['store'], B['ga'], B['da'], B['gain']))
B['pretax'] = sub(B['opinc'], B['interest'])
B['tax'] = [round(a * r) for a, r in zip(B['pretax'], B['rate'])]
B['ni'] = sub(B['pretax'], B['tax'])
B['ebitda'] = add(B['ni'], B['interest'], B['tax'], B['da'], B['sbc'], B['gain'])
B_REVISE = [1_204, 2_918]        # Q3 and nine-month 2025 Wash Club revenue moved out of revenue into deferred revenue
B_REVISE_NI = [round(B_REVISE[0] * (1 - B['rate'][1])), round(B_REVISE[1] * (1 - B['rate'][3]))]      # and the net income effect, after tax
B_CF = dict(cfo=[238_406, 205_117], capex=[-186_903, -171_215], slb=[41_808, 33_406])
B_CF['fcf'] = add(B_CF['cfo'], B_CF['capex'])
B_STORES = (468, 431)            # stores at September 30, 2026 and 2025
B_MEMBERS = (2.41, 2.18)         # Wash Club members, millions, at September 30, 2026 and 2025
B_GUIDE = [('Net revenue', '$1,052 million to $1,060 million', '$1,040 million to $1,060 million'),
           ('Adjusted EBITDA', '$438 million to $444 million', '$432 million to $442 million'),
           ('Comparable store sales growth', '3.5% to 4.5%', '3.0% to 5.0%'),
           ('New greenfield stores', 'about 40', 'about 40')]
B_HEAD = ('(Unaudited; in thousands, except per share data)', 'Q3 2026', 'Q3 2025 (as revised)',
          'Nine months 2026', 'Nine months 2025 (as revised)')
assert all(x > 0 for x in B['ni'])


def brow(label, key, dollar=False):
    return row(label, B[key], dollar, nil='—')


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return '\n'.join(out)


def release_md() -> str:
    q, pq, n, pn = 0, 1, 2, 3
    eps = reps(B['ni'], B['diluted'])
    parts = [
        "# Brightwater Express Car Wash Reports Third Quarter 2026 Results and Raises Full-Year Outlook",
        "Exhibit 99.1",
        f"""MESA, Arizona, November 4, 2026 -- Brightwater Express Car Wash, Inc. (NASDAQ: BWCW), an operator of
express exterior conveyor car washes in 14 states, today reported results for the third quarter and nine months
ended September 30, 2026. Amounts in the tables are in thousands of dollars, except per-share amounts; amounts in the
text and outlook are in millions.""",
        "## Third quarter highlights",
        f"""- Net revenue of ${mil(B['rev'][q])} million, up {chg(B['rev'][q], B['rev'][pq])} from the revised
${mil(B['rev'][pq])} million of the third quarter of 2025.""",
        """- Comparable store sales up 4.1%, the tenth quarter in a row of growth.""",
        f"""- Wash Club membership revenue up {chg(B['wc'][q], B['wc'][pq])} and {pct(B['wc'][q], B['rev'][q])} of
net revenue; {B_MEMBERS[0]:.2f} million Wash Club members at September 30, 2026, compared with {B_MEMBERS[1]:.2f}
million a year earlier.""",
        f"""- Net income of ${mil(B['ni'][q])} million, or {eps[q]} per diluted share, compared with
${mil(B['ni'][pq])} million, or {eps[pq]}.""",
        f"""- Adjusted EBITDA (non-GAAP) of ${mil(B['ebitda'][q])} million, up {chg(B['ebitda'][q], B['ebitda'][pq])},
with an Adjusted EBITDA margin of {pct(B['ebitda'][q], B['rev'][q])}.""",
        f"""- Opened 11 greenfield stores in the quarter, ending with {B_STORES[0]} stores, compared with
{B_STORES[1]} at September 30, 2025.""",
        f"""\"Our members now bring us almost two thirds of our revenue, which makes us far less dependent on sunny
weekends,\" said Renata Okafor, Chief Executive Officer. \"A rainy August in Texas and the Carolinas cut retail
washes, but members kept coming, and the stores we opened in 2024 and 2025 are ramping faster than our older
classes did.\"""",
        "## Discussion of third quarter results",
        f"""Retail car wash revenue fell {dec(B['rt'][q], B['rt'][pq])} because heavy rain in August kept
non-member customers away and because more retail customers converted to memberships after we lowered the price of
our entry-level plan to $19.99 a month in April. Cost of labor and chemicals was {pct(B['labor'][q], B['rev'][q])}
of net revenue, compared with {pct(B['labor'][pq], B['rev'][pq])}, as new stores needed fewer labor hours per car
and chemical prices eased. The gain on sale of assets came from sale-leaseback transactions on nine stores.""",
        f"""Revision of 2025 amounts. We found that some Wash Club membership revenue had been recognized when
members were billed rather than over the monthly membership period. We have revised the 2025 amounts to defer this
revenue, which reduced Wash Club membership revenue by ${mil(B_REVISE[0])} million for the third quarter of 2025
and ${mil(B_REVISE[1])} million for the nine months, and net income by ${mil(B_REVISE_NI[0])} million and
${mil(B_REVISE_NI[1])} million, respectively. As originally reported, net revenue was
${B['rev'][pq] + B_REVISE[0]:,} thousand for the third quarter of 2025 and ${B['rev'][pn] + B_REVISE[1]:,} thousand
for the nine months, and net income was ${B['ni'][pq] + B_REVISE_NI[0]:,} thousand and
${B['ni'][pn] + B_REVISE_NI[1]:,} thousand. We concluded that the error was not material to any prior period.""",
        "## Nine months, cash flow and balance sheet",
        f"""For the nine months ended September 30, 2026, net revenue was ${mil(B['rev'][n])} million, up
{chg(B['rev'][n], B['rev'][pn])}, comparable store sales grew 3.8%, net income was ${mil(B['ni'][n])} million and
Adjusted EBITDA was ${mil(B['ebitda'][n])} million. Net cash provided by operating activities was
${mil(B_CF['cfo'][0])} million, capital expenditures were ${mil(-B_CF['capex'][0])} million and proceeds from
sale-leaseback transactions were ${mil(B_CF['slb'][0])} million. We opened 29 greenfield stores and, on June 2,
2026, acquired six stores in the Tulsa, Oklahoma area from Suds Alley Car Wash, a privately held operator, for
$27.5 million in cash. At September 30, 2026 we had $48.7 million of cash and cash equivalents, $1,012.4 million of
total debt and $215.0 million available under our revolving credit facility; net leverage was 2.2 times trailing
twelve-month Adjusted EBITDA.""",
        "## Full-year 2026 outlook",
        "Brightwater updated its outlook for the year ending December 31, 2026:",
        md_table(('Full year 2026', 'Updated (November 4, 2026)', 'Previous (August 5, 2026)'), B_GUIDE),
        """The outlook does not include any acquisitions that have not closed. We do not provide guidance for net
income or earnings per share because the timing of sale-leaseback gains and stock-based compensation is hard to
predict.""",
        "## About non-GAAP measures",
        """Adjusted EBITDA is net income before interest expense, net, income tax expense, depreciation and
amortization, stock-based compensation and (gain) loss on sale of assets; Adjusted EBITDA margin is Adjusted EBITDA
divided by net revenue. Free cash flow is net cash provided by operating activities less capital expenditures. These
measures are not substitutes for measures prepared under GAAP.""",
        "## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        md_table(B_HEAD, (
            brow('Wash Club membership revenue', 'wc'),
            brow('Retail car wash revenue', 'rt'),
            brow('Other revenue', 'ot'),
            brow('Net revenue', 'rev', True),
            brow('Cost of labor and chemicals', 'labor'),
            brow('Other store operating expenses', 'store'),
            brow('General and administrative expenses', 'ga'),
            brow('Depreciation and amortization', 'da'),
            brow('(Gain) loss on sale of assets', 'gain'),
            brow('Income from operations', 'opinc'),
            brow('Interest expense, net', 'interest'),
            brow('Income before income taxes', 'pretax'),
            brow('Income tax expense', 'tax'),
            brow('Net income', 'ni', True),
            ('Earnings per share - basic', *reps(B['ni'], B['basic'])),
            ('Earnings per share - diluted', *eps),
            brow('Weighted average shares - basic', 'basic'),
            brow('Weighted average shares - diluted', 'diluted'),
        )),
        "The 2025 columns are revised as described under Revision of 2025 amounts.",
        "## NET INCOME TO ADJUSTED EBITDA RECONCILIATION",
        md_table(B_HEAD, (
            brow('Net income', 'ni', True),
            brow('Interest expense, net', 'interest'),
            brow('Income tax expense', 'tax'),
            brow('Depreciation and amortization', 'da'),
            brow('Stock-based compensation', 'sbc'),
            brow('(Gain) loss on sale of assets', 'gain'),
            brow('Adjusted EBITDA', 'ebitda', True),
            ('Adjusted EBITDA margin', *(pct(a, b) for a, b in zip(B['ebitda'], B['rev']))),
        )),
        "## SELECTED CASH FLOW INFORMATION",
        md_table(('(In thousands)', 'Nine months 2026', 'Nine months 2025'), (
            row('Net cash provided by operating activities', B_CF['cfo'], True),
            row('Capital expenditures', B_CF['capex']),
            row('Proceeds from sale-leaseback transactions', B_CF['slb']),
            row('Free cash flow', B_CF['fcf'], True),
        )),
    ]
    return "\n\n".join(" ".join(s.split()) if not s.startswith("|") else s for s in parts) + "\n"


RELEASE_STEM = "brightwater_car_wash_q3_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.md"
    target.write_text(release_md(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
