"""Build the two PDF filings of the held-out set filings16 (eval/datasets/filings16/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new. The
companies and every figure are fictional. Figures are held in tenths of a million (integers) so that statement
totals, summed here from their lines, foot exactly.

    .venv/bin/python eval/datasets/filings16/build_pdf.py      # writes docs/*.pdf
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


def m(v, dollar=False):
    """Tenths of a million as millions with one decimal: 1,234.5 / (1,234.5) / -."""
    if v == 0:
        return '-'
    s = f"{abs(v) // 10:,}.{abs(v) % 10}"
    s = ('$' + s) if dollar else s
    return f"({s})" if v < 0 else s


def row(label, vals, dollar=False):
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


def dec(a, b):
    """A decline from b to a, as a positive percentage with one decimal."""
    return f"{(b - a) / b * 100:.1f}"


# ---------------------------------------------------------------------------------------------------------------
# Ashgrove Workforce Solutions, Inc. - Form 10-K, calendar 2025. Columns 2025, 2024, 2023; tenths of a million.
# ---------------------------------------------------------------------------------------------------------------
A_YEARS = ('', '2025', '2024', '2023')
A = dict(
    rev=[34_126, 32_874, 31_059],
    cos=[25_663, 24_851, 23_574],
    sga=[6_628, 6_519, 6_124],
    da=[384, 361, 337],
    impair=[0, 246, 0],
    interest=[142, 179, 163],
    other=[31, -14, 22],            # other income (expense), net
    tax=[332, 199, 223],
    basic_sh=[412, 425, 433],       # tenths of a million shares
    dil_sh=[418, 430, 439],
    sbc=[146, 132, 121],
    integ=[48, 21, 0],              # acquisition and integration costs inside SG&A
    com_rev=[21_847, 21_983, 21_026],
    com_oi=[986, 1_042, 963],
    pro_oi=[1_028, 715, 638],
    corp=[-563, -614, -577],
    com_gp=[4_196, 4_287, 4_142],
    amort=[157, 163, 148],
)
A['gp'] = sub(A['rev'], A['cos'])
A['opinc'] = sub(A['gp'], add(A['sga'], A['da'], A['impair']))
A['pretax'] = add(sub(A['opinc'], A['interest']), A['other'])
A['ni'] = sub(A['pretax'], A['tax'])
A['pro_rev'] = sub(A['rev'], A['com_rev'])
A['pro_gp'] = sub(A['gp'], A['com_gp'])
A['dep'] = sub(A['da'], A['amort'])
A['adj_ebitda'] = add(A['ni'], A['tax'], A['interest'], neg(A['other']), A['da'], A['impair'], A['sbc'], A['integ'])
assert add(A['com_oi'], A['pro_oi'], A['corp'], neg(A['impair'])) == A['opinc']

AC = dict(
    ni=A['ni'], da=A['da'], impair=A['impair'], sbc=A['sbc'],
    deferred=[-21, -68, 14],
    ar=[-167, -224, -315],
    prepaid=[-24, -11, -36],
    ap=[63, 48, 72],
    payroll=[114, 87, 131],
    wc=[15, -22, 19],
    other_op=[-9, 13, -17],
    capex=[-248, -216, -193],
    acq=[0, 0, -645],
    dcp=[-31, -27, -24],
    revolver=[-650, -400, 750],
    buyback=[-482, -355, -201],
    div=[-250, -243, -234],
    withhold=[-41, -36, -32],
    fx=[4, -11, 3],
)
AC['cfo'] = add(AC['ni'], AC['da'], AC['impair'], AC['sbc'], AC['deferred'], AC['ar'], AC['prepaid'], AC['ap'],
                AC['payroll'], AC['wc'], AC['other_op'])
AC['cfi'] = add(AC['capex'], AC['acq'], AC['dcp'])
AC['cff'] = add(AC['revolver'], AC['buyback'], AC['div'], AC['withhold'])
AC['net'] = add(AC['cfo'], AC['cfi'], AC['cff'], AC['fx'])
_a_cash_2022 = 412
AC['end'] = [0, 0, 0]
AC['end'][2] = _a_cash_2022 + AC['net'][2]
AC['end'][1] = AC['end'][2] + AC['net'][1]
AC['end'][0] = AC['end'][1] + AC['net'][0]
AC['begin'] = [AC['end'][1], AC['end'][2], _a_cash_2022]

AB = dict(
    cash=[AC['end'][0], AC['end'][1]],
    ar=[5_284, 5_117],
    prepaid=[413, 389],
    ppe=[584 + 248 - A['dep'][0], 584],
    rou=[481, 526],
    goodwill=[3_185, 3_185],
    intang=[869 - A['amort'][0], 869],
    dcp=[546, 472],
    other_assets=[124, 118],
    ap=[1_186, 1_123],
    payroll=[2_149, 2_035],
    wc_cur=[317, 334],
    lease_cur=[162, 170],
    revolver=[1_450, 2_100],
    lease=[364, 408],
    wc_lt=[583, 551],
    dcl=[569, 490],
    other_liab=[98, 104],
    cs=[5, 5],
    treasury=[-(3_912 + 482), -3_912],
)
assert AB['ar'][0] - AB['ar'][1] == -AC['ar'][0] and AB['prepaid'][0] - AB['prepaid'][1] == -AC['prepaid'][0]
assert AB['ap'][0] - AB['ap'][1] == AC['ap'][0] and AB['payroll'][0] - AB['payroll'][1] == AC['payroll'][0]
assert add(AB['wc_cur'], AB['wc_lt'])[0] - add(AB['wc_cur'], AB['wc_lt'])[1] == AC['wc'][0]
AB['apic'] = [4_476 + A['sbc'][0] + AC['withhold'][0], 4_476]
AB['cur_assets'] = add(AB['cash'], AB['ar'], AB['prepaid'])
AB['assets'] = add(AB['cur_assets'], AB['ppe'], AB['rou'], AB['goodwill'], AB['intang'], AB['dcp'],
                   AB['other_assets'])
AB['cur_liab'] = add(AB['ap'], AB['payroll'], AB['wc_cur'], AB['lease_cur'])
AB['liab'] = add(AB['cur_liab'], AB['revolver'], AB['lease'], AB['wc_lt'], AB['dcl'], AB['other_liab'])
_a_aoci_2024 = -127
_a_re_2024 = AB['assets'][1] - AB['liab'][1] - AB['cs'][1] - AB['apic'][1] - AB['treasury'][1] - _a_aoci_2024
AB['re'] = [_a_re_2024 + A['ni'][0] + AC['div'][0], _a_re_2024]
AB['aoci'] = [AB['assets'][0] - AB['liab'][0] - AB['cs'][0] - AB['apic'][0] - AB['treasury'][0] - AB['re'][0],
              _a_aoci_2024]
AB['equity'] = add(AB['cs'], AB['apic'], AB['re'], AB['treasury'], AB['aoci'])
assert add(AB['liab'], AB['equity']) == AB['assets']


def eps(ni, sh):
    return tuple(f"${n / s:.2f}" for n, s in zip(ni, sh))


def a_mdna(label, key, dollar=False):
    a, b = A[key][0], A[key][1]
    return (label, m(a, dollar), m(b, dollar), m(a - b, dollar), chg(a, b) if b else 'n/m')


ASHGROVE_10K = Report(
    stem="ashgrove_workforce_10k_2025",
    title="Ashgrove Workforce Solutions, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Ashgrove Workforce Solutions, Inc. | Form 10-K 2025",
    date="February 19, 2026",
    iso_date="2026-02-19",
    keywords=("Ashgrove Workforce Solutions", "10-K", "staffing", "2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended December 31, 2025. Commission file
number 001-36814. ASHGROVE WORKFORCE SOLUTIONS, INC. (a Wisconsin corporation; I.R.S. Employer Identification No.
39-1874402), 700 North Water Street, Milwaukee, Wisconsin 53202. Title of each class: Common stock, par value $0.01 per
share. Trading symbol: AWSI. Name of each exchange on which registered: New York Stock Exchange. As of February 6, 2026,
40,874,215 shares of the registrant's common stock were outstanding. Large accelerated filer: Yes. Shell company: No."""),
            h('PART I. Item 1. Business'),
            p("""Ashgrove Workforce Solutions, Inc. ("Ashgrove," the "Company," "we" or "our") provides temporary staffing,
permanent placement and managed workforce services in the United States and Canada. We report two segments. Commercial
Staffing places light industrial, warehouse, manufacturing and clerical workers, mostly on hourly assignments,
through 412 branch offices and 38 on-site locations at customer facilities. Professional Solutions places information
technology, finance and accounting and healthcare professionals on contract assignments and in permanent positions
through 96 offices, and, since the acquisition of Quillfield Health Partners in August 2023, provides travel nurses and
allied health professionals to hospitals."""),
            p("""In 2025 we placed approximately 214,000 temporary associates on assignments with about 18,500 customers. We
employed about 6,100 full-time internal staff at December 31, 2025. Our business is seasonal: Commercial Staffing revenue
is highest in the third and fourth quarters, when logistics and retail customers prepare for the holiday season."""),
        ),
        (
            p("""Customers. No single customer accounted for more than 4% of revenue from services in 2025, 2024 or 2023. Our ten
largest customers together accounted for 19% of revenue from services in 2025, compared with 17% in 2024. A large part
of Commercial Staffing revenue comes from customers in logistics, e-commerce fulfillment and manufacturing, whose
demand for temporary labor moves with industrial production and consumer spending. Most customer agreements may be
terminated by either party on short notice and do not commit the customer to any volume."""),
            h('Item 1A. Risk Factors'),
            p("""Demand for temporary staffing is highly sensitive to economic conditions; customers reduce temporary headcount
first when demand weakens. We are the employer of record for our temporary associates and are responsible for their
wages, payroll taxes, workers' compensation and, in some cases, health benefits; increases in state unemployment
taxes, minimum wages or workers' compensation costs that we cannot pass on to customers would reduce our gross margin.
We self-insure a significant part of our workers' compensation exposure. Our revolving credit facility bears interest
at floating rates. Competition from online staffing platforms could reduce our bill rates."""),
            h('Item 5. Market for Registrant\'s Common Equity'),
            p("""Our common stock trades on the New York Stock Exchange under the symbol AWSI. We paid quarterly cash dividends of
$0.15 per share in 2025 ($0.60 for the year), compared with $0.57 per share for 2024. In 2025 we repurchased 1.1 million
shares of common stock for $48.2 million; at December 31, 2025, $151.8 million remained available under the $250.0
million repurchase program authorized by our Board of Directors in July 2024."""),
        ),
        (
            h('Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p(f"""Overview. Revenue from services increased {chg(A['rev'][0], A['rev'][1])} in 2025 to ${m(A['rev'][0])} million.
Professional Solutions revenue grew {chg(A['pro_rev'][0], A['pro_rev'][1])}, driven by travel nurse and IT contract demand,
while Commercial Staffing revenue declined {dec(A['com_rev'][0], A['com_rev'][1])}% as light industrial customers in
manufacturing held back hiring through the first half of the year. Gross margin improved to {pct(A['gp'][0], A['rev'][0])},
from {pct(A['gp'][1], A['rev'][1])}, and operating earnings rose to ${m(A['opinc'][0])} million from ${m(A['opinc'][1])}
million, which included a ${m(A['impair'][1])} million goodwill impairment charge. Net earnings were ${m(A['ni'][0])}
million, or {eps(A['ni'], A['dil_sh'])[0]} per diluted share, compared with ${m(A['ni'][1])} million, or
{eps(A['ni'], A['dil_sh'])[1]} per diluted share."""),
            Table(
                caption='Results of operations, 2025 compared with 2024',
                unit='(Dollars in millions)',
                header=('', '2025', '2024', '$ change', '% change'),
                rows=(
                    a_mdna('Revenue from services', 'rev', True),
                    a_mdna('Cost of services', 'cos'),
                    a_mdna('Gross profit', 'gp'),
                    a_mdna('Selling, general and administrative expenses', 'sga'),
                    a_mdna('Depreciation and amortization', 'da'),
                    a_mdna('Operating earnings', 'opinc'),
                    a_mdna('Net earnings', 'ni'),
                ),
            ),
        ),
        (
            p(f"""Gross profit. Gross profit increased {chg(A['gp'][0], A['gp'][1])} to ${m(A['gp'][0])} million. The
{round(A['gp'][0] / A['rev'][0] * 100, 1) - round(A['gp'][1] / A['rev'][1] * 100, 1):.1f}-point improvement in gross margin was
primarily due to the shift in mix toward Professional Solutions, whose gross margin is higher, and lower workers'
compensation costs from favorable claims development, partially offset by lower permanent placement fees in Commercial
Staffing and higher state unemployment tax rates."""),
            p("""Selling, general and administrative expenses. SG&A expenses increased 1.7%, mainly because of higher
incentive compensation in Professional Solutions and $4.8 million of acquisition and integration costs for the
planned combination of our healthcare staffing systems, partially offset by the closure of 27 underperforming Commercial
Staffing branches. As a percentage of revenue from services, SG&A was 19.4% in 2025, compared with 19.8% in 2024."""),
            p(f"""Goodwill impairment. In the fourth quarter of 2024 we recorded a ${m(A['impair'][1])} million goodwill impairment
charge for the Canadian reporting unit of Commercial Staffing, whose revenue and margins had fallen below our
projections. No impairment was recorded in 2025 or 2023."""),
            p(f"""Interest and taxes. Interest expense, net decreased to ${m(A['interest'][0])} million from
${m(A['interest'][1])} million because we reduced borrowings under our revolving credit facility. Our effective income
tax rate was {pct(A['tax'][0], A['pretax'][0])} in 2025, compared with {pct(A['tax'][1], A['pretax'][1])} in 2024; the 2024
rate was higher because most of the goodwill impairment charge was not deductible."""),
        ),
        (
            h('Segment results'),
            Table(
                caption='Segment revenue and operating earnings',
                unit='(Dollars in millions)',
                header=A_YEARS,
                rows=(
                    ('Revenue from services', '', '', ''),
                    row('Commercial Staffing', A['com_rev'], True),
                    row('Professional Solutions', A['pro_rev']),
                    row('Total', A['rev'], True),
                    ('Gross profit', '', '', ''),
                    row('Commercial Staffing', A['com_gp'], True),
                    row('Professional Solutions', A['pro_gp']),
                    row('Total', A['gp'], True),
                    ('Operating earnings', '', '', ''),
                    row('Commercial Staffing', A['com_oi'], True),
                    row('Professional Solutions', A['pro_oi']),
                    row('Corporate expenses', A['corp']),
                    row('Goodwill impairment charge', neg(A['impair'])),
                    row('Total operating earnings', A['opinc'], True),
                ),
            ),
            p(f"""Commercial Staffing revenue decreased {dec(A['com_rev'][0], A['com_rev'][1])}% as hours billed fell 3.9%,
partially offset by a 3.4% increase in average bill rates; the segment's operating earnings decreased to
${m(A['com_oi'][0])} million because of lower permanent placement fees and higher state unemployment taxes. Professional
Solutions revenue increased {chg(A['pro_rev'][0], A['pro_rev'][1])}, led by a 21% increase in travel nurse revenue, and its
operating earnings increased {chg(A['pro_oi'][0], A['pro_oi'][1])} to ${m(A['pro_oi'][0])} million on higher volume and
better leverage of its office costs. Corporate expenses fell because of lower legal costs."""),
        ),
        (
            h('Non-GAAP financial measure: Adjusted EBITDA'),
            p("""We define Adjusted EBITDA as net earnings before income taxes, interest expense, net, other income (expense),
net, depreciation and amortization, goodwill impairment charges, share-based compensation and acquisition and
integration costs. Adjusted EBITDA margin is Adjusted EBITDA divided by revenue from services. Adjusted EBITDA is not a
measure of financial performance under U.S. GAAP and may not be comparable to similarly titled measures of other
companies."""),
            Table(
                caption='Reconciliation of net earnings to Adjusted EBITDA',
                unit='(Dollars in millions)',
                header=A_YEARS,
                rows=(
                    row('Net earnings', A['ni'], True),
                    row('Provision for income taxes', A['tax']),
                    row('Interest expense, net', A['interest']),
                    row('Other (income) expense, net', neg(A['other'])),
                    row('Depreciation and amortization', A['da']),
                    row('Goodwill impairment charge', A['impair']),
                    row('Share-based compensation', A['sbc']),
                    row('Acquisition and integration costs', A['integ']),
                    row('Adjusted EBITDA', A['adj_ebitda'], True),
                    ('Adjusted EBITDA margin', *(pct(a, b) for a, b in zip(A['adj_ebitda'], A['rev']))),
                ),
            ),
            p(f"""Liquidity and capital resources. Cash provided by operating activities was ${m(AC['cfo'][0])} million in 2025,
compared with ${m(AC['cfo'][1])} million in 2024. We used cash to repay ${m(-AC['revolver'][0])} million of revolving
credit borrowings, to repurchase shares for ${m(-AC['buyback'][0])} million and to pay dividends of
${m(-AC['div'][0])} million. At December 31, 2025, $145.0 million was outstanding under our $500.0 million revolving
credit facility, which matures in June 2029, and $355.0 million was available. Working capital needs rise when revenue
grows because we pay temporary associates weekly but collect from customers in about 55 days. We expect capital
expenditures, mostly for technology, of about $25 million to $30 million in 2026."""),
        ),
        (
            h('Item 8. Financial Statements and Supplementary Data'),
            Table(
                caption='ASHGROVE WORKFORCE SOLUTIONS, INC. CONSOLIDATED STATEMENTS OF EARNINGS',
                unit='(In millions, except per share amounts)',
                header=('Year ended December 31,', '2025', '2024', '2023'),
                rows=(
                    row('Revenue from services', A['rev'], True),
                    row('Cost of services', A['cos']),
                    row('Gross profit', A['gp']),
                    row('Selling, general and administrative expenses', A['sga']),
                    row('Depreciation and amortization', A['da']),
                    row('Goodwill impairment charge', A['impair']),
                    row('Operating earnings', A['opinc']),
                    row('Interest expense, net', neg(A['interest'])),
                    row('Other income (expense), net', A['other']),
                    row('Earnings before income taxes', A['pretax']),
                    row('Provision for income taxes', A['tax']),
                    row('Net earnings', A['ni'], True),
                    ('Net earnings per share - basic', *eps(A['ni'], A['basic_sh'])),
                    ('Net earnings per share - diluted', *eps(A['ni'], A['dil_sh'])),
                    ('Weighted average shares outstanding - basic', *(m(v) for v in A['basic_sh'])),
                    ('Weighted average shares outstanding - diluted', *(m(v) for v in A['dil_sh'])),
                ),
            ),
        ),
        (
            Table(
                caption='ASHGROVE WORKFORCE SOLUTIONS, INC. CONSOLIDATED BALANCE SHEETS',
                unit='(In millions, except par value)',
                header=('December 31,', '2025', '2024'),
                rows=(
                    ('ASSETS', '', ''),
                    row('Cash and cash equivalents', AB['cash'], True),
                    row('Trade accounts receivable, less allowances of $9.8 and $10.6', AB['ar']),
                    row('Prepaid expenses and other current assets', AB['prepaid']),
                    row('Total current assets', AB['cur_assets']),
                    row('Property and equipment, net', AB['ppe']),
                    row('Operating lease right-of-use assets', AB['rou']),
                    row('Goodwill', AB['goodwill']),
                    row('Intangible assets, net', AB['intang']),
                    row('Deferred compensation plan assets', AB['dcp']),
                    row('Other assets', AB['other_assets']),
                    row('Total assets', AB['assets'], True),
                    ('LIABILITIES AND SHAREHOLDERS\' EQUITY', '', ''),
                    row('Accounts payable and other accrued expenses', AB['ap'], True),
                    row('Accrued payroll and related taxes', AB['payroll']),
                    row('Accrued workers\' compensation claims', AB['wc_cur']),
                    row('Operating lease liabilities, current', AB['lease_cur']),
                    row('Total current liabilities', AB['cur_liab']),
                    row('Borrowings under revolving credit facility', AB['revolver']),
                    row('Operating lease liabilities, noncurrent', AB['lease']),
                    row('Workers\' compensation claims, long-term', AB['wc_lt']),
                    row('Deferred compensation liabilities', AB['dcl']),
                    row('Other long-term liabilities', AB['other_liab']),
                    row('Total liabilities', AB['liab']),
                    row('Common stock, $0.01 par value', AB['cs']),
                    row('Paid-in capital', AB['apic']),
                    row('Retained earnings', AB['re']),
                    row('Treasury stock, at cost', AB['treasury']),
                    row('Accumulated other comprehensive loss', AB['aoci']),
                    row('Total shareholders\' equity', AB['equity']),
                    row('Total liabilities and shareholders\' equity', add(AB['liab'], AB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='ASHGROVE WORKFORCE SOLUTIONS, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In millions)',
                header=('Year ended December 31,', '2025', '2024', '2023'),
                rows=(
                    ('Cash flows from operating activities', '', '', ''),
                    row('Net earnings', AC['ni'], True),
                    row('Depreciation and amortization', AC['da']),
                    row('Goodwill impairment charge', AC['impair']),
                    row('Share-based compensation', AC['sbc']),
                    row('Deferred income taxes', AC['deferred']),
                    row('Trade accounts receivable', AC['ar']),
                    row('Prepaid expenses and other current assets', AC['prepaid']),
                    row('Accounts payable and other accrued expenses', AC['ap']),
                    row('Accrued payroll and related taxes', AC['payroll']),
                    row('Workers\' compensation claims', AC['wc']),
                    row('Other operating activities', AC['other_op']),
                    row('Net cash provided by operating activities', AC['cfo']),
                    ('Cash flows from investing activities', '', '', ''),
                    row('Capital expenditures, including capitalized software', AC['capex']),
                    row('Business acquisitions, net of cash acquired', AC['acq']),
                    row('Purchases of deferred compensation plan investments, net', AC['dcp']),
                    row('Net cash used in investing activities', AC['cfi']),
                    ('Cash flows from financing activities', '', '', ''),
                    row('Net (repayments) borrowings under revolving credit facility', AC['revolver']),
                    row('Repurchases of common stock', AC['buyback']),
                    row('Dividends paid', AC['div']),
                    row('Taxes paid on net share settlement of equity awards', AC['withhold']),
                    row('Net cash (used in) provided by financing activities', AC['cff']),
                    row('Effect of exchange rate changes on cash', AC['fx']),
                    row('Net change in cash and cash equivalents', AC['net']),
                    row('Cash and cash equivalents at beginning of year', AC['begin']),
                    row('Cash and cash equivalents at end of year', AC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Consolidated Financial Statements'),
            p(f"""Note 6. Debt. Our $500.0 million unsecured revolving credit facility matures in June 2029 and bears interest
at SOFR plus a margin of 1.125% to 1.75% based on our leverage ratio. Borrowings were $145.0 million at December 31, 2025
and $210.0 million at December 31, 2024; the weighted average interest rate on borrowings was 5.6% at December 31, 2025.
The facility requires a maximum leverage ratio of 3.0 to 1.0; we were in compliance at December 31, 2025."""),
            p(f"""Note 14. Segment information. Our chief operating decision maker, the Chief Executive Officer, evaluates
segment performance on revenue from services, gross profit and segment operating earnings, which exclude corporate
expenses and goodwill impairment charges. Depreciation and amortization was $21.8 million in Commercial Staffing, $13.9
million in Professional Solutions and $2.7 million in corporate in 2025. Revenue from customers in Canada was $187.4
million in 2025 and $204.9 million in 2024; all other revenue was earned in the United States."""),
            p("""Note 16. Subsequent event. On January 27, 2026, our Board of Directors declared a quarterly cash dividend of $0.16
per share, payable on March 13, 2026 to shareholders of record on February 27, 2026."""),
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Halberd Aerostructures, Inc. - Form 10-Q, second quarter of 2025 (ended June 29, 2025). Columns: three months
# 2025, three months 2024, six months 2025, six months 2024; tenths of a million.
# ---------------------------------------------------------------------------------------------------------------
Q_COLS = ('', 'Three months ended June 29, 2025', 'Three months ended June 30, 2024',
          'Six months ended June 29, 2025', 'Six months ended June 30, 2024')
H = dict(
    com_rev=[4_318, 3_816, 8_324, 7_429],
    ds_rev=[1_806, 1_673, 3_549, 3_287],
    cos=[4_976, 4_523, 9_698, 8_894],
    sga=[418, 392, 831, 784],
    rd=[126, 114, 247, 223],
    fwd=[0, 187, 63, 187],
    restr=[34, 0, 59, 0],
    interest=[141, 153, 284, 309],
    other=[12, -6, 21, 4],
    tax=[93, 27, 150, 68],
    basic_sh=[361, 366, 362, 365],
    dil_sh=[364, 369, 365, 368],
    com_oi=[426, 141, 699, 350],
    ds_oi=[236, 198, 455, 388],
    corp=[-58, -66, -120, -110],
)
H['rev'] = add(H['com_rev'], H['ds_rev'])
H['opex'] = add(H['cos'], H['sga'], H['rd'], H['fwd'], H['restr'])
H['opinc'] = sub(H['rev'], H['opex'])
H['pretax'] = add(sub(H['opinc'], H['interest']), H['other'])
H['ni'] = sub(H['pretax'], H['tax'])
H['adj_oi'] = add(H['opinc'], H['fwd'], H['restr'])
assert add(H['com_oi'], H['ds_oi'], H['corp'], neg(H['restr'])) == H['opinc']

# Six-month cash flows: 2025, 2024
HC = dict(
    ni=[H['ni'][2], H['ni'][3]],
    da=[612, 597],
    sbc=[78, 71],
    deferred=[36, -42],
    fwd=[H['fwd'][2], H['fwd'][3]],
    ar=[-232, -188],
    ca=[-354, -412],
    inv=[-251, -176],
    oca=[-22, -14],
    ap=[194, 126],
    accrued=[-94, -121],
    cl=[148, 97],
    fwd_use=[-138, -46],
    pension=[-36, -31],
    other_op=[-15, 12],
    capex=[-698, -574],
    sale=[0, 46],
    debt=[-122, -125],
    div=[-73, -66],
    buyback=[-150, 0],
    withhold=[-19, -17],
    fx=[3, -2],
)
HC['cfo'] = add(*(HC[k] for k in ('ni', 'da', 'sbc', 'deferred', 'fwd', 'ar', 'ca', 'inv', 'oca', 'ap', 'accrued', 'cl',
                                    'fwd_use', 'pension', 'other_op')))
HC['cfi'] = add(HC['capex'], HC['sale'])
HC['cff'] = add(HC['debt'], HC['div'], HC['buyback'], HC['withhold'])
HC['net'] = add(HC['cfo'], HC['cfi'], HC['cff'], HC['fx'])
HC['begin'] = [1_874, 1_652]
HC['end'] = add(HC['begin'], HC['net'])
HC['fcf'] = add(HC['cfo'], HC['capex'])

_h_amort = 38
HB = dict(
    cash=[HC['end'][0], HC['begin'][0]],
    ar=[3_126, 2_894],
    ca=[4_412, 4_058],
    inv=[5_237, 4_986],
    oca=[318, 296],
    ppe=[18_312 - HC['capex'][0] - (HC['da'][0] - _h_amort), 18_312],
    goodwill=[2_541, 2_541],
    intang=[721 - _h_amort, 721],
    dta=[412, 448],
    other_assets=[295, 287],
    ap=[3_378, 3_184],
    accrued=[1_412, 1_506],
    cl_cur=[1_946, 1_721],
    cur_debt=[250, 250],
    fwd_cur=[214, 289],
    ltd=[9_642, 9_764],
    cl_lt=[1_185, 1_262],
    pension=[932, 968],
    other_liab=[471, 491],
    cs=[4, 4],
    treasury=[-(2_036 + 150), -2_036],
)
for _k, _c in (('ar', 'ar'), ('ca', 'ca'), ('inv', 'inv'), ('oca', 'oca')):
    assert HB[_k][0] - HB[_k][1] == -HC[_c][0]
assert HB['ap'][0] - HB['ap'][1] == HC['ap'][0] and HB['accrued'][0] - HB['accrued'][1] == HC['accrued'][0]
assert (HB['cl_cur'][0] + HB['cl_lt'][0]) - (HB['cl_cur'][1] + HB['cl_lt'][1]) == HC['cl'][0]
assert HB['fwd_cur'][0] == HB['fwd_cur'][1] + HC['fwd'][0] + HC['fwd_use'][0]
assert HB['pension'][0] - HB['pension'][1] == HC['pension'][0] and HB['dta'][1] - HB['dta'][0] == HC['deferred'][0]
assert HB['ltd'][0] - HB['ltd'][1] == HC['debt'][0]
HB['apic'] = [3_518 + HC['sbc'][0] + HC['withhold'][0], 3_518]
HB['cur_assets'] = add(HB['cash'], HB['ar'], HB['ca'], HB['inv'], HB['oca'])
HB['assets'] = add(HB['cur_assets'], HB['ppe'], HB['goodwill'], HB['intang'], HB['dta'], HB['other_assets'])
HB['cur_liab'] = add(HB['ap'], HB['accrued'], HB['cl_cur'], HB['cur_debt'], HB['fwd_cur'])
HB['liab'] = add(HB['cur_liab'], HB['ltd'], HB['cl_lt'], HB['pension'], HB['other_liab'])
_h_aoci_2024 = -846
_h_re_2024 = HB['assets'][1] - HB['liab'][1] - HB['cs'][1] - HB['apic'][1] - HB['treasury'][1] - _h_aoci_2024
HB['re'] = [_h_re_2024 + HC['ni'][0] + HC['div'][0], _h_re_2024]
HB['aoci'] = [HB['assets'][0] - HB['liab'][0] - HB['cs'][0] - HB['apic'][0] - HB['treasury'][0] - HB['re'][0],
              _h_aoci_2024]
HB['equity'] = add(HB['cs'], HB['apic'], HB['re'], HB['treasury'], HB['aoci'])
assert add(HB['liab'], HB['equity']) == HB['assets']


def qrow(label, vals, dollar=False):
    return row(label, vals, dollar)


HALBERD_10Q = Report(
    stem="halberd_aerostructures_10q_q2_2025",
    title="Halberd Aerostructures, Inc. - Quarterly Report on Form 10-Q for the quarterly period ended June 29, 2025",
    running_title="Halberd Aerostructures, Inc. | Form 10-Q Q2 2025",
    date="August 5, 2025",
    iso_date="2025-08-05",
    keywords=("Halberd Aerostructures", "10-Q", "aerostructures", "2025"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-Q. QUARTERLY REPORT PURSUANT TO
SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the quarterly period ended June 29, 2025. Commission file
number 001-38102. HALBERD AEROSTRUCTURES, INC. (a Kansas corporation; I.R.S. Employer Identification No. 48-1307755), 2250
Airport Industrial Road, Wichita, Kansas 67209. Title of each class: Class A common stock, par value $0.01 per share.
Trading symbol: HLBD. Name of each exchange on which registered: New York Stock Exchange. As of July 25, 2025, 35,942,610
shares of the registrant's Class A common stock were outstanding. Large accelerated filer: Yes. Shell company: No."""),
            h('PART I - FINANCIAL INFORMATION. Item 1. Financial Statements (unaudited)'),
            Table(
                caption='HALBERD AEROSTRUCTURES, INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS',
                unit='(In millions, except per share data)',
                header=Q_COLS,
                rows=(
                    qrow('Net sales', H['rev'], True),
                    ('Operating costs and expenses', '', '', '', ''),
                    qrow('Cost of sales', H['cos']),
                    qrow('Selling, general and administrative', H['sga']),
                    qrow('Research and development', H['rd']),
                    qrow('Forward losses on long-term contracts', H['fwd']),
                    qrow('Restructuring costs', H['restr']),
                    qrow('Total operating costs and expenses', H['opex']),
                    qrow('Operating income', H['opinc']),
                    qrow('Interest expense and financing fee amortization', neg(H['interest'])),
                    qrow('Other income (expense), net', H['other']),
                    qrow('Income before income taxes', H['pretax']),
                    qrow('Income tax provision', H['tax']),
                    qrow('Net income', H['ni'], True),
                    ('Earnings per share - basic', *eps(H['ni'], H['basic_sh'])),
                    ('Earnings per share - diluted', *eps(H['ni'], H['dil_sh'])),
                    ('Dividends declared per common share', '$0.10', '$0.09', '$0.20', '$0.18'),
                    ('Weighted average shares - diluted', *(m(v) for v in H['dil_sh'])),
                ),
            ),
        ),
        (
            Table(
                caption='HALBERD AEROSTRUCTURES, INC. CONDENSED CONSOLIDATED BALANCE SHEETS',
                unit='(In millions)',
                header=('', 'June 29, 2025', 'December 31, 2024'),
                rows=(
                    row('Cash and cash equivalents', HB['cash'], True),
                    row('Accounts receivable, net', HB['ar']),
                    row('Contract assets, short-term', HB['ca']),
                    row('Inventory, net', HB['inv']),
                    row('Other current assets', HB['oca']),
                    row('Total current assets', HB['cur_assets']),
                    row('Property, plant and equipment, net', HB['ppe']),
                    row('Goodwill', HB['goodwill']),
                    row('Intangible assets, net', HB['intang']),
                    row('Deferred income taxes', HB['dta']),
                    row('Other assets', HB['other_assets']),
                    row('Total assets', HB['assets'], True),
                    row('Accounts payable', HB['ap'], True),
                    row('Accrued expenses', HB['accrued']),
                    row('Contract liabilities, short-term', HB['cl_cur']),
                    row('Current portion of long-term debt', HB['cur_debt']),
                    row('Forward loss provision, current', HB['fwd_cur']),
                    row('Total current liabilities', HB['cur_liab']),
                    row('Long-term debt', HB['ltd']),
                    row('Contract liabilities, long-term', HB['cl_lt']),
                    row('Pension and other postretirement benefit obligations', HB['pension']),
                    row('Other non-current liabilities', HB['other_liab']),
                    row('Total liabilities', HB['liab']),
                    row('Class A common stock, $0.01 par value', HB['cs']),
                    row('Additional paid-in capital', HB['apic']),
                    row('Retained earnings', HB['re']),
                    row('Treasury stock, at cost', HB['treasury']),
                    row('Accumulated other comprehensive loss', HB['aoci']),
                    row('Total stockholders\' equity', HB['equity']),
                    row('Total liabilities and stockholders\' equity', add(HB['liab'], HB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='HALBERD AEROSTRUCTURES, INC. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS',
                unit='(In millions)',
                header=('Six months ended', 'June 29, 2025', 'June 30, 2024'),
                rows=(
                    row('Net income', HC['ni'], True),
                    row('Depreciation and amortization', HC['da']),
                    row('Stock-based compensation', HC['sbc']),
                    row('Deferred taxes', HC['deferred']),
                    row('Forward loss charges', HC['fwd']),
                    row('Accounts receivable, net', HC['ar']),
                    row('Contract assets', HC['ca']),
                    row('Inventory, net', HC['inv']),
                    row('Other current assets', HC['oca']),
                    row('Accounts payable and accrued expenses', add(HC['ap'], HC['accrued'])),
                    row('Contract liabilities', HC['cl']),
                    row('Forward loss provision utilized', HC['fwd_use']),
                    row('Pension and other postretirement benefits', HC['pension']),
                    row('Other, net', HC['other_op']),
                    row('Net cash provided by operating activities', HC['cfo']),
                    row('Purchase of property, plant and equipment', HC['capex']),
                    row('Proceeds from sale of assets', HC['sale']),
                    row('Net cash used in investing activities', HC['cfi']),
                    row('Principal payments of debt', HC['debt']),
                    row('Dividends paid', HC['div']),
                    row('Purchase of treasury stock', HC['buyback']),
                    row('Taxes paid related to net share settlement of awards', HC['withhold']),
                    row('Net cash used in financing activities', HC['cff']),
                    row('Effect of exchange rate changes on cash', HC['fx']),
                    row('Net (decrease) increase in cash and cash equivalents', HC['net']),
                    row('Cash and cash equivalents, beginning of period', HC['begin']),
                    row('Cash and cash equivalents, end of period', HC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Condensed Consolidated Financial Statements (unaudited)'),
            p("""Note 1. Basis of presentation. Our fiscal quarters end on the Sunday nearest the end of the calendar quarter; the
second quarter of 2025 ended on June 29, 2025 and the second quarter of 2024 ended on June 30, 2024. Our fiscal year ends
on December 31."""),
            p(f"""Note 5. Forward losses. We record the full estimated loss on a long-term contract in the period in which the
loss becomes probable. In the first quarter of 2025 we recorded a forward loss of ${m(H['fwd'][2])} million on the
aft fuselage contract for the Meridian M220 regional jet, because of higher supplier costs and a lower production rate
announced by the customer. In the second quarter of 2024 we recorded a forward loss of ${m(H['fwd'][1])} million on
the same contract. No forward losses were recorded in the second quarter of 2025."""),
            p("""Note 9. Debt. At June 29, 2025, total debt of $989.2 million consisted of $300.0 million of 4.875% senior secured
notes due 2028, $350.0 million of 6.25% senior notes due 2030 and $345.0 million outstanding under a term loan due 2029
bearing interest at SOFR plus 2.25%, less $5.8 million of unamortized discount and issuance costs; $25.0 million of the
term loan is due within one year. We made principal payments of $12.2 million on the term loan in the six months. Our
$400.0 million revolving credit facility was undrawn at June 29, 2025."""),
            p("""Note 12. Segment information. We report two segments: Commercial Aerostructures, which builds fuselage sections,
wing components and nacelle structures for commercial airplanes, and Defense & Space, which builds structures for
military aircraft, rotorcraft and launch vehicles. Segment operating income excludes corporate and unallocated expenses
and restructuring costs; forward losses are charged to the segment of the contract."""),
            Table(
                caption='Segment net sales and operating income',
                unit='(In millions)',
                header=Q_COLS,
                rows=(
                    ('Net sales', '', '', '', ''),
                    qrow('Commercial Aerostructures', H['com_rev'], True),
                    qrow('Defense & Space', H['ds_rev']),
                    qrow('Total net sales', H['rev'], True),
                    ('Segment operating income', '', '', '', ''),
                    qrow('Commercial Aerostructures', H['com_oi'], True),
                    qrow('Defense & Space', H['ds_oi']),
                    qrow('Corporate and unallocated', H['corp']),
                    qrow('Restructuring costs', neg(H['restr'])),
                    qrow('Total operating income', H['opinc'], True),
                ),
            ),
            p("""Note 14. Subsequent event. On July 22, 2025, our Board of Directors declared a quarterly dividend of $0.10 per
share of Class A common stock, payable on September 2, 2025 to stockholders of record on August 11, 2025."""),
        ),
        (
            h('Item 2. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'),
            p("""Overview. We are one of the largest independent makers of aerostructures. Our largest customer, Meridian Aircraft
Company, accounted for approximately 48% of our net sales in the six months ended June 29, 2025 (47% in the six months
ended June 30, 2024), mostly under long-term supply agreements for its M300 narrow-body and M220 regional jet programs.
Sales to the U.S. Government, directly and through prime contractors, were approximately 26% of net sales in the six
months. A reduction in Meridian's production rates, a work stoppage at its plants or the loss of a program would
materially reduce our sales."""),
            p("""Deliveries. We delivered 186 M300 fuselage shipsets in the second quarter of 2025, compared with 161 in the second
quarter of 2024, and 358 in the six months, compared with 318. Our total backlog was approximately $14.8 billion at June
29, 2025, compared with $14.1 billion at December 31, 2024; we expect to recognize about 30% of it within the next twelve
months."""),
            p(f"""Results for the second quarter. Net sales increased {chg(H['rev'][0], H['rev'][1])} to ${m(H['rev'][0])} million,
primarily due to higher M300 production rates, partially offset by lower M220 deliveries. Commercial Aerostructures net
sales increased {chg(H['com_rev'][0], H['com_rev'][1])} and Defense & Space net sales increased
{chg(H['ds_rev'][0], H['ds_rev'][1])}, on higher rotorcraft volume and a new launch vehicle interstage program. Cost of
sales was {pct(H['cos'][0], H['rev'][0])} of net sales, compared with {pct(H['cos'][1], H['rev'][1])}, reflecting better
absorption of fixed costs at our Wichita fuselage plant and lower freight costs. Operating income was
${m(H['opinc'][0])} million, compared with ${m(H['opinc'][1])} million, which included the ${m(H['fwd'][1])} million
forward loss on the M220 program. Restructuring costs of ${m(H['restr'][0])} million in the quarter relate to the
consolidation of our Tulsa machining operations into Wichita, announced in February 2025, for which we expect total costs
of $11 million to $13 million and annual savings of about $15 million from 2026. Interest expense decreased because of
lower term loan balances and rates. The effective tax rate was {pct(H['tax'][0], H['pretax'][0])}, compared with
{pct(H['tax'][1], H['pretax'][1])}."""),
            p(f"""Six months. Net sales increased {chg(H['rev'][2], H['rev'][3])} to ${m(H['rev'][2])} million and operating income
increased to ${m(H['opinc'][2])} million from ${m(H['opinc'][3])} million. Net income was ${m(H['ni'][2])} million,
or {eps(H['ni'], H['dil_sh'])[2]} per diluted share, compared with ${m(H['ni'][3])} million, or
{eps(H['ni'], H['dil_sh'])[3]} per diluted share."""),
        ),
        (
            h('Non-GAAP financial measures'),
            p("""We use adjusted operating income, which is operating income excluding forward losses on long-term contracts and
restructuring costs, and adjusted operating margin, which is adjusted operating income divided by net sales. We also
use free cash flow, defined as net cash provided by operating activities less purchase of property, plant and
equipment. These measures are not defined by U.S. GAAP and should not be considered in isolation."""),
            Table(
                caption='Reconciliation of operating income to adjusted operating income',
                unit='(In millions)',
                header=Q_COLS,
                rows=(
                    qrow('Operating income (GAAP)', H['opinc'], True),
                    qrow('Forward losses on long-term contracts', H['fwd']),
                    qrow('Restructuring costs', H['restr']),
                    qrow('Adjusted operating income (non-GAAP)', H['adj_oi'], True),
                    ('Adjusted operating margin', *(pct(a, b) for a, b in zip(H['adj_oi'], H['rev']))),
                ),
            ),
            p(f"""Liquidity and capital resources. Net cash provided by operating activities was ${m(HC['cfo'][0])} million in the
six months ended June 29, 2025, compared with ${m(HC['cfo'][1])} million, as higher earnings and customer advances more
than offset the build of contract assets and inventory for higher M300 rates. Free cash flow was negative ${m(-HC['fcf'][0])}
million, compared with negative ${m(-HC['fcf'][1])} million. Capital expenditures were ${m(-HC['capex'][0])} million, mainly for
M300 rate tooling; we continue to expect full-year 2025 capital expenditures of about $150 million. At June 29, 2025 we
had ${m(HB['cash'][0])} million of cash and cash equivalents and $400.0 million available under our revolving credit
facility. In the six months we repurchased 0.4 million shares for ${m(-HC['buyback'][0])} million."""),
            h('PART II - OTHER INFORMATION'),
            p("""Item 1A. Risk Factors. There have been no material changes from the risk factors in our Annual Report on Form 10-K
for 2024, which include our dependence on Meridian Aircraft Company and on the U.S. Government, the risk of further
forward losses on fixed-price contracts, supply chain constraints for castings, forgings and fasteners, and our
indebtedness."""),
        ),
    ),
)

REPORTS = (ASHGROVE_10K, HALBERD_10Q)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
