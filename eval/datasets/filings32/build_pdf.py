"""Build the two filings of the held-out set filings32 (eval/datasets/filings32/docs/).

The earnings release is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header,
"Page N of M" footer, fixed creation date, so a rebuild without text changes gives the same file); the 10-K is an HTML
filing as EDGAR renders one (tenk_html). The companies and every figure are fictional. Both filers report in thousands
of dollars; figures are held here as integers in thousands, statement totals are summed here, and asserts check that
the statements foot and cross-foot.

    .venv/bin/python eval/datasets/filings32/build_pdf.py      # writes docs/*.pdf and docs/*.html
"""

from __future__ import annotations

import html
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_root = HERE.parents[2] if (HERE.parents[2] / "corpus" / "build_pdfs.py").is_file() else Path("/work/main")
_spec = importlib.util.spec_from_file_location("mia_corpus_build_pdfs", _root / "corpus" / "build_pdfs.py")
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


def reps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


# ---------------------------------------------------------------------------------------------------------------
# Larkhall Vision Centers, Inc.: Form 10-K, fiscal 2025 (52/53-week years ending on the Saturday nearest December 31:
# fiscal 2025 = the 53 weeks ended January 3, 2026; fiscal 2024 = 52 weeks ended December 28, 2024; fiscal 2023 = 52
# weeks ended December 30, 2023; fiscal 2026 will be 52 weeks ending January 2, 2027), $000s.
L = dict(
    product=[1_284_512, 1_176_318, 1_089_406],   # net product sales (eyeglasses, contact lenses)
    exam=[241_806, 218_412, 199_318],            # eye exam and service revenue
    mc=[58_912, 52_406, 47_118],                 # managed-care revenue (Larkhall VisionPlan premiums and fees)
    cop=[582_406, 538_912, 503_218],             # costs of products
    cos=[214_318, 193_806, 177_412],             # costs of services and plans
    sga=[503_912, 462_318, 428_906],
    da=[71_406, 64_218, 58_906],
    impair=[6_318, 3_912, 2_406],                # asset impairment (store closures)
    interest=[24_318, 27_906, 29_412],
    rate=[0.246, 0.251, 0.249],
    basic=[77_806, 78_612, 79_418],
    diluted=[78_412, 79_306, 80_118],
)
L['rev'] = add(L['product'], L['exam'], L['mc'])
L['costs'] = add(L['cop'], L['cos'], L['sga'], L['da'], L['impair'])
L['opinc'] = sub(L['rev'], L['costs'])
L['pretax'] = sub(L['opinc'], L['interest'])
L['tax'] = [round(a * r) for a, r in zip(L['pretax'], L['rate'])]
L['ni'] = sub(L['pretax'], L['tax'])
WEEK53 = 27_400                                   # net revenue of the 53rd week (fiscal 2025), $000s
COMP = ['3.8%', '4.4%', '5.1%']                   # comparable store sales growth, 52-week basis
# Segments: Owned Stores + Host Stores = product + exam revenue; Managed Care = managed-care revenue.
L['r_host'] = [268_406, 271_918, 262_304]
L['r_owned'] = sub(add(L['product'], L['exam']), L['r_host'])
L['r_mc'] = L['mc']
L['o_owned'] = [228_406, 199_812, 178_306]
L['o_host'] = [29_118, 33_406, 32_918]
L['o_mc'] = [9_806, 8_412, 7_318]
L['corp'] = sub(L['opinc'], add(L['o_owned'], L['o_host'], L['o_mc']))
assert add(L['r_owned'], L['r_host'], L['r_mc']) == L['rev']
assert all(x < 0 for x in L['corp']) and all(x > 0 for x in L['ni'])

# Stores: (beginning, opened, closed) for fiscal 2025 and fiscal 2024
OWNED = {'2025': (812, 64, 9), '2024': (761, 58, 7)}
HOST = {'2025': (231, 4, 18), '2024': (236, 2, 7)}
for d in (OWNED, HOST):
    assert d['2025'][0] == d['2024'][0] + d['2024'][1] - d['2024'][2]


def ends(d, y):
    b, o, c = d[y]
    return b + o - c


LC = dict(
    sbc=[14_306, 12_918, 11_402],
    deferred=[3_118, -1_406, 2_204],
    recv=[-4_118, -2_906, -3_412],
    inv=[-12_406, -9_318, -7_912],
    apacc=[18_912, 6_418, 9_306],
    capex=[-98_406, -86_318, -79_412],
    acq=[-6_200, 0, -3_400],                      # acquisitions of optometric practices
    tl_repay=[-20_000, -20_000, -15_000],
    rev_borrow=[85_000, 40_000, 0],
    rev_repay=[-85_000, -40_000, 0],
    buyback=[-60_318, -45_206, -30_118],
)
LC['cfo'] = add(L['ni'], L['da'], L['impair'], LC['sbc'], LC['deferred'], LC['recv'], LC['inv'], LC['apacc'])
LC['cfi'] = add(LC['capex'], LC['acq'])
LC['cff'] = add(LC['tl_repay'], LC['rev_borrow'], LC['rev_repay'], LC['buyback'])
LC['net'] = add(LC['cfo'], LC['cfi'], LC['cff'])
LCASH24 = 96_418
LC['end'] = [LCASH24 + LC['net'][0], LCASH24, LCASH24 - LC['net'][1]]
LC['begin'] = sub(LC['end'], LC['net'])
assert add(LC['rev_borrow'], LC['rev_repay']) == [0, 0, 0] and LC['begin'][2] > 0

