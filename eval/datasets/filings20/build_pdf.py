"""Build the two PDF filings of the held-out set filings20 (eval/datasets/filings20/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. The boat builder's figures are held in thousands and the fitness
operator's in tenths of a million (integers both, printed with one decimal in millions), so that statement totals,
summed here from their lines, foot exactly.

    .venv/bin/python eval/datasets/filings20/build_pdf.py      # writes docs/*.pdf
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


def mil_k(v):
    """Thousands as millions with one decimal, for the text: 402.1."""
    return f"{v / 1_000:,.1f}"


def eps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


# ---------------------------------------------------------------------------------------------------------------
# Kessock Marine Group, Inc.: Form 10-K, fiscal year ended June 30, 2026, in thousands.
# Columns: fiscal 2026, fiscal 2025, fiscal 2024.
# ---------------------------------------------------------------------------------------------------------------
K = dict(
    s_kes=[412_806, 498_315, 561_204],
    s_brine=[318_442, 301_906, 244_118],
    s_lake=[146_215, 189_604, 214_337],
    cogs=[708_118, 778_406, 776_215],
    selling=[28_406, 30_118, 27_915],
    ga=[61_204, 58_806, 55_118],
    amort=[6_215, 6_215, 4_806],
    interest=[9_806, 11_204, 6_118],
    other=[1_418, 2_106, 906],
    tax=[14_118, 23_906, 34_215],
    basic_sh=[19_418, 19_906, 20_215],
    dil_sh=[19_604, 20_118, 20_406],
    oi_kes=[38_906, 66_118, 92_406],
    oi_brine=[46_215, 40_806, 31_118],
    oi_lake=[6_118, 21_604, 40_215],
    intl=[96_118, 104_315, 112_806],
)
K['sales'] = add(K['s_kes'], K['s_brine'], K['s_lake'])
K['gp'] = sub(K['sales'], K['cogs'])
K['opex'] = add(K['selling'], K['ga'], K['amort'])
K['opinc'] = sub(K['gp'], K['opex'])
K['pretax'] = add(sub(K['opinc'], K['interest']), K['other'])
K['ni'] = sub(K['pretax'], K['tax'])
K['corp'] = sub(K['opinc'], add(K['oi_kes'], K['oi_brine'], K['oi_lake']))
K['us'] = sub(K['sales'], K['intl'])

KC = dict(
    dep=[24_806, 22_118, 19_904],
    sbc=[7_118, 6_806, 6_204],
    deferred=[-1_906, 2_415, 1_118],
    ar=[6_204, 9_118, -4_406],
    inv=[18_315, -12_806, -41_204],
    prepaid=[-1_204, 806, -1_918],
    ap=[-14_118, -6_204, 8_315],
    accrued=[-8_406, -11_915, 4_806],
    warranty=[-1_118, 1_604, 2_906],
    capex=[-31_406, -44_218, -52_615],
    acquisition=[0, 0, -142_500],
    proceeds=[1_806, 415, 0],
    borrow=[0, 0, 150_000],
    repay=[-40_000, -35_000, -10_000],
    buyback=[-25_118, -30_406, -20_118],
    withhold=[-2_204, -1_918, -2_406],
    begin2024=86_418,
)
KC['gain'] = neg(KC['proceeds'])  # equipment sold was fully depreciated: the proceeds are all gain
KC['cfo'] = add(K['ni'], KC['dep'], K['amort'], KC['sbc'], KC['gain'], KC['deferred'], KC['ar'], KC['inv'],
                KC['prepaid'], KC['ap'], KC['accrued'], KC['warranty'])
KC['cfi'] = add(KC['capex'], KC['acquisition'], KC['proceeds'])
KC['cff'] = add(KC['borrow'], KC['repay'], KC['buyback'], KC['withhold'])
KC['net'] = add(KC['cfo'], KC['cfi'], KC['cff'])
_k_begin = [0, 0, KC['begin2024']]
_k_begin[1] = KC['begin2024'] + KC['net'][2]
_k_begin[0] = _k_begin[1] + KC['net'][1]
KC['begin'] = _k_begin
KC['end'] = add(KC['begin'], KC['net'])

# Balance sheets at June 30, 2026 and 2025; fiscal 2026 changes come from the fiscal 2026 cash flow lines (the
# equipment sold was fully depreciated, so its proceeds are a gain within other income and PP&E is unaffected).
KB = dict(
    cash=[KC['end'][0], KC['begin'][0]],
    ar=[38_406 - KC['ar'][0], 38_406],
    inv=[214_918 - KC['inv'][0], 214_918],
    prepaid=[11_204 - KC['prepaid'][0], 11_204],
    ppe=[196_315 - KC['capex'][0] - KC['dep'][0], 196_315],
    rou=[18_406, 21_118],
    goodwill=[88_215, 88_215],
    intang=[61_406 - K['amort'][0], 61_406],
    other_assets=[4_118, 4_118],
    ap=[58_406 + KC['ap'][0], 58_406],
    accrued=[46_118 + KC['accrued'][0], 46_118],
    warranty_cur=[14_204 + KC['warranty'][0], 14_204],
    debt_cur=[10_000, 10_000],
    lease_cur=[3_106, 3_204],
    debt=[95_000 + KC['repay'][0], 95_000],
    lease=[15_300, 17_914],
    dtl=[12_806 + KC['deferred'][0], 12_806],
    other_liab=[9_418, 9_418],
    cs=[21, 21],
    apic=[148_406 + KC['sbc'][0] + KC['withhold'][0], 148_406],
    treasury=[-96_415 + KC['buyback'][0], -96_415],
    aoci=[-1_204, -1_204],
)
KB['cur_assets'] = add(KB['cash'], KB['ar'], KB['inv'], KB['prepaid'])
KB['assets'] = add(KB['cur_assets'], KB['ppe'], KB['rou'], KB['goodwill'], KB['intang'], KB['other_assets'])
KB['cur_liab'] = add(KB['ap'], KB['accrued'], KB['warranty_cur'], KB['debt_cur'], KB['lease_cur'])
KB['liab'] = add(KB['cur_liab'], KB['debt'], KB['lease'], KB['dtl'], KB['other_liab'])
_k_re25 = KB['assets'][1] - KB['liab'][1] - KB['cs'][1] - KB['apic'][1] - KB['treasury'][1] - KB['aoci'][1]
KB['re'] = [_k_re25 + K['ni'][0], _k_re25]
KB['equity'] = add(KB['cs'], KB['apic'], KB['re'], KB['treasury'], KB['aoci'])
# the lease lines move together (the right-of-use asset and the lease liability amortize alike here)
assert KB['rou'][0] - KB['rou'][1] == KB['lease_cur'][0] + KB['lease'][0] - KB['lease_cur'][1] - KB['lease'][1]
assert add(KB['liab'], KB['equity']) == KB['assets'], (add(KB['liab'], KB['equity']), KB['assets'])
assert min(KC['end']) > 0

K_YEARS = ('', '2026', '2025', '2024')


KESSOCK_10K = Report(
    stem="kessock_marine_10k_fy2026",
    title="Kessock Marine Group, Inc. - Annual Report on Form 10-K for the fiscal year ended June 30, 2026",
    running_title="Kessock Marine Group, Inc. | Form 10-K fiscal 2026",
    date="August 27, 2026",
    iso_date="2026-08-27",
    keywords=("Kessock Marine Group", "10-K", "recreational boats", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended June 30, 2026.
Commission file number 001-38817. KESSOCK MARINE GROUP, INC. (Exact name of registrant as specified in its charter), a
Delaware corporation, I.R.S. Employer Identification No. 83-2270915, 4100 Lakeshore Parkway, Loudon, Tennessee 37774.
Registrant's telephone number: (865) 555-0148."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol', 'Exchange'),
                rows=(
                    ('Class A Common Stock, $0.001 par value', 'KSMG', 'NYSE'),
                ),
            ),
            p("""Indicate by check mark whether the registrant is a large accelerated filer: Large accelerated filer [X].
