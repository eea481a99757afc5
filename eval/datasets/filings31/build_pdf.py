"""Build the two filings of the held-out set filings31 (eval/datasets/filings31/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is a
Markdown exhibit (release_md). The companies and every figure are fictional. Both filers report in thousands of
dollars; figures are held here as integers in thousands, statement totals are summed here, and the asserts below
check that the statements foot and cross-foot.

    .venv/bin/python eval/datasets/filings31/build_pdf.py      # writes docs/*.pdf and docs/*.md
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_corpus = HERE.parents[2] / "corpus" / "build_pdfs.py"
if not _corpus.exists():  # written outside the repository, before the lead copied it in
    _corpus = Path("/work/main/corpus/build_pdfs.py")
_spec = importlib.util.spec_from_file_location("mia_corpus_build_pdfs", _corpus)
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


def pct(a, b):
    return f"{a / b * 100:.1f}%"


def chg(a, b):
    return f"{(a - b) / b * 100:.1f}%"


def mil(v):
    return f"{v / 1000:,.1f}"


def reps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


# ---------------------------------------------------------------------------------------------------------------
# Halvorsen Tax Services, Inc.: Form 10-K, fiscal year ended April 30, 2026 (fiscal 2026 = May 1, 2025 - April 30,
# 2026; its fourth quarter is February - April 2026), $000s. Columns: fiscal 2026, 2025, 2024.
RET_CO = [2_184, 2_126, 2_071]                   # returns prepared in company-owned offices, thousands
FEE_CO = [271.40, 259.80, 248.60]                # average net fee per company-owned return, dollars
RET_FR = [1_406, 1_431, 1_452]                   # returns prepared in franchise offices, thousands
DPS = [1.44, 1.36, 1.28]                         # dividends per share paid (four quarterly payments)
T = dict(
    r_co=[round(a * b) for a, b in zip(RET_CO, FEE_CO)],   # company-owned office tax preparation fees
    r_roy=[58_906, 57_418, 56_112],              # royalties from franchisees
    r_fp=[71_318, 66_904, 63_205],               # financial products (refund transfers, Halvorsen Card, refund advances)
    comp=[268_406, 256_118, 246_905],            # compensation and benefits
    occ=[98_214, 95_806, 93_418],                # occupancy
    mkt=[61_905, 58_412, 57_106],                # marketing and advertising
    fpc=[24_118, 22_906, 21_304],                # cost of financial products, including credit losses
    da=[31_406, 29_918, 28_512],
    ga=[83_912, 80_418, 77_306],
    interest=[21_406, 22_918, 23_612],
    other=[6_118, 4_906, 3_215],                 # other income, net
    rate=[0.238, 0.243, 0.241],
    basic=[40_118, 41_406, 42_612],
    diluted=[40_612, 41_918, 43_105],
)
T['r_tax'] = add(T['r_co'], T['r_roy'])          # Tax Services segment revenue
T['rev'] = add(T['r_tax'], T['r_fp'])
T['opex'] = add(T['comp'], T['occ'], T['mkt'], T['fpc'], T['da'], T['ga'])
T['opinc'] = sub(T['rev'], T['opex'])
T['pretax'] = add(sub(T['opinc'], T['interest']), T['other'])
T['tax'] = [round(a * r) for a, r in zip(T['pretax'], T['rate'])]
T['ni'] = sub(T['pretax'], T['tax'])
T['o_tax'] = [178_912, 166_418, 155_306]         # segment income, Tax Services
T['o_fp'] = [38_406, 35_918, 33_112]             # segment income, Financial Products
T['corp'] = sub(T['opinc'], add(T['o_tax'], T['o_fp']))
assert all(x < 0 for x in T['corp']) and all(x > 0 for x in T['ni'])
Q4_REV = 608_412                                 # fourth fiscal quarter (February - April 2026) revenues
assert 0.8 < Q4_REV / T['rev'][0] < 0.9

TC = dict(
    da=T['da'],
    sbc=[11_205, 10_418, 9_806],
    deferred=[-1_918, 2_406, 1_118],
    prov=[9_312, 8_806, 8_118],                  # provision for credit losses (refund advances), within fpc
    recv=[-6_418, 3_205, -4_912],                # receivables
    wc=[8_106, -5_318, 3_906],                   # accounts payable, accrued and other, net
    capex=[-34_918, -29_406, -27_118],
    acq=[-18_406, -9_118, -12_305],              # acquisitions of franchised offices
    rev_borrow=[412_000, 385_000, 360_000],      # seasonal revolver borrowings
    rev_repay=[-412_000, -385_000, -360_000],
    tl_repay=[-15_000, -15_000, -15_000],
    div=[-round(d * s) for d, s in zip(DPS, T['basic'])],
    buyback=[-60_412, -52_318, -45_906],
)
assert all(x <= T['fpc'][i] for i, x in enumerate(TC['prov']))
TC['cfo'] = add(T['ni'], TC['da'], TC['sbc'], TC['deferred'], TC['prov'], TC['recv'], TC['wc'])
TC['cfi'] = add(TC['capex'], TC['acq'])
TC['cff'] = add(TC['rev_borrow'], TC['rev_repay'], TC['tl_repay'], TC['div'], TC['buyback'])
TC['net'] = add(TC['cfo'], TC['cfi'], TC['cff'])
TCASH25 = 412_306
TC['end'] = [TCASH25 + TC['net'][0], TCASH25, TCASH25 - TC['net'][1]]
TC['begin'] = sub(TC['end'], TC['net'])
assert TC['begin'][1] == TC['end'][2] and TC['begin'][0] == TC['end'][1]

DEBT = dict(tl=[120_000, 135_000], notes=[350_000, 350_000])     # term loan (amortizing) and 4.50% senior notes
DEBT['total'] = add(DEBT['tl'], DEBT['notes'])
DEBT['current'] = [15_000, 15_000]
DEBT['ltd'] = sub(DEBT['total'], DEBT['current'])
assert DEBT['tl'][0] - DEBT['tl'][1] == TC['tl_repay'][0]
DEPR = 24_106                                    # depreciation of property; the rest of D&A is amortization
AMORT = T['da'][0] - DEPR

TB = dict(
    cash=[TC['end'][0], TCASH25],
    recv=[48_912 - TC['recv'][0] - TC['prov'][0], 48_912],
    prepaid=[31_406, 31_406],
    ppe=[142_318 - TC['capex'][0] - DEPR, 142_318],
    gi=[486_204 - TC['acq'][0] - AMORT, 486_204],   # goodwill and intangible assets, net
    other_a=[38_206, 38_206],
    ap=[118_406 + TC['wc'][0], 118_406],
    defrev=[27_318, 27_318],
    cur_debt=DEBT['current'],
    ltd=DEBT['ltd'],
    dtl=[24_118 + TC['deferred'][0], 24_118],
    other_l=[41_206, 41_206],
    common=[412, 412],
    apic=[318_906 + TC['sbc'][0], 318_906],
    treasury=[-286_418 + TC['buyback'][0], -286_418],
)
TB['cur_a'] = add(TB['cash'], TB['recv'], TB['prepaid'])
TB['assets'] = add(TB['cur_a'], TB['ppe'], TB['gi'], TB['other_a'])
TB['cur_l'] = add(TB['ap'], TB['defrev'], TB['cur_debt'])
TB['liab'] = add(TB['cur_l'], TB['ltd'], TB['dtl'], TB['other_l'])
_re25 = TB['assets'][1] - TB['liab'][1] - (TB['common'][1] + TB['apic'][1] + TB['treasury'][1])
TB['re'] = [_re25 + T['ni'][0] + TC['div'][0], _re25]
TB['equity'] = add(TB['common'], TB['apic'], TB['re'], TB['treasury'])
TB['le'] = add(TB['liab'], TB['equity'])
assert TB['le'] == TB['assets'] and _re25 > 0 and TC['begin'][2] > 0 and TB['recv'][0] > 0
H_MAT = [('2027', 15_000), ('2028', 15_000), ('2029', 365_000), ('2030', 75_000), ('2031', 0)]
assert sum(v for _, v in H_MAT) == DEBT['total'][0]

TY3 = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')
TBS2 = ('', 'April 30, 2026', 'April 30, 2025')


def trow(label, key, dollar=False):
    return row(label, T[key], dollar)


def tbrow(label, key, dollar=False):
    return row(label, TB[key], dollar)


def tcrow(label, key, dollar=False):
    return row(label, TC[key], dollar)


H_EPS = reps(T['ni'], T['diluted'])

HALVORSEN_10K = Report(
    stem="halvorsen_tax_services_10k_fy2026",
    title="Halvorsen Tax Services, Inc. - Annual Report on Form 10-K for the fiscal year ended April 30, 2026",
    running_title="Halvorsen Tax Services, Inc. | Form 10-K fiscal 2026",
    date="June 24, 2026",
    iso_date="2026-06-24",
    keywords=("Halvorsen Tax Services", "10-K", "tax preparation", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended April 30, 2026.
Commission File Number 001-38815. HALVORSEN TAX SERVICES, INC. (Exact name of registrant as specified in its
charter), a Nebraska corporation, I.R.S. Employer Identification No. 47-3308126, 2200 Farnam Street, Omaha, Nebraska
68102. Registrant's telephone number, including area code: (402) 555-0177."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(('Common Stock, $0.01 par value', 'HTAX', 'New York Stock Exchange'),),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the registrant's common stock held by
non-affiliates, based on the closing price on October 31, 2025, the last business day of the registrant's most
recently completed second fiscal quarter, was approximately $3.4 billion. As of June 12, 2026, 39,706,214 shares of
common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p("""Halvorsen Tax Services, Inc. ("Halvorsen," "we," "us") prepares individual income tax returns in
person in the United States through company-owned offices and through offices run by franchisees under the
Halvorsen name. At April 30, 2026 there were 2,118 company-owned offices and 1,342 franchise offices, compared with
2,076 and 1,377 at April 30, 2025; during fiscal 2026 we bought 38 offices from franchisees. Franchisees pay us a
royalty on the tax preparation fees they collect. We do not sell do-it-yourself tax software."""),
            p("""Our fiscal year ends on April 30. Fiscal 2026 began on May 1, 2025 and ended on April 30, 2026. Our
