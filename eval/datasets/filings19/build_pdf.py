"""Build the two PDF filings of the held-out set filings19 (eval/datasets/filings19/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. The egg producer's figures are held in whole dollars (as it reports
them) and the casino operator's in thousands (integers both), so that statement totals, summed here from their
lines, foot exactly.

    .venv/bin/python eval/datasets/filings19/build_pdf.py      # writes docs/*.pdf
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
    c = (a - b) / b * 100
    return f"({-c:.1f})%" if c < 0 else f"{c:.1f}%"


def down(new, old):
    """A decrease as a positive percentage: 10.1%."""
    return f"{(old - new) / old * 100:.1f}%"


def mil_d(v):
    """Whole dollars as millions with one decimal, for the text: 486.1."""
    return f"{v / 1_000_000:,.1f}"


def mil_k(v):
    """Thousands as millions with one decimal, for the text: 402.1."""
    return f"{v / 1_000:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Bramblewood Egg Farms, Inc.: Form 10-K, fiscal 2026 (52 weeks ended May 30, 2026), whole dollars.
# Columns: fiscal 2026, fiscal 2025, fiscal 2024.
# ---------------------------------------------------------------------------------------------------------------
B_YEARS = ('', 'May 30, 2026', 'May 31, 2025', 'June 1, 2024')
B = dict(
    s_conv=[218_406_512, 287_915_304, 196_233_871],
    s_spec=[191_772_046, 170_318_655, 138_704_119],
    s_prod=[48_917_335, 52_406_180, 41_288_902],
    gp_conv=[31_552_118, 88_406_217, 22_904_566],
    gp_spec=[46_318_904, 49_712_633, 30_115_448],
    gp_prod=[6_204_771, 9_880_416, 4_118_305],
    sga=[41_806_224, 44_318_907, 37_905_116],
    depop=[3_418_870, 9_604_315, 0],
    disposal=[-612_408, 214_906, -88_117],
    int_inc=[6_118_442, 4_207_615, 2_115_870],
    int_exp=[1_106_318, 1_284_905, 1_441_207],
    equity_inc=[1_408_226, 2_315_904, 904_118],
    patronage=[2_204_915, 1_986_440, 1_702_338],
    tax=[9_867_209, 23_307_517, 4_640_772],
    basic_sh=[14_802_566, 14_918_407, 14_990_215],
    dil_sh=[14_874_119, 14_996_308, 15_048_730],
)
B['sales'] = add(B['s_conv'], B['s_spec'], B['s_prod'])
B['gp'] = add(B['gp_conv'], B['gp_spec'], B['gp_prod'])
B['cogs'] = sub(B['sales'], B['gp'])
B['opinc'] = sub(B['gp'], add(B['sga'], B['depop'], B['disposal']))
B['other'] = sub(add(B['int_inc'], B['equity_inc'], B['patronage']), B['int_exp'])
B['pretax'] = add(B['opinc'], B['other'])
B['ni'] = sub(B['pretax'], B['tax'])

BC = dict(
    da=[24_806_315, 22_914_608, 21_305_442],
    deferred=[1_215_406, 2_806_118, -904_215],
    sbc=[2_118_406, 1_904_335, 1_706_218],
    dist=[1_900_000, 1_500_000, 1_200_000],
    ar=[9_406_118, -7_215_904, -3_118_226],
    inv=[-4_118_612, -6_904_318, 2_215_406],
    prepaid=[-806_215, 415_908, -318_604],
    ap=[-3_915_406, 5_208_117, 1_406_315],
    accrued=[-2_604_918, 4_118_306, 906_118],
    buy_sec=[-28_406_118, -58_215_406, -40_118_226],
    sell_sec=[58_204_315, 52_906_118, 38_406_315],
    capex=[-71_406_228, -54_118_306, -38_906_415],
    proceeds=[1_204_331, 318_406, 406_215],
    acquisition=[0, -18_615_000, 0],
    debt_pay=[-3_600_000, -3_600_000, -3_600_000],
    div_paid=[-24_118_906, -31_406_215, -6_215_408],
    buyback=[-9_806_115, -4_118_226, 0],
    begin2024=71_306_118,
)
BC['cfo'] = add(B['ni'], BC['da'], BC['deferred'], BC['sbc'], B['disposal'], neg(B['equity_inc']), BC['dist'],
                BC['ar'], BC['inv'], BC['prepaid'], BC['ap'], BC['accrued'])
BC['cfi'] = add(BC['buy_sec'], BC['sell_sec'], BC['capex'], BC['proceeds'], BC['acquisition'])
BC['cff'] = add(BC['debt_pay'], BC['div_paid'], BC['buyback'])
BC['net'] = add(BC['cfo'], BC['cfi'], BC['cff'])
_b_begin = [0, 0, BC['begin2024']]
_b_begin[1] = BC['begin2024'] + BC['net'][2]
_b_begin[0] = _b_begin[1] + BC['net'][1]
BC['begin'] = _b_begin
BC['end'] = add(BC['begin'], BC['net'])

# Balance sheets at May 30, 2026 and May 31, 2025; fiscal 2026 changes come from the fiscal 2026 cash flow lines.
_b_ppe25 = 318_406_215
_b_disposal_nbv = BC['proceeds'][0] + B['disposal'][0]  # proceeds less gain
BB = dict(
    cash=[BC['end'][0], BC['begin'][0]],
    sec=[104_318_226 - BC['buy_sec'][0] - BC['sell_sec'][0], 104_318_226],
    ar=[52_906_415 - BC['ar'][0], 52_906_415],
    inv=[88_315_406 - BC['inv'][0], 88_315_406],
    prepaid=[6_118_304 - BC['prepaid'][0], 6_118_304],
    ppe=[_b_ppe25 - BC['capex'][0] - BC['da'][0] - _b_disposal_nbv, _b_ppe25],
    equity_inv=[21_406_118 + B['equity_inc'][0] - BC['dist'][0], 21_406_118],
    goodwill=[44_904_118, 44_904_118],
    other_assets=[9_215_406, 9_215_406],
    ap=[31_406_215 + BC['ap'][0], 31_406_215],
    wages=[11_806_118, 12_918_406],
    debt_cur=[3_600_000, 3_600_000],
    debt=[14_400_000 + BC['debt_pay'][0], 14_400_000],
    dtl=[38_406_118 + BC['deferred'][0], 38_406_118],
    other_liab=[6_204_915, 6_204_915],
    cs=[241_806, 241_806],
    apic=[68_915_406 + BC['sbc'][0], 68_915_406],
    treasury=[-112_604_318 + BC['buyback'][0], -112_604_318],
    aoci=[-1_106_215, -1_106_215],
)
_b_accrued25 = 24_118_906
BB['accrued'] = [_b_accrued25 + BB['wages'][1] + BC['accrued'][0] - BB['wages'][0], _b_accrued25]
BB['cur_assets'] = add(BB['cash'], BB['sec'], BB['ar'], BB['inv'], BB['prepaid'])
BB['assets'] = add(BB['cur_assets'], BB['ppe'], BB['equity_inv'], BB['goodwill'], BB['other_assets'])
BB['cur_liab'] = add(BB['ap'], BB['wages'], BB['accrued'], BB['debt_cur'])
BB['liab'] = add(BB['cur_liab'], BB['debt'], BB['dtl'], BB['other_liab'])
_b_re25 = BB['assets'][1] - BB['liab'][1] - BB['cs'][1] - BB['apic'][1] - BB['treasury'][1] - BB['aoci'][1]
BB['re'] = [_b_re25 + B['ni'][0] + BC['div_paid'][0], _b_re25]  # dividends are declared after the quarter and paid
# in the next one, so none is payable at a year-end: those declared in a year are those paid in it
BB['equity'] = add(BB['cs'], BB['apic'], BB['re'], BB['treasury'], BB['aoci'])
assert add(BB['liab'], BB['equity']) == BB['assets'], (add(BB['liab'], BB['equity']), BB['assets'])
assert min(BC['end']) > 0 and B['disposal'][0] < 0
B['dps'] = [f"${-d / s:.2f}" for d, s in zip(BC['div_paid'], B['basic_sh'])]

BP = dict(conv=[165, 204, 138], spec=[217, 226, 213])  # net average selling prices per dozen, in cents
BP['dz_conv'] = [round(s_ / c / 10) for s_, c in zip(B['s_conv'], BP['conv'])]  # thousands of dozens
BP['dz_spec'] = [round(s_ / c / 10) for s_, c in zip(B['s_spec'], BP['spec'])]
BP['dozens'] = add(BP['dz_conv'], BP['dz_spec'])
BP['spec_share'] = [pct(a, b) for a, b in zip(BP['dz_spec'], BP['dozens'])]


def beps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


BRAMBLEWOOD_10K = Report(
    stem="bramblewood_egg_farms_10k_fy2026",
    title="Bramblewood Egg Farms, Inc. - Annual Report on Form 10-K for the fiscal year ended May 30, 2026",
    running_title="Bramblewood Egg Farms, Inc. | Form 10-K fiscal 2026",
    date="July 28, 2026",
    iso_date="2026-07-28",
    keywords=("Bramblewood Egg Farms", "10-K", "shell eggs", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended May 30, 2026.
Commission file number 000-21884. BRAMBLEWOOD EGG FARMS, INC. (Exact name of registrant as specified in its charter),
an Iowa corporation, I.R.S. Employer Identification No. 42-1306519, 2200 Prairie Ridge Road, Ames, Iowa 50010.
Registrant's telephone number: (515) 555-0172."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol', 'Exchange'),
                rows=(
                    ('Common Stock, $0.01 par value per share', 'BWEF', 'Nasdaq'),
                ),
            ),
            p("""Indicate by check mark whether the registrant is an accelerated filer: Accelerated filer [X]. Smaller