The aggregate market value of the Class A Common Stock held by non-affiliates of the registrant as of December 31, 2025
was approximately $1.41 billion. As of August 20, 2026, 19,207,415 shares of Class A Common Stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p("""Kessock Marine Group, Inc. ("Kessock," the "Company," "we" or "our") designs, manufactures and sells
recreational powerboats. We were founded in 1987 as a builder of tournament ski boats and today sell boats under three
brands, each a reportable segment. Kessock: premium ski, wake surf and wakeboard boats with retail prices from about
$120,000 to $350,000. Brinewater: center-console and dual-console saltwater fishing boats from 24 to 42 feet, acquired
in fiscal 2021. Lakecraft: pontoon boats, including the Harbor Pointe line acquired on September 3, 2023 (fiscal 2024)
for $142.5 million in cash. Our fiscal year ends on June 30; fiscal 2026 means the year ended June 30, 2026."""),
            p("""Dealers and customers. We sell our boats through independent dealers, who buy the boats and resell them to
retail customers; we do not sell directly to consumers. At June 30, 2026 our network had 412 dealer locations in 38
countries, of which 318 were in the United States and Canada. Our largest dealer group, Tideline Marine Holdings, a multi-state
dealer consolidator, accounted for 16.2% of our net sales in fiscal 2026 (14.8% in fiscal 2025), and our ten
largest dealer groups together accounted for 41.5% of net sales in fiscal 2026. Most dealers finance their inventory
through third-party floor plan lenders, and under repurchase agreements with those lenders we may be required to buy
back boats if a dealer defaults; we did not repurchase any boats in fiscal 2026."""),
            p("""Seasonality. Retail demand for boats is seasonal, peaking in the spring and summer, and our shipments to
dealers are highest in our third and fourth fiscal quarters. Our model year begins on July 1."""),
        ),
        (
            p("""Employees. At June 30, 2026 we had approximately 2,915 full-time employees, compared with 3,340 at June 30,
2025; the reduction reflects production rate cuts at our Lakecraft and Kessock plants. None of our employees is
represented by a labor union."""),
            h('Item 2. Properties'),
            p("""We own manufacturing facilities in Loudon, Tennessee (Kessock), Merritt Island, Florida (Brinewater),
and Syracuse, Indiana and Elkhart, Indiana (Lakecraft), and we lease a manufacturing facility in Albury, Australia
that builds Kessock boats for the Australian and New Zealand markets and our corporate offices in Knoxville,
Tennessee. We consolidated our Lakecraft production into the Syracuse and Elkhart plants in fiscal 2026."""),
            h('Item 1A. Risk Factors'),
            p("""Our sales depend on discretionary consumer spending and on the availability and cost of consumer credit,
and they fall when interest rates rise or consumer confidence weakens. Our dealers' willingness to carry inventory
depends on floor plan interest rates; when dealers reduce their inventories we must cut our wholesale shipments and
may offer higher dealer incentives. We depend on a single supplier for the engines used in most of our Kessock and
Lakecraft boats. The loss of one or more of our large dealer groups could materially reduce our net sales. Our
Brinewater plant is in an area exposed to hurricanes."""),
            h('Item 5. Market for Registrant\'s Common Equity'),
            p("""Our Class A Common Stock trades on the New York Stock Exchange under the symbol KSMG. We have never declared
or paid cash dividends and do not expect to do so in the foreseeable future. In fiscal 2026 we repurchased 498,204 shares
for $25.1 million under the $100 million repurchase program authorized in May 2024, of which $24.4 million remained
available at June 30, 2026."""),
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Fiscal 2026 was the second year of a downturn in retail demand for recreational boats, as
high interest rates weighed on buyers and dealers continued to reduce their inventories. Net sales were
${mil_k(K['sales'][0])} million, a decrease of {down(K['sales'][0], K['sales'][1])} from
${mil_k(K['sales'][1])} million in fiscal 2025. We shipped 4,806 units in fiscal 2026, compared with 5,918 units in
fiscal 2025. Gross margin was {pct(K['gp'][0], K['sales'][0])}, compared with {pct(K['gp'][1], K['sales'][1])}. Net income
was ${mil_k(K['ni'][0])} million, or {eps(K['ni'], K['dil_sh'])[0]} per diluted share, compared with
${mil_k(K['ni'][1])} million, or {eps(K['ni'], K['dil_sh'])[1]} per diluted share."""),
            p(f"""Gross margin. The decline in gross margin reflected lower production volumes, which spread our fixed
manufacturing overhead over fewer units, and higher dealer incentives and retail financing support programs to help
dealers sell aged inventory, which are recorded as reductions of net sales; they were partly offset by lower material
costs and by the higher share of Brinewater boats in our sales mix."""),
        ),
        (
            h('Segment results'),
            p(f"""Kessock. Net sales decreased {down(K['s_kes'][0], K['s_kes'][1])} to ${mil_k(K['s_kes'][0])} million on
lower unit volume, as we cut production to reduce dealer inventories of wake boats, partly offset by model year price
increases. Operating income decreased to ${mil_k(K['oi_kes'][0])} million from ${mil_k(K['oi_kes'][1])} million."""),
            p(f"""Brinewater. Net sales increased {chg(K['s_brine'][0], K['s_brine'][1])} to ${mil_k(K['s_brine'][0])}
million, driven by the larger 36- and 42-foot models introduced in model year 2026, which carry higher prices, and by
new dealers in the Gulf Coast and the Mid-Atlantic. Operating income increased to ${mil_k(K['oi_brine'][0])} million from
${mil_k(K['oi_brine'][1])} million."""),
            p(f"""Lakecraft. Net sales decreased {down(K['s_lake'][0], K['s_lake'][1])} to ${mil_k(K['s_lake'][0])} million, as
entry-level pontoon buyers were the most affected by high financing costs. Operating income decreased to
${mil_k(K['oi_lake'][0])} million from ${mil_k(K['oi_lake'][1])} million and included $3.8 million of costs to close
our Lakecraft plant in Bristol, Indiana."""),
            p(f"""Operating expenses. Selling and marketing expenses decreased to ${mil_k(K['selling'][0])} million. General
and administrative expenses increased to ${mil_k(K['ga'][0])} million from ${mil_k(K['ga'][1])} million, mainly
because of higher legal costs for product liability litigation and the plant closure costs. Our effective tax rate
was {pct(K['tax'][0], K['pretax'][0])} in fiscal 2026, compared with {pct(K['tax'][1], K['pretax'][1])} in fiscal 2025."""),
            h('Liquidity and capital resources'),
            p(f"""At June 30, 2026 we had ${mil_k(KB['cash'][0])} million of cash and cash equivalents and $200.0 million
of availability under our revolving credit facility, which was undrawn. Net cash provided by operating activities was
${mil_k(KC['cfo'][0])} million in fiscal 2026, compared with ${mil_k(KC['cfo'][1])} million in fiscal 2025. Purchases
of property, plant and equipment were ${mil_k(-KC['capex'][0])} million, mainly for tooling for new models and an
expansion of the Brinewater plant. We expect capital expenditures of $30 million to $35 million in fiscal 2027. In
fiscal 2026 we prepaid $30.0 million of our term loan in addition to the scheduled installments."""),
            h('Backlog'),
            p("""We do not consider our backlog of dealer orders to be a meaningful indicator of future sales, because
dealers may cancel orders before shipment without penalty."""),
        ),
        (
            Table(
                caption='KESSOCK MARINE GROUP, INC. CONSOLIDATED STATEMENTS OF OPERATIONS',
                unit='(In thousands, except per share data) - Fiscal Year Ended June 30,',
                header=K_YEARS,
                rows=(
                    row('Net sales', K['sales'], True),
                    row('Cost of sales', K['cogs']),
                    row('Gross profit', K['gp']),
                    ('Operating expenses:', '', '', ''),
                    row('Selling and marketing', K['selling']),
                    row('General and administrative', K['ga']),
                    row('Amortization', K['amort']),
                    row('Total operating expenses', K['opex']),
                    row('Operating income', K['opinc']),
                    row('Interest expense', neg(K['interest'])),
                    row('Other income, net', K['other']),
                    row('Income before provision for income taxes', K['pretax']),
                    row('Provision for income taxes', K['tax']),
                    row('Net income', K['ni'], True),
                    ('Net income per share:', '', '', ''),
                    ('Basic', *eps(K['ni'], K['basic_sh'])),
                    ('Diluted', *eps(K['ni'], K['dil_sh'])),
                    ('Weighted average shares outstanding:', '', '', ''),
                    row('Basic', K['basic_sh']),
                    row('Diluted', K['dil_sh']),
                ),
                note="""See accompanying notes to consolidated financial statements.""",
            ),
        ),
        (
            Table(
                caption='KESSOCK MARINE GROUP, INC. CONSOLIDATED BALANCE SHEETS',
                unit='(In thousands, except share data)',
                header=('', 'June 30, 2026', 'June 30, 2025'),
                rows=(
                    ('Current assets:', '', ''),
                    row('Cash and cash equivalents', KB['cash'], True),
                    row('Accounts receivable, net', KB['ar']),
                    row('Inventories, net', KB['inv']),
                    row('Prepaid expenses and other current assets', KB['prepaid']),
                    row('Total current assets', KB['cur_assets']),
                    row('Property, plant and equipment, net', KB['ppe']),
                    row('Operating lease right-of-use assets', KB['rou']),
                    row('Goodwill', KB['goodwill']),
                    row('Other intangible assets, net', KB['intang']),
                    row('Other assets', KB['other_assets']),
                    row('Total assets', KB['assets'], True),
                    ('Current liabilities:', '', ''),
                    row('Accounts payable', KB['ap'], True),
                    row('Accrued expenses', KB['accrued']),
                    row('Accrued warranty', KB['warranty_cur']),
                    row('Current portion of long-term debt', KB['debt_cur']),
                    row('Current operating lease liabilities', KB['lease_cur']),
                    row('Total current liabilities', KB['cur_liab']),
                    row('Long-term debt, less current portion', KB['debt']),
                    row('Operating lease liabilities, noncurrent', KB['lease']),
                    row('Deferred tax liabilities', KB['dtl']),
                    row('Other long-term liabilities', KB['other_liab']),
                    row('Total liabilities', KB['liab']),
                    ('Stockholders\' equity:', '', ''),
                    row('Class A Common Stock, $0.001 par value', KB['cs']),
                    row('Additional paid-in capital', KB['apic']),
                    row('Retained earnings', KB['re']),
                    row('Treasury stock, at cost', KB['treasury']),
                    row('Accumulated other comprehensive loss', KB['aoci']),
                    row('Total stockholders\' equity', KB['equity']),
                    row('Total liabilities and stockholders\' equity', add(KB['liab'], KB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='KESSOCK MARINE GROUP, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In thousands) - Fiscal Year Ended June 30,',
                header=K_YEARS,
                rows=(
                    ('Operating activities:', '', '', ''),
                    row('Net income', K['ni'], True),
                    ('Adjustments to reconcile net income to net cash', '', '', ''),
                    ('provided by operating activities:', '', '', ''),
                    row('Depreciation', KC['dep']),
                    row('Amortization', K['amort']),
                    row('Stock-based compensation', KC['sbc']),
                    row('Gain on sale of equipment', KC['gain']),
                    row('Deferred income taxes', KC['deferred']),
                    ('Changes in operating assets and liabilities:', '', '', ''),
                    row('Accounts receivable', KC['ar']),
                    row('Inventories', KC['inv']),
                    row('Prepaid expenses and other assets', KC['prepaid']),
                    row('Accounts payable', KC['ap']),
                    row('Accrued expenses', KC['accrued']),
                    row('Accrued warranty', KC['warranty']),
                    row('Net cash provided by operating activities', KC['cfo']),
                    ('Investing activities:', '', '', ''),
                    row('Purchases of property, plant and equipment', KC['capex']),
                    row('Acquisition of Harbor Pointe, net of cash acquired', KC['acquisition']),
                    row('Proceeds from sale of equipment', KC['proceeds']),
                    row('Net cash used in investing activities', KC['cfi']),
                    ('Financing activities:', '', '', ''),
                    row('Proceeds from term loan', KC['borrow']),
                    row('Payments on long-term debt', KC['repay']),
                    row('Repurchases of Class A Common Stock', KC['buyback']),
                    row('Tax withholdings on vesting of equity awards', KC['withhold']),
                    row('Net cash (used in) provided by financing activities', KC['cff']),
                    row('Net change in cash and cash equivalents', KC['net']),
                    row('Cash and cash equivalents, beginning of year', KC['begin']),
                    row('Cash and cash equivalents, end of year', KC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements (excerpts)'),
            p("""Note 3 - Revenue recognition. We recognize revenue when a boat is shipped to a dealer, net of estimated
dealer incentives, retail financing support and floor plan interest we pay on dealers' behalf. Parts, accessories and
trailers are less than 5% of net sales and are included in each segment."""),
            Table(
                caption='Net sales by geography',
                unit='(In thousands) - Fiscal Year Ended June 30,',
                header=K_YEARS,
                rows=(
                    row('United States', K['us'], True),
                    row('International', K['intl']),
                    row('Total net sales', K['sales'], True),
                ),
            ),
            p("""Note 8 - Long-term debt. On September 1, 2023 we entered into a credit agreement providing a $150.0
million term loan, used with cash on hand to pay for the Harbor Pointe acquisition, and a $200.0 million revolving
credit facility, both maturing on September 1, 2028. Borrowings bear interest at SOFR plus 1.75% to 2.50% depending on
our leverage ratio; the term loan's rate was 6.18% at June 30, 2026. The term loan requires quarterly principal
payments of $2.5 million. At June 30, 2026, $65.0 million of the term loan was outstanding and no amount was drawn
under the revolving credit facility. The credit agreement requires a maximum total net leverage ratio of 3.0 to 1.0;
we were in compliance at June 30, 2026."""),
            p("""Note 9 - Leases. We lease our Albury, Australia plant, our Knoxville offices, warehouses and equipment under
operating leases with remaining terms of one to nine years. Operating lease cost was $4.1 million in fiscal 2026. The
weighted average discount rate of our operating leases was 5.4% at June 30, 2026."""),
            p("""Note 10 - Product warranties. We provide a limited warranty of five years on Kessock hulls and a lifetime
limited structural warranty on Brinewater and Lakecraft hulls, and shorter warranties on components. Warranty claims
paid in fiscal 2026 were $16.4 million."""),
            p("""Note 14 - Commitments and contingencies. Under floor plan repurchase agreements, our maximum contingent
obligation to repurchase boats from lenders was about $212 million at June 30, 2026."""),
        ),
        (
            h('Note 12 - Segment Information'),
            p("""We have three reportable segments, Kessock, Brinewater and Lakecraft, which are our three brands. Our
chief operating decision maker evaluates segments on net sales and operating income. Corporate and other includes
unallocated corporate costs and amortization of acquired intangible assets. We do not report assets by segment."""),
            Table(
                caption='Net sales and operating income by segment',
                unit='(In thousands) - Fiscal Year Ended June 30,',
                header=K_YEARS,
                rows=(
                    ('Net sales:', '', '', ''),
                    row('Kessock', K['s_kes'], True),
                    row('Brinewater', K['s_brine']),
                    row('Lakecraft', K['s_lake']),
                    row('Total net sales', K['sales'], True),
                    ('Operating income:', '', '', ''),
                    row('Kessock', K['oi_kes'], True),
                    row('Brinewater', K['oi_brine']),
                    row('Lakecraft', K['oi_lake']),
                    row('Corporate and other', K['corp']),
                    row('Total operating income', K['opinc'], True),
                ),
            ),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Ironvale Fitness Holdings, Inc.: third quarter 2026 earnings release (Exhibit 99.1), in millions, held here in
# tenths of a million. Columns: Q3 2026, Q3 2025, nine months 2026, nine months 2025.
# ---------------------------------------------------------------------------------------------------------------
I_COLS = ('', 'Q3 2026', 'Q3 2025', '9M 2026', '9M 2025')
I = dict(
    dues=[2_184, 1_962, 6_418, 5_806],
    pt=[318, 276, 902, 788],
    royalty=[1_106, 1_012, 3_244, 2_968],
    adfund=[206, 188, 612, 556],
    equip=[804, 688, 2_106, 2_314],
    salaries=[1_018, 924, 2_986, 2_712],
    occupancy=[614, 566, 1_806, 1_654],
    c_equip=[598, 506, 1_568, 1_712],
    advertising=[402, 361, 1_228, 1_116],
    da=[438, 402, 1_288, 1_172],
    other_opex=[396, 372, 1_176, 1_102],
    interest=[246, 252, 742, 761],
    other=[12, -8, 31, 14],
    tax=[232, 188, 648, 566],
    basic_sh=[83_906, 85_418, 84_406, 86_118],  # thousands of shares
    dil_sh=[84_612, 86_204, 85_118, 86_915],
    e_owned=[842, 741, 2_388, 2_164],
    e_fran=[868, 792, 2_540, 2_318],
    e_equip=[176, 148, 452, 498],
    sbc=[58, 49, 171, 148],
    transaction=[24, 0, 86, 12],
)
I['rev'] = add(I['dues'], I['pt'], I['royalty'], I['adfund'], I['equip'])
I['costs'] = add(I['salaries'], I['occupancy'], I['c_equip'], I['advertising'], I['da'], I['other_opex'])
I['opinc'] = sub(I['rev'], I['costs'])
I['pretax'] = add(sub(I['opinc'], I['interest']), I['other'])
I['ni'] = sub(I['pretax'], I['tax'])
I['seg_owned'] = add(I['dues'], I['pt'])
I['seg_fran'] = add(I['royalty'], I['adfund'])
I['ebitda'] = add(I['ni'], I['tax'], I['interest'], I['da'])
I['corp'] = sub(I['ebitda'], add(I['e_owned'], I['e_fran'], I['e_equip']))
I['adj_ebitda'] = add(I['ebitda'], I['sbc'], I['transaction'])
assert I['ebitda'] == add(I['opinc'], I['other'], I['da'])


def ieps(ni, sh):
    return tuple(f"${a * 100 / b:.2f}" for a, b in zip(ni, sh))


def mil(v):
    """Tenths of a million as text: 461.8."""
    return f"{v / 10:,.1f}"


IC = dict(
    amort_dfc=[38, 36],
    deferred=[64, 72],
    ar=[-42, 31],
    inv=[58, -96],
    prepaid=[-26, -14],
    ap_accrued=[72, -48],
    def_rev=[94, 81],
    capex=[-1_406, -1_188],
    acquisition=[-982, 0],
    repay=[-165, -165],
    buyback=[-1_000, -1_504],
    options=[42, 58],
    begin=[4_418, 3_906],
)
_i9 = slice(2, 4)
IC['cfo'] = add(I['ni'][_i9], I['da'][_i9], I['sbc'][_i9], IC['amort_dfc'], IC['deferred'], IC['ar'], IC['inv'],
                IC['prepaid'], IC['ap_accrued'], IC['def_rev'])
IC['cfi'] = add(IC['capex'], IC['acquisition'])
IC['cff'] = add(IC['repay'], IC['buyback'], IC['options'])
IC['net'] = add(IC['cfo'], IC['cfi'], IC['cff'])
IC['end'] = add(IC['begin'], IC['net'])

# Balance sheets at September 30, 2026 and December 31, 2025; the changes come from the nine-month cash flow lines.
_i_amort_int = 212  # amortization of intangible assets within depreciation and amortization
_i_acq = dict(ppe=318, goodwill=512, intang=152)  # the franchisee clubs acquired
assert sum(_i_acq.values()) == -IC['acquisition'][0]
IB = dict(
    cash=[IC['end'][0], IC['begin'][0]],
    ar=[612 - IC['ar'][0], 612],
    inv=[318 - IC['inv'][0], 318],
    prepaid=[404 - IC['prepaid'][0], 404],
    ppe=[6_206 - IC['capex'][0] - (I['da'][2] - _i_amort_int) + _i_acq['ppe'], 6_206],
    rou=[9_804, 9_804],
    goodwill=[7_024 + _i_acq['goodwill'], 7_024],
    intang=[2_318 - _i_amort_int + _i_acq['intang'], 2_318],
    other_assets=[206, 206],
    ap=[288 + 30, 288],
    accrued=[904 + IC['ap_accrued'][0] - 30, 904],
    def_rev=[612 + IC['def_rev'][0], 612],
    debt_cur=[220, 220],
    lease_cur=[806, 806],
    debt=[19_306 + IC['repay'][0] + IC['amort_dfc'][0], 19_306],
    lease=[9_618, 9_618],
    dtl=[1_104 + IC['deferred'][0], 1_104],
    other_liab=[402, 402],
    cs=[1, 1],
    apic=[612 + I['sbc'][2] + IC['options'][0], 612],
    aoci=[-18, -18],
)
IB['cur_assets'] = add(IB['cash'], IB['ar'], IB['inv'], IB['prepaid'])
IB['assets'] = add(IB['cur_assets'], IB['ppe'], IB['rou'], IB['goodwill'], IB['intang'], IB['other_assets'])
IB['cur_liab'] = add(IB['ap'], IB['accrued'], IB['def_rev'], IB['debt_cur'], IB['lease_cur'])
IB['liab'] = add(IB['cur_liab'], IB['debt'], IB['lease'], IB['dtl'], IB['other_liab'])
_i_def25 = IB['assets'][1] - IB['liab'][1] - IB['cs'][1] - IB['apic'][1] - IB['aoci'][1]
IB['deficit'] = [_i_def25 + I['ni'][2] + IC['buyback'][0], _i_def25]  # repurchased shares are retired
IB['equity'] = add(IB['cs'], IB['apic'], IB['deficit'], IB['aoci'])
assert add(IB['liab'], IB['equity']) == IB['assets'], (add(IB['liab'], IB['equity']), IB['assets'])
_i_dfc = [180, 218]  # unamortized debt issuance costs
_i_principal = [IB['debt_cur'][k] + IB['debt'][k] + _i_dfc[k] for k in range(2)]
assert _i_principal[1] - _i_principal[0] == -IC['repay'][0] and _i_dfc[1] - _i_dfc[0] == IC['amort_dfc'][0]


def irow(label, key, dollar=False):
    return mrow(label, I[key], dollar)


IRONVALE_Q3 = Report(
    stem="ironvale_fitness_q3_2026_earnings_release",
    title="Ironvale Fitness Holdings, Inc. Reports Third Quarter 2026 Results",
    running_title="Ironvale Fitness Holdings, Inc. | Exhibit 99.1 | Third quarter 2026 results",
    date="November 5, 2026",
    iso_date="2026-11-05",
    keywords=("Ironvale Fitness", "earnings release", "fitness clubs", "third quarter 2026"),
    pages=(
        (
            p("""Exhibit 99.1. FOR IMMEDIATE RELEASE. Ironvale Fitness Holdings, Inc. (NYSE: IVFH) - Columbus, Ohio,
November 5, 2026. Ironvale Fitness Holdings, Inc. ("Ironvale" or the "Company"), the franchisor and operator of
Ironvale Fitness, a chain of high-volume, low-price fitness clubs, today reported financial results for its third
quarter ended September 30, 2026."""),
            h('Third Quarter 2026 Highlights'),
            p(f"""Total revenues increased {chg(I['rev'][0], I['rev'][1])} to ${mil(I['rev'][0])} million from
${mil(I['rev'][1])} million in the prior year period. System-wide same club sales increased 5.8%. System-wide sales
were approximately $1.31 billion. Net income was ${mil(I['ni'][0])} million, or {ieps(I['ni'], I['dil_sh'])[0]} per
diluted share, compared with ${mil(I['ni'][1])} million, or {ieps(I['ni'], I['dil_sh'])[1]} per diluted share.
Adjusted EBITDA(1) increased {chg(I['adj_ebitda'][0], I['adj_ebitda'][1])} to ${mil(I['adj_ebitda'][0])} million.
41 new Ironvale clubs opened system-wide during the quarter (112 in the first nine months), bringing system-wide total
clubs to 2,918 as of September 30, 2026, of which 2,606 were franchised and 312 were company-owned. Ironvale ended the
quarter with approximately 20.1 million members. The Company repurchased 1.2 million shares of its Class A common
stock for $100.0 million during the first nine months of 2026."""),
            p("""(1) Adjusted EBITDA is a non-GAAP measure; see "Use of Non-GAAP Financial Measures" and the reconciliation
at the end of this release."""),
            p(""""Our members kept coming through the doors this summer, and our franchisees opened more clubs in the
quarter than in any third quarter since 2019," said Dana Whitcombe, Chief Executive Officer. "We also completed the
integration of the 18 clubs in the Cincinnati and Dayton markets that we bought from a franchisee in the second
quarter, and we are raising our outlook for the year.\""""),
            h('Third Quarter Segment Results'),
            p(f"""Company-owned clubs segment revenue increased {chg(I['seg_owned'][0], I['seg_owned'][1])} to
${mil(I['seg_owned'][0])} million, driven by the 18 acquired clubs, 7 new company-owned clubs opened since the third
quarter of 2025 and same club sales growth of 4.9% at company-owned clubs, mainly from the price increase of our
premium Iron+ membership to $29.99 per month from $26.99 in March 2026. Franchise segment revenue increased
{chg(I['seg_fran'][0], I['seg_fran'][1])} to ${mil(I['seg_fran'][0])} million on higher royalties from new clubs and
same club sales growth of 5.9% at franchised clubs, partly offset by the loss of royalties from the 18 clubs we
acquired. Equipment segment revenue, from sales of fitness equipment to franchisees for new clubs and for required
re-equipment of existing clubs, increased {chg(I['equip'][0], I['equip'][1])} to ${mil(I['equip'][0])} million, as
more new franchised clubs opened in the quarter; for the first nine months, equipment revenue decreased
{down(I['equip'][2], I['equip'][3])} because fewer clubs reached their re-equipment date."""),
        ),
        (
            h('Balance Sheet and Liquidity'),
            p(f"""As of September 30, 2026, the Company had cash and cash equivalents of ${mil(IB['cash'][0])} million,
compared with ${mil(IB['cash'][1])} million as of December 31, 2025, and total principal outstanding on its
securitized senior notes of ${mil(_i_principal[0])} million. The securitized senior notes were issued in three series
under the Company's whole-business securitization, bear fixed interest rates of 3.25% to 5.76% and have anticipated
repayment dates in 2027, 2029 and 2031; the Company also has a $125.0 million variable funding note facility, which was
undrawn. The Class A-2 notes due 2027, with $682.5 million of principal outstanding, are expected to be refinanced
before their anticipated repayment date in December 2027."""),
            h('2026 Outlook'),
            p("""For the year ending December 31, 2026, the Company now expects: system-wide new club openings of 170 to
180 (previously 160 to 175); system-wide same club sales growth of approximately 5% to 6% (previously 4% to 5%);
revenue growth of approximately 9% over 2025 (previously 8%); Adjusted EBITDA growth of approximately 12%; and capital
expenditures of approximately $190 million, including new company-owned clubs. The outlook does not include the
effect of any future acquisitions of franchisee-owned clubs."""),
            h('Conference Call'),
            p("""Ironvale will hold a conference call at 8:30 a.m. Eastern Time on November 5, 2026 to discuss these
results. The call will be webcast live and archived on the Company's investor relations website."""),
            h('About Ironvale Fitness'),
            p("""Founded in 2004 in Columbus, Ohio, Ironvale Fitness operates and franchises high-volume fitness clubs
offering a standard membership at $12 per month and a premium Iron+ membership with unlimited guest privileges and
access to all clubs. The Company's clubs are located in 47 states, Puerto Rico and Canada, and its largest franchisee
operates 244 clubs, about 8% of system-wide clubs. No franchisee accounted for more than 10% of total revenues."""),
            h('Use of Non-GAAP Financial Measures'),
            p("""The Company defines EBITDA as net income before interest, taxes, depreciation and amortization, and
Adjusted EBITDA as EBITDA excluding stock-based compensation and transaction and integration costs, which in 2026
relate to the acquisition of 18 franchisee-owned clubs. Segment EBITDA is EBITDA of each segment; corporate and other
includes corporate overhead not allocated to the segments."""),
            h('Forward-Looking Statements'),
            p("""This release contains forward-looking statements, including the 2026 outlook, that involve risks and
uncertainties, including competition, changes in consumer spending, our franchisees' ability to open clubs, our
substantial indebtedness under our securitization and the risk factors in our Annual Report on Form 10-K for the
year ended December 31, 2025. Actual results may differ materially."""),
        ),
        (
            Table(
                caption='IRONVALE FITNESS HOLDINGS, INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)',
                unit='(Amounts in millions, except per share amounts) - Three and nine months ended September 30,',
                header=I_COLS,
                rows=(
                    ('Revenue:', '', '', '', ''),
                    irow('Club membership dues and fees', 'dues', True),
                    irow('Personal training, retail and other', 'pt'),
                    irow('Franchise royalties and fees', 'royalty'),
                    irow('National advertising fund revenue', 'adfund'),
                    irow('Equipment sales', 'equip'),
                    irow('Total revenue', 'rev', True),
                    ('Operating costs and expenses:', '', '', '', ''),
                    irow('Salaries, wages and benefits', 'salaries'),
                    irow('Occupancy costs', 'occupancy'),
                    irow('Cost of equipment sales', 'c_equip'),
                    irow('Advertising and marketing', 'advertising'),
                    irow('Depreciation and amortization', 'da'),
                    irow('Other operating costs', 'other_opex'),
                    irow('Total operating costs and expenses', 'costs'),
                    irow('Income from operations', 'opinc'),
                    mrow('Interest expense, net', neg(I['interest'])),
                    irow('Other income (expense), net', 'other'),
                    irow('Income before income taxes', 'pretax'),
                    irow('Provision for income taxes', 'tax'),
                    irow('Net income', 'ni', True),
                    ('Earnings per share - basic', *ieps(I['ni'], I['basic_sh'])),
                    ('Earnings per share - diluted', *ieps(I['ni'], I['dil_sh'])),
                    ('Weighted-average shares - basic', *(f"{s / 1000:.1f}" for s in I['basic_sh'])),
                    ('Weighted-average shares - diluted', *(f"{s / 1000:.1f}" for s in I['dil_sh'])),
                ),
                note="""Weighted-average shares are in millions. Salaries, wages and benefits include stock-based
compensation.""",
            ),
        ),
        (
            Table(
                caption='CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
                unit='(Amounts in millions)',
                header=('', 'September 30, 2026', 'December 31, 2025'),
                rows=(
                    ('Assets', '', ''),
                    mrow('Cash and cash equivalents', IB['cash'], True),
                    mrow('Accounts receivable, net', IB['ar']),
                    mrow('Inventory', IB['inv']),
                    mrow('Prepaid expenses and other current assets', IB['prepaid']),
                    mrow('Total current assets', IB['cur_assets']),
                    mrow('Property and equipment, net', IB['ppe']),
                    mrow('Right-of-use assets, net', IB['rou']),
                    mrow('Goodwill', IB['goodwill']),
                    mrow('Intangible assets, net', IB['intang']),
                    mrow('Other assets', IB['other_assets']),
                    mrow('Total assets', IB['assets'], True),
                    ('Liabilities and stockholders\' deficit', '', ''),
                    mrow('Accounts payable', IB['ap'], True),
                    mrow('Accrued expenses', IB['accrued']),
                    mrow('Deferred revenue, current', IB['def_rev']),
                    mrow('Current maturities of long-term debt', IB['debt_cur']),
                    mrow('Lease liabilities, current', IB['lease_cur']),
                    mrow('Total current liabilities', IB['cur_liab']),
                    mrow('Long-term debt, net of current maturities', IB['debt']),
                    mrow('Lease liabilities, net of current portion', IB['lease']),
                    mrow('Deferred tax liabilities', IB['dtl']),
                    mrow('Other liabilities', IB['other_liab']),
                    mrow('Total liabilities', IB['liab']),
                    mrow('Class A common stock', IB['cs']),
                    mrow('Additional paid-in capital', IB['apic']),
                    mrow('Accumulated deficit', IB['deficit']),
                    mrow('Accumulated other comprehensive loss', IB['aoci']),
                    mrow('Total stockholders\' deficit', IB['equity']),
                    mrow('Total liabilities and stockholders\' deficit', add(IB['liab'], IB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(Amounts in millions) - Nine months ended September 30,',
                header=('', '2026', '2025'),
                rows=(
                    ('Cash flows from operating activities:', '', ''),
                    mrow('Net income', I['ni'][_i9], True),
                    mrow('Depreciation and amortization', I['da'][_i9]),
                    mrow('Stock-based compensation', I['sbc'][_i9]),
                    mrow('Amortization of deferred financing costs', IC['amort_dfc']),
                    mrow('Deferred income taxes', IC['deferred']),
                    ('Changes in operating assets and liabilities:', '', ''),
                    mrow('Accounts receivable', IC['ar']),
                    mrow('Inventory', IC['inv']),
                    mrow('Prepaid expenses and other assets', IC['prepaid']),
                    mrow('Accounts payable and accrued expenses', IC['ap_accrued']),
                    mrow('Deferred revenue', IC['def_rev']),
                    mrow('Net cash provided by operating activities', IC['cfo']),
                    ('Cash flows from investing activities:', '', ''),
                    mrow('Additions to property and equipment', IC['capex']),
                    mrow('Acquisition of franchisee-owned clubs', IC['acquisition']),
                    mrow('Net cash used in investing activities', IC['cfi']),
                    ('Cash flows from financing activities:', '', ''),
                    mrow('Repayment of long-term debt', IC['repay']),
                    mrow('Repurchases of Class A common stock', IC['buyback']),
                    mrow('Proceeds from exercise of stock options', IC['options']),
                    mrow('Net cash used in financing activities', IC['cff']),
                    mrow('Net increase in cash and cash equivalents', IC['net']),
                    mrow('Cash and cash equivalents, beginning of period', IC['begin']),
                    mrow('Cash and cash equivalents, end of period', IC['end'], True),
                ),
            ),
        ),
        (
            Table(
                caption='Segment information (Unaudited)',
                unit='(Amounts in millions)',
                header=I_COLS,
                rows=(
                    ('Revenue:', '', '', '', ''),
                    irow('Company-owned clubs', 'seg_owned', True),
                    irow('Franchise', 'seg_fran'),
                    irow('Equipment', 'equip'),
                    irow('Total revenue', 'rev', True),
                    ('Segment EBITDA:', '', '', '', ''),
                    irow('Company-owned clubs', 'e_owned', True),
                    irow('Franchise', 'e_fran'),
                    irow('Equipment', 'e_equip'),
                    irow('Corporate and other', 'corp'),
                    irow('Total EBITDA', 'ebitda', True),
                ),
            ),
            Table(
                caption='Reconciliation of net income to EBITDA and Adjusted EBITDA (Unaudited)',
                unit='(Amounts in millions)',
                header=I_COLS,
                rows=(
                    irow('Net income', 'ni', True),
                    irow('Interest expense, net', 'interest'),
                    irow('Provision for income taxes', 'tax'),
                    irow('Depreciation and amortization', 'da'),
                    irow('EBITDA', 'ebitda'),
                    irow('Stock-based compensation', 'sbc'),
                    irow('Transaction and integration costs', 'transaction'),
                    irow('Adjusted EBITDA', 'adj_ebitda', True),
                ),
            ),
        ),
    ),
)

REPORTS = (KESSOCK_10K, IRONVALE_Q3)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
