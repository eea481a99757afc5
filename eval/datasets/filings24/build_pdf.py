"""Build the two filings of the held-out set filings24 (eval/datasets/filings24/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is a
Markdown exhibit written from the same kind of figures (release_md). The companies and every figure are fictional.
The aggregates producer's figures are held in thousands and the dialysis operator's in tenths of a million (printed
in millions with one decimal), integers both, so that statement totals, summed here from their lines, foot exactly.

    .venv/bin/python eval/datasets/filings24/build_pdf.py      # writes docs/*.pdf and docs/*.md
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


def mk(v):
    """Thousands as millions with one decimal, for the text: 402.1."""
    return f"{v / 1_000:,.1f}"


def mt(v):
    """Tenths of a million as text: 2,057.6."""
    return f"{v / 10:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Corvane Aggregates, Inc.: Form 10-K, fiscal year ended March 31, 2026, in thousands.
# Columns: fiscal 2026, fiscal 2025, fiscal 2024.
# ---------------------------------------------------------------------------------------------------------------
C = dict(
    r_agg=[812_406, 768_115, 731_902],  # Aggregates
    r_rmc=[286_518, 301_774, 288_406],  # Ready-Mix Concrete
    r_asp=[194_212, 176_308, 170_115],  # Asphalt and Paving
    cor=[868_114, 858_906, 826_310],  # cost of revenues, exclusive of DD&A
    dda=[104_218, 98_406, 94_112],
    sga=[98_406, 94_118, 90_512],
    gain=[12_640, 0, 0],  # gain on sale of the Pike County quarry
    interest=[41_806, 44_212, 46_118],
    other=[2_318, 1_906, 1_512],
    tax=[45_760, 34_512, 31_406],
    basic_sh=[33_418, 33_906, 34_212],
    dil_sh=[33_702, 34_215, 34_498],
    oi_agg=[228_406, 196_118, 181_905],
    oi_rmc=[14_212, 21_806, 20_118],
    oi_asp=[22_118, 16_904, 15_812],
    dda_agg=[78_406, 73_118, 69_904],
    dda_rmc=[11_212, 11_006, 10_812],
    dda_asp=[9_118, 8_906, 8_712],
)
C['rev'] = add(C['r_agg'], C['r_rmc'], C['r_asp'])
C['opinc'] = add(sub(C['rev'], add(C['cor'], C['dda'], C['sga'])), C['gain'])
C['pretax'] = add(sub(C['opinc'], C['interest']), C['other'])
C['ni'] = sub(C['pretax'], C['tax'])
C['corp'] = sub(sub(C['opinc'], C['gain']), add(C['oi_agg'], C['oi_rmc'], C['oi_asp']))
C['dda_corp'] = sub(C['dda'], add(C['dda_agg'], C['dda_rmc'], C['dda_asp']))
assert min(C['ni']) > 0 and max(C['corp']) < 0 and min(C['dda_corp']) > 0

CC = dict(
    sbc=[8_412, 7_906, 7_118],
    deferred=[4_118, 3_206, 2_912],
    ar=[-9_806, -5_412, -7_118],
    inv=[-6_212, -3_118, -4_906],
    ap=[5_118, 2_406, 3_812],
    accrued=[3_406, -1_218, 2_118],
    capex=[-112_406, -104_118, -98_906],
    acquisition=[-64_500, 0, 0],
    asset_sales=[21_900, 1_812, 2_406],
    rev_borrow=[60_000, 0, 0],
    rev_repay=[-40_000, 0, 0],
    term_repay=[-25_000, -50_000, -50_000],
    dividends=[-26_734, -24_412, -21_896],
    buyback=[-38_118, -30_406, -22_512],
    withhold=[-2_106, -1_812, -1_506],
    begin2024=62_418,
)
CC['cfo'] = add(C['ni'], C['dda'], CC['sbc'], CC['deferred'], neg(C['gain']), CC['ar'], CC['inv'], CC['ap'],
                CC['accrued'])
CC['cfi'] = add(CC['capex'], CC['acquisition'], CC['asset_sales'])
CC['cff'] = add(CC['rev_borrow'], CC['rev_repay'], CC['term_repay'], CC['dividends'], CC['buyback'], CC['withhold'])
CC['net'] = add(CC['cfo'], CC['cfi'], CC['cff'])
_c_begin = [0, 0, CC['begin2024']]
_c_begin[1] = CC['begin2024'] + CC['net'][2]
_c_begin[0] = _c_begin[1] + CC['net'][1]
CC['begin'] = _c_begin
CC['end'] = add(CC['begin'], CC['net'])
for _d, _ps, _sh in zip(CC['dividends'], (80, 72, 64), C['basic_sh']):
    assert abs(-_d - _ps * _sh / 100) < 1, (_d, _ps, _sh)
C_ACQ = dict(inv=2_400, ppe=38_600, intang=6_800, goodwill=16_700)  # Redstone Sand & Gravel, September 15, 2025
assert sum(C_ACQ.values()) == -CC['acquisition'][0]
C_AMORT = 3_118  # amortization of intangibles within DD&A, fiscal 2026
C_PIKE = dict(proceeds=19_800, book=7_160)
assert C_PIKE['proceeds'] - C_PIKE['book'] == C['gain'][0]
C_DISPOSED_BOOK = CC['asset_sales'][0] - C['gain'][0]  # other equipment sold at book value

# Balance sheets at March 31, 2026 and 2025; the fiscal 2026 changes come from the cash flow lines.
CB = dict(
    cash=[CC['end'][0], CC['begin'][0]],
    ar=[128_406 - CC['ar'][0], 128_406],
    inv=[96_812 - CC['inv'][0] + C_ACQ['inv'], 96_812],
    prepaid=[12_118, 12_118],
    ppe=[1_412_806 - CC['capex'][0] - (C['dda'][0] - C_AMORT) - C_DISPOSED_BOOK + C_ACQ['ppe'], 1_412_806],
    rou=[41_206, 42_412],
    goodwill=[218_406 + C_ACQ['goodwill'], 218_406],
    intang=[36_918 + C_ACQ['intang'] - C_AMORT, 36_918],
    other_assets=[18_412, 18_412],
    ap=[71_806 + CC['ap'][0], 71_806],
    accrued=[58_118 + CC['accrued'][0], 58_118],
    debt_cur=[25_000, 25_000],
    lease_cur=[6_812, 6_906],
    debt=[450_000 + CC['term_repay'][0] + CC['rev_borrow'][0] + CC['rev_repay'][0], 450_000],
    lease=[0, 36_118],
    dtl=[148_406 + CC['deferred'][0], 148_406],
    aro=[52_806, 52_806],  # asset retirement obligations (reclamation)
    cs=[362, 362],
    apic=[412_118 + CC['sbc'][0] + CC['withhold'][0], 412_118],
    treasury=[-214_806 + CC['buyback'][0], -214_806],
    aoci=[-4_118, -4_118],
)
CB['lease'][0] = CB['rou'][0] - CB['rou'][1] + CB['lease_cur'][1] + CB['lease'][1] - CB['lease_cur'][0]
CB['cur_assets'] = add(CB['cash'], CB['ar'], CB['inv'], CB['prepaid'])
CB['assets'] = add(CB['cur_assets'], CB['ppe'], CB['rou'], CB['goodwill'], CB['intang'], CB['other_assets'])
CB['cur_liab'] = add(CB['ap'], CB['accrued'], CB['debt_cur'], CB['lease_cur'])
CB['liab'] = add(CB['cur_liab'], CB['debt'], CB['lease'], CB['dtl'], CB['aro'])
_c_re25 = CB['assets'][1] - CB['liab'][1] - CB['cs'][1] - CB['apic'][1] - CB['treasury'][1] - CB['aoci'][1]
CB['re'] = [_c_re25 + C['ni'][0] + CC['dividends'][0], _c_re25]
CB['equity'] = add(CB['cs'], CB['apic'], CB['re'], CB['treasury'], CB['aoci'])
assert add(CB['liab'], CB['equity']) == CB['assets']
assert min(CC['end']) > 0 and min(CB['re']) > 0
C_TOTAL_DEBT = add(CB['debt_cur'], CB['debt'])
assert C_TOTAL_DEBT == [470_000, 475_000]  # notes 300,000 + term loan 150,000 + revolver 20,000; 300,000 + 175,000
C_SEG_CAPEX = dict(agg=[96_118, 88_406, 82_512], rmc=[8_906, 9_412, 10_118], asp=[7_212, 6_118, 5_906])
C_SEG_CAPEX['corp'] = sub(neg(CC['capex']), add(C_SEG_CAPEX['agg'], C_SEG_CAPEX['rmc'], C_SEG_CAPEX['asp']))
assert min(C_SEG_CAPEX['corp']) > 0
# aggregates volumes (millions of tons) and average selling prices per ton (excluding freight and delivery)
C_TONS = (46.8, 46.1)
C_ASP = (16.41, 15.80)
C_YARDS = (1.78, 1.96)  # ready-mix, millions of cubic yards
C_YARD_PRICE = (158.40, 151.20)

C_YEARS = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')


def eps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


def crow(label, key, dollar=False):
    return row(label, C[key], dollar)


CORVANE_10K = Report(
    stem="corvane_aggregates_10k_fy2026",
    title="Corvane Aggregates, Inc. - Annual Report on Form 10-K for the fiscal year ended March 31, 2026",
    running_title="Corvane Aggregates, Inc. | Form 10-K fiscal 2026",
    date="May 27, 2026",
    iso_date="2026-05-27",
    keywords=("Corvane Aggregates", "10-K", "construction aggregates", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended March 31, 2026.
Commission File Number 001-38847. CORVANE AGGREGATES, INC. (Exact name of registrant as specified in its charter), a
Delaware corporation, I.R.S. Employer Identification No. 62-1873044, 410 Quarry Ridge Parkway, Franklin, Tennessee
37067. Registrant's telephone number, including area code: (615) 555-0142."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(
                    ('Common Stock, $0.01 par value', 'CVAG', 'New York Stock Exchange'),
                ),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the common stock held by non-affiliates of
the registrant, computed by reference to the closing price on September 30, 2025, the last business day of the
registrant's most recently completed second fiscal quarter, was approximately $4.12 billion. As of May 15, 2026,
33,204,118 shares of the registrant's common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p("""Corvane Aggregates, Inc. ("Corvane," "we," "our") produces crushed stone, sand and gravel and sells
ready-mixed concrete, asphalt mix and paving services in the southeastern and south-central United States. Our fiscal
year ends on March 31; "fiscal 2026" refers to the twelve months ended March 31, 2026, and "fiscal 2025" to the twelve
months ended March 31, 2025. We report three segments. Aggregates mines and processes crushed stone, sand and gravel
at 74 active quarries and sand and gravel pits and sells them to contractors, ready-mix and asphalt producers
(including our own) and state departments of transportation. Ready-Mix Concrete operates 58 ready-mix plants in
Tennessee, Alabama and Georgia. Asphalt and Paving operates 21 asphalt mix plants and a paving business in Tennessee
and Kentucky. Segment revenues are presented after the elimination of sales between segments."""),
            p(f"""On September 15, 2025 we acquired Redstone Sand & Gravel, LLC, a privately held operator of four sand