business is highly seasonal: most returns are prepared between late January and the April filing deadline, so the
fourth fiscal quarter (February through April) produces most of our revenues, and we normally report a loss in each
of the first three fiscal quarters."""),
            p("""We have two reportable segments. Tax Services prepares returns in company-owned offices and collects
franchise royalties. Financial Products offers refund transfers, which let clients pay our fees from their refund,
the Halvorsen Card, a prepaid card onto which refunds can be loaded, and no-fee refund advance loans made through a
partner bank, in which we buy a participation interest."""),
            p("""Human capital. We had about 4,150 year-round employees at April 30, 2026, compared with about 4,020 a
year earlier. Each January we also hire seasonal tax professionals for the filing season."""),
        ),
        (
            h('Item 1A. Risk Factors'),
            p("""Free filing programs of the Internal Revenue Service and low-cost software could take clients from
paid preparers. Changes in tax law can make returns simpler and reduce the fees we can charge. We depend on hiring
and training enough seasonal tax professionals each year. Losses on refund advance loans depend on the IRS paying
refunds as expected and could exceed our estimates. A failure of our systems during the filing season could cost us a
large part of a year's revenues."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p(f"""Our common stock is listed on the New York Stock Exchange under the symbol HTAX. We paid quarterly
cash dividends of $0.36 per share in fiscal 2026, or ${DPS[0]:.2f} for the year, compared with ${DPS[1]:.2f} in
fiscal 2025. On June 10, 2026, after the end of fiscal 2026, our Board of Directors raised the quarterly dividend to
$0.39 per share, payable July 1, 2026. During fiscal 2026 we repurchased 1.1 million shares for
${mil(-TC['buyback'][0])} million; $212.5 million remained available under our repurchase authorization at April 30,
2026."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Total revenues were ${mil(T['rev'][0])} million in fiscal 2026, up {chg(T['rev'][0],
T['rev'][1])} from ${mil(T['rev'][1])} million in fiscal 2025. Revenues of the fourth fiscal quarter, February through
April 2026, were ${mil(Q4_REV)} million. Net income was ${mil(T['ni'][0])} million, or {H_EPS[0]} per diluted share,
compared with ${mil(T['ni'][1])} million, or {H_EPS[1]}. Tables are in thousands of dollars unless otherwise noted;
amounts in this discussion are in millions."""),
            p(f"""Tax Services. Returns prepared in company-owned offices rose to {RET_CO[0]:,} thousand from
{RET_CO[1]:,} thousand, mainly because the 38 offices we bought from franchisees moved their clients into our
count, and the average net fee per company-owned return rose to ${FEE_CO[0]:.2f} from ${FEE_CO[1]:.2f} because more
clients filed returns with self-employment and investment income, which carry higher fees, and because of a 3% price
increase for the 2026 filing season. Returns prepared in franchise offices fell to {RET_FR[0]:,} thousand from
{RET_FR[1]:,} thousand, and franchise royalties rose to ${mil(T['r_roy'][0])} million."""),
            p(f"""Financial Products. Revenues rose {chg(T['r_fp'][0], T['r_fp'][1])} to ${mil(T['r_fp'][0])}
