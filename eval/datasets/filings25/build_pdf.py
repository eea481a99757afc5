"""Build the two filings of the held-out set filings25 (eval/datasets/filings25/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is a
Markdown exhibit (release_md). The companies and every figure are fictional. Both filers' figures are held in tenths
of a million (printed in millions with one decimal), integers, so that statement totals, summed here, foot exactly.

    .venv/bin/python eval/datasets/filings25/build_pdf.py      # writes docs/*.pdf and docs/*.md
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


def m(v, dollar=False):
    """Tenths of a million as printed in millions: 123.4 / (123.4) / -."""
    if v == 0:
        return '-'
    s = f"{abs(v) / 10:,.1f}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def mt(v):
    return f"{v / 10:,.1f}"


def row(label, vals, dollar=False):
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
    return f"{(a - b) / b * 100:.1f}%"


# ---------------------------------------------------------------------------------------------------------------
# Harrowgate Potato Foods, Inc.: Form 10-K, fiscal year ended May 31, 2026 (fiscal 2026, 2025, 2024), tenths of $m.
H = dict(
    s_fs=[29_184, 27_702, 25_968],   # North America Foodservice
    s_rt=[9_872, 10_216, 9_944],     # North America Retail
    s_in=[8_416, 7_318, 6_502],      # International
    cos=[36_108, 34_052, 31_612],
    sga=[4_842, 4_516, 4_204],
    ri=[386, 0, 0],                  # restructuring and impairment charges (Moses Lake line closure)
    interest=[1_284, 1_142, 1_018],
    tax=[1_138, 1_316, 1_294],
    eq=[214, 266, 242],              # equity method investment earnings
    da=[3_264, 2_986, 2_702],
    corp=[-1_212, -1_118, -1_046],
    e_fs=[7_614, 7_332, 7_084],
    e_rt=[2_108, 2_404, 2_386],
    basic=[1_412, 1_436, 1_454],     # tenths of a million shares
    diluted=[1_420, 1_445, 1_463],
    dps=[1.48, 1.40, 1.28],
)
H['sales'] = add(H['s_fs'], H['s_rt'], H['s_in'])
H['gp'] = sub(H['sales'], H['cos'])
H['opinc'] = sub(sub(H['gp'], H['sga']), H['ri'])
H['pretax'] = sub(H['opinc'], H['interest'])
H['ni'] = add(sub(H['pretax'], H['tax']), H['eq'])
H['adj_ebitda'] = add(H['opinc'], H['da'], H['ri'])
H['e_in'] = sub(sub(sub(H['adj_ebitda'], H['corp']), H['e_fs']), H['e_rt'])
assert all(v > 0 for v in H['e_in'])
H_PL = dict(fs=(4.1, 29_184, 27_702), rt=(2.4, 9_872, 10_216), in_=(3.6, 8_416, 7_318))  # price/mix points

# Balance sheet, May 31, 2026 and May 31, 2025.
HB = dict(
    cash=[716, 1_024],
    rec=[5_128, 4_862],
    inv=[10_684, 9_876],
    prepaid=[1_246, 1_108],
    lease=[1_384, 1_452],
    gw=[10_486, 10_412],
    intang=[3_206, 3_318],
    eqinv=[2_062, 1_974],
    other_a=[1_218, 1_146],
    stb=[1_900, 600],
    cur_debt=[712, 688],
    ap=[5_614, 5_982],
    accrued=[4_376, 3_642],
    ltd=[36_218, 33_512],
    dtl=[3_584, 3_302],
    common=[1_506, 1_506],
    aoci=[-1_124, -1_006],
)
H_DEPR = H['da'][0] - (HB['intang'][1] - HB['intang'][0])  # amortization = decline in intangibles
HC = dict(
    capex=[-7_984, -8_612, -6_918],
    sbc=[412, 386, 348],
    withhold=[-64, -58, -52],
    buyback=[-1_620, -1_450, -900],
    lt_issue=[3_400, 7_500, 3_800],
    lt_repay=[-670, -2_640, -612],
    stb_net=[1_300, 200, -400],
    deferred=[282, 164, 120],
    other_inv=[-42, -38, -56],
)
H_IMPAIR = 312  # the part of the restructuring and impairment charges that wrote down property and equipment
HB['ppe'] = [34_106 + (-HC['capex'][0]) - H_DEPR - H_IMPAIR, 34_106]
HB['paid'] = [0, 0]
HB['treasury'] = [-6_482 + HC['buyback'][0], -6_482]
H_DIV = [round(d * s) for d, s in zip(H['dps'], H['basic'])]  # dividends declared and paid, tenths of $m
HB['cur_assets'] = add(HB['cash'], HB['rec'], HB['inv'], HB['prepaid'])
HB['assets'] = add(HB['cur_assets'], HB['ppe'], HB['lease'], HB['gw'], HB['intang'], HB['eqinv'], HB['other_a'])
HB['cur_liab'] = add(HB['stb'], HB['cur_debt'], HB['ap'], HB['accrued'])
HB['lease_liab'] = [1_296, 1_368]
HB['other_l'] = [2_196, 2_262]
# retained earnings and paid-in capital: 2025 paid-in capital fixed, 2025 retained earnings balances the sheet;
# 2026 retained earnings roll forward; 2026 other noncurrent liabilities balance the sheet.
HB['paid'][1] = 8_914
HB['paid'][0] = HB['paid'][1] + HC['sbc'][0] + HC['withhold'][0]
_liab_1 = HB['cur_liab'][1] + HB['ltd'][1] + HB['lease_liab'][1] + HB['dtl'][1] + HB['other_l'][1]
_eq_ex_re_1 = HB['common'][1] + HB['paid'][1] + HB['aoci'][1] + HB['treasury'][1]
HB['re'] = [0, HB['assets'][1] - _liab_1 - _eq_ex_re_1]
HB['re'][0] = HB['re'][1] + H['ni'][0] - H_DIV[0]
_eq_0 = HB['common'][0] + HB['paid'][0] + HB['re'][0] + HB['aoci'][0] + HB['treasury'][0]
HB['other_l'][0] = HB['assets'][0] - (HB['cur_liab'][0] + HB['ltd'][0] + HB['lease_liab'][0] + HB['dtl'][0]) - _eq_0
HB['liab'] = add(HB['cur_liab'], HB['ltd'], HB['lease_liab'], HB['dtl'], HB['other_l'])
HB['equity'] = add(HB['common'], HB['paid'], HB['re'], HB['aoci'], HB['treasury'])
HB['le'] = add(HB['liab'], HB['equity'])
assert HB['le'] == HB['assets'], (HB['le'], HB['assets'])
assert 1_500 < HB['other_l'][0] < 3_000, HB['other_l']

# Cash flows, fiscal 2026, 2025, 2024.
HC['ni'] = H['ni']
HC['da'] = H['da']
HC['ri'] = H['ri']
HC['eq_net'] = [-(HB['eqinv'][0] - HB['eqinv'][1]), -52, -38]
HC['rec'] = [-(HB['rec'][0] - HB['rec'][1]), -318, -406]
HC['inv'] = [-(HB['inv'][0] - HB['inv'][1]), -1_364, -884]
HC['prepaid'] = [-(HB['prepaid'][0] - HB['prepaid'][1]), -64, -92]
HC['ap_acc'] = [(HB['ap'][0] - HB['ap'][1]) + (HB['accrued'][0] - HB['accrued'][1]), 512, 436]
HC['begin'] = [1_024, 1_146, 1_284]
HC['end'] = [716, 1_024, 1_146]
HC['div'] = neg(H_DIV)
_known = add(HC['ni'], HC['da'], HC['ri'], HC['sbc'], HC['eq_net'], HC['deferred'], HC['rec'], HC['inv'],
             HC['prepaid'], HC['ap_acc'])
HC['inv_tot'] = add(HC['capex'], HC['other_inv'])
HC['fin_tot'] = add(HC['stb_net'], HC['lt_issue'], HC['lt_repay'], HC['div'], HC['buyback'], HC['withhold'])
HC['net'] = sub(HC['end'], HC['begin'])
HC['fx'] = [-18, 12, -6]
# "Other, net" in operating activities makes each year's change in cash agree with the balance sheets.
HC['other_op'] = sub(sub(sub(sub(HC['net'], HC['fx']), HC['fin_tot']), HC['inv_tot']), _known)
HC['cfo'] = add(_known, HC['other_op'])
assert all(abs(v) < 400 for v in HC['other_op']), HC['other_op']
assert add(HC['cfo'], HC['inv_tot'], HC['fin_tot'], HC['fx']) == HC['net']
assert HB['ltd'][0] + HB['cur_debt'][0] - HB['ltd'][1] - HB['cur_debt'][1] == HC['lt_issue'][0] + HC['lt_repay'][0]
assert HB['stb'][0] - HB['stb'][1] == HC['stb_net'][0]

H_PM = round(sum(pm * old for pm, _, old in H_PL.values()) / H['sales'][1], 1)
H_VOL = round((H['sales'][0] - H['sales'][1]) / H['sales'][1] * 100 - H_PM, 1)

H_YEARS = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')
H_BS = ('', 'May 31, 2026', 'May 31, 2025')


def heps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


def hrow(label, key, dollar=False):
    return row(label, H[key], dollar)


def brow(label, key, dollar=False):
    return row(label, HB[key], dollar)


def crow(label, key, dollar=False):
    return row(label, HC[key], dollar)


def _vol(key):
    pm, new, old = H_PL[key]
    return round((new - old) / old * 100 - pm, 1)


HARROWGATE_10K = Report(
    stem="harrowgate_potato_10k_fy2026",
    title="Harrowgate Potato Foods, Inc. - Annual Report on Form 10-K for the fiscal year ended May 31, 2026",
    running_title="Harrowgate Potato Foods, Inc. | Form 10-K fiscal 2026",
    date="July 23, 2026",
    iso_date="2026-07-23",
    keywords=("Harrowgate Potato Foods", "10-K", "frozen potato products", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended May 31, 2026.
Commission File Number 001-40217. HARROWGATE POTATO FOODS, INC. (Exact name of registrant as specified in its
charter), a Delaware corporation, I.R.S. Employer Identification No. 84-3306152, 2200 Snake River Drive, Boise, Idaho
83702. Registrant's telephone number, including area code: (208) 555-0187."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(('Common Stock, $1.00 par value', 'HPFI', 'New York Stock Exchange'),),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the common stock held by non-affiliates of
the registrant, computed by reference to the closing price on November 28, 2025, the last business day of the
registrant's most recently completed second fiscal quarter, was approximately $9.6 billion. As of July 10, 2026,
140,806,213 shares of the registrant's common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p("""Harrowgate Potato Foods, Inc. ("Harrowgate," "we," "our") is a producer of frozen potato products,
principally french fries, hash browns, wedges and potato specialty items, and of frozen vegetable sides. Our fiscal
year ends on May 31; "fiscal 2026" refers to the twelve months ended May 31, 2026. We operate 14 processing plants:
ten in Idaho, Washington and Oregon, two in Alberta, Canada, one in the Netherlands and one in Argentina. We report
three segments. North America Foodservice sells to quick-service and full-service restaurant chains and to
foodservice distributors in the United States and Canada; our ten largest chain customers accounted for 38% of the
segment's net sales. North America Retail sells our branded products (Harrowgate, Crispin Farms) and private-label
products to grocery, mass and club retailers. International sells to restaurant chains, distributors and retailers
outside North America, mainly in Europe, Japan, China, the Middle East and Latin America."""),
            p("""We also hold a 50% interest in Lindqvist Frozen AB, a privately held potato processor in Sweden, which
