"""Build the two PDF filings of the held-out set filings15 (eval/datasets/filings15/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. Statement totals are summed here from their lines, so they foot.

    .venv/bin/python eval/datasets/filings15/build_pdf.py      # writes docs/*.pdf
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


def f0(v, dollar=False):
    """Whole numbers (thousands): 1,234 / (1,234) / -."""
    if v == 0:
        return '-'
    s = f"{abs(v):,}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def f1(v, dollar=False):
    """One decimal (millions): 1,234.5 / (1,234.5) / -."""
    v = round(v, 1)
    if v == 0:
        return '-'
    s = f"{abs(v):,.1f}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def row(label, vals, fmt=f0, dollar=False):
    return (label, *(fmt(v, dollar) for v in vals))


def add(*series):
    return [sum(x) for x in zip(*series)]


def neg(series):
    return [-x for x in series]


# ---------------------------------------------------------------------------------------------------------------
# Kestrel Clinical Research Holdings, Inc. - Form 10-K, calendar 2025 (in thousands). Columns: 2025, 2024, 2023.
# ---------------------------------------------------------------------------------------------------------------
K_YEARS = ('', '2025', '2024', '2023')
K = dict(
    revenue=[2_318_460, 2_104_830, 1_946_270],
    direct=[1_004_730, 931_540, 876_920],
    reimb=[652_310, 584_120, 531_860],
    sga=[214_680, 203_950, 191_240],
    dep=[48_320, 44_150, 40_610],
    amort=[21_540, 23_860, 26_230],
    restr=[9_420, 0, 0],
    interest=[31_840, 38_270, 41_960],
    other=[-2_150, 4_630, 1_280],
    tax=[72_960, 60_350, 52_430],
    basic_sh=[30_412, 31_086, 31_540],
    dil_sh=[30_958, 31_702, 32_115],
    sbc=[28_460, 25_310, 22_870],
    cds_rev=[1_874_210, 1_688_540, 1_542_680],
    cds_oi=[372_680, 318_450, 279_120],
    cls_oi=[71_540, 72_830, 68_960],
    corp=[-45_800, -50_210, -42_440],
    capex_cds=[27_150, 24_460, 22_730],
    capex_cls=[38_620, 35_870, 29_990],
    capex_corp=[6_710, 6_580, 5_620],
    dep_cds=[18_920, 17_460, 16_230],
    dep_cls=[25_860, 23_410, 21_380],
    dep_corp=[3_540, 3_280, 3_000],
)
K['opex'] = add(K['direct'], K['reimb'], K['sga'], K['dep'], K['amort'], K['restr'])
K['opinc'] = [r - o for r, o in zip(K['revenue'], K['opex'])]
K['pretax'] = [o - i - x for o, i, x in zip(K['opinc'], K['interest'], K['other'])]
K['ni'] = [pt - t for pt, t in zip(K['pretax'], K['tax'])]
K['eps_b'] = [n / s for n, s in zip(K['ni'], K['basic_sh'])]
K['eps_d'] = [n / s for n, s in zip(K['ni'], K['dil_sh'])]
K['svc_rev'] = [r - x for r, x in zip(K['revenue'], K['reimb'])]
K['cls_rev'] = [r - c for r, c in zip(K['revenue'], K['cds_rev'])]
K['capex'] = add(K['capex_cds'], K['capex_cls'], K['capex_corp'])
K['adj_ebitda'] = add(K['ni'], K['tax'], K['interest'], K['other'], K['dep'], K['amort'], K['sbc'], K['restr'])
assert add(K['cds_oi'], K['cls_oi'], K['corp'], neg(K['amort']), neg(K['restr'])) == K['opinc']
assert add(K['dep_cds'], K['dep_cls'], K['dep_corp']) == K['dep']

# Cash flows 2025, 2024, 2023
KC = dict(
    ni=K['ni'], dep=K['dep'], amort=K['amort'], sbc=K['sbc'],
    deferred=[-3_680, -5_120, -4_260],
    ar=[-63_570, -41_280, -52_940],
    prepaid=[-7_140, -3_960, -2_870],
    ap=[4_530, 2_140, 3_860],
    accrued=[21_490, 14_370, 9_650],
    adv=[72_580, 48_920, 31_470],
    other_op=[-2_860, 1_740, -1_930],
    capex=neg(K['capex']),
    acq=[0, 0, -48_750],
    other_inv=[1_940, 860, 1_210],
    term=[-115_000, -15_000, -40_000],
    options=[12_020, 9_870, 8_340],
    buyback=[-150_220, -120_460, -60_000],
    fx=[1_830, -2_410, 960],
)
KC['cfo'] = add(KC['ni'], KC['dep'], KC['amort'], KC['sbc'], KC['deferred'], KC['ar'], KC['prepaid'], KC['ap'],
                KC['accrued'], KC['adv'], KC['other_op'])
KC['cfi'] = add(KC['capex'], KC['acq'], KC['other_inv'])
KC['cff'] = add(KC['term'], KC['options'], KC['buyback'])
KC['net'] = add(KC['cfo'], KC['cfi'], KC['cff'], KC['fx'])
_cash_2022 = 168_940
KC['end'] = [0, 0, 0]
KC['end'][2] = _cash_2022 + KC['net'][2]
KC['end'][1] = KC['end'][2] + KC['net'][1]
KC['end'][0] = KC['end'][1] + KC['net'][0]
KC['begin'] = [KC['end'][1], KC['end'][2], _cash_2022]

# Balance sheets, December 31, 2025 and 2024
KB = dict(
    cash=[KC['end'][0], KC['end'][1]],
    ar=[612_480, 548_910],
    prepaid=[71_360, 64_220],
    ppe=[304_780, 281_740],
    rou=[164_280, 152_610],
    goodwill=[1_086_420, 1_083_950],
    intang=[174_840, 196_380],
    other_assets=[38_910, 35_470],
    ap=[58_240, 53_710],
    accrued=[226_370, 204_880],
    adv=[684_520, 611_940],
    cur_debt=[15_000, 15_000],
    cur_lease=[31_460, 29_180],
    ltd=[582_830, 697_830],
    lease=[148_620, 139_350],
    dtl=[41_280, 44_960],
    other_liab=[29_470, 27_830],
    cs=[312, 311],
    treasury=[-(512_640 + 150_220), -512_640],
)
KB['apic'] = [972_160 + K['sbc'][0] + KC['options'][0] - 1, 972_160]
KB['cur_assets'] = add(KB['cash'], KB['ar'], KB['prepaid'])
KB['assets'] = add(KB['cur_assets'], KB['ppe'], KB['rou'], KB['goodwill'], KB['intang'], KB['other_assets'])
KB['cur_liab'] = add(KB['ap'], KB['accrued'], KB['adv'], KB['cur_debt'], KB['cur_lease'])
KB['liab'] = add(KB['cur_liab'], KB['ltd'], KB['lease'], KB['dtl'], KB['other_liab'])
_aoci_2024 = -38_460
_re_2024 = KB['assets'][1] - KB['liab'][1] - KB['cs'][1] - KB['apic'][1] - KB['treasury'][1] - _aoci_2024
KB['re'] = [_re_2024 + K['ni'][0], _re_2024]
KB['aoci'] = [KB['assets'][0] - KB['liab'][0] - KB['cs'][0] - KB['apic'][0] - KB['treasury'][0] - KB['re'][0],
              _aoci_2024]
KB['equity'] = add(KB['cs'], KB['apic'], KB['re'], KB['treasury'], KB['aoci'])
assert add(KB['liab'], KB['equity']) == KB['assets']


def _eps(vals):
    return tuple(f"${v:.2f}" for v in vals)


def _chg(a, b):
    c = (a - b) / b * 100
    return f"({-c:.1f})%" if c < 0 else f"{c:.1f}%"


def _mdna_row(label, key, dollar=False):
    a, b = K[key][0], K[key][1]
    return (label, f0(a, dollar), f0(b, dollar), f0(a - b, dollar), _chg(a, b) if b else 'n/m')


KESTREL_10K = Report(
    stem="kestrel_clinical_10k_2025",
    title="Kestrel Clinical Research Holdings, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Kestrel Clinical Research Holdings, Inc. | Form 10-K 2025",
    date="February 24, 2026",
    iso_date="2026-02-24",
    keywords=("Kestrel Clinical Research", "10-K", "contract research organization", "2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended December 31, 2025. Commission file
number 001-40277. KESTREL CLINICAL RESEARCH HOLDINGS, INC. (a Delaware corporation; I.R.S. Employer Identification No.
85-2290614), 4400 Meridian Parkway, Durham, North Carolina 27713. Title of each class: Common stock, par value $0.01 per
share. Trading symbol: KCRH. Name of each exchange on which registered: The Nasdaq Global Select Market. As of February
13, 2026, 29,861,447 shares of the registrant's common stock were outstanding. Large accelerated filer: Yes. Shell
company: No."""),
            h('PART I. Item 1. Business'),
            p("""Kestrel Clinical Research Holdings, Inc. ("Kestrel," the "Company," "we" or "our") is a contract research
organization ("CRO") that provides outsourced clinical development and laboratory services to biopharmaceutical and
medical device companies. We report two segments. Clinical Development Services ("CDS") provides full-service Phase I
through Phase IV clinical trial management: study start-up, site selection and monitoring, patient recruitment,
regulatory submissions, data management and biostatistics, and medical writing. Central Laboratory Services ("CLS")
provides central laboratory testing, biomarker and bioanalytical assays and sample kit logistics for clinical trials,
whether or not we manage the trial."""),
            p("""CLS operates four central laboratories: Indianapolis, Indiana; Geneva, Switzerland; Shanghai, China; and
Singapore, which opened in May 2025. At December 31, 2025 we had approximately 11,900 employees, including about 2,300 in
CLS, working in 41 countries. Our therapeutic focus is oncology, which represented 38% of CDS revenue, net in 2025,
followed by metabolic and cardiovascular disease, central nervous system disorders and infectious disease."""),
            p("""Customers. We serve about 640 customers. Small and mid-sized biopharmaceutical companies, which depend largely on
venture capital and public equity markets for funding, generated 66% of our revenue, net in 2025. Our five largest
customers accounted for 31% of revenue, net in 2025 and 27% in 2024. One customer, a large biopharmaceutical company served
by both segments, accounted for 10.4% of revenue, net in 2025 and 8.7% in 2024; no other customer accounted for more than
5%. Most of our contracts may be terminated by the customer on 30 to 90 days' notice."""),
            p("""Backlog and net new business awards. Backlog is the expected future service revenue from signed contracts and
pre-contract commitments supported by written communications; it excludes reimbursed out-of-pocket expenses. Net new
business awards are new awards less cancellations in the period. Net book-to-bill is net new business awards divided by
service revenue (revenue, net less reimbursed out-of-pocket expenses). Backlog was $4,812.6 million at December 31, 2025,
compared with $4,401.3 million at December 31, 2024. We expect approximately $1,790 million of the December 31, 2025
backlog to convert to service revenue in 2026."""),
        ),
        (
            h('Item 1A. Risk Factors'),
            p("""Our revenue depends on the research and development spending of biopharmaceutical companies. A reduction in
funding available to small and mid-sized biopharmaceutical companies, or a slowdown in their clinical programs, would
reduce new awards and could lead to cancellations. Because customers may terminate contracts on short notice, backlog
is not necessarily a reliable indicator of future revenue. We are exposed to currency movements because we incur costs
in euros, Swiss francs, Chinese renminbi and Singapore dollars while most of our contracts are priced in U.S. dollars.
Our term loan bears interest at a floating rate based on SOFR."""),
            h('Item 5. Market for Registrant\'s Common Equity'),
            p("""Our common stock trades on The Nasdaq Global Select Market under the symbol KCRH. We have never paid a cash
dividend and do not expect to pay one in the foreseeable future. In 2025 we repurchased 1,018,640 shares of our common
stock for $150.2 million under the $400.0 million program authorized in November 2023; at December 31, 2025, $69.3 million
remained available under that program."""),
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p("""Overview. 2025 was a year of strong award activity. Net new business awards rose 11.7% to $2,077.5 million and our
net book-to-bill was 1.25x, compared with $1,859.5 million and 1.22x in 2024; cancellations were $286.4 million, compared
with $241.9 million. Revenue, net increased 10.1% to $2,318.5 million, and service revenue increased 9.6% to $1,666.2
million. Income from operations increased 15.8% to $367.5 million, even after $9.4 million of restructuring and site
consolidation costs, and diluted earnings per share increased 26.7% to $8.55."""),
            Table(
                caption='Backlog and net new business awards',
                unit='(Dollars in millions)',
                header=K_YEARS,
                rows=(
                    ('Backlog at beginning of year', '$4,401.3', '$4,062.5', '$3,711.2'),
                    ('Net new business awards', '2,077.5', '1,859.5', '1,765.7'),
                    ('Service revenue recognized', '(1,666.2)', '(1,520.7)', '(1,414.4)'),
                    ('Backlog at end of year', '$4,812.6', '$4,401.3', '$4,062.5'),
                    ('Net book-to-bill', '1.25x', '1.22x', '1.25x'),
                ),
            ),
        ),
        (
            h('Results of operations'),
            Table(
                caption='Results of operations, 2025 compared with 2024',
                unit='(Dollars in thousands)',
                header=('', '2025', '2024', '$ change', '% change'),
                rows=(
                    _mdna_row('Revenue, net', 'revenue', True),
                    _mdna_row('Reimbursed out-of-pocket expenses', 'reimb'),
                    _mdna_row('Service revenue', 'svc_rev'),
                    _mdna_row('Direct service costs, excluding depreciation and amortization', 'direct'),
                    _mdna_row('Selling, general and administrative', 'sga'),
                    _mdna_row('Depreciation', 'dep'),
                    _mdna_row('Amortization', 'amort'),
                    _mdna_row('Restructuring and site consolidation costs', 'restr'),
                    _mdna_row('Income from operations', 'opinc', True),
                    _mdna_row('Interest expense, net', 'interest'),
                    _mdna_row('Net income', 'ni', True),
                ),
            ),
            p("""Revenue, net. Revenue, net increased $213.6 million, or 10.1%. Service revenue increased $145.4 million, or 9.6%,
driven primarily by CDS, where the conversion of the larger backlog of Phase II and Phase III oncology studies into
revenue increased service revenue by about $128 million, partially offset by the completion of two large
infectious-disease vaccine programs in early 2025. Reimbursed out-of-pocket expenses, which we bill to customers at cost
(mainly investigator fees and patient travel), increased $68.2 million, or 11.7%, with the number of active sites in
late-phase studies. Changes in foreign exchange rates increased revenue, net by about $9 million."""),
            p("""Direct service costs, excluding depreciation and amortization, increased $73.2 million, or 7.9%, primarily on higher
headcount in clinical operations and start-up costs of the Singapore laboratory, but fell to 60.3% of service revenue
from 61.3%, because higher billable utilization of our clinical staff and lower use of contractors more than offset
annual merit increases. Selling, general and administrative expenses increased $10.7 million, or 5.3%, mainly on
business development staff and stock-based compensation, and fell to 9.3% of revenue, net from 9.7%. Depreciation
increased $4.2 million on laboratory equipment, mainly in Singapore, and amortization decreased $2.3 million as
customer-relationship intangibles from a 2019 acquisition became fully amortized."""),
            p("""Restructuring and site consolidation costs. In the third quarter of 2025 we closed our clinical operations offices in
Lyon, France and Raleigh, North Carolina and moved their staff to our Barcelona and Durham offices. The $9.4 million
of costs consists of $6.1 million of severance and $3.3 million of lease exit costs. We expect annual savings of about
$11 million from 2026. There were no restructuring costs in 2024 or 2023."""),
            p("""Interest expense, net decreased $6.4 million, or 16.8%, because we prepaid $100.0 million of our term loan in 2025 on
top of the scheduled $15.0 million of amortization, and because of higher interest income on cash balances. Other
(income) expense, net was income of $2.2 million in 2025, mainly foreign exchange gains, compared with an expense of
$4.6 million in 2024. Our effective tax rate was 21.6% in 2025 and 22.0% in 2024."""),
        ),
        (
            p("""Segment results. CDS revenue, net increased 11.0% to $1,874.2 million and its segment operating income increased
17.0% to $372.7 million, for a segment margin of 19.9% compared with 18.9%, on higher utilization and the growing share of
full-service oncology studies. CLS revenue, net increased 6.7% to $444.3 million, but its segment operating income
decreased 1.8% to $71.5 million and its margin fell to 16.1% from 17.5%, reflecting $7.8 million of start-up costs and
depreciation at the Singapore laboratory, which was not yet at full volume, and lower esoteric testing volumes in China.
Unallocated corporate expenses decreased to $45.8 million from $50.2 million, which included $5.6 million of costs for
the ERP system implementation completed in 2024."""),
            h('Non-GAAP financial measure: Adjusted EBITDA'),
            p("""We define Adjusted EBITDA as net income before income tax provision, interest expense, net, other (income) expense,
net, depreciation and amortization, excluding stock-based compensation and restructuring and site consolidation costs.
Adjusted EBITDA margin is Adjusted EBITDA divided by revenue, net. Adjusted EBITDA is not a measure of performance under
U.S. GAAP and should not be considered in isolation or as a substitute for net income."""),
            Table(
                caption='Reconciliation of net income to Adjusted EBITDA',
                unit='(In thousands)',
                header=K_YEARS,
                rows=(
                    row('Net income', K['ni'], dollar=True),
                    row('Income tax provision', K['tax']),
                    row('Interest expense, net', K['interest']),
                    row('Other (income) expense, net', K['other']),
                    row('Depreciation', K['dep']),
                    row('Amortization', K['amort']),
                    row('Stock-based compensation', K['sbc']),
                    row('Restructuring and site consolidation costs', K['restr']),
                    row('Adjusted EBITDA', K['adj_ebitda'], dollar=True),
                    ('Adjusted EBITDA margin', *(f"{a / r * 100:.1f}%" for a, r in zip(K['adj_ebitda'], K['revenue']))),
                ),
            ),
            p("""Liquidity and capital resources. At December 31, 2025 we had cash and cash equivalents of $%s million and
$300.0 million undrawn under our revolving credit facility, which matures in April 2029. Total debt, all of it under our
term loan A, was $597.8 million, compared with $712.8 million at December 31, 2024. Net cash provided by operating
activities was $%s million in 2025; we fund our operations largely through advanced billings, which were $684.5
million at December 31, 2025. Property and equipment expenditures were $72.5 million, of which $38.6 million was for
CLS laboratory equipment and facilities. We expect property and equipment expenditures of $75 million to $85 million
in 2026.""" % (f1(KB['cash'][0] / 1000), f1(KC['cfo'][0] / 1000))),
        ),
        (
            h('Item 8. Financial Statements and Supplementary Data'),
            Table(
                caption='KESTREL CLINICAL RESEARCH HOLDINGS, INC. - CONSOLIDATED STATEMENTS OF OPERATIONS',
                unit='(In thousands, except per share data; years ended December 31)',
                header=K_YEARS,
                rows=(
                    row('Revenue, net', K['revenue'], dollar=True),
                    ('Operating expenses:', '', '', ''),
                    row('Direct service costs, excluding depreciation and amortization', K['direct']),
                    row('Reimbursed out-of-pocket expenses', K['reimb']),
                    row('Selling, general and administrative', K['sga']),
                    row('Depreciation', K['dep']),
                    row('Amortization', K['amort']),
                    row('Restructuring and site consolidation costs', K['restr']),
                    row('Total operating expenses', K['opex']),
                    row('Income from operations', K['opinc']),
                    ('Other (expense) income:', '', '', ''),
                    row('Interest expense, net', neg(K['interest'])),
                    row('Other income (expense), net', neg(K['other'])),
                    row('Income before income taxes', K['pretax']),
                    row('Income tax provision', K['tax']),
                    row('Net income', K['ni'], dollar=True),
                    ('Net income per share attributable to common shareholders:', '', '', ''),
                    ('Basic', *_eps(K['eps_b'])),
                    ('Diluted', *_eps(K['eps_d'])),
                    ('Weighted-average common shares outstanding:', '', '', ''),
                    row('Basic', K['basic_sh']),
                    row('Diluted', K['dil_sh']),
                ),
            ),
        ),
        (
            Table(
                caption='KESTREL CLINICAL RESEARCH HOLDINGS, INC. - CONSOLIDATED BALANCE SHEETS',
                unit='(In thousands, except share amounts)',
                header=('', 'December 31, 2025', 'December 31, 2024'),
                rows=(
                    ('ASSETS', '', ''),
                    row('Cash and cash equivalents', KB['cash'], dollar=True),
                    row('Accounts receivable and unbilled, net', KB['ar']),
                    row('Prepaid expenses and other current assets', KB['prepaid']),
                    row('Total current assets', KB['cur_assets']),
                    row('Property and equipment, net', KB['ppe']),
                    row('Operating lease right-of-use assets', KB['rou']),
                    row('Goodwill', KB['goodwill']),
                    row('Intangible assets, net', KB['intang']),
                    row('Other assets', KB['other_assets']),
                    row('Total assets', KB['assets'], dollar=True),
                    ('LIABILITIES AND SHAREHOLDERS\' EQUITY', '', ''),
                    row('Accounts payable', KB['ap'], dollar=True),
                    row('Accrued expenses', KB['accrued']),
                    row('Advanced billings', KB['adv']),
                    row('Current portion of long-term debt', KB['cur_debt']),
                    row('Current operating lease liabilities', KB['cur_lease']),
                    row('Total current liabilities', KB['cur_liab']),
                    row('Long-term debt, less current portion', KB['ltd']),
                    row('Operating lease liabilities, less current portion', KB['lease']),
                    row('Deferred income tax liability', KB['dtl']),
                    row('Other long-term liabilities', KB['other_liab']),
                    row('Total liabilities', KB['liab']),
                    ('Commitments and contingencies (Note 13)', '', ''),
                    row('Common stock, $0.01 par value; 250,000,000 shares authorized', KB['cs']),
                    row('Additional paid-in capital', KB['apic']),
                    row('Retained earnings', KB['re']),
                    row('Treasury stock, at cost', KB['treasury']),
                    row('Accumulated other comprehensive loss', KB['aoci']),
                    row('Total shareholders\' equity', KB['equity']),
                    row('Total liabilities and shareholders\' equity', KB['assets'], dollar=True),
                ),
            ),
        ),
        (
            Table(
                caption='KESTREL CLINICAL RESEARCH HOLDINGS, INC. - CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In thousands; years ended December 31)',
                header=K_YEARS,
                rows=(
                    ('Operating activities', '', '', ''),
                    row('Net income', KC['ni'], dollar=True),
                    ('Adjustments to reconcile net income to net cash provided by operating activities:', '', '', ''),
                    row('Depreciation', KC['dep']),
                    row('Amortization', KC['amort']),
                    row('Stock-based compensation expense', KC['sbc']),
                    row('Deferred income tax benefit', KC['deferred']),
                    ('Changes in operating assets and liabilities:', '', '', ''),
                    row('Accounts receivable and unbilled, net', KC['ar']),
                    row('Prepaid expenses and other current assets', KC['prepaid']),
                    row('Accounts payable', KC['ap']),
                    row('Accrued expenses', KC['accrued']),
                    row('Advanced billings', KC['adv']),
                    row('Other, net', KC['other_op']),
                    row('Net cash provided by operating activities', KC['cfo']),
                    ('Investing activities', '', '', ''),
                    row('Property and equipment expenditures', KC['capex']),
                    row('Acquisitions, net of cash acquired', KC['acq']),
                    row('Other investing activities, net', KC['other_inv']),
                    row('Net cash used in investing activities', KC['cfi']),
                    ('Financing activities', '', '', ''),
                    row('Repayments of term loan', KC['term']),
                    row('Proceeds from stock option exercises and ESPP', KC['options']),
                    row('Repurchases of common stock', KC['buyback']),
                    row('Net cash used in financing activities', KC['cff']),
                    row('Effect of exchange rates on cash and cash equivalents', KC['fx']),
                    row('Net increase (decrease) in cash and cash equivalents', KC['net']),
                    row('Cash and cash equivalents at beginning of year', KC['begin']),
                    row('Cash and cash equivalents at end of year', KC['end'], dollar=True),
                ),
            ),
        ),
        (
            p("""Note 8 - Long-term debt. Our credit agreement provides a term loan A, repayable in quarterly installments of $3.75
million with the balance due in April 2029, and a $300.0 million revolving credit facility maturing in April 2029, on
which nothing was drawn at December 31, 2025 or 2024. Borrowings bear interest at SOFR plus 1.50% to 2.25% depending
on our net leverage ratio. The term loan balance was $597.8 million at December 31, 2025 and $712.8 million at December
31, 2024."""),
            p("""Note 12 - Segment information. Our chief operating decision maker, the Chief Executive Officer, evaluates the CDS
and CLS segments on revenue, net and segment operating income, which is income from operations before amortization,
restructuring and site consolidation costs and unallocated corporate expenses. Intersegment revenue is not material. We
do not allocate assets, interest or taxes to segments."""),
            Table(
                caption='Segment information and reconciliation to income before income taxes',
                unit='(In thousands; years ended December 31)',
                header=K_YEARS,
                rows=(
                    ('Revenue, net:', '', '', ''),
                    row('Clinical Development Services', K['cds_rev']),
                    row('Central Laboratory Services', K['cls_rev']),
                    row('Total revenue, net', K['revenue'], dollar=True),
                    ('Segment operating income:', '', '', ''),
                    row('Clinical Development Services', K['cds_oi']),
                    row('Central Laboratory Services', K['cls_oi']),
                    row('Total segment operating income', add(K['cds_oi'], K['cls_oi'])),
                    row('Unallocated corporate expenses', K['corp']),
                    row('Amortization', neg(K['amort'])),
                    row('Restructuring and site consolidation costs', neg(K['restr'])),
                    row('Income from operations', K['opinc']),
                    row('Interest expense, net', neg(K['interest'])),
                    row('Other income (expense), net', neg(K['other'])),
                    row('Income before income taxes', K['pretax'], dollar=True),
                    ('Property and equipment expenditures:', '', '', ''),
                    row('Clinical Development Services', K['capex_cds']),
                    row('Central Laboratory Services', K['capex_cls']),
                    row('Corporate', K['capex_corp']),
                    row('Total property and equipment expenditures', K['capex']),
                    ('Depreciation:', '', '', ''),
                    row('Clinical Development Services', K['dep_cds']),
                    row('Central Laboratory Services', K['dep_cls']),
                    row('Corporate', K['dep_corp']),
                    row('Total depreciation', K['dep']),
                ),
            ),
            p("""Note 16 - Subsequent event. On February 4, 2026 we acquired Valdora Bioanalytical B.V., a bioanalytical laboratory in
Leiden, the Netherlands, with about 180 employees, for $73.5 million in cash, funded from cash on hand. Valdora will be
part of the Central Laboratory Services segment."""),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Marquee Lane Cinemas, Inc. - Form 10-Q, quarter ended September 30, 2025 (in millions).
# Columns: three months 2025, 2024; nine months 2025, 2024.
# ---------------------------------------------------------------------------------------------------------------
Q_COLS = ('', 'Three months 2025', 'Three months 2024', 'Nine months 2025', 'Nine months 2024')
M = dict(
    adm=[318.6, 296.4, 842.7, 801.5],
    fb=[248.2, 224.9, 661.3, 602.8],
    oth=[61.4, 57.8, 172.9, 161.2],
    film=[176.9, 163.5, 462.4, 437.8],
    fbcost=[46.1, 43.2, 124.3, 116.9],
    wages=[80.1, 76.8, 226.3, 215.7],
    lease=[73.4, 72.6, 219.8, 217.1],
    util=[81.2, 77.9, 229.6, 222.4],
    ga=[41.2, 38.7, 121.6, 114.3],
    da=[42.8, 44.5, 129.6, 133.2],
    impair=[0.0, 12.6, 3.4, 12.6],
    disposal=[-18.7, 1.2, -17.9, 2.3],
    intexp=[-27.4, -30.1, -84.6, -91.2],
    intinc=[4.1, 5.3, 13.2, 15.6],
    fx=[-1.6, 0.8, -2.9, 1.7],
    affil=[3.2, 2.9, 8.4, 7.6],
    tax=[20.3, 7.1, 27.4, 7.0],
    nci=[0.6, 0.5, 1.5, 1.3],
    basic_sh=[116.9, 120.2, 118.1, 120.8],
    dil_sh=[118.4, 121.7, 119.6, 122.3],
    sbc=[6.8, 6.1, 19.7, 17.9],
    us_rev=[512.7, 476.3, 1372.6, 1290.4],
    us_ebitda=[114.2, 95.8, 262.1, 222.3],
    capex_us=[28.4, 31.2, 86.9, 92.5],
    capex_intl=[9.7, 7.4, 27.3, 21.8],
)


def _r(xs):
    return [round(x, 1) for x in xs]


M['rev'] = _r(add(M['adm'], M['fb'], M['oth']))
M['costs'] = _r(add(M['film'], M['fbcost'], M['wages'], M['lease'], M['util'], M['ga'], M['da'], M['impair'],
                    M['disposal']))
M['opinc'] = _r([a - b for a, b in zip(M['rev'], M['costs'])])
M['other_total'] = _r(add(M['intexp'], M['intinc'], M['fx'], M['affil']))
M['pretax'] = _r(add(M['opinc'], M['other_total']))
M['ni'] = _r([a - b for a, b in zip(M['pretax'], M['tax'])])
M['ni_mq'] = _r([a - b for a, b in zip(M['ni'], M['nci'])])
M['eps_b'] = [n / s for n, s in zip(M['ni_mq'], M['basic_sh'])]
M['eps_d'] = [n / s for n, s in zip(M['ni_mq'], M['dil_sh'])]
M['intl_rev'] = _r([a - b for a, b in zip(M['rev'], M['us_rev'])])
M['adj_ebitda'] = _r(add(M['ni'], M['tax'], neg(M['intexp']), neg(M['intinc']), neg(M['fx']), neg(M['affil']),
                         M['da'], M['impair'], M['disposal'], M['sbc']))
M['intl_ebitda'] = _r([a - b for a, b in zip(M['adj_ebitda'], M['us_ebitda'])])
M['capex'] = _r(add(M['capex_us'], M['capex_intl']))

# Nine-month cash flows (2025, 2024)
MC = dict(
    ni=[M['ni'][2], M['ni'][3]], da=[M['da'][2], M['da'][3]], impair=[M['impair'][2], M['impair'][3]],
    disposal=[M['disposal'][2], M['disposal'][3]], sbc=[M['sbc'][2], M['sbc'][3]],
    deferred=[6.2, 3.8],
    affil=[-2.1, -1.6],
    ar=[-14.8, -9.7],
    ap=[22.6, 18.1],
    defrev=[-31.4, -27.9],
    other_op=[4.3, -2.6],
    capex=neg([M['capex'][2], M['capex'][3]]),
    proceeds=[41.6, 3.2],
    acq=[0.0, -24.8],
    debt=[-97.5, -7.5],
    buyback=[-82.3, -40.1],
    div=[-28.4, -29.0],
    finlease=[-4.6, -4.3],
    fxcash=[-3.9, -2.2],
)
MC['cfo'] = _r(add(MC['ni'], MC['da'], MC['impair'], MC['disposal'], MC['sbc'], MC['deferred'], MC['affil'],
                   MC['ar'], MC['ap'], MC['defrev'], MC['other_op']))
MC['cfi'] = _r(add(MC['capex'], MC['proceeds'], MC['acq']))
MC['cff'] = _r(add(MC['debt'], MC['buyback'], MC['div'], MC['finlease']))
MC['net'] = _r(add(MC['cfo'], MC['cfi'], MC['cff'], MC['fxcash']))
MC['begin'] = [612.4, 548.7]
MC['end'] = _r(add(MC['begin'], MC['net']))

# Balance sheets: September 30, 2025 and December 31, 2024
MB = dict(
    cash=[MC['end'][0], MC['begin'][0]],
    ar=[86.3, 71.5],
    inv=[24.8, 23.6],
    prepaid=[58.9, 54.2],
    ppe=[1457.6, 1486.2],
    rou=[1562.4, 1611.8],
    goodwill=[1276.5, 1279.3],
    intang=[298.4, 301.1],
    affil=[142.7, 140.6],
    other_assets=[61.2, 63.8],
    cur_debt=[10.0, 10.0],
    cur_lease=[198.4, 201.7],
    ap=[412.7, 390.1],
    defrev=[151.8, 183.2],
    ltd=[1875.9, 1971.8],
    lease=[1504.3, 1556.9],
    finlease=[88.6, 93.2],
    dtl=[112.4, 106.2],
    other_liab=[71.5, 74.9],
    cs=[1.3, 1.3],
    apic=[1211.4, 1191.7],
    treasury=[-(318.6 + 82.3), -318.6],
    nci=[24.9, 23.4],
)
MB['cur_assets'] = _r(add(MB['cash'], MB['ar'], MB['inv'], MB['prepaid']))
MB['assets'] = _r(add(MB['cur_assets'], MB['ppe'], MB['rou'], MB['goodwill'], MB['intang'], MB['affil'],
                      MB['other_assets']))
MB['cur_liab'] = _r(add(MB['cur_debt'], MB['cur_lease'], MB['ap'], MB['defrev']))
MB['liab'] = _r(add(MB['cur_liab'], MB['ltd'], MB['lease'], MB['finlease'], MB['dtl'], MB['other_liab']))
_m_aoci_2024 = -187.4
_m_re_2024 = round(MB['assets'][1] - MB['liab'][1] - MB['cs'][1] - MB['apic'][1] - MB['treasury'][1] - _m_aoci_2024
                   - MB['nci'][1], 1)
MB['re'] = [round(_m_re_2024 + M['ni_mq'][2] + MC['div'][0], 1), _m_re_2024]
MB['aoci'] = [round(MB['assets'][0] - MB['liab'][0] - MB['cs'][0] - MB['apic'][0] - MB['treasury'][0] - MB['re'][0]
                    - MB['nci'][0], 1), _m_aoci_2024]
MB['mq_equity'] = _r(add(MB['cs'], MB['apic'], MB['re'], MB['treasury'], MB['aoci']))
MB['equity'] = _r(add(MB['mq_equity'], MB['nci']))
assert _r(add(MB['liab'], MB['equity'])) == MB['assets']


def _meps(vals):
    return tuple(f"${v:.2f}" for v in vals)


def qrow(label, vals, dollar=False):
    return row(label, vals, fmt=f1, dollar=dollar)


def _pct(a, b):
    return f"{a / b * 100:.1f}%"


MARQUEE_10Q = Report(
    stem="marquee_lane_cinemas_10q_q3_2025",
    title="Marquee Lane Cinemas, Inc. - Quarterly Report on Form 10-Q for the quarterly period ended September 30, 2025",
    running_title="Marquee Lane Cinemas, Inc. | Form 10-Q Q3 2025",
    date="November 6, 2025",
    iso_date="2025-11-06",
    keywords=("Marquee Lane Cinemas", "10-Q", "movie theatres", "third quarter 2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-Q. QUARTERLY REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the quarterly period ended September 30, 2025. Commission
file number 001-37841. MARQUEE LANE CINEMAS, INC. (a Delaware corporation; I.R.S. Employer Identification No.
47-3318825), 2900 Legacy Circle, Plano, Texas 75024. Title of each class: Common stock, par value $0.01 per share.
Trading symbol: MQLN. Name of each exchange on which registered: New York Stock Exchange. As of October 31, 2025,
116,482,930 shares of the registrant's common stock were outstanding. Large accelerated filer: Yes. Shell company: No."""),
            p("""Cautionary statement regarding forward-looking statements. This report contains forward-looking statements,
including our expectations for capital expenditures, theatre openings and the film slate. Actual results may differ
materially because of the risks described in our Annual Report on Form 10-K for 2024 and in Part II, Item 1A."""),
            h('PART I - FINANCIAL INFORMATION. Item 1. Financial Statements'),
        ),
        (
            Table(
                caption='MARQUEE LANE CINEMAS, INC. AND SUBSIDIARIES - CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)',
                unit='(In millions, except per share data; periods ended September 30)',
                header=Q_COLS,
                rows=(
                    ('Revenues', '', '', '', ''),
                    qrow('Admissions', M['adm'], dollar=True),
                    qrow('Food and beverage', M['fb']),
                    qrow('Other', M['oth']),
                    qrow('Total revenues', M['rev']),
                    ('Cost of operations', '', '', '', ''),
                    qrow('Film rentals and advertising', M['film']),
                    qrow('Food and beverage costs', M['fbcost']),
                    qrow('Salaries and wages', M['wages']),
                    qrow('Facility lease expense', M['lease']),
                    qrow('Utilities and other', M['util']),
                    qrow('General and administrative expenses', M['ga']),
                    qrow('Depreciation and amortization', M['da']),
                    qrow('Impairment of long-lived assets', M['impair']),
                    qrow('(Gain) loss on disposal of assets and other', M['disposal']),
                    qrow('Total cost of operations', M['costs']),
                    qrow('Operating income', M['opinc']),
                    ('Other income (expense)', '', '', '', ''),
                    qrow('Interest expense', M['intexp']),
                    qrow('Interest income', M['intinc']),
                    qrow('Foreign currency exchange (loss) gain', M['fx']),
                    qrow('Equity in income of affiliates', M['affil']),
                    qrow('Total other expense', M['other_total']),
                    qrow('Income before income taxes', M['pretax']),
                    qrow('Income taxes', M['tax']),
                    qrow('Net income', M['ni']),
                    qrow('Less: Noncontrolling interests', M['nci']),
                    qrow('Net income attributable to Marquee Lane Cinemas, Inc.', M['ni_mq'], dollar=True),
                    ('Earnings per share attributable to Marquee Lane Cinemas, Inc.:', '', '', '', ''),
                    ('Basic', *_meps(M['eps_b'])),
                    ('Diluted', *_meps(M['eps_d'])),
                    ('Weighted average shares outstanding:', '', '', '', ''),
                    qrow('Basic', M['basic_sh']),
                    qrow('Diluted', M['dil_sh']),
                    ('Dividends declared per common share', '$0.08', '$0.08', '$0.24', '$0.24'),
                ),
            ),
        ),
        (
            Table(
                caption='MARQUEE LANE CINEMAS, INC. AND SUBSIDIARIES - CONDENSED CONSOLIDATED BALANCE SHEETS',
                unit='(In millions; September 30, 2025 unaudited)',
                header=('', 'September 30, 2025', 'December 31, 2024'),
                rows=(
                    ('Assets', '', ''),
                    qrow('Cash and cash equivalents', MB['cash'], dollar=True),
                    qrow('Accounts receivable', MB['ar']),
                    qrow('Inventories', MB['inv']),
                    qrow('Prepaid expenses and other', MB['prepaid']),
                    qrow('Total current assets', MB['cur_assets']),
                    qrow('Theatre properties and equipment, net', MB['ppe']),
                    qrow('Operating lease right-of-use assets, net', MB['rou']),
                    qrow('Goodwill', MB['goodwill']),
                    qrow('Intangible assets, net', MB['intang']),
                    qrow('Investments in affiliates', MB['affil']),
                    qrow('Other long-term assets', MB['other_assets']),
                    qrow('Total assets', MB['assets'], dollar=True),
                    ('Liabilities and equity', '', ''),
                    qrow('Current portion of long-term debt', MB['cur_debt'], dollar=True),
                    qrow('Current portion of operating lease obligations', MB['cur_lease']),
                    qrow('Accounts payable and accrued expenses', MB['ap']),
                    qrow('Deferred revenues', MB['defrev']),
                    qrow('Total current liabilities', MB['cur_liab']),
                    qrow('Long-term debt, less current portion', MB['ltd']),
                    qrow('Operating lease obligations, less current portion', MB['lease']),
                    qrow('Finance lease obligations, less current portion', MB['finlease']),
                    qrow('Deferred income taxes', MB['dtl']),
                    qrow('Other long-term liabilities', MB['other_liab']),
                    qrow('Total liabilities', MB['liab']),
                    ('Commitments and contingencies (see Note 10)', '', ''),
                    qrow('Common stock, $0.01 par value', MB['cs']),
                    qrow('Additional paid-in-capital', MB['apic']),
                    qrow('Retained earnings', MB['re']),
                    qrow('Treasury stock, at cost', MB['treasury']),
                    qrow('Accumulated other comprehensive loss', MB['aoci']),
                    qrow('Total Marquee Lane Cinemas, Inc. stockholders\' equity', MB['mq_equity']),
                    qrow('Noncontrolling interests', MB['nci']),
                    qrow('Total equity', MB['equity']),
                    qrow('Total liabilities and equity', MB['assets'], dollar=True),
                ),
            ),
        ),
        (
            Table(
                caption='MARQUEE LANE CINEMAS, INC. AND SUBSIDIARIES - CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
                unit='(In millions; nine months ended September 30)',
                header=('', '2025', '2024'),
                rows=(
                    ('Operating activities', '', ''),
                    qrow('Net income', MC['ni'], dollar=True),
                    ('Adjustments to reconcile net income to cash provided by operating activities:', '', ''),
                    qrow('Depreciation and amortization', MC['da']),
                    qrow('Impairment of long-lived assets', MC['impair']),
                    qrow('(Gain) loss on disposal of assets and other', MC['disposal']),
                    qrow('Share-based awards compensation expense', MC['sbc']),
                    qrow('Deferred income tax expenses', MC['deferred']),
                    qrow('Equity in income of affiliates, net of distributions received', MC['affil']),
                    ('Changes in assets and liabilities:', '', ''),
                    qrow('Accounts receivable', MC['ar']),
                    qrow('Accounts payable and accrued expenses', MC['ap']),
                    qrow('Deferred revenues', MC['defrev']),
                    qrow('Other assets and liabilities, net', MC['other_op']),
                    qrow('Net cash provided by operating activities', MC['cfo']),
                    ('Investing activities', '', ''),
                    qrow('Additions to theatre properties and equipment', MC['capex']),
                    qrow('Proceeds from sale of theatre properties and equipment and other', MC['proceeds']),
                    qrow('Acquisition of theatres, net of cash acquired', MC['acq']),
                    qrow('Net cash used for investing activities', MC['cfi']),
                    ('Financing activities', '', ''),
                    qrow('Repayments of long-term debt', MC['debt']),
                    qrow('Repurchases of common stock', MC['buyback']),
                    qrow('Dividends paid to stockholders', MC['div']),
                    qrow('Payments on finance leases', MC['finlease']),
                    qrow('Net cash used for financing activities', MC['cff']),
                    qrow('Effect of exchange rate changes on cash and cash equivalents', MC['fxcash']),
                    qrow('Decrease in cash and cash equivalents', MC['net']),
                    qrow('Cash and cash equivalents at beginning of period', MC['begin']),
                    qrow('Cash and cash equivalents at end of period', MC['end'], dollar=True),
                ),
            ),
        ),
        (
            h('Notes to Condensed Consolidated Financial Statements (Unaudited)'),
            p("""Note 1 - The Company and basis of presentation. Marquee Lane Cinemas, Inc. and its subsidiaries operate motion
picture theatres in the United States and in Mexico, Colombia, Peru and Chile. At September 30, 2025 we operated 318
theatres with 4,412 screens: 214 theatres and 2,986 screens in 33 U.S. states and 104 theatres and 1,426 screens in our
international markets, compared with 321 theatres and 4,437 screens at September 30, 2024. Our business is seasonal;
the summer and year-end holiday seasons generate our highest attendance. Results for an interim period are not
necessarily indicative of the results for a full year."""),
            p("""Note 4 - Sale of theatre property. In August 2025 we sold the land and building of a closed theatre in San Jose,
California and two adjacent parcels to a residential developer for net proceeds of $41.6 million and recognized a gain
of $19.4 million, which is included in (gain) loss on disposal of assets and other. In the second quarter of 2025 we
recorded impairment charges of $3.4 million on two U.S. theatres; in the third quarter of 2024 we recorded impairment
charges of $12.6 million on five U.S. theatres."""),
            p("""Note 6 - Long-term debt. Long-term debt, including the current portion, was $1,885.9 million at September 30, 2025:
$735.9 million under our term loan due 2030 (net of unamortized discount), $400.0 million of 7.25% senior notes due 2027
and $750.0 million of 5.875% senior notes due 2029, compared with $1,981.8 million at December 31, 2024. In the nine
months we repaid $97.5 million of the term loan: scheduled quarterly payments of $7.5 million and a voluntary
prepayment of $90.0 million in July 2025. Nothing was drawn on our $225.0 million revolving credit line."""),
        ),
        (
            p("""Note 9 - Segments. We manage our business in two reportable operating segments, U.S. operations and
international operations. Our chief operating decision maker evaluates segments on revenues and segment Adjusted
EBITDA. Intersegment revenues are not material."""),
            Table(
                caption='Segment information and reconciliation to income before income taxes',
                unit='(In millions)',
                header=Q_COLS,
                rows=(
                    ('Revenues', '', '', '', ''),
                    qrow('U.S.', M['us_rev'], dollar=True),
                    qrow('International', M['intl_rev']),
                    qrow('Total revenues', M['rev'], dollar=True),
                    ('Adjusted EBITDA', '', '', '', ''),
                    qrow('U.S.', M['us_ebitda'], dollar=True),
                    qrow('International', M['intl_ebitda']),
                    qrow('Total Adjusted EBITDA', M['adj_ebitda'], dollar=True),
                    qrow('Depreciation and amortization', neg(M['da'])),
                    qrow('Impairment of long-lived assets', neg(M['impair'])),
                    qrow('Gain (loss) on disposal of assets and other', neg(M['disposal'])),
                    qrow('Share-based awards compensation expense', neg(M['sbc'])),
                    qrow('Operating income', M['opinc']),
                    qrow('Interest expense', M['intexp']),
                    qrow('Interest income', M['intinc']),
                    qrow('Foreign currency exchange (loss) gain', M['fx']),
                    qrow('Equity in income of affiliates', M['affil']),
                    qrow('Income before income taxes', M['pretax'], dollar=True),
                    ('Capital expenditures', '', '', '', ''),
                    qrow('U.S.', M['capex_us'], dollar=True),
                    qrow('International', M['capex_intl']),
                    qrow('Total capital expenditures', M['capex'], dollar=True),
                ),
            ),
            p("""Note 12 - Subsequent events. On October 16, 2025 we redeemed $250.0 million of our 7.25% senior notes due 2027 at
par plus accrued interest, using cash on hand. On November 4, 2025 our Board of Directors declared a quarterly cash
dividend of $0.08 per share, payable on December 12, 2025 to stockholders of record on November 28, 2025."""),
        ),
        (
            h('Item 2. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p("""Overview. We generate revenues mainly from filmgoers' admissions and food and beverage purchases; other revenues
are mainly screen advertising, loyalty membership fees and theatre rentals. Our largest costs are film rentals, which
are a percentage of admissions revenues negotiated with each distributor, and theatre operating costs. Films distributed
by our six largest film distributors accounted for about 81% of our admissions revenues in the nine months ended
September 30, 2025. Screen advertising is sold mainly through our exhibitor services agreement with Northlight Screen
Media, which runs through 2031; Northlight accounted for approximately 6% of our total revenues in the nine months."""),
            Table(
                caption='Operating data',
                unit='(Attendance in millions; per patron amounts in dollars)',
                header=Q_COLS,
                rows=(
                    ('Attendance - U.S.', '26.9', '25.8', '72.4', '71.1'),
                    ('Attendance - International', '12.3', '11.5', '33.1', '30.6'),
                    ('Total attendance', '39.2', '37.3', '105.5', '101.7'),
                    ('Average ticket price', '$8.13', '$7.95', '$7.99', '$7.88'),
                    ('Food and beverage revenues per patron', '$6.33', '$6.03', '$6.27', '$5.93'),
                    ('Film rentals and advertising as % of admissions', *(_pct(a, b) for a, b in zip(M['film'], M['adm']))),
                    ('Food and beverage costs as % of food and beverage revenues',
                     *(_pct(a, b) for a, b in zip(M['fbcost'], M['fb']))),
                ),
            ),
        ),
        (
            p("""Three months ended September 30, 2025 compared with three months ended September 30, 2024. Total revenues
increased 8.5% to $628.2 million. Admissions revenues increased $22.2 million, or 7.5%, due to a 5.1% increase in
attendance, driven by a stronger summer film slate that included three films grossing more than $400 million
domestically, and a 2.3% increase in the average ticket price, driven by price increases and a higher share of premium
large format screenings. Food and beverage revenues increased $23.3 million, or 10.4%, on the higher attendance and a
5.0% increase in food and beverage revenues per patron to $6.33, reflecting price increases, higher incidence rates and
our expanded hot-food menu. Other revenues increased 6.2%, mainly screen advertising and loyalty membership fees."""),
            p("""Film rentals and advertising rose to 55.5% of admissions revenues from 55.2% because the quarter's top films carried
higher film rental rates. Food and beverage costs fell to 18.6% of food and beverage revenues from 19.2% on price
increases and a new national supply contract. Salaries and wages increased 4.3% on higher attendance and wage rate
increases in several states. Facility lease expense increased 1.1% and utilities and other increased 4.2%, mainly
repairs and maintenance. General and administrative expenses increased 6.5%, mainly incentive compensation.
Depreciation and amortization decreased 3.8% as assets became fully depreciated and we closed theatres. Operating
income was $105.2 million, compared with $48.1 million, which included $12.6 million of impairment charges; the
third quarter of 2025 included the $19.4 million gain on the sale of the San Jose property (Note 4)."""),
            p("""Interest expense decreased 9.0% to $27.4 million, reflecting the July 2025 term loan prepayment and lower SOFR.
Our effective tax rate was 24.3%, compared with 26.3%. Net income attributable to Marquee Lane Cinemas, Inc. was $62.6
million, or $0.53 per diluted share, compared with $19.4 million, or $0.16 per diluted share."""),
        ),
        (
            p("""Nine months ended September 30, 2025. Total revenues increased 7.1% to $1,676.9 million on a 3.7% increase in
attendance to 105.5 million, a 1.4% increase in the average ticket price and a 5.8% increase in food and beverage
revenues per patron. Operating income was $177.8 million, compared with $93.2 million, and net income attributable to
Marquee Lane Cinemas, Inc. was $83.0 million, or $0.69 per diluted share, compared with $18.6 million, or $0.15 per
diluted share."""),
            p("""Segment results. U.S. revenues increased 7.6% in the quarter, to $512.7 million, and U.S. Adjusted EBITDA increased
19.2% to $114.2 million. International revenues increased 12.4% to $115.5 million on a 7.0% increase in attendance, led
by Mexico, and ticket price increases in local currency; International Adjusted EBITDA increased 31.1% to $21.9 million.
A stronger Mexican peso increased International revenues by about $3.1 million in the quarter. For the nine months,
U.S. revenues increased 6.4% and International revenues increased 10.6%."""),
        ),
        (
            h('Non-GAAP financial measure: Adjusted EBITDA'),
            p("""We define Adjusted EBITDA as net income plus income taxes, interest expense, foreign currency exchange loss,
depreciation and amortization, impairment of long-lived assets, loss on disposal of assets and other and share-based
awards compensation expense, less interest income, foreign currency exchange gain, equity in income of affiliates and
gain on disposal of assets and other. Adjusted EBITDA margin is Adjusted EBITDA divided by total revenues. Adjusted
EBITDA is not a measure of financial performance under U.S. GAAP."""),
            Table(
                caption='Reconciliation of net income to Adjusted EBITDA',
                unit='(In millions)',
                header=Q_COLS,
                rows=(
                    qrow('Net income', M['ni'], dollar=True),
                    qrow('Income taxes', M['tax']),
                    qrow('Interest expense', neg(M['intexp'])),
                    qrow('Interest income', neg(M['intinc'])),
                    qrow('Foreign currency exchange loss (gain)', neg(M['fx'])),
                    qrow('Equity in income of affiliates', neg(M['affil'])),
                    qrow('Depreciation and amortization', M['da']),
                    qrow('Impairment of long-lived assets', M['impair']),
                    qrow('(Gain) loss on disposal of assets and other', M['disposal']),
                    qrow('Share-based awards compensation expense', M['sbc']),
                    qrow('Adjusted EBITDA', M['adj_ebitda'], dollar=True),
                    ('Adjusted EBITDA margin', *(_pct(a, b) for a, b in zip(M['adj_ebitda'], M['rev']))),
                ),
            ),
            p("""Liquidity and capital resources. At September 30, 2025 we had cash and cash equivalents of $527.2 million and
$225.0 million available under our revolving credit line. Cash flows provided by operating activities were $204.1
million in the nine months, compared with $166.0 million. Capital expenditures were $114.2 million, of which $86.9
million was in the U.S., mainly for premium large format auditoriums, recliner seating and laser projection. We now
expect full-year 2025 capital expenditures of $155 million to $165 million, below our earlier estimate of $170 million
to $190 million, because two international new builds moved into 2026. In the nine months we repurchased 4.1 million
shares for $82.3 million and paid dividends of $28.4 million."""),
            h('PART II - OTHER INFORMATION'),
            p("""Item 1A. Risk Factors. There have been no material changes from the risk factors in our Annual Report on Form 10-K
for 2024, which include our dependence on the number and performance of films released by a small number of
distributors, the shortening of theatrical exclusive windows, competition from streaming services and our
substantial lease obligations and indebtedness."""),
        ),
    ),
)

REPORTS = (KESTREL_10K, MARQUEE_10Q)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