and gravel pits near Huntsville, Alabama, for ${mk(-CC['acquisition'][0])} million in cash, funded with cash on hand
and $60.0 million borrowed under our revolving credit facility. Redstone is reported in the Aggregates segment. On
January 20, 2026 we sold our Pike County, Kentucky quarry, which we had operated at low utilization since 2022, for
${mk(C_PIKE['proceeds'])} million in cash."""),
        ),
        (
            p("""Human capital. At March 31, 2026 we had approximately 3,460 employees, compared with approximately 3,390
at March 31, 2025. The increase reflects about 95 employees who joined us with Redstone, partly offset by the sale of
the Pike County quarry and lower staffing at our ready-mix plants. About 1,180 of our employees are drivers of
ready-mix trucks and haul trucks. Approximately 410 employees at nine Tennessee quarries are represented by the
International Union of Operating Engineers under an agreement that expires on June 30, 2027. Our lost-time incident
rate was 0.42 in fiscal 2026, compared with 0.51 in fiscal 2025."""),
            p("""Seasonality. Our shipments are highest from May through October and lowest from December through
February, when rain, snow and freezing temperatures reduce construction activity. As a result our fourth fiscal
quarter (January through March) is usually our weakest."""),
            h('Item 1A. Risk Factors'),
            p("""Demand for our products depends on construction activity, which is affected by interest rates, state