we account for by the equity method. Our share of its earnings is reported below income taxes as equity method
investment earnings; we do not consolidate its net sales."""),
        ),
        (
            p("""Raw materials. We buy potatoes under annual contracts with about 310 growers, most of them in the
Columbia Basin of Washington and Oregon and in southern Idaho. The contract price for the 2025 crop, which we
processed from August 2025 through July 2026, was about 4% lower than for the 2024 crop. Edible oils are our second
largest input. We had about 9,700 employees at May 31, 2026, compared with about 9,850 a year earlier; the decrease
mainly reflects the closure of a processing line at our Moses Lake, Washington plant."""),
            h('Item 1A. Risk Factors'),
            p("""Our results depend on potato crop yields and quality, which weather can impair; a poor crop raises our
raw potato costs and lowers our plant efficiency. Restaurant traffic in North America and Europe drives demand for
our foodservice products. A small number of chain restaurant customers account for a large share of our sales.
Industry processing capacity has grown, and new capacity in Europe and North America has increased price
competition."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p(f"""Our common stock trades on the New York Stock Exchange under the symbol HPFI. We declared quarterly
dividends of $0.37 per share in fiscal 2026 (${H['dps'][0]:.2f} for the year) and $0.35 per share in fiscal 2025
(${H['dps'][1]:.2f} for the year). During fiscal 2026 we repurchased 2.3 million shares for ${mt(-HC['buyback'][0])}
million; $388.0 million remained available under our repurchase authorization at May 31, 2026."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Net sales for fiscal 2026 were ${mt(H['sales'][0])} million, up
{chg(H['sales'][0], H['sales'][1])} from ${mt(H['sales'][1])} million in fiscal 2025. Income from operations fell
{(H['opinc'][1] - H['opinc'][0]) / H['opinc'][1] * 100:.1f}% to ${mt(H['opinc'][0])} million, and net income was
${mt(H['ni'][0])} million, or {heps(H['ni'], H['diluted'])[0]} per diluted share, compared with ${mt(H['ni'][1])}
million, or {heps(H['ni'], H['diluted'])[1]} per diluted share. Adjusted EBITDA, a non-GAAP measure, was
${mt(H['adj_ebitda'][0])} million, up from ${mt(H['adj_ebitda'][1])} million."""),
            p(f"""Net sales. Price/mix contributed {H_PM:.1f} percentage points and sales volumes
{H_VOL:.1f} points of the increase in net sales. Price/mix rose mainly from pricing actions taken in the
second half of fiscal 2025 to recover higher labor and edible oil costs, partially offset by increased trade and
promotional spending in North America Retail. Volume growth came from new quick-service restaurant contracts in
North America and from customers in Europe and the Middle East, partially offset by lower private-label retail
volumes."""),
            p(f"""Gross profit was ${mt(H['gp'][0])} million, or {pct(H['gp'][0], H['sales'][0])} of net sales,