reporting company: No. The aggregate market value of the Common Stock held by non-affiliates of the registrant as of
November 29, 2025 was approximately $612 million. As of July 17, 2026, 14,761,904 shares of Common Stock were
outstanding. Unless otherwise stated, amounts in this report are in whole dollars."""),
            h('PART I. Item 1. Business'),
            p("""Bramblewood Egg Farms, Inc. ("Bramblewood," the "Company," "we" or "our") produces, grades, packages and
sells fresh shell eggs and egg products. Founded in 1948 by the Lindqvist family near Ames, Iowa, we are a vertically
integrated producer: we hatch and grow our own pullets, mill most of our own feed and operate our own grading and
packing plants. At May 30, 2026 we had an average flock of approximately 13.4 million laying hens, of which about 6.1
million were housed cage-free, at 19 production facilities in Iowa, Missouri, Nebraska and Kansas, with 7 feed mills,
4 hatcheries and 2 egg products breaking plants."""),
            p("""Fiscal year. Our fiscal year ends on the Saturday nearest May 31. Fiscal 2026 ended May 30, 2026, fiscal
2025 ended May 31, 2025 and fiscal 2024 ended June 1, 2024; each of the three fiscal years contained 52 weeks. Our
next 53-week fiscal year will be fiscal 2030."""),
            p("""Segments. We have three reportable segments. Conventional Shell Eggs sells white and brown eggs from caged
hens, sold mostly under our customers' private labels. Specialty Shell Eggs sells cage-free, free-range, pasture-raised,
organic and nutritionally enhanced eggs, under our Bramblewood Meadow brand and private labels. Egg Products sells
liquid, frozen and dried egg products broken at our plants to food manufacturers and foodservice distributors."""),
        ),
        (
            p("""Customers. Our customers are national and regional grocery chains, mass merchandisers, club stores,
foodservice distributors and egg products users. Our largest customer, a national mass merchandiser, accounted for
about 29.4% of net sales in fiscal 2026 (31.1% in fiscal 2025), and our three largest customers together accounted for
about 47.8% of net sales. We generally do not have long-term contracts with our customers; most conventional egg sales
are priced off a published wholesale market quotation, while many specialty egg sales are under cost-plus or
fixed-price arrangements. The loss of our largest customer would have a material adverse effect on our results."""),
            p("""Employees. At May 30, 2026 we had approximately 2,640 full-time employees, none of whom is represented by a
