"""Build the two PDF filings of the held-out set filings21 (eval/datasets/filings21/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. The water heater maker's figures are held in thousands and the distiller's
in tenths of a million (integers both, printed with one decimal in millions), so that statement totals, summed here
from their lines, foot exactly.

    .venv/bin/python eval/datasets/filings21/build_pdf.py      # writes docs/*.pdf
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
# Calder Thermal Products, Inc.: Form 10-K, fiscal year ended December 31, 2025, in thousands.
# Columns: 2025, 2024, 2023.
# ---------------------------------------------------------------------------------------------------------------
C = dict(
    s_res=[912_406, 874_118, 851_205],
    s_com=[386_215, 341_806, 312_418],
    s_hvac=[298_118, 327_604, 289_915],
    cogs=[1_117_806, 1_098_415, 1_058_204],
    sga=[262_418, 251_906, 238_115],
    rd=[38_204, 35_118, 32_406],
    restructuring=[6_815, 0, 0],
    amort=[9_406, 8_118, 5_204],
    interest=[14_218, 16_806, 12_115],
    other=[3_406, 2_118, 1_204],
    tax=[34_806, 29_118, 23_415],
    basic_sh=[41_418, 42_106, 42_615],
    dil_sh=[41_806, 42_415, 42_918],
    oi_res=[148_206, 131_418, 118_305],
    oi_com=[71_815, 58_406, 49_118],
    oi_hvac=[12_118, 29_806, 21_415],
)
C['sales'] = add(C['s_res'], C['s_com'], C['s_hvac'])
C['gp'] = sub(C['sales'], C['cogs'])
C['opex'] = add(C['sga'], C['rd'], C['restructuring'], C['amort'])
C['opinc'] = sub(C['gp'], C['opex'])
C['pretax'] = add(sub(C['opinc'], C['interest']), C['other'])
C['ni'] = sub(C['pretax'], C['tax'])
C['corp'] = sub(C['opinc'], add(C['oi_res'], C['oi_com'], C['oi_hvac']))

CC = dict(
    dep=[41_206, 38_915, 36_118],
    sbc=[11_418, 10_204, 9_806],
    deferred=[-2_118, 3_406, 1_915],
    ar=[-9_806, -6_215, 4_118],
    inv=[-14_418, 8_206, -22_315],
    prepaid=[-1_806, 1_204, -915],
    ap=[12_604, -4_118, 9_206],
    accrued=[6_915, 3_118, -2_406],
    capex=[-52_418, -61_806, -48_215],
    acquisition=[0, -86_500, 0],
    borrow=[0, 60_000, 0],
    repay=[-55_000, -45_000, -40_000],
    dividends=[-53_016, -50_527, -47_729],
    buyback=[-48_206, -35_118, -22_406],
    withhold=[-3_118, -2_806, -2_604],
    begin2023=212_406,
)
CC['cfo'] = add(C['ni'], CC['dep'], C['amort'], CC['sbc'], CC['deferred'], CC['ar'], CC['inv'], CC['prepaid'],
                CC['ap'], CC['accrued'])
CC['cfi'] = add(CC['capex'], CC['acquisition'])
CC['cff'] = add(CC['borrow'], CC['repay'], CC['dividends'], CC['buyback'], CC['withhold'])
CC['net'] = add(CC['cfo'], CC['cfi'], CC['cff'])
_c_begin = [0, 0, CC['begin2023']]
_c_begin[1] = CC['begin2023'] + CC['net'][2]
_c_begin[0] = _c_begin[1] + CC['net'][1]
CC['begin'] = _c_begin
CC['end'] = add(CC['begin'], CC['net'])

# Balance sheets at December 31, 2025 and 2024; the 2025 changes come from the 2025 cash flow lines.
CB = dict(
    cash=[CC['end'][0], CC['begin'][0]],
    ar=[198_406 - CC['ar'][0], 198_406],
    inv=[241_815 - CC['inv'][0], 241_815],
    prepaid=[28_204 - CC['prepaid'][0], 28_204],
    ppe=[386_118 - CC['capex'][0] - CC['dep'][0], 386_118],
    rou=[31_406, 36_118],
    goodwill=[312_806, 312_806],
    intang=[104_215 - C['amort'][0], 104_215],
    other_assets=[18_406, 18_406],
    ap=[161_204 + CC['ap'][0], 161_204],
    accrued=[112_418 + CC['accrued'][0], 112_418],
    debt_cur=[20_000, 20_000],
    lease_cur=[7_806, 8_118],
    debt=[265_000 + CC['repay'][0], 265_000],
    lease=[24_918, 29_318],
    dtl=[41_606 + CC['deferred'][0], 41_606],
    other_liab=[36_215, 36_215],
    cs=[498, 498],
    apic=[402_118 + CC['sbc'][0] + CC['withhold'][0], 402_118],
    treasury=[-318_406 + CC['buyback'][0], -318_406],
    aoci=[-14_806, -14_806],
)
CB['cur_assets'] = add(CB['cash'], CB['ar'], CB['inv'], CB['prepaid'])
CB['assets'] = add(CB['cur_assets'], CB['ppe'], CB['rou'], CB['goodwill'], CB['intang'], CB['other_assets'])
CB['cur_liab'] = add(CB['ap'], CB['accrued'], CB['debt_cur'], CB['lease_cur'])
CB['liab'] = add(CB['cur_liab'], CB['debt'], CB['lease'], CB['dtl'], CB['other_liab'])
_c_re24 = CB['assets'][1] - CB['liab'][1] - CB['cs'][1] - CB['apic'][1] - CB['treasury'][1] - CB['aoci'][1]
CB['re'] = [_c_re24 + C['ni'][0] + CC['dividends'][0], _c_re24]
CB['equity'] = add(CB['cs'], CB['apic'], CB['re'], CB['treasury'], CB['aoci'])
assert CB['rou'][0] - CB['rou'][1] == CB['lease_cur'][0] + CB['lease'][0] - CB['lease_cur'][1] - CB['lease'][1]
assert add(CB['liab'], CB['equity']) == CB['assets'], (add(CB['liab'], CB['equity']), CB['assets'])
assert min(CC['end']) > 0 and min(CB['re']) > 0

C_YEARS = ('', '2025', '2024', '2023')


CALDER_10K = Report(
    stem="calder_thermal_10k_fy2025",
    title="Calder Thermal Products, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Calder Thermal Products, Inc. | Form 10-K 2025",
    date="February 24, 2026",
    iso_date="2026-02-24",
    keywords=("Calder Thermal Products", "10-K", "water heaters", "HVAC", "2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended December 31, 2025.
Commission file number 001-36204. CALDER THERMAL PRODUCTS, INC. (Exact name of registrant as specified in its
charter), an Ohio corporation, I.R.S. Employer Identification No. 31-1486620, 2200 Foundry Road, Mansfield, Ohio
44903. Registrant's telephone number: (419) 555-0172."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol', 'Exchange'),
                rows=(
                    ('Common Shares, $0.01 par value', 'CLTP', 'NYSE'),
                ),
            ),
            p("""Indicate by check mark whether the registrant is a large accelerated filer: Large accelerated filer [X].