compared with {pct(H['gp'][1], H['sales'][1])} in fiscal 2025. The gross margin declined primarily because of higher
depreciation from our new Ridgefield, Washington line, start-up inefficiencies at that line and higher labor costs,
partially offset by favorable price/mix and lower raw potato costs. Selling, general and administrative expenses
rose to ${mt(H['sga'][0])} million, mainly because of higher compensation, investments in our enterprise resource
planning system and higher advertising for the Crispin Farms brand."""),
        ),
        (
            p(f"""Restructuring and impairment. In March 2026 we closed a processing line at our Moses Lake, Washington
plant and recorded charges of ${mt(H['ri'][0])} million, of which ${mt(H_IMPAIR)} million was the impairment of the line's
property and equipment and ${mt(H['ri'][0] - H_IMPAIR)} million severance and other costs. We expect the closure to reduce annual costs by
about $22 million beginning in fiscal 2027."""),
            p(f"""Interest expense, net, increased to ${mt(H['interest'][0])} million from ${mt(H['interest'][1])}
million because of higher average borrowings to fund capital expenditures. The effective tax rate was
{pct(H['tax'][0], H['pretax'][0])}, compared with {pct(H['tax'][1], H['pretax'][1])} in fiscal 2025, mainly because of
a larger benefit from research and development credits. Equity method investment earnings decreased to
${mt(H['eq'][0])} million because Lindqvist Frozen's margins declined on lower European prices."""),
            Table(
                caption='Net sales and segment Adjusted EBITDA by segment',
                unit='(Dollars in millions)',
                header=('', 'Fiscal 2026', 'Fiscal 2025', 'Change', 'Price/mix', 'Volume'),
                rows=(
                    ('Net sales: North America Foodservice', m(H['s_fs'][0], True), m(H['s_fs'][1], True),
                     chg(H['s_fs'][0], H['s_fs'][1]), '4.1%', f"{_vol('fs'):.1f}%"),
                    ('North America Retail', m(H['s_rt'][0]), m(H['s_rt'][1]), chg(H['s_rt'][0], H['s_rt'][1]),
                     '2.4%', f"{_vol('rt'):.1f}%"),
                    ('International', m(H['s_in'][0]), m(H['s_in'][1]), chg(H['s_in'][0], H['s_in'][1]),
                     '3.6%', f"{_vol('in_'):.1f}%"),
                    ('Segment Adjusted EBITDA: North America Foodservice', m(H['e_fs'][0], True),
                     m(H['e_fs'][1], True), chg(H['e_fs'][0], H['e_fs'][1]), '', ''),
                    ('North America Retail', m(H['e_rt'][0]), m(H['e_rt'][1]), chg(H['e_rt'][0], H['e_rt'][1]), '', ''),
                    ('International', m(H['e_in'][0]), m(H['e_in'][1]), chg(H['e_in'][0], H['e_in'][1]), '', ''),
                ),
                note="Price/mix and volume are each segment's percentage-point contributions to its change in net sales.",
            ),
            p(f"""North America Retail. Net sales declined because we exited lower-margin private-label contracts,
which reduced volumes, partially offset by higher prices for our branded products. Segment Adjusted EBITDA declined
{(H['e_rt'][1] - H['e_rt'][0]) / H['e_rt'][1] * 100:.1f}% because of the lower volumes, higher trade spending and the
Crispin Farms advertising. International. Net sales grew the fastest of our segments, led by volume gains in the
Middle East and Latin America and price increases in Europe, while sales in China declined."""),
            p(f"""Liquidity. Net cash provided by operating activities was ${mt(HC['cfo'][0])} million in fiscal 2026.
Additions to property, plant and equipment were ${mt(-HC['capex'][0])} million, compared with
${mt(-HC['capex'][1])} million in fiscal 2025, mainly for the Ridgefield line, which started production in October
2025. In January 2026 we issued $340.0 million of 5.125% senior notes due 2034. At May 31, 2026 we had $1,282.4
million available under our $1,500.0 million revolving credit facility, after $190.0 million of borrowings and $27.6
million of letters of credit. Fiscal 2027 outlook: we expect net sales to
grow 2% to 4% and additions to property, plant and equipment of about $550 million."""),
        ),
        (
            h('Non-GAAP Financial Measure'),
            p("""We define Adjusted EBITDA as net income before income tax expense, interest expense, net, and
depreciation and amortization, excluding equity method investment earnings and restructuring and impairment
charges. Adjusted EBITDA is not a measure of performance under U.S. GAAP."""),
            Table(
                caption='Reconciliation of net income to Adjusted EBITDA',
                unit='(In millions)',
                header=H_YEARS,
                rows=(
                    hrow('Net income', 'ni', True),
                    hrow('Income tax expense', 'tax'),
                    hrow('Interest expense, net', 'interest'),
                    row('Equity method investment earnings', neg(H['eq'])),
                    hrow('Depreciation and amortization', 'da'),
                    hrow('Restructuring and impairment charges', 'ri'),
                    hrow('Adjusted EBITDA', 'adj_ebitda', True),
                ),
            ),
            h('Item 8. Financial Statements and Supplementary Data'),
            Table(
                caption='HARROWGATE POTATO FOODS, INC. CONSOLIDATED STATEMENTS OF EARNINGS',
                unit='(In millions, except per-share amounts) - Fiscal years ended May 31,',
                header=H_YEARS,
                rows=(
                    hrow('Net sales', 'sales', True),
                    hrow('Cost of sales', 'cos'),
                    hrow('Gross profit', 'gp'),
                    hrow('Selling, general and administrative expenses', 'sga'),
                    hrow('Restructuring and impairment charges', 'ri'),
                    hrow('Income from operations', 'opinc'),
                    hrow('Interest expense, net', 'interest'),
                    hrow('Income before income taxes and equity method earnings', 'pretax'),
                    hrow('Income tax expense', 'tax'),
                    hrow('Equity method investment earnings', 'eq'),
                    hrow('Net income', 'ni', True),
                    ('Earnings per share - Basic', *heps(H['ni'], H['basic'])),
                    ('Earnings per share - Diluted', *heps(H['ni'], H['diluted'])),
                    ('Weighted average shares - Diluted', *(f"{s / 10:.1f}" for s in H['diluted'])),
                    ('Dividends declared per share', *(f"${d:.2f}" for d in H['dps'])),
                ),
            ),
        ),
        (
            Table(
                caption='HARROWGATE POTATO FOODS, INC. CONSOLIDATED BALANCE SHEETS',
                unit='(In millions, except share data)',
                header=H_BS,
                rows=(
                    brow('Cash and cash equivalents', 'cash', True),
                    ('Receivables, less allowance for doubtful accounts of $4.2 and $3.8',
                     m(HB['rec'][0]), m(HB['rec'][1])),
                    brow('Inventories', 'inv'),
                    brow('Prepaid expenses and other current assets', 'prepaid'),
                    brow('Total current assets', 'cur_assets'),
                    brow('Property, plant and equipment, net', 'ppe'),
                    brow('Operating lease assets', 'lease'),
                    brow('Goodwill', 'gw'),
                    brow('Intangible assets, net', 'intang'),
                    brow('Equity method investments', 'eqinv'),
                    brow('Other assets', 'other_a'),
                    brow('Total assets', 'assets', True),
                    brow('Short-term borrowings', 'stb', True),
                    brow('Current portion of long-term debt and financing obligations', 'cur_debt'),
                    brow('Accounts payable', 'ap'),
                    brow('Accrued liabilities', 'accrued'),
                    brow('Total current liabilities', 'cur_liab'),
                    brow('Long-term debt and financing obligations, excluding current portion', 'ltd'),
                    brow('Long-term operating lease liabilities', 'lease_liab'),
                    brow('Deferred income taxes', 'dtl'),
                    brow('Other noncurrent liabilities', 'other_l'),
                    brow('Total liabilities', 'liab'),
                    brow('Common stock, $1.00 par value', 'common'),
                    brow('Additional distributed capital', 'paid'),
                    brow('Retained earnings', 're'),
                    brow('Accumulated other comprehensive loss', 'aoci'),
                    brow('Treasury stock, at cost', 'treasury'),
                    brow("Total stockholders' equity", 'equity'),
                    brow("Total liabilities and stockholders' equity", 'le', True),
                ),
            ),
        ),
        (
            Table(
                caption='HARROWGATE POTATO FOODS, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In millions) - Fiscal years ended May 31,',
                header=H_YEARS,
                rows=(
                    crow('Net income', 'ni', True),
                    crow('Depreciation and amortization', 'da'),
                    crow('Restructuring and impairment charges', 'ri'),
                    crow('Stock-settled, stock-based compensation expense', 'sbc'),
                    crow('Equity method investment earnings, net of distributions', 'eq_net'),
                    crow('Deferred income taxes', 'deferred'),
                    crow('Receivables', 'rec'),
                    crow('Inventories', 'inv'),
                    crow('Prepaid expenses and other current assets', 'prepaid'),
                    crow('Accounts payable and accrued liabilities', 'ap_acc'),
                    crow('Other, net', 'other_op'),
                    crow('Net cash provided by operating activities', 'cfo'),
                    crow('Additions to property, plant and equipment', 'capex'),
                    crow('Other investing activities', 'other_inv'),
                    crow('Net cash used for investing activities', 'inv_tot'),
                    crow('Net increase (decrease) in short-term borrowings', 'stb_net'),
                    crow('Proceeds from issuance of debt', 'lt_issue'),
                    crow('Repayments of debt and financing obligations', 'lt_repay'),
                    crow('Dividends paid', 'div'),
                    crow('Repurchase of common stock', 'buyback'),
                    crow('Tax withholdings on stock-based awards', 'withhold'),
                    crow('Net cash provided by (used for) financing activities', 'fin_tot'),
                    crow('Effect of exchange rate changes on cash and cash equivalents', 'fx'),
                    crow('Net increase (decrease) in cash and cash equivalents', 'net'),
                    crow('Cash and cash equivalents, beginning of the period', 'begin'),
                    crow('Cash and cash equivalents, end of period', 'end', True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements (selected)'),
            h('Note 8 - Debt and Financing Obligations'),
            p("""At May 31, 2026 long-term debt and financing obligations of $3,693.0 million consisted of $1,000.0
million of 4.875% senior notes due 2028, $700.0 million of 4.125% senior notes due 2030, $340.0 million of 5.125%
senior notes due 2034, a $1,450.0 million term loan due 2029 bearing interest at SOFR plus 1.25%, and $203.0 million
of financing obligations and other debt. Short-term borrowings of $190.0 million were drawn under the revolving credit
facility. The credit agreement requires a ratio of total debt to consolidated EBITDA of not more than 4.50 to 1.00;
we were in compliance at May 31, 2026."""),
            h('Note 11 - Income Taxes'),
            p(f"""Income tax expense for fiscal 2026 consisted of current expense of ${mt(H['tax'][0] - 282)} million and
deferred expense of $28.2 million. Foreign income before income taxes was $96.4 million. The effective rate of
{pct(H['tax'][0], H['pretax'][0])} differed from the 21.0% federal statutory rate mainly because of state income taxes
(2.6 points) and nondeductible items, partially offset by research and development credits (0.9 points)."""),
            h('Note 15 - Segments'),
            p("""Our chief operating decision maker, the President and Chief Executive Officer, evaluates the North
America Foodservice, North America Retail and International segments on net sales and segment Adjusted EBITDA.
Unallocated corporate costs include corporate general and administrative expenses and are not allocated to the
segments. Assets are not reported by segment to the chief operating decision maker."""),
            Table(
                caption='Segment net sales and segment Adjusted EBITDA',
                unit='(In millions) - Fiscal years ended May 31,',
                header=H_YEARS,
                rows=(
                    ('Net sales:', '', '', ''),
                    hrow('North America Foodservice', 's_fs'),
                    hrow('North America Retail', 's_rt'),
                    hrow('International', 's_in'),
                    hrow('Total net sales', 'sales'),
                    ('Segment Adjusted EBITDA:', '', '', ''),
                    hrow('North America Foodservice', 'e_fs'),
                    hrow('North America Retail', 'e_rt'),
                    hrow('International', 'e_in'),
                    hrow('Unallocated corporate costs', 'corp'),
                    hrow('Adjusted EBITDA', 'adj_ebitda'),
                    row('Depreciation and amortization', neg(H['da'])),
                    row('Restructuring and impairment charges', neg(H['ri'])),
                    hrow('Income from operations', 'opinc'),
                ),
            ),
        ),
    ),
)

REPORTS = (HARROWGATE_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Sunmarsh Vacation Resorts, Inc.: earnings release (Form 8-K Exhibit 99.1), third quarter of 2026, tenths of $m.
# Columns: Q3 2026, Q3 2025, nine months 2026, nine months 2025.
S = dict(
    r_vo=[4_126, 3_884, 11_732, 11_018],      # sale of vacation ownership products
    r_rm=[1_218, 1_164, 3_596, 3_428],        # resort management and other services
    r_fin=[832, 776, 2_438, 2_262],           # financing
    r_rent=[1_046, 1_102, 3_164, 3_276],      # rental
    r_cr=[2_014, 1_946, 6_018, 5_804],        # cost reimbursements
    x_vo=[1_024, 1_002, 2_946, 2_858],
    x_ms=[2_218, 2_042, 6_344, 5_918],
    x_rm=[602, 584, 1_782, 1_716],
    x_fin=[264, 238, 762, 704],
    x_rent=[842, 864, 2_506, 2_552],
    x_ga=[512, 486, 1_522, 1_448],
    x_da=[348, 336, 1_036, 1_002],
    x_rtc=[96, 0, 214, 42],                   # restructuring and transaction costs
    other=[18, -12, 46, 24],                  # gains (losses) and other income (expense), net
    interest=[-412, -388, -1_218, -1_142],
    tax=[-262, -244, -702, -734],
    diluted=[364, 381, 369, 385],             # tenths of a million shares
    sbc=[62, 58, 184, 176],
    contract=[4_688, 4_412, 13_384, 12_706],  # contract sales
    provision=[486, 402, 1_362, 1_148],       # provision for losses on vacation ownership notes receivable
    tours=[108_420, 104_866, 314_206, 306_118],
    first_time=[31.2, 33.0, 31.6, 32.8],
)
S['x_cr'] = S['r_cr']
S['rev'] = add(S['r_vo'], S['r_rm'], S['r_fin'], S['r_rent'], S['r_cr'])
S['exp'] = add(S['x_vo'], S['x_ms'], S['x_rm'], S['x_fin'], S['x_rent'], S['x_ga'], S['x_da'], S['x_rtc'], S['x_cr'])
S['pretax'] = add(sub(S['rev'], S['exp']), S['other'], S['interest'])
S['ni'] = add(S['pretax'], S['tax'])
S['adj_ebitda'] = add(S['ni'], neg(S['interest']), neg(S['tax']), S['x_da'], S['x_rtc'], S['sbc'])
S['seg_vo'] = [1_164, 1_072, 3_402, 3_214]   # Vacation Ownership segment Adjusted EBITDA
S['seg_corp'] = [-184, -172, -552, -528]
S['seg_ex'] = sub(sub(S['adj_ebitda'], S['seg_vo']), S['seg_corp'])  # Exchange & Third-Party Management
S['vpg'] = [3_964, 3_842]  # dollars, quarter only
S['dev_margin'] = sub(sub(S['r_vo'], S['x_vo']), S['x_ms'])
assert all(v > 0 for v in S['seg_ex']), S['seg_ex']
SB = dict(cash=[3_126, 3_548], restricted=[2_318, 2_204], notes=[29_864, 28_412], inventory=[8_702, 8_886],
          corp_debt=[30_412, 28_906], securitized=[23_184, 22_318])
S_GUIDE = [('Contract sales', '$1,780 to $1,820 million', '$1,820 to $1,880 million'),
           ('Adjusted EBITDA', '$705 to $725 million', '$700 to $730 million'),
           ('Adjusted free cash flow', '$420 to $460 million', '$420 to $460 million')]
S_HEAD = ('', 'Three Months Ended September 30, 2026', 'Three Months Ended September 30, 2025',
          'Nine Months Ended September 30, 2026', 'Nine Months Ended September 30, 2025')


def seps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return '\n'.join(out)


def srow(label, key, dollar=False):
    return row(label, S[key], dollar)


def release_md() -> str:
    q, pq = 0, 1
    parts = [
        "# Sunmarsh Vacation Resorts Reports Third Quarter 2026 Results",
        "Exhibit 99.1",
        f"""ORLANDO, Fla., October 29, 2026 -- Sunmarsh Vacation Resorts, Inc. (NYSE: SVRC) ("Sunmarsh" or the
"Company") today reported financial results for the third quarter ended September 30, 2026. All amounts are in
millions of U.S. dollars, except per-share amounts, tours and volume per guest, unless stated otherwise.""",
        "## Third Quarter 2026 Highlights",
        f"""- Contract sales were ${mt(S['contract'][q])} million, an increase of {chg(S['contract'][q], S['contract'][pq])}
from the third quarter of 2025.""",
        f"""- Tours rose {chg(S['tours'][q], S['tours'][pq])} to {S['tours'][q]:,}, and volume per guest (VPG) increased to
${S['vpg'][0]:,} from ${S['vpg'][1]:,}.""",
        f"""- Net income was ${mt(S['ni'][q])} million, or {seps(S['ni'], S['diluted'])[q]} per diluted share, compared with
${mt(S['ni'][pq])} million, or {seps(S['ni'], S['diluted'])[pq]} per diluted share, in the third quarter of 2025.""",
        f"""- Adjusted EBITDA was ${mt(S['adj_ebitda'][q])} million, compared with ${mt(S['adj_ebitda'][pq])} million.""",
        """- The Company repurchased 0.9 million shares of common stock for $74.6 million during the quarter and paid a
quarterly dividend of $0.79 per share.""",
        f"""\"Our owners and first-time guests kept touring at a healthy pace this summer, and our sales teams turned more
of those tours into contracts,\" said Marisol Ekdahl, President and Chief Executive Officer. \"We are narrowing our
Adjusted EBITDA outlook and trimming our contract sales range to reflect a softer September in Hawaii and a more
selective approach to lending.\"""",
        "## Third Quarter Results",
        f"""Sale of vacation ownership products revenue rose {chg(S['r_vo'][q], S['r_vo'][pq])} to ${mt(S['r_vo'][q])}
million, less than the growth in contract sales because the provision for losses on vacation ownership notes
receivable, which is deducted from this revenue line, increased to ${mt(S['provision'][q])} million from
${mt(S['provision'][pq])} million. The higher provision reflects higher default rates on loans to buyers with FICO
scores below 700 originated in 2024 and 2025. Marketing and sales expenses increased
{chg(S['x_ms'][q], S['x_ms'][pq])}, mainly because of more tours, higher commissions and new sales galleries in
Nashville and Scottsdale. Development profit (sale of vacation ownership products revenue less cost of vacation
ownership products and marketing and sales expenses) was ${mt(S['dev_margin'][q])} million, compared with
${mt(S['dev_margin'][pq])} million.""",
        f"""Rental revenues declined {(S['r_rent'][pq] - S['r_rent'][q]) / S['r_rent'][pq] * 100:.1f}% because fewer nights were available to
rent as owners used more of their own points, and transient rates in Hawaii were lower. Financing revenues grew
{chg(S['r_fin'][q], S['r_fin'][pq])} on a larger notes receivable portfolio. Restructuring and transaction costs of
${mt(S['x_rtc'][q])} million related to the consolidation of our call centers and the integration of Pelican Shores
Resorts.""",
        "## Segment Results",
        md_table(('Segment Adjusted EBITDA',) + S_HEAD[1:], (
            srow('Vacation Ownership', 'seg_vo', True),
            srow('Exchange & Third-Party Management', 'seg_ex'),
            srow('Corporate and other', 'seg_corp'),
            srow('Adjusted EBITDA', 'adj_ebitda', True),
        )),
        """The Exchange & Third-Party Management segment's results improved because of higher management fees from
the 11 resorts added under third-party management agreements since September 30, 2025. The segment had about 1.41
million exchange network members at September 30, 2026.""",
        "## Balance Sheet and Liquidity",
        f"""At September 30, 2026, cash and cash equivalents were ${mt(SB['cash'][0])} million (December 31, 2025:
${mt(SB['cash'][1])} million) and restricted cash was ${mt(SB['restricted'][0])} million. Vacation ownership notes
receivable, net, were ${mt(SB['notes'][0])} million. Corporate debt, net, was ${mt(SB['corp_debt'][0])} million
(December 31, 2025: ${mt(SB['corp_debt'][1])} million) and non-recourse debt associated with vacation ownership notes
receivable (securitized debt) was ${mt(SB['securitized'][0])} million (December 31, 2025: ${mt(SB['securitized'][1])}
million). In August 2026 we completed the securitization of $425.0 million of vacation ownership notes receivable at
an overall weighted average interest rate of 5.38%.""",
        "On July 1, 2026 we acquired Pelican Shores Resorts, a privately held developer with three resorts in the "
        "Florida Keys, for $212.0 million in cash.",
        "## 2026 Outlook",
        "The Company updated its full-year 2026 outlook. The prior outlook was issued on July 30, 2026.",
        md_table(('Full year 2026', 'Current outlook', 'Prior outlook (July 30, 2026)'), S_GUIDE),
        "## Non-GAAP Financial Measures",
        """Adjusted EBITDA is defined as net income before interest expense (excluding interest expense on
non-recourse debt associated with vacation ownership notes receivable, which is included in financing expenses),
provision for income taxes, and depreciation and amortization, further adjusted to exclude restructuring and
transaction costs and share-based compensation. Adjusted free cash flow is not reconciled in this release.
Volume per guest (VPG) is contract sales from tour-based sales, which exclude telesales and other sales made without
a tour, divided by the number of tours; it is reported for the quarter only.""",
        "## SUNMARSH VACATION RESORTS, INC. INTERIM CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)",
        "(In millions, except per-share amounts)",
        md_table(S_HEAD, (
            srow('Sale of vacation ownership products', 'r_vo', True),
            srow('Resort management and other services', 'r_rm'),
            srow('Financing', 'r_fin'),
            srow('Rental', 'r_rent'),
            srow('Cost reimbursements', 'r_cr'),
            srow('TOTAL REVENUES', 'rev', True),
            srow('Cost of vacation ownership products', 'x_vo'),
            srow('Marketing and sales', 'x_ms'),
            srow('Resort management and other services', 'x_rm'),
            srow('Financing', 'x_fin'),
            srow('Rental', 'x_rent'),
            srow('General and administrative', 'x_ga'),
            srow('Depreciation and amortization', 'x_da'),
            srow('Restructuring and transaction costs', 'x_rtc'),
            srow('Reimbursed costs', 'x_cr'),
            srow('TOTAL EXPENSES', 'exp'),
            srow('Gains (losses) and other income (expense), net', 'other'),
            srow('Interest expense', 'interest'),
            srow('INCOME BEFORE INCOME TAXES', 'pretax'),
            srow('Provision for income taxes', 'tax'),
            srow('NET INCOME', 'ni', True),
            ('DILUTED EARNINGS PER SHARE', *seps(S['ni'], S['diluted'])),
            ('Diluted shares', *(f"{v / 10:.1f}" for v in S['diluted'])),
        )),
        "## OPERATING METRICS",
        md_table(S_HEAD, (
            srow('Contract sales', 'contract', True),
            srow('Provision for losses on vacation ownership notes receivable', 'provision'),
            ('Tours', *(f"{v:,}" for v in S['tours'])),
            ('First-time buyer share of contract sales', *(f"{v:.1f}%" for v in S['first_time'])),
            ('Volume per guest (VPG)', f"${S['vpg'][0]:,}", f"${S['vpg'][1]:,}", 'n/a', 'n/a'),
        )),
        "## RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA",
        md_table(S_HEAD, (
            srow('Net income', 'ni', True),
            row('Interest expense', neg(S['interest'])),
            row('Provision for income taxes', neg(S['tax'])),
            srow('Depreciation and amortization', 'x_da'),
            srow('Restructuring and transaction costs', 'x_rtc'),
            srow('Share-based compensation', 'sbc'),
            srow('ADJUSTED EBITDA', 'adj_ebitda', True),
        )),
    ]
    return "\n\n".join(" ".join(s.split()) if not s.startswith(('|', '-')) else s for s in parts)


RELEASE_STEM = "sunmarsh_vacation_q3_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.md"
    target.write_text(release_md(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
