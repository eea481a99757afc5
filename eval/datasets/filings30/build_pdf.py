"""Build the two filings of the held-out set filings30 (eval/datasets/filings30/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is an
HTML exhibit (release_html). The companies and every figure are fictional. Both filers report in thousands of
dollars; figures are held here as integers in thousands, and statement totals are summed here so that they foot.

    .venv/bin/python eval/datasets/filings30/build_pdf.py      # writes docs/*.pdf and docs/*.html
"""

from __future__ import annotations

import html
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
    return f"{v / 1000:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Tamarack Homes, Inc.: Form 10-K, fiscal year ended March 28, 2026 (52/53-week years ending on the Saturday nearest
# March 31: fiscal 2026 = March 28, 2026, fiscal 2025 = March 29, 2025, fiscal 2024 = March 30, 2024), $000s.
HOMES = [14_212, 13_486, 14_018]                 # homes sold by Factory-built Housing (wholesale and retail)
ASP = [96_400, 93_100, 90_800]                   # average selling price per home, dollars
T = dict(
    r_h=[round(a * b / 1000) for a, b in zip(HOMES, ASP)],   # Factory-built Housing net revenue
    r_f=[41_806, 36_915, 31_204],                # Financial Services revenue (interest and fees on consumer loans)
    cogs=[1_068_418, 1_002_912, 1_019_406],      # cost of sales
    sga=[193_405, 180_118, 176_912],
    interest=[6_204, 6_915, 7_406],              # interest expense (corporate debt)
    other=[5_918, 4_806, 3_112],                 # other income, net (interest on cash)
    rate=[0.236, 0.241, 0.239],
    basic=[27_106, 27_814, 28_302],
    diluted=[27_418, 28_106, 28_615],
)
T['rev'] = add(T['r_h'], T['r_f'])
T['gross'] = sub(T['rev'], T['cogs'])
T['opinc'] = sub(T['gross'], T['sga'])
T['pretax'] = add(sub(T['opinc'], T['interest']), T['other'])
T['tax'] = [round(a * r) for a, r in zip(T['pretax'], T['rate'])]
T['ni'] = sub(T['pretax'], T['tax'])
# Segment operating income; Financial Services includes its own funding cost. Corporate is the rest.
T['o_h'] = [168_906, 131_218, 128_905]
T['o_f'] = [14_318, 12_106, 10_915]
T['corp'] = sub(T['opinc'], add(T['o_h'], T['o_f']))
assert all(x < 0 for x in T['corp']) and all(x > 0 for x in T['ni'])

TC = dict(
    da=[24_106, 22_318, 21_405],
    sbc=[9_812, 8_906, 8_215],
    deferred=[-2_104, 1_318, -906],
    prov=[4_912, 4_118, 3_406],                  # provision for credit losses on consumer loans
    inv=[-14_306, 21_418, -8_912],
    wc=[11_205, -6_418, 4_306],                  # other operating assets and liabilities, net
    capex=[-38_912, -31_406, -29_818],
    loans_out=[-118_406, -104_912, -92_318],     # consumer loans originated
    loans_in=[79_918, 71_406, 63_215],           # consumer loan principal collected
    acq=[0, -24_600, 0],                         # acquisition of retail centres, fiscal 2025 only
    borrow=[0, 0, 0],
    repay=[-10_000, -10_000, -10_000],
    buyback=[-71_406, -58_312, -40_118],
)
TC['cfo'] = add(T['ni'], TC['da'], TC['sbc'], TC['deferred'], TC['prov'], TC['inv'], TC['wc'])
TC['cfi'] = add(TC['capex'], TC['loans_out'], TC['loans_in'], TC['acq'])
TC['cff'] = add(TC['repay'], TC['buyback'])
TC['net'] = add(TC['cfo'], TC['cfi'], TC['cff'])
TCASH25 = 284_612
TC['end'] = [TCASH25 + TC['net'][0], TCASH25, TCASH25 - TC['net'][1]]
TC['begin'] = sub(TC['end'], TC['net'])
T['fcf'] = add(TC['cfo'], TC['capex'])