The aggregate market value of the Common Shares held by non-affiliates of the registrant as of June 30, 2025 was
approximately $3.26 billion. As of February 13, 2026, 41,207,118 Common Shares were outstanding."""),
            h('PART I. Item 1. Business'),
            p("""Calder Thermal Products, Inc. ("Calder," the "Company," "we" or "our") designs, manufactures and sells
water heaters, boilers and heating, ventilation and air conditioning (HVAC) equipment for homes and commercial
buildings in North America. We were founded in 1948 as a maker of gas water heaters. We have three reportable
segments. Residential Water Heating: tank and tankless gas, electric and heat pump water heaters for homes, sold
through plumbing wholesalers and home improvement retailers, most of them to replace a failed unit. Commercial Water
Heating: high-capacity water heaters and condensing boilers for schools, hospitals, hotels, multifamily buildings and
other commercial users, sold through wholesalers and manufacturers' representatives. HVAC Systems: furnaces, split-system
air conditioners and heat pumps, including the Norhaven cold-climate heat pump line acquired on April 1, 2024 for $86.5
million in cash."""),
            p("""Customers. Our largest customer, a national home improvement retailer, accounted for 14.6% of our net sales
in 2025 (15.3% in 2024), all of it in Residential Water Heating. Our ten largest customers, most of them plumbing and
HVAC wholesale distributors, together accounted for 46.8% of our net sales in 2025. About 80% of our residential water
heater sales are replacements, which makes demand less dependent on new housing construction."""),
        ),
        (
            p("""Regulation. Our products are subject to minimum energy efficiency standards of the U.S. Department of
Energy (DOE). Amended DOE standards for consumer water heaters that take effect in 2029 will require most electric
tank models to use heat pump technology, and we expect to spend significant amounts on product redesign before then."""),
            p("""Human capital. At December 31, 2025 we had approximately 6,420 employees, compared with 6,715 at December 31,
2024; the decrease mainly reflects the consolidation of our HVAC plants. About 2,310 of our employees, at our
Mansfield, Ohio and Lebanon, Tennessee plants, are represented by labor unions under collective bargaining agreements;
the Mansfield agreement expires in October 2027."""),
            h('Item 1A. Risk Factors'),
            p("""Increases in the prices of steel, copper and aluminum, our principal raw materials, could reduce our
margins if we cannot raise our prices quickly enough. Changes in energy efficiency regulations could require costly
product redesigns and could make some of our products obsolete. A significant part of our net sales comes from a
limited number of large customers, and the loss of any of them could materially reduce our net sales. Demand for our
HVAC products depends on weather, on new residential construction and on the availability of federal and utility
rebates for heat pumps. A work stoppage at one of our unionized plants could disrupt our production."""),
            h('Item 2. Properties'),
            p("""We operate seven manufacturing plants: Mansfield, Ohio (residential water heaters); Lebanon, Tennessee
(residential and commercial water heaters); Johnson City, Tennessee (boilers); Monterrey, Mexico (water heater
components and tankless units); Fort Smith, Arkansas and Burlington, Vermont (HVAC); and Saltillo, Mexico (HVAC
components). We closed our Wichita Falls, Texas HVAC plant in 2025 and moved its production to Fort Smith."""),
            h('Item 5. Market for Registrant\'s Common Equity'),
            p(f"""Our Common Shares trade on the New York Stock Exchange under the symbol CLTP. We paid quarterly cash dividends
