"""Build the two PDF filings of the held-out set filings18 (eval/datasets/filings18/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. The uniform rental company's figures are held in thousands and the
broadband operator's in tenths of a million (integers both), so that statement totals, summed here from their
lines, foot exactly.

    .venv/bin/python eval/datasets/filings18/build_pdf.py      # writes docs/*.pdf
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
    """Thousands as millions with one decimal, for the text: 2,133.0."""
    return f"{v / 1000:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Dunmore Uniform Services, Inc. - Form 10-K, fiscal 2025 (52 weeks ended August 30, 2025). Fiscal years end on
# the last Saturday in August; fiscal 2024 had 53 weeks. Columns fiscal 2025, 2024, 2023; thousands of dollars.
# ---------------------------------------------------------------------------------------------------------------
U_YEARS = ('', 'Fiscal 2025', 'Fiscal 2024', 'Fiscal 2023')
U = dict(
    seg_iul=[1_842_615, 1_781_904, 1_668_230],
    seg_csg=[168_422, 151_306, 142_718],
    seg_fas=[121_938, 104_117, 88_546],
    direct=[214_307, 196_842, 178_015],
    cost_rental=[1_191_480, 1_158_377, 1_096_902],
    cost_direct=[128_115, 119_904, 110_237],
    sga=[438_206, 414_819, 388_117],
    da=[108_934, 101_472, 95_310],
    erp=[6_412, 0, 11_305],
    int_inc=[12_406, 14_218, 9_817],
    int_exp=[8_115, 9_630, 10_442],
    other=[1_204, -2_316, 3_018],       # expense (income)
    tax=[63_318, 61_902, 46_011],
    basic_sh=[18_612, 18_705, 18_790],
    dil_sh=[18_701, 18_790, 18_866],
    op_iul=[236_412, 226_108, 196_215],
    op_csg=[34_807, 29_166, 27_941],
    op_fas=[9_215, 5_362, 2_104],
    da_iul=[92_806, 86_917, 81_904],
    da_csg=[9_415, 8_802, 8_210],
    da_fas=[3_118, 2_604, 2_091],
    cx_iul=[141_207, 118_420, 109_816],
    cx_csg=[12_304, 9_815, 7_402],
    cx_fas=[4_615, 3_208, 2_917],
    cx_corp=[18_806, 22_415, 14_930],
    amort=[14_206, 12_917, 11_804],     # amortization of intangible assets, inside D&A
)
U['rev'] = add(U['seg_iul'], U['seg_csg'], U['seg_fas'])
U['rental'] = sub(U['rev'], U['direct'])
U['costs'] = add(U['cost_rental'], U['cost_direct'], U['sga'], U['da'], U['erp'])
U['opinc'] = sub(U['rev'], U['costs'])
U['pretax'] = sub(add(U['opinc'], U['int_inc']), add(U['int_exp'], U['other']))
U['ni'] = sub(U['pretax'], U['tax'])
U['op_corp'] = sub(U['opinc'], add(U['op_iul'], U['op_csg'], U['op_fas']))
U['da_corp'] = sub(U['da'], add(U['da_iul'], U['da_csg'], U['da_fas']))
U['capex'] = add(U['cx_iul'], U['cx_csg'], U['cx_fas'], U['cx_corp'])

UC = dict(
    ni=U['ni'], da=U['da'], sbc=[14_206, 12_815, 11_390],
    deferred=[-3_104, 2_418, 4_206],
    ar=[-12_408, -9_115, -17_304],
    inv=[4_318, -6_217, -11_402],
    mis=[-38_412, -21_906, -30_118],
    prepaid=[-2_115, 1_406, -3_218],
    ap=[5_902, -3_114, 8_216],
    accrued=[9_118, 6_402, -4_117],
    taxes=[1_206, -2_008, 3_114],
    capex=neg(U['capex']),
    acq=[-61_340, -18_207, -42_106],
    proceeds=[2_114, 1_306, 908],
    repay=[-4_000, -4_000, -4_000],
    div=[-26_057, -24_317, -22_548],
    buyback=[-48_302, -30_115, -22_406],
    withhold=[-3_904, -3_512, -2_917],
    fx=[-1_204, 812, -406],
)
UC['cfo'] = add(UC['ni'], UC['da'], UC['sbc'], UC['deferred'], UC['ar'], UC['inv'], UC['mis'], UC['prepaid'],
                UC['ap'], UC['accrued'], UC['taxes'])
UC['cfi'] = add(UC['capex'], UC['acq'], UC['proceeds'])
UC['cff'] = add(UC['repay'], UC['div'], UC['buyback'], UC['withhold'])
UC['net'] = add(UC['cfo'], UC['cfi'], UC['cff'], UC['fx'])
_u_cash_2022 = 398_115
UC['end'] = [0, 0, 0]
UC['end'][2] = _u_cash_2022 + UC['net'][2]
UC['end'][1] = UC['end'][2] + UC['net'][1]
UC['end'][0] = UC['end'][1] + UC['net'][0]
UC['begin'] = [UC['end'][1], UC['end'][2], _u_cash_2022]

_u_acq = dict(ppe=9_804, goodwill=37_407, intang=14_129)
assert sum(_u_acq.values()) == -UC['acq'][0]
_u_ppe24, _u_int24 = 812_406, 98_416
UB = dict(
    cash=[UC['end'][0], UC['end'][1]],
    ar=[231_406 - UC['ar'][0], 231_406],
    inv=[148_915 - UC['inv'][0], 148_915],
    mis=[472_308 - UC['mis'][0], 472_308],
    prepaid=[41_207 - UC['prepaid'][0], 41_207],
    ppe=[_u_ppe24 + U['capex'][0] - (U['da'][0] - U['amort'][0]) - UC['proceeds'][0] + _u_acq['ppe'], _u_ppe24],
    goodwill=[612_804 + _u_acq['goodwill'], 612_804],
    intang=[_u_int24 - U['amort'][0] + _u_acq['intang'], _u_int24],
    rou=[77_208, 74_615],
    other_assets=[63_118, 59_402],
    ap=[98_417 + UC['ap'][0], 98_417],
    accrued=[168_304 + UC['accrued'][0], 168_304],
    taxes=[9_815 + UC['taxes'][0], 9_815],
    debt_cur=[4_000, 4_000],
    lease_cur=[21_306, 20_118],
    debt=[88_000, 92_000],
    lease=[58_114, 56_207],
    selfins=[72_406, 69_815],
    dtl=[121_604 + UC['deferred'][0], 121_604],
    cs=[1_489, 1_489],
    csb=[362, 362],
    surplus=[118_407 + UC['sbc'][0] + UC['withhold'][0], 118_407],
    treasury=[-287_115 + UC['buyback'][0], -287_115],
)
UB['cur_assets'] = add(UB['cash'], UB['ar'], UB['inv'], UB['mis'], UB['prepaid'])
UB['assets'] = add(UB['cur_assets'], UB['ppe'], UB['goodwill'], UB['intang'], UB['rou'], UB['other_assets'])
UB['cur_liab'] = add(UB['ap'], UB['accrued'], UB['taxes'], UB['debt_cur'], UB['lease_cur'])
UB['liab'] = add(UB['cur_liab'], UB['debt'], UB['lease'], UB['selfins'], UB['dtl'])
_u_aoci24 = -24_118
_u_re24 = UB['assets'][1] - UB['liab'][1] - UB['cs'][1] - UB['csb'][1] - UB['surplus'][1] - UB['treasury'][1] \
    - _u_aoci24
UB['re'] = [_u_re24 + U['ni'][0] + UC['div'][0], _u_re24]
UB['aoci'] = [UB['assets'][0] - UB['liab'][0] - UB['cs'][0] - UB['csb'][0] - UB['surplus'][0] - UB['treasury'][0]
              - UB['re'][0], _u_aoci24]
UB['equity'] = add(UB['cs'], UB['csb'], UB['surplus'], UB['re'], UB['treasury'], UB['aoci'])
assert add(UB['liab'], UB['equity']) == UB['assets']
assert UB['debt_cur'][1] + UB['debt'][1] + UC['repay'][0] == UB['debt_cur'][0] + UB['debt'][0]


def ueps(ni, sh):
    return tuple(f"${n / s:.2f}" for n, s in zip(ni, sh))


def u_mdna(label, key):
    a, b = U[key][0], U[key][1]
    return (label, k(a), k(b), k(a - b), chg(a, b))


DUNMORE_10K = Report(
    stem="dunmore_uniform_10k_fy2025",
    title="Dunmore Uniform Services, Inc. - Annual Report on Form 10-K for the fiscal year ended August 30, 2025",
    running_title="Dunmore Uniform Services, Inc. | Form 10-K fiscal 2025",
    date="October 24, 2025",
    iso_date="2025-10-24",
    keywords=("Dunmore Uniform Services", "10-K", "uniform rental", "fiscal 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended August 30, 2025.
Commission file number 001-08652. DUNMORE UNIFORM SERVICES, INC. (Exact name of registrant as specified in its
charter), a Pennsylvania corporation, I.R.S. Employer Identification No. 23-1184907, 600 Lackawanna Avenue, Scranton,
Pennsylvania 18503. Registrant's telephone number: (570) 555-0148."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Exchange'),
                rows=(
                    ('Common Stock, $0.10 par value per share', 'DUNM', 'NYSE'),
                ),
            ),
            p("""Indicate by check mark whether the registrant is a large accelerated filer: Large accelerated filer [X].
