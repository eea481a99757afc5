"""Build the two filings of the held-out set filings29 (eval/datasets/filings29/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is a
Markdown exhibit (release_md). The companies and every figure are fictional. Both filers report in thousands of
dollars; figures are held here as integers in thousands, and statement totals are summed here so that they foot.

    .venv/bin/python eval/datasets/filings29/build_pdf.py      # writes docs/*.pdf and docs/*.md
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
    """Thousands written in millions with one decimal, as MD&A prose does."""
    return f"{v / 1000:,.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Prairieline Seed Genetics, Inc.: Form 10-K, fiscal year ended August 31, 2026 (fiscal years end August 31:
# fiscal 2026, 2025, 2024), $000s.
S = dict(
    s_cs=[1_284_615, 1_198_402, 1_221_830],    # Corn and Soybean Seed
    s_vg=[312_408, 287_915, 270_116],          # Vegetable Seed
    s_st=[141_207, 152_718, 148_305],          # Seed Treatment and Crop Protection
    cogs=[842_116, 801_432, 806_915],          # cost of goods sold
    rd=[118_405, 109_812, 104_217],            # research and development
    da=[74_318, 71_206, 68_915],
    o_cs=[268_114, 231_906, 252_418],
    o_vg=[71_205, 58_312, 52_907],
    o_st=[9_418, 14_206, 13_115],
    corp=[-61_306, -57_418, -55_902],
    interest=[41_206, 44_918, 39_715],
    extinguish=[0, 3_614, 0],                  # loss on debt extinguishment, fiscal 2025 only
    rate=[0.228, 0.231, 0.226],
    basic=[38_204, 38_615, 38_902],
    diluted=[38_517, 38_940, 39_218],
    dps=[1.60, 1.48, 1.36],
)
S['rev'] = add(S['s_cs'], S['s_vg'], S['s_st'])
S['seg_oi'] = add(S['o_cs'], S['o_vg'], S['o_st'])
S['opinc'] = add(S['seg_oi'], S['corp'])
S['sga'] = sub(sub(sub(sub(S['rev'], S['cogs']), S['rd']), S['da']), S['opinc'])
S['gross'] = sub(S['rev'], S['cogs'])
S['pretax'] = sub(sub(S['opinc'], S['interest']), S['extinguish'])
S['tax'] = [round(a * r) for a, r in zip(S['pretax'], S['rate'])]
S['ni'] = sub(S['pretax'], S['tax'])
S['div'] = [round(d * s) for d, s in zip(S['dps'], S['basic'])]
assert all(x > 0 for x in S['sga']) and all(x > 0 for x in S['ni'])

SC = dict(
    capex=[-82_615, -76_904, -71_318],
    acq=[-58_400, 0, -112_700],                   # acquisitions of businesses, net of cash acquired
    sale=[3_912, 2_806, 4_415],                  # proceeds from sale of property and equipment
    sbc=[11_406, 10_218, 9_604],
    deferred=[-3_118, 2_406, 1_915],
    debt_cost=[1_104, 1_216, 1_188],
    extinguish=[0, 3_614, 0],
    rec=[-21_406, 14_218, -9_905],
    inv=[-18_915, -6_204, 11_418],
    prepaid=[-1_806, 906, -1_212],
    ap=[12_418, -8_306, 4_117],
    prepay=[9_815, 7_204, -3_406],              # customer prepayments
    rev_borrow=[165_000, 120_000, 140_000],
    rev_repay=[-180_000, -150_000, -135_000],
    tl_repay=[-12_500, -12_500, -12_500],
    notes_issue=[0, 300_000, 0],
    notes_redeem=[0, -302_250, 0],               # redemption of 6.250% notes due 2027 at 100.750%
    buyback=[-38_406, -31_218, -20_915],
)
SC['div'] = neg(S['div'])
SC['cfo'] = add(S['ni'], S['da'], SC['debt_cost'], SC['sbc'], SC['deferred'], SC['extinguish'], SC['rec'],
                SC['inv'], SC['prepaid'], SC['ap'], SC['prepay'])
SC['cfi'] = add(SC['capex'], SC['acq'], SC['sale'])
SC['cff'] = add(SC['rev_borrow'], SC['rev_repay'], SC['tl_repay'], SC['notes_issue'], SC['notes_redeem'],
                SC['div'], SC['buyback'])
SC['net'] = add(SC['cfo'], SC['cfi'], SC['cff'])
SCASH25 = 84_918
SC['end'] = [SCASH25 + SC['net'][0], SCASH25, SCASH25 - SC['net'][1]]
SC['begin'] = sub(SC['end'], SC['net'])

SDEBT = dict(revolver=[60_000, 75_000], tl=[187_500, 200_000], n30=[250_000, 250_000], n32=[300_000, 300_000],
             costs=[-5_402, -6_506])
SDEBT['total'] = add(SDEBT['revolver'], SDEBT['tl'], SDEBT['n30'], SDEBT['n32'])
SDEBT['current'] = [-12_500, -12_500]
SDEBT['ltd'] = add(SDEBT['total'], SDEBT['costs'], SDEBT['current'])
assert SDEBT['revolver'][0] - SDEBT['revolver'][1] == SC['rev_borrow'][0] + SC['rev_repay'][0]
assert SDEBT['tl'][0] - SDEBT['tl'][1] == SC['tl_repay'][0]
assert SDEBT['costs'][0] - SDEBT['costs'][1] == SC['debt_cost'][0]
# Principal due by fiscal year at August 31, 2026: term loan $12.5 million a year, its balance and the revolver in
# fiscal 2029 (April 2029); 4.875% notes October 2029 (fiscal 2030); 5.625% notes June 2032 (fiscal 2032).
SMAT = [('2027', 12_500), ('2028', 12_500), ('2029', 222_500), ('2030', 250_000), ('2031', 0),
        ('Thereafter', 300_000)]
assert sum(v for _, v in SMAT) == SDEBT['total'][0]

SB = dict(
    cash=[SC['end'][0], SCASH25],
    rec=[318_406 - SC['rec'][0], 318_406],
    inv=[496_215 - SC['inv'][0], 496_215],
    prepaid=[28_904 - SC['prepaid'][0], 28_904],
    ppe=[0, 612_418],
    goodwill=[402_815 + 31_200, 402_815],
    intang=[0, 146_902],
    other_a=[42_618, 42_618],
    ap=[118_406 + SC['ap'][0], 118_406],
    prepay=[164_218 + SC['prepay'][0], 164_218],
    accrued=[121_905, 121_905],
    cur_debt=neg(SDEBT['current']),
    ltd=SDEBT['ltd'],
    dtl=[38_412 + SC['deferred'][0], 38_412],
    other_l=[51_306, 51_306],
    common=[392, 392],
    apic=[482_118 + SC['sbc'][0], 482_118],
    aoci=[-18_406, -18_406],
    treasury=[-141_902 + SC['buyback'][0], -141_902],
)
SAMORT = 22_418                                  # amortization of intangibles in fiscal 2026 (within D&A)
# The fiscal 2026 acquisition added $31.2 million of goodwill, $17.5 million of germplasm and trait intangibles and the rest
# equipment.
SB['intang'][0] = SB['intang'][1] + 17_500 - SAMORT
SB['ppe'][0] = (SB['ppe'][1] - SC['capex'][0] - SC['sale'][0] + (-SC['acq'][0] - 31_200 - 17_500)
                - (S['da'][0] - SAMORT))
SB['cur_a'] = add(SB['cash'], SB['rec'], SB['inv'], SB['prepaid'])
SB['assets'] = add(SB['cur_a'], SB['ppe'], SB['goodwill'], SB['intang'], SB['other_a'])
SB['cur_l'] = add(SB['ap'], SB['prepay'], SB['accrued'], SB['cur_debt'])
SB['liab'] = add(SB['cur_l'], SB['ltd'], SB['dtl'], SB['other_l'])
_sre25 = SB['assets'][1] - SB['liab'][1] - (SB['common'][1] + SB['apic'][1] + SB['aoci'][1] + SB['treasury'][1])
SB['re'] = [_sre25 + S['ni'][0] - S['div'][0], _sre25]
SB['equity'] = add(SB['common'], SB['apic'], SB['re'], SB['aoci'], SB['treasury'])
SB['le'] = add(SB['liab'], SB['equity'])
assert SB['le'] == SB['assets'], (SB['le'], SB['assets'])
assert SB["cash"][0] > 0 and SC['begin'][2] > 0 and _sre25 > 0

UNITS = (5.14, 4.86)   # millions of corn and soybean seed units sold, fiscal 2026 and 2025
SY3 = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')
SBS2 = ('', 'August 31, 2026', 'August 31, 2025')


def reps(ni, sh):
    return [f"${a / b:.2f}" for a, b in zip(ni, sh)]


def srow(label, key, dollar=False):
    return row(label, S[key], dollar)


def sbrow(label, key, dollar=False):
    return row(label, SB[key], dollar)


def scrow(label, key, dollar=False):
    return row(label, SC[key], dollar)


def dec(a, b):
    return f"{(b - a) / b * 100:.1f}%"


PRAIRIELINE_10K = Report(
    stem="prairieline_seed_10k_fy2026",
    title="Prairieline Seed Genetics, Inc. - Annual Report on Form 10-K for the fiscal year ended August 31, 2026",
    running_title="Prairieline Seed Genetics, Inc. | Form 10-K fiscal 2026",
    date="October 28, 2026",
    iso_date="2026-10-28",
    keywords=("Prairieline Seed Genetics", "10-K", "agricultural seed", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended August 31, 2026.
Commission File Number 001-39518. PRAIRIELINE SEED GENETICS, INC. (Exact name of registrant as specified in its
charter), an Iowa corporation, I.R.S. Employer Identification No. 42-1870364, 2200 Fleur Drive, Des Moines, Iowa
50321. Registrant's telephone number, including area code: (515) 555-0188."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(('Common Stock, $0.01 par value', 'PSGX', 'New York Stock Exchange'),),
            ),
            p("""Large accelerated filer [X]. The aggregate market value of the registrant's common stock held by