and federal highway funding and the housing market. Our quarries require permits that can be difficult to obtain or
renew, and new quarries face local opposition. Diesel fuel, liquid asphalt and cement are significant costs, and their
prices are volatile. We may not be able to replace our reserves as our quarries are depleted."""),
            h('Item 2. Properties'),
            Table(
                caption='Proven and probable aggregates reserves at March 31, 2026, by state',
                unit='(Reserves in millions of tons; quarries and pits active at March 31, 2026)',
                header=('State', 'Active sites', 'Reserves', 'Years of supply'),
                rows=(
                    ('Tennessee', '31', '1,412', '82'),
                    ('Alabama', '17', '684', '55'),
                    ('Georgia', '12', '498', '60'),
                    ('Kentucky', '9', '306', '55'),
                    ('Texas', '5', '214', '59'),
                    ('Total', '74', '3,114', '66'),
                ),
                note="Years of supply are reserves divided by fiscal 2026 production at the sites in each state.",
            ),
        ),
        (
            h("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
              "Securities"),
            p(f"""Our common stock trades on the New York Stock Exchange under the symbol CVAG. At May 15, 2026 there were
approximately 610 holders of record. We paid quarterly cash dividends of $0.20 per share in fiscal 2026 ($0.80 for the
year) and $0.18 per share in fiscal 2025 ($0.72 for the year). On May 19, 2026 our Board of Directors raised the
quarterly dividend to $0.23 per share, payable on June 26, 2026. During fiscal 2026 we repurchased 412,806 shares for
${mk(-CC['buyback'][0])} million under the $150 million program authorized in February 2025, of which $81.5 million
remained available at March 31, 2026."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Total revenues for fiscal 2026 were ${mk(C['rev'][0])} million, an increase of
{chg(C['rev'][0], C['rev'][1])} from ${mk(C['rev'][1])} million in fiscal 2025. Net income was ${mk(C['ni'][0])}
million, or {eps(C['ni'], C['dil_sh'])[0]} per diluted share, compared with ${mk(C['ni'][1])} million, or
{eps(C['ni'], C['dil_sh'])[1]} per diluted share. Fiscal 2026 results include a pre-tax gain of ${mk(C['gain'][0])}
million on the sale of the Pike County quarry, which is not included in segment operating income."""),
            p(f"""Aggregates. Segment revenues increased {chg(C['r_agg'][0], C['r_agg'][1])} to ${mk(C['r_agg'][0])}
million. Shipments rose to {C_TONS[0]} million tons from {C_TONS[1]} million tons, and the average selling price per
ton, excluding freight and delivery revenues, rose to ${C_ASP[0]:.2f} from ${C_ASP[1]:.2f}. Redstone contributed about
1.2 million tons. Excluding Redstone and Pike County, shipments were roughly flat: highway work funded by the federal
infrastructure program grew, while residential customers bought less stone because housing starts in our markets fell.
Segment operating income rose to ${mk(C['oi_agg'][0])} million from ${mk(C['oi_agg'][1])} million. Pricing was the
main reason. Lower diesel costs helped as well, and so did the closing of two high-cost pits in Georgia."""),
        ),
        (
            p(f"""Ready-Mix Concrete. Segment revenues decreased {down(C['r_rmc'][0], C['r_rmc'][1])} to