Shell company: No. The aggregate market value of the Common Stock held by non-affiliates of the registrant as of
February 28, 2025 was approximately $2.9 billion. As of October 10, 2025, 14,682,417 shares of Common Stock and
3,618,250 shares of Class B Common Stock were outstanding. The Class B Common Stock, which carries ten votes per share,
is not listed on any exchange and is convertible share for share into Common Stock."""),
            h('PART I. Item 1. Business'),
            p("""Dunmore Uniform Services, Inc. ("Dunmore," the "Company," "we" or "our") designs, manufactures, rents,
cleans, repairs and sells workplace uniforms and protective work wear, and rents and services floor mats, shop towels,
restroom supplies and linens. Founded in 1931 as a family laundry in Scranton, the Company serves about 312,000
customer locations in the United States and Canada from 268 customer service locations, 14 cleanroom and specialty
garment plants and 3 distribution centers."""),
            p("""Fiscal year. Our fiscal year ends on the last Saturday in August. Fiscal 2025 was the 52 weeks ended August
30, 2025; fiscal 2024 was the 53 weeks ended August 31, 2024; and fiscal 2023 was the 52 weeks ended August 26, 2023.
We estimate that the additional week in fiscal 2024 contributed about $34.6 million of revenues."""),
            p("""Segments. We have three reportable segments. Industrial Uniform & Linen ("IU&L") rents and services uniforms,
work wear and facility products through our route-based network and is our core business. Cleanroom & Specialty
Garments ("CSG") rents and decontaminates garments used in cleanrooms and in nuclear and other controlled environments
for pharmaceutical, medical device, aerospace and electronics manufacturers and utilities. First Aid & Safety ("FA&S")
sells and services first aid cabinets, eyewash stations, personal protective equipment and safety training."""),
        ),
        (
            p("""Customers and suppliers. No single customer accounted for more than 1% of consolidated revenues in any of the
last three fiscal years; our ten largest customers together accounted for about 4% of revenues in fiscal 2025. CSG is
more concentrated: its five largest customers, all pharmaceutical or medical device manufacturers, accounted for about
31% of CSG revenues in fiscal 2025. We manufacture about a third of the garments we place in service in our own plants
in Nuevo Laredo and Saltillo, Mexico; the rest is bought from contract manufacturers, and our three largest garment
suppliers, located in Honduras, Nicaragua and Bangladesh, supplied about 46% of our garment purchases in fiscal 2025."""),
            p("""Employees. At August 30, 2025 we employed approximately 15,900 team partners, of whom about 1,180 were in
Canada. About 7% of our U.S. employees are represented by labor unions under 11 collective bargaining agreements."""),
            h('Item 1A. Risk Factors'),
            p("""Our results depend on employment levels at our customers, because uniform rental revenue varies with the number
of wearers. Increases in the cost of cotton and polyester, energy, fuel and labor raise the cost of the merchandise we
place in service and the cost of cleaning and delivering it. We are implementing a new enterprise resource planning
("ERP") system; delays or cost overruns could disrupt our operations. Our industrial laundries are subject to
environmental regulations on wastewater discharge, and we are remediating soil and groundwater at certain current and
former sites. Our Class B shareholders, principally members of the founding family, control about 71% of the combined
voting power."""),
            h('Item 5. Market for Registrant\'s Common Equity'),
            p("""Our Common Stock trades on the New York Stock Exchange under the symbol DUNM. We paid quarterly dividends of $0.35