million because more clients chose refund transfers and the fee for a refund transfer rose by $2. The provision for
credit losses on refund advance loans was ${mil(TC['prov'][0])} million, compared with ${mil(TC['prov'][1])}
million."""),
            p(f"""Operating expenses. Compensation and benefits rose {chg(T['comp'][0], T['comp'][1])}, because we
raised pay for seasonal tax professionals by about 4% and staffed the acquired offices. Marketing and advertising
rose to ${mil(T['mkt'][0])} million as we added television advertising in January and February 2026."""),
        ),
        (
            p(f"""Liquidity and capital resources. Because fees are collected mostly from February through April, we
borrow under our $650.0 million revolving credit facility from November to February to pay for office openings,
staffing and marketing before the season. Borrowings peaked at $412.0 million in February 2026 and were fully repaid
by March 31, 2026; no amount was outstanding at April 30, 2026 or 2025. Net cash provided by operating activities was
${mil(TC['cfo'][0])} million in fiscal 2026, compared with ${mil(TC['cfo'][1])} million. Capital expenditures were
${mil(-TC['capex'][0])} million, mostly for office refurbishment and our tax preparation software, and we paid
${mil(-TC['acq'][0])} million for the 38 franchise offices. For fiscal 2027, which ends April 30, 2027, we expect
capital expenditures of $35 million to $40 million."""),
            h('CONSOLIDATED STATEMENTS OF INCOME'),
            Table(
                caption='Halvorsen Tax Services, Inc. Consolidated Statements of Income',
                unit='(In thousands, except per share amounts)',
                header=TY3,
                rows=(
                    trow('Company-owned office tax preparation fees', 'r_co', True),
                    trow('Royalties from franchisees', 'r_roy'),
                    trow('Financial products', 'r_fp'),
                    trow('Total revenues', 'rev', True),
                    trow('Compensation and benefits', 'comp'),
                    trow('Occupancy', 'occ'),
                    trow('Marketing and advertising', 'mkt'),
                    trow('Cost of financial products, including credit losses', 'fpc'),
                    trow('Depreciation and amortization', 'da'),
                    trow('General and administrative', 'ga'),
                    trow('Total operating expenses', 'opex'),
                    trow('Operating income', 'opinc'),
                    trow('Interest expense', 'interest'),
                    trow('Other income, net', 'other'),
                    trow('Income before income taxes', 'pretax'),
                    trow('Income tax expense', 'tax'),
                    trow('Net income', 'ni', True),
                    ('Net income per share - basic', *reps(T['ni'], T['basic'])),
                    ('Net income per share - diluted', *H_EPS),
                    trow('Weighted average shares outstanding - basic', 'basic'),
                    trow('Weighted average shares outstanding - diluted', 'diluted'),
                ),
            ),
        ),
        (
            h('CONSOLIDATED BALANCE SHEETS'),
            Table(
                caption='Halvorsen Tax Services, Inc. Consolidated Balance Sheets',
                unit='(In thousands, except par value)',
                header=TBS2,
                rows=(
                    tbrow('Cash and cash equivalents', 'cash', True),
                    tbrow('Receivables, net', 'recv'),
                    tbrow('Prepaid expenses and other current assets', 'prepaid'),
                    tbrow('Total current assets', 'cur_a'),
                    tbrow('Property and equipment, net', 'ppe'),
                    tbrow('Goodwill and intangible assets, net', 'gi'),
                    tbrow('Other assets', 'other_a'),
                    tbrow('Total assets', 'assets', True),
                    tbrow('Accounts payable and accrued liabilities', 'ap'),
                    tbrow('Deferred revenue', 'defrev'),
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
                caption='Halvorsen Tax Services, Inc. Consolidated Statements of Cash Flows',
                unit='(In thousands)',
                header=TY3,
                rows=(
                    row('Net income', T['ni'], True),
                    tcrow('Depreciation and amortization', 'da'),
                    tcrow('Stock-based compensation', 'sbc'),
                    tcrow('Deferred income taxes', 'deferred'),
                    tcrow('Provision for credit losses', 'prov'),
                    tcrow('Receivables', 'recv'),
                    tcrow('Accounts payable, accrued and other liabilities', 'wc'),
                    tcrow('Net cash provided by operating activities', 'cfo'),
                    tcrow('Capital expenditures', 'capex'),
                    tcrow('Acquisitions of franchised offices', 'acq'),
                    tcrow('Net cash used in investing activities', 'cfi'),
                    tcrow('Borrowings under revolving credit facility', 'rev_borrow'),
                    tcrow('Repayments under revolving credit facility', 'rev_repay'),
                    tcrow('Repayments of term loan', 'tl_repay'),
                    tcrow('Dividends paid', 'div'),
                    tcrow('Repurchases of common stock', 'buyback'),
                    tcrow('Net cash used in financing activities', 'cff'),
                    tcrow('Net increase (decrease) in cash and cash equivalents', 'net'),
                    tcrow('Cash and cash equivalents, beginning of year', 'begin'),
                    tcrow('Cash and cash equivalents, end of year', 'end', True),
                ),
            ),
        ),
        (
            h('Note 8. Debt'),
            p(f"""Debt consisted of a term loan of ${mil(DEBT['tl'][0])} million at April 30, 2026