${mk(C['r_rmc'][0])} million. Volume fell to {C_YARDS[0]} million cubic yards from {C_YARDS[1]} million cubic yards,
as several large warehouse and data center projects in the Atlanta area were completed and fewer new ones started, and
as residential builders slowed construction. The average selling price per cubic yard rose to
${C_YARD_PRICE[0]:.2f} from ${C_YARD_PRICE[1]:.2f}. Segment operating income fell to ${mk(C['oi_rmc'][0])} million
from ${mk(C['oi_rmc'][1])} million. Cement prices rose about 7%, which the price increases did not fully recover. In
addition, lower volume spread the plants' fixed costs and the truck fleet over fewer yards."""),
            p(f"""Asphalt and Paving. Segment revenues increased {chg(C['r_asp'][0], C['r_asp'][1])} to
${mk(C['r_asp'][0])} million, the fastest growth of our segments. Tennessee and Kentucky let more resurfacing contracts,
and we won the paving of a 14-mile section of Interstate 24. Segment operating income rose to ${mk(C['oi_asp'][0])}
million from ${mk(C['oi_asp'][1])} million, helped by lower liquid asphalt costs and a longer paving season with a mild
autumn."""),
            p(f"""Costs and expenses. Cost of revenues, exclusive of depreciation, depletion and amortization, was
{pct(C['cor'][0], C['rev'][0])} of revenues, compared with {pct(C['cor'][1], C['rev'][1])} in fiscal 2025. Selling,
general and administrative expenses were ${mk(C['sga'][0])} million, or {pct(C['sga'][0], C['rev'][0])} of revenues.
Interest expense decreased to ${mk(C['interest'][0])} million because we repaid $25.0 million of our term loan. Our
effective income tax rate was {pct(C['tax'][0], C['pretax'][0])}, compared with {pct(C['tax'][1], C['pretax'][1])} in
fiscal 2025, mainly because of state taxes on the Pike County gain."""),
        ),
        (
            p(f"""Liquidity and capital resources. At March 31, 2026 we had cash and cash equivalents of
${mk(CB['cash'][0])} million and $230.0 million available under our $250.0 million revolving credit facility. Cash
provided by operating activities was ${mk(CC['cfo'][0])} million in fiscal 2026, compared with ${mk(CC['cfo'][1])}
million in fiscal 2025. Capital expenditures were ${mk(-CC['capex'][0])} million, including a new primary crusher at
our Murfreesboro quarry and rail loading at our Vance, Alabama quarry. For fiscal 2027 we expect capital expenditures
of $120 million to $135 million, including the first phase of a new quarry near Chattanooga that we expect to open in
fiscal 2028. We do not provide guidance for revenues or earnings. We believe cash on hand, cash from operations and
the revolving credit facility will be sufficient to fund our operations, dividends and debt payments for at least the
next twelve months."""),
            p("""Critical accounting estimates. Depletion of mineral reserves is computed on the units-of-production
method using our estimates of proven and probable reserves, which are reviewed by our geologists each year. Asset
retirement obligations for the reclamation of quarries are estimated from the expected cost and timing of reclamation
and discounted at credit-adjusted risk-free rates."""),
        ),
        (
            Table(
                caption='CORVANE AGGREGATES, INC. CONSOLIDATED STATEMENTS OF INCOME',
                unit='(In thousands, except per share amounts) - Fiscal years ended March 31,',
                header=C_YEARS,
                rows=(
                    ('Revenues:', '', '', ''),
                    crow('Aggregates', 'r_agg', True),
                    crow('Ready-mix concrete', 'r_rmc'),
                    crow('Asphalt and paving', 'r_asp'),
                    crow('Total revenues', 'rev', True),
                    ('Cost of revenues (exclusive of depreciation,', '', '', ''),
                    crow('depletion and amortization shown below)', 'cor'),
                    crow('Depreciation, depletion and amortization', 'dda'),
                    crow('Selling, general and administrative', 'sga'),
                    row('Gain on sale of quarry', neg(C['gain'])),
                    crow('Operating income', 'opinc'),
                    crow('Interest expense', 'interest'),
                    crow('Other income, net', 'other'),
                    crow('Income before income taxes', 'pretax'),
                    crow('Provision for income taxes', 'tax'),
                    crow('Net income', 'ni', True),
                    ('Earnings per common share:', '', '', ''),
                    ('Basic', *eps(C['ni'], C['basic_sh'])),
                    ('Diluted', *eps(C['ni'], C['dil_sh'])),
                    ('Weighted average common shares outstanding:', '', '', ''),
                    crow('Basic', 'basic_sh'),
                    crow('Diluted', 'dil_sh'),
                    ('Cash dividends declared per common share', '$0.80', '$0.72', '$0.64'),
                ),
            ),
        ),
        (
            Table(
                caption='CORVANE AGGREGATES, INC. CONSOLIDATED BALANCE SHEETS',
                unit='(In thousands, except share data)',
                header=('', 'March 31, 2026', 'March 31, 2025'),
                rows=(
                    row('Cash and cash equivalents', CB['cash'], True),
                    row('Accounts receivable, net', CB['ar']),
                    row('Inventories', CB['inv']),
                    row('Prepaid expenses and other current assets', CB['prepaid']),
                    row('Total current assets', CB['cur_assets']),
                    row('Property, plant and equipment and mineral reserves, net', CB['ppe']),
                    row('Operating lease right-of-use assets', CB['rou']),
                    row('Goodwill', CB['goodwill']),
                    row('Other intangible assets, net', CB['intang']),
                    row('Other assets', CB['other_assets']),
                    row('Total assets', CB['assets'], True),
                    row('Accounts payable', CB['ap'], True),
                    row('Accrued liabilities', CB['accrued']),
                    row('Current maturities of long-term debt', CB['debt_cur']),
                    row('Current operating lease liabilities', CB['lease_cur']),
                    row('Total current liabilities', CB['cur_liab']),
                    row('Long-term debt, less current maturities', CB['debt']),
                    row('Operating lease liabilities, noncurrent', CB['lease']),
                    row('Deferred income taxes', CB['dtl']),
                    row('Asset retirement obligations', CB['aro']),
                    row('Total liabilities', CB['liab']),
                    ("Stockholders' equity:", '', ''),
                    ('Common stock, $0.01 par value; 36,200,000 shares issued', *(n(v) for v in CB['cs'])),
                    row('Additional paid-in capital', CB['apic']),
                    row('Retained earnings', CB['re']),
                    row('Treasury stock, at cost', CB['treasury']),
                    row('Accumulated other comprehensive loss', CB['aoci']),
                    row("Total stockholders' equity", CB['equity']),
                    row("Total liabilities and stockholders' equity", add(CB['liab'], CB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='CORVANE AGGREGATES, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In thousands) - Fiscal years ended March 31,',
                header=C_YEARS,
                rows=(
                    ('Operating activities:', '', '', ''),
                    crow('Net income', 'ni', True),
                    crow('Depreciation, depletion and amortization', 'dda'),
                    row('Share-based compensation', CC['sbc']),
                    row('Deferred income taxes', CC['deferred']),
                    row('Gain on sale of quarry', neg(C['gain'])),
                    row('Accounts receivable', CC['ar']),
                    row('Inventories', CC['inv']),
                    row('Accounts payable', CC['ap']),
                    row('Accrued liabilities', CC['accrued']),
                    row('Net cash provided by operating activities', CC['cfo']),
                    ('Investing activities:', '', '', ''),
                    row('Capital expenditures', CC['capex']),
                    ('Acquisition of Redstone Sand & Gravel,', '', '', ''),
                    row('net of cash acquired', CC['acquisition']),
                    row('Proceeds from sales of property and equipment', CC['asset_sales']),
                    row('Net cash used in investing activities', CC['cfi']),
                    ('Financing activities:', '', '', ''),
                    row('Borrowings under revolving credit facility', CC['rev_borrow']),
                    row('Repayments under revolving credit facility', CC['rev_repay']),
                    row('Repayments of term loan', CC['term_repay']),
                    row('Cash dividends paid', CC['dividends']),
                    row('Purchases of treasury stock', CC['buyback']),
                    row('Shares withheld for taxes on share-based awards', CC['withhold']),
                    row('Net cash used in financing activities', CC['cff']),
                    row('Net increase (decrease) in cash and cash equivalents', CC['net']),
                    row('Cash and cash equivalents, beginning of year', CC['begin']),
                    row('Cash and cash equivalents, end of year', CC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements (selected)'),
            h('Note 4 - Acquisition and Divestiture'),
            p(f"""On September 15, 2025 we acquired all of the membership interests of Redstone Sand & Gravel, LLC for
${n(-CC['acquisition'][0])} thousand in cash, net of cash acquired. We allocated the purchase price to inventories
(${n(C_ACQ['inv'])} thousand), property, plant and equipment and mineral reserves (${n(C_ACQ['ppe'])} thousand),
customer relationships and permits (${n(C_ACQ['intang'])} thousand) and goodwill (${n(C_ACQ['goodwill'])}
thousand). Redstone's revenues from the acquisition date to March 31, 2026 were $11.8 million. On January 20, 2026
we sold the Pike County quarry for ${n(C_PIKE['proceeds'])} thousand in cash and recognized a pre-tax gain of
${n(C['gain'][0])} thousand."""),
            h('Note 9 - Debt'),
            p("""At March 31, 2026 our debt consisted of $300.0 million of 4.35% senior notes due 2031, $150.0 million
outstanding under our term loan, which bears interest at SOFR plus 1.375% and is repayable in quarterly installments
of $6.25 million with the balance due on October 31, 2029, and $20.0 million outstanding under our $250.0 million
revolving credit facility, which matures on the same date. At March 31, 2025 our debt consisted of the senior notes
and $175.0 million under the term loan. The credit agreement requires a ratio of total debt to EBITDA of not more than
3.25 to 1.00; we were in compliance at March 31, 2026."""),
        ),
        (
            h('Note 15 - Segment Information'),
            p("""Our Chief Executive Officer, our chief operating decision maker, evaluates the Aggregates, Ready-Mix
Concrete and Asphalt and Paving segments on segment operating income, which excludes corporate expenses and the gain
on sale of the Pike County quarry. Total assets are not reported by segment to the chief operating decision maker."""),
            Table(
                caption='Segment revenues and operating income',
                unit='(In thousands) - Fiscal years ended March 31,',
                header=C_YEARS,
                rows=(
                    ('Revenues:', '', '', ''),
                    crow('Aggregates', 'r_agg'),
                    crow('Ready-Mix Concrete', 'r_rmc'),
                    crow('Asphalt and Paving', 'r_asp'),
                    crow('Total revenues', 'rev'),
                    ('Segment operating income:', '', '', ''),
                    crow('Aggregates', 'oi_agg'),
                    crow('Ready-Mix Concrete', 'oi_rmc'),
                    crow('Asphalt and Paving', 'oi_asp'),
                    crow('Corporate expenses', 'corp'),
                    crow('Gain on sale of quarry', 'gain'),
                    crow('Operating income', 'opinc'),
                ),
            ),
            Table(
                caption='Depreciation, depletion and amortization and capital expenditures by segment',
                unit='(In thousands) - Fiscal years ended March 31,',
                header=C_YEARS,
                rows=(
                    crow('DD&A - Aggregates', 'dda_agg'),
                    crow('DD&A - Ready-Mix Concrete', 'dda_rmc'),
                    crow('DD&A - Asphalt and Paving', 'dda_asp'),
                    crow('DD&A - Corporate', 'dda_corp'),
                    row('Capital expenditures - Aggregates', C_SEG_CAPEX['agg']),
                    row('Capital expenditures - Ready-Mix Concrete', C_SEG_CAPEX['rmc']),
                    row('Capital expenditures - Asphalt and Paving', C_SEG_CAPEX['asp']),
                    row('Capital expenditures - Corporate', C_SEG_CAPEX['corp']),
                ),
            ),
        ),
    ),
)

REPORTS = (CORVANE_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Brightwell Renal Partners, Inc.: earnings release (Form 8-K Exhibit 99.1), third quarter of 2026, tenths of a
# million. Columns: Q3 2026, Q3 2025, nine months 2026, nine months 2025.
# ---------------------------------------------------------------------------------------------------------------
B = dict(
    r_patient=[5_612, 5_204, 16_418, 15_306],  # patient service revenues
    r_other=[318, 296, 934, 871],  # other revenues (laboratory, pharmacy and management fees)
    pcc=[4_012, 3_806, 11_908, 11_234],  # patient care costs
    ga=[598, 552, 1_774, 1_662],
    da=[284, 266, 836, 792],
    equity_inc=[38, 34, 112, 98],  # equity investment income
    closure=[126, 0, 126, 0],  # clinic closure and impairment charges
    interest=[212, 224, 646, 668],
    extinguish=[0, 0, 42, 0],  # loss on extinguishment of debt (second quarter 2026)
    tax=[177, 162, 512, 455],
    nci=[98, 91, 286, 262],  # net income attributable to noncontrolling interests
    basic_sh=[805, 839, 814, 845],  # tenths of a million shares
    dil_sh=[812, 846, 821, 852],
    sbc=[62, 55, 184, 166],
    adj_tax=[-31, 0, -41, 0],  # tax effect of adjustments
    treatments=[1_523_600, 1_446_200, 4_497_300, 4_302_900],
    days=[79, 78, 233, 232],  # treatment days
)
B['rev'] = add(B['r_patient'], B['r_other'])
B['opinc'] = sub(add(B['rev'], B['equity_inc']), add(B['pcc'], B['ga'], B['da'], B['closure']))
B['pretax'] = sub(B['opinc'], add(B['interest'], B['extinguish']))
B['ni_all'] = sub(B['pretax'], B['tax'])
B['ni'] = sub(B['ni_all'], B['nci'])
B['ebitda'] = add(B['opinc'], B['da'])
B['adj_ebitda'] = add(B['ebitda'], B['sbc'], B['closure'])
B['adj_ni'] = add(B['ni'], B['closure'], B['extinguish'], B['adj_tax'])
assert B['opinc'] == [948, 910, 2820, 2587], B['opinc']
assert B['adj_ebitda'] == [1420, 1231, 3966, 3545], B['adj_ebitda']
B_REV_PER_TX = [r * 100_000 / t for r, t in zip(B['r_patient'], B['treatments'])]  # dollars
B_PCC_PER_TX = [c * 100_000 / t for c, t in zip(B['pcc'], B['treatments'])]
B_TX_PER_DAY = [t / d for t, d in zip(B['treatments'], B['days'])]
B_CLINICS = dict(begin=509, opened=24, acquired=14, closed=11)
B_CLINICS['end'] = B_CLINICS['begin'] + B_CLINICS['opened'] + B_CLINICS['acquired'] - B_CLINICS['closed']
assert B_CLINICS['end'] == 536
BC = dict(cfo=[3_386, 3_012], capex=[-1_184, -1_262], nci_dist=[-274, -250], acquisitions=[-1_530, -412])
BC['fcf'] = add(BC['cfo'], BC['capex'], BC['nci_dist'])  # the company's definition
B_DEBT = [17_420, 17_165]  # September 30, 2026 and December 31, 2025
B_CASH = [1_486, 1_324]
B_GUIDE = dict(rev_new=(23_300, 23_600), rev_old=(22_800, 23_300), ebitda_new=(5_250, 5_400),
               ebitda_old=(5_150, 5_350), eps_new=('$2.42', '$2.50'), eps_old=('$2.30', '$2.42'),
               capex_new=(1_400, 1_500), capex_old=(1_550, 1_700))

Q_HEAD = ('', 'Three Months Ended September 30, 2026', 'Three Months Ended September 30, 2025',
          'Nine Months Ended September 30, 2026', 'Nine Months Ended September 30, 2025')


def beps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


def brow(label, vals, dollar=False):
    return (label, *(m(v, dollar) for v in vals))


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '|'.join(['---'] + ['---:'] * (len(header) - 1)) + '|']
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return "\n".join(out)


def release_md() -> str:
    rev, ni, adj = B['rev'], B['ni'], B['adj_ebitda']
    g = B_GUIDE
    tx = B['treatments']
    parts = [
        "Exhibit 99.1",
        "# Brightwell Renal Partners Reports Third Quarter 2026 Results and Raises Full-Year 2026 Guidance",
        f"""DENVER, Colo., November 4, 2026 -- Brightwell Renal Partners, Inc. (Nasdaq: BRPX) ("Brightwell" or the
"Company"), an operator of outpatient and home dialysis services for patients with kidney failure, today reported
results for the third quarter ended September 30, 2026.""",
        "## Third Quarter 2026 Highlights",
        "\n".join([
            f"- Revenues of ${mt(rev[0])} million, up {chg(rev[0], rev[1])} from ${mt(rev[1])} million in the third "
            f"quarter of 2025.",
            f"- Net income attributable to Brightwell of ${mt(ni[0])} million, or {beps(ni, B['dil_sh'])[0]} per "
            f"diluted share, compared with ${mt(ni[1])} million, or {beps(ni, B['dil_sh'])[1]} per diluted share.",
            f"- Adjusted diluted EPS (non-GAAP) of {beps(B['adj_ni'], B['dil_sh'])[0]}, compared with "
            f"{beps(B['adj_ni'], B['dil_sh'])[1]}.",
            f"- Adjusted EBITDA (non-GAAP) of ${mt(adj[0])} million, up {chg(adj[0], adj[1])}.",
            f"- Total treatments of {tx[0]:,}, up {chg(tx[0], tx[1])}; non-acquired treatment growth of 3.1%.",
            f"- {B_CLINICS['end']} clinics at September 30, 2026, after opening {B_CLINICS['opened']} new clinics, "
            f"acquiring {B_CLINICS['acquired']} and closing {B_CLINICS['closed']} so far this year.",
        ]),
        '''"More patients chose Brightwell this quarter, and our commercial rate agreements renewed at better terms
than we planned," said Marcus Ellery, Chief Executive Officer. "We closed eleven underused clinics in markets where
we had more chairs than patients, and we are raising our guidance for revenue, Adjusted EBITDA and adjusted earnings
per share."''',
        "## Third Quarter Results",
        f"""Patient service revenues rose {chg(B['r_patient'][0], B['r_patient'][1])} to ${mt(B['r_patient'][0])}
million. Treatments rose {chg(tx[0], tx[1])}, of which 3.1 percentage points came from non-acquired clinics and the
rest from the Crescent Valley clinics acquired in June. Revenue per treatment rose to ${B_REV_PER_TX[0]:.2f} from
${B_REV_PER_TX[1]:.2f}. The increase came mainly from commercial payors: rate increases in agreements renewed in the
first half took effect in July. The Medicare base rate for 2026 was also higher. A larger share of patients with
Medicare Advantage plans partly offset these gains, since those plans pay us less than commercial insurers.""",
        f"""Patient care costs were ${mt(B['pcc'][0])} million, or ${B_PCC_PER_TX[0]:.2f} per treatment, compared
with ${B_PCC_PER_TX[1]:.2f} a year earlier. Lower pharmaceutical costs and fewer contract nurses offset wage
increases for clinical staff. General and administrative expenses rose to ${mt(B['ga'][0])} million, mainly because
of investments in home dialysis training and in billing systems. Clinic closure and impairment charges of
${mt(B['closure'][0])} million relate to the eleven clinics closed in the quarter; their patients moved to nearby
Brightwell clinics.""",
        f"""At September 30, 2026 the Company served approximately 41,600 patients, compared with 40,300 at December 31,
2025; approximately 5,900 of them dialyze at home. Medicare and Medicare Advantage accounted for about 57% of patient
service revenues in the nine months.""",
        "## Nine-Month Results",
        f"""For the nine months ended September 30, 2026, revenues were ${mt(rev[2])} million, up {chg(rev[2], rev[3])}.
Net income attributable to Brightwell was ${mt(ni[2])} million, or {beps(ni, B['dil_sh'])[2]} per diluted share,
compared with ${mt(ni[3])} million, or {beps(ni, B['dil_sh'])[3]} per diluted share. Adjusted EBITDA was
${mt(adj[2])} million, compared with ${mt(adj[3])} million. Results for the nine months include a loss on
extinguishment of debt of ${mt(B['extinguish'][2])} million on the refinancing of the Company's term loan in
May 2026.""",
        "## Cash Flow and Balance Sheet",
        f"""Net cash provided by operating activities was ${mt(BC['cfo'][0])} million for the nine months, compared with
${mt(BC['cfo'][1])} million. Capital expenditures were ${mt(-BC['capex'][0])} million, and distributions to
noncontrolling interests, the physician partners in the Company's joint-venture clinics, were
${mt(-BC['nci_dist'][0])} million. Free cash flow (a non-GAAP measure, defined below) was ${mt(BC['fcf'][0])} million,
compared with ${mt(BC['fcf'][1])} million. The Company paid ${mt(-BC['acquisitions'][0])} million for acquisitions,
most of it for Crescent Valley Kidney Centers, a privately held operator of 14 clinics in California's Central Valley,
acquired on June 1, 2026. At September 30, 2026, cash and cash equivalents were ${mt(B_CASH[0])} million and total
debt was ${mt(B_DEBT[0])} million, compared with ${mt(B_CASH[1])} million and ${mt(B_DEBT[1])} million at December
31, 2025. The Company's net leverage ratio, as defined in its credit agreement, was 3.0 times, compared with 3.1 times at December 31, 2025.""",
        "## 2026 Guidance",
        f"""Brightwell is raising its full-year 2026 guidance for revenues, Adjusted EBITDA and adjusted diluted EPS. It
is lowering its guidance for capital expenditures, because eight new clinics planned for the fourth quarter will now
open in the first half of 2027, after delays in state licensing. The guidance below replaces the guidance issued on
February 24, 2026.""",
        md_table(('Full-year 2026 (in millions, except per share)', 'Current guidance', 'Original guidance (February 24, 2026)'), (
            ('Revenues', f"${mt(g['rev_new'][0])} - ${mt(g['rev_new'][1])}",
             f"${mt(g['rev_old'][0])} - ${mt(g['rev_old'][1])}"),
            ('Adjusted EBITDA', f"${mt(g['ebitda_new'][0])} - ${mt(g['ebitda_new'][1])}",
             f"${mt(g['ebitda_old'][0])} - ${mt(g['ebitda_old'][1])}"),
            ('Adjusted diluted EPS', f"{g['eps_new'][0]} - {g['eps_new'][1]}",
             f"{g['eps_old'][0]} - {g['eps_old'][1]}"),
            ('Capital expenditures', f"${mt(g['capex_new'][0])} - ${mt(g['capex_new'][1])}",
             f"${mt(g['capex_old'][0])} - ${mt(g['capex_old'][1])}"),
        )),
        """The guidance includes Crescent Valley from June 1, 2026 and assumes no further acquisitions. The Company does
not provide guidance for net income attributable to Brightwell, because it cannot predict without unreasonable effort
the clinic closure charges and other items needed to reconcile it. The Company will give guidance for 2027 when it
reports fourth-quarter results in February 2027.""",
        "## Non-GAAP Financial Measures",
        """Adjusted EBITDA is net income before net income attributable to noncontrolling interests, income taxes,
interest expense, loss on extinguishment of debt and depreciation and amortization, further adjusted to exclude
stock-based compensation and clinic closure and impairment charges. Adjusted net income is net income attributable
to Brightwell excluding clinic closure and impairment charges and loss on extinguishment of debt, net of their tax
effect; adjusted diluted EPS is adjusted net income divided by diluted shares. Free cash flow is net cash provided by
operating activities less capital expenditures and distributions to noncontrolling interests. These measures are not
substitutes for measures prepared under U.S. generally accepted accounting principles (GAAP).""",
        "### BRIGHTWELL RENAL PARTNERS, INC. CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)",
        "(In millions, except per share amounts)",
        md_table(Q_HEAD, (
            brow('Patient service revenues', B['r_patient'], True),
            brow('Other revenues', B['r_other']),
            brow('Total revenues', rev, True),
            brow('Patient care costs', B['pcc']),
            brow('General and administrative', B['ga']),
            brow('Depreciation and amortization', B['da']),
            brow('Equity investment income', neg(B['equity_inc'])),
            brow('Clinic closure and impairment charges', B['closure']),
            brow('Operating income', B['opinc']),
            brow('Interest expense, net', B['interest']),
            brow('Loss on extinguishment of debt', B['extinguish']),
            brow('Income before income taxes', B['pretax']),
            brow('Income tax expense', B['tax']),
            brow('Net income', B['ni_all']),
            brow('Less: net income attributable to noncontrolling interests', B['nci']),
            brow('Net income attributable to Brightwell', ni, True),
            ('Diluted earnings per share', *beps(ni, B['dil_sh'])),
            brow('Diluted weighted average shares outstanding', B['dil_sh']),
        )),
        "### OPERATING METRICS (Unaudited)",
        md_table(Q_HEAD, (
            ('Treatments', *(f"{t:,}" for t in tx)),
            ('Treatment days', *(str(d) for d in B['days'])),
            ('Treatments per day', *(f"{t:,.0f}" for t in B_TX_PER_DAY)),
            ('Patient service revenue per treatment', *(f"${v:.2f}" for v in B_REV_PER_TX)),
            ('Patient care costs per treatment', *(f"${v:.2f}" for v in B_PCC_PER_TX)),
            ('Non-acquired treatment growth', '3.1%', '2.4%', '2.8%', '2.2%'),
        )),
        "### RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA (Unaudited)",
        "(In millions)",
        md_table(Q_HEAD, (
            brow('Net income attributable to Brightwell', ni, True),
            brow('Net income attributable to noncontrolling interests', B['nci']),
            brow('Income tax expense', B['tax']),
            brow('Interest expense, net', B['interest']),
            brow('Loss on extinguishment of debt', B['extinguish']),
            brow('Depreciation and amortization', B['da']),
            brow('EBITDA', B['ebitda']),
            brow('Stock-based compensation', B['sbc']),
            brow('Clinic closure and impairment charges', B['closure']),
            brow('Adjusted EBITDA', adj, True),
        )),
        "### RECONCILIATION OF NET INCOME ATTRIBUTABLE TO BRIGHTWELL TO ADJUSTED NET INCOME (Unaudited)",
        "(In millions, except per share amounts)",
        md_table(Q_HEAD, (
            brow('Net income attributable to Brightwell', ni, True),
            brow('Clinic closure and impairment charges', B['closure']),
            brow('Loss on extinguishment of debt', B['extinguish']),
            brow('Tax effect of adjustments', B['adj_tax']),
            brow('Adjusted net income', B['adj_ni'], True),
            ('Adjusted diluted EPS', *beps(B['adj_ni'], B['dil_sh'])),
        )),
        "### RECONCILIATION OF NET CASH PROVIDED BY OPERATING ACTIVITIES TO FREE CASH FLOW (Unaudited)",
        "(In millions)",
        md_table(('', 'Nine Months Ended September 30, 2026', 'Nine Months Ended September 30, 2025'), (
            brow('Net cash provided by operating activities', BC['cfo'], True),
            brow('Capital expenditures', BC['capex']),
            brow('Distributions to noncontrolling interests', BC['nci_dist']),
            brow('Free cash flow', BC['fcf'], True),
        )),
        """Forward-looking statements: this release contains forward-looking statements, including the 2026 guidance,
which are subject to risks such as changes in Medicare and commercial payment rates, the supply of nurses and patient
care technicians and the timing of new clinic openings. Investor contact: Lena Okafor, Investor Relations,
(303) 555-0188.""",
        '',
    ]
    return "\n\n".join(" ".join(s.split()) if not s.startswith(('|', '-')) else s for s in parts)


RELEASE_STEM = "brightwell_renal_q3_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.md"
    target.write_text(release_md(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