labor union."""),
            h('Item 1A. Risk Factors'),
            p("""Market prices for wholesale conventional eggs are volatile and can change sharply within a fiscal year.
Outbreaks of highly pathogenic avian influenza ("HPAI") in the United States have reduced the national laying flock
and raised prices in some periods; an outbreak at one of our own facilities would require us to depopulate the flock,
and indemnity payments from the U.S. Department of Agriculture ("USDA") may not cover our losses. Feed, mostly corn
and soybean meal, is our largest production cost. Several states where our customers sell require that eggs come from
cage-free hens, and many customers have pledged to buy only cage-free eggs, which requires continued capital
investment in housing. The Lindqvist family controls about 52% of our outstanding Common Stock."""),
            h('Item 5. Market for Registrant\'s Common Equity'),
            p("""Our Common Stock trades on the Nasdaq Global Select Market under the symbol BWEF. Under our variable dividend
policy, we pay a cash dividend each quarter equal to one-third of the quarter's net income, if any, payable in the
following quarter; no dividend is paid for a quarter with a net loss. In fiscal 2026 we repurchased 142,318 shares of
Common Stock under the $50 million program authorized in January 2025, of which $36.1 million remained available at May
30, 2026."""),
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Net sales were ${mil_d(B['sales'][0])} million in fiscal 2026, a decrease of
{down(B['sales'][0], B['sales'][1])} from the record ${mil_d(B['sales'][1])} million in fiscal 2025, as wholesale
conventional egg prices fell from the highs caused by HPAI-related flock losses across the industry in fiscal 2025.
Gross profit was ${mil_d(B['gp'][0])} million, or {pct(B['gp'][0], B['sales'][0])} of net sales, compared with
${mil_d(B['gp'][1])} million, or {pct(B['gp'][1], B['sales'][1])}. Net income was ${mil_d(B['ni'][0])} million, or
{beps(B['ni'], B['dil_sh'])[0]} per diluted share, compared with ${mil_d(B['ni'][1])} million, or
{beps(B['ni'], B['dil_sh'])[1]} per diluted share."""),
            Table(
                caption='Selected operating data',
                unit='(Fiscal years)',
                header=('', '2026', '2025', '2024'),
                rows=(
                    row('Shell egg dozens sold (thousands)', BP['dozens']),
                    ('Specialty eggs, % of shell egg dozens sold', *BP['spec_share']),
                    ('Net average selling price per dozen, conventional', *(f"${c / 100:.2f}" for c in BP['conv'])),
                    ('Net average selling price per dozen, specialty', *(f"${c / 100:.2f}" for c in BP['spec'])),
                    ('Feed cost per dozen produced', '$0.55', '$0.60', '$0.66'),
                ),
            ),
        ),
        (
            h('Net sales and gross profit by segment'),
            p(f"""Conventional Shell Eggs net sales decreased {down(B['s_conv'][0], B['s_conv'][1])} to
${mil_d(B['s_conv'][0])} million, primarily because the net average selling price per dozen fell
{down(BP['conv'][0], BP['conv'][1])} as the national
flock recovered from fiscal 2025's HPAI losses, and because we converted two Iowa facilities from caged to cage-free
housing during the year. Specialty Shell Eggs net sales increased {chg(B['s_spec'][0], B['s_spec'][1])} to
${mil_d(B['s_spec'][0])} million on higher cage-free volumes from new and converted houses and new private label
cage-free programs with two grocery chains, partially offset by a lower average selling price. Egg Products net sales
decreased {down(B['s_prod'][0], B['s_prod'][1])} to ${mil_d(B['s_prod'][0])} million, as lower breaking egg
prices were passed through to customers."""),
            p(f"""Gross profit decreased to ${mil_d(B['gp'][0])} million from ${mil_d(B['gp'][1])} million. The decrease was
almost entirely in Conventional Shell Eggs, whose gross profit fell to ${mil_d(B['gp_conv'][0])} million from
${mil_d(B['gp_conv'][1])} million because of the lower selling prices; lower feed costs, with feed cost per dozen
produced down to $0.55 from $0.60 on lower corn and soybean meal prices, only partly offset them. Specialty Shell Eggs
gross margin was {pct(B['gp_spec'][0], B['s_spec'][0])}, compared with {pct(B['gp_spec'][1], B['s_spec'][1])}."""),
            h('Selling, general and administrative; flock depopulation'),
            p(f"""Selling, general and administrative expenses, which include delivery costs to customers, decreased to
${mil_d(B['sga'][0])} million from ${mil_d(B['sga'][1])} million, mainly because of lower incentive compensation and
lower diesel prices. In fiscal 2026 HPAI was detected at our Clarion, Iowa facility, and we depopulated about 1.1 million
laying hens; in fiscal 2025 we depopulated about 2.4 million hens at two Missouri facilities. The losses shown in the
statements of income are the cost of the destroyed flocks, cleaning and disinfection, net of USDA indemnity recoveries
of $4.2 million in fiscal 2026 and $11.8 million in fiscal 2025."""),
            p(f"""Other income and taxes. Interest income increased to ${mil_d(B['int_inc'][0])} million on higher balances
of investment securities. Equity in income of unconsolidated entities relates to our 50% interest in Heartland Layer
Partners LLC, a cage-free egg producer in Nebraska, and our 25% interest in a feed ingredient cooperative. Our effective
tax rate was {pct(B['tax'][0], B['pretax'][0])} in fiscal 2026 and {pct(B['tax'][1], B['pretax'][1])} in fiscal 2025."""),
            h('Liquidity and capital resources'),
            p(f"""At May 30, 2026 we had ${mil_d(BB['cash'][0])} million of cash and cash equivalents and
${mil_d(BB['sec'][0])} million of investment securities available-for-sale. Net cash provided by operating activities
was ${mil_d(BC['cfo'][0])} million in fiscal 2026, compared with ${mil_d(BC['cfo'][1])} million in fiscal 2025.
Purchases of property, plant and equipment were ${mil_d(-BC['capex'][0])} million, mostly for cage-free housing. We
have committed to convert a further 2.8 million hens of caged capacity to cage-free housing by the end of fiscal 2029
and expect capital expenditures of about $85 million in fiscal 2027. In fiscal 2025 we paid $18.6 million to acquire
the assets of Osage Valley Farms, a cage-free producer in Missouri with about 0.9 million hens. Our long-term debt is a
4.15% term loan from an agricultural lender payable in quarterly installments of $0.9 million through fiscal 2031; our
$100 million revolving credit facility was undrawn at May 30, 2026 and May 31, 2025."""),
        ),
        (
            Table(
                caption='BRAMBLEWOOD EGG FARMS, INC. CONSOLIDATED STATEMENTS OF INCOME',
                unit='(Amounts in dollars, except share data) - Fiscal years ended',
                header=B_YEARS,
                rows=(
                    row('Net sales', B['sales'], True),
                    row('Cost of sales', B['cogs']),
                    row('Gross profit', B['gp']),
                    row('Selling, general and administrative', B['sga']),
                    ('Loss on flock depopulation, net of', '', '', ''),
                    row('USDA indemnity recoveries', B['depop']),
                    ('(Gain) loss on disposal of property,', '', '', ''),
                    row('plant and equipment, net', B['disposal']),
                    row('Operating income', B['opinc']),
                    ('Other income (expense):', '', '', ''),
                    row('Interest income', B['int_inc']),
                    row('Interest expense', neg(B['int_exp'])),
                    row('Equity in income of unconsolidated entities', B['equity_inc']),
                    row('Patronage dividends and other, net', B['patronage']),
                    row('Total other income, net', B['other']),
                    row('Income before income taxes', B['pretax']),
                    row('Income tax expense', B['tax']),
                    row('Net income', B['ni'], True),
                    ('Net income per common share:', '', '', ''),
                    ('Basic', *beps(B['ni'], B['basic_sh'])),
                    ('Diluted', *beps(B['ni'], B['dil_sh'])),
                    ('Weighted average common shares outstanding:', '', '', ''),
                    row('Basic', B['basic_sh']),
                    row('Diluted', B['dil_sh']),
                    ('Cash dividends declared per share', *B['dps']),
                ),
                note="""Cost of sales includes depreciation of production facilities and the amortization of flock
costs. Dividends declared per share follow the variable dividend policy described in Item 5; the dividends declared and
paid in a fiscal year are those for the fourth quarter of the prior fiscal year and the first three quarters of the
year.""",
            ),
        ),
        (
            Table(
                caption='CONSOLIDATED BALANCE SHEETS',
                unit='(Amounts in dollars, except share data)',
                header=('', 'May 30, 2026', 'May 31, 2025'),
                rows=(
                    ('Current assets:', '', ''),
                    row('Cash and cash equivalents', BB['cash'], True),
                    row('Investment securities available-for-sale', BB['sec']),
                    row('Trade receivables, net of allowance', BB['ar']),
                    row('Inventories', BB['inv']),
                    row('Prepaid expenses and other current assets', BB['prepaid']),
                    row('Total current assets', BB['cur_assets']),
                    row('Property, plant and equipment, net', BB['ppe']),
                    row('Investments in unconsolidated entities', BB['equity_inv']),
                    row('Goodwill', BB['goodwill']),
                    row('Other long-term assets', BB['other_assets']),
                    row('Total assets', BB['assets'], True),
                    ('Current liabilities:', '', ''),
                    row('Trade accounts payable', BB['ap'], True),
                    row('Accrued wages and benefits', BB['wages']),
                    row('Accrued expenses and other liabilities', BB['accrued']),
                    row('Current maturities of long-term debt', BB['debt_cur']),
                    row('Total current liabilities', BB['cur_liab']),
                    row('Long-term debt, less current maturities', BB['debt']),
                    row('Deferred income taxes', BB['dtl']),
                    row('Other noncurrent liabilities', BB['other_liab']),
                    row('Total liabilities', BB['liab']),
                    ('Stockholders\' equity:', '', ''),
                    ('Common stock, $0.01 par value; 60,000,000 shares authorized;', '', ''),
                    row('24,180,600 shares issued', BB['cs']),
                    row('Paid-in capital', BB['apic']),
                    row('Retained earnings', BB['re']),
                    row('Common stock in treasury, at cost', BB['treasury']),
                    row('Accumulated other comprehensive loss', BB['aoci']),
                    row('Total stockholders\' equity', BB['equity']),
                    row('Total liabilities and stockholders\' equity', add(BB['liab'], BB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(Amounts in dollars) - Fiscal years ended',
                header=B_YEARS,
                rows=(
                    ('Cash flows from operating activities:', '', '', ''),
                    row('Net income', B['ni'], True),
                    ('Adjustments to reconcile net income to net cash', '', '', ''),
                    ('provided by operating activities:', '', '', ''),
                    row('Depreciation and amortization', BC['da']),
                    row('Deferred income taxes', BC['deferred']),
                    row('Share-based compensation', BC['sbc']),
                    row('(Gain) loss on disposal of property, plant and equipment', B['disposal']),
                    row('Equity in income of unconsolidated entities', neg(B['equity_inc'])),
                    row('Distributions from unconsolidated entities', BC['dist']),
                    ('Change in operating assets and liabilities:', '', '', ''),
                    row('Trade receivables', BC['ar']),
                    row('Inventories', BC['inv']),
                    row('Prepaid expenses and other current assets', BC['prepaid']),
                    row('Trade accounts payable', BC['ap']),
                    row('Accrued wages, expenses and other liabilities', BC['accrued']),
                    row('Net cash provided by operating activities', BC['cfo']),
                    ('Cash flows from investing activities:', '', '', ''),
                    row('Purchases of investment securities', BC['buy_sec']),
                    row('Sales and maturities of investment securities', BC['sell_sec']),
                    ('Purchases of property, plant and equipment,', '', '', ''),
                    row('including cage-free housing', BC['capex']),
                    row('Proceeds from disposal of property, plant and equipment', BC['proceeds']),
                    row('Acquisition of business', BC['acquisition']),
                    row('Net cash used in investing activities', BC['cfi']),
                    ('Cash flows from financing activities:', '', '', ''),
                    row('Principal payments on long-term debt', BC['debt_pay']),
                    row('Dividends paid', BC['div_paid']),
                    row('Purchases of common stock for treasury', BC['buyback']),
                    row('Net cash used in financing activities', BC['cff']),
                    row('Net change in cash and cash equivalents', BC['net']),
                    row('Cash and cash equivalents at beginning of year', BC['begin']),
                    row('Cash and cash equivalents at end of year', BC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements (selected)'),
            p("""Note 14 - Segment Information. Our chief operating decision maker, the Chief Executive Officer, evaluates
segment performance on net sales and gross profit. Selling, general and administrative expenses, flock depopulation
losses, other income and income taxes are not allocated to segments, and segment assets are not reviewed by the chief
operating decision maker. All of our sales are to customers in the United States."""),
            Table(
                caption='Net sales and gross profit by reportable segment',
                unit='(Amounts in dollars) - Fiscal years ended',
                header=B_YEARS,
                rows=(
                    ('Net sales:', '', '', ''),
                    row('Conventional Shell Eggs', B['s_conv'], True),
                    row('Specialty Shell Eggs', B['s_spec']),
                    row('Egg Products', B['s_prod']),
                    row('Total net sales', B['sales'], True),
                    ('Gross profit:', '', '', ''),
                    row('Conventional Shell Eggs', B['gp_conv'], True),
                    row('Specialty Shell Eggs', B['gp_spec']),
                    row('Egg Products', B['gp_prod']),
                    row('Total gross profit', B['gp'], True),
                ),
            ),
            p("""Note 16 - Subsequent Event. On July 21, 2026, the Board of Directors declared a cash dividend of $0.1862 per
share of Common Stock under the variable dividend policy, based on net income for the fourth quarter of fiscal 2026,
payable on August 14, 2026 to shareholders of record on August 3, 2026."""),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Harrow Creek Gaming, Inc.: Form 10-Q, quarter ended September 30, 2026, in thousands.
# Columns: three months 2026, three months 2025, nine months 2026, nine months 2025.
# ---------------------------------------------------------------------------------------------------------------
H_COLS = ('', 'Three Months Ended Sep. 30, 2026', 'Three Months Ended Sep. 30, 2025',
          'Nine Months Ended Sep. 30, 2026', 'Nine Months Ended Sep. 30, 2025')
H = dict(
    gaming=[318_406, 309_715, 941_228, 917_604],
    fb=[41_918, 40_206, 121_315, 117_442],
    hotel=[27_604, 26_918, 76_112, 74_830],
    other_rev=[14_218, 12_507, 41_906, 36_118],
    c_gaming=[163_815, 158_204, 486_307, 470_118],
    c_fb=[33_406, 32_718, 97_905, 95_216],
    c_hotel=[11_204, 10_915, 31_418, 30_822],
    c_other=[8_107, 7_315, 23_906, 21_408],
    sga=[61_815, 59_406, 183_206, 176_915],
    da=[27_418, 25_906, 81_304, 77_215],
    preopen=[2_906, 1_204, 6_815, 2_418],
    impair=[0, 0, 12_400, 0],
    interest=[18_406, 20_118, 56_215, 61_304],
    fin_int=[24_115, 23_806, 72_204, 71_318],
    extinguish=[0, 0, 3_118, 0],
    other=[406, -218, 1_115, 608],
    tax=[12_326, 11_988, 30_806, 33_215],
    basic_sh=[38_406, 39_615, 38_818, 39_904],
    dil_sh=[38_915, 40_118, 39_306, 40_412],
    sbc=[4_118, 3_806, 12_415, 11_204],
    seg_mw=[171_406, 169_115, 508_204, 500_318],
    seg_so=[139_218, 136_904, 411_615, 404_112],
    seg_we=[62_904, 64_412, 183_906, 190_205],
    e_mw=[66_406, 65_118, 196_315, 192_904],
    e_so=[54_215, 52_906, 160_418, 156_205],
    e_we=[18_118, 20_406, 53_906, 60_118],
    e_int=[-1_904, -4_615, -2_118, -13_406],
)
H['rev'] = add(H['gaming'], H['fb'], H['hotel'], H['other_rev'])
H['costs'] = add(H['c_gaming'], H['c_fb'], H['c_hotel'], H['c_other'], H['sga'], H['da'], H['preopen'], H['impair'])
H['opinc'] = sub(H['rev'], H['costs'])
H['tot_other'] = sub(H['other'], add(H['interest'], H['fin_int'], H['extinguish']))
H['pretax'] = add(H['opinc'], H['tot_other'])
H['ni'] = sub(H['pretax'], H['tax'])
H['seg_int'] = sub(H['rev'], add(H['seg_mw'], H['seg_so'], H['seg_we']))
H['adj_ebitda'] = add(H['opinc'], H['da'], H['preopen'], H['impair'], H['sbc'])
H['corp'] = sub(H['adj_ebitda'], add(H['e_mw'], H['e_so'], H['e_we'], H['e_int']))
assert all(v < 0 for v in H['corp']) and all(v > 0 for v in H['seg_int'])

HC = dict(  # nine months 2026, nine months 2025
    amort_dic=[2_406, 2_615],
    deferred=[-3_118, 4_206],
    ar=[4_215, -2_118],
    inv_prepaid=[-3_406, -1_915],
    ap=[-6_118, 3_204],
    accrued=[9_806, 7_118],
    capex=[-126_418, -88_206],
    proceeds=[1_206, 904],
    debt_repay=[-112_500, -7_500],
    fin_pay=[-5_406, -5_118],
    buyback=[-48_215, -31_406],
    withhold=[-3_104, -2_806],
    begin2025=198_406,
    cash_end25=171_904,
)
_h9 = slice(2, 4)
HC['cfo'] = add(H['ni'][_h9], H['da'][_h9], H['impair'][_h9], HC['amort_dic'], H['extinguish'][_h9],
                H['sbc'][_h9], HC['deferred'], HC['ar'], HC['inv_prepaid'], HC['ap'], HC['accrued'])
HC['cfi'] = add(HC['capex'], HC['proceeds'])
HC['cff'] = add(HC['debt_repay'], HC['fin_pay'], HC['buyback'], HC['withhold'])
HC['net'] = add(HC['cfo'], HC['cfi'], HC['cff'])
_h_end24 = 214_118  # cash, cash equivalents and restricted cash at December 31, 2024
_h_begin26 = 196_215  # at December 31, 2025
HC['begin'] = [_h_begin26, _h_end24]
HC['end'] = add(HC['begin'], HC['net'])

# Balance sheets at September 30, 2026 and December 31, 2025.
_h_amort_int = 2_400  # nine-month amortization of intangible assets (in D&A)
_h_disp_nbv = 1_206  # property sold at book value
_h_restricted = [24_311, 24_311]
HB = dict(
    cash=[HC['end'][0] - _h_restricted[0], HC['begin'][0] - _h_restricted[1]],
    restricted=_h_restricted,
    ar=[38_406 - HC['ar'][0], 38_406],
    inv_prepaid=[29_118 - HC['inv_prepaid'][0], 29_118],
    ppe=[1_604_215 - HC['capex'][0] - (H['da'][2] - _h_amort_int) - _h_disp_nbv, 1_604_215],
    rou=[118_406, 118_406],
    goodwill=[402_118, 402_118],
    intang=[512_906 - _h_amort_int - H['impair'][2], 512_906],
    other_assets=[31_204, 31_204],
    ap=[48_915 + HC['ap'][0], 48_915],
    payroll=[56_118, 52_406],
    gaming_tax=[41_206, 38_915],
    chips=[34_118, 31_906],
    debt_cur=[10_000, 10_000],
    fin_cur=[7_406, 7_406],
    lease_liab=[121_806, 121_806],
    dtl=[88_406 + HC['deferred'][0], 88_406],
    other_liab=[24_118, 24_118],
    cs=[512, 512],
    apic=[687_406 + H['sbc'][2] + HC['withhold'][0], 687_406],
    treasury=[-306_118 + HC['buyback'][0], -306_118],
)
_h_other_accrued25 = 44_615
HB['other_accrued'] = [_h_other_accrued25 + HC['accrued'][0] - sum(HB[x][0] - HB[x][1]
                                                                  for x in ('payroll', 'gaming_tax', 'chips')),
                       _h_other_accrued25]
_h_debt25 = 1_192_918  # long-term debt, net of current portion and unamortized costs
HB['debt'] = [_h_debt25 + HC['debt_repay'][0] + HC['amort_dic'][0] + H['extinguish'][2], _h_debt25]
_h_fin25 = 1_236_815
HB['fin'] = [_h_fin25 + HC['fin_pay'][0], _h_fin25]
HB['cur_assets'] = add(HB['cash'], HB['restricted'], HB['ar'], HB['inv_prepaid'])
HB['assets'] = add(HB['cur_assets'], HB['ppe'], HB['rou'], HB['goodwill'], HB['intang'], HB['other_assets'])
HB['cur_liab'] = add(HB['ap'], HB['payroll'], HB['gaming_tax'], HB['chips'], HB['other_accrued'], HB['debt_cur'],
                     HB['fin_cur'])
HB['liab'] = add(HB['cur_liab'], HB['debt'], HB['fin'], HB['lease_liab'], HB['dtl'], HB['other_liab'])
_h_re25 = HB['assets'][1] - HB['liab'][1] - HB['cs'][1] - HB['apic'][1] - HB['treasury'][1]
HB['re'] = [_h_re25 + H['ni'][2], _h_re25]
HB['equity'] = add(HB['cs'], HB['apic'], HB['re'], HB['treasury'])
assert add(HB['liab'], HB['equity']) == HB['assets'], (add(HB['liab'], HB['equity']), HB['assets'])
assert HC['end'][1] == 214_118 + HC['net'][1]


def heps(ni, sh):
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


def hrow(label, key, dollar=False):
    return row(label, H[key], dollar)


HARROW_10Q = Report(
    stem="harrow_creek_gaming_10q_q3_2026",
    title="Harrow Creek Gaming, Inc. - Quarterly Report on Form 10-Q for the quarter ended September 30, 2026",
    running_title="Harrow Creek Gaming, Inc. | Form 10-Q Q3 2026",
    date="November 5, 2026",
    iso_date="2026-11-05",
    keywords=("Harrow Creek Gaming", "10-Q", "regional casinos", "third quarter 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-Q. [X] QUARTERLY REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the quarterly period ended September 30,
2026. Commission file number 001-39217. HARROW CREEK GAMING, INC. (Exact name of registrant as specified in its
charter), a Nevada corporation, I.R.S. Employer Identification No. 88-0417236, 7150 West Sahara Avenue, Las Vegas,
Nevada 89117."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol', 'Exchange'),
                rows=(
                    ('Common Stock, $0.01 par value', 'HCGM', 'Nasdaq'),
                ),
            ),
            p("""Large accelerated filer [X]. As of October 30, 2026, the registrant had 38,204,611 shares of Common Stock
outstanding."""),
        ),
        (
            h('PART I - FINANCIAL INFORMATION. Item 1. Financial Statements'),
            Table(
                caption='HARROW CREEK GAMING, INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)',
                unit='(In thousands, except per share amounts)',
                header=H_COLS,
                rows=(
                    ('Revenues:', '', '', '', ''),
                    hrow('Gaming', 'gaming', True),
                    hrow('Food and beverage', 'fb'),
                    hrow('Hotel', 'hotel'),
                    hrow('Other', 'other_rev'),
                    hrow('Total revenues', 'rev'),
                    ('Operating costs and expenses:', '', '', '', ''),
                    hrow('Gaming', 'c_gaming'),
                    hrow('Food and beverage', 'c_fb'),
                    hrow('Hotel', 'c_hotel'),
                    hrow('Other', 'c_other'),
                    hrow('Selling, general and administrative', 'sga'),
                    hrow('Depreciation and amortization', 'da'),
                    hrow('Pre-opening and development costs', 'preopen'),
                    hrow('Impairment of gaming license', 'impair'),
                    hrow('Total operating costs and expenses', 'costs'),
                    hrow('Operating income', 'opinc'),
                    ('Other income (expense):', '', '', '', ''),
                    row('Interest expense, net', neg(H['interest'])),
                    ('Interest expense on master lease', '', '', '', ''),
                    row('financing obligation', neg(H['fin_int'])),
                    row('Loss on extinguishment of debt', neg(H['extinguish'])),
                    hrow('Other, net', 'other'),
                    hrow('Total other expense, net', 'tot_other'),
                    hrow('Income before income taxes', 'pretax'),
                    row('Income tax provision', neg(H['tax'])),
                    hrow('Net income', 'ni', True),
                    ('Net income per share - basic', *heps(H['ni'], H['basic_sh'])),
                    ('Net income per share - diluted', *heps(H['ni'], H['dil_sh'])),
                    hrow('Weighted average shares - basic', 'basic_sh'),
                    hrow('Weighted average shares - diluted', 'dil_sh'),
                ),
                note="""Gaming expenses include gaming taxes. See the accompanying notes.""",
            ),
        ),
        (
            Table(
                caption='CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
                unit='(In thousands, except share data)',
                header=('', 'September 30, 2026', 'December 31, 2025'),
                rows=(
                    ('Current assets:', '', ''),
                    row('Cash and cash equivalents', HB['cash'], True),
                    row('Restricted cash', HB['restricted']),
                    row('Accounts receivable, net', HB['ar']),
                    row('Inventories, prepaid expenses and other', HB['inv_prepaid']),
                    row('Total current assets', HB['cur_assets']),
                    row('Property and equipment, net', HB['ppe']),
                    row('Operating lease right-of-use assets', HB['rou']),
                    row('Goodwill', HB['goodwill']),
                    row('Gaming licenses and other intangible assets, net', HB['intang']),
                    row('Other assets, net', HB['other_assets']),
                    row('Total assets', HB['assets'], True),
                    ('Current liabilities:', '', ''),
                    row('Accounts payable', HB['ap'], True),
                    row('Accrued payroll and related', HB['payroll']),
                    row('Accrued gaming and other taxes', HB['gaming_tax']),
                    ('Outstanding chip liability, front money', '', ''),
                    row('and player loyalty program', HB['chips']),
                    row('Other accrued liabilities', HB['other_accrued']),
                    row('Current portion of long-term debt', HB['debt_cur']),
                    row('Current portion of financing obligation', HB['fin_cur']),
                    row('Total current liabilities', HB['cur_liab']),
                    row('Long-term debt, net', HB['debt']),
                    row('Master lease financing obligation, net of current portion', HB['fin']),
                    row('Operating lease liabilities', HB['lease_liab']),
                    row('Deferred income taxes', HB['dtl']),
                    row('Other long-term liabilities', HB['other_liab']),
                    row('Total liabilities', HB['liab']),
                    ('Stockholders\' equity:', '', ''),
                    row('Common stock, $0.01 par value', HB['cs']),
                    row('Additional paid-in capital', HB['apic']),
                    row('Accumulated deficit', HB['re']),
                    row('Treasury stock, at cost', HB['treasury']),
                    row('Total stockholders\' equity', HB['equity']),
                    row('Total liabilities and stockholders\' equity', add(HB['liab'], HB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(In thousands) - Nine Months Ended September 30,',
                header=('', '2026', '2025'),
                rows=(
                    ('Cash flows from operating activities:', '', ''),
                    row('Net income', H['ni'][_h9], True),
                    ('Adjustments to reconcile net income to net cash', '', ''),
                    ('provided by operating activities:', '', ''),
                    row('Depreciation and amortization', H['da'][_h9]),
                    row('Impairment of gaming license', H['impair'][_h9]),
                    row('Amortization of debt issuance costs', HC['amort_dic']),
                    row('Loss on extinguishment of debt', H['extinguish'][_h9]),
                    row('Share-based compensation', H['sbc'][_h9]),
                    row('Deferred income taxes', HC['deferred']),
                    ('Changes in operating assets and liabilities:', '', ''),
                    row('Accounts receivable', HC['ar']),
                    row('Inventories, prepaid expenses and other', HC['inv_prepaid']),
                    row('Accounts payable', HC['ap']),
                    row('Accrued and other liabilities', HC['accrued']),
                    row('Net cash provided by operating activities', HC['cfo']),
                    ('Cash flows from investing activities:', '', ''),
                    row('Capital expenditures', HC['capex']),
                    row('Proceeds from sale of property and equipment', HC['proceeds']),
                    row('Net cash used in investing activities', HC['cfi']),
                    ('Cash flows from financing activities:', '', ''),
                    row('Repayments of term loan', HC['debt_repay']),
                    row('Principal payments on master lease financing obligation', HC['fin_pay']),
                    row('Repurchases of common stock', HC['buyback']),
                    row('Taxes paid related to net share settlement of equity awards', HC['withhold']),
                    row('Net cash used in financing activities', HC['cff']),
                    ('Change in cash, cash equivalents and', '', ''),
                    row('restricted cash', HC['net']),
                    row('Cash, cash equivalents and restricted cash, beginning of period', HC['begin']),
                    row('Cash, cash equivalents and restricted cash, end of period', HC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Condensed Consolidated Financial Statements (Unaudited)'),
            p("""Note 1 - Basis of presentation. Harrow Creek Gaming, Inc. ("Harrow Creek," the "Company," "we") owns or
operates eleven regional casino properties in Illinois, Indiana, Iowa, Mississippi, Louisiana and Colorado and, through
its Harrow Creek Play platform, offers online sports betting in nine states and online casino (iGaming) in two states.
The results for the interim periods are not necessarily indicative of results for the full year."""),
            p(f"""Note 6 - Debt and master lease financing obligation. At September 30, 2026, long-term debt consisted of a
term loan B due 2031 ($405.0 million principal) and 6.375% senior notes due 2030 ($700.0 million principal), less
unamortized debt issuance costs. In the second quarter of 2026 we prepaid $105.0 million of the term loan B from cash on
hand and wrote off the related unamortized debt issuance costs as a loss on extinguishment of debt. Seven of our
properties are leased from a real estate investment trust under a master lease with an initial term through 2038;
because the sale of those properties to the landlord in 2019 did not qualify as a sale, the lease is accounted for as
a financing obligation, and the rent paid is split between interest expense on the master lease financing obligation
and principal payments. Rent under the master lease was ${mil_k(H['fin_int'][2] - HC['fin_pay'][0])} million in the first nine months of 2026."""),
            p("""Note 9 - Segment information. We have four reportable segments: Midwest (Illinois, Indiana and Iowa; five
properties), South (Mississippi and Louisiana; four properties), West (Colorado; two properties) and Interactive
(online sports betting and iGaming). Our chief operating decision maker evaluates segments on revenues and Adjusted
EBITDA, which is net income before income taxes, other income (expense), interest on debt and on the master lease
financing obligation, loss on extinguishment of debt, depreciation and amortization, impairment, pre-opening and
development costs and share-based compensation. Assets are not reported by segment."""),
            Table(
                caption='Revenues and Adjusted EBITDA by segment',
                unit='(In thousands)',
                header=H_COLS,
                rows=(
                    ('Revenues:', '', '', '', ''),
                    hrow('Midwest', 'seg_mw', True),
                    hrow('South', 'seg_so'),
                    hrow('West', 'seg_we'),
                    hrow('Interactive', 'seg_int'),
                    hrow('Total revenues', 'rev', True),
                    ('Adjusted EBITDA:', '', '', '', ''),
                    hrow('Midwest', 'e_mw', True),
                    hrow('South', 'e_so'),
                    hrow('West', 'e_we'),
                    hrow('Interactive', 'e_int'),
                    hrow('Corporate and other', 'corp'),
                    hrow('Total Adjusted EBITDA', 'adj_ebitda', True),
                ),
            ),
        ),
        (
            Table(
                caption='Reconciliation of net income to Adjusted EBITDA',
                unit='(In thousands)',
                header=H_COLS,
                rows=(
                    hrow('Net income', 'ni', True),
                    hrow('Income tax provision', 'tax'),
                    row('Other, net', neg(H['other'])),
                    hrow('Interest expense, net', 'interest'),
                    ('Interest expense on master lease', '', '', '', ''),
                    hrow('financing obligation', 'fin_int'),
                    hrow('Loss on extinguishment of debt', 'extinguish'),
                    hrow('Depreciation and amortization', 'da'),
                    hrow('Impairment of gaming license', 'impair'),
                    hrow('Pre-opening and development costs', 'preopen'),
                    hrow('Share-based compensation', 'sbc'),
                    hrow('Adjusted EBITDA', 'adj_ebitda', True),
                ),
            ),
            h('Item 2. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Total revenues were ${mil_k(H['rev'][0])} million in the third quarter of 2026, an increase
of {chg(H['rev'][0], H['rev'][1])} from ${mil_k(H['rev'][1])} million in the third quarter of 2025. Net income was
${mil_k(H['ni'][0])} million, or {heps(H['ni'], H['dil_sh'])[0]} per diluted share, compared with
${mil_k(H['ni'][1])} million, or {heps(H['ni'], H['dil_sh'])[1]} per diluted share. Adjusted EBITDA was
${mil_k(H['adj_ebitda'][0])} million, compared with ${mil_k(H['adj_ebitda'][1])} million."""),
            p(f"""Segment results. Midwest revenues increased {chg(H['seg_mw'][0], H['seg_mw'][1])} in the quarter,
led by the hotel tower opened at our Peoria, Illinois property in March 2026. South revenues increased
{chg(H['seg_so'][0], H['seg_so'][1])}, as higher visitation at our Biloxi and Lake Charles properties more than offset
the closure of our Vicksburg property for two days during Hurricane Nadine in September 2026. West revenues decreased
{down(H['seg_we'][0], H['seg_we'][1])} because of new competition in Black Hawk, Colorado from a competitor's
casino resort that opened in December 2025; in the second quarter of 2026 we recorded a $12.4 million impairment of the
gaming license of our Black Hawk property as a result. Interactive revenues increased
{chg(H['seg_int'][0], H['seg_int'][1])} as we launched online sports betting in two more states and iGaming in
Michigan, and Interactive Adjusted EBITDA loss narrowed to ${mil_k(-H['e_int'][0])} million from
${mil_k(-H['e_int'][1])} million as promotional spending fell as a share of revenues."""),
        ),
        (
            p(f"""Operating costs. Gaming expenses were {pct(H['c_gaming'][0], H['gaming'][0])} of gaming revenues in the
third quarter of 2026, compared with {pct(H['c_gaming'][1], H['gaming'][1])}, as a gaming tax increase in Illinois
that took effect on July 1, 2026 was partly offset by lower promotional spending. Pre-opening and development costs
relate to Harrow Creek Tennessee Crossing, a casino we are developing near the Mississippi state line, and to the
Peoria hotel tower."""),
            h('Liquidity and capital resources'),
            p(f"""At September 30, 2026 we had ${mil_k(HB['cash'][0])} million of cash and cash equivalents, of which
about $62 million is cash held in our casino cages and is needed for daily operations, and $450.0 million of
availability under our revolving credit facility, which had no borrowings outstanding. Net cash provided by operating
activities was ${mil_k(HC['cfo'][0])} million in the first nine months of 2026. Capital expenditures were
${mil_k(-HC['capex'][0])} million, including $58.3 million for the Tennessee Crossing project; we expect total capital
expenditures of $170 million to $190 million for 2026. Our net leverage ratio, as defined in our credit agreement and
excluding the master lease financing obligation, was 2.1 times at September 30, 2026. During the first nine months
of 2026 we repurchased 1,204,118 shares of Common Stock for $48.2 million; $151.8 million remains under the
repurchase authorization. We have not paid cash dividends and have no current plans to do so."""),
            h('Part II - Item 1A. Risk Factors'),
            p("""There have been no material changes to the risk factors in our Annual Report on Form 10-K for the year ended
December 31, 2025, except that the Illinois gaming tax increase described above raised the top wagering tax rate on
our Illinois properties' adjusted gross receipts to 45% from 35%."""),
        ),
    ),
)

REPORTS = (BRAMBLEWOOD_10K, HARROW_10Q)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