LDEBT = dict(tl=[340_000, 360_000], rev=[0, 0])
LDEBT['total'] = add(LDEBT['tl'], LDEBT['rev'])
LDEBT['current'] = [20_000, 20_000]
LDEBT['ltd'] = sub(LDEBT['total'], LDEBT['current'])
assert LDEBT['tl'][0] - LDEBT['tl'][1] == LC['tl_repay'][0]
L_MAT = [('2026', 20_000), ('2027', 20_000), ('2028', 25_000), ('2029', 275_000), ('Thereafter', 0)]
assert sum(v for _, v in L_MAT) == LDEBT['total'][0]
ROU_ADD = 40_000                                  # new operating leases, fiscal 2025 (non-cash)

LB = dict(
    cash=[LC['end'][0], LCASH24],
    recv=[31_806 - LC['recv'][0], 31_806],
    inv=[148_312 - LC['inv'][0], 148_312],
    prepaid=[22_418, 22_418],
    ppe=[412_906 - LC['capex'][0] - L['da'][0] - L['impair'][0], 412_906],
    rou=[486_312 + ROU_ADD, 486_312],
    goodwill=[318_406 - LC['acq'][0], 318_406],
    intang=[64_218, 64_218],
    other_a=[18_306, 18_306],
    apacc=[184_612 + LC['apacc'][0], 184_612],
    lease_cur=[78_406 + 8_000, 78_406],
    cur_debt=LDEBT['current'],
    ltd=LDEBT['ltd'],
    lease_lt=[452_118 + ROU_ADD - 8_000, 452_118],
    dtl=[38_912 + LC['deferred'][0], 38_912],
    other_l=[21_306, 21_306],
    common=[812, 812],
    apic=[618_406 + LC['sbc'][0], 618_406],
    treasury=[-184_306 + LC['buyback'][0], -184_306],
)
LB['cur_a'] = add(LB['cash'], LB['recv'], LB['inv'], LB['prepaid'])
LB['assets'] = add(LB['cur_a'], LB['ppe'], LB['rou'], LB['goodwill'], LB['intang'], LB['other_a'])
LB['cur_l'] = add(LB['apacc'], LB['lease_cur'], LB['cur_debt'])
LB['liab'] = add(LB['cur_l'], LB['ltd'], LB['lease_lt'], LB['dtl'], LB['other_l'])
_re24 = LB['assets'][1] - LB['liab'][1] - (LB['common'][1] + LB['apic'][1] + LB['treasury'][1])
LB['re'] = [_re24 + L['ni'][0], _re24]
LB['equity'] = add(LB['common'], LB['apic'], LB['re'], LB['treasury'])
LB['le'] = add(LB['liab'], LB['equity'])
assert LB['le'] == LB['assets'] and _re24 > 0
assert LB['cash'] == [LC['end'][0], LC['end'][1]] and LC['end'][1] == LC['begin'][0] and LC['end'][2] == LC['begin'][1]
L_BUY_SH = 2.1   # million shares repurchased in fiscal 2025

LY3 = ('', 'Fiscal 2025 (53 weeks)', 'Fiscal 2024 (52 weeks)', 'Fiscal 2023 (52 weeks)')
LBS2 = ('', 'January 3, 2026', 'December 28, 2024')


def _cells(tag, cells):
    return "".join(f"<{tag}>{html.escape(c, quote=False)}</{tag}>" for c in cells)


def _table(caption, unit, header, rows):
    out = [f'<p><b>{html.escape(caption, quote=False)}</b><br>{html.escape(unit, quote=False)}</p>',
           '<table border="1">', f"<tr>{_cells('th', header)}</tr>"]
    out += [f"<tr>{_cells('td', r)}</tr>" for r in rows]
    out.append('</table>')
    return "\n".join(out)


def lrow(label, key, dollar=False):
    return row(label, L[key], dollar)


def lbrow(label, key, dollar=False):
    return row(label, LB[key], dollar)


def lcrow(label, key, dollar=False):
    return row(label, LC[key], dollar)