(${mil(DEBT['tl'][1])} million at April 30, 2025), which bears interest at SOFR plus 1.375%, is repaid at $15.0
million a year and matures in March 2030, and $350.0 million of 4.50% senior notes due August 2028. Total debt was
${mil(DEBT['total'][0])} million, of which ${mil(DEBT['current'][0])} million was current. The $650.0 million
revolving credit facility matures in November 2029 and is used for seasonal needs. The agreements require a leverage
ratio of no more than 3.5 times; we were in compliance at April 30, 2026."""),
            Table(
                caption='Scheduled principal payments at April 30, 2026',
                unit='(In thousands)',
                header=('Fiscal year', 'Principal'),
                rows=tuple((y, k(v, nil='-')) for y, v in H_MAT) + (('Total', k(DEBT['total'][0], True)),),
            ),
            h('Note 13. Segment Information'),
            p("""We evaluate segments on revenues and segment income. Corporate expenses, such as executive
compensation and shared technology, are not allocated. Assets are not reviewed by
segment."""),
            Table(
                caption='Segment information',
                unit='(In thousands, except returns prepared)',
                header=TY3,
                rows=(
                    trow('Revenues: Tax Services', 'r_tax', True),
                    trow('Financial Products', 'r_fp'),
                    trow('Total revenues', 'rev', True),
                    trow('Segment income: Tax Services', 'o_tax', True),
                    trow('Financial Products', 'o_fp'),
                    trow('Corporate expenses', 'corp'),
                    trow('Operating income', 'opinc', True),
                    ('Returns prepared, company-owned offices (thousands)', *(f"{x:,}" for x in RET_CO)),
                    ('Returns prepared, franchise offices (thousands)', *(f"{x:,}" for x in RET_FR)),
                    ('Average net fee per company-owned return (dollars)', *(f"${x:.2f}" for x in FEE_CO)),
                ),
            ),
        ),
    ),
)

REPORTS = (HALVORSEN_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Corvane Towers, Inc. (a REIT): earnings release (Form 8-K Exhibit 99.1), third quarter of 2026, $000s.
# Columns: Q3 2026, Q3 2025, nine months 2026, nine months 2025.
C = dict(
    r_site=[412_806, 396_418, 1_226_315, 1_172_906],    # site leasing revenue (towers)
    r_sc=[38_412, 33_906, 112_318, 98_604],             # small cells and fiber
    r_dev=[24_918, 31_206, 78_412, 94_118],             # site development services
    c_site=[78_406, 76_918, 234_112, 228_306],          # cost of site leasing (excluding D&A)
    c_sc=[17_918, 16_406, 52_904, 48_118],
    c_dev=[18_306, 22_918, 58_406, 69_312],
    sga=[38_918, 36_406, 116_204, 109_918],
    da=[118_406, 114_918, 353_612, 342_118],
    imp=[4_118, 2_906, 11_406, 8_318],                  # asset impairment and decommissioning
    interest=[72_406, 68_918, 214_318, 203_406],
    other=[1_206, 918, 3_418, 2_106],                   # other income, net
    tax=[3_118, 2_906, 9_412, 8_806],
    basic=[107_006, 107_812, 107_204, 108_018],
    diluted=[107_418, 108_206, 107_612, 108_418],
    sbc=[9_406, 8_912, 28_118, 26_604],                 # within SG&A
    sl_rev=[-6_118, -7_406, -19_212, -22_918],          # straight-line revenue
    sl_exp=[2_406, 2_612, 7_318, 7_906],                # straight-line ground lease expense
    dfc=[2_118, 2_006, 6_312, 5_918],                   # amortization of deferred financing costs
    maint=[-4_906, -4_318, -13_412, -12_706],           # sustaining capital expenditures
)
C['rev'] = add(C['r_site'], C['r_sc'], C['r_dev'])
C['opex'] = add(C['c_site'], C['c_sc'], C['c_dev'], C['sga'], C['da'], C['imp'])
C['opinc'] = sub(C['rev'], C['opex'])
C['pretax'] = add(sub(C['opinc'], C['interest']), C['other'])
C['ni'] = sub(C['pretax'], C['tax'])
C['p_site'] = sub(C['r_site'], C['c_site'])
C['p_sc'] = sub(C['r_sc'], C['c_sc'])
C['p_dev'] = sub(C['r_dev'], C['c_dev'])
C['ebitda'] = add(C['ni'], C['interest'], [-x for x in C['other']], C['tax'], C['da'], C['imp'], C['sbc'])
assert C['ebitda'] == add(C['opinc'], C['da'], C['imp'], C['sbc'])
C['affo'] = add(C['ni'], C['da'], C['imp'], C['sbc'], C['sl_rev'], C['sl_exp'], C['dfc'], C['maint'])
AFFO_PS = [f"${a / d:.2f}" for a, d in zip(C['affo'], C['diluted'])]
C_DPS = ['$0.98', '$0.89', '$2.94', '$2.67']
assert C['sga'][0] > C['sbc'][0] and all(x > 0 for x in C['ni'])
C_GUIDE = (
    ('Site leasing revenue', '$1,638 million to $1,648 million', '$1,630 million to $1,645 million'),
    ('Site development services revenue', '$100 million to $106 million', '$112 million to $122 million'),
    ('Adjusted EBITDA', '$1,318 million to $1,328 million', '$1,310 million to $1,325 million'),
    ('AFFO per diluted share', '$9.30 to $9.40', '$9.22 to $9.36'),
    ('Discretionary capital expenditures, including tower acquisitions', '$420 million to $460 million',
     '$380 million to $420 million'),
)
C_CF = dict(cfo=[842_306, 801_418], capex=[-318_906, -284_112], acq=[-61_400, -12_918], div=[-315_218, -289_406])
C_DEBT, C_CASH = 7_624_000, 186_400
C_HEAD = ('', 'Q3 2026', 'Q3 2025', 'Nine months 2026', 'Nine months 2025')
STATS = (
    ('Towers owned', '40,418', '39,806'),
    ('Tenancy ratio (tenants per tower)', '2.41', '2.37'),
    ('Small cell nodes on air', '18,406', '15,918'),
    ('Fiber route miles', '9,212', '8,604'),
)


def crow(label, key, dollar=False):
    return row(label, C[key], dollar)


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return '\n'.join(out)


def release_md() -> str:
    q, pq, n, pn = 0, 1, 2, 3
    eps = reps(C['ni'], C['diluted'])
    parts = [
        "# Corvane Towers Reports Third Quarter 2026 Results and Updates Full-Year Outlook",
        "Exhibit 99.1",
        f"""DENVER, Colorado, October 28, 2026 -- Corvane Towers, Inc. (NYSE: CRVT), a real estate investment trust