non-affiliates, based on the closing price on February 27, 2026, the last business day of the registrant's most
recently completed second fiscal quarter, was approximately $3.4 billion. As of October 16, 2026, 37,918,406 shares
of common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p(f"""Prairieline Seed Genetics, Inc. ("Prairieline," "we," "us") breeds, produces and sells hybrid seed corn,
soybean seed and vegetable seed, and sells seed treatments and crop protection products, to about 84,000 farmers,
growers and dealers. Our fiscal year ends on August 31; fiscal 2026 was the year ended August 31, 2026 and fiscal
2025 the year ended August 31, 2025. We sold {UNITS[0]} million units of corn and soybean seed in fiscal 2026,
compared with {UNITS[1]} million units in fiscal 2025 (a corn unit is a bag of 80,000 kernels and a soybean unit a
bag of 140,000 seeds). We contract with about 1,900 growers to produce seed on about 410,000 acres and condition it at
14 plants in Iowa, Illinois, Nebraska, Minnesota and Idaho. About 80% of our corn and soybean seed is shipped in our
third fiscal quarter, March through May, before spring planting in the United States."""),
            p("""We have three reportable segments. Corn and Soybean Seed sells our Prairieline and Tallgrass branded
hybrid corn and soybean seed through farmer-dealers and our own sales agronomists in the U.S. Corn Belt. Vegetable
Seed sells tomato, pepper, onion and melon seed to commercial growers in the United States, Mexico and Spain.
Seed Treatment and Crop Protection sells seed-applied fungicides and insecticides and resells herbicides to our seed
customers. No single customer accounted for more than 4% of revenues in any of the last three fiscal years."""),
        ),
        (
            p("""Human capital. We had about 2,940 full-time employees at August 31, 2026, compared with about 2,780 at
August 31, 2025, the increase mostly from Verdana Semillas, which we acquired in fiscal 2026, and from our plant
breeding programs."""),
            h('Item 1A. Risk Factors'),
            p("""Our sales depend on the acres that farmers plant to corn and soybeans, which follow crop prices, and on
weather during planting. Drought or floods in our production areas can reduce the seed we harvest and raise our cost
per unit. We license several herbicide-tolerance and insect-resistance traits from larger seed companies under
agreements that expire between 2029 and 2033; if we could not renew them on acceptable terms our corn seed would lose
much of its value. Farmers may return unused seed to their dealers, and returns above our estimates reduce revenues."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p(f"""Our common stock is listed on the New York Stock Exchange under the symbol PSGX. We paid quarterly
dividends of $0.40 per share in fiscal 2026 (${S['dps'][0]:.2f} for the year) and $0.37 per share in fiscal 2025
(${S['dps'][1]:.2f} for the year). During fiscal 2026 we repurchased 0.4 million shares for ${mil(-SC['buyback'][0])}
million, and ${mil(200_000 + SC["buyback"][0] + SC["buyback"][1])} million remained under the $200.0 million share
repurchase program approved in October 2024."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Revenues were ${mil(S['rev'][0])} million in fiscal 2026, up {chg(S['rev'][0], S['rev'][1])}
from ${mil(S['rev'][1])} million in fiscal 2025. Operating income rose to ${mil(S['opinc'][0])} million from
${mil(S['opinc'][1])} million, and net income was ${mil(S['ni'][0])} million, or
{reps(S['ni'], S['diluted'])[0]} per diluted share, compared with ${mil(S['ni'][1])} million, or
{reps(S['ni'], S['diluted'])[1]}, which included a ${mil(S['extinguish'][1])} million loss on debt extinguishment.
Tables are in thousands of dollars unless otherwise noted; amounts in this discussion are in millions."""),
            p(f"""Acres and units. U.S. farmers planted about 93 million acres of corn in the 2026 season, compared with
about 90 million in 2025, because corn prices were high relative to soybean prices at planting. Corn and soybean seed
units sold rose {(UNITS[0] / UNITS[1] - 1) * 100:.1f}%; corn units grew about 7% while soybean units were about 2% lower
as farmers shifted acres from soybeans to corn."""),
            p(f"""Revenues by segment. Corn and Soybean Seed revenues grew {chg(S['s_cs'][0], S['s_cs'][1])} on the higher
corn units and a shift to our newer hybrids with stacked traits, which carry higher prices per unit, partly offset by
higher dealer discounts for early orders. Vegetable Seed revenues rose {chg(S['s_vg'][0], S['s_vg'][1])}, of which
about 5 percentage points came from Verdana Semillas. Seed Treatment and Crop Protection revenues fell
{dec(S['s_st'][0], S['s_st'][1])} because generic glyphosate and glufosinate prices dropped by about a quarter and we
stopped reselling two insecticides whose distribution agreements ended in December 2025."""),
        ),
        (
            Table(
                caption='Segment results',
                unit='(Dollars in thousands)',
                header=('', 'Fiscal 2026', 'Fiscal 2025', '% Change'),
                rows=(
                    ('Revenues - Corn and Soybean Seed', k(S['s_cs'][0], True), k(S['s_cs'][1], True),
                     chg(S['s_cs'][0], S['s_cs'][1])),
                    ('Vegetable Seed', k(S['s_vg'][0]), k(S['s_vg'][1]), chg(S['s_vg'][0], S['s_vg'][1])),
                    ('Seed Treatment and Crop Protection', k(S['s_st'][0]), k(S['s_st'][1]),
                     chg(S['s_st'][0], S['s_st'][1])),
                    ('Total revenues', k(S['rev'][0], True), k(S['rev'][1], True), chg(S['rev'][0], S['rev'][1])),
                    ('Operating income - Corn and Soybean Seed', k(S['o_cs'][0], True), k(S['o_cs'][1], True),
                     chg(S['o_cs'][0], S['o_cs'][1])),
                    ('Vegetable Seed', k(S['o_vg'][0]), k(S['o_vg'][1]), chg(S['o_vg'][0], S['o_vg'][1])),
                    ('Seed Treatment and Crop Protection', k(S['o_st'][0]), k(S['o_st'][1]),
                     chg(S['o_st'][0], S['o_st'][1])),
                ),
                note="Segment operating income excludes corporate expenses; see Note 14.",
            ),
            p(f"""Gross margin. Gross profit was ${mil(S['gross'][0])} million, or {pct(S['gross'][0], S['rev'][0])} of
revenues, compared with {pct(S['gross'][1], S['rev'][1])} in fiscal 2025. The margin widened because the 2025 seed
harvest yielded well in our production areas, which lowered our production cost per unit, and because stacked-trait
hybrids were a larger share of corn units; lower margins on resold herbicides partly offset these gains. Research and
development expense was ${mil(S['rd'][0])} million, up {chg(S['rd'][0], S['rd'][1])}, as we expanded gene-editing
work in vegetables and opened a breeding station in Chile. Selling, general and administrative expenses were
${mil(S['sga'][0])} million, up {chg(S['sga'][0], S['sga'][1])}."""),
            p(f"""Acquisition. On November 3, 2025 we acquired Verdana Semillas, S.L., a vegetable seed breeder based in
Almeria, Spain, for ${mil(-SC['acq'][0])} million in cash, net of cash acquired; we recorded $31.2 million of goodwill
and $17.5 million of germplasm and trait intangibles. In fiscal 2024 we bought two businesses, one of them the
soybean germplasm and seed business of Cottonwood Genetics, a privately held breeder in Nebraska."""),
            p(f"""Interest and taxes. Interest expense, net decreased to ${mil(S['interest'][0])} million from
${mil(S['interest'][1])} million because we refinanced our 6.250% Senior Notes due 2027 with the 5.625% Senior Notes
due 2032 in February 2025 and borrowed less under our revolving credit facility during the shipping season. The loss
on debt extinguishment in fiscal 2025 comprised the $2.3 million redemption premium and $1.4 million of unamortized
financing costs written off. The effective income tax rate was {pct(S['tax'][0], S['pretax'][0])} in fiscal 2026 and
{pct(S['tax'][1], S['pretax'][1])} in fiscal 2025; research tax credits offset most of our state income taxes."""),
            p(f"""Liquidity and capital resources. Cash provided by operating activities was ${mil(SC['cfo'][0])}
million in fiscal 2026, compared with ${mil(SC['cfo'][1])} million in fiscal 2025; higher net income and customer
prepayments were largely offset by higher receivables and inventories. Capital expenditures were
${mil(-SC['capex'][0])} million, mostly for a seed conditioning plant in Nebraska and breeding greenhouses. At August
31, 2026 we had $436.0 million available under our $500.0 million revolving credit facility, after letters of credit.
For fiscal 2027 we expect capital expenditures of $85 million to $95 million and research and development expense of
about $125 million."""),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF OPERATIONS'),
            Table(
                caption='Prairieline Seed Genetics, Inc. Consolidated Statements of Operations',
                unit='(In thousands, except per share amounts)',
                header=SY3,
                rows=(
                    srow('Revenues: Corn and soybean seed', 's_cs', True),
                    srow('Vegetable seed', 's_vg'),
                    srow('Seed treatment and crop protection', 's_st'),
                    srow('Total revenues', 'rev', True),
                    srow('Cost of goods sold', 'cogs'),
                    srow('Gross profit', 'gross'),
                    srow('Research and development', 'rd'),
                    srow('Selling, general and administrative expenses', 'sga'),
                    srow('Depreciation and amortization', 'da'),
                    srow('Operating income', 'opinc'),
                    srow('Interest expense, net', 'interest'),
                    srow('Loss on debt extinguishment', 'extinguish'),
                    srow('Income before income taxes', 'pretax'),
                    srow('Income tax expense', 'tax'),
                    srow('Net income', 'ni', True),
                    ('Net income per share - basic', *reps(S['ni'], S['basic'])),
                    ('Net income per share - diluted', *reps(S['ni'], S['diluted'])),
                    srow('Weighted average shares outstanding - basic', 'basic'),
                    srow('Weighted average shares outstanding - diluted', 'diluted'),
                    ('Dividends declared per common share', *(f"${d:.2f}" for d in S['dps'])),
                ),
            ),
            p("""Cost of goods sold excludes depreciation and amortization, which is shown separately. See accompanying
notes to consolidated financial statements."""),
        ),
        (
            h('CONSOLIDATED BALANCE SHEETS'),
            Table(
                caption='Prairieline Seed Genetics, Inc. Consolidated Balance Sheets',
                unit='(In thousands, except par value)',
                header=SBS2,
                rows=(
                    sbrow('Cash and cash equivalents', 'cash', True),
                    sbrow('Accounts receivable, less allowances of $7,406 and $6,918', 'rec'),
                    sbrow('Inventories', 'inv'),
                    sbrow('Prepaid expenses and other current assets', 'prepaid'),
                    sbrow('Total current assets', 'cur_a'),
                    sbrow('Property, plant and equipment, net', 'ppe'),
                    sbrow('Goodwill', 'goodwill'),
                    sbrow('Intangible assets, net', 'intang'),
                    sbrow('Other assets', 'other_a'),
                    sbrow('Total assets', 'assets', True),
                    sbrow('Accounts payable', 'ap'),
                    sbrow('Customer prepayments', 'prepay'),
                    sbrow('Accrued liabilities, including grower payables', 'accrued'),
                    sbrow('Current portion of long-term debt', 'cur_debt'),
                    sbrow('Total current liabilities', 'cur_l'),
                    sbrow('Long-term debt, net', 'ltd'),
                    sbrow('Deferred income taxes', 'dtl'),
                    sbrow('Other noncurrent liabilities', 'other_l'),
                    sbrow('Total liabilities', 'liab'),
                    sbrow('Common stock, $0.01 par value', 'common'),
                    sbrow('Additional paid-in capital', 'apic'),
                    sbrow('Retained earnings', 're'),
                    sbrow('Accumulated other comprehensive loss', 'aoci'),
                    sbrow('Treasury stock, at cost', 'treasury'),
                    sbrow("Total stockholders' equity", 'equity'),
                    sbrow("Total liabilities and stockholders' equity", 'le', True),
                ),
            ),
        ),
        (
            h('CONSOLIDATED STATEMENTS OF CASH FLOWS'),
            Table(
                caption='Prairieline Seed Genetics, Inc. Consolidated Statements of Cash Flows',
                unit='(In thousands)',
                header=SY3,
                rows=(
                    row('Net income', S['ni'], True),
                    row('Depreciation and amortization', S['da']),
                    scrow('Amortization of debt issuance costs', 'debt_cost'),
                    scrow('Stock-based compensation', 'sbc'),
                    scrow('Deferred income taxes', 'deferred'),
                    scrow('Loss on debt extinguishment', 'extinguish'),
                    scrow('Accounts receivable', 'rec'),
                    scrow('Inventories', 'inv'),
                    scrow('Prepaid expenses and other', 'prepaid'),
                    scrow('Accounts payable', 'ap'),
                    scrow('Customer prepayments', 'prepay'),
                    scrow('Net cash provided by operating activities', 'cfo'),
                    scrow('Purchases of property, plant and equipment', 'capex'),
                    scrow('Acquisitions of businesses, net of cash acquired', 'acq'),
                    scrow('Proceeds from sale of property and equipment', 'sale'),
                    scrow('Net cash used in investing activities', 'cfi'),
                    scrow('Borrowings under revolving credit facility', 'rev_borrow'),
                    scrow('Repayments under revolving credit facility', 'rev_repay'),
                    scrow('Repayments of term loan', 'tl_repay'),
                    scrow('Proceeds from issuance of senior notes', 'notes_issue'),
                    scrow('Redemption of senior notes, including premium', 'notes_redeem'),
                    scrow('Dividends paid', 'div'),
                    scrow('Repurchases of common stock', 'buyback'),
                    scrow('Net cash used in financing activities', 'cff'),
                    scrow('Net change in cash and cash equivalents', 'net'),
                    scrow('Cash and cash equivalents, beginning of year', 'begin'),
                    scrow('Cash and cash equivalents, end of year', 'end', True),
                ),
            ),
        ),
        (
            h('NOTES TO CONSOLIDATED FINANCIAL STATEMENTS'),
            h('Note 8. Long-Term Debt'),
            Table(
                caption='Long-term debt consisted of the following',
                unit='(In thousands)',
                header=SBS2,
                rows=(
                    row('Revolving credit facility, due April 2029', SDEBT['revolver']),
                    row('Term loan A, due April 2029', SDEBT['tl']),
                    row('4.875% Senior Notes, due October 2029', SDEBT['n30']),
                    row('5.625% Senior Notes, due June 2032', SDEBT['n32']),
                    row('Total principal outstanding', SDEBT['total']),
                    row('Less: unamortized debt issuance costs', SDEBT['costs']),
                    row('Less: current portion', SDEBT['current']),
                    row('Long-term debt, net', SDEBT['ltd']),
                ),
            ),
            p("""The revolving credit facility provides up to $500.0 million, including letters of credit, and term
loan A amortizes $12.5 million a year; both bear interest at SOFR plus 1.25% to 2.00% depending on our leverage and
are guaranteed by our domestic subsidiaries. The senior notes are unsecured. The credit agreement requires a
consolidated net leverage ratio of no more than 3.75 to 1.00 and an interest coverage ratio of at least 3.00 to 1.00;
we were in compliance at August 31, 2026. Our borrowings under the revolving credit facility peak in February and
March, when we pay growers for the prior harvest and before customers pay for spring shipments."""),
            Table(
                caption='Scheduled principal payments of long-term debt at August 31, 2026',
                unit='(In thousands; fiscal years ending August 31)',
                header=('Fiscal year', 'Amount'),
                rows=(*((y, k(v)) for y, v in SMAT), ('Total principal', f"{SDEBT['total'][0]:,}")),
            ),
        ),
        (
            h('Note 14. Segment Information'),
            Table(
                caption='Revenues and operating income by segment',
                unit='(In thousands)',
                header=SY3,
                rows=(
                    srow('Revenues: Corn and Soybean Seed', 's_cs'),
                    srow('Vegetable Seed', 's_vg'),
                    srow('Seed Treatment and Crop Protection', 's_st'),
                    srow('Total revenues', 'rev'),
                    srow('Operating income: Corn and Soybean Seed', 'o_cs'),
                    srow('Vegetable Seed', 'o_vg'),
                    srow('Seed Treatment and Crop Protection', 'o_st'),
                    srow('Total segment operating income', 'seg_oi'),
                    srow('Corporate expenses', 'corp'),
                    srow('Operating income', 'opinc'),
                ),
            ),
            p("""Our chief operating decision maker evaluates the segments on revenues and operating income. Assets are
not allocated to segments and are not reviewed by segment. Revenues from customers outside the United States, mainly
vegetable seed sold in Mexico and Spain, were $176.4 million in fiscal 2026 and $142.9 million in fiscal 2025."""),
        ),
    ),
)

REPORTS = (PRAIRIELINE_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Ironbridge Pawn & Loan, Inc.: earnings release (Form 8-K Exhibit 99.1), third quarter of 2026, $000s.
# Columns: Q3 2026, Q3 2025 (as revised), nine months 2026, nine months 2025 (as revised).
P = dict(
    mr=[214_806, 198_415, 641_902, 601_318],     # retail merchandise sales
    pf=[118_412, 109_906, 347_215, 322_804],     # pawn loan fees (2025 as revised)
    ot=[12_318, 14_902, 41_705, 44_118],         # wholesale scrap jewelry and other revenue
    cms=[129_415, 121_806, 384_912, 366_204],    # cost of merchandise sold
    store=[108_206, 101_918, 320_415, 301_207],  # store operating expenses
    ga=[24_915, 23_402, 75_318, 70_916],
    da=[9_812, 9_105, 29_118, 27_004],
    closure=[612, 3_406, 1_918, 5_218],          # store closure and other charges
    interest=[6_418, 7_205, 19_906, 21_812],
    rate=[0.262, 0.258, 0.259, 0.255],
    basic=[44_318, 45_906, 44_902, 46_115],
    diluted=[44_912, 46_504, 45_508, 46_720],
    sbc=[2_418, 2_206, 7_312, 6_704],
)
P['rev'] = add(P['mr'], P['pf'], P['ot'])
P['opinc'] = sub(P['rev'], add(P['cms'], P['store'], P['ga'], P['da'], P['closure']))
P['pretax'] = sub(P['opinc'], P['interest'])
P['tax'] = [round(a * r) for a, r in zip(P['pretax'], P['rate'])]
P['ni'] = sub(P['pretax'], P['tax'])
P['ebitda'] = add(P['ni'], P['interest'], P['tax'], P['da'], P['sbc'], P['closure'])
P_REVISE = [1_612, 4_318]        # Q3 and nine-month 2025 pawn loan fees removed (fees on loans later forfeited)
P_REVISE_NI = [round(P_REVISE[0] * (1 - P['rate'][1])), round(P_REVISE[1] * (1 - P['rate'][3]))]
P_CF = dict(cfo=[142_318, 118_906], loans=[-31_207, -22_418], capex=[-28_415, -24_906])
P_CF['fcf'] = add(P_CF['cfo'], P_CF['capex'])
P_STORES = (1_184, 1_122)        # stores at September 30, 2026 and 2025
P_LOANS = (412.6, 381.4)         # pawn loans outstanding, $ millions, at September 30, 2026 and 2025
P_GUIDE = [('Total revenue', '$1,395 million to $1,410 million', '$1,380 million to $1,410 million'),
           ('Adjusted EBITDA', '$342 million to $348 million', '$335 million to $345 million'),
           ('Capital expenditures', '$38 million to $42 million', '$38 million to $42 million'),
           ('New and acquired stores', 'about 75', 'about 50')]
P_HEAD = ('(Unaudited; in thousands, except per share data)', 'Q3 2026', 'Q3 2025 (as revised)',
          'Nine months 2026', 'Nine months 2025 (as revised)')
assert all(x > 0 for x in P['ni'])


def prow(label, key, dollar=False):
    return row(label, P[key], dollar, nil='—')


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    out += ['| ' + ' | '.join(r) + ' |' for r in rows]
    return '\n'.join(out)


def release_md() -> str:
    q, pq, n, pn = 0, 1, 2, 3
    eps = reps(P['ni'], P['diluted'])
    gm = [pct(a - b, a) for a, b in zip(P['mr'], P['cms'])]
    parts = [
        "# Ironbridge Pawn & Loan Reports Third Quarter 2026 Results and Raises Full-Year Outlook",
        "Exhibit 99.1",
        f"""FORT WORTH, Texas, October 29, 2026 -- Ironbridge Pawn & Loan, Inc. (NASDAQ: IBPL), an operator of pawn
stores in 19 states, today reported results for the third quarter and nine months ended September 30, 2026. Amounts
in the tables are in thousands of dollars, except per-share amounts; amounts in the text and outlook are in
millions.""",
        "## Third quarter highlights",
        f"""- Total revenue of ${mil(P['rev'][q])} million, up {chg(P['rev'][q], P['rev'][pq])} from the revised
${mil(P['rev'][pq])} million of the third quarter of 2025.""",
        f"""- Pawn loans outstanding of ${P_LOANS[0]:.1f} million at September 30, 2026, up
{(P_LOANS[0] / P_LOANS[1] - 1) * 100:.1f}% from ${P_LOANS[1]:.1f} million a year earlier; same-store pawn loans up
5.4%.""",
        f"""- Pawn loan fees up {chg(P['pf'][q], P['pf'][pq])}; retail merchandise sales up
{chg(P['mr'][q], P['mr'][pq])} with a retail gross margin of {gm[q]}, compared with {gm[pq]}.""",
        f"""- Net income of ${mil(P['ni'][q])} million, or {eps[q]} per diluted share, compared with
${mil(P['ni'][pq])} million, or {eps[pq]}.""",
        f"""- Adjusted EBITDA (non-GAAP) of ${mil(P['ebitda'][q])} million, up {chg(P['ebitda'][q], P['ebitda'][pq])},
with an Adjusted EBITDA margin of {pct(P['ebitda'][q], P['rev'][q])}.""",
        f"""- Ended the quarter with {P_STORES[0]:,} stores, compared with {P_STORES[1]:,} at September 30, 2025.""",
        """\"Customers who cannot get bank credit keep turning to us for small, short loans, and our loan book grew in
every region,\" said Marcus Delacroix, Chief Executive Officer. \"We also sold more of what we took in: higher gold
prices lifted the value of forfeited jewelry, and our online store now reaches buyers far from our counters.\"""",
        "## Discussion of third quarter results",
        f"""Wholesale scrap jewelry and other revenue fell {dec(P['ot'][q], P['ot'][pq])} because we sold more
forfeited gold jewelry at retail rather than melting it for scrap, and because we stopped offering prepaid debit
cards in our Texas stores in March. Store operating expenses were {pct(P['store'][q], P['rev'][q])} of total revenue,
compared with {pct(P['store'][pq], P['rev'][pq])}, as wage increases were more than offset by revenue growth. Store
closure and other charges in the third quarter of 2025 were for 14 underperforming stores in Ohio and Indiana that
we closed.""",
        f"""Revision of 2025 amounts. We found that pawn loan fees had been accrued on some loans that were later
forfeited, when the fees should not have been recognized because collection was not probable. We have revised the
2025 amounts, which reduced pawn loan fees by ${mil(P_REVISE[0])} million for the third quarter of 2025 and
${mil(P_REVISE[1])} million for the nine months, and net income by ${mil(P_REVISE_NI[0])} million and
${mil(P_REVISE_NI[1])} million, respectively. As originally reported, total revenue was
${P['rev'][pq] + P_REVISE[0]:,} thousand for the third quarter of 2025 and ${P['rev'][pn] + P_REVISE[1]:,} thousand
for the nine months, and net income was ${P['ni'][pq] + P_REVISE_NI[0]:,} thousand and
${P['ni'][pn] + P_REVISE_NI[1]:,} thousand. We concluded that the error was not material to any prior period.""",
        "## Nine months, cash flow and balance sheet",
        f"""For the nine months ended September 30, 2026, total revenue was ${mil(P['rev'][n])} million, up
{chg(P['rev'][n], P['rev'][pn])}, net income was ${mil(P['ni'][n])} million and Adjusted EBITDA was
${mil(P['ebitda'][n])} million. Net cash provided by operating activities was ${mil(P_CF['cfo'][0])} million, we
funded a net ${mil(-P_CF['loans'][0])} million increase in pawn loans and capital expenditures were
${mil(-P_CF['capex'][0])} million. We opened 18 new stores and, on July 14, 2026, acquired 27 stores in Arizona and
New Mexico from Desert Star Pawn, a privately held operator, for $36.2 million in cash; we closed 6 stores. We
repurchased 1.1 million shares for $61.4 million. At September 30, 2026 we had $71.3 million of cash and cash
equivalents, $468.0 million of total debt and $182.5 million available under our revolving credit facility; net
leverage was 1.2 times trailing twelve-month Adjusted EBITDA.""",
        "## Full-year 2026 outlook",
        "Ironbridge updated its outlook for the year ending December 31, 2026:",
        md_table(('Full year 2026', 'Updated (October 29, 2026)', 'Previous (July 30, 2026)'), P_GUIDE),
        """The outlook includes the Desert Star Pawn stores from July 14, 2026 and no acquisitions that have not
closed. We do not provide guidance for net income or earnings per share because store closure charges and income tax
items are hard to predict.""",
        "## About non-GAAP measures",
        """Adjusted EBITDA is net income before interest expense, net, income tax expense, depreciation and
amortization, stock-based compensation and store closure and other charges; Adjusted EBITDA margin is Adjusted EBITDA
divided by total revenue. Free cash flow is net cash provided by operating activities less capital expenditures; it
does not deduct the net increase in pawn loans, which we report in investing activities. These measures are not
substitutes for measures prepared under GAAP.""",
        "## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        md_table(P_HEAD, (
            prow('Retail merchandise sales', 'mr'),
            prow('Pawn loan fees', 'pf'),
            prow('Wholesale scrap jewelry and other revenue', 'ot'),
            prow('Total revenue', 'rev', True),
            prow('Cost of merchandise sold', 'cms'),
            prow('Store operating expenses', 'store'),
            prow('General and administrative expenses', 'ga'),
            prow('Depreciation and amortization', 'da'),
            prow('Store closure and other charges', 'closure'),
            prow('Income from operations', 'opinc'),
            prow('Interest expense, net', 'interest'),
            prow('Income before income taxes', 'pretax'),
            prow('Income tax expense', 'tax'),
            prow('Net income', 'ni', True),
            ('Earnings per share - basic', *reps(P['ni'], P['basic'])),
            ('Earnings per share - diluted', *eps),
            prow('Weighted average shares - basic', 'basic'),
            prow('Weighted average shares - diluted', 'diluted'),
        )),
        "The 2025 columns are revised as described under Revision of 2025 amounts.",
        "## NET INCOME TO ADJUSTED EBITDA RECONCILIATION",
        md_table(P_HEAD, (
            prow('Net income', 'ni', True),
            prow('Interest expense, net', 'interest'),
            prow('Income tax expense', 'tax'),
            prow('Depreciation and amortization', 'da'),
            prow('Stock-based compensation', 'sbc'),
            prow('Store closure and other charges', 'closure'),
            prow('Adjusted EBITDA', 'ebitda', True),
            ('Adjusted EBITDA margin', *(pct(a, b) for a, b in zip(P['ebitda'], P['rev']))),
        )),
        "## SELECTED CASH FLOW INFORMATION",
        md_table(('(In thousands)', 'Nine months 2026', 'Nine months 2025'), (
            row('Net cash provided by operating activities', P_CF['cfo'], True),
            row('Pawn loans made, net of repayments and forfeitures', P_CF['loans']),
            row('Capital expenditures', P_CF['capex']),
            row('Free cash flow', P_CF['fcf'], True),
        )),
    ]
    return "\n\n".join(" ".join(s.split()) if not s.startswith("|") else s for s in parts) + "\n"


RELEASE_STEM = "ironbridge_pawn_q3_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.md"
    target.write_text(release_md(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
