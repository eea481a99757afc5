"""Build the two PDF filings of the held-out set filings17 (eval/datasets/filings17/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. The grocery chain's figures are held in thousands and the travel
company's in tenths of a million (integers both), so that statement totals, summed here from their lines, foot
exactly.

    .venv/bin/python eval/datasets/filings17/build_pdf.py      # writes docs/*.pdf
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


def k(v, dollar=False):
    """Thousands as printed: 1,234 / (1,234) / -."""
    if v == 0:
        return '-'
    s = f"{abs(v):,}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def m(v, dollar=False):
    """Tenths of a million as millions with one decimal: 1,234.5 / (1,234.5) / -."""
    if v == 0:
        return '-'
    s = f"{abs(v) // 10:,}.{abs(v) % 10}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def krow(label, vals, dollar=False):
    return (label, *(k(v, dollar) for v in vals))


def mrow(label, vals, dollar=False):
    return (label, *(m(v, dollar) for v in vals))


def add(*series):
    return [sum(x) for x in zip(*series)]


def sub(a, b):
    return [x - y for x, y in zip(a, b)]


def neg(series):
    return [-x for x in series]


def pct(a, b):
    return f"{a / b * 100:.1f}%"


def chg(a, b):
    c = (a - b) / b * 100
    return f"({-c:.1f})%" if c < 0 else f"{c:.1f}%"


def mil(v):
    """Thousands as millions with one decimal, for the text: 4,962.3."""
    return f"{v / 1000:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Penrose Hill Markets, Inc. - Form 10-K, fiscal 2025 (53 weeks ended January 3, 2026). Columns fiscal 2025,
# 2024, 2023; thousands of dollars.
# ---------------------------------------------------------------------------------------------------------------
G_YEARS = ('', 'Fiscal 2025', 'Fiscal 2024', 'Fiscal 2023')
G = dict(
    sales=[4_962_318, 4_691_275, 4_528_904],
    fuel=[498_214, 521_806, 547_332],
    pharm=[612_407, 571_933, 540_218],
    peri=[1_803_562, 1_672_198, 1_590_461],
    cos=[3_614_972, 3_440_118, 3_334_670],
    oga=[1_061_847, 992_506, 941_388],
    da=[118_462, 110_385, 104_917],
    closure=[4_215, 17_864, 2_106],
    interest=[11_842, 13_406, 12_115],
    invinc=[9_617, 8_284, 6_902],
    tax=[37_902, 28_911, 33_874],
    lifo=[9_860, 21_437, 30_512],
    sbc=[6_114, 5_682, 5_230],
    amort=[2_846, 2_512, 1_904],
    basic_sh=[26_894, 26_958, 27_012],   # thousands of shares
    dil_sh=[26_977, 27_031, 27_090],
)
G['center'] = sub(G['sales'], add(G['fuel'], G['pharm'], G['peri']))
G['gp'] = sub(G['sales'], G['cos'])
G['opinc'] = sub(G['gp'], add(G['oga'], G['da'], G['closure']))
G['pretax'] = add(sub(G['opinc'], G['interest']), G['invinc'])
G['ni'] = sub(G['pretax'], G['tax'])
G['ebitda'] = add(G['ni'], G['tax'], G['interest'], neg(G['invinc']), G['da'])
G['adj_ebitda'] = add(G['ebitda'], G['lifo'], G['closure'], G['sbc'])
G['dep'] = sub(G['da'], G['amort'])
G_WEEK53 = 96_418

GC = dict(
    ni=G['ni'], da=G['da'], closure=G['closure'], sbc=G['sbc'],
    deferred=[-3_214, 4_806, 2_117],
    gain=[-2_418, -815, -1_207],
    inv=[-21_306, -9_874, -24_530],
    ar=[-4_127, 2_315, -3_908],
    prepaid=[-1_862, 1_204, -2_711],
    ap=[18_944, 7_316, 12_487],
    payroll=[6_731, 3_118, 4_902],
    accrued=[3_475, -2_014, 1_866],
    other_op=[1_208, -937, 644],
    capex=[-214_806, -187_351, -163_920],
    proceeds=[5_904, 2_117, 3_362],
    buy_sec=[-62_410, -55_870, -48_215],
    mat_sec=[58_300, 61_420, 39_760],
    acq=[0, -48_600, 0],
    borrow=[0, 40_000, 0],
    repay=[-20_000, -20_000, -20_000],
    div=[-36_571, -34_512, -32_420],
    treasury=[-14_862, -9_418, -6_205],
)
GC['cfo'] = add(GC['ni'], GC['da'], GC['closure'], GC['sbc'], GC['deferred'], GC['gain'], GC['inv'], GC['ar'],
                GC['prepaid'], GC['ap'], GC['payroll'], GC['accrued'], GC['other_op'])
GC['cfi'] = add(GC['capex'], GC['proceeds'], GC['buy_sec'], GC['mat_sec'], GC['acq'])
GC['cff'] = add(GC['borrow'], GC['repay'], GC['div'], GC['treasury'])
GC['net'] = add(GC['cfo'], GC['cfi'], GC['cff'])
_g_cash_2022 = 118_204
GC['end'] = [0, 0, 0]
GC['end'][2] = _g_cash_2022 + GC['net'][2]
GC['end'][1] = GC['end'][2] + GC['net'][1]
GC['end'][0] = GC['end'][1] + GC['net'][0]
GC['begin'] = [GC['end'][1], GC['end'][2], _g_cash_2022]

_g_ppe24 = 1_184_352
_g_intang24 = 18_734
GB = dict(
    cash=[GC['end'][0], GC['end'][1]],
    sec=[142_318 - GC['buy_sec'][0] - GC['mat_sec'][0], 142_318],
    ar=[58_904 - GC['ar'][0], 58_904],
    inv=[392_517 - GC['inv'][0], 392_517],
    prepaid=[24_683 - GC['prepaid'][0], 24_683],
    ppe=[_g_ppe24 - GC['capex'][0] - G['dep'][0] - (GC['proceeds'][0] + GC['gain'][0]) - G['closure'][0], _g_ppe24],
    rou=[318_442, 326_915],
    goodwill=[41_286, 41_286],
    intang=[_g_intang24 - G['amort'][0], _g_intang24],
    other_assets=[12_517, 11_902],
    ap=[287_416 + GC['ap'][0], 287_416],
    payroll=[71_208 + GC['payroll'][0], 71_208],
    accrued=[63_591 + GC['accrued'][0], 63_591],
    lease_cur=[41_876, 40_213],
    debt_cur=[20_000, 20_000],
    debt=[220_000, 240_000],
    lease=[292_318, 301_644],
    dtl=[118_702 + GC['deferred'][0], 118_702],
    other_liab=[28_914, 27_603],
    cs=[24_318, 24_318],
    apic=[58_207 + G['sbc'][0], 58_207],
    treasury=[-98_416 + GC['treasury'][0], -98_416],
)
GB['cur_assets'] = add(GB['cash'], GB['sec'], GB['ar'], GB['inv'], GB['prepaid'])
GB['assets'] = add(GB['cur_assets'], GB['ppe'], GB['rou'], GB['goodwill'], GB['intang'], GB['other_assets'])
GB['cur_liab'] = add(GB['ap'], GB['payroll'], GB['accrued'], GB['lease_cur'], GB['debt_cur'])
GB['liab'] = add(GB['cur_liab'], GB['debt'], GB['lease'], GB['dtl'], GB['other_liab'])
_g_aoci24 = 1_206
_g_re24 = GB['assets'][1] - GB['liab'][1] - GB['cs'][1] - GB['apic'][1] - GB['treasury'][1] - _g_aoci24
GB['re'] = [_g_re24 + G['ni'][0] + GC['div'][0], _g_re24]
GB['aoci'] = [GB['assets'][0] - GB['liab'][0] - GB['cs'][0] - GB['apic'][0] - GB['treasury'][0] - GB['re'][0],
              _g_aoci24]
GB['equity'] = add(GB['cs'], GB['apic'], GB['re'], GB['treasury'], GB['aoci'])
assert add(GB['liab'], GB['equity']) == GB['assets']
assert GB['debt_cur'][1] + GB['debt'][1] + GC['repay'][0] == GB['debt_cur'][0] + GB['debt'][0]


def geps(ni, sh):
    return tuple(f"${n / s:.2f}" for n, s in zip(ni, sh))


def g_mdna(label, key, dollar=False):
    a, b = G[key][0], G[key][1]
    return (label, k(a, dollar), k(b, dollar), k(a - b, dollar), chg(a, b))


def g_share(label, key):
    return (label, *(pct(a, b) for a, b in zip(G[key], G['sales'])))


PENROSE_10K = Report(
    stem="penrose_hill_markets_10k_2025",
    title="Penrose Hill Markets, Inc. - Annual Report on Form 10-K for the fiscal year ended January 3, 2026",
    running_title="Penrose Hill Markets, Inc. | Form 10-K fiscal 2025",
    date="March 4, 2026",
    iso_date="2026-03-04",
    keywords=("Penrose Hill Markets", "10-K", "supermarkets", "fiscal 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended January 3, 2026. Commission file
number 000-21947. PENROSE HILL MARKETS, INC. (an Ohio corporation; I.R.S. Employer Identification No. 31-0947716), 1400
Maysville Pike, Zanesville, Ohio 43701. Title of each class: Common stock, no par value. Trading symbol: PHMK. Name of
each exchange on which registered: The Nasdaq Stock Market LLC. As of February 20, 2026, 26,781,406 shares of the
registrant's common stock were outstanding. Accelerated filer: Yes. Shell company: No."""),
            h('PART I. Item 1. Business'),
            p("""Penrose Hill Markets, Inc. ("Penrose Hill," the "Company," "we" or "our") operates a chain of conventional
supermarkets under the Penrose Hill and Fairacre Foods banners. At January 3, 2026 we operated 214 supermarkets in Ohio,
Indiana, Kentucky and West Virginia, compared with 209 at December 28, 2024. During fiscal 2025 we opened four new
stores, replaced two existing stores with larger ones, acquired three stores from an independent operator in
northern Kentucky and closed two stores. Of our supermarkets, 171 contain a pharmacy and 96 have a fuel center. Our
stores average about 52,000 square feet of selling space."""),
            p("""Fiscal year. Our fiscal year ends on the Saturday nearest December 31. Fiscal 2025 consisted of 53 weeks and
ended January 3, 2026; fiscal 2024 and fiscal 2023 each consisted of 52 weeks and ended December 28, 2024 and December
30, 2023. We operate as one reportable segment: the retail sale of food, pharmacy, general merchandise and fuel."""),
            p("""Distribution and private brands. We supply our stores from a 1.1 million square foot dry grocery and perishables
distribution center in Zanesville, Ohio and a 310,000 square foot frozen food facility in Richmond, Indiana, and we
operate a dairy plant that supplies milk and ice cream under our own brands. Penrose Hill brand products represented
about 27.4% of unit sales in fiscal 2025. At January 3, 2026 we employed approximately 23,800 associates, about 58% of
them part-time. None of our associates is represented by a union."""),
        ),
        (
            p("""Competition and suppliers. The supermarket business is highly competitive. We compete with national and
regional supermarket chains, supercenters, warehouse clubs, dollar stores, limited-assortment discounters, drug stores
and online retailers. We buy products from a large number of manufacturers and wholesalers; our largest supplier, a
national grocery wholesaler that supplies much of our center store assortment, accounted for about 19% of our
purchases in fiscal 2025. We believe that alternative sources of supply are available."""),
            h('Item 1A. Risk Factors'),
            p("""Food inflation and deflation affect our sales and margins; because we value most of our inventories on the LIFO
method, inflation increases our cost of sales. Competition from supercenters and limited-assortment discounters could
reduce our sales and require price investments. Changes in pharmacy reimbursement rates by pharmacy benefit managers
and government programs reduce our pharmacy gross margin. Fuel prices are volatile and affect both fuel sales and
customer traffic. We are exposed to increases in wages, health care costs and minimum wage laws in the states in which
we operate."""),
            h('Item 5. Market for Registrant\'s Common Equity'),
            p("""Our common stock trades on the Nasdaq Global Select Market under the symbol PHMK. We paid quarterly cash dividends
of $0.34 per share in fiscal 2025 ($1.36 for the year), compared with $0.32 per share in fiscal 2024 ($1.28 for the
year). In fiscal 2025 we purchased 212,460 shares of our common stock for $14.9 million under the share repurchase
program our Board of Directors authorized in May 2023; at January 3, 2026, 587,540 shares remained available for purchase
under that program's 1,200,000-share limit."""),
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Net sales increased {chg(G['sales'][0], G['sales'][1])} in fiscal 2025 to ${mil(G['sales'][0])}
million. The 53rd week of fiscal 2025 contributed ${mil(G_WEEK53)} million of net sales. Identical store sales, which
exclude fuel and the 53rd week, increased 3.1%, compared with an increase of 2.4% in fiscal 2024. Net income was
${mil(G['ni'][0])} million, or {geps(G['ni'], G['dil_sh'])[0]} per diluted share, compared with
${mil(G['ni'][1])} million, or {geps(G['ni'], G['dil_sh'])[1]} per diluted share, in fiscal 2024."""),
            Table(
                caption='Results of operations, fiscal 2025 compared with fiscal 2024',
                unit='(Dollars in thousands)',
                header=('', 'Fiscal 2025', 'Fiscal 2024', '$ change', '% change'),
                rows=(
                    g_mdna('Net sales', 'sales', True),
                    g_mdna('Gross profit', 'gp'),
                    g_mdna('Operating, general and administrative expenses', 'oga'),
                    g_mdna('Income from operations', 'opinc'),
                    g_mdna('Net income', 'ni'),
                ),
            ),
        ),
        (
            h('Net sales'),
            p("""Identical store sales are net sales of stores that have been open, and not expanded or replaced, for the full
current and prior fiscal years, excluding fuel sales and, for fiscal 2025, the 53rd week. The increase in identical
store sales in fiscal 2025 reflects a 1.9% increase in the number of customer transactions and a 1.2% increase in the
average transaction size. E-commerce sales, made through our home delivery and curbside pickup services, increased
24% in fiscal 2025 and represented a low single-digit percentage of net sales. Fuel sales decreased because the average
retail price per gallon fell 7.8%, partially offset by a 3.4% increase in gallons sold."""),
            Table(
                caption='Net sales by product category',
                unit='(Dollars in thousands)',
                header=G_YEARS,
                rows=(
                    krow('Perishables', G['peri'], True),
                    krow('Center store grocery and general merchandise', G['center']),
                    krow('Pharmacy', G['pharm']),
                    krow('Fuel', G['fuel']),
                    krow('Total net sales', G['sales'], True),
                ),
                note="Perishables include produce, meat, seafood, deli, bakery, dairy and frozen foods.",
            ),
            h('Gross profit'),
            p(f"""Gross profit rate (gross profit as a percentage of net sales) was {pct(G['gp'][0], G['sales'][0])} in fiscal
2025, compared with {pct(G['gp'][1], G['sales'][1])} in fiscal 2024. The increase was primarily due to a lower LIFO charge
(${mil(G['lifo'][0])} million, compared with ${mil(G['lifo'][1])} million) as product cost inflation slowed, lower
shrink in our perishables departments and a higher share of Penrose Hill brand products, partially offset by lower fuel
margins per gallon and lower pharmacy reimbursement rates. The lower share of fuel, which carries a lower gross profit
rate, in net sales also increased the rate."""),
            h('Operating, general and administrative expenses'),
            p(f"""Operating, general and administrative expenses ("OG&A") were {pct(G['oga'][0], G['sales'][0])} of net sales in
fiscal 2025, compared with {pct(G['oga'][1], G['sales'][1])} in fiscal 2024. The increase in the rate reflects average
hourly wage rate increases of about 4.5%, higher associate health care costs and the operating costs of new and acquired
stores, partially offset by the leverage of the 53rd week."""),
            p(f"""Store closure and asset impairment charges were ${mil(G['closure'][0])} million in fiscal 2025 and
${mil(G['closure'][1])} million in fiscal 2024; the fiscal 2024 charges related mainly to the closure of five
underperforming stores in West Virginia and the impairment of their fixtures and leasehold improvements. Our
effective income tax rate was {pct(G['tax'][0], G['pretax'][0])} in fiscal 2025, compared with
{pct(G['tax'][1], G['pretax'][1])} in fiscal 2024."""),
        ),
        (
            h('Non-GAAP financial measure: Adjusted EBITDA'),
            p("""We define EBITDA as net income before provision for income taxes, interest expense, investment and other
income, net, and depreciation and amortization, and Adjusted EBITDA as EBITDA excluding the LIFO charge, store closure
and asset impairment charges and share-based compensation expense. Adjusted EBITDA is not a measure of performance under
U.S. GAAP, should not be considered an alternative to net income and may not be comparable to similarly titled measures
of other companies."""),
            Table(
                caption='Reconciliation of net income to EBITDA and Adjusted EBITDA',
                unit='(Dollars in thousands)',
                header=G_YEARS,
                rows=(
                    krow('Net income', G['ni'], True),
                    krow('Provision for income taxes', G['tax']),
                    krow('Interest expense', G['interest']),
                    krow('Investment and other income, net', neg(G['invinc'])),
                    krow('Depreciation and amortization', G['da']),
                    krow('EBITDA', G['ebitda'], True),
                    krow('LIFO charge', G['lifo']),
                    krow('Store closure and asset impairment charges', G['closure']),
                    krow('Share-based compensation expense', G['sbc']),
                    krow('Adjusted EBITDA', G['adj_ebitda'], True),
                    ('Adjusted EBITDA as a percentage of net sales', *(pct(a, b) for a, b in zip(G['adj_ebitda'],
                                                                                                G['sales']))),
                ),
            ),
            h('Liquidity and capital resources'),
            p(f"""Net cash provided by operating activities was ${mil(GC['cfo'][0])} million in fiscal 2025, compared with
${mil(GC['cfo'][1])} million in fiscal 2024, mainly because of higher net income and the timing of payments to
vendors. Payments for property and equipment were ${mil(-GC['capex'][0])} million, for four new stores, two replacement
stores, 23 major remodels and a new warehouse management system. We expect capital expenditures of $225 million to
$245 million in fiscal 2026, including six new stores. In fiscal 2024 we paid ${mil(-GC['acq'][1])} million to acquire
six supermarkets in central Indiana, financed in part with a ${mil(GC['borrow'][1])} million increase in our term loan.
At January 3, 2026 we had cash and cash equivalents and marketable securities of
${mil(GB['cash'][0] + GB['sec'][0])} million and $150.0 million available under our revolving credit facility, under
which no borrowings were outstanding."""),
        ),
        (
            h('Item 8. Financial Statements and Supplementary Data'),
            Table(
                caption='PENROSE HILL MARKETS, INC. CONSOLIDATED STATEMENTS OF INCOME',
                unit='(In thousands, except per share amounts)',
                header=('', '53 weeks ended January 3, 2026', '52 weeks ended December 28, 2024',
                        '52 weeks ended December 30, 2023'),
                rows=(
                    krow('Net sales', G['sales'], True),
                    krow('Cost of sales, including warehousing and distribution expenses', G['cos']),
                    krow('Gross profit', G['gp']),
                    krow('Operating, general and administrative expenses', G['oga']),
                    krow('Depreciation and amortization', G['da']),
                    krow('Store closure and asset impairment charges', G['closure']),
                    krow('Income from operations', G['opinc']),
                    krow('Interest expense', neg(G['interest'])),
                    krow('Investment and other income, net', G['invinc']),
                    krow('Income before provision for income taxes', G['pretax']),
                    krow('Provision for income taxes', G['tax']),
                    krow('Net income', G['ni'], True),
                    ('Net income per share - basic', *geps(G['ni'], G['basic_sh'])),
                    ('Net income per share - diluted', *geps(G['ni'], G['dil_sh'])),
                    krow('Weighted average shares outstanding - basic', G['basic_sh']),
                    krow('Weighted average shares outstanding - diluted', G['dil_sh']),
                    ('Cash dividends declared per share', '$1.36', '$1.28', '$1.20'),
                ),
            ),
        ),
        (
            Table(
                caption='PENROSE HILL MARKETS, INC. CONSOLIDATED BALANCE SHEETS',
                unit='(In thousands)',
                header=('', 'January 3, 2026', 'December 28, 2024'),
                rows=(
                    ('ASSETS', '', ''),
                    krow('Cash and cash equivalents', GB['cash'], True),
                    krow('Marketable securities', GB['sec']),
                    krow('Accounts receivable, net', GB['ar']),
                    krow('Inventories', GB['inv']),
                    krow('Prepaid expenses and other current assets', GB['prepaid']),
                    krow('Total current assets', GB['cur_assets']),
                    krow('Property and equipment, net', GB['ppe']),
                    krow('Operating lease right-of-use assets', GB['rou']),
                    krow('Goodwill', GB['goodwill']),
                    krow('Intangible assets, net', GB['intang']),
                    krow('Other assets', GB['other_assets']),
                    krow('Total assets', GB['assets'], True),
                    ('LIABILITIES AND SHAREHOLDERS\' EQUITY', '', ''),
                    krow('Accounts payable', GB['ap'], True),
                    krow('Accrued payroll and related benefits', GB['payroll']),
                    krow('Accrued expenses and other current liabilities', GB['accrued']),
                    krow('Current portion of operating lease liabilities', GB['lease_cur']),
                    krow('Current maturities of long-term debt', GB['debt_cur']),
                    krow('Total current liabilities', GB['cur_liab']),
                    krow('Long-term debt, less current maturities', GB['debt']),
                    krow('Operating lease liabilities, less current portion', GB['lease']),
                    krow('Deferred income taxes', GB['dtl']),
                    krow('Other long-term liabilities', GB['other_liab']),
                    krow('Total liabilities', GB['liab']),
                    krow('Common stock, no par value', GB['cs']),
                    krow('Additional paid-in capital', GB['apic']),
                    krow('Retained earnings', GB['re']),
                    krow('Treasury stock, at cost', GB['treasury']),
                    krow('Accumulated other comprehensive income', GB['aoci']),
                    krow('Total shareholders\' equity', GB['equity']),
                    krow('Total liabilities and shareholders\' equity', add(GB['liab'], GB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='PENROSE HILL MARKETS, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In thousands)',
                header=('', 'Fiscal 2025 (53 weeks)', 'Fiscal 2024 (52 weeks)', 'Fiscal 2023 (52 weeks)'),
                rows=(
                    ('Operating activities', '', '', ''),
                    krow('Net income', GC['ni'], True),
                    krow('Depreciation and amortization', GC['da']),
                    krow('Store closure and asset impairment charges', GC['closure']),
                    krow('Share-based compensation expense', GC['sbc']),
                    krow('Deferred income taxes', GC['deferred']),
                    krow('Gain on sale of property and equipment', GC['gain']),
                    krow('Inventories', GC['inv']),
                    krow('Accounts receivable', GC['ar']),
                    krow('Prepaid expenses and other current assets', GC['prepaid']),
                    krow('Accounts payable', GC['ap']),
                    krow('Accrued payroll and related benefits', GC['payroll']),
                    krow('Accrued expenses and other current liabilities', GC['accrued']),
                    krow('Other, net', GC['other_op']),
                    krow('Net cash provided by operating activities', GC['cfo']),
                    ('Investing activities', '', '', ''),
                    krow('Payments for property and equipment', GC['capex']),
                    krow('Proceeds from the sale of property and equipment', GC['proceeds']),
                    krow('Purchases of marketable securities', GC['buy_sec']),
                    krow('Maturities of marketable securities', GC['mat_sec']),
                    krow('Acquisition of supermarkets', GC['acq']),
                    krow('Net cash used in investing activities', GC['cfi']),
                    ('Financing activities', '', '', ''),
                    krow('Proceeds from term loan borrowings', GC['borrow']),
                    krow('Principal payments on long-term debt', GC['repay']),
                    krow('Dividends paid', GC['div']),
                    krow('Purchase of treasury stock', GC['treasury']),
                    krow('Net cash used in financing activities', GC['cff']),
                    krow('Net change in cash and cash equivalents', GC['net']),
                    krow('Cash and cash equivalents, beginning of year', GC['begin']),
                    krow('Cash and cash equivalents, end of year', GC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements'),
            p("""Note 4. Inventories. Inventories are stated at the lower of cost or market. About 84% of inventories are valued
on the last-in, first-out (LIFO) method; fuel and pharmacy inventories are valued on the first-in, first-out (FIFO)
method. If all inventories had been valued on the FIFO method, inventories would have been higher by $118.6 million at
January 3, 2026 and $108.7 million at December 28, 2024 (the LIFO reserve). The LIFO charge was $9.9 million in fiscal
2025 and $21.4 million in fiscal 2024."""),
            p("""Note 7. Long-term debt. Our senior credit agreement provides a term loan, repayable in quarterly installments of
$5.0 million with the balance due in October 2029, and a $150.0 million revolving credit facility maturing in October
2029. Term loan borrowings were $240.0 million at January 3, 2026 and $260.0 million at December 28, 2024, of which $20.0
million was classified as current at each date. Borrowings bear interest at SOFR plus 1.25%; the weighted average rate
was 5.4% at January 3, 2026. The agreement requires a maximum lease-adjusted leverage ratio of 3.75 to 1.0 and a minimum
fixed charge coverage ratio; we were in compliance at January 3, 2026."""),
            p("""Note 15. Subsequent event. On February 10, 2026, our Board of Directors declared a quarterly cash dividend of $0.36
per share, payable on March 16, 2026 to shareholders of record on February 27, 2026, and increased the number of shares
authorized for repurchase by 500,000 shares."""),
        ),
    ),
)
assert round(G['lifo'][0] / 1000, 1) == 9.9 and round(G['lifo'][1] / 1000, 1) == 21.4
assert GB['debt_cur'][0] + GB['debt'][0] == 240_000 and GB['debt_cur'][1] + GB['debt'][1] == 260_000


# ---------------------------------------------------------------------------------------------------------------
# Corvane Travel Group, Inc. - Form 8-K with the earnings release for the third quarter of 2025 (ended
# September 30, 2025). Columns: three months 2025, 2024, nine months 2025, 2024; tenths of a million.
# ---------------------------------------------------------------------------------------------------------------
C_COLS = ('', 'Three months ended Sept. 30, 2025', 'Three months ended Sept. 30, 2024',
          'Nine months ended Sept. 30, 2025', 'Nine months ended Sept. 30, 2024')
C = dict(
    merch=[6_284, 5_512, 15_846, 14_107],
    agency=[2_916, 2_781, 7_385, 7_102],
    adv=[742, 655, 2_018, 1_864],
    partner_rev=[2_417, 1_958, 6_234, 5_021],
    cons_ebitda=[2_318, 2_176, 4_902, 4_688],
    partner_ebitda=[614, 461, 1_452, 1_107],
    corp=[-268, -251, -792, -735],
    cor=[1_018, 927, 2_724, 2_513],
    smp=[3_594, 3_298, 9_386, 8_672],
    smb=[1_186, 1_071, 3_280, 2_888],
    tech=[1_398, 1_198, 4_020, 3_563],
    da=[612, 574, 1_806, 1_693],
    sbc=[418, 392, 1_247, 1_151],
    restr=[23, 0, 156, 0],
    int_inc=[96, 112, 281, 334],
    int_exp=[118, 121, 356, 363],
    other=[-14, 23, -41, 8],
    tax=[347, 301, 519, 513],
    basic_sh=[1_409, 1_441, 1_416, 1_450],
    dil_sh=[1_428, 1_462, 1_437, 1_471],
    nights=[386, 359, 1_112, 1_045],        # room nights booked, tenths of a million
    gross_bookings=[89_120, 81_470, 264_800, 245_230],
)
C['rev'] = add(C['merch'], C['agency'], C['adv'])
C['cons_rev'] = sub(C['rev'], C['partner_rev'])
C['adj_ebitda'] = add(C['cons_ebitda'], C['partner_ebitda'], C['corp'])
C['opinc'] = sub(C['adj_ebitda'], add(C['da'], C['sbc'], C['restr']))
C['ga'] = sub(C['rev'], add(C['opinc'], C['cor'], C['smp'], C['smb'], C['tech'], C['da'], C['restr']))
C['opex'] = add(C['cor'], C['smp'], C['smb'], C['tech'], C['ga'], C['da'], C['restr'])
C['pretax'] = add(C['opinc'], C['int_inc'], neg(C['int_exp']), C['other'])
C['ni'] = sub(C['pretax'], C['tax'])
assert add(C['ni'], C['tax'], C['int_exp'], neg(C['int_inc']), neg(C['other']), C['da'], C['sbc'],
           C['restr']) == C['adj_ebitda']

# Nine-month cash flows: 2025, 2024.
CC = dict(
    ni=C['ni'][2:], da=C['da'][2:], sbc=C['sbc'][2:],
    deferred=[-43, 27],
    debt_amort=[16, 15],
    other_op=[-22, 31],
    ar=[-1_147, -982],
    prepaid=[-118, -94],
    ap_merch=[1_264, 1_107],
    ap_other=[287, 198],
    dmb=[2_146, 1_873],
    defrev=[38, 21],
    accrued=[-226, -143],
    capex=[-1_318, -1_226],
    buy_inv=[-4_100, -3_650],
    mat_inv=[3_600, 3_900],
    buyback=[-2_508, -1_845],
    withhold=[-412, -377],
    espp=[186, 171],
    fx=[37, -12],
)
CC['cfo'] = add(CC['ni'], CC['da'], CC['sbc'], CC['deferred'], CC['debt_amort'], CC['other_op'], CC['ar'],
                CC['prepaid'], CC['ap_merch'], CC['ap_other'], CC['dmb'], CC['defrev'], CC['accrued'])
CC['cfi'] = add(CC['capex'], CC['buy_inv'], CC['mat_inv'])
CC['cff'] = add(CC['buyback'], CC['withhold'], CC['espp'])
CC['net'] = add(CC['cfo'], CC['cfi'], CC['cff'], CC['fx'])
CC['fcf'] = add(CC['cfo'], CC['capex'])
_c_cash24, _c_cash23 = 32_696, 29_318       # cash, cash equivalents and restricted cash at Dec. 31, 2024 / 2023
CC['begin'] = [_c_cash24, _c_cash23]
CC['end'] = add(CC['begin'], CC['net'])
_c_amort = 312                               # nine-month amortization of intangible assets (inside D&A)

_c_restricted = [1_486, 1_122]
CB = dict(
    cash=sub([CC['end'][0], _c_cash24], _c_restricted),
    restricted=_c_restricted,
    st_inv=[3_250 - CC['buy_inv'][0] - CC['mat_inv'][0], 3_250],
    ar=[3_862 - CC['ar'][0], 3_862],
    prepaid=[1_284 - CC['prepaid'][0], 1_284],
    ppe=[5_416 - CC['capex'][0] - (C['da'][2] - _c_amort), 5_416],
    rou=[1_118, 1_196],
    goodwill=[13_842, 13_842],
    intang=[2_486 - _c_amort, 2_486],
    dta=[624, 581],
    other_assets=[738, 702],
    ap_merch=[6_148 + CC['ap_merch'][0], 6_148],
    ap_other=[2_016 + CC['ap_other'][0], 2_016],
    dmb=[8_734 + CC['dmb'][0], 8_734],
    defrev=[412 + CC['defrev'][0], 412],
    accrued=[4_318 + CC['accrued'][0], 4_318],
    lease_cur=[264, 281],
    debt_cur=[4_994, 0],
    debt=[22_412 - 4_994 + CC['debt_amort'][0], 22_412],
    lease=[912, 986],
    other_liab=[1_126, 1_094],
    cs=[1, 1],
    apic=[38_204 + C['sbc'][2] + CC['withhold'][0] + CC['espp'][0], 38_204],
    treasury=[-12_480 + CC['buyback'][0], -12_480],
)
assert CB['dta'][1] - CB['dta'][0] == CC['deferred'][0]
CB['cur_assets'] = add(CB['cash'], CB['restricted'], CB['st_inv'], CB['ar'], CB['prepaid'])
CB['assets'] = add(CB['cur_assets'], CB['ppe'], CB['rou'], CB['goodwill'], CB['intang'], CB['dta'],
                   CB['other_assets'])
CB['cur_liab'] = add(CB['ap_merch'], CB['ap_other'], CB['dmb'], CB['defrev'], CB['accrued'], CB['lease_cur'],
                     CB['debt_cur'])
CB['liab'] = add(CB['cur_liab'], CB['debt'], CB['lease'], CB['other_liab'])
_c_aoci24 = -348
_c_re24 = CB['assets'][1] - CB['liab'][1] - CB['cs'][1] - CB['apic'][1] - CB['treasury'][1] - _c_aoci24
CB['re'] = [_c_re24 + C['ni'][2], _c_re24]
CB['aoci'] = [CB['assets'][0] - CB['liab'][0] - CB['cs'][0] - CB['apic'][0] - CB['treasury'][0] - CB['re'][0],
              _c_aoci24]
CB['equity'] = add(CB['cs'], CB['apic'], CB['re'], CB['treasury'], CB['aoci'])
assert add(CB['liab'], CB['equity']) == CB['assets']


def ceps(ni, sh):
    return tuple(f"${n / s:.2f}" for n, s in zip(ni, sh))


def crow(label, vals, dollar=False):
    return mrow(label, vals, dollar)


def bn(v):
    """Tenths of a million as billions with two decimals, for the text: 8.91."""
    return f"{v / 10_000:,.2f}"


CORVANE_8K = Report(
    stem="corvane_travel_q3_2025_earnings_release",
    title="Corvane Travel Group, Inc. - Form 8-K: third quarter 2025 results (Exhibit 99.1)",
    running_title="Corvane Travel Group, Inc. | Q3 2025 earnings release",
    date="October 30, 2025",
    iso_date="2025-10-30",
    keywords=("Corvane Travel Group", "8-K", "earnings release", "online travel", "Q3 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 8-K. CURRENT REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934. Date of report (date of earliest event reported): October
30, 2025. CORVANE TRAVEL GROUP, INC. (a Delaware corporation; Commission file number 001-39582; I.R.S. Employer
Identification No. 84-3317290), 1801 Wynkoop Street, Denver, Colorado 80202. Title of each class: Common stock, par
value $0.0001 per share. Trading symbol: CRVT. Name of each exchange on which registered: The Nasdaq Stock Market LLC.
Item 2.02 Results of Operations and Financial Condition. On October 30, 2025, Corvane Travel Group, Inc. issued a press
release announcing its financial results for the quarter ended September 30, 2025. A copy of the press release is
furnished as Exhibit 99.1. Item 9.01 Financial Statements and Exhibits. Exhibit 99.1: Press release dated October 30,
2025."""),
            h('Exhibit 99.1 - Corvane Travel Group Reports Third Quarter 2025 Results'),
            p(f"""DENVER, October 30, 2025 - Corvane Travel Group, Inc. (Nasdaq: CRVT), which operates the Corvane and
Tripwhistle consumer travel booking sites and apps and Corvane Partner Solutions, today reported financial results for
the third quarter ended September 30, 2025."""),
            p(f"""Third quarter 2025 highlights: Room nights booked increased {chg(C['nights'][0], C['nights'][1])} to
{m(C['nights'][0])} million. Gross bookings increased {chg(C['gross_bookings'][0], C['gross_bookings'][1])} to
${bn(C['gross_bookings'][0])} billion. Revenue increased {chg(C['rev'][0], C['rev'][1])} to ${m(C['rev'][0])} million.
Net income was ${m(C['ni'][0])} million, or {ceps(C['ni'], C['dil_sh'])[0]} per diluted share, compared with
${m(C['ni'][1])} million, or {ceps(C['ni'], C['dil_sh'])[1]} per diluted share. Adjusted EBITDA increased
{chg(C['adj_ebitda'][0], C['adj_ebitda'][1])} to ${m(C['adj_ebitda'][0])} million. The Company repurchased 2.4 million
shares for $92.6 million in the quarter."""),
            p(""""Travelers kept booking through the summer, and our partners kept signing up," said Imogen Teller, Chief
Executive Officer. "Partner Solutions again grew more than 20%, and the reorganization we completed in the first half
is showing up in our costs." Daniel Okafor-Reyes, Chief Financial Officer, added: "We delivered margin expansion while
investing in brand marketing, and we returned $250.8 million to shareholders through repurchases in the first nine
months of the year.\""""),
        ),
        (
            h('Discussion of results'),
            p(f"""Revenue. Third quarter revenue growth was driven by the 7.5% increase in room nights, a 1.8% increase in
average daily rates and growth in Partner Solutions, whose revenue increased
{chg(C['partner_rev'][0], C['partner_rev'][1])} on new loyalty program and corporate travel clients, partially
offset by lower airline ticket revenue per booking. Consumer revenue increased {chg(C['cons_rev'][0], C['cons_rev'][1])}.
Room nights booked in Asia-Pacific grew 15%, faster than any other region. Merchant revenue grew faster than agency
revenue as more hotel bookings were made on a pay-now basis."""),
            p(f"""Expenses. Selling and marketing - performance, which consists mainly of payments to search engines,
metasearch sites and affiliates, was {pct(C['smp'][0], C['rev'][0])} of revenue, compared with
{pct(C['smp'][1], C['rev'][1])}, as more bookings came from direct and app traffic. Selling and marketing - brand
increased {chg(C['smb'][0], C['smb'][1])} because of the Tripwhistle television campaign in the United Kingdom and
Germany. Technology and content increased {chg(C['tech'][0], C['tech'][1])} mainly because of higher cloud hosting costs
and the amortization of capitalized software for our new booking platform. Restructuring and related reorganization
charges relate to the reorganization of our customer operations and technology teams announced in February 2025, under
which we reduced our workforce by about 6% and closed our Leeds customer service center; we expect no significant further
charges."""),
            p(f"""Operating income was ${m(C['opinc'][0])} million, compared with ${m(C['opinc'][1])} million. The effective
tax rate was {pct(C['tax'][0], C['pretax'][0])}, compared with {pct(C['tax'][1], C['pretax'][1])}."""),
            h('Business outlook'),
            p("""For the fourth quarter of 2025 we expect room nights booked to increase 6% to 8% year over year, revenue of
$865 million to $885 million and Adjusted EBITDA of $190 million to $200 million. Our outlook assumes exchange rates
at their October 2025 levels. We do not provide a reconciliation of forward-looking Adjusted EBITDA to net income because
we cannot predict without unreasonable effort items such as income taxes and foreign exchange gains and losses."""),
        ),
        (
            h('Capital allocation'),
            p("""In the third quarter we repurchased 2.4 million shares of common stock for $92.6 million, and 6.6 million shares
for $250.8 million in the first nine months of 2025. At September 30, 2025, $612.0 million remained available under the
$1.0 billion repurchase authorization approved by our Board of Directors in March 2024. Our 4.125% senior notes due
June 2026 ($500.0 million principal) are classified as current at September 30, 2025; we intend to repay them at
maturity with cash on hand. We also have 5.75% senior notes due 2031 ($1,250.0 million principal) and 6.0% senior notes
due 2033 ($500.0 million principal). Our $750.0 million revolving credit facility was undrawn."""),
            h('Operating metrics'),
            Table(
                caption='Operating metrics',
                unit='(Room nights in millions; dollars in millions)',
                header=C_COLS,
                rows=(
                    crow('Room nights booked', C['nights']),
                    ('Room nights booked, year-over-year growth',
                     chg(C['nights'][0], C['nights'][1]), '5.9%', chg(C['nights'][2], C['nights'][3]), '5.7%'),
                    crow('Gross bookings', C['gross_bookings'], True),
                    ('Revenue as a percentage of gross bookings',
                     *(f"{r / g * 100:.2f}%" for r, g in zip(C['rev'], C['gross_bookings']))),
                ),
                note="Gross bookings are the total retail value of travel booked through our platforms, including taxes "
                     "and fees, net of cancellations.",
            ),
            Table(
                caption='Revenue by business model',
                unit='(In millions)',
                header=C_COLS,
                rows=(
                    crow('Merchant', C['merch'], True),
                    crow('Agency', C['agency']),
                    crow('Advertising and other', C['adv']),
                    crow('Total revenue', C['rev'], True),
                ),
            ),
        ),
        (
            Table(
                caption='CORVANE TRAVEL GROUP, INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)',
                unit='(In millions, except per share amounts)',
                header=C_COLS,
                rows=(
                    crow('Revenue', C['rev'], True),
                    ('Costs and expenses:', '', '', '', ''),
                    crow('Cost of revenue', C['cor']),
                    crow('Selling and marketing - performance', C['smp']),
                    crow('Selling and marketing - brand', C['smb']),
                    crow('Technology and content', C['tech']),
                    crow('General and administrative', C['ga']),
                    crow('Depreciation and amortization', C['da']),
                    crow('Restructuring and related reorganization charges', C['restr']),
                    crow('Total costs and expenses', C['opex']),
                    crow('Operating income', C['opinc']),
                    crow('Interest income', C['int_inc']),
                    crow('Interest expense', neg(C['int_exp'])),
                    crow('Other, net', C['other']),
                    crow('Income before income taxes', C['pretax']),
                    crow('Provision for income taxes', neg(C['tax'])),
                    crow('Net income', C['ni'], True),
                    ('Earnings per share - basic', *ceps(C['ni'], C['basic_sh'])),
                    ('Earnings per share - diluted', *ceps(C['ni'], C['dil_sh'])),
                    crow('Weighted average shares - basic', C['basic_sh']),
                    crow('Weighted average shares - diluted', C['dil_sh']),
                ),
            ),
        ),
        (
            Table(
                caption='CORVANE TRAVEL GROUP, INC. CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
                unit='(In millions, except par value)',
                header=('', 'September 30, 2025', 'December 31, 2024'),
                rows=(
                    ('ASSETS', '', ''),
                    crow('Cash and cash equivalents', CB['cash'], True),
                    crow('Restricted cash and cash equivalents', CB['restricted']),
                    crow('Short-term investments', CB['st_inv']),
                    crow('Accounts receivable, net of allowance of $8.4 and $7.9', CB['ar']),
                    crow('Prepaid expenses and other current assets', CB['prepaid']),
                    crow('Total current assets', CB['cur_assets']),
                    crow('Property and equipment, net', CB['ppe']),
                    crow('Operating lease right-of-use assets', CB['rou']),
                    crow('Goodwill', CB['goodwill']),
                    crow('Intangible assets, net', CB['intang']),
                    crow('Deferred income taxes', CB['dta']),
                    crow('Other assets', CB['other_assets']),
                    crow('Total assets', CB['assets'], True),
                    ('LIABILITIES AND STOCKHOLDERS\' EQUITY', '', ''),
                    crow('Accounts payable, merchant', CB['ap_merch'], True),
                    crow('Accounts payable, other', CB['ap_other']),
                    crow('Deferred merchant bookings', CB['dmb']),
                    crow('Deferred revenue', CB['defrev']),
                    crow('Accrued expenses and other current liabilities', CB['accrued']),
                    crow('Operating lease liabilities, current', CB['lease_cur']),
                    crow('Current maturities of long-term debt', CB['debt_cur']),
                    crow('Total current liabilities', CB['cur_liab']),
                    crow('Long-term debt, net', CB['debt']),
                    crow('Operating lease liabilities', CB['lease']),
                    crow('Other long-term liabilities', CB['other_liab']),
                    crow('Total liabilities', CB['liab']),
                    crow('Common stock, $0.0001 par value', CB['cs']),
                    crow('Additional paid-in capital', CB['apic']),
                    crow('Accumulated deficit', CB['re']),
                    crow('Treasury stock, at cost', CB['treasury']),
                    crow('Accumulated other comprehensive loss', CB['aoci']),
                    crow('Total stockholders\' equity', CB['equity']),
                    crow('Total liabilities and stockholders\' equity', add(CB['liab'], CB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='CORVANE TRAVEL GROUP, INC. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(In millions)',
                header=('', 'Nine months ended Sept. 30, 2025', 'Nine months ended Sept. 30, 2024'),
                rows=(
                    ('Operating activities:', '', ''),
                    crow('Net income', CC['ni'], True),
                    crow('Depreciation and amortization', CC['da']),
                    crow('Stock-based compensation', CC['sbc']),
                    crow('Deferred income taxes', CC['deferred']),
                    crow('Amortization of debt issuance costs', CC['debt_amort']),
                    crow('Other, net', CC['other_op']),
                    ('Changes in operating assets and liabilities:', '', ''),
                    crow('Accounts receivable', CC['ar']),
                    crow('Prepaid expenses and other assets', CC['prepaid']),
                    crow('Accounts payable, merchant', CC['ap_merch']),
                    crow('Accounts payable, other', CC['ap_other']),
                    crow('Deferred merchant bookings', CC['dmb']),
                    crow('Deferred revenue', CC['defrev']),
                    crow('Accrued expenses and other liabilities', CC['accrued']),
                    crow('Net cash provided by operating activities', CC['cfo']),
                    ('Investing activities:', '', ''),
                    crow('Capital expenditures, including internal-use software and website development', CC['capex']),
                    crow('Purchases of investments', CC['buy_inv']),
                    crow('Maturities of investments', CC['mat_inv']),
                    crow('Net cash used in investing activities', CC['cfi']),
                    ('Financing activities:', '', ''),
                    crow('Purchases of treasury stock', CC['buyback']),
                    crow('Withholding taxes paid on vesting of restricted stock units', CC['withhold']),
                    crow('Proceeds from employee stock purchase plan', CC['espp']),
                    crow('Net cash used in financing activities', CC['cff']),
                    crow('Effect of exchange rate changes on cash, cash equivalents and restricted cash', CC['fx']),
                    crow('Net increase in cash, cash equivalents and restricted cash', CC['net']),
                    crow('Cash, cash equivalents and restricted cash at beginning of period', CC['begin']),
                    crow('Cash, cash equivalents and restricted cash at end of period', CC['end'], True),
                ),
            ),
        ),
        (
            h('Segment information'),
            p("""We have two reportable segments. Consumer comprises our Corvane and Tripwhistle sites and apps, through which
travelers book lodging, air, car rental and activities. Partner Solutions provides white-label booking technology and
travel inventory to loyalty programs, financial institutions, corporate travel managers and other travel sellers.
Segment Adjusted EBITDA excludes unallocated corporate expenses."""),
            Table(
                caption='Revenue and Adjusted EBITDA by segment',
                unit='(In millions)',
                header=C_COLS,
                rows=(
                    ('Revenue', '', '', '', ''),
                    crow('Consumer', C['cons_rev'], True),
                    crow('Partner Solutions', C['partner_rev']),
                    crow('Total revenue', C['rev'], True),
                    ('Adjusted EBITDA', '', '', '', ''),
                    crow('Consumer', C['cons_ebitda'], True),
                    crow('Partner Solutions', C['partner_ebitda']),
                    crow('Unallocated corporate expenses', C['corp']),
                    crow('Total Adjusted EBITDA', C['adj_ebitda'], True),
                ),
            ),
            p("""Partner Solutions' five largest clients accounted for about 58% of the segment's revenue in the nine months
ended September 30, 2025; the largest, the travel rewards program of a U.S. card issuer under an agreement that runs to
December 2027, accounted for about 9% of the Company's total revenue. No other client or supplier accounted for more than
5% of total revenue. Hotel bookings generated about 71% of revenue in the nine months."""),
        ),
        (
            h('Non-GAAP financial measures'),
            p("""Adjusted EBITDA is net income before provision for income taxes, interest expense, interest income, other, net,
depreciation and amortization, stock-based compensation and restructuring and related reorganization charges. Adjusted
EBITDA margin is Adjusted EBITDA divided by revenue. Free cash flow is net cash provided by operating activities less
capital expenditures, including internal-use software and website development. These measures are not prepared under
U.S. GAAP and may differ from similarly titled measures of other companies."""),
            Table(
                caption='Reconciliation of net income to Adjusted EBITDA',
                unit='(In millions)',
                header=C_COLS,
                rows=(
                    crow('Net income', C['ni'], True),
                    crow('Provision for income taxes', C['tax']),
                    crow('Interest expense', C['int_exp']),
                    crow('Interest income', neg(C['int_inc'])),
                    crow('Other, net', neg(C['other'])),
                    crow('Depreciation and amortization', C['da']),
                    crow('Stock-based compensation', C['sbc']),
                    crow('Restructuring and related reorganization charges', C['restr']),
                    crow('Adjusted EBITDA', C['adj_ebitda'], True),
                    ('Adjusted EBITDA margin', *(pct(a, b) for a, b in zip(C['adj_ebitda'], C['rev']))),
                ),
            ),
            Table(
                caption='Free cash flow',
                unit='(In millions)',
                header=('', 'Nine months ended Sept. 30, 2025', 'Nine months ended Sept. 30, 2024'),
                rows=(
                    crow('Net cash provided by operating activities', CC['cfo'], True),
                    crow('Capital expenditures, including internal-use software and website development', CC['capex']),
                    crow('Free cash flow', CC['fcf'], True),
                ),
            ),
        ),
    ),
)

REPORTS = (PENROSE_10K, CORVANE_8K)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
