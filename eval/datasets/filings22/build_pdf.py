"""Build the two PDF filings of the held-out set filings22 (eval/datasets/filings22/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. The elevator company's figures are held in tenths of a million (printed in
millions with one decimal) and the armored logistics company's in thousands (integers both), so that statement
totals, summed here from their lines, foot exactly.

    .venv/bin/python eval/datasets/filings22/build_pdf.py      # writes docs/*.pdf
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


def n(v, dollar=False):
    """An integer as printed: 1,234 / (1,234) / -."""
    if v == 0:
        return '-'
    s = f"{abs(v):,}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def m(v, dollar=False):
    """Tenths of a million as printed in millions: 123.4 / (123.4) / -."""
    if v == 0:
        return '-'
    s = f"{abs(v) / 10:,.1f}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def row(label, vals, dollar=False):
    return (label, *(n(v, dollar) for v in vals))


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
    return f"{(a - b) / b * 100:.1f}%"


def down(new, old):
    """A decrease as a positive percentage: 10.1%."""
    return f"{(old - new) / old * 100:.1f}%"


def mt(v):
    """Tenths of a million as text: 2,057.6."""
    return f"{v / 10:,.1f}"


def mk(v):
    """Thousands as millions with one decimal, for the text: 402.1."""
    return f"{v / 1_000:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Halvorsen Elevator Company: Form 10-K, fiscal year ended December 31, 2025, in millions (held in tenths).
# Columns: 2025, 2024, 2023.
# ---------------------------------------------------------------------------------------------------------------
E = dict(
    s_new=[6_842, 6_915, 6_408],
    s_mod=[3_918, 3_406, 3_012],
    s_svc=[9_816, 9_248, 8_795],
    cost_prod=[8_212, 8_046, 7_518],
    cost_svc=[5_614, 5_342, 5_128],
    sga=[2_906, 2_788, 2_641],
    eng=[318, 296, 274],
    amort=[142, 138, 121],
    interest=[386, 412, 368],
    pension=[48, 52, 40],  # non-service pension income
    tax=[726, 598, 502],
    basic_sh=[60_418, 61_206, 61_915],  # thousands of shares
    dil_sh=[60_906, 61_718, 62_402],
    oi_new=[612, 748, 702],
    oi_mod=[604, 512, 418],
    oi_svc=[2_486, 2_004, 1_702],
    canada=[3_106, 2_918, 2_706],
)
E['s_prod'] = add(E['s_new'], E['s_mod'])
E['rev'] = add(E['s_prod'], E['s_svc'])
E['cost'] = add(E['cost_prod'], E['cost_svc'])
E['gp'] = sub(E['rev'], E['cost'])
E['opex'] = add(E['sga'], E['eng'], E['amort'])
E['opinc'] = sub(E['gp'], E['opex'])
E['pretax'] = add(sub(E['opinc'], E['interest']), E['pension'])
E['ni'] = sub(E['pretax'], E['tax'])
E['corp'] = sub(E['opinc'], add(E['oi_new'], E['oi_mod'], E['oi_svc']))
E['us'] = sub(E['rev'], E['canada'])
assert min(E['ni']) > 0 and max(E['corp']) < 0

EC = dict(
    dep=[418, 396, 371],
    sbc=[164, 151, 138],
    deferred=[-36, 22, 14],
    ar=[-214, -168, -122],
    ca=[-96, -58, 41],
    inv=[-42, 31, -67],
    ap=[88, -24, 52],
    cl=[131, 64, 38],
    accrued=[57, 41, -18],
    capex=[-486, -532, -441],
    acquisition=[-512, -212, -154],
    asset_sales=[34, 18, 12],
    notes=[0, 0, 5_000],
    repay=[-250, -250, -3_250],
    dividends=[-725, -685, -650],
    buyback=[-1_204, -1_068, -806],
    withhold=[-42, -38, -35],
    begin2023=2_604,
)
EC['cfo'] = add(E['ni'], EC['dep'], E['amort'], EC['sbc'], EC['deferred'], EC['ar'], EC['ca'], EC['inv'], EC['ap'],
                EC['cl'], EC['accrued'])
EC['cfi'] = add(EC['capex'], EC['acquisition'], EC['asset_sales'])
EC['cff'] = add(EC['notes'], EC['repay'], EC['dividends'], EC['buyback'], EC['withhold'])
EC['net'] = add(EC['cfo'], EC['cfi'], EC['cff'])
_e_begin = [0, 0, EC['begin2023']]
_e_begin[1] = EC['begin2023'] + EC['net'][2]
_e_begin[0] = _e_begin[1] + EC['net'][1]
EC['begin'] = _e_begin
EC['end'] = add(EC['begin'], EC['net'])
E_ACQ = dict(goodwill=290, intang=216, ppe=6)  # 2025 service-route acquisitions, purchase price allocation
assert sum(E_ACQ.values()) == -EC['acquisition'][0]

# Balance sheets at December 31, 2025 and 2024; the 2025 changes come from the 2025 cash flow lines.
EB = dict(
    cash=[EC['end'][0], EC['begin'][0]],
    ar=[3_612 - EC['ar'][0], 3_612],
    ca=[1_148 - EC['ca'][0], 1_148],
    inv=[1_006 - EC['inv'][0], 1_006],
    prepaid=[284, 284],
    ppe=[2_918 - EC['capex'][0] - EC['dep'][0] - EC['asset_sales'][0] + E_ACQ['ppe'], 2_918],
    rou=[912, 948],
    goodwill=[4_106 + E_ACQ['goodwill'], 4_106],
    intang=[1_204 + E_ACQ['intang'] - E['amort'][0], 1_204],
    other_assets=[406, 406],
    ap=[1_418 + EC['ap'][0], 1_418],
    cl=[2_286 + EC['cl'][0], 2_286],
    accrued=[1_312 + EC['accrued'][0], 1_312],
    debt_cur=[250, 250],
    lease_cur=[214, 221],
    debt=[6_750 + EC['repay'][0], 6_750],
    lease=[718, 747],
    pension=[604, 604],
    dtl=[512 + EC['deferred'][0], 512],
    other_liab=[318, 318],
    cs=[7, 7],
    apic=[3_106 + EC['sbc'][0] + EC['withhold'][0], 3_106],
    treasury=[-2_914 + EC['buyback'][0], -2_914],
    aoci=[-486, -486],
)
EB['cur_assets'] = add(EB['cash'], EB['ar'], EB['ca'], EB['inv'], EB['prepaid'])
EB['assets'] = add(EB['cur_assets'], EB['ppe'], EB['rou'], EB['goodwill'], EB['intang'], EB['other_assets'])
EB['cur_liab'] = add(EB['ap'], EB['cl'], EB['accrued'], EB['debt_cur'], EB['lease_cur'])
EB['liab'] = add(EB['cur_liab'], EB['debt'], EB['lease'], EB['pension'], EB['dtl'], EB['other_liab'])
_e_re24 = EB['assets'][1] - EB['liab'][1] - EB['cs'][1] - EB['apic'][1] - EB['treasury'][1] - EB['aoci'][1]
EB['re'] = [_e_re24 + E['ni'][0] + EC['dividends'][0], _e_re24]
EB['equity'] = add(EB['cs'], EB['apic'], EB['re'], EB['treasury'], EB['aoci'])
assert EB['rou'][0] - EB['rou'][1] == EB['lease_cur'][0] + EB['lease'][0] - EB['lease_cur'][1] - EB['lease'][1]
assert add(EB['liab'], EB['equity']) == EB['assets'], (add(EB['liab'], EB['equity']), EB['assets'])
assert min(EC['end']) > 0 and min(EB['re']) > 0
E_TOTAL_DEBT = [a + b for a, b in zip(EB['debt_cur'], EB['debt'])]
assert E_TOTAL_DEBT[0] == 5_000 + 1_750  # senior notes 500.0 + term loan 175.0 (in tenths)

E_YEARS = ('', '2025', '2024', '2023')


def eps(ni, sh):
    """Net income in tenths of a million, shares in thousands."""
    return tuple(f"${a * 100 / b:.2f}" for a, b in zip(ni, sh))


def erow(label, key, dollar=False):
    return mrow(label, E[key], dollar)


HALVORSEN_10K = Report(
    stem="halvorsen_elevator_10k_fy2025",
    title="Halvorsen Elevator Company - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Halvorsen Elevator Company | Form 10-K 2025",
    date="February 19, 2026",
    iso_date="2026-02-19",
    keywords=("Halvorsen Elevator Company", "10-K", "elevators", "escalators", "2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended December 31, 2025.
Commission File Number 001-38817. HALVORSEN ELEVATOR COMPANY (Exact name of registrant as specified in its charter),
a Minnesota corporation, I.R.S. Employer Identification No. 41-0977412, 1800 Washington Avenue North, Minneapolis,
Minnesota 55411. Registrant's telephone number, including area code: (612) 555-0148."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(
                    ('Common Stock, par value $0.10 per share', 'HLVR', 'New York Stock Exchange'),
                ),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the voting common stock held by
non-affiliates of the registrant, computed by reference to the closing price on June 30, 2025, was approximately
$7.9 billion. The number of shares of the registrant's common stock outstanding as of February 6, 2026 was
60,184,902."""),
            h('PART I. Item 1. Business'),
            p("""Halvorsen Elevator Company ("Halvorsen," the "Company," "we," "us") designs, manufactures, installs and
services elevators, escalators and moving walkways for commercial, residential, institutional and public transit
buildings in the United States and Canada. The Company was incorporated in Minnesota in 1921. We manage our business
in three reportable segments. New Installations designs, manufactures and installs new elevators and escalators under
fixed-price contracts with general contractors and building owners. Modernization replaces controllers, machines,
doors and cabs of existing equipment, whether or not we originally installed it. Service performs maintenance under
contracts that generally run one to five years and renew automatically, as well as repairs and code-compliance
inspections."""),
            p("""Installed base and backlog. At December 31, 2025, approximately 71,300 elevator and escalator units
were covered by our maintenance contracts, compared with approximately 68,900 units a year earlier, including about
1,450 units added with the acquisition of independent service companies in Texas and Ontario. The backlog of our New
Installations and Modernization segments (remaining performance obligations on signed contracts) was $1,482.6 million
at December 31, 2025, compared with $1,391.0 million at December 31, 2024; we expect to recognize approximately 58% of
the December 31, 2025 backlog as revenue in 2026."""),
        ),
        (
            p("""Human capital. At December 31, 2025 we employed approximately 9,840 people, of whom approximately 6,120
were field mechanics and apprentices who install, modernize and maintain equipment. About 71% of our employees in the
United States are represented by the International Union of Elevator Constructors under a national agreement that
expires on July 8, 2027. We employed approximately 9,460 people at December 31, 2024."""),
            p("""Competition and seasonality. We compete with global elevator manufacturers and with several hundred
independent service companies. Service revenue is not seasonal; New Installations revenue is usually lowest in the
first quarter because of winter weather on construction sites."""),
            h('Item 1A. Risk Factors'),
            p("""A prolonged decline in commercial office and multifamily construction would reduce orders in our New
Installations segment. Our fixed-price installation contracts expose us to increases in the cost of steel, copper and
electronic components between the time we sign a contract and the time we buy the materials. A shortage of licensed
elevator mechanics could limit our ability to grow our Service portfolio. A strike or work stoppage under our
collective bargaining agreement could disrupt our operations."""),
            h('Item 5. Market for Registrant\'s Common Equity and Issuer Purchases of Equity Securities'),
            p(f"""Our common stock is listed on the New York Stock Exchange under the symbol HLVR. We paid quarterly
dividends of $0.30 per share in 2025 ($1.20 for the year) and $0.28 per share in 2024 ($1.12 for the year). During 2025
we repurchased 1,402,610 shares of common stock for ${mt(-EC['buyback'][0])} million under the $500 million program
authorized by our Board in October 2024, of which $273.4 million remained available at December 31, 2025."""),
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Total revenues for 2025 were ${mt(E['rev'][0])} million, up {chg(E['rev'][0], E['rev'][1])}
from ${mt(E['rev'][1])} million in 2024. Operating profit increased to ${mt(E['opinc'][0])} million from
${mt(E['opinc'][1])} million and net earnings were ${mt(E['ni'][0])} million, or {eps(E['ni'], E['dil_sh'])[0]} per
diluted share, compared with ${mt(E['ni'][1])} million, or {eps(E['ni'], E['dil_sh'])[1]} per diluted share, in
2024. The increase was led by our Service and Modernization segments, while New Installations revenue and profit
declined."""),
        ),
        (
            p(f"""Service. Service revenues rose {chg(E['s_svc'][0], E['s_svc'][1])} to ${mt(E['s_svc'][0])} million,
reflecting annual price escalators in our maintenance contracts, the larger number of units under contract and a full
year of the companies acquired in 2024. Service operating profit grew to ${mt(E['oi_svc'][0])} million from
${mt(E['oi_svc'][1])} million, as the higher revenue and better route density more than offset higher mechanic wages
under the union agreement."""),
            p(f"""Modernization. Modernization revenues increased {chg(E['s_mod'][0], E['s_mod'][1])} to
${mt(E['s_mod'][0])} million. Owners of aging buildings replaced obsolete relay-logic controllers for which spare
parts are no longer available, and code deadlines in New York City and Chicago for door-lock monitoring and
emergency communication brought forward projects. Modernization operating profit increased to ${mt(E['oi_mod'][0])}
million from ${mt(E['oi_mod'][1])} million."""),
            p(f"""New Installations. New Installations revenues decreased {down(E['s_new'][0], E['s_new'][1])} to
${mt(E['s_new'][0])} million, as fewer office towers started construction and several multifamily projects were
delayed by their developers. Operating profit declined to ${mt(E['oi_new'][0])} million from ${mt(E['oi_new'][1])}
million, because lower volumes left factory overhead under-absorbed at our Rochester, Minnesota plant and because
contracts signed in 2023 at fixed prices absorbed higher costs of steel and drive components."""),
            p(f"""Costs and expenses. Selling, general and administrative expenses were ${mt(E['sga'][0])} million, or
{pct(E['sga'][0], E['rev'][0])} of revenues, compared with {pct(E['sga'][1], E['rev'][1])} in 2024. Engineering and
development expense increased to ${mt(E['eng'][0])} million, mainly for our destination-dispatch controller. Interest
expense, net decreased to ${mt(E['interest'][0])} million because of term loan repayments and higher interest income
on cash balances. Our effective income tax rate was {pct(E['tax'][0], E['pretax'][0])}, compared with
{pct(E['tax'][1], E['pretax'][1])} in 2024."""),
            p(f"""Liquidity and capital resources. At December 31, 2025 we had cash and equivalents of
${mt(EB['cash'][0])} million and $600.0 million available under our undrawn revolving credit facility. Cash provided by
operating activities was ${mt(EC['cfo'][0])} million in 2025, compared with ${mt(EC['cfo'][1])} million in 2024.
Purchases of property, plant and equipment were ${mt(-EC['capex'][0])} million, mainly for service vehicles and the
automation of our Rochester door and cab lines; we expect capital spending of about $50 million in 2026. We spent
${mt(-EC['acquisition'][0])} million on acquisitions of service companies, paid dividends of
${mt(-EC['dividends'][0])} million and repurchased shares for ${mt(-EC['buyback'][0])} million. We believe our cash,
cash from operations and the revolving credit facility will be sufficient to meet our needs for at least the next
twelve months."""),
        ),
        (
            Table(
                caption='HALVORSEN ELEVATOR COMPANY CONSOLIDATED STATEMENTS OF EARNINGS',
                unit='(In millions, except per share data) - Years ended December 31,',
                header=E_YEARS,
                rows=(
                    ('Revenues:', '', '', ''),
                    erow('Product and installation', 's_prod', True),
                    erow('Service', 's_svc'),
                    erow('Total revenues', 'rev', True),
                    ('Costs and expenses:', '', '', ''),
                    erow('Cost of product and installation revenues', 'cost_prod'),
                    erow('Cost of service revenues', 'cost_svc'),
                    erow('Selling, general and administrative', 'sga'),
                    erow('Engineering and development', 'eng'),
                    erow('Amortization of acquired intangibles', 'amort'),
                    mrow('Total costs and expenses', add(E['cost'], E['opex'])),
                    erow('Operating profit', 'opinc'),
                    erow('Interest expense, net', 'interest'),
                    mrow('Other (income) expense, net', neg(E['pension'])),
                    erow('Earnings before income taxes', 'pretax'),
                    erow('Income tax expense', 'tax'),
                    erow('Net earnings', 'ni', True),
                    ('Net earnings per share:', '', '', ''),
                    ('Basic', *eps(E['ni'], E['basic_sh'])),
                    ('Diluted', *eps(E['ni'], E['dil_sh'])),
                    ('Weighted-average shares outstanding (in thousands):', '', '', ''),
                    row('Basic', E['basic_sh']),
                    row('Diluted', E['dil_sh']),
                ),
                note="""Other (income) expense, net consists mainly of the non-service components of net periodic
pension income.""",
            ),
        ),
        (
            Table(
                caption='HALVORSEN ELEVATOR COMPANY CONSOLIDATED BALANCE SHEETS',
                unit='(In millions, except par value)',
                header=('', 'December 31, 2025', 'December 31, 2024'),
                rows=(
                    mrow('Cash and equivalents', EB['cash'], True),
                    mrow('Receivables, net of allowances', EB['ar']),
                    mrow('Contract assets', EB['ca']),
                    mrow('Inventories', EB['inv']),
                    mrow('Prepaid expenses and other', EB['prepaid']),
                    mrow('Total current assets', EB['cur_assets']),
                    mrow('Property, plant and equipment, net', EB['ppe']),
                    mrow('Operating lease right-of-use assets', EB['rou']),
                    mrow('Goodwill', EB['goodwill']),
                    mrow('Intangible assets, net', EB['intang']),
                    mrow('Other noncurrent assets', EB['other_assets']),
                    mrow('Total assets', EB['assets'], True),
                    mrow('Accounts payable', EB['ap'], True),
                    mrow('Contract liabilities', EB['cl']),
                    mrow('Accrued compensation and other liabilities', EB['accrued']),
                    mrow('Current maturities of long-term debt', EB['debt_cur']),
                    mrow('Current operating lease liabilities', EB['lease_cur']),
                    mrow('Total current liabilities', EB['cur_liab']),
                    mrow('Long-term debt, less current maturities', EB['debt']),
                    mrow('Long-term operating lease liabilities', EB['lease']),
                    mrow('Pension, postretirement and other long-term liabilities',
                         add(EB['pension'], EB['other_liab'])),
                    mrow('Deferred income taxes', EB['dtl']),
                    mrow('Total liabilities', EB['liab']),
                    ('Shareholders\' equity:', '', ''),
                    mrow('Common stock, $0.10 par value', EB['cs']),
                    mrow('Additional paid-in capital', EB['apic']),
                    mrow('Retained earnings', EB['re']),
                    mrow('Treasury stock, at cost', EB['treasury']),
                    mrow('Accumulated other comprehensive loss', EB['aoci']),
                    mrow('Total shareholders\' equity', EB['equity']),
                    mrow('Total liabilities and shareholders\' equity', add(EB['liab'], EB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='HALVORSEN ELEVATOR COMPANY CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In millions) - Years ended December 31,',
                header=E_YEARS,
                rows=(
                    ('Cash flows from operating activities:', '', '', ''),
                    erow('Net earnings', 'ni', True),
                    ('Adjustments to arrive at net cash from operating activities:', '', '', ''),
                    mrow('Depreciation', EC['dep']),
                    erow('Amortization of acquired intangibles', 'amort'),
                    mrow('Stock-based compensation expense', EC['sbc']),
                    mrow('Deferred income tax provision (benefit)', EC['deferred']),
                    ('Change in operating assets and liabilities:', '', '', ''),
                    mrow('Accounts receivable', EC['ar']),
                    mrow('Contract assets', EC['ca']),
                    mrow('Inventories', EC['inv']),
                    mrow('Accounts payable', EC['ap']),
                    mrow('Contract liabilities', EC['cl']),
                    mrow('Accrued compensation and other', EC['accrued']),
                    mrow('Cash provided by operating activities', EC['cfo']),
                    ('Cash flows from investing activities:', '', '', ''),
                    mrow('Purchases of property, plant and equipment', EC['capex']),
                    mrow('Acquisitions of businesses, net of cash acquired', EC['acquisition']),
                    mrow('Proceeds from sales of property and equipment', EC['asset_sales']),
                    mrow('Cash used for investing activities', EC['cfi']),
                    ('Cash flows from financing activities:', '', '', ''),
                    mrow('Proceeds from issuance of senior notes', EC['notes']),
                    mrow('Repayments of term loans', EC['repay']),
                    mrow('Cash dividends paid', EC['dividends']),
                    mrow('Repurchases of common stock', EC['buyback']),
                    mrow('Shares withheld for taxes on equity awards', EC['withhold']),
                    mrow('Cash provided by (used for) financing activities', EC['cff']),
                    mrow('Net increase (decrease) in cash and equivalents', EC['net']),
                    mrow('Cash and equivalents at beginning of year', EC['begin']),
                    mrow('Cash and equivalents at end of year', EC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements (selected)'),
            h('Note 3 - Revenue'),
            p("""We recognize New Installations and Modernization revenue over time, measured by the costs incurred to
date relative to the estimated total costs of each contract. Service revenue under maintenance contracts is recognized
ratably over the contract term, and repair revenue when the work is completed. Contract liabilities are billings and
advance payments in excess of revenue recognized."""),
            Table(
                caption='Revenues by geographic area',
                unit='(In millions) - Years ended December 31,',
                header=E_YEARS,
                rows=(
                    erow('United States', 'us', True),
                    erow('Canada', 'canada'),
                    erow('Total revenues', 'rev', True),
                ),
            ),
            h('Note 8 - Debt'),
            p("""Long-term debt at December 31, 2025 consisted of $500.0 million of 5.40% senior notes due May 15, 2033,
issued in May 2023, and $175.0 million outstanding under our term loan, which bears interest at SOFR plus 1.375% and
is repayable in quarterly installments of $6.25 million with the balance due on May 12, 2028 ($200.0 million at
December 31, 2024). Our $600.0 million revolving credit facility also matures on May 12, 2028 and was undrawn at both
year-ends. The credit agreement requires a ratio of consolidated debt to EBITDA of not more than 3.25 to 1.00; we were
in compliance at December 31, 2025."""),
            h('Note 9 - Leases'),
            p("""We lease offices, service branches, warehouses and a part of our service vehicle fleet under operating
leases. Operating lease cost was $93.8 million in 2025 and $90.2 million in 2024. The weighted-average remaining lease
term was 6.4 years and the weighted-average discount rate was 4.6% at December 31, 2025."""),
        ),
        (
            h('Note 15 - Segment Information'),
            p("""Our chief operating decision maker, the Chief Executive Officer, evaluates our three reportable
segments on revenues and segment operating profit. Unallocated corporate expenses include headquarters costs and the
amortization of acquired intangibles. We do not report assets or capital expenditures by segment to the chief
operating decision maker."""),
            Table(
                caption='Segment revenues and operating profit',
                unit='(In millions) - Years ended December 31,',
                header=E_YEARS,
                rows=(
                    ('Revenues:', '', '', ''),
                    erow('New Installations', 's_new', True),
                    erow('Modernization', 's_mod'),
                    erow('Service', 's_svc'),
                    erow('Total', 'rev', True),
                    ('Segment operating profit:', '', '', ''),
                    erow('New Installations', 'oi_new', True),
                    erow('Modernization', 'oi_mod'),
                    erow('Service', 'oi_svc'),
                    erow('Unallocated corporate expenses', 'corp'),
                    erow('Operating profit', 'opinc', True),
                ),
            ),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Ironbridge Secure Logistics, Inc.: Form 10-Q for the quarter ended June 30, 2026, in thousands.
# Columns: three months 2026, three months 2025, six months 2026, six months 2025.
# ---------------------------------------------------------------------------------------------------------------
Q = dict(
    s_cit=[186_418, 179_206, 368_115, 354_806],
    s_atm=[74_806, 66_215, 146_918, 129_604],
    s_vault=[31_204, 33_918, 63_406, 65_118],
    cor=[208_115, 199_406, 413_218, 394_615],
    sga=[38_406, 36_118, 77_204, 72_815],
    da=[21_618, 19_904, 42_815, 39_406],
    interest=[9_806, 10_418, 19_915, 20_806],
    other=[612, 418, 1_106, 904],
    tax=[3_486, 3_318, 6_204, 5_806],
    basic_sh=[42_615, 43_418, 42_806, 43_502],
    dil_sh=[43_118, 43_906, 43_315, 44_018],
    oi_cit=[19_806, 17_418, 37_204, 34_118],
    oi_atm=[13_418, 10_206, 25_806, 19_615],
    oi_vault=[6_215, 8_418, 12_906, 16_204],
)
Q['rev'] = add(Q['s_cit'], Q['s_atm'], Q['s_vault'])
Q['costs'] = add(Q['cor'], Q['sga'], Q['da'])
Q['opinc'] = sub(Q['rev'], Q['costs'])
Q['pretax'] = add(sub(Q['opinc'], Q['interest']), Q['other'])
Q['ni'] = sub(Q['pretax'], Q['tax'])
Q['corp'] = sub(Q['opinc'], add(Q['oi_cit'], Q['oi_atm'], Q['oi_vault']))
assert min(Q['ni']) > 0 and max(Q['corp']) < 0

# six-month cash flows: 2026, 2025
QC = dict(
    ni=[Q['ni'][2], Q['ni'][3]],
    da=[Q['da'][2], Q['da'][3]],
    sbc=[4_218, 3_906],
    deferred=[1_115, 806],
    ar=[-8_406, -5_218],
    prepaid=[-2_615, -1_904],
    ap=[3_118, 2_406],
    accrued=[-6_204, -4_815],
    capex=[-36_418, -31_206],
    acquisition=[-22_500, 0],
    asset_sales=[1_206, 904],
    revolver=[30_000, 0],
    repay=[-2_100, -2_100],
    dividends=[-12_842, -13_051],
    buyback=[-15_206, -10_118],
    withhold=[-1_318, -1_106],
    begin=[94_806, 88_418],
)
QC['cfo'] = add(QC['ni'], QC['da'], QC['sbc'], QC['deferred'], QC['ar'], QC['prepaid'], QC['ap'], QC['accrued'])
QC['cfi'] = add(QC['capex'], QC['acquisition'], QC['asset_sales'])
QC['cff'] = add(QC['revolver'], QC['repay'], QC['dividends'], QC['buyback'], QC['withhold'])
QC['net'] = add(QC['cfo'], QC['cfi'], QC['cff'])
QC['end'] = add(QC['begin'], QC['net'])
Q_AMORT = 3_612  # of the six-month D&A, amortization of customer relationships; the rest is depreciation
Q_ACQ = dict(goodwill=9_806, intang=8_194, ppe=4_500)  # Keystone Courier acquisition, April 1, 2026
assert sum(Q_ACQ.values()) == -QC['acquisition'][0]

# Balance sheets at June 30, 2026 and December 31, 2025; the changes come from the six-month 2026 cash flows.
QB = dict(
    cash=[QC['end'][0], QC['begin'][0]],
    ar=[148_215 - QC['ar'][0], 148_215],
    prepaid=[31_406 - QC['prepaid'][0], 31_406],
    ppe=[412_618 - QC['capex'][0] - (QC['da'][0] - Q_AMORT) - QC['asset_sales'][0] + Q_ACQ['ppe'], 412_618],
    rou=[88_406, 91_218],
    goodwill=[286_415 + Q_ACQ['goodwill'], 286_415],
    intang=[64_806 + Q_ACQ['intang'] - Q_AMORT, 64_806],
    other_assets=[18_204, 18_204],
    ap=[42_118 + QC['ap'][0], 42_118],
    accrued=[96_415 + QC['accrued'][0], 96_415],
    debt_cur=[4_200, 4_200],
    lease_cur=[21_806, 22_415],
    debt=[409_500 + QC['repay'][0] + QC['revolver'][0], 409_500],
    lease=[68_218, 70_421],
    dtl=[48_615 + QC['deferred'][0], 48_615],
    other_liab=[32_806, 32_806],
    cs=[436, 436],
    apic=[384_118 + QC['sbc'][0] + QC['withhold'][0], 384_118],
    treasury=[-96_418 + QC['buyback'][0], -96_418],
)
QB['cur_assets'] = add(QB['cash'], QB['ar'], QB['prepaid'])
QB['assets'] = add(QB['cur_assets'], QB['ppe'], QB['rou'], QB['goodwill'], QB['intang'], QB['other_assets'])
QB['cur_liab'] = add(QB['ap'], QB['accrued'], QB['debt_cur'], QB['lease_cur'])
QB['liab'] = add(QB['cur_liab'], QB['debt'], QB['lease'], QB['dtl'], QB['other_liab'])
_q_re25 = QB['assets'][1] - QB['liab'][1] - QB['cs'][1] - QB['apic'][1] - QB['treasury'][1]
QB['re'] = [_q_re25 + QC['ni'][0] + QC['dividends'][0], _q_re25]
QB['equity'] = add(QB['cs'], QB['apic'], QB['re'], QB['treasury'])
assert QB['rou'][0] - QB['rou'][1] == QB['lease_cur'][0] + QB['lease'][0] - QB['lease_cur'][1] - QB['lease'][1]
assert add(QB['liab'], QB['equity']) == QB['assets'], (add(QB['liab'], QB['equity']), QB['assets'])
assert Q['opinc'] == add(Q['oi_cit'], Q['oi_atm'], Q['oi_vault'], Q['corp'])
# debt at June 30, 2026: term loan 411,600 (420,000 less 1,050 a quarter) + revolver 30,000
assert QB['debt_cur'][0] + QB['debt'][0] == 411_600 + 30_000

Q_COLS = ('', 'Q2 2026', 'Q2 2025', 'YTD 2026', 'YTD 2025')


def qeps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


def qrow(label, key, dollar=False):
    return row(label, Q[key], dollar)


IRONBRIDGE_10Q = Report(
    stem="ironbridge_secure_logistics_10q_q2_2026",
    title="Ironbridge Secure Logistics, Inc. - Quarterly Report on Form 10-Q for the quarter ended June 30, 2026",
    running_title="Ironbridge Secure Logistics, Inc. | Form 10-Q Q2 2026",
    date="August 6, 2026",
    iso_date="2026-08-06",
    keywords=("Ironbridge Secure Logistics", "10-Q", "armored transport", "ATM services", "Q2 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-Q. [X] QUARTERLY
REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the quarterly period ended June 30,
2026. Commission File Number 001-40562. IRONBRIDGE SECURE LOGISTICS, INC. (Exact name of registrant as specified in
its charter), a Delaware corporation, I.R.S. Employer Identification No. 86-2214071, 500 Grant Street, Suite 3100,
Pittsburgh, Pennsylvania 15219. Common Stock, $0.01 par value, trading symbol ISLX, New York Stock Exchange.
Accelerated filer [X]. As of July 31, 2026, there were 42,488,315 shares of the registrant's common stock
outstanding."""),
            h('PART I - FINANCIAL INFORMATION. Item 1. Financial Statements'),
            Table(
                caption='IRONBRIDGE SECURE LOGISTICS, INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)',
                unit='(In thousands, except per share amounts) - Three months (Q2) and six months (YTD) ended June 30,',
                header=Q_COLS,
                rows=(
                    qrow('Revenues', 'rev', True),
                    ('Operating costs and expenses:', '', '', '', ''),
                    qrow('Cost of revenues (exclusive of depreciation and amortization)', 'cor'),
                    qrow('Selling, general and administrative expenses', 'sga'),
                    qrow('Depreciation and amortization', 'da'),
                    qrow('Total operating costs and expenses', 'costs'),
                    qrow('Income from operations', 'opinc'),
                    row('Interest expense', neg(Q['interest'])),
                    qrow('Interest and other income, net', 'other'),
                    qrow('Income before income taxes', 'pretax'),
                    qrow('Provision for income taxes', 'tax'),
                    qrow('Net income', 'ni', True),
                    ('Earnings per common share:', '', '', '', ''),
                    ('Basic', *qeps(Q['ni'], Q['basic_sh'])),
                    ('Diluted', *qeps(Q['ni'], Q['dil_sh'])),
                    ('Weighted-average common shares:', '', '', '', ''),
                    qrow('Basic', 'basic_sh'),
                    qrow('Diluted', 'dil_sh'),
                    ('Cash dividends declared per common share', '$0.15', '$0.15', '$0.30', '$0.30'),
                ),
                note="""See Notes to Condensed Consolidated Financial Statements.""",
            ),
        ),
        (
            Table(
                caption='IRONBRIDGE SECURE LOGISTICS, INC. CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
                unit='(In thousands, except share data)',
                header=('', 'June 30, 2026', 'December 31, 2025'),
                rows=(
                    ('Assets', '', ''),
                    row('Cash and cash equivalents', QB['cash'], True),
                    row('Accounts receivable, net', QB['ar']),
                    row('Prepaid expenses and other current assets', QB['prepaid']),
                    row('Total current assets', QB['cur_assets']),
                    row('Property and equipment, net', QB['ppe']),
                    row('Right-of-use assets', QB['rou']),
                    row('Goodwill', QB['goodwill']),
                    row('Customer relationships and other intangibles, net', QB['intang']),
                    row('Deferred charges and other assets', QB['other_assets']),
                    row('Total assets', QB['assets'], True),
                    ('Liabilities and Stockholders\' Equity', '', ''),
                    row('Accounts payable', QB['ap'], True),
                    row('Accrued liabilities', QB['accrued']),
                    row('Current portion of long-term debt', QB['debt_cur']),
                    row('Current lease liabilities', QB['lease_cur']),
                    row('Total current liabilities', QB['cur_liab']),
                    row('Long-term debt', QB['debt']),
                    row('Noncurrent lease liabilities', QB['lease']),
                    row('Deferred tax liabilities', QB['dtl']),
                    row('Insurance reserves and other liabilities', QB['other_liab']),
                    row('Total liabilities', QB['liab']),
                    ('Stockholders\' equity:', '', ''),
                    row('Common stock', QB['cs']),
                    row('Additional paid-in capital', QB['apic']),
                    row('Retained earnings', QB['re']),
                    row('Treasury stock, at cost', QB['treasury']),
                    row('Total stockholders\' equity', QB['equity']),
                    row('Total liabilities and stockholders\' equity', add(QB['liab'], QB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='IRONBRIDGE SECURE LOGISTICS, INC. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(In thousands) - Six months ended June 30,',
                header=('', '2026', '2025'),
                rows=(
                    ('Operating activities', '', ''),
                    row('Net income', QC['ni'], True),
                    ('Adjustments to reconcile net income to cash from operating activities:', '', ''),
                    row('Depreciation and amortization', QC['da']),
                    row('Stock-based compensation', QC['sbc']),
                    row('Deferred income taxes', QC['deferred']),
                    ('Changes in operating assets and liabilities:', '', ''),
                    row('Accounts receivable', QC['ar']),
                    row('Prepaid expenses and other assets', QC['prepaid']),
                    row('Accounts payable', QC['ap']),
                    row('Accrued liabilities', QC['accrued']),
                    row('Net cash from operating activities', QC['cfo']),
                    ('Investing activities', '', ''),
                    row('Capital expenditures', QC['capex']),
                    row('Acquisition of Keystone Courier, net of cash acquired', QC['acquisition']),
                    row('Proceeds from disposals of vehicles and equipment', QC['asset_sales']),
                    row('Net cash used by investing activities', QC['cfi']),
                    ('Financing activities', '', ''),
                    row('Borrowings under revolving credit facility', QC['revolver']),
                    row('Principal payments on term loan', QC['repay']),
                    row('Dividends paid to stockholders', QC['dividends']),
                    row('Purchases of treasury stock', QC['buyback']),
                    row('Tax withholding on vested restricted stock units', QC['withhold']),
                    row('Net cash used by financing activities', QC['cff']),
                    row('Decrease in cash and cash equivalents', QC['net']),
                    row('Cash and cash equivalents at beginning of period', QC['begin']),
                    row('Cash and cash equivalents at end of period', QC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Condensed Consolidated Financial Statements (Unaudited)'),
            p("""Note 1 - Basis of presentation. Ironbridge Secure Logistics, Inc. (the "Company") provides armored
transport of cash and valuables, ATM management and secure vaulting in the United States. The interim statements are
unaudited and should be read with the consolidated financial statements in the Company's Annual Report on Form 10-K
for the year ended December 31, 2025. Results for interim periods are not necessarily indicative of the results for
the full year."""),
            p(f"""Note 3 - Acquisition. On April 1, 2026 the Company acquired Keystone Courier Services, LLC, an armored
carrier with routes in western Pennsylvania and eastern Ohio, for ${mk(-QC['acquisition'][0])} million in cash,
allocated to goodwill (${mk(Q_ACQ['goodwill'])} million), customer relationships (${mk(Q_ACQ['intang'])} million) and
armored vehicles and equipment (${mk(Q_ACQ['ppe'])} million). Keystone's results are included in the Cash-in-Transit
segment from the acquisition date."""),
            p("""Note 6 - Debt. The Company's credit agreement provides a $420.0 million senior secured term loan B,
issued on October 4, 2024 and maturing on October 4, 2031, and a $150.0 million revolving credit facility maturing on
October 4, 2029. The term loan bears interest at SOFR plus 2.75% (7.07% at June 30, 2026) and requires quarterly
principal payments of $1.05 million. At June 30, 2026, $411.6 million of the term loan and $30.0 million of revolving
borrowings were outstanding, and $14.2 million of letters of credit, which support our insurance programs, reduced
the revolver's availability. The agreement requires a first lien net leverage ratio of not more than 4.00 to 1.00."""),
        ),
        (
            p("""Note 9 - Segment information. The Company has three reportable segments: Cash-in-Transit (armored
pickup and delivery of currency and coin for retailers, banks and government agencies), ATM Managed Services
(replenishment, first- and second-line maintenance and cash forecasting for ATMs owned by banks and independent
operators) and Vault and Precious Metals (currency processing, vault storage and the storage and transport of precious
metals). The chief operating decision maker evaluates segments on revenues and segment operating profit, which
excludes corporate costs and acquisition-related expenses."""),
            Table(
                caption='Revenues and operating profit by segment',
                unit='(In thousands) - Three months (Q2) and six months (YTD) ended June 30,',
                header=Q_COLS,
                rows=(
                    ('Revenues:', '', '', '', ''),
                    qrow('Cash-in-Transit', 's_cit', True),
                    qrow('ATM Managed Services', 's_atm'),
                    qrow('Vault and Precious Metals', 's_vault'),
                    qrow('Total revenues', 'rev', True),
                    ('Segment operating profit:', '', '', '', ''),
                    qrow('Cash-in-Transit', 'oi_cit', True),
                    qrow('ATM Managed Services', 'oi_atm'),
                    qrow('Vault and Precious Metals', 'oi_vault'),
                    qrow('Corporate and other', 'corp'),
                    qrow('Income from operations', 'opinc', True),
                ),
            ),
            h('Item 2. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Second quarter overview. Revenues for the three months ended June 30, 2026 were ${mk(Q['rev'][0])}
million, an increase of {chg(Q['rev'][0], Q['rev'][1])} from ${mk(Q['rev'][1])} million in the second quarter of
2025. Income from operations was ${mk(Q['opinc'][0])} million, compared with ${mk(Q['opinc'][1])} million, and net
income was ${mk(Q['ni'][0])} million, or {qeps(Q['ni'], Q['dil_sh'])[0]} per diluted share, compared with
${mk(Q['ni'][1])} million, or {qeps(Q['ni'], Q['dil_sh'])[1]} per diluted share. For the six months, revenues
increased {chg(Q['rev'][2], Q['rev'][3])} to ${mk(Q['rev'][2])} million."""),
            p(f"""Cash-in-Transit. Second quarter revenues grew {chg(Q['s_cit'][0], Q['s_cit'][1])} to
${mk(Q['s_cit'][0])} million. Contractual price increases and the Keystone acquisition, which added $6.9 million of
revenue in the quarter, were partly offset by fewer stops at retail customers as consumers continued to shift from
cash to card payments. Segment operating profit rose to ${mk(Q['oi_cit'][0])} million from ${mk(Q['oi_cit'][1])}
million, helped by lower fuel prices and route consolidation."""),
        ),
        (
            p(f"""ATM Managed Services. Second quarter revenues increased {chg(Q['s_atm'][0], Q['s_atm'][1])} to
${mk(Q['s_atm'][0])} million. The increase came mainly from the outsourcing agreement with a large regional bank under
which we began servicing about 2,300 of its ATMs in the fourth quarter of 2025, and from more second-line maintenance
calls. Segment operating profit increased to ${mk(Q['oi_atm'][0])} million from ${mk(Q['oi_atm'][1])} million as the
added ATMs were served from existing branches. We serviced approximately 18,700 ATMs at June 30, 2026, compared with
16,100 at June 30, 2025."""),
            p(f"""Vault and Precious Metals. Second quarter revenues decreased {down(Q['s_vault'][0], Q['s_vault'][1])}
to ${mk(Q['s_vault'][0])} million, because precious metals transport and handling volumes fell from the high levels of
the first half of 2025, when investors moved large quantities of gold bullion into U.S. vaults, and because a central
bank customer brought part of its currency processing in house. Segment operating profit decreased to
${mk(Q['oi_vault'][0])} million from ${mk(Q['oi_vault'][1])} million, as vault costs are largely fixed."""),
            p(f"""Other items. Cost of revenues, which consists mainly of wages and benefits of drivers, guards and
technicians, vehicle operating costs and insurance, was {pct(Q['cor'][0], Q['rev'][0])} of revenues in the second
quarter, compared with {pct(Q['cor'][1], Q['rev'][1])} a year earlier. Interest expense decreased because the term
loan's margin was reduced by 0.25 percentage points in a repricing in January 2026. The effective tax rate was
{pct(Q['tax'][2], Q['pretax'][2])} for the six months, compared with {pct(Q['tax'][3], Q['pretax'][3])} in the first
six months of 2025."""),
            p(f"""Liquidity and capital resources. At June 30, 2026 we had cash and cash equivalents of
${mk(QB['cash'][0])} million and $105.8 million of availability under the revolving credit facility. Net cash from
operating activities was ${mk(QC['cfo'][0])} million for the six months, compared with ${mk(QC['cfo'][1])} million.
Capital expenditures of ${mk(-QC['capex'][0])} million were mainly for the replacement of armored trucks; we operated
a fleet of approximately 3,240 armored vehicles at June 30, 2026 and continue to expect full-year capital
expenditures of $70 million to $75 million. We drew $30.0 million under the revolver to fund the Keystone
acquisition."""),
            h('PART II - OTHER INFORMATION. Item 2. Unregistered Sales of Equity Securities and Use of Proceeds'),
            p(f"""During the six months ended June 30, 2026 we repurchased 512,406 shares of our common stock for
${mk(-QC['buyback'][0])} million, of which 301,118 shares were repurchased in the second quarter. On July 28, 2026 our
Board of Directors declared a quarterly dividend of $0.15 per share, payable on August 25, 2026 to stockholders of
record on August 11, 2026."""),
        ),
    ),
)

REPORTS = (HALVORSEN_10K, IRONBRIDGE_10Q)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