def tenk_html() -> str:
    a, b = 0, 1
    eps = reps(L['ni'], L['diluted'])
    o25, h25 = ends(OWNED, '2025'), ends(HOST, '2025')
    o24, h24 = ends(OWNED, '2024'), ends(HOST, '2024')
    paras = [
        '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
        '<title>Larkhall Vision Centers, Inc. - Form 10-K for the fiscal year ended January 3, 2026</title>',
        '</head>', '<body>',
        """<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended January 3, 2026.
Commission File Number 001-41386. LARKHALL VISION CENTERS, INC. (Exact name of registrant as specified in its
charter), a Delaware corporation, I.R.S. Employer Identification No. 57-1184302, 300 Riverplace Drive, Greenville,
South Carolina 29601. Registrant's telephone number, including area code: (864) 555-0187.</p>""",
        _table('Securities registered pursuant to Section 12(b) of the Act', '',
               ('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
               (('Common Stock, $0.01 par value', 'LRKV', 'The Nasdaq Stock Market LLC'),)),
        """<p>Large accelerated filer [X]. The aggregate market value of the registrant's common stock held by
non-affiliates, based on the closing price on June 28, 2025, the last business day of the registrant's most recently
completed second fiscal quarter, was approximately $2.6 billion. As of February 20, 2026, 76,918,402 shares of common
stock were outstanding.</p>""",
        '<h2>PART I. Item 1. Business</h2>',
        f"""<p>Larkhall Vision Centers, Inc. ("Larkhall," "we," "us") is an optical retailer in the United States. Our
stores sell eyeglasses, sunglasses and contact lenses, and optometrists in or next to each store give eye exams. We
operate two store formats. Owned stores are Larkhall Vision Centers in strip centers and malls that we lease and run
ourselves. Host stores are vision centers we operate inside Bayridge Wholesale Club warehouse clubs under an agreement
with Bayridge that runs through 2030; we pay Bayridge rent based on a percentage of each host store's sales. We also
operate Larkhall VisionPlan, a licensed single-service managed-care plan that sells vision benefits to employers and
pays claims for their members' exams and eyewear, mainly at our stores. At January 3, 2026 we operated
{o25 + h25:,} stores in 38 states: {o25} owned stores and {h25} host stores.</p>""",
        _table('Store count', '(Number of stores)',
               ('', 'Owned stores fiscal 2025', 'Host stores fiscal 2025', 'Owned stores fiscal 2024',
                'Host stores fiscal 2024'),
               (('Beginning of year', str(OWNED['2025'][0]), str(HOST['2025'][0]), str(OWNED['2024'][0]),
                 str(HOST['2024'][0])),
                ('Opened', str(OWNED['2025'][1]), str(HOST['2025'][1]), str(OWNED['2024'][1]), str(HOST['2024'][1])),
                ('Closed', f"({OWNED['2025'][2]})", f"({HOST['2025'][2]})", f"({OWNED['2024'][2]})",
                 f"({HOST['2024'][2]})"),
                ('End of year', str(o25), str(h25), str(o24), str(h24)))),
        """<p>Fiscal year. Our fiscal year is the 52- or 53-week period ending on the Saturday nearest December 31.
Fiscal 2025 was the 53 weeks ended January 3, 2026; fiscal 2024 was the 52 weeks ended December 28, 2024 and fiscal
2023 the 52 weeks ended December 30, 2023. Fiscal 2026 will be the 52 weeks ending January 2, 2027.</p>""",
        """<p>Human capital. We had about 12,400 associates at January 3, 2026, compared with about 11,700 at December
28, 2024, of whom about 1,150 were optometrists we employ directly; in some states optometrists practice
independently next to our stores under state law.</p>""",
        '<h2>Item 1A. Risk Factors</h2>',
        """<p>Our host stores depend on Bayridge: if Bayridge closes clubs, loses members or does not renew our
agreement when it ends in 2030, we would lose those stores. We depend on attracting and keeping optometrists, and a
shortage of optometrists limits the exams we can give and our sales. Online sellers of contact lenses and eyeglasses
compete on price. Larkhall VisionPlan is regulated as a managed-care plan and must keep minimum statutory capital.</p>""",
        "<h2>Item 5. Market for Registrant's Common Equity</h2>",
        f"""<p>Our common stock trades on the Nasdaq Global Select Market under the symbol LRKV. We have not paid cash
dividends and have no plan to do so; our credit agreement limits them. During fiscal 2025 we repurchased
{L_BUY_SH} million shares for ${mil(-LC['buyback'][0])} million, compared with ${mil(-LC['buyback'][1])} million in
fiscal 2024. At January 3, 2026, $139.6 million remained under the share repurchase program authorized by our Board
in 2023.</p>""",
        "<h2>Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations</h2>",
        f"""<p>Overview. Amounts in this discussion are in millions of dollars; the financial statements are in thousands.
Net revenue was ${mil(L['rev'][a])} million in fiscal 2025, up {chg(L['rev'][a], L['rev'][b])} from
${mil(L['rev'][b])} million in fiscal 2024. Fiscal 2025 had 53 weeks; the 53rd week added about ${mil(WEEK53)} million
of net revenue. Net income was ${mil(L['ni'][a])} million, or {eps[a]} per diluted share, compared with
${mil(L['ni'][b])} million, or {eps[b]} per diluted share.</p>""",
        f"""<p>Comparable store sales. Comparable store sales grew {COMP[0]} in fiscal 2025, compared with {COMP[1]} in
fiscal 2024 and {COMP[2]} in fiscal 2023. We calculate comparable store sales on a 52-week basis, so the 53rd week of
fiscal 2025 is excluded; a store enters the comparable base in its thirteenth full month. The increase came from a
higher average ticket, as more customers chose progressive lenses and premium lens coatings, and from more eye exams
after we filled optometrist vacancies in owned stores. Fewer customer transactions in host stores, where Bayridge club
traffic was lower, partly offset these gains.</p>""",
        f"""<p>Store activity. We opened {OWNED['2025'][1]} owned stores and {HOST['2025'][1]} host stores in fiscal 2025
and closed {OWNED['2025'][2]} owned stores and {HOST['2025'][2]} host stores. Most host store closures followed
Bayridge's decision to close underperforming clubs in the Midwest. Asset impairment of ${mil(L['impair'][a])} million
related mainly to closed and underperforming stores.</p>""",
        f"""<p>Segments. Host Stores segment revenue fell to ${mil(L['r_host'][a])} million from
${mil(L['r_host'][b])} million despite the 53rd week, because of the closures, and segment operating income fell to
${mil(L['o_host'][a])} million from ${mil(L['o_host'][b])} million as fixed optometrist and staffing costs were spread
over fewer transactions. Managed-care revenue rose {chg(L['mc'][a], L['mc'][b])} to ${mil(L['mc'][a])} million
because two large employers in the Carolinas chose Larkhall VisionPlan for 2025.</p>""",
        f"""<p>Costs. Costs of products were {pct(L['cop'][a], L['product'][a])} of net product sales, compared with
{pct(L['cop'][b], L['product'][b])}, as lens costs fell under a new supply agreement. Selling, general and
administrative expenses were ${mil(L['sga'][a])} million. Interest expense fell to ${mil(L['interest'][a])} million
because of lower term loan balances.</p>""",
        f"""<p>Liquidity and capital resources. Net cash provided by operating activities was ${mil(LC['cfo'][a])}
million in fiscal 2025, compared with ${mil(LC['cfo'][b])} million. Capital expenditures were ${mil(-LC['capex'][a])}
million, mainly for new stores and remodels; we also paid ${mil(-LC['acq'][a])} million for three optometric
practices. We borrowed ${mil(LC['rev_borrow'][a])} million under our revolving credit facility during fiscal 2025 to
fund inventory ahead of the back-to-school season and repaid all of it by the end of the third quarter; the largest
balance outstanding was $45.0 million, in April 2025. At January 3, 2026 we had ${mil(LB['cash'][a])} million of cash
and cash equivalents and no borrowings under the revolving credit facility. For fiscal 2026 we plan to open about 70
owned stores and expect capital expenditures of $105 million to $115 million.</p>""",
        '<h2>CONSOLIDATED STATEMENTS OF INCOME</h2>',
        _table('Larkhall Vision Centers, Inc. Consolidated Statements of Income',
               '(In thousands, except per share amounts)', LY3, (
                   lrow('Net product sales', 'product', True),
                   lrow('Eye exam and service revenue', 'exam'),
                   lrow('Managed-care revenue', 'mc'),
                   lrow('Total net revenue', 'rev', True),
                   lrow('Costs of products', 'cop'),
                   lrow('Costs of services and plans', 'cos'),
                   lrow('Selling, general and administrative expenses', 'sga'),
                   lrow('Depreciation and amortization', 'da'),
                   lrow('Asset impairment', 'impair'),
                   lrow('Total costs and expenses', 'costs'),
                   lrow('Operating income', 'opinc'),
                   lrow('Interest expense, net', 'interest'),
                   lrow('Income before income taxes', 'pretax'),
                   lrow('Income tax provision', 'tax'),
                   lrow('Net income', 'ni', True),
                   ('Earnings per share - basic', *reps(L['ni'], L['basic'])),
                   ('Earnings per share - diluted', *eps),
                   lrow('Weighted average shares outstanding - basic', 'basic'),
                   lrow('Weighted average shares outstanding - diluted', 'diluted'),
               )),
        '<h2>CONSOLIDATED BALANCE SHEETS</h2>',
        _table('Larkhall Vision Centers, Inc. Consolidated Balance Sheets', '(In thousands, except par value)', LBS2, (
            lbrow('Cash and cash equivalents', 'cash', True),
            lbrow('Accounts receivable, net', 'recv'),
            lbrow('Inventories', 'inv'),
            lbrow('Prepaid expenses and other current assets', 'prepaid'),
            lbrow('Total current assets', 'cur_a'),
            lbrow('Property and equipment, net', 'ppe'),
            lbrow('Operating lease right-of-use assets', 'rou'),
            lbrow('Goodwill', 'goodwill'),
            lbrow('Trade name and other intangible assets, net', 'intang'),
            lbrow('Other assets', 'other_a'),
            lbrow('Total assets', 'assets', True),
            lbrow('Accounts payable and accrued liabilities', 'apacc'),
            lbrow('Current operating lease liabilities', 'lease_cur'),
            lbrow('Current maturities of long-term debt', 'cur_debt'),
            lbrow('Total current liabilities', 'cur_l'),
            lbrow('Long-term debt, less current maturities', 'ltd'),
            lbrow('Long-term operating lease liabilities', 'lease_lt'),
            lbrow('Deferred income taxes', 'dtl'),
            lbrow('Other liabilities', 'other_l'),
            lbrow('Total liabilities', 'liab'),
            lbrow('Common stock, $0.01 par value', 'common'),
            lbrow('Additional paid-in capital', 'apic'),
            lbrow('Retained earnings', 're'),
            lbrow('Treasury stock, at cost', 'treasury'),
            lbrow("Total stockholders' equity", 'equity'),
            lbrow("Total liabilities and stockholders' equity", 'le', True),
        )),
        '<h2>CONSOLIDATED STATEMENTS OF CASH FLOWS</h2>',
        _table('Larkhall Vision Centers, Inc. Consolidated Statements of Cash Flows', '(In thousands)', LY3, (
            row('Net income', L['ni'], True),
            lrow('Depreciation and amortization', 'da'),
            lrow('Asset impairment', 'impair'),
            lcrow('Stock-based compensation', 'sbc'),
            lcrow('Deferred income taxes', 'deferred'),
            lcrow('Accounts receivable', 'recv'),
            lcrow('Inventories', 'inv'),
            lcrow('Accounts payable and accrued liabilities', 'apacc'),
            lcrow('Net cash provided by operating activities', 'cfo'),
            lcrow('Purchases of property and equipment', 'capex'),
            lcrow('Acquisitions of optometric practices', 'acq'),
            lcrow('Net cash used in investing activities', 'cfi'),
            lcrow('Repayments of term loan', 'tl_repay'),
            lcrow('Borrowings under revolving credit facility', 'rev_borrow'),
            lcrow('Repayments under revolving credit facility', 'rev_repay'),
            lcrow('Repurchases of common stock', 'buyback'),
            lcrow('Net cash used in financing activities', 'cff'),
            lcrow('Net increase (decrease) in cash and cash equivalents', 'net'),
            lcrow('Cash and cash equivalents, beginning of year', 'begin'),
            lcrow('Cash and cash equivalents, end of year', 'end', True),
        )),
        '<h2>Note 9. Long-Term Debt</h2>',
        f"""<p>Our credit agreement provides a term loan A and a $250.0 million revolving credit facility, both
maturing in March 2029. The term loan bears interest at SOFR plus 1.75% and had ${mil(LDEBT['tl'][a])} million
outstanding at January 3, 2026 (${mil(LDEBT['tl'][b])} million at December 28, 2024); it amortizes in quarterly
installments, and the remaining balance is due at maturity. No borrowings were outstanding under the revolving credit
facility at either date; letters of credit of $8.2 million reduced the amount we could draw to $241.8 million. The
credit agreement requires a net leverage ratio of no more than 3.75 times and a fixed charge coverage ratio of at least
1.25 times; we were in compliance at January 3, 2026.</p>""",
        _table('Scheduled principal payments at January 3, 2026', '(In thousands)', ('Fiscal year', 'Principal'),
               tuple((y, k(v, nil='-')) for y, v in L_MAT) + (('Total', k(LDEBT['total'][a], True)),)),
        '<h2>Note 14. Segment Information</h2>',
        """<p>Our reportable segments are Owned Stores, Host Stores and Managed Care. Owned Stores and Host Stores
revenue is net product sales and eye exam and service revenue of each store format; Managed Care revenue is
Larkhall VisionPlan's premiums and fees from employers. Our chief operating decision maker reviews segment revenue and
segment operating income; corporate costs (executive, finance, information technology and distribution center
overhead) are not allocated. Segment assets are not reviewed.</p>""",
        _table('Segment information', '(In thousands)', LY3, (
            lrow('Revenue: Owned Stores', 'r_owned', True),
            lrow('Host Stores', 'r_host'),
            lrow('Managed Care', 'r_mc'),
            lrow('Total net revenue', 'rev', True),
            lrow('Segment operating income: Owned Stores', 'o_owned', True),
            lrow('Host Stores', 'o_host'),
            lrow('Managed Care', 'o_mc'),
            lrow('Corporate costs', 'corp'),
            lrow('Operating income', 'opinc', True),
        )),
        '</body>', '</html>', '',
    ]
    return "\n".join(" ".join(s.split()) if s.startswith(('<p>', '<ul>')) else s for s in paras)


TENK_STEM = "larkhall_vision_centers_10k_fy2025"


# ---------------------------------------------------------------------------------------------------------------
# Tallowmere Lift Holdings, Inc.: earnings release (Form 8-K Exhibit 99.1), fourth quarter and full year 2025, $000s.
# Columns: Q4 2025, Q4 2024, full year 2025, full year 2024.
C = dict(
    rental=[318_406, 296_118, 1_198_512, 1_104_306],   # equipment rental revenue
    used=[42_918, 51_306, 148_212, 162_918],           # sales of used equipment
    service=[27_306, 24_812, 101_418, 92_306],         # service and other revenue
    c_rental=[118_912, 109_406, 452_318, 418_906],     # cost of equipment rentals, excluding depreciation
    dep=[78_406, 71_918, 302_118, 276_406],            # depreciation of rental equipment
    c_used=[29_118, 33_906, 98_406, 105_318],          # cost of used equipment sold
    c_service=[18_406, 16_918, 68_912, 62_418],        # cost of service and other revenue
    sga=[41_306, 38_912, 162_418, 151_206],
    nrda=[6_918, 6_406, 26_812, 25_118],               # non-rental depreciation and amortization
    restr=[4_812, 0, 4_812, 0],                        # branch consolidation costs
    interest=[28_406, 30_918, 116_312, 121_806],
    rate=[0.245, 0.250, 0.247, 0.251],
    basic=[40_912, 42_506, 41_618, 42_806],
    diluted=[41_306, 42_918, 42_018, 43_206],
    sbc=[3_918, 3_406, 15_312, 13_918],                # stock-based compensation (in SG&A)
)
C['rev'] = add(C['rental'], C['used'], C['service'])
C['costs'] = add(C['c_rental'], C['dep'], C['c_used'], C['c_service'], C['sga'], C['nrda'], C['restr'])
C['opinc'] = sub(C['rev'], C['costs'])
C['pretax'] = sub(C['opinc'], C['interest'])
C['tax'] = [round(a * r) for a, r in zip(C['pretax'], C['rate'])]
C['ni'] = sub(C['pretax'], C['tax'])
C['ebitda'] = add(C['ni'], C['tax'], C['interest'], C['dep'], C['nrda'])
C['adj'] = add(C['ebitda'], C['sbc'], C['restr'])
assert C['adj'] == add(C['opinc'], C['dep'], C['nrda'], C['sbc'], C['restr'])
assert all(x > 0 for x in C['ni'])
ADJM = [pct(x, r) for x, r in zip(C['adj'], C['rev'])]
OEC = [4_386.2, 4_012.8]           # rental fleet original equipment cost at December 31, $ millions
AVG_OEC = [4_298.4, 3_968.1, 4_188.6, 3_876.4]
UTIL = ['71.8%', '74.2%', '73.4%', '74.9%']   # time utilization
UNITS = [13_218, 12_706]           # rental fleet units at December 31
CF = dict(cfo=[512_406, 478_918], rcapex=[-498_312, -452_906], proceeds=[148_212, 162_918], nrcapex=[-18_406, -15_312])
CF['fcf'] = add(CF['cfo'], CF['rcapex'], CF['proceeds'], CF['nrcapex'])
assert CF['proceeds'] == [C['used'][2], C['used'][3]]
DEBT = [2_418_600, 2_350_000]
CASH = [38_412, 42_306]
NETDEBT = sub(DEBT, CASH)
LEV = [f"{n / e:.1f}x" for n, e in zip(NETDEBT, (C['adj'][2], C['adj'][3]))]
BUYBACK = dict(q_amt=28_100, fy_amt=96_300, fy_sh='1.4', left=41_200, new=250_000)
assert BUYBACK['fy_amt'] < CF['fcf'][0]
OUTLOOK = (
    ('Total revenue', '$1,500 million to $1,560 million'),
    ('Adjusted EBITDA (non-GAAP)', '$705 million to $735 million'),
    ('Sales of used equipment', '$130 million to $150 million'),
    ('Gross rental capital expenditures', '$520 million to $580 million'),
    ('Free cash flow (non-GAAP)', '$180 million to $220 million'),
)
C_HEAD = ('', 'Q4 2025', 'Q4 2024', 'Full year 2025', 'Full year 2024')


def crow(label, key, dollar=False):
    return row(label, C[key], dollar)


q, pq, n, pn = 0, 1, 2, 3
EPS = reps(C['ni'], C['diluted'])

TALLOWMERE = Report(
    stem="tallowmere_lift_q4_2025_earnings_release",
    title="Tallowmere Lift Holdings, Inc. - Exhibit 99.1 - Fourth Quarter and Full Year 2025 Results",
    running_title="Tallowmere Lift Holdings, Inc. | Exhibit 99.1 | Q4 and full year 2025",
    date="February 18, 2026",
    iso_date="2026-02-18",
    keywords=("Tallowmere Lift", "earnings release", "crane rental", "fourth quarter 2025"),
    pages=(
        (
            p("Exhibit 99.1"),
            h("Tallowmere Lift Holdings Reports Fourth Quarter and Full Year 2025 Results and Issues 2026 Outlook"),
            p(f"""HOUSTON, Texas, February 18, 2026 -- Tallowmere Lift Holdings, Inc. (NYSE: TLFT), which rents crawler
cranes, all-terrain and rough-terrain cranes, boom trucks and aerial work platforms from 64 branches in the United
States and Canada, today reported results for the fourth quarter and year ended December 31, 2025. Dollar amounts in
the tables are in thousands, except per-share amounts and operating statistics; amounts in the text are in
millions."""),
            h("Fourth Quarter 2025 Highlights"),
            p(f"""Total revenue of ${mil(C['rev'][q])} million, compared with ${mil(C['rev'][pq])} million in the fourth
quarter of 2024, a change of {chg(C['rev'][q], C['rev'][pq])}. Equipment rental revenue of ${mil(C['rental'][q])}
million, up {chg(C['rental'][q], C['rental'][pq])}. Net income of ${mil(C['ni'][q])} million, or {EPS[q]} per diluted
share, compared with ${mil(C['ni'][pq])} million, or {EPS[pq]}. Adjusted EBITDA (non-GAAP) of ${mil(C['adj'][q])}
million, a margin of {ADJM[q]}, compared with ${mil(C['adj'][pq])} million. Time utilization of {UTIL[q]}, compared
with {UTIL[pq]}."""),
            p(f""""Rental rates held up well in 2025, and our crawler crane fleet stayed busy on power-generation and
data-center work," said Marguerite Osei, Chief Executive Officer. "We took delivery of a large group of new cranes in
the fourth quarter, ahead of projects that start this spring, and we returned ${mil(BUYBACK['fy_amt'])} million to
shareholders through buybacks while keeping our leverage steady.\""""),
            h("Fourth Quarter Results"),
            p(f"""Equipment rental revenue grew because rental rates rose about 4% and the average fleet was larger;
average original equipment cost (OEC) was ${AVG_OEC[q]:,.1f} million, compared with ${AVG_OEC[pq]:,.1f} million. Time
utilization fell to {UTIL[q]} from {UTIL[pq]} because about $190 million of new cranes arrived in October and
November, before the projects they were bought for began, and because two liquefied natural gas projects on the Gulf
Coast delayed their heavy-lift work into 2026. Sales of used equipment fell to ${mil(C['used'][q])} million from
${mil(C['used'][pq])} million as we kept older cranes in the fleet to serve demand. The quarter included
${mil(C['restr'][q])} million of branch consolidation costs for closing four small branches in Oklahoma and Kansas;
they are excluded from Adjusted EBITDA."""),
        ),
        (
            h("Full Year 2025 Results"),
            p(f"""For 2025, total revenue was ${mil(C['rev'][n])} million, up {chg(C['rev'][n], C['rev'][pn])}, and
equipment rental revenue was ${mil(C['rental'][n])} million, up {chg(C['rental'][n], C['rental'][pn])}. Net income was
${mil(C['ni'][n])} million, or {EPS[n]} per diluted share, compared with ${mil(C['ni'][pn])} million, or {EPS[pn]}.
Adjusted EBITDA was ${mil(C['adj'][n])} million, a margin of {ADJM[n]}, compared with ${mil(C['adj'][pn])} million.
Time utilization for the year was {UTIL[n]}, compared with {UTIL[pn]}."""),
            h("Fleet, Cash Flow and Capital"),
            p(f"""Rental fleet OEC was ${OEC[0]:,.1f} million at December 31, 2025, compared with ${OEC[1]:,.1f} million
a year earlier, and the fleet had {UNITS[0]:,} units, compared with {UNITS[1]:,}. We spent ${mil(-CF['rcapex'][0])}
million on rental equipment in 2025 and received ${mil(CF['proceeds'][0])} million from sales of used equipment. Net
cash provided by operating activities was ${mil(CF['cfo'][0])} million and free cash flow (non-GAAP) was
${mil(CF['fcf'][0])} million, compared with ${mil(CF['fcf'][1])} million in 2024. At December 31, 2025, total debt was
${mil(DEBT[0])} million and cash was ${mil(CASH[0])} million; net leverage (net debt divided by full-year Adjusted
EBITDA) was {LEV[0]}, compared with {LEV[1]} at December 31, 2024. Our $1.25 billion asset-based revolving credit
facility had $612.5 million of availability."""),
            h("Share Repurchases"),
            p(f"""We repurchased {BUYBACK['fy_sh']} million shares for ${mil(BUYBACK['fy_amt'])} million in 2025,
including ${mil(BUYBACK['q_amt'])} million in the fourth quarter. ${mil(BUYBACK['left'])} million remained under the
2024 program at December 31, 2025. On February 17, 2026 our Board authorized a new ${mil(BUYBACK['new'])} million
repurchase program, which replaces the remainder of the 2024 program and runs through December 31, 2027."""),
            h("2026 Outlook"),
            p("""Tallowmere issued the following outlook for the year ending December 31, 2026:"""),
            Table(caption='Full year 2026 outlook', unit='', header=('Measure', 'Range'), rows=OUTLOOK),
            p("""The outlook assumes rental rates up 2% to 3%, the delayed Gulf Coast projects starting in the second
quarter and no acquisitions. Gross rental capital expenditures are expected to be lower than in 2025 because the
fourth-quarter deliveries pulled some 2026 spending into 2025."""),
            h("Non-GAAP Financial Measures"),
            p("""Adjusted EBITDA is net income before interest expense, income taxes, depreciation of rental equipment
and non-rental depreciation and amortization, further adjusted for stock-based compensation and branch consolidation
costs. Adjusted EBITDA margin is Adjusted EBITDA divided by total revenue. Free cash flow is net cash provided by
operating activities less purchases of rental equipment and non-rental property and equipment, plus proceeds from
sales of used equipment. These measures are not substitutes for measures prepared under GAAP."""),
        ),
        (
            Table(
                caption='CONDENSED CONSOLIDATED STATEMENTS OF INCOME',
                unit='(Unaudited; in thousands, except per share data)',
                header=C_HEAD,
                rows=(
                    crow('Equipment rentals', 'rental', True),
                    crow('Sales of used equipment', 'used'),
                    crow('Service and other revenue', 'service'),
                    crow('Total revenue', 'rev', True),
                    crow('Cost of equipment rentals, excluding depreciation', 'c_rental'),
                    crow('Depreciation of rental equipment', 'dep'),
                    crow('Cost of used equipment sold', 'c_used'),
                    crow('Cost of service and other revenue', 'c_service'),
                    crow('Selling, general and administrative expenses', 'sga'),
                    crow('Non-rental depreciation and amortization', 'nrda'),
                    crow('Branch consolidation costs', 'restr'),
                    crow('Total costs and expenses', 'costs'),
                    crow('Operating income', 'opinc'),
                    crow('Interest expense, net', 'interest'),
                    crow('Income before income taxes', 'pretax'),
                    crow('Provision for income taxes', 'tax'),
                    crow('Net income', 'ni', True),
                    ('Earnings per share - basic', *reps(C['ni'], C['basic'])),
                    ('Earnings per share - diluted', *EPS),
                    crow('Weighted average shares - diluted', 'diluted'),
                ),
            ),
        ),
        (
            Table(
                caption='RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA (NON-GAAP)',
                unit='(In thousands)',
                header=C_HEAD,
                rows=(
                    crow('Net income', 'ni', True),
                    crow('Provision for income taxes', 'tax'),
                    crow('Interest expense, net', 'interest'),
                    crow('Depreciation of rental equipment', 'dep'),
                    crow('Non-rental depreciation and amortization', 'nrda'),
                    crow('EBITDA', 'ebitda'),
                    crow('Stock-based compensation', 'sbc'),
                    crow('Branch consolidation costs', 'restr'),
                    crow('Adjusted EBITDA', 'adj', True),
                    ('Adjusted EBITDA margin', *ADJM),
                ),
            ),
            Table(
                caption='OPERATING STATISTICS',
                unit='(Dollars in millions)',
                header=C_HEAD,
                rows=(
                    ('Average original equipment cost (OEC)', *(f"${x:,.1f}" for x in AVG_OEC)),
                    ('Time utilization', *UTIL),
                    ('Rental fleet OEC, end of period', f"${OEC[0]:,.1f}", f"${OEC[1]:,.1f}", f"${OEC[0]:,.1f}",
                     f"${OEC[1]:,.1f}"),
                    ('Rental fleet units, end of period', f"{UNITS[0]:,}", f"{UNITS[1]:,}", f"{UNITS[0]:,}",
                     f"{UNITS[1]:,}"),
                ),
            ),
            Table(
                caption='SELECTED CASH FLOW INFORMATION AND FREE CASH FLOW (NON-GAAP)',
                unit='(In thousands)',
                header=('', 'Full year 2025', 'Full year 2024'),
                rows=(
                    row('Net cash provided by operating activities', CF['cfo'], True),
                    row('Purchases of rental equipment', CF['rcapex']),
                    row('Proceeds from sales of used equipment', CF['proceeds']),
                    row('Purchases of non-rental property and equipment', CF['nrcapex']),
                    row('Free cash flow', CF['fcf'], True),
                ),
            ),
            Table(
                caption='NET DEBT AND NET LEVERAGE',
                unit='(In thousands)',
                header=('', 'December 31, 2025', 'December 31, 2024'),
                rows=(
                    row('Total debt', DEBT, True),
                    row('Less: cash and cash equivalents', neg(CASH)),
                    row('Net debt', NETDEBT, True),
                    row('Adjusted EBITDA (full year)', [C['adj'][2], C['adj'][3]]),
                    ('Net leverage', *LEV),
                ),
            ),
        ),
    ),
)

REPORTS = (TALLOWMERE,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{TENK_STEM}.html"
    target.write_text(tenk_html(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