TDEBT = dict(tl=[70_000, 80_000], notes=[100_000, 100_000])      # term loan (amortizing) and 5.10% senior notes
TDEBT['total'] = add(TDEBT['tl'], TDEBT['notes'])
TDEBT['current'] = [10_000, 10_000]
TDEBT['ltd'] = sub(TDEBT['total'], TDEBT['current'])
assert TDEBT['tl'][0] - TDEBT['tl'][1] == TC['repay'][0]

LOANS = [0, 402_918]   # consumer loans receivable, net
LOANS[0] = LOANS[1] - TC['loans_out'][0] - TC['loans_in'][0] - TC['prov'][0]
TB = dict(
    cash=[TC['end'][0], TCASH25],
    inv=[312_406 - TC['inv'][0], 312_406],
    other_ca=[48_915, 48_915 - 0],
    loans=LOANS,
    ppe=[241_306 - TC['capex'][0] - TC['da'][0], 241_306],
    goodwill=[61_204, 61_204],
    other_a=[22_418, 22_418],
    ap=[88_406, 88_406],
    accrued=[176_318 + TC['wc'][0], 176_318],
    cur_debt=TDEBT['current'],
    ltd=TDEBT['ltd'],
    dtl=[14_906 + TC['deferred'][0], 14_906],
    other_l=[31_204, 31_204],
    common=[273, 273],
    apic=[298_406 + TC['sbc'][0], 298_406],
    treasury=[-212_318 + TC['buyback'][0], -212_318],
)
TB['cur_a'] = add(TB['cash'], TB['inv'], TB['other_ca'])
TB['assets'] = add(TB['cur_a'], TB['loans'], TB['ppe'], TB['goodwill'], TB['other_a'])
TB['cur_l'] = add(TB['ap'], TB['accrued'], TB['cur_debt'])
TB['liab'] = add(TB['cur_l'], TB['ltd'], TB['dtl'], TB['other_l'])
_re25 = TB['assets'][1] - TB['liab'][1] - (TB['common'][1] + TB['apic'][1] + TB['treasury'][1])
TB['re'] = [_re25 + T['ni'][0], _re25]
TB['equity'] = add(TB['common'], TB['apic'], TB['re'], TB['treasury'])
TB['le'] = add(TB['liab'], TB['equity'])
assert TB['le'] == TB['assets'] and _re25 > 0 and TC['begin'][2] > 0
T_MAT = [('2027', 10_000), ('2028', 10_000), ('2029', 10_000), ('2030', 140_000), ('2031', 0)]
assert sum(v for _, v in T_MAT) == TDEBT['total'][0]
T_BUY_SH = 0.9   # million shares repurchased in fiscal 2026

TY3 = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')
TBS2 = ('', 'March 28, 2026', 'March 29, 2025')


def reps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


def trow(label, key, dollar=False):
    return row(label, T[key], dollar)


def tbrow(label, key, dollar=False):
    return row(label, TB[key], dollar)


def tcrow(label, key, dollar=False):
    return row(label, TC[key], dollar)


GM = [pct(g, r) for g, r in zip(T['gross'], T['rev'])]