per share of Common Stock in fiscal 2025 ($1.40 for the year) and $0.325 per share in fiscal 2024 ($1.30 for the
year); dividends on Class B Common Stock are paid at the same rate. In fiscal 2025 we repurchased 241,806 shares of
Common Stock for $48.3 million under the $200 million program authorized by our Board of Directors in October 2023;
$121.6 million remained available under the program at August 30, 2025."""),
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Revenues were ${mil(U['rev'][0])} million in fiscal 2025, an increase of
{chg(U['rev'][0], U['rev'][1])} from ${mil(U['rev'][1])} million in fiscal 2024, despite one fewer week. Organic growth,
which excludes acquisitions, the 53rd week of fiscal 2024 and the effect of the Canadian dollar, was 5.3%. Operating
income was ${mil(U['opinc'][0])} million, or {pct(U['opinc'][0], U['rev'][0])} of revenues, compared with
${mil(U['opinc'][1])} million, or {pct(U['opinc'][1], U['rev'][1])}, in fiscal 2024. Net income was
${mil(U['ni'][0])} million, or {ueps(U['ni'], U['dil_sh'])[0]} per diluted share, compared with ${mil(U['ni'][1])}
million, or {ueps(U['ni'], U['dil_sh'])[1]} per diluted share."""),
            Table(
                caption='Fiscal 2025 compared with fiscal 2024',
                unit='(In thousands)',
                header=('', 'Fiscal 2025', 'Fiscal 2024', 'Change', '% Change'),
                rows=(
                    u_mdna('Rental and service', 'rental'),
                    u_mdna('Direct sale and other', 'direct'),
                    u_mdna('Total revenues', 'rev'),
                    u_mdna('Operating income', 'opinc'),
                    u_mdna('Net income', 'ni'),
                ),
            ),
        ),
        (
            h('Revenues'),
            p(f"""IU&L revenues increased {chg(U['seg_iul'][0], U['seg_iul'][1])} to ${mil(U['seg_iul'][0])} million,
reflecting new account sales, price increases averaging about 2.8% and the acquisition of four uniform rental businesses
in Ohio, Texas and Ontario, partially offset by the 53rd week in fiscal 2024 and lower wearer levels at existing
manufacturing customers. CSG revenues increased {chg(U['seg_csg'][0], U['seg_csg'][1])} to ${mil(U['seg_csg'][0])}
million, driven by new cleanroom accounts with pharmaceutical and medical device manufacturers and higher nuclear
decontamination services during utility refueling outages. FA&S revenues increased
{chg(U['seg_fas'][0], U['seg_fas'][1])} to ${mil(U['seg_fas'][0])} million as we expanded the segment's van routes into
11 new metropolitan areas and sold more personal protective equipment."""),
            h('Cost of rental and service; cost of direct sales'),
            p(f"""Cost of rental and service, which includes the amortization of merchandise in service, production and delivery
labor, energy and fuel, was {pct(U['cost_rental'][0], U['rental'][0])} of rental and service revenues in fiscal 2025,
compared with {pct(U['cost_rental'][1], U['rental'][1])} in fiscal 2024. The improvement was primarily due to lower
natural gas and diesel prices, lower merchandise amortization as garment costs eased and productivity gains in our
plants from automated soil sorting, partially offset by wage increases and higher healthcare costs. Cost of direct
sales was {pct(U['cost_direct'][0], U['direct'][0])} of direct sale and other revenues, compared with
{pct(U['cost_direct'][1], U['direct'][1])}."""),
            h('Selling and administrative expenses; ERP and restructuring costs'),
            p(f"""Selling and administrative expenses were {pct(U['sga'][0], U['rev'][0])} of revenues in fiscal 2025,
compared with {pct(U['sga'][1], U['rev'][1])} in fiscal 2024, reflecting a larger sales force, higher
commissions on new account sales and higher information technology costs. ERP implementation and restructuring costs of
${mil(U['erp'][0])} million in fiscal 2025 consist of third-party consulting costs of the ERP system that cannot be
capitalized and severance from the consolidation of two laundries in Michigan; the fiscal 2023 costs of
${mil(U['erp'][2])} million related to the closure of our Quebec City plant. Depreciation and amortization increased to
${mil(U['da'][0])} million from ${mil(U['da'][1])} million because of capital expenditures for plant automation and
route trucks and the amortization of customer contracts of acquired businesses."""),
            p(f"""Income taxes. Our effective tax rate was {pct(U['tax'][0], U['pretax'][0])} in fiscal 2025 and
{pct(U['tax'][1], U['pretax'][1])} in fiscal 2024. Interest income decreased because of lower yields on our cash
equivalents."""),
            h('Liquidity and capital resources'),
            p(f"""Cash and cash equivalents were ${mil(UB['cash'][0])} million at August 30, 2025. Net cash provided by
operating activities was ${mil(UC['cfo'][0])} million in fiscal 2025, compared with ${mil(UC['cfo'][1])} million in
fiscal 2024; the increase reflects higher net income, partially offset by higher investment in merchandise in service for new accounts. Capital expenditures
were ${mil(U['capex'][0])} million, including ${mil(U['cx_corp'][0])} million for the ERP system, and we paid
${mil(-UC['acq'][0])} million for four acquisitions. Our $4.0 million annual principal payments on the 3.85% senior note
held by an insurance company run to 2048; we have an unsecured $175 million revolving credit facility maturing in
March 2029, with no borrowings outstanding at August 30, 2025 or August 31, 2024. We expect fiscal 2026 capital
expenditures of $185 million to $200 million."""),
        ),
        (
            Table(
                caption='DUNMORE UNIFORM SERVICES, INC. CONSOLIDATED STATEMENTS OF EARNINGS',
                unit='(In thousands, except per share data)',
                header=U_YEARS,
                rows=(
                    ('Revenues:', '', '', ''),
                    krow('Rental and service', U['rental'], True),
                    krow('Direct sale and other', U['direct']),
                    krow('Total revenues', U['rev']),
                    ('Operating expenses:', '', '', ''),
                    krow('Cost of rental and service (1)', U['cost_rental']),
                    krow('Cost of direct sales (1)', U['cost_direct']),
                    krow('Selling and administrative expenses (1)', U['sga']),
                    krow('Depreciation and amortization', U['da']),
                    krow('ERP implementation and restructuring costs', U['erp']),
                    krow('Total operating expenses', U['costs']),
                    krow('Operating income', U['opinc']),
                    ('Other (income) expense:', '', '', ''),
                    krow('Interest income', neg(U['int_inc'])),
                    krow('Interest expense', U['int_exp']),
                    krow('Other expense (income), net', U['other']),
                    krow('Total other (income) expense', sub(add(U['int_exp'], U['other']), U['int_inc'])),
                    krow('Income before income taxes', U['pretax']),
                    krow('Provision for income taxes', U['tax']),
                    krow('Net income', U['ni'], True),
                    ('Net income per share - basic', *ueps(U['ni'], U['basic_sh'])),
                    ('Net income per share - diluted', *ueps(U['ni'], U['dil_sh'])),
                    krow('Weighted average shares - basic', U['basic_sh']),
                    krow('Weighted average shares - diluted', U['dil_sh']),
                    ('Dividends declared per share', '$1.40', '$1.30', '$1.20'),
                ),
                note="""(1) Exclusive of depreciation on property, plant and equipment and amortization of intangible
assets, shown separately. Share amounts are in thousands and include Common Stock and Class B Common Stock.""",
            ),
        ),
        (
            Table(
                caption='CONSOLIDATED BALANCE SHEETS',
                unit='(In thousands, except share data)',
                header=('', 'August 30, 2025', 'August 31, 2024'),
                rows=(
                    ('Current assets:', '', ''),
                    krow('Cash and cash equivalents', UB['cash'], True),
                    krow('Receivables, less reserves of $9,418 and $8,902', UB['ar']),
                    krow('Inventories', UB['inv']),
                    krow('Rental merchandise in service, net', UB['mis']),
                    krow('Prepaid expenses and other current assets', UB['prepaid']),
                    krow('Total current assets', UB['cur_assets']),
                    krow('Property, plant and equipment, net', UB['ppe']),
                    krow('Goodwill', UB['goodwill']),
                    krow('Customer contracts and other intangible assets, net', UB['intang']),
                    krow('Operating lease right-of-use assets', UB['rou']),
                    krow('Other assets', UB['other_assets']),
                    krow('Total assets', UB['assets'], True),
                ),
            ),
            Table(
                caption='CONSOLIDATED BALANCE SHEETS (continued): liabilities',
                unit='(In thousands, except share data)',
                header=('', 'August 30, 2025', 'August 31, 2024'),
                rows=(
                    ('Current liabilities:', '', ''),
                    krow('Accounts payable', UB['ap'], True),
                    krow('Accrued liabilities', UB['accrued']),
                    krow('Accrued and deferred income taxes', UB['taxes']),
                    krow('Current maturities of long-term debt', UB['debt_cur']),
                    krow('Operating lease liabilities, current', UB['lease_cur']),
                    krow('Total current liabilities', UB['cur_liab']),
                    krow('Long-term debt, net of current maturities', UB['debt']),
                    krow('Long-term operating lease liabilities', UB['lease']),
                    krow('Accrued self-insurance and other liabilities', UB['selfins']),
                    krow('Deferred income taxes', UB['dtl']),
                    krow('Total liabilities', UB['liab']),
                ),
            ),
        ),
        (
            Table(
                caption="CONSOLIDATED BALANCE SHEETS (continued): shareholders' equity",
                unit='(In thousands, except share data)',
                header=('', 'August 30, 2025', 'August 31, 2024'),
                rows=(
                    ("Shareholders' equity:", '', ''),
                    ('Preferred stock, $1.00 par value; none issued', '-', '-'),
                    krow('Common Stock, $0.10 par value', UB['cs']),
                    krow('Class B Common Stock, $0.10 par value', UB['csb']),
                    krow('Capital surplus', UB['surplus']),
                    krow('Retained earnings', UB['re']),
                    krow('Treasury stock, at cost', UB['treasury']),
                    krow('Accumulated other comprehensive loss', UB['aoci']),
                    krow("Total shareholders' equity", UB['equity']),
                    krow("Total liabilities and shareholders' equity", add(UB['liab'], UB['equity']), True),
                ),
            ),
            Table(
                caption='CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In thousands)',
                header=U_YEARS,
                rows=(
                    ('Cash flows from operating activities:', '', '', ''),
                    krow('Net income', UC['ni'], True),
                    krow('Depreciation and amortization', UC['da']),
                    krow('Share-based compensation', UC['sbc']),
                    krow('Deferred income taxes', UC['deferred']),
                    ('Changes in assets and liabilities, net of acquisitions:', '', '', ''),
                    krow('Receivables', UC['ar']),
                    krow('Inventories', UC['inv']),
                    krow('Rental merchandise in service', UC['mis']),
                    krow('Prepaid expenses and other current assets', UC['prepaid']),
                    krow('Accounts payable', UC['ap']),
                    krow('Accrued liabilities', UC['accrued']),
                    krow('Accrued and deferred income taxes', UC['taxes']),
                    krow('Net cash provided by operating activities', UC['cfo']),
                ),
            ),
        ),
        (
            Table(
                caption='CONSOLIDATED STATEMENTS OF CASH FLOWS (continued)',
                unit='(In thousands)',
                header=U_YEARS,
                rows=(
                    ('Cash flows from investing activities:', '', '', ''),
                    krow('Acquisition of businesses, net of cash acquired', UC['acq']),
                    krow('Capital expenditures, including capitalized software', UC['capex']),
                    krow('Proceeds from sale of assets', UC['proceeds']),
                    krow('Net cash used in investing activities', UC['cfi']),
                    ('Cash flows from financing activities:', '', '', ''),
                    krow('Payments on long-term debt', UC['repay']),
                    krow('Cash dividends paid', UC['div']),
                    krow('Repurchase of Common Stock', UC['buyback']),
                    krow('Payment of withholding taxes on share-based awards', UC['withhold']),
                    krow('Net cash used in financing activities', UC['cff']),
                    krow('Effect of exchange rate changes', UC['fx']),
                    krow('Net (decrease) increase in cash and cash equivalents', UC['net']),
                    krow('Cash and cash equivalents at beginning of year', UC['begin']),
                    krow('Cash and cash equivalents at end of year', UC['end'], True),
                ),
            ),
            h('Notes to Consolidated Financial Statements'),
            p(f"""Note 3. Acquisitions. During fiscal 2025 we acquired four uniform rental businesses, in Dayton, Ohio, San
Antonio, Texas, and Hamilton and London, Ontario, for cash of ${mil(-UC['acq'][0])} million, net of cash acquired. We
recorded ${mil(_u_acq['goodwill'])} million of goodwill, ${mil(_u_acq['intang'])} million of customer contracts and
${mil(_u_acq['ppe'])} million of property, plant and equipment, all in the IU&L segment. The acquired businesses
contributed about $27.9 million of revenues in fiscal 2025."""),
            p("""Note 5. Rental merchandise in service. Rental merchandise in service is stated at cost less accumulated
amortization and is amortized on a straight-line basis over its estimated useful life, which is generally 18 to 36
months for garments and 12 to 24 months for floor mats and towels. Amortization of rental merchandise in service,
included in cost of rental and service, was $248.1 million in fiscal 2025, $241.7 million in fiscal 2024 and $229.3
million in fiscal 2023."""),
            p("""Note 9. Long-term debt. Long-term debt consists of a 3.85% senior note due in annual principal installments of
$4.0 million through 2048. The revolving credit facility bears interest at SOFR plus 1.00% to 1.50%; the Company was
in compliance with its covenants, which require a ratio of funded debt to EBITDA of no more than 3.0 to 1, at August
30, 2025."""),
        ),
        (
            h('Note 16. Segment Information'),
            p("""The Company's chief operating decision maker, its Chief Executive Officer, evaluates segment performance on
segment operating income, which is revenues less the segment's cost of revenues, selling and administrative expenses
and depreciation and amortization. Corporate costs include information technology, finance, legal and human resources
costs that are not allocated, and ERP implementation and restructuring costs. Intersegment revenues are not
significant. Assets are not reviewed by segment."""),
            Table(
                caption='Revenues and segment operating income by segment',
                unit='(In thousands)',
                header=U_YEARS,
                rows=(
                    ('Revenues:', '', '', ''),
                    krow('Industrial Uniform & Linen', U['seg_iul'], True),
                    krow('Cleanroom & Specialty Garments', U['seg_csg']),
                    krow('First Aid & Safety', U['seg_fas']),
                    krow('Total revenues', U['rev'], True),
                    ('Operating income:', '', '', ''),
                    krow('Industrial Uniform & Linen', U['op_iul'], True),
                    krow('Cleanroom & Specialty Garments', U['op_csg']),
                    krow('First Aid & Safety', U['op_fas']),
                    krow('Corporate', U['op_corp']),
                    krow('Total operating income', U['opinc'], True),
                ),
            ),
            Table(
                caption='Depreciation and amortization and capital expenditures by segment',
                unit='(In thousands)',
                header=U_YEARS,
                rows=(
                    ('Depreciation and amortization:', '', '', ''),
                    krow('Industrial Uniform & Linen', U['da_iul']),
                    krow('Cleanroom & Specialty Garments', U['da_csg']),
                    krow('First Aid & Safety', U['da_fas']),
                    krow('Corporate', U['da_corp']),
                    krow('Total depreciation and amortization', U['da']),
                    ('Capital expenditures:', '', '', ''),
                    krow('Industrial Uniform & Linen', U['cx_iul']),
                    krow('Cleanroom & Specialty Garments', U['cx_csg']),
                    krow('First Aid & Safety', U['cx_fas']),
                    krow('Corporate', U['cx_corp']),
                    krow('Total capital expenditures', U['capex']),
                ),
            ),
            p("""Revenues from customers in Canada were $148.2 million in fiscal 2025, $139.5 million in fiscal 2024 and $131.0
million in fiscal 2023; all other revenues were from customers in the United States. Subsequent event: on October 21,
2025 the Board of Directors declared a quarterly dividend of $0.375 per share of Common Stock and Class B Common Stock,
payable December 29, 2025 to shareholders of record on December 5, 2025."""),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Quarry Ridge Communications, Inc. - Form 8-K furnishing the third-quarter 2025 earnings release. Columns: three
# months ended September 30, 2025 and 2024, nine months ended September 30, 2025 and 2024; tenths of a million.
# ---------------------------------------------------------------------------------------------------------------
Q_COLS = ('', 'Three months ended Sept. 30, 2025', 'Three months ended Sept. 30, 2024',
          'Nine months ended Sept. 30, 2025', 'Nine months ended Sept. 30, 2024')
Q = dict(
    bb=[2_386, 2_218, 7_042, 6_561],
    video=[612, 688, 1_874, 2_101],
    voice=[94, 106, 290, 325],
    biz=[836, 781, 2_476, 2_317],
    whsl=[211, 224, 641, 652],
    prog=[388, 452, 1_196, 1_378],
    netops=[712, 698, 2_118, 2_087],
    sga=[856, 832, 2_560, 2_498],
    da=[1_042, 968, 3_071, 2_857],
    disposal=[18, -34, 41, -52],
    integ=[27, 64, 96, 188],
    interest=[468, 482, 1_412, 1_441],
    extinguish=[0, 0, 63, 0],
    other=[12, -8, 25, 14],           # income (expense)
    tax=[160, 140, 452, 401],
    sbc=[41, 38, 124, 112],
    basic_sh=[612, 629, 617, 634],    # tenths of a million shares
    dil_sh=[618, 634, 623, 639],
    res_ebitda=[1_571, 1_476, 4_620, 4_344],
    biz_ebitda=[766, 740, 2_280, 2_197],
    capex_q=[1_562, 1_418],
    cx_ext=[684, 571], cx_cpe=[296, 318], cx_upg=[402, 356], cx_supp=[180, 173],
)
Q['res'] = add(Q['bb'], Q['video'], Q['voice'])
Q['bizseg'] = add(Q['biz'], Q['whsl'])
Q['rev'] = add(Q['res'], Q['bizseg'])
Q['costs'] = add(Q['prog'], Q['netops'], Q['sga'], Q['da'], Q['disposal'], Q['integ'])
Q['opinc'] = sub(Q['rev'], Q['costs'])
Q['pretax'] = sub(add(Q['opinc'], Q['other']), add(Q['interest'], Q['extinguish']))
Q['ni'] = sub(Q['pretax'], Q['tax'])
Q['adj_ebitda'] = add(Q['ni'], Q['tax'], Q['interest'], Q['extinguish'], neg(Q['other']), Q['da'], Q['disposal'],
                      Q['integ'], Q['sbc'])
Q['corp'] = sub(Q['adj_ebitda'], add(Q['res_ebitda'], Q['biz_ebitda']))
assert add(Q['cx_ext'], Q['cx_cpe'], Q['cx_upg'], Q['cx_supp']) == Q['capex_q']

QC = dict(
    ni=[Q['ni'][2], Q['ni'][3]], da=[Q['da'][2], Q['da'][3]], sbc=[Q['sbc'][2], Q['sbc'][3]],
    extinguish=[63, 0], disposal=[Q['disposal'][2], Q['disposal'][3]],
    deferred=[192, 168], issuance=[38, 36],
    ar=[-38, -61], prepaid=[-31, -22], ap=[-164, -118], defrev=[16, 12],
    capex=[-4_468, -4_102], fiber=[0, -312], proceeds=[22, 71],
    notes=[8_000, 0], redeem=[-8_063, 0], term=[-94, -94], rev_borrow=[350, 600], rev_repay=[-650, -400],
    costs=[-86, 0], buyback=[-612, -418], withhold=[-31, -27],
)
QC['cfo'] = add(QC['ni'], QC['da'], QC['sbc'], QC['extinguish'], QC['disposal'], QC['deferred'], QC['issuance'],
                QC['ar'], QC['prepaid'], QC['ap'], QC['defrev'])
QC['cfi'] = add(QC['capex'], QC['fiber'], QC['proceeds'])
QC['cff'] = add(QC['notes'], QC['redeem'], QC['term'], QC['rev_borrow'], QC['rev_repay'], QC['costs'],
                QC['buyback'], QC['withhold'])
QC['net'] = add(QC['cfo'], QC['cfi'], QC['cff'])
QC['begin'] = [1_462, 1_105]
QC['end'] = add(QC['begin'], QC['net'])
QC['fcf'] = add(QC['cfo'], QC['capex'])

_q_ppe24, _q_custrel24, _q_custrel_amort = 29_867, 2_216, 374
QB = dict(
    cash=[QC['end'][0], QC['begin'][0]],
    ar=[1_014 - QC['ar'][0], 1_014],
    prepaid=[287 - QC['prepaid'][0], 287],
    ppe=[_q_ppe24 - QC['capex'][0] - (QC['da'][0] - _q_custrel_amort) - (QC['proceeds'][0] + QC['disposal'][0]),
         _q_ppe24],
    franchise=[18_920, 18_920],
    goodwill=[9_418, 9_418],
    custrel=[_q_custrel24 - _q_custrel_amort, _q_custrel24],
    rou=[412, 436],
    ap=[2_612 + QC['ap'][0], 2_612],
    defrev=[302 + QC['defrev'][0], 302],
    debt_cur=[125, 125],
    debt=[38_464, 38_906],
    dtl=[5_712 + QC['deferred'][0], 5_712],
    other_liab=[820, 811],
    cs=[6, 6],
    apic=[13_013 + QC['sbc'][0] + QC['withhold'][0], 13_013],
    treasury=[-1_912 + QC['buyback'][0], -1_912],
)
QB['cur_assets'] = add(QB['cash'], QB['ar'], QB['prepaid'])
QB['cur_liab'] = add(QB['ap'], QB['defrev'], QB['debt_cur'])
QB['liab'] = add(QB['cur_liab'], QB['debt'], QB['dtl'], QB['other_liab'])
_q_re24 = 4_316
QB['re'] = [_q_re24 + QC['ni'][0], _q_re24]
QB['equity'] = add(QB['cs'], QB['apic'], QB['re'], QB['treasury'])
# other noncurrent assets balance the sheet
QB['other'] = [QB['liab'][i] + QB['equity'][i] - QB['cur_assets'][i] - QB['ppe'][i] - QB['franchise'][i]
               - QB['goodwill'][i] - QB['custrel'][i] - QB['rou'][i] for i in (0, 1)]
QB['assets'] = add(QB['cur_assets'], QB['ppe'], QB['franchise'], QB['goodwill'], QB['custrel'], QB['rou'],
                   QB['other'])
assert add(QB['liab'], QB['equity']) == QB['assets']

# residential broadband customers (thousands) at period ends: Sept. 30, 2025, June 30, 2025, Sept. 30, 2024,
# June 30, 2024; ARPU = quarterly broadband revenue / average customers / 3, rounded to cents as printed
_q_bbcust = (981.2, 973.8, 952.7, 936.9)
Q_ARPU = [round(Q['bb'][0] * 1e5 / ((_q_bbcust[0] + _q_bbcust[1]) / 2 * 1e3) / 3, 2),
          round(Q['bb'][1] * 1e5 / ((_q_bbcust[2] + _q_bbcust[3]) / 2 * 1e3) / 3, 2)]
Q_TOTAL_DEBT = [QB['debt_cur'][0] + QB['debt'][0], QB['debt_cur'][1] + QB['debt'][1]]


def qeps(ni, sh):
    return tuple(f"${n / s:.2f}" for n, s in zip(ni, sh))


def qrow(label, key, dollar=False):
    return mrow(label, Q[key], dollar)


def qm(v):
    """Tenths of a million for the text: 413.9."""
    return f"{v / 10:,.1f}"


QUARRY_8K = Report(
    stem="quarry_ridge_q3_2025_earnings_release",
    title="Quarry Ridge Communications, Inc. - Current Report on Form 8-K (Item 2.02), Exhibit 99.1: Third Quarter 2025 Results",
    running_title="Quarry Ridge Communications, Inc. | Form 8-K, Exhibit 99.1",
    date="October 30, 2025",
    iso_date="2025-10-30",
    keywords=("Quarry Ridge Communications", "8-K", "earnings release", "broadband", "third quarter 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 8-K. CURRENT REPORT Pursuant
to Section 13 or 15(d) of the Securities Exchange Act of 1934. Date of Report (Date of earliest event reported):
October 30, 2025. QUARRY RIDGE COMMUNICATIONS, INC. (Exact name of registrant as specified in its charter). Delaware
(State of incorporation); Commission File Number 001-39874; I.R.S. Employer Identification No. 84-3920157. 2100 Hamilton
Street, Allentown, Pennsylvania 18104. Registrant's telephone number: (610) 555-0172."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Exchange'),
                rows=(
                    ('Common Stock, par value $0.0001 per share', 'QRCM', 'Nasdaq'),
                ),
            ),
            p("""Item 2.02 Results of Operations and Financial Condition. On October 30, 2025, Quarry Ridge Communications, Inc.
issued a press release announcing its results for the third quarter ended September 30, 2025. A copy of the press
release is furnished as Exhibit 99.1 and is not deemed "filed" for purposes of Section 18 of the Exchange Act. Item
9.01 Financial Statements and Exhibits: Exhibit 99.1, Press release dated October 30, 2025. Signature: Renata O. Lindqvist,
Executive Vice President and Chief Financial Officer."""),
            h('Exhibit 99.1 - Quarry Ridge Communications Reports Third Quarter 2025 Results'),
            p(f"""ALLENTOWN, Pa., October 30, 2025 - Quarry Ridge Communications, Inc. (Nasdaq: QRCM), a provider of fiber and
hybrid fiber-coaxial broadband, video and voice services to residential and business customers in 19 states, today
reported results for the third quarter of 2025."""),
            p(f"""Third quarter highlights: Total revenues of ${qm(Q['rev'][0])} million, up {chg(Q['rev'][0], Q['rev'][1])}
from the third quarter of 2024. Residential broadband revenues grew {chg(Q['bb'][0], Q['bb'][1])}. Net income of
${qm(Q['ni'][0])} million, or {qeps(Q['ni'], Q['dil_sh'])[0]} per diluted share, compared with ${qm(Q['ni'][1])} million,
or {qeps(Q['ni'], Q['dil_sh'])[1]} per diluted share. Adjusted EBITDA of ${qm(Q['adj_ebitda'][0])} million, up
{chg(Q['adj_ebitda'][0], Q['adj_ebitda'][1])}, and an Adjusted EBITDA margin of
{pct(Q['adj_ebitda'][0], Q['rev'][0])}. Residential broadband customers increased by 7,400 in the quarter, to 981,200.
Homes and businesses passed with fiber-to-the-premises ("FTTP") reached 1,126,000, after 41,800 new fiber passings in
the quarter."""),
            p(""""Our fiber build is running ahead of plan, and penetration of newly built areas is reaching 28% after twelve months,"
said Tobias Wren-Aldana, President and Chief Executive Officer. "Video continues to decline as customers move to
streaming, but broadband and business services keep growing." Renata O. Lindqvist, Chief Financial Officer, added: "We
refinanced our 2027 notes in June, so we have no maturities of senior notes until 2029.\""""),
        ),
        (
            h('Discussion of third quarter results'),
            p(f"""Revenues. Residential broadband revenues increased {chg(Q['bb'][0], Q['bb'][1])}, driven by a 3.0% increase in
residential broadband customers and a {chg(Q_ARPU[0], Q_ARPU[1])} increase in average monthly revenue per broadband customer, to ${Q_ARPU[0]:.2f}, from
rate adjustments in January 2025 and more customers taking speeds of 1 gigabit or higher. Residential video revenues
decreased {chg(Q['video'][0], Q['video'][1])} as video customers fell to 212,800 from 241,500. Business services revenues
increased {chg(Q['biz'][0], Q['biz'][1])}, reflecting growth in small and medium business broadband and enterprise
fiber connections. Wholesale and other revenues decreased because a wireless carrier customer disconnected legacy
copper backhaul circuits; the same carrier accounted for about 4% of total revenues in the nine months."""),
            p(f"""Costs. Programming costs decreased {chg(Q['prog'][0], Q['prog'][1])} due to fewer video customers, partially offset
by contractual rate increases. Network operations and customer care costs increased
{chg(Q['netops'][0], Q['netops'][1])}, mainly from pole attachment fees and the costs of operating a larger network.
Selling, general and administrative expenses increased {chg(Q['sga'][0], Q['sga'][1])} because of marketing in new fiber
areas. Depreciation and amortization increased {chg(Q['da'][0], Q['da'][1])} as new fiber plant was placed in service.
Network integration and transaction costs relate to the integration of the Susquehanna Valley fiber network acquired in
2024."""),
            p(f"""Interest and taxes. Interest expense, net decreased to ${qm(Q['interest'][0])} million from
${qm(Q['interest'][1])} million, because the notes issued in June 2025 carry a lower rate than the notes they
refinanced. In the second quarter we recorded a ${qm(Q['extinguish'][2])} million loss on extinguishment of debt,
the premium paid to redeem the 2027 notes. The effective tax rate was {pct(Q['tax'][0], Q['pretax'][0])} in the quarter."""),
            Table(
                caption='Operating metrics',
                unit='(In thousands, except ARPU and churn)',
                header=('', 'Sept. 30, 2025', 'June 30, 2025', 'Sept. 30, 2024'),
                rows=(
                    ('Homes and businesses passed', '2,418.6', '2,394.1', '2,301.4'),
                    ('FTTP homes and businesses passed', '1,126.0', '1,084.2', '912.7'),
                    ('Residential broadband customers', '981.2', '973.8', '952.7'),
                    ('Residential video customers', '212.8', '221.4', '241.5'),
                    ('Residential voice customers', '118.6', '122.9', '131.2'),
                    ('Business customers', '71.4', '70.6', '68.9'),
                    ('Broadband ARPU (quarter)', f"${Q_ARPU[0]:.2f}", '$80.97', f"${Q_ARPU[1]:.2f}"),
                    ('Broadband monthly churn (quarter)', '1.42%', '1.38%', '1.55%'),
                ),
                note="""ARPU is residential broadband revenues for the quarter divided by the average number of residential
broadband customers, divided by three. Customer figures are at period end.""",
            ),
            Table(
                caption='Capital expenditures by category',
                unit='(In millions)',
                header=('', 'Three months ended Sept. 30, 2025', 'Three months ended Sept. 30, 2024'),
                rows=(
                    mrow('Fiber network expansion', [Q['cx_ext'][0], Q['cx_ext'][1]]),
                    mrow('Customer premise equipment', [Q['cx_cpe'][0], Q['cx_cpe'][1]]),
                    mrow('Network upgrades and rebuilds', [Q['cx_upg'][0], Q['cx_upg'][1]]),
                    mrow('Support capital', [Q['cx_supp'][0], Q['cx_supp'][1]]),
                    mrow('Total capital expenditures', Q['capex_q'], True),
                ),
            ),
        ),
        (
            h('2025 outlook'),
            p("""Quarry Ridge updates its full-year 2025 outlook: Adjusted EBITDA of $880 million to $895 million (previously
$870 million to $895 million); capital expenditures of $590 million to $610 million, unchanged; and 150,000 to 165,000
new FTTP passings, unchanged. The Company does not provide an outlook for net income or revenues."""),
            h('Capital allocation and liquidity'),
            p(f"""In the third quarter Quarry Ridge repurchased 0.7 million shares for $21.4 million; in the nine months it
repurchased 2.1 million shares for ${qm(-QC['buyback'][0])} million, and $288.6 million remained available under its
share repurchase authorization at September 30, 2025. At September 30, 2025 total debt principal was $3,912.5 million,
consisting of a $1,250.0 million term loan B due 2030 ($12.5 million payable each year), $800.0 million of 6.125%
senior notes due 2033 issued in June 2025, $1,100.0 million of 5.50% senior notes due 2029, $712.5 million of 4.75%
senior notes due 2031 and $50.0 million drawn on the $500.0 million revolving credit facility due 2030. Net leverage,
total debt principal less cash divided by last-twelve-months Adjusted EBITDA of $873.6 million, was 4.4 times."""),
        ),
        (
            Table(
                caption='QUARRY RIDGE COMMUNICATIONS, INC. CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)',
                unit='(In millions, except per share data)',
                header=Q_COLS,
                rows=(
                    ('Revenues:', '', '', '', ''),
                    qrow('Residential broadband', 'bb', True),
                    qrow('Residential video', 'video'),
                    qrow('Residential voice', 'voice'),
                    qrow('Business services', 'biz'),
                    qrow('Wholesale and other', 'whsl'),
                    qrow('Total revenues', 'rev'),
                    ('Costs and expenses:', '', '', '', ''),
                    qrow('Programming costs', 'prog'),
                    qrow('Network operations and customer care', 'netops'),
                    qrow('Selling, general and administrative', 'sga'),
                    qrow('Depreciation and amortization', 'da'),
                    qrow('Loss (gain) on disposal of assets, net', 'disposal'),
                    qrow('Network integration and transaction costs', 'integ'),
                    qrow('Total costs and expenses', 'costs'),
                    qrow('Income from operations', 'opinc'),
                    mrow('Interest expense, net', neg(Q['interest'])),
                    mrow('Loss on extinguishment of debt', neg(Q['extinguish'])),
                    qrow('Other income (expense), net', 'other'),
                    qrow('Income before income taxes', 'pretax'),
                    mrow('Income tax expense', neg(Q['tax'])),
                    qrow('Net income', 'ni', True),
                    ('Earnings per share - basic', *qeps(Q['ni'], Q['basic_sh'])),
                    ('Earnings per share - diluted', *qeps(Q['ni'], Q['dil_sh'])),
                    qrow('Weighted average shares - basic', 'basic_sh'),
                    qrow('Weighted average shares - diluted', 'dil_sh'),
                ),
                note="""Programming costs and network operations and customer care are exclusive of depreciation and
amortization.""",
            ),
        ),
        (
            Table(
                caption='CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
                unit='(In millions)',
                header=('', 'September 30, 2025', 'December 31, 2024'),
                rows=(
                    mrow('Cash and cash equivalents', QB['cash'], True),
                    mrow('Accounts receivable, net', QB['ar']),
                    mrow('Prepaid expenses and other current assets', QB['prepaid']),
                    mrow('Total current assets', QB['cur_assets']),
                    mrow('Property, plant and equipment, net', QB['ppe']),
                    mrow('Franchise rights', QB['franchise']),
                    mrow('Goodwill', QB['goodwill']),
                    mrow('Customer relationships, net', QB['custrel']),
                    mrow('Operating lease right-of-use assets', QB['rou']),
                    mrow('Other noncurrent assets', QB['other']),
                    mrow('Total assets', QB['assets'], True),
                    mrow('Accounts payable and accrued liabilities', QB['ap'], True),
                    mrow('Deferred revenue', QB['defrev']),
                    mrow('Current portion of long-term debt', QB['debt_cur']),
                    mrow('Total current liabilities', QB['cur_liab']),
                    mrow('Long-term debt, net of current portion', QB['debt']),
                    mrow('Deferred income taxes', QB['dtl']),
                    mrow('Other long-term liabilities', QB['other_liab']),
                    mrow('Total liabilities', QB['liab']),
                    mrow('Common stock', QB['cs']),
                    mrow('Additional paid-in capital', QB['apic']),
                    mrow('Retained earnings', QB['re']),
                    mrow('Treasury stock, at cost', QB['treasury']),
                    mrow("Total stockholders' equity", QB['equity']),
                    mrow("Total liabilities and stockholders' equity", add(QB['liab'], QB['equity']), True),
                ),
                note="""Long-term debt is stated net of unamortized discounts and debt issuance costs of $53.6 million at
September 30, 2025.""",
            ),
        ),
        (
            Table(
                caption='CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(In millions)',
                header=('', 'Nine months ended Sept. 30, 2025', 'Nine months ended Sept. 30, 2024'),
                rows=(
                    ('Operating activities:', '', ''),
                    mrow('Net income', QC['ni'], True),
                    mrow('Depreciation and amortization', QC['da']),
                    mrow('Stock-based compensation', QC['sbc']),
                    mrow('Loss on extinguishment of debt', QC['extinguish']),
                    mrow('Loss (gain) on disposal of assets, net', QC['disposal']),
                    mrow('Deferred income taxes', QC['deferred']),
                    mrow('Amortization of debt issuance costs', QC['issuance']),
                    mrow('Accounts receivable', QC['ar']),
                    mrow('Prepaid expenses and other assets', QC['prepaid']),
                    mrow('Accounts payable and accrued liabilities', QC['ap']),
                    mrow('Deferred revenue', QC['defrev']),
                    mrow('Net cash flows from operating activities', QC['cfo']),
                    ('Investing activities:', '', ''),
                    mrow('Purchases of property, plant and equipment', QC['capex']),
                    mrow('Acquisition of fiber network assets', QC['fiber']),
                    mrow('Proceeds from sales of assets', QC['proceeds']),
                    mrow('Net cash flows from investing activities', QC['cfi']),
                    ('Financing activities:', '', ''),
                    mrow('Proceeds from issuance of senior notes', QC['notes']),
                    mrow('Redemption of senior notes, including premium', QC['redeem']),
                    mrow('Repayments of term loan', QC['term']),
                    mrow('Borrowings under revolving credit facility', QC['rev_borrow']),
                    mrow('Repayments of revolving credit facility', QC['rev_repay']),
                    mrow('Payments of debt issuance costs', QC['costs']),
                    mrow('Repurchases of common stock', QC['buyback']),
                    mrow('Taxes paid on vested stock awards', QC['withhold']),
                    mrow('Net cash flows from financing activities', QC['cff']),
                    mrow('Net change in cash and cash equivalents', QC['net']),
                    mrow('Cash and cash equivalents, beginning of period', QC['begin']),
                    mrow('Cash and cash equivalents, end of period', QC['end'], True),
                ),
            ),
        ),
        (
            h('Segment information'),
            p("""Quarry Ridge has two reportable segments. Residential provides broadband, video and voice services to homes.
Business & Wholesale provides broadband, voice, fiber connectivity and managed services to small, medium and enterprise
businesses and carrier backhaul and dark fiber to wholesale customers. Segment Adjusted EBITDA excludes corporate costs
that are not allocated."""),
            Table(
                caption='Revenues and segment Adjusted EBITDA',
                unit='(In millions)',
                header=Q_COLS,
                rows=(
                    ('Revenues', '', '', '', ''),
                    qrow('Residential', 'res', True),
                    qrow('Business & Wholesale', 'bizseg'),
                    qrow('Total revenues', 'rev', True),
                    ('Segment Adjusted EBITDA', '', '', '', ''),
                    qrow('Residential', 'res_ebitda', True),
                    qrow('Business & Wholesale', 'biz_ebitda'),
                    qrow('Corporate and other', 'corp'),
                    qrow('Total Adjusted EBITDA', 'adj_ebitda', True),
                ),
            ),
            h('Use of non-GAAP financial measures'),
            p("""Adjusted EBITDA is net income plus income tax expense, interest expense, net, loss on extinguishment of debt,
depreciation and amortization, loss (gain) on disposal of assets, network integration and transaction costs and
stock-based compensation, less other income (expense), net. Adjusted EBITDA margin is Adjusted EBITDA divided by total
revenues. Free cash flow is net cash flows from operating activities less purchases of property, plant and equipment.
These measures are not defined by U.S. GAAP and may not be comparable to similarly titled measures of other
companies."""),
            Table(
                caption='Reconciliation of net income to Adjusted EBITDA',
                unit='(In millions)',
                header=Q_COLS,
                rows=(
                    qrow('Net income', 'ni', True),
                    qrow('Income tax expense', 'tax'),
                    qrow('Interest expense, net', 'interest'),
                    qrow('Loss on extinguishment of debt', 'extinguish'),
                    mrow('Other (income) expense, net', neg(Q['other'])),
                    qrow('Depreciation and amortization', 'da'),
                    qrow('Loss (gain) on disposal of assets, net', 'disposal'),
                    qrow('Network integration and transaction costs', 'integ'),
                    qrow('Stock-based compensation', 'sbc'),
                    qrow('Adjusted EBITDA', 'adj_ebitda', True),
                    ('Adjusted EBITDA margin', *(pct(a, b) for a, b in zip(Q['adj_ebitda'], Q['rev']))),
                ),
            ),
        ),
    ),
)

REPORTS = (DUNMORE_10K, QUARRY_8K)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