of $0.32 per share in 2025 ($1.28 for the year), compared with $0.30 per share in 2024 ($1.20 for the year), and in
February 2026 our Board raised the quarterly dividend to $0.34 per share. In 2025 we repurchased 615,404 shares for
${mil_k(-CC['buyback'][0])} million; $151.6 million remained available under our repurchase authorization at December
31, 2025."""),
        ),
        (
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Net sales were ${mil_k(C['sales'][0])} million in 2025, an increase of
{chg(C['sales'][0], C['sales'][1])} from ${mil_k(C['sales'][1])} million in 2024, as higher commercial water heater
volumes and price increases in our water heating segments more than offset lower HVAC sales. Gross margin was
{pct(C['gp'][0], C['sales'][0])}, compared with {pct(C['gp'][1], C['sales'][1])} in 2024. Net income was
${mil_k(C['ni'][0])} million, or {eps(C['ni'], C['dil_sh'])[0]} per diluted share, compared with ${mil_k(C['ni'][1])}
million, or {eps(C['ni'], C['dil_sh'])[1]} per diluted share."""),
            p("""Gross margin. The improvement in gross margin reflected price increases implemented in the first quarter of
2025, lower steel costs and the higher share of commercial products in our sales mix, partly offset by under-absorbed
overhead at our HVAC plants while we moved production out of Wichita Falls."""),
            p(f"""Residential Water Heating. Net sales increased {chg(C['s_res'][0], C['s_res'][1])} to
${mil_k(C['s_res'][0])} million, mainly on price increases; unit volumes were about flat. Operating income increased
to ${mil_k(C['oi_res'][0])} million from ${mil_k(C['oi_res'][1])} million."""),
            p(f"""Commercial Water Heating. Net sales increased {chg(C['s_com'][0], C['s_com'][1])} to
${mil_k(C['s_com'][0])} million, driven by higher volumes of condensing boilers and high-efficiency commercial water
heaters for schools and hospitals, helped by state and federal incentives for efficient equipment. Operating income
increased to ${mil_k(C['oi_com'][0])} million from ${mil_k(C['oi_com'][1])} million. Our backlog of commercial orders
was higher at the end of 2025 than a year earlier."""),
            p(f"""HVAC Systems. Net sales decreased {down(C['s_hvac'][0], C['s_hvac'][1])} to ${mil_k(C['s_hvac'][0])}
million, as distributors reduced their inventories of air conditioners after a cool summer and as we lost a private
label furnace program. Operating income fell to ${mil_k(C['oi_hvac'][0])} million from ${mil_k(C['oi_hvac'][1])}
million, reflecting the lower volumes, $4.2 million of duplicate costs while we moved production to Fort Smith, and
launch costs for the Norhaven heat pump line. The $6.8 million of restructuring charges for the Wichita Falls closure
are reported in Corporate and other."""),
            p(f"""Operating expenses and taxes. Selling, general and administrative expenses were ${mil_k(C['sga'][0])}
million, or {pct(C['sga'][0], C['sales'][0])} of net sales, compared with {pct(C['sga'][1], C['sales'][1])} in 2024.
Research and development expenses increased to ${mil_k(C['rd'][0])} million as we redesigned our electric water
heaters for the 2029 DOE standards. Our effective tax rate was {pct(C['tax'][0], C['pretax'][0])} in 2025, compared
with {pct(C['tax'][1], C['pretax'][1])} in 2024."""),
        ),
        (
            h('Liquidity and capital resources'),
            p(f"""At December 31, 2025 we had ${mil_k(CB['cash'][0])} million of cash and cash equivalents and $400.0
million of availability under our revolving credit facility, which was undrawn. Net cash provided by operating
activities was ${mil_k(CC['cfo'][0])} million in 2025, compared with ${mil_k(CC['cfo'][1])} million in 2024. Capital
expenditures were ${mil_k(-CC['capex'][0])} million, mainly for heat pump water heater capacity at Lebanon and the
expansion of our Fort Smith plant; we expect capital expenditures of $55 million to $60 million in 2026. In 2025 we
repaid $55.0 million of our term loan, paid dividends of ${mil_k(-CC['dividends'][0])} million and repurchased shares
for ${mil_k(-CC['buyback'][0])} million."""),
            Table(
                caption='CALDER THERMAL PRODUCTS, INC. CONSOLIDATED STATEMENTS OF INCOME',
                unit='(In thousands, except per share amounts) - Year Ended December 31,',
                header=C_YEARS,
                rows=(
                    row('Net sales', C['sales'], True),
                    row('Cost of products sold', C['cogs']),
                    row('Gross profit', C['gp']),
                    row('Selling, general and administrative expenses', C['sga']),
                    row('Research and development expenses', C['rd']),
                    row('Restructuring charges', C['restructuring']),
                    row('Amortization of intangible assets', C['amort']),
                    row('Operating income', C['opinc']),
                    row('Interest expense', neg(C['interest'])),
                    row('Other income, net', C['other']),
                    row('Income before income taxes', C['pretax']),
                    row('Provision for income taxes', C['tax']),
                    row('Net income', C['ni'], True),
                    ('Earnings per share:', '', '', ''),
                    ('Basic', *eps(C['ni'], C['basic_sh'])),
                    ('Diluted', *eps(C['ni'], C['dil_sh'])),
                    ('Weighted average shares outstanding:', '', '', ''),
                    row('Basic', C['basic_sh']),
                    row('Diluted', C['dil_sh']),
                ),
                note="""See accompanying notes to consolidated financial statements.""",
            ),
        ),
        (
            Table(
                caption='CALDER THERMAL PRODUCTS, INC. CONSOLIDATED BALANCE SHEETS',
                unit='(In thousands, except share data)',
                header=('', 'December 31, 2025', 'December 31, 2024'),
                rows=(
                    ('Current assets:', '', ''),
                    row('Cash and cash equivalents', CB['cash'], True),
                    row('Receivables, net', CB['ar']),
                    row('Inventories', CB['inv']),
                    row('Prepaid expenses and other current assets', CB['prepaid']),
                    row('Total current assets', CB['cur_assets']),
                    row('Property, plant and equipment, net', CB['ppe']),
                    row('Operating lease right-of-use assets', CB['rou']),
                    row('Goodwill', CB['goodwill']),
                    row('Other intangible assets, net', CB['intang']),
                    row('Other assets', CB['other_assets']),
                    row('Total assets', CB['assets'], True),
                    ('Current liabilities:', '', ''),
                    row('Trade accounts payable', CB['ap'], True),
                    row('Accrued expenses and other current liabilities', CB['accrued']),
                    row('Current portion of long-term debt', CB['debt_cur']),
                    row('Current operating lease liabilities', CB['lease_cur']),
                    row('Total current liabilities', CB['cur_liab']),
                    row('Long-term debt', CB['debt']),
                    row('Operating lease liabilities, noncurrent', CB['lease']),
                    row('Deferred income taxes', CB['dtl']),
                    row('Pension and other long-term liabilities', CB['other_liab']),
                    row('Total liabilities', CB['liab']),
                    ('Shareholders\' equity:', '', ''),
                    row('Common Shares, $0.01 par value', CB['cs']),
                    row('Capital in excess of par value', CB['apic']),
                    row('Retained earnings', CB['re']),
                    row('Treasury shares, at cost', CB['treasury']),
                    row('Accumulated other comprehensive loss', CB['aoci']),
                    row('Total shareholders\' equity', CB['equity']),
                    row('Total liabilities and shareholders\' equity', add(CB['liab'], CB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='CALDER THERMAL PRODUCTS, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In thousands) - Year Ended December 31,',
                header=C_YEARS,
                rows=(
                    ('Operating activities:', '', '', ''),
                    row('Net income', C['ni'], True),
                    ('Adjustments to reconcile net income to net cash', '', '', ''),
                    ('provided by operating activities:', '', '', ''),
                    row('Depreciation', CC['dep']),
                    row('Amortization of intangible assets', C['amort']),
                    row('Share-based compensation', CC['sbc']),
                    row('Deferred income taxes', CC['deferred']),
                    ('Changes in operating assets and liabilities:', '', '', ''),
                    row('Receivables', CC['ar']),
                    row('Inventories', CC['inv']),
                    row('Prepaid expenses and other assets', CC['prepaid']),
                    row('Trade accounts payable', CC['ap']),
                    row('Accrued expenses and other liabilities', CC['accrued']),
                    row('Net cash provided by operating activities', CC['cfo']),
                    ('Investing activities:', '', '', ''),
                    row('Capital expenditures', CC['capex']),
                    row('Acquisition of Norhaven, net of cash acquired', CC['acquisition']),
                    row('Net cash used in investing activities', CC['cfi']),
                    ('Financing activities:', '', '', ''),
                    row('Proceeds from term loan borrowings', CC['borrow']),
                    row('Repayments of long-term debt', CC['repay']),
                    row('Dividends paid', CC['dividends']),
                    row('Purchases of treasury shares', CC['buyback']),
                    row('Taxes paid on vesting of share awards', CC['withhold']),
                    row('Net cash used in financing activities', CC['cff']),
                    row('Net decrease in cash and cash equivalents', CC['net']),
                    row('Cash and cash equivalents, beginning of year', CC['begin']),
                    row('Cash and cash equivalents, end of year', CC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements (excerpts)'),
            p("""Note 2 - Revenue recognition. We recognize revenue when products are shipped to customers, net of
estimated rebates, cooperative advertising, cash discounts and returns. Extended warranty and service contracts are
less than 1% of net sales."""),
            p("""Note 7 - Long-term debt. Our credit agreement, amended on March 15, 2024, provides a $400.0 million
revolving credit facility and a term loan, both maturing on March 15, 2029. Borrowings bear interest at SOFR plus
1.25% to 2.00% depending on our leverage ratio; the term loan's rate was 5.62% at December 31, 2025. The term loan
requires quarterly principal payments of $5.0 million. At December 31, 2025, $230.0 million of the term loan was
outstanding and no amount was drawn under the revolving credit facility. The agreement requires a maximum net
leverage ratio of 3.5 to 1.0; we were in compliance at December 31, 2025."""),
            p("""Note 9 - Product warranties. We provide limited warranties of six to twelve years on water heater tanks and
of ten years on HVAC compressors and heat exchangers. Warranty expense was $24.6 million in 2025 and warranty claims
paid were $23.9 million; the accrued warranty is included in accrued expenses and other liabilities."""),
            p("""Note 11 - Pension plans. We sponsor a defined benefit pension plan for hourly employees at our Mansfield
plant, which was closed to new participants in 2012. The plan was 94% funded at December 31, 2025."""),
            h('Note 13 - Segment Information'),
            p("""We have three reportable segments: Residential Water Heating, Commercial Water Heating and HVAC Systems.
Our chief operating decision maker evaluates segments on net sales and segment operating income. Corporate and other
includes unallocated corporate costs, restructuring charges and amortization of acquired intangible assets. Assets are
not reported by segment, because our chief operating decision maker does not review them by segment."""),
            Table(
                caption='Net sales and operating income by segment',
                unit='(In thousands) - Year Ended December 31,',
                header=C_YEARS,
                rows=(
                    ('Net sales:', '', '', ''),
                    row('Residential Water Heating', C['s_res'], True),
                    row('Commercial Water Heating', C['s_com']),
                    row('HVAC Systems', C['s_hvac']),
                    row('Total net sales', C['sales'], True),
                    ('Operating income:', '', '', ''),
                    row('Residential Water Heating', C['oi_res'], True),
                    row('Commercial Water Heating', C['oi_com']),
                    row('HVAC Systems', C['oi_hvac']),
                    row('Corporate and other', C['corp']),
                    row('Total operating income', C['opinc'], True),
                ),
            ),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Hollins Creek Distilling Co.: third quarter 2026 earnings release (Exhibit 99.1), in millions, held here in
# tenths of a million. Columns: Q3 2026, Q3 2025, nine months 2026, nine months 2025.
# ---------------------------------------------------------------------------------------------------------------
H_COLS = ('', 'Q3 2026', 'Q3 2025', '9M 2026', '9M 2025')
H = dict(
    s_brand=[1_184, 1_042, 3_318, 2_906],
    s_serv=[318, 362, 1_006, 1_118],
    s_home=[94, 81, 242, 215],
    excise=[146, 128, 412, 361],
    cogs=[842, 776, 2_418, 2_241],
    adv=[168, 141, 462, 398],
    sga=[221, 204, 683, 611],
    interest=[38, 44, 121, 129],
    other=[4, 2, 9, 6],
    tax=[79, 77, 214, 207],
    basic_sh=[38_206, 38_915, 38_418, 39_106],  # thousands of shares
    dil_sh=[38_614, 39_318, 38_806, 39_512],
    oi_brand=[352, 318, 968, 879],
    oi_serv=[58, 84, 196, 262],
    oi_home=[12, 9, 24, 19],
    da=[61, 55, 178, 160],
    sbc=[22, 19, 64, 58],
    acq_costs=[0, 0, 31, 0],
    step_up=[9, 0, 24, 0],
)
H['sales'] = add(H['s_brand'], H['s_serv'], H['s_home'])
H['gross_sales'] = add(H['sales'], H['excise'])
H['gp'] = sub(H['sales'], H['cogs'])
H['opinc'] = sub(H['gp'], add(H['adv'], H['sga']))
H['pretax'] = add(sub(H['opinc'], H['interest']), H['other'])
H['ni'] = sub(H['pretax'], H['tax'])
H['corp'] = sub(H['opinc'], add(H['oi_brand'], H['oi_serv'], H['oi_home']))
H['ebitda'] = add(H['ni'], H['tax'], H['interest'], H['da'])
H['adj_ebitda'] = add(H['ebitda'], H['sbc'], H['acq_costs'], H['step_up'])


def heps(ni, sh):
    return tuple(f"${a * 100 / b:.2f}" for a, b in zip(ni, sh))


def mil(v):
    """Tenths of a million as text: 159.6."""
    return f"{v / 10:,.1f}"


# nine-month cash flows: 9M 2026, 9M 2025
HC = dict(
    ni=[H['ni'][2], H['ni'][3]],
    da=[H['da'][2], H['da'][3]],
    sbc=[H['sbc'][2], H['sbc'][3]],
    deferred=[18, 22],
    ar=[-46, -38],
    inv=[-214, -186],
    prepaid=[-8, 4],
    ap=[36, 21],
    capex=[-162, -141],
    acquisition=[-1_485, 0],
    revolver=[900, 0],
    repay=[-150, -150],
    buyback=[-40, -120],
    withhold=[-12, -10],
    begin=[1_486, 1_102],
)
HC['cfo'] = add(HC['ni'], HC['da'], HC['sbc'], HC['deferred'], HC['ar'], HC['inv'], HC['prepaid'], HC['ap'])
HC['cfi'] = add(HC['capex'], HC['acquisition'])
HC['cff'] = add(HC['revolver'], HC['repay'], HC['buyback'], HC['withhold'])
HC['net'] = add(HC['cfo'], HC['cfi'], HC['cff'])
HC['end'] = add(HC['begin'], HC['net'])
H_AMORT = 28  # of the nine-month D&A, amortization of intangible assets; the rest is depreciation
H_ACQ = dict(inventory=92, goodwill=612, intang=781)  # Sable Key Rum purchase price allocation
assert sum(H_ACQ.values()) == -HC['acquisition'][0]

# Balance sheets at September 30, 2026 and December 31, 2025; the changes come from the nine-month 2026 cash flows.
HB = dict(
    cash=[HC['end'][0], HC['begin'][0]],
    ar=[1_318 - HC['ar'][0], 1_318],
    inv=[4_806 - HC['inv'][0] + H_ACQ['inventory'], 4_806],
    prepaid=[142 - HC['prepaid'][0], 142],
    ppe=[3_418 - HC['capex'][0] - (HC['da'][0] - H_AMORT), 3_418],
    goodwill=[1_206 + H_ACQ['goodwill'], 1_206],
    intang=[482 + H_ACQ['intang'] - H_AMORT, 482],
    other_assets=[96, 96],
    ap=[1_024 + HC['ap'][0], 1_024],
    debt_cur=[200, 200],
    debt=[2_150 + HC['repay'][0] + HC['revolver'][0], 2_150],
    dtl=[1_086 + HC['deferred'][0], 1_086],
    other_liab=[214, 214],
    cs=[4, 4],
    apic=[4_218 + HC['sbc'][0] + HC['withhold'][0], 4_218],
    treasury=[-1_406 + HC['buyback'][0], -1_406],
)
HB['cur_assets'] = add(HB['cash'], HB['ar'], HB['inv'], HB['prepaid'])
HB['assets'] = add(HB['cur_assets'], HB['ppe'], HB['goodwill'], HB['intang'], HB['other_assets'])
HB['cur_liab'] = add(HB['ap'], HB['debt_cur'])
HB['liab'] = add(HB['cur_liab'], HB['debt'], HB['dtl'], HB['other_liab'])
_h_re25 = HB['assets'][1] - HB['liab'][1] - HB['cs'][1] - HB['apic'][1] - HB['treasury'][1]
HB['re'] = [_h_re25 + HC['ni'][0], _h_re25]
HB['equity'] = add(HB['cs'], HB['apic'], HB['re'], HB['treasury'])
assert add(HB['liab'], HB['equity']) == HB['assets'], (add(HB['liab'], HB['equity']), HB['assets'])
assert H['opinc'] == add(H['oi_brand'], H['oi_serv'], H['oi_home'], H['corp'])


def hrow(label, key, dollar=False):
    return mrow(label, H[key], dollar)


HOLLINS_Q3 = Report(
    stem="hollins_creek_q3_2026_earnings_release",
    title="Hollins Creek Distilling Co. Reports Third Quarter 2026 Results",
    running_title="Hollins Creek Distilling Co. | Q3 2026 earnings release (Exhibit 99.1)",
    date="November 5, 2026",
    iso_date="2026-11-05",
    keywords=("Hollins Creek Distilling", "earnings release", "craft spirits", "bourbon", "Q3 2026"),
    pages=(
        (
            p("""Exhibit 99.1 to Form 8-K. HOLLINS CREEK DISTILLING CO. (NASDAQ: HOLC). FOR IMMEDIATE RELEASE. BARDSTOWN,
Ky., November 5, 2026 - Hollins Creek Distilling Co. (NASDAQ: HOLC), a producer of craft bourbon, rye whiskey and rum,
today reported financial results for the third quarter ended September 30, 2026."""),
            h('Third Quarter 2026 Highlights'),
            p(f"""Net sales increased {chg(H['sales'][0], H['sales'][1])} to ${mil(H['sales'][0])} million from
${mil(H['sales'][1])} million in the third quarter of 2025. Branded Spirits net sales increased
{chg(H['s_brand'][0], H['s_brand'][1])}, including the Sable Key rum brand acquired in January 2026. Gross margin was
{pct(H['gp'][0], H['sales'][0])}, compared with {pct(H['gp'][1], H['sales'][1])}. Net income was ${mil(H['ni'][0])}
million, or {heps(H['ni'], H['dil_sh'])[0]} per diluted share, compared with ${mil(H['ni'][1])} million, or
{heps(H['ni'], H['dil_sh'])[1]} per diluted share. Adjusted EBITDA (a non-GAAP measure) increased to
${mil(H['adj_ebitda'][0])} million from ${mil(H['adj_ebitda'][1])} million. We filled 41,300 barrels of new whiskey
in the quarter and held approximately 512,000 barrels of aging whiskey at September 30, 2026."""),
            p(""""Our premium bourbons again led the growth of our brands, and Sable Key is performing ahead of our plan in
its first year with us," said Margaret Hollins Avery, Chief Executive Officer. "Bulk whiskey prices softened further
as the industry's supply of aged whiskey caught up with demand, and we are moving more of our own distillate into our
brands rather than selling it in bulk.\""""),
            h('Segment Results'),
            p(f"""Branded Spirits. Net sales were ${mil(H['s_brand'][0])} million, up
{chg(H['s_brand'][0], H['s_brand'][1])}, driven by higher shipments of our small-batch and single-barrel bourbons, price
increases on our flagship Hollins Creek Straight Bourbon and the addition of Sable Key rum, partly offset by lower
shipments of our value-priced blended whiskey. Case volumes increased in every region. Segment operating income was
${mil(H['oi_brand'][0])} million, compared with ${mil(H['oi_brand'][1])} million."""),
            p(f"""Distillery Services. Net sales, which consist of sales of bulk aged whiskey and contract distilling for
other brands, decreased {down(H['s_serv'][0], H['s_serv'][1])} to ${mil(H['s_serv'][0])} million, mainly because of
lower prices for bulk aged whiskey and fewer barrels sold, as we kept more of our own whiskey for our brands. Contract
distilling revenue was about flat. Segment operating income decreased to ${mil(H['oi_serv'][0])} million from
${mil(H['oi_serv'][1])} million."""),
        ),
        (
            p(f"""Brand Homes. Net sales at our three visitor centers and tasting rooms, in Bardstown and Louisville,
Kentucky and Key West, Florida, increased {chg(H['s_home'][0], H['s_home'][1])} to ${mil(H['s_home'][0])} million,
on higher visitor counts and bottle sales at the Bardstown distillery after the opening of its new visitor center in
April 2026. Segment operating income was ${mil(H['oi_home'][0])} million, compared with ${mil(H['oi_home'][1])}
million."""),
            h('Balance Sheet and Liquidity'),
            p(f"""At September 30, 2026, we had ${mil(HB['cash'][0])} million of cash and cash equivalents, $90.0 million
of borrowings under our $250.0 million revolving credit facility, which we drew to fund part of the Sable Key
acquisition, and $220.0 million outstanding under our term loan, which requires quarterly principal payments of $5.0
million and matures in June 2030. Net cash provided by operating activities was ${mil(HC['cfo'][0])} million in the
first nine months of 2026, after an increase of ${mil(-HC['inv'][0])} million in inventories as we continued to lay
down new whiskey for future years. We acquired Sable Key Rum Company of Key West, Florida on January 14, 2026 for
$148.5 million in cash. We repurchased 0.2 million shares for $4.0 million in the first nine months of 2026. We do
not pay a dividend."""),
            h('2026 Outlook'),
            p("""We are raising our outlook for 2026. We now expect net sales growth of 8% to 10% over 2025 (previously 6%
to 8%), Adjusted EBITDA of $172 million to $178 million (previously $166 million to $174 million) and capital
expenditures of $210 million to $230 million (unchanged), which include the completion of our second distillery at
Cox's Creek, Kentucky, expected to begin production in the second half of 2027."""),
            h('Conference Call'),
            p("""Hollins Creek will host a conference call to discuss these results today, November 5, 2026, at 10:00 a.m.
Eastern Time. A webcast will be available on the investor relations section of our website."""),
            h('About Hollins Creek Distilling Co.'),
            p("""Hollins Creek Distilling Co. produces and sells craft bourbon, rye whiskey and rum under the Hollins Creek,
Tanyard Hill, Old Lantern and Sable Key brands, and supplies bulk aged whiskey and contract distilling services to
other spirits companies. Founded in 2009, the company operates a distillery and 14 barrel warehouses in Bardstown,
Kentucky and a rum distillery in Key West, Florida. Its three reportable segments are Branded Spirits, Distillery
Services and Brand Homes. Its brands are sold in all 50 states through distributors and in 22 countries; its largest
distributor accounted for about 31% of Branded Spirits net sales in 2025."""),
        ),
        (
            h('Non-GAAP Financial Measures'),
            p("""We present EBITDA and Adjusted EBITDA, which are not measures of financial performance under U.S. GAAP.
We define EBITDA as net income before interest expense, provision for income taxes and depreciation and amortization,
and Adjusted EBITDA as EBITDA further adjusted for stock-based compensation, acquisition and integration costs, and
the fair value step-up of acquired inventory recognized in cost of sales. We believe these measures help investors
compare our operating performance across periods. They should not be considered alternatives to net income, and our
definitions may differ from those used by other companies. A reconciliation to net income is included below."""),
            h('Forward-Looking Statements'),
            p("""This release contains forward-looking statements, including our 2026 outlook and the timing of our second
distillery. Actual results may differ materially because of, among other things, changes in consumer demand for
premium spirits, the prices of bulk aged whiskey, the cost of grain, glass and new charred oak barrels, tariffs on
American whiskey in export markets, our dependence on a small number of distributors, the integration of Sable Key,
and fire or other damage to our barrel warehouses. We undertake no obligation to update these statements."""),
        ),
        (
            Table(
                caption='HOLLINS CREEK DISTILLING CO. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)',
                unit='(In millions, except per share data) - Three and nine months ended September 30,',
                header=H_COLS,
                rows=(
                    hrow('Gross sales', 'gross_sales', True),
                    hrow('Less: excise taxes', 'excise'),
                    hrow('Net sales', 'sales', True),
                    hrow('Cost of sales', 'cogs'),
                    hrow('Gross profit', 'gp'),
                    hrow('Advertising and promotion', 'adv'),
                    hrow('Selling, general and administrative', 'sga'),
                    hrow('Operating income', 'opinc'),
                    mrow('Interest expense', neg(H['interest'])),
                    hrow('Other income, net', 'other'),
                    hrow('Income before income taxes', 'pretax'),
                    hrow('Income tax expense', 'tax'),
                    hrow('Net income', 'ni', True),
                    ('Net income per share:', '', '', '', ''),
                    ('Basic', *heps(H['ni'], H['basic_sh'])),
                    ('Diluted', *heps(H['ni'], H['dil_sh'])),
                    ('Weighted average shares outstanding (thousands):', '', '', '', ''),
                    row('Basic', H['basic_sh']),
                    row('Diluted', H['dil_sh']),
                ),
            ),
        ),
        (
            Table(
                caption='HOLLINS CREEK DISTILLING CO. CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
                unit='(In millions)',
                header=('', 'September 30, 2026', 'December 31, 2025'),
                rows=(
                    mrow('Cash and cash equivalents', HB['cash'], True),
                    mrow('Accounts receivable, net', HB['ar']),
                    mrow('Inventories', HB['inv']),
                    mrow('Prepaid expenses and other current assets', HB['prepaid']),
                    mrow('Total current assets', HB['cur_assets']),
                    mrow('Property, plant and equipment, net', HB['ppe']),
                    mrow('Goodwill', HB['goodwill']),
                    mrow('Intangible assets, net', HB['intang']),
                    mrow('Other assets', HB['other_assets']),
                    mrow('Total assets', HB['assets'], True),
                    mrow('Accounts payable and accrued liabilities', HB['ap'], True),
                    mrow('Current portion of long-term debt', HB['debt_cur']),
                    mrow('Total current liabilities', HB['cur_liab']),
                    mrow('Long-term debt', HB['debt']),
                    mrow('Deferred income taxes', HB['dtl']),
                    mrow('Other long-term liabilities', HB['other_liab']),
                    mrow('Total liabilities', HB['liab']),
                    mrow('Common stock', HB['cs']),
                    mrow('Additional paid-in capital', HB['apic']),
                    mrow('Retained earnings', HB['re']),
                    mrow('Treasury stock, at cost', HB['treasury']),
                    mrow('Total stockholders\' equity', HB['equity']),
                    mrow('Total liabilities and stockholders\' equity', add(HB['liab'], HB['equity']), True),
                ),
                note="""Inventories include barreled whiskey that will age for more than one year, classified as current
in accordance with industry practice.""",
            ),
        ),
        (
            Table(
                caption='HOLLINS CREEK DISTILLING CO. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(In millions) - Nine months ended September 30,',
                header=('', '2026', '2025'),
                rows=(
                    mrow('Net income', HC['ni'], True),
                    mrow('Depreciation and amortization', HC['da']),
                    mrow('Stock-based compensation', HC['sbc']),
                    mrow('Deferred income taxes', HC['deferred']),
                    mrow('Accounts receivable', HC['ar']),
                    mrow('Inventories', HC['inv']),
                    mrow('Prepaid expenses and other current assets', HC['prepaid']),
                    mrow('Accounts payable and accrued liabilities', HC['ap']),
                    mrow('Net cash provided by operating activities', HC['cfo']),
                    mrow('Purchases of property, plant and equipment', HC['capex']),
                    mrow('Acquisition of Sable Key, net of cash acquired', HC['acquisition']),
                    mrow('Net cash used in investing activities', HC['cfi']),
                    mrow('Borrowings under revolving credit facility', HC['revolver']),
                    mrow('Repayments of term loan', HC['repay']),
                    mrow('Repurchases of common stock', HC['buyback']),
                    mrow('Taxes paid on vesting of equity awards', HC['withhold']),
                    mrow('Net cash provided by (used in) financing activities', HC['cff']),
                    mrow('Net change in cash and cash equivalents', HC['net']),
                    mrow('Cash and cash equivalents, beginning of period', HC['begin']),
                    mrow('Cash and cash equivalents, end of period', HC['end'], True),
                ),
            ),
        ),
        (
            Table(
                caption='SEGMENT INFORMATION (Unaudited)',
                unit='(In millions) - Three and nine months ended September 30,',
                header=H_COLS,
                rows=(
                    ('Net sales:', '', '', '', ''),
                    hrow('Branded Spirits', 's_brand', True),
                    hrow('Distillery Services', 's_serv'),
                    hrow('Brand Homes', 's_home'),
                    hrow('Total net sales', 'sales', True),
                    ('Segment operating income:', '', '', '', ''),
                    hrow('Branded Spirits', 'oi_brand', True),
                    hrow('Distillery Services', 'oi_serv'),
                    hrow('Brand Homes', 'oi_home'),
                    hrow('Corporate and other', 'corp'),
                    hrow('Total operating income', 'opinc', True),
                ),
                note="""Corporate and other includes unallocated corporate costs and acquisition and integration
costs.""",
            ),
            Table(
                caption='RECONCILIATION OF NET INCOME TO EBITDA AND ADJUSTED EBITDA (Unaudited)',
                unit='(In millions) - Three and nine months ended September 30,',
                header=H_COLS,
                rows=(
                    hrow('Net income', 'ni', True),
                    hrow('Interest expense', 'interest'),
                    hrow('Income tax expense', 'tax'),
                    hrow('Depreciation and amortization', 'da'),
                    hrow('EBITDA', 'ebitda', True),
                    hrow('Stock-based compensation', 'sbc'),
                    hrow('Acquisition and integration costs', 'acq_costs'),
                    hrow('Inventory fair value step-up', 'step_up'),
                    hrow('Adjusted EBITDA', 'adj_ebitda', True),
                ),
            ),
        ),
    ),
)

REPORTS = (CALDER_10K, HOLLINS_Q3)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