TAMARACK_10K = Report(
    stem="tamarack_homes_10k_fy2026",
    title="Tamarack Homes, Inc. - Annual Report on Form 10-K for the fiscal year ended March 28, 2026",
    running_title="Tamarack Homes, Inc. | Form 10-K fiscal 2026",
    date="May 21, 2026",
    iso_date="2026-05-21",
    keywords=("Tamarack Homes", "10-K", "manufactured housing", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended March 28, 2026.
Commission File Number 001-40722. TAMARACK HOMES, INC. (Exact name of registrant as specified in its charter), an
Indiana corporation, I.R.S. Employer Identification No. 35-2291847, 1400 Stonebridge Parkway, Elkhart, Indiana 46514.
Registrant's telephone number, including area code: (574) 555-0142."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(('Common Stock, $0.01 par value', 'TMKH', 'New York Stock Exchange'),),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the registrant's common stock held by
non-affiliates, based on the closing price on September 27, 2025, the last business day of the registrant's most
recently completed second fiscal quarter, was approximately $2.1 billion. As of May 8, 2026, 26,804,118 shares of
common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p(f"""Tamarack Homes, Inc. ("Tamarack," "we," "us") designs and builds factory-built homes: manufactured
homes built to the federal HUD code and modular homes built to state and local codes. We build homes at 11 plants in
Indiana, Pennsylvania, Georgia, Alabama, Texas and Oregon and sell them through about 640 independent retailers and
our 58 company-owned retail centres. Our fiscal year is a 52- or 53-week period ending on the Saturday nearest March
31. Fiscal 2026 was the 52 weeks ended March 28, 2026, fiscal 2025 the 52 weeks ended March 29, 2025 and fiscal 2024
the 52 weeks ended March 30, 2024; fiscal 2027 will be a 53-week year ending April 3, 2027."""),
            p("""We have two reportable segments. Factory-built Housing designs, builds and sells homes, at wholesale to
independent retailers and communities and at retail through our own centres. Financial Services, through our
subsidiary Tamarack Home Credit, makes and holds installment loans to buyers of homes sold at our company-owned retail
centres. No independent retailer accounted for more than 6% of net revenue in any of the last three fiscal years."""),
            p("""Human capital. We had about 6,450 employees at March 28, 2026, compared with about 6,180 at March 29,
2025, most of them production workers at our plants."""),
        ),
        (
            h('Item 1A. Risk Factors'),
            p("""Demand for our homes depends on the availability and cost of financing for buyers and for retailers'
floor plan inventory; higher interest rates raise monthly payments and can reduce sales. Lumber, steel, drywall and
appliance prices can change quickly, and we may not be able to raise home prices as fast. Our consumer loans are
made to buyers with limited credit histories, and losses could exceed our allowance for credit losses. Zoning rules
in many towns restrict where manufactured homes can be placed."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p(f"""Our common stock is listed on the New York Stock Exchange under the symbol TMKH. We have never paid a
cash dividend and do not plan to pay one. During fiscal 2026 we repurchased {T_BUY_SH} million shares of common stock
for ${mil(-TC['buyback'][0])} million, compared with ${mil(-TC['buyback'][1])} million in fiscal 2025. In February 2026
our Board of Directors authorized an additional $150.0 million of repurchases; at March 28, 2026, $186.4 million
remained available under the repurchase program, which has no expiration date."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Net revenue was ${mil(T['rev'][0])} million in fiscal 2026, up {chg(T['rev'][0], T['rev'][1])}
from ${mil(T['rev'][1])} million in fiscal 2025. Net income was ${mil(T['ni'][0])} million, or
{reps(T['ni'], T['diluted'])[0]} per diluted share, compared with ${mil(T['ni'][1])} million, or
{reps(T['ni'], T['diluted'])[1]}. Tables are in thousands of dollars unless otherwise noted; amounts in this discussion
are in millions."""),
            p(f"""Factory-built Housing. Net revenue of the segment rose {chg(T['r_h'][0], T['r_h'][1])} to
${mil(T['r_h'][0])} million. We sold {HOMES[0]:,} homes, compared with {HOMES[1]:,} in fiscal 2025, as independent
retailers rebuilt inventories that they had reduced in fiscal 2025, and the average selling price per home rose to
${ASP[0]:,} from ${ASP[1]:,} because multi-section and modular homes were a larger part of the mix and because of a
price increase in April 2025."""),
            p(f"""Gross margin. Gross profit was ${mil(T['gross'][0])} million, or {GM[0]} of net revenue, compared with
{GM[1]} in fiscal 2025 and {GM[2]} in fiscal 2024. The margin widened because our plants ran closer to capacity, which
spread fixed overhead over more homes, because lumber and OSB panel costs were lower than a year earlier, and because
the April 2025 price increase held; higher wages for production workers partly offset these gains. Financial Services
revenue, which has no cost of sales, was also a larger share of net revenue. Selling, general and administrative
expenses were ${mil(T['sga'][0])} million, or {pct(T['sga'][0], T['rev'][0])} of net revenue."""),
        ),
        (
            p(f"""Financial Services. Revenue of the segment rose {chg(T['r_f'][0], T['r_f'][1])} to
${mil(T['r_f'][0])} million as the loan portfolio grew; consumer loans receivable, net were ${mil(TB['loans'][0])}
million at March 28, 2026. Tamarack Home Credit funds its loans from our cash and does not borrow on its own."""),
            p(f"""Liquidity and capital resources. Net cash provided by operating activities was ${mil(TC['cfo'][0])}
million in fiscal 2026, compared with ${mil(TC['cfo'][1])} million in fiscal 2025. Capital expenditures were
${mil(-TC['capex'][0])} million, mainly for automation at our Georgia and Texas plants. We originated
${mil(-TC['loans_out'][0])} million of consumer loans and collected ${mil(TC['loans_in'][0])} million of principal.
In fiscal 2025 we bought five retail centres in Tennessee from Blue Hollow Home Sales, a privately held retailer, for
${mil(-TC['acq'][1])} million. At March 28, 2026 we had ${mil(TB['cash'][0])} million of cash and cash equivalents and
$125.0 million available under our revolving credit facility, which was undrawn. For fiscal 2027 we expect capital
expenditures of $40 million to $45 million."""),
            h('CONSOLIDATED STATEMENTS OF INCOME'),
            Table(
                caption='Tamarack Homes, Inc. Consolidated Statements of Income',
                unit='(In thousands, except per share amounts)',
                header=TY3,
                rows=(
                    trow('Net revenue: Factory-built housing', 'r_h', True),
                    trow('Financial services', 'r_f'),
                    trow('Total net revenue', 'rev', True),
                    trow('Cost of sales', 'cogs'),
                    trow('Gross profit', 'gross'),
                    trow('Selling, general and administrative expenses', 'sga'),
                    trow('Income from operations', 'opinc'),
                    trow('Interest expense', 'interest'),
                    trow('Other income, net', 'other'),
                    trow('Income before income taxes', 'pretax'),
                    trow('Income tax expense', 'tax'),
                    trow('Net income', 'ni', True),
                    ('Net income per share - basic', *reps(T['ni'], T['basic'])),
                    ('Net income per share - diluted', *reps(T['ni'], T['diluted'])),
                    trow('Weighted average shares outstanding - basic', 'basic'),
                    trow('Weighted average shares outstanding - diluted', 'diluted'),
                ),
            ),
        ),
        (
            h('CONSOLIDATED BALANCE SHEETS'),
            Table(
                caption='Tamarack Homes, Inc. Consolidated Balance Sheets',
                unit='(In thousands, except par value)',
                header=TBS2,
                rows=(
                    tbrow('Cash and cash equivalents', 'cash', True),
                    tbrow('Inventories', 'inv'),
                    tbrow('Prepaid expenses and other current assets', 'other_ca'),
                    tbrow('Total current assets', 'cur_a'),
                    tbrow('Consumer loans receivable, net', 'loans'),
                    tbrow('Property, plant and equipment, net', 'ppe'),
                    tbrow('Goodwill', 'goodwill'),
                    tbrow('Other assets', 'other_a'),
                    tbrow('Total assets', 'assets', True),
                    tbrow('Accounts payable', 'ap'),
                    tbrow('Accrued liabilities, including customer deposits and warranty', 'accrued'),
                    tbrow('Current portion of long-term debt', 'cur_debt'),
                    tbrow('Total current liabilities', 'cur_l'),
                    tbrow('Long-term debt, less current portion', 'ltd'),
                    tbrow('Deferred income taxes', 'dtl'),
                    tbrow('Other noncurrent liabilities', 'other_l'),
                    tbrow('Total liabilities', 'liab'),
                    tbrow('Common stock, $0.01 par value', 'common'),
                    tbrow('Additional paid-in capital', 'apic'),
                    tbrow('Retained earnings', 're'),
                    tbrow('Treasury stock, at cost', 'treasury'),
                    tbrow("Total stockholders' equity", 'equity'),
                    tbrow("Total liabilities and stockholders' equity", 'le', True),
                ),
            ),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF CASH FLOWS'),
            Table(
                caption='Tamarack Homes, Inc. Consolidated Statements of Cash Flows',
                unit='(In thousands)',
                header=TY3,
                rows=(
                    row('Net income', T['ni'], True),
                    tcrow('Depreciation and amortization', 'da'),
                    tcrow('Stock-based compensation', 'sbc'),
                    tcrow('Deferred income taxes', 'deferred'),
                    tcrow('Provision for credit losses', 'prov'),
                    tcrow('Inventories', 'inv'),
                    tcrow('Other operating assets and liabilities, net', 'wc'),
                    tcrow('Net cash provided by operating activities', 'cfo'),
                    tcrow('Purchases of property, plant and equipment', 'capex'),
                    tcrow('Consumer loans originated', 'loans_out'),
                    tcrow('Principal collected on consumer loans', 'loans_in'),
                    tcrow('Acquisition of retail centres', 'acq'),
                    tcrow('Net cash used in investing activities', 'cfi'),
                    tcrow('Repayments of term loan', 'repay'),
                    tcrow('Repurchases of common stock', 'buyback'),
                    tcrow('Net cash used in financing activities', 'cff'),
                    tcrow('Net increase (decrease) in cash and cash equivalents', 'net'),
                    tcrow('Cash and cash equivalents, beginning of year', 'begin'),
                    tcrow('Cash and cash equivalents, end of year', 'end', True),
                ),
            ),
        ),
        (
            h('Note 7. Debt'),
            p(f"""Debt consisted of a term loan of ${mil(TDEBT['tl'][0])} million at March 28, 2026
(${mil(TDEBT['tl'][1])} million at March 29, 2025), which bears interest at SOFR plus 1.50% and is repaid at $10.0
million a year until it matures in June 2029, and $100.0 million of 5.10% senior notes due September 2029. Total debt
was ${mil(TDEBT['total'][0])} million, of which ${mil(TDEBT['current'][0])} million was current. Our $125.0 million
revolving credit facility matures in June 2029 and had no borrowings at either date. The agreements require a total
leverage ratio of no more than 3.0 times and an interest coverage ratio of at least 3.5 times; we were in compliance at
March 28, 2026."""),
            Table(
                caption='Scheduled principal payments at March 28, 2026',
                unit='(In thousands)',
                header=('Fiscal year', 'Principal'),
                rows=tuple((y, k(v, nil='-')) for y, v in T_MAT) + (('Total', k(TDEBT['total'][0], True)),),
            ),
            h('Note 12. Segment Information'),
            p("""We evaluate segments on net revenue and segment operating income. Corporate expenses are not
allocated. Assets are not reviewed by segment."""),
            Table(
                caption='Segment information',
                unit='(In thousands, except homes sold and average selling price)',
                header=TY3,
                rows=(
                    trow('Net revenue: Factory-built Housing', 'r_h', True),
                    trow('Financial Services', 'r_f'),
                    trow('Total net revenue', 'rev', True),
                    trow('Segment operating income: Factory-built Housing', 'o_h', True),
                    trow('Financial Services', 'o_f'),
                    trow('Corporate expenses', 'corp'),
                    trow('Income from operations', 'opinc', True),
                    ('Homes sold', *(f"{x:,}" for x in HOMES)),
                    ('Average selling price per home (dollars)', *(f"${x:,}" for x in ASP)),
                ),
            ),
        ),
    ),
)

REPORTS = (TAMARACK_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Cobalt Ridge Freight, Inc.: earnings release (Form 8-K Exhibit 99.1), second quarter of 2026, $000s.
# Columns: Q2 2026, Q2 2025, six months 2026, six months 2025.
DAYS = [64, 64, 127, 127]                         # work days
TPD = [21_406, 21_918, 20_915, 21_502]            # LTL tons per day
SPD = [30_412, 30_806, 29_718, 30_215]            # LTL shipments per day
C = dict(
    ltl_x=[0, 0, 0, 0],                           # LTL revenue excluding fuel surcharge (set below)
    fsc=[92_418, 101_306, 183_912, 198_406],      # fuel surcharge revenue
    other=[8_406, 7_918, 16_204, 15_312],         # other revenue (logistics and truckload brokerage)
    wages=[498_915, 483_406, 987_318, 955_904],
    purch=[61_204, 64_918, 122_406, 128_315],     # purchased transportation
    fuel=[68_406, 76_215, 137_918, 151_406],
    ops=[82_318, 79_406, 163_912, 157_204],       # operating and general supplies and expenses
    ins=[18_406, 16_918, 36_204, 33_506],         # insurance and claims
    da=[52_918, 48_306, 104_612, 95_418],
    gain=[-14_206, -1_118, -15_018, -2_306],      # gain on sale of property and equipment
    sev=[3_918, 0, 3_918, 0],                     # terminal consolidation and severance costs
    other_exp=[2_106, 2_318, 4_218, 4_506],       # other expense, net
    interest=[3_104, 3_918, 6_412, 7_906],        # interest expense, net
    rate=[0.248, 0.252, 0.249, 0.251],
    basic=[58_204, 59_118, 58_416, 59_306],
    diluted=[58_612, 59_506, 58_820, 59_712],
)
RPC_X = [32.18, 30.96, 32.04, 30.88]              # LTL revenue per hundredweight excluding fuel surcharge, dollars
C['ltl_x'] = [round(t * d * 20 * r / 1000) for t, d, r in zip(TPD, DAYS, RPC_X)]
C['ltl'] = add(C['ltl_x'], C['fsc'])
C['rev'] = add(C['ltl'], C['other'])
C['opex'] = add(C['wages'], C['purch'], C['fuel'], C['ops'], C['ins'], C['da'], C['gain'], C['sev'])
C['opinc'] = sub(C['rev'], C['opex'])
C['pretax'] = sub(sub(C['opinc'], C['interest']), C['other_exp'])
C['tax'] = [round(a * r) for a, r in zip(C['pretax'], C['rate'])]
C['ni'] = sub(C['pretax'], C['tax'])
C['adj_opex'] = sub(sub(C['opex'], C['gain']), C['sev'])
C['adj_opinc'] = sub(C['rev'], C['adj_opex'])
CWT = [t * d * 20 for t, d in zip(TPD, DAYS)]     # hundredweight
RPC = [f"${l * 1000 / c:.2f}" for l, c in zip(C['ltl'], CWT)]
RPCX = [f"${l * 1000 / c:.2f}" for l, c in zip(C['ltl_x'], CWT)]
WPS = [round(t * 2000 / s) for t, s in zip(TPD, SPD)]
OR = [pct(e, r) for e, r in zip(C['opex'], C['rev'])]
AOR = [pct(e, r) for e, r in zip(C['adj_opex'], C['rev'])]
assert all(x > 0 for x in C['ni'])
C_CAPEX = ('$520 million to $540 million', '$450 million to $470 million')
C_CF = dict(cfo=[318_406, 296_118], capex=[-241_918, -188_406], sale=[21_406, 4_918])
C_HEAD = ('', 'Q2 2026', 'Q2 2025', 'Six months 2026', 'Six months 2025')


def crow(label, key, dollar=False):
    return row(label, C[key], dollar)


def _cells(tag, cells):
    return "".join(f"<{tag}>{html.escape(c, quote=False)}</{tag}>" for c in cells)


def _table(caption, unit, header, rows):
    out = [f'<p><b>{html.escape(caption, quote=False)}</b><br>{html.escape(unit, quote=False)}</p>',
           '<table border="1">', f"<tr>{_cells('th', header)}</tr>"]
    out += [f"<tr>{_cells('td', r)}</tr>" for r in rows]
    out.append('</table>')
    return "\n".join(out)


def release_html() -> str:
    q, pq, n, pn = 0, 1, 2, 3
    eps = reps(C['ni'], C['diluted'])
    paras = [
        '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
        '<title>Cobalt Ridge Freight, Inc. - Exhibit 99.1 - Second Quarter 2026 Results</title>',
        '</head>', '<body>',
        '<p>Exhibit 99.1</p>',
        '<h1>Cobalt Ridge Freight Reports Second Quarter 2026 Results and Raises Capital Expenditure Plan</h1>',
        f"""<p>COLUMBUS, Ohio, July 29, 2026 -- Cobalt Ridge Freight, Inc. (NASDAQ: CRFT), a less-than-truckload
carrier operating 212 service centers in 41 states, today reported results for the second quarter and six months
ended June 30, 2026. Dollar amounts in the tables are in thousands, except per-share amounts and operating
statistics.</p>""",
        '<h2>Second Quarter 2026 Highlights</h2>',
        f"""<ul><li>Revenue of ${mil(C['rev'][q])} million, compared with ${mil(C['rev'][pq])} million in the second
quarter of 2025, a change of {chg(C['rev'][q], C['rev'][pq])}.</li>
<li>Operating ratio of {OR[q]}, compared with {OR[pq]}; adjusted operating ratio (non-GAAP) of {AOR[q]}, compared
with {AOR[pq]}.</li>
<li>LTL tons per day down {(1 - TPD[q] / TPD[pq]) * 100:.1f}% and LTL shipments per day down
{(1 - SPD[q] / SPD[pq]) * 100:.1f}%.</li>
<li>LTL revenue per hundredweight, excluding fuel surcharge, up {(RPC_X[q] / RPC_X[pq] - 1) * 100:.1f}% to
{RPCX[q]}.</li>
<li>Net income of ${mil(C['ni'][q])} million, or {eps[q]} per diluted share, compared with ${mil(C['ni'][pq])}
million, or {eps[pq]}.</li></ul>""",
        f"""<p>"Freight demand from industrial customers stayed soft this quarter, but we kept our pricing discipline and
our yield grew for the ninth straight quarter," said Renata Olsen, President and Chief Executive Officer. "Selling
our surplus Memphis and Toledo terminals after we consolidated them into larger service centers gave us the capital
to keep investing in doors and tractors ahead of the next upturn."</p>""",
        '<h2>Second Quarter Results</h2>',
        f"""<p>LTL tons per day fell because shipments from manufacturing and building-products customers declined and
weight per shipment eased to {WPS[q]:,} pounds from {WPS[pq]:,} pounds. Revenue per hundredweight, including fuel
surcharge, was {RPC[q]}, compared with {RPC[pq]}; fuel surcharge revenue fell to ${mil(C['fsc'][q])} million from
${mil(C['fsc'][pq])} million as diesel prices were lower. There were {DAYS[q]} work days in both quarters.</p>""",
        f"""<p>Salaries, wages and benefits rose {chg(C['wages'][q], C['wages'][pq])} because of the 3.8% wage increase
for drivers and dock workers in September 2025 and higher health-care costs. Depreciation rose as we added tractors,
trailers and service-center capacity. The second quarter of 2026 included a ${mil(-C['gain'][q])} million gain on
the sale of the Memphis and Toledo terminals and ${mil(C['sev'][q])} million of terminal consolidation and
severance costs; both are excluded from the adjusted operating ratio.</p>""",
        '<h2>Six-Month Results and Cash Flow</h2>',
        f"""<p>For the six months ended June 30, 2026, revenue was ${mil(C['rev'][n])} million, the operating ratio
was {OR[n]} ({AOR[n]} adjusted) and net income was ${mil(C['ni'][n])} million, or {eps[n]} per diluted share. Net
cash provided by operating activities was ${mil(C_CF['cfo'][0])} million and capital expenditures were
${mil(-C_CF['capex'][0])} million. We repurchased 0.6 million shares for $94.2 million in the first half. At June 30,
2026 we had $118.4 million of cash and $250.0 million of senior notes outstanding.</p>""",
        '<h2>2026 Capital Expenditure Outlook</h2>',
        '<p>Cobalt Ridge raised its planned capital expenditures for the year ending December 31, 2026:</p>',
        _table('2026 capital expenditures', '', ('Full year 2026', 'Current outlook (July 29, 2026)',
                                                 'Prior outlook (April 29, 2026)'),
               (('Capital expenditures, net of proceeds from property sales', *C_CAPEX),)),
        """<p>The increase is mainly for three service centers we agreed to buy in Texas and Georgia in June 2026. The
plan includes about $260 million for real estate, $210 million for tractors and trailers and the rest for technology.
The Company does not provide guidance for revenue, operating ratio or earnings per share.</p>""",
        '<h2>Non-GAAP Financial Measures</h2>',
        """<p>Operating ratio is total operating expenses divided by revenue. Adjusted operating ratio excludes the gain
on sale of property and equipment and terminal consolidation and severance costs, which management does not consider
part of our ongoing operations. Adjusted operating ratio is not a substitute for the operating ratio prepared under
GAAP.</p>""",
        _table('CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS', '(Unaudited; in thousands, except per share data)',
               C_HEAD, (
                   crow('LTL revenue, excluding fuel surcharge', 'ltl_x'),
                   crow('Fuel surcharge revenue', 'fsc'),
                   crow('Other revenue', 'other'),
                   crow('Total revenue', 'rev', True),
                   crow('Salaries, wages and benefits', 'wages'),
                   crow('Purchased transportation', 'purch'),
                   crow('Fuel and fuel taxes', 'fuel'),
                   crow('Operating and general supplies and expenses', 'ops'),
                   crow('Insurance and claims', 'ins'),
                   crow('Depreciation and amortization', 'da'),
                   crow('Gain on sale of property and equipment', 'gain'),
                   crow('Terminal consolidation and severance costs', 'sev'),
                   crow('Total operating expenses', 'opex'),
                   crow('Operating income', 'opinc'),
                   crow('Interest expense, net', 'interest'),
                   crow('Other expense, net', 'other_exp'),
                   crow('Income before income taxes', 'pretax'),
                   crow('Provision for income taxes', 'tax'),
                   crow('Net income', 'ni', True),
                   ('Earnings per share - basic', *reps(C['ni'], C['basic'])),
                   ('Earnings per share - diluted', *eps),
                   crow('Weighted average shares - diluted', 'diluted'),
                   ('Operating ratio', *OR),
               )),
        _table('OPERATING STATISTICS', '', C_HEAD, (
            ('Work days', *(str(d) for d in DAYS)),
            ('LTL tons per day', *(f"{x:,}" for x in TPD)),
            ('LTL shipments per day', *(f"{x:,}" for x in SPD)),
            ('LTL weight per shipment (pounds)', *(f"{x:,}" for x in WPS)),
            ('LTL revenue per hundredweight', *RPC),
            ('LTL revenue per hundredweight, excluding fuel surcharge', *RPCX),
        )),
        _table('RECONCILIATION OF OPERATING RATIO TO ADJUSTED OPERATING RATIO (NON-GAAP)', '(In thousands)', C_HEAD, (
            crow('Total operating expenses', 'opex'),
            crow('Gain on sale of property and equipment', 'gain'),
            ('Terminal consolidation and severance costs', *(k(-x, nil='-') for x in C['sev'])),
            crow('Adjusted operating expenses', 'adj_opex'),
            crow('Total revenue', 'rev'),
            ('Operating ratio', *OR),
            ('Adjusted operating ratio', *AOR),
        )),
        '<p>In the reconciliation the gain is added back to, and the costs deducted from, total operating expenses.</p>',
        _table('SELECTED CASH FLOW INFORMATION', '(In thousands)', ('', 'Six months 2026', 'Six months 2025'), (
            row('Net cash provided by operating activities', C_CF['cfo'], True),
            row('Purchases of property and equipment', C_CF['capex']),
            row('Proceeds from sale of property and equipment', C_CF['sale']),
        )),
        '</body>', '</html>', '',
    ]
    return "\n".join(" ".join(s.split()) if s.startswith(('<p>', '<ul>')) else s for s in paras)


RELEASE_STEM = "cobalt_ridge_freight_q2_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.html"
    target.write_text(release_html(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