that owns and leases space on wireless communications towers, small cell networks and fiber in the United States,
today reported results for the three and nine months ended September 30, 2026. Dollar amounts in the tables are in
thousands, except per-share amounts and operating statistics; the text uses millions.""",
        "## Third quarter highlights",
        f"""- Total revenues of ${mil(C['rev'][q])} million, up {chg(C['rev'][q], C['rev'][pq])} from
${mil(C['rev'][pq])} million in the third quarter of 2025.""",
        f"""- Site leasing revenue of ${mil(C['r_site'][q])} million, up {chg(C['r_site'][q], C['r_site'][pq])};
organic site leasing revenue growth of 3.6%.""",
        f"""- Net income of ${mil(C['ni'][q])} million, or {eps[q]} per diluted share, compared with
${mil(C['ni'][pq])} million, or {eps[pq]}.""",
        f"""- Adjusted EBITDA (non-GAAP) of ${mil(C['ebitda'][q])} million and AFFO (non-GAAP) of
{AFFO_PS[q]} per diluted share, compared with {AFFO_PS[pq]}.""",
        f"""- Acquired 214 towers in Texas and Oklahoma for ${mil(-C_CF['acq'][0])} million in cash.""",
        f""""Our carrier customers kept adding 5G equipment to existing sites, and amendments to current leases drove
most of our growth this quarter," said Marguerite Alvarado, President and Chief Executive Officer. "New-site
construction is slower than we expected, so we are lowering our services outlook, but the leasing business that
makes up almost all of our cash flow is running ahead of plan." """,
        "## Discussion of third quarter results",
        f"""Site leasing revenue grew because of amendments for 5G equipment on existing towers, new tenant
installations and contractual rent escalators, which average about 3% a year; churn of 1.6% of site leasing revenue,
mainly from Pinewave Mobile's decommissioning of overlapping sites after its merger, partly offset these gains. Small
cells and fiber revenue rose {chg(C['r_sc'][q], C['r_sc'][pq])} as we put more nodes on air. Site development
services revenue fell {(1 - C['r_dev'][q] / C['r_dev'][pq]) * 100:.1f}% to ${mil(C['r_dev'][q])} million because
carriers slowed construction of new sites.""",
        f"""Interest expense rose to ${mil(C['interest'][q])} million because we refinanced $1.0 billion of notes
at a higher rate in March 2026. Asset impairment and decommissioning costs were ${mil(C['imp'][q])} million, mainly
for towers taken down after their last tenant left.""",
        "## Nine-month results, balance sheet and dividend",
        f"""For the nine months ended September 30, 2026, total revenues were ${mil(C['rev'][n])} million, net income
was ${mil(C['ni'][n])} million, or {eps[n]} per diluted share, Adjusted EBITDA was ${mil(C['ebitda'][n])} million
and AFFO was {AFFO_PS[n]} per diluted share. At September 30, 2026 we had ${mil(C_DEBT)} million of total debt and ${mil(C_CASH)}
million of cash, and net debt was {(C_DEBT - C_CASH) / (4 * C['ebitda'][q]):.1f} times annualized third-quarter Adjusted EBITDA.""",
        """We declared a quarterly dividend of $0.98 per share in each of the first three quarters of 2026, compared
with $0.89 per share in each quarter of 2025. On October 27, 2026 our Board of Directors declared a dividend of $0.98
per share, payable on December 15, 2026 to shareholders of record on November 20, 2026.""",
        "## Full-year 2026 outlook",
        """Corvane updated its outlook for the year ending December 31, 2026. We lowered the site development outlook
because carriers have delayed new-site construction into 2027, and raised the leasing, Adjusted EBITDA and AFFO
outlooks because of higher amendment activity and the towers acquired in the third quarter. The outlook does not
include acquisitions not yet announced.""",
        md_table(('Full year 2026', 'Current outlook (October 28, 2026)', 'Prior outlook (July 29, 2026)'), C_GUIDE),
        "## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        "(Unaudited; in thousands, except per share data)",
        md_table(C_HEAD, (
            crow('Site leasing revenue', 'r_site', True),
            crow('Small cells and fiber revenue', 'r_sc'),
            crow('Site development services revenue', 'r_dev'),
            crow('Total revenues', 'rev', True),
            crow('Cost of site leasing (excluding depreciation and amortization)', 'c_site'),
            crow('Cost of small cells and fiber (excluding depreciation and amortization)', 'c_sc'),
            crow('Cost of site development services', 'c_dev'),
            crow('Selling, general and administrative', 'sga'),
            crow('Depreciation and amortization', 'da'),
            crow('Asset impairment and decommissioning', 'imp'),
            crow('Total operating expenses', 'opex'),
            crow('Operating income', 'opinc'),
            crow('Interest expense', 'interest'),
            crow('Other income, net', 'other'),
            crow('Income before income taxes', 'pretax'),
            crow('Provision for income taxes', 'tax'),
            crow('Net income', 'ni', True),
            ('Net income per share - basic', *reps(C['ni'], C['basic'])),
            ('Net income per share - diluted', *eps),
            crow('Weighted average shares - diluted', 'diluted'),
            ('Dividends declared per share', *C_DPS),
        )),
        "## SEGMENT OPERATING PROFIT (NON-GAAP)",
        "Segment operating profit is segment revenue less segment cost of revenue, excluding depreciation and "
        "amortization. (In thousands)",
        md_table(C_HEAD, (
            crow('Site leasing segment operating profit', 'p_site', True),
            ('Site leasing segment operating profit margin',
             *(pct(a, b) for a, b in zip(C['p_site'], C['r_site']))),
            crow('Small cells and fiber segment operating profit', 'p_sc'),
            crow('Site development segment operating profit', 'p_dev'),
        )),
        "## RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA AND AFFO (NON-GAAP)",
        "(In thousands, except per share amounts)",
        md_table(C_HEAD, (
            crow('Net income', 'ni', True),
            crow('Interest expense', 'interest'),
            ('Other income, net', *(k(-x) for x in C['other'])),
            crow('Provision for income taxes', 'tax'),
            crow('Depreciation and amortization', 'da'),
            crow('Asset impairment and decommissioning', 'imp'),
            crow('Stock-based compensation', 'sbc'),
            crow('Adjusted EBITDA', 'ebitda', True),
            crow('Net income', 'ni', True),
            crow('Depreciation and amortization', 'da'),
            crow('Asset impairment and decommissioning', 'imp'),
            crow('Stock-based compensation', 'sbc'),
            crow('Straight-line revenue', 'sl_rev'),
            crow('Straight-line ground lease expense', 'sl_exp'),
            crow('Amortization of deferred financing costs', 'dfc'),
            crow('Sustaining capital expenditures', 'maint'),
            crow('AFFO', 'affo', True),
            crow('Weighted average shares - diluted', 'diluted'),
            ('AFFO per diluted share', *AFFO_PS),
        )),
        "Adjusted EBITDA and AFFO are not measures under GAAP and should not be considered substitutes for net "
        "income or cash flow from operations.",
        "## OPERATING STATISTICS",
        md_table(('', 'September 30, 2026', 'September 30, 2025'), STATS),
        "## SELECTED CASH FLOW INFORMATION",
        md_table(('(In thousands)', 'Nine months 2026', 'Nine months 2025'), (
            row('Net cash provided by operating activities', C_CF['cfo'], True),
            row('Capital expenditures', C_CF['capex']),
            row('Acquisitions of towers', C_CF['acq']),
            row('Dividends paid', C_CF['div']),
        )),
    ]
    return "\n\n".join(" ".join(s.split()) if not s.startswith("|") else s for s in parts) + "\n"


RELEASE_STEM = "corvane_towers_q3_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.md"
    target.write_text(release_md(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
