"""Build the two filings of the held-out set filings23 (eval/datasets/filings23/docs/).

The 10-K is a PDF with the sample corpus's layout (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of
M" footer, fixed creation date, so a rebuild without text changes gives the same file); the earnings release is an
HTML exhibit written from the same kind of figures (write_release). The companies and every figure are fictional. The
instrument maker's figures are held in thousands and the school bus operator's in tenths of a million (printed in
millions with one decimal), integers both, so that statement totals, summed here from their lines, foot exactly.

    .venv/bin/python eval/datasets/filings23/build_pdf.py      # writes docs/*.pdf and docs/*.html
"""

from __future__ import annotations

import html
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
# Harlan & Voss Instruments, Inc.: Form 10-K, fiscal year ended September 30, 2026, in thousands.
# Columns: fiscal 2026, fiscal 2025, fiscal 2024.
# ---------------------------------------------------------------------------------------------------------------
H = dict(
    s_band=[412_806, 398_114, 371_502],  # Band and Orchestra
    s_fret=[356_240, 372_918, 351_077],  # Fretted Instruments
    s_keys=[198_615, 176_402, 169_830],  # Keyboards
    cogs=[598_412, 594_206, 562_118],
    sda=[224_806, 216_540, 205_117],  # selling, distribution and administrative
    rpd=[18_412, 17_306, 16_118],  # research and product development
    plant=[6_214, 0, 0],  # plant consolidation charges
    interest=[12_406, 14_118, 15_602],
    other=[1_218, 906, 744],  # other income, net
    tax=[24_986, 25_055, 22_141],
    basic_sh=[28_412, 28_906, 29_318],
    dil_sh=[28_760, 29_244, 29_702],
    oi_band=[70_018, 58_906, 54_210],
    oi_fret=[38_106, 47_812, 43_915],
    oi_keys=[30_004, 24_118, 22_406],
    us=[612_418, 604_806, 571_224],
    canlat=[58_206, 55_118, 51_906],  # Canada and Latin America
    europe=[186_412, 178_904, 168_315],
)
H['sales'] = add(H['s_band'], H['s_fret'], H['s_keys'])
H['gp'] = sub(H['sales'], H['cogs'])
H['opex'] = add(H['sda'], H['rpd'], H['plant'])
H['opinc'] = sub(H['gp'], H['opex'])
H['pretax'] = add(sub(H['opinc'], H['interest']), H['other'])
H['ni'] = sub(H['pretax'], H['tax'])
H['corp'] = sub(add(H['opinc'], H['plant']), add(H['oi_band'], H['oi_fret'], H['oi_keys']))
H['apac'] = sub(H['sales'], add(H['us'], H['canlat'], H['europe']))
assert min(H['ni']) > 0 and max(H['corp']) < 0 and min(H['apac']) > 0

HC = dict(
    dep=[24_118, 23_406, 22_815],
    amort=[3_912, 3_105, 3_105],
    sbc=[6_412, 5_918, 5_506],
    impair=[3_406, 0, 0],  # non-cash part of the plant consolidation charges
    deferred=[-1_204, 812, 406],
    ar=[-6_318, -4_106, -7_912],
    inv=[-14_806, 12_412, -22_604],
    prepaid=[-906, 412, -318],
    ap=[4_118, -3_806, 5_212],
    accrued=[5_604, -1_218, 2_406],
    capex=[-28_406, -24_118, -26_902],
    acquisition=[-41_250, 0, 0],
    asset_sales=[2_118, 906, 412],
    rev_borrow=[35_000, 0, 0],
    rev_repay=[-15_000, 0, 0],
    term_repay=[-20_000, -20_000, -15_000],
    dividends=[-27_276, -25_437, -23_454],
    buyback=[-30_118, -22_406, -18_905],
    withhold=[-1_806, -1_512, -1_318],
    begin2024=48_612,
)
HC['cfo'] = add(H['ni'], HC['dep'], HC['amort'], HC['sbc'], HC['impair'], HC['deferred'], HC['ar'], HC['inv'],
                HC['prepaid'], HC['ap'], HC['accrued'])
HC['cfi'] = add(HC['capex'], HC['acquisition'], HC['asset_sales'])
HC['cff'] = add(HC['rev_borrow'], HC['rev_repay'], HC['term_repay'], HC['dividends'], HC['buyback'], HC['withhold'])
HC['net'] = add(HC['cfo'], HC['cfi'], HC['cff'])
_h_begin = [0, 0, HC['begin2024']]
_h_begin[1] = HC['begin2024'] + HC['net'][2]
_h_begin[0] = _h_begin[1] + HC['net'][1]
HC['begin'] = _h_begin
HC['end'] = add(HC['begin'], HC['net'])
# dividends paid agree with $0.96, $0.88 and $0.80 per share on basic shares (within rounding of share counts)
for _d, _ps, _sh in zip(HC['dividends'], (96, 88, 80), H['basic_sh']):
    assert abs(-_d - _ps * _sh / 100) < 60, (_d, _ps, _sh)
H_ACQ = dict(inv=6_200, ppe=3_300, goodwill=17_850, intang=13_900)  # Teller Drum Company, March 2, 2026
assert sum(H_ACQ.values()) == -HC['acquisition'][0]

# Balance sheets at September 30, 2026 and 2025; the 2026 changes come from the fiscal 2026 cash flow lines.
HB = dict(
    cash=[HC['end'][0], HC['begin'][0]],
    ar=[118_406 - HC['ar'][0], 118_406],
    inv=[262_118 - HC['inv'][0] + H_ACQ['inv'], 262_118],
    prepaid=[14_212 - HC['prepaid'][0], 14_212],
    ppe=[186_406 - HC['capex'][0] - HC['dep'][0] - HC['asset_sales'][0] - HC['impair'][0] + H_ACQ['ppe'], 186_406],
    rou=[36_918, 38_412],
    goodwill=[96_418 + H_ACQ['goodwill'], 96_418],
    intang=[42_106 + H_ACQ['intang'] - HC['amort'][0], 42_106],
    other_assets=[9_806, 9_806],
    ap=[58_412 + HC['ap'][0], 58_412],
    accrued=[46_118 + HC['accrued'][0], 46_118],
    debt_cur=[20_000, 20_000],
    lease_cur=[8_112, 8_406],
    debt=[220_000 + HC['term_repay'][0] + HC['rev_borrow'][0] + HC['rev_repay'][0], 220_000],
    lease=[0, 30_006],
    dtl=[18_604 + HC['deferred'][0], 18_604],
    other_liab=[12_318, 12_318],
    cs=[312, 312],
    apic=[214_806 + HC['sbc'][0] + HC['withhold'][0], 214_806],
    treasury=[-148_412 + HC['buyback'][0], -148_412],
    aoci=[-8_906, -8_906],
)
HB['lease'][0] = HB['rou'][0] - HB['rou'][1] + HB['lease_cur'][1] + HB['lease'][1] - HB['lease_cur'][0]
HB['cur_assets'] = add(HB['cash'], HB['ar'], HB['inv'], HB['prepaid'])
HB['assets'] = add(HB['cur_assets'], HB['ppe'], HB['rou'], HB['goodwill'], HB['intang'], HB['other_assets'])
HB['cur_liab'] = add(HB['ap'], HB['accrued'], HB['debt_cur'], HB['lease_cur'])
HB['liab'] = add(HB['cur_liab'], HB['debt'], HB['lease'], HB['dtl'], HB['other_liab'])
_h_re25 = HB['assets'][1] - HB['liab'][1] - HB['cs'][1] - HB['apic'][1] - HB['treasury'][1] - HB['aoci'][1]
HB['re'] = [_h_re25 + H['ni'][0] + HC['dividends'][0], _h_re25]
HB['equity'] = add(HB['cs'], HB['apic'], HB['re'], HB['treasury'], HB['aoci'])
assert add(HB['liab'], HB['equity']) == HB['assets'], (add(HB['liab'], HB['equity']), HB['assets'])
assert min(HC['end']) > 0 and min(HB['re']) > 0
H_TOTAL_DEBT = add(HB['debt_cur'], HB['debt'])
assert H_TOTAL_DEBT == [240_000, 240_000]  # term loan 220,000 + revolver 20,000 in 2026; term loan 240,000 in 2025
# segment capital expenditures sum to the total
H_SEG_CAPEX = dict(band=[9_806, 8_412, 9_118], fret=[7_215, 8_906, 10_204], keys=[9_418, 5_206, 5_812])
H_SEG_CAPEX['corp'] = sub(neg(HC['capex']), add(H_SEG_CAPEX['band'], H_SEG_CAPEX['fret'], H_SEG_CAPEX['keys']))
assert min(H_SEG_CAPEX['corp']) > 0

H_YEARS = ('', 'Fiscal 2026', 'Fiscal 2025', 'Fiscal 2024')


def eps(ni, sh):
    """Net income and shares both in thousands."""
    return tuple(f"${a / b:.2f}" for a, b in zip(ni, sh))


def hrow(label, key, dollar=False):
    return row(label, H[key], dollar)


HARLAN_10K = Report(
    stem="harlan_voss_instruments_10k_fy2026",
    title="Harlan & Voss Instruments, Inc. - Annual Report on Form 10-K for the fiscal year ended September 30, 2026",
    running_title="Harlan & Voss Instruments, Inc. | Form 10-K fiscal 2026",
    date="November 24, 2026",
    iso_date="2026-11-24",
    keywords=("Harlan & Voss Instruments", "10-K", "musical instruments", "fiscal 2026"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. [X] ANNUAL REPORT
PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended September 30, 2026.
Commission File Number 000-29614. HARLAN & VOSS INSTRUMENTS, INC. (Exact name of registrant as specified in its
charter), an Indiana corporation, I.R.S. Employer Identification No. 35-1468820, 2200 Conn Avenue, Elkhart, Indiana
46514. Registrant's telephone number, including area code: (574) 555-0190."""),
            Table(
                caption='Securities registered pursuant to Section 12(b) of the Act',
                unit='',
                header=('Title of each class', 'Trading Symbol(s)', 'Name of each exchange on which registered'),
                rows=(
                    ('Common Stock, $0.01 par value', 'HVIN', 'The Nasdaq Stock Market LLC'),
                ),
            ),
            p("""Accelerated filer [X]. The aggregate market value of the common stock held by non-affiliates of the
registrant, computed by reference to the closing price on March 31, 2026, the last business day of the registrant's
most recently completed second fiscal quarter, was approximately $1.46 billion. As of November 13, 2026, 28,216,455
shares of the registrant's common stock were outstanding."""),
            h('PART I. Item 1. Business'),
            p("""Harlan & Voss Instruments, Inc. ("Harlan & Voss," "we," "our") designs, manufactures and sells musical
instruments and accessories under the Harlan, Voss, Brightwater and Teller brands. Our fiscal year ends on September
30; "fiscal 2026" refers to the twelve months ended September 30, 2026. We report three segments. Band and Orchestra
makes brass, woodwind and string instruments sold mainly to school music programs through independent dealers, many
of which rent instruments to students under rent-to-own plans. Fretted Instruments makes acoustic and electric
guitars, basses and amplifiers sold through music retailers, e-commerce retailers and our own websites. Keyboards
makes acoustic pianos at our plant in Ravenna, Ohio and digital pianos assembled by a contract manufacturer in
Malaysia, sold through piano dealers and to universities, conservatories and concert halls."""),
            p("""On March 2, 2026 we acquired Teller Drum Company, a privately held maker of marching and concert
percussion instruments in Lancaster, Pennsylvania, for $41.3 million in cash, funded with cash on hand and $35.0
million borrowed under our revolving credit facility. Teller is reported in the Band and Orchestra segment."""),
        ),
        (
            p("""Human capital. At September 30, 2026 we had approximately 4,120 employees, compared with approximately
4,380 at September 30, 2025; the decrease reflects the closing of our guitar plant in Nashville, Tennessee, partly
offset by about 210 employees who joined us with Teller. Approximately 2,640 of our employees work in manufacturing,
many of them skilled craftspeople such as piano finishers, brass bell makers and luthiers. The 460 hourly employees
at our Ravenna piano plant are represented by the United Steelworkers under an agreement that expires on April 30,
2028. We consider our relations with our employees to be good."""),
            p("""Seasonality. Band and Orchestra sales are highest in our fourth fiscal quarter (July through
September), when dealers stock instruments for back-to-school rental programs. Fretted Instruments and Keyboards sales
are highest in our first fiscal quarter, which includes the holiday season."""),
            h('Item 1A. Risk Factors'),
            p("""Our Band and Orchestra sales depend on school music budgets, which may be cut when state and local
governments face revenue shortfalls. Many of our dealers are small businesses that finance their inventory, and higher
interest rates may lead them to carry less of our product. We buy tonewoods, including mahogany, rosewood and spruce,
whose trade is restricted under international conventions, and a change in those rules could limit our supply. Our
digital pianos are assembled by a single contract manufacturer."""),
            h("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
              "Securities"),
            p(f"""Our common stock trades on the Nasdaq Global Select Market under the symbol HVIN. At November 13, 2026
there were approximately 1,240 holders of record. We paid quarterly cash dividends of $0.24 per share in fiscal 2026
($0.96 for the year) and $0.22 per share in fiscal 2025 ($0.88 for the year). On November 10, 2026 our Board of
Directors raised the quarterly dividend to $0.26 per share, payable on December 15, 2026. During fiscal 2026 we
repurchased 642,318 shares for ${mk(-HC['buyback'][0])} million under the $100 million program authorized in May
2025, of which $41.7 million remained available at September 30, 2026."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Net sales for fiscal 2026 were ${mk(H['sales'][0])} million, an increase of
{chg(H['sales'][0], H['sales'][1])} from ${mk(H['sales'][1])} million in fiscal 2025; Teller contributed $17.4 million
of net sales. Gross margin improved to {pct(H['gp'][0], H['sales'][0])} from {pct(H['gp'][1], H['sales'][1])}. Net
income was ${mk(H['ni'][0])} million, or {eps(H['ni'], H['dil_sh'])[0]} per diluted share, compared with
${mk(H['ni'][1])} million, or {eps(H['ni'], H['dil_sh'])[1]} per diluted share, in fiscal 2025. Results for fiscal
2026 include plant consolidation charges of ${mk(H['plant'][0])} million for the closing of the Nashville guitar
plant, whose production moved to our Ensenada, Mexico plant."""),
        ),
        (
            p(f"""Band and Orchestra. Segment net sales increased {chg(H['s_band'][0], H['s_band'][1])} to
${mk(H['s_band'][0])} million, of which Teller contributed $17.4 million. Excluding Teller, sales decreased
slightly, as price increases of about 3% did not fully offset lower unit shipments of student brass instruments to
dealers, who reduced their rental fleets. Segment operating income rose to ${mk(H['oi_band'][0])} million from
${mk(H['oi_band'][1])} million, helped by the price increases, Teller's margins and lower freight costs."""),
            p(f"""Fretted Instruments. Segment net sales decreased {down(H['s_fret'][0], H['s_fret'][1])} to
${mk(H['s_fret'][0])} million. Demand for entry-level guitars continued to normalize after the surge of recent years,
and two large e-commerce retailers reduced their inventories. Segment operating income declined to
${mk(H['oi_fret'][0])} million from ${mk(H['oi_fret'][1])} million, because of the lower volume, promotional pricing
on entry-level models and duplicate costs while production moved from Nashville to Ensenada. The plant consolidation
charges are not included in segment operating income."""),
            p(f"""Keyboards. Segment net sales increased {chg(H['s_keys'][0], H['s_keys'][1])} to
${mk(H['s_keys'][0])} million, the fastest growth of our segments. Sales of digital pianos rose about 14%, led by our
Brightwater hybrid models, and we delivered concert grand pianos under a multi-year order from a state university
system. Segment operating income increased to ${mk(H['oi_keys'][0])} million from ${mk(H['oi_keys'][1])} million,
as higher volume absorbed more of the Ravenna plant's fixed costs."""),
            p(f"""Costs and expenses. Selling, distribution and administrative expenses were ${mk(H['sda'][0])} million,
or {pct(H['sda'][0], H['sales'][0])} of net sales, compared with {pct(H['sda'][1], H['sales'][1])} in fiscal 2025.
Interest expense decreased to ${mk(H['interest'][0])} million because of scheduled term loan repayments. Our
effective income tax rate was {pct(H['tax'][0], H['pretax'][0])}, compared with {pct(H['tax'][1], H['pretax'][1])} in
fiscal 2025."""),
            p(f"""Liquidity and capital resources. At September 30, 2026 we had cash and cash equivalents of
${mk(HB['cash'][0])} million and $130.0 million available under our $150.0 million revolving credit facility. Cash
provided by operating activities was ${mk(HC['cfo'][0])} million in fiscal 2026, compared with ${mk(HC['cfo'][1])}
million in fiscal 2025, when dealers' lower orders let us reduce inventories. Inventories rose in fiscal 2026 as we
built digital piano stock ahead of the holiday season and added Teller. Capital expenditures were
${mk(-HC['capex'][0])} million, including new finishing lines at the Ravenna plant; we expect capital expenditures of
$30 million to $34 million in fiscal 2027. We believe cash on hand, cash from operations and the revolving credit
facility will be sufficient to fund our operations, dividends and scheduled debt payments for at least the next
twelve months."""),
        ),
        (
            Table(
                caption='HARLAN & VOSS INSTRUMENTS, INC. STATEMENTS OF INCOME',
                unit='(In thousands, except per share amounts) - Fiscal years ended September 30,',
                header=H_YEARS,
                rows=(
                    hrow('Net sales', 'sales', True),
                    hrow('Cost of goods sold', 'cogs'),
                    hrow('Gross profit', 'gp'),
                    hrow('Selling, distribution and administrative', 'sda'),
                    hrow('Research and product development', 'rpd'),
                    hrow('Plant consolidation charges', 'plant'),
                    hrow('Operating income', 'opinc'),
                    hrow('Interest expense', 'interest'),
                    hrow('Other income, net', 'other'),
                    hrow('Income before income taxes', 'pretax'),
                    hrow('Provision for income taxes', 'tax'),
                    hrow('Net income', 'ni', True),
                    ('Earnings per common share:', '', '', ''),
                    ('Basic', *eps(H['ni'], H['basic_sh'])),
                    ('Diluted', *eps(H['ni'], H['dil_sh'])),
                    ('Weighted average common shares outstanding:', '', '', ''),
                    hrow('Basic', 'basic_sh'),
                    hrow('Diluted', 'dil_sh'),
                    ('Cash dividends declared per common share', '$0.96', '$0.88', '$0.80'),
                ),
            ),
        ),
        (
            Table(
                caption='HARLAN & VOSS INSTRUMENTS, INC. BALANCE SHEETS',
                unit='(In thousands, except share data)',
                header=('', 'September 30, 2026', 'September 30, 2025'),
                rows=(
                    row('Cash and cash equivalents', HB['cash'], True),
                    row('Trade receivables, less allowances', HB['ar']),
                    row('Inventories', HB['inv']),
                    row('Prepaid expenses and other current assets', HB['prepaid']),
                    row('Total current assets', HB['cur_assets']),
                    row('Property, plant and equipment, net', HB['ppe']),
                    row('Operating lease right-of-use assets', HB['rou']),
                    row('Goodwill', HB['goodwill']),
                    row('Other intangible assets, net', HB['intang']),
                    row('Other assets', HB['other_assets']),
                    row('Total assets', HB['assets'], True),
                    row('Trade accounts payable', HB['ap'], True),
                    row('Accrued compensation and other liabilities', HB['accrued']),
                    row('Current portion of long-term debt', HB['debt_cur']),
                    row('Current operating lease liabilities', HB['lease_cur']),
                    row('Total current liabilities', HB['cur_liab']),
                    row('Long-term debt, less current portion', HB['debt']),
                    row('Operating lease liabilities, noncurrent', HB['lease']),
                    row('Deferred income taxes', HB['dtl']),
                    row('Other long-term liabilities', HB['other_liab']),
                    row('Total liabilities', HB['liab']),
                    ("Shareholders' equity:", '', ''),
                    ('Common stock, $0.01 par value; 31,200,000 shares issued', *(n(v) for v in HB['cs'])),
                    row('Additional paid-in capital', HB['apic']),
                    row('Retained earnings', HB['re']),
                    row('Treasury stock, at cost', HB['treasury']),
                    row('Accumulated other comprehensive loss', HB['aoci']),
                    row("Total shareholders' equity", HB['equity']),
                    row("Total liabilities and shareholders' equity", add(HB['liab'], HB['equity']), True),
                ),
            ),
        ),
        (
            Table(
                caption='HARLAN & VOSS INSTRUMENTS, INC. STATEMENTS OF CASH FLOWS',
                unit='(In thousands) - Fiscal years ended September 30,',
                header=H_YEARS,
                rows=(
                    ('Operating activities:', '', '', ''),
                    hrow('Net income', 'ni', True),
                    row('Depreciation', HC['dep']),
                    row('Amortization of intangible assets', HC['amort']),
                    row('Share-based compensation', HC['sbc']),
                    row('Impairment of plant assets', HC['impair']),
                    row('Deferred income taxes', HC['deferred']),
                    row('Trade receivables', HC['ar']),
                    row('Inventories', HC['inv']),
                    row('Prepaid expenses and other', HC['prepaid']),
                    row('Trade accounts payable', HC['ap']),
                    row('Accrued compensation and other liabilities', HC['accrued']),
                    row('Net cash provided by operating activities', HC['cfo']),
                    ('Investing activities:', '', '', ''),
                    row('Capital expenditures', HC['capex']),
                    ('Acquisition of Teller Drum Company,', '', '', ''),
                    row('net of cash acquired', HC['acquisition']),
                    row('Proceeds from sale of property and equipment', HC['asset_sales']),
                    row('Net cash used in investing activities', HC['cfi']),
                    ('Financing activities:', '', '', ''),
                    row('Borrowings under revolving credit facility', HC['rev_borrow']),
                    row('Repayments under revolving credit facility', HC['rev_repay']),
                    row('Repayments of term loan', HC['term_repay']),
                    row('Cash dividends paid', HC['dividends']),
                    row('Purchases of treasury stock', HC['buyback']),
                    row('Shares withheld for taxes on share-based awards', HC['withhold']),
                    row('Net cash used in financing activities', HC['cff']),
                    row('Net increase (decrease) in cash and cash equivalents', HC['net']),
                    row('Cash and cash equivalents, beginning of year', HC['begin']),
                    row('Cash and cash equivalents, end of year', HC['end'], True),
                ),
            ),
        ),
        (
            h('Notes to Financial Statements (selected)'),
            h('Note 3 - Revenue'),
            p("""We recognize revenue when we ship products to dealers, retailers and direct customers. Revenue is
reduced by dealer rebates, cooperative advertising and expected returns."""),
            Table(
                caption='Net sales by geographic area (based on the location of the customer)',
                unit='(In thousands) - Fiscal years ended September 30,',
                header=H_YEARS,
                rows=(
                    hrow('United States', 'us'),
                    hrow('Canada and Latin America', 'canlat'),
                    hrow('Europe', 'europe'),
                    hrow('Asia-Pacific', 'apac'),
                    hrow('Total net sales', 'sales'),
                ),
            ),
            h('Note 4 - Acquisition'),
            p(f"""On March 2, 2026 we acquired all of the shares of Teller Drum Company for ${n(-HC['acquisition'][0])}
thousand in cash, net of cash acquired. We allocated the purchase price to inventories (${n(H_ACQ['inv'])} thousand),
property, plant and equipment (${n(H_ACQ['ppe'])} thousand), customer relationships and trade names
(${n(H_ACQ['intang'])} thousand) and goodwill (${n(H_ACQ['goodwill'])} thousand), which is deductible for tax
purposes. Teller's net sales from the acquisition date to September 30, 2026 were $17.4 million."""),
            h('Note 8 - Debt'),
            p("""At September 30, 2026 long-term debt consisted of $220.0 million outstanding under our term loan, which
bears interest at SOFR plus 1.50% and is repayable in quarterly installments of $5.0 million with the balance due on
June 28, 2029, and $20.0 million outstanding under our $150.0 million revolving credit facility, which matures on the
same date ($240.0 million of term loan and no revolver borrowings at September 30, 2025). The credit agreement
requires a ratio of total debt to EBITDA of not more than 3.50 to 1.00 and an interest coverage ratio of at least 3.00
to 1.00; we were in compliance with both at September 30, 2026."""),
        ),
        (
            h('Note 14 - Segment Information'),
            p("""Our Chief Executive Officer, who is our chief operating decision maker, evaluates the Band and
Orchestra, Fretted Instruments and Keyboards segments on net sales and segment operating income. Corporate expenses,
which include headquarters costs and amortization of intangible assets, and the plant consolidation charges are not
allocated to the segments. Total assets are not reported by segment to the chief operating decision maker, because
inventories, receivables and plants are managed centrally."""),
            Table(
                caption='Net sales and operating income by segment',
                unit='(In thousands) - Fiscal years ended September 30,',
                header=H_YEARS,
                rows=(
                    ('Net sales:', '', '', ''),
                    hrow('Band and Orchestra', 's_band', True),
                    hrow('Fretted Instruments', 's_fret'),
                    hrow('Keyboards', 's_keys'),
                    hrow('Total net sales', 'sales', True),
                    ('Operating income:', '', '', ''),
                    hrow('Band and Orchestra', 'oi_band', True),
                    hrow('Fretted Instruments', 'oi_fret'),
                    hrow('Keyboards', 'oi_keys'),
                    hrow('Corporate expenses', 'corp'),
                    row('Plant consolidation charges', neg(H['plant'])),
                    hrow('Total operating income', 'opinc', True),
                ),
            ),
            Table(
                caption='Capital expenditures by segment',
                unit='(In thousands) - Fiscal years ended September 30,',
                header=H_YEARS,
                rows=(
                    row('Band and Orchestra', H_SEG_CAPEX['band']),
                    row('Fretted Instruments', H_SEG_CAPEX['fret']),
                    row('Keyboards', H_SEG_CAPEX['keys']),
                    row('Corporate', H_SEG_CAPEX['corp']),
                    row('Total capital expenditures', neg(HC['capex'])),
                ),
            ),
        ),
    ),
)

REPORTS = (HARLAN_10K,)


# ---------------------------------------------------------------------------------------------------------------
# Bellcrest Student Transportation, Inc.: Form 8-K Exhibit 99.1, third quarter 2026 earnings release, in millions
# (held in tenths). Columns: Q3 2026, Q3 2025, nine months 2026, nine months 2025.
# ---------------------------------------------------------------------------------------------------------------
B = dict(
    s_school=[3_184, 2_862, 10_486, 9_624],  # student transportation
    s_transit=[612, 648, 1_906, 1_958],  # transit and paratransit
    s_charter=[224, 206, 598, 552],  # charter and other
    cor=[3_194, 3_002, 9_826, 9_312],  # cost of operations, exclusive of depreciation and amortization
    sga=[418, 392, 1_254, 1_186],
    da=[386, 352, 1_118, 1_036],
    acq=[38, 0, 52, 8],  # acquisition and integration costs
    gain=[-12, -8, -36, -30],  # gain on sale of vehicles
    interest=[142, 136, 418, 412],
    other=[-6, -4, -14, -10],  # other (income) expense, net
    tax=[-36, -40, 97, 58],
    basic_sh=[416, 423, 418, 424],  # tenths of a million shares
    dil_sh=[416, 423, 423, 429],
    sbc=[34, 30, 102, 92],
)
B['rev'] = add(B['s_school'], B['s_transit'], B['s_charter'])
B['opex'] = add(B['cor'], B['sga'], B['da'], B['acq'], B['gain'])
B['opinc'] = sub(B['rev'], B['opex'])
B['pretax'] = sub(sub(B['opinc'], B['interest']), B['other'])
B['ni'] = sub(B['pretax'], B['tax'])
B['ebitda'] = add(B['ni'], B['tax'], B['interest'], B['other'], B['da'])
assert B['ebitda'] == add(B['opinc'], B['da'])
B['adj_ebitda'] = add(B['ebitda'], B['sbc'], B['acq'], B['gain'])
assert B['ni'][0] < 0 and B['ni'][1] < 0 and B['ni'][2] > 0 and B['ni'][3] > 0


def beps(ni, sh):
    out = []
    for a, b in zip(ni, sh):
        v = round(a / b + 1e-9, 2) if a > 0 else -round(-a / b + 1e-9, 2)
        out.append(f"({'$'}{-v:.2f})" if v < 0 else f"${v:.2f}")
    return tuple(out)


# Balance sheet at September 30, 2026 and December 31, 2025; nine-month cash flow summary.
BB = dict(
    cash=[386, 524],
    ar=[1_984, 1_762],
    prepaid=[412, 388],
    ppe=[12_646, 12_284],
    rou=[924, 958],
    goodwill=[4_862, 4_526],
    intang=[1_684, 1_640],
    other_assets=[226, 218],
    ap=[728, 684],
    accrued=[0, 942],  # September 30, 2026 figure set below so that the balance sheet balances
    debt_cur=[462, 448],
    lease_cur=[184, 188],
    debt=[8_664, 8_186],
    lease=[756, 786],
    dtl=[1_246, 1_202],
    other_liab=[384, 366],
)
BB['cur_assets'] = add(BB['cash'], BB['ar'], BB['prepaid'])
BB['assets'] = add(BB['cur_assets'], BB['ppe'], BB['rou'], BB['goodwill'], BB['intang'], BB['other_assets'])
_b_liab25 = BB['ap'][1] + BB['accrued'][1] + BB['debt_cur'][1] + BB['lease_cur'][1] + BB['debt'][1] + BB['lease'][1] \
    + BB['dtl'][1] + BB['other_liab'][1]
BC = dict(capex=[-1_586, -1_424], vehicle_sales=[68, 54], acquisitions=[-645, -122], net_borrow=[0, 82],
          buyback=[-120, -100], other_fin=[-18, -14])
BB['equity'] = [0, BB['assets'][1] - _b_liab25]
BB['equity'][0] = BB['equity'][1] + B['ni'][2] + B['sbc'][2] + BC['buyback'][0]
BB['rou_ok'] = BB['rou'][0] - BB['rou'][1] == BB['lease_cur'][0] + BB['lease'][0] - BB['lease_cur'][1] - BB['lease'][1]
assert BB['rou_ok']
BB['accrued'][0] = BB['assets'][0] - BB['equity'][0] - (BB['ap'][0] + BB['debt_cur'][0] + BB['lease_cur'][0]
                                                      + BB['debt'][0] + BB['lease'][0] + BB['dtl'][0]
                                                      + BB['other_liab'][0])
assert 800 < BB['accrued'][0] < 1_000, BB['accrued']
BB['cur_liab'] = add(BB['ap'], BB['accrued'], BB['debt_cur'], BB['lease_cur'])
BB['liab'] = add(BB['cur_liab'], BB['debt'], BB['lease'], BB['dtl'], BB['other_liab'])
assert add(BB['liab'], BB['equity']) == BB['assets']
B_DEBT = add(BB['debt_cur'], BB['debt'])
BC['net_borrow'][0] = B_DEBT[0] - B_DEBT[1]
BC['cfo'] = [BB['cash'][0] - BB['cash'][1] - sum(BC[k][0] for k in ('capex', 'vehicle_sales', 'acquisitions',
                                                                      'net_borrow', 'buyback', 'other_fin')), 1_518]
BC['cfi'] = add(BC['capex'], BC['vehicle_sales'], BC['acquisitions'])
BC['cff'] = add(BC['net_borrow'], BC['buyback'], BC['other_fin'])
BC['net'] = add(BC['cfo'], BC['cfi'], BC['cff'])
BC['begin'] = [BB['cash'][1], 412]
BC['end'] = add(BC['begin'], BC['net'])
assert BC['end'][0] == BB['cash'][0]
BC['fcf'] = add(BC['cfo'], BC['capex'], BC['vehicle_sales'])
assert 1_300 < BC['cfo'][0] < 2_000, BC['cfo']

B_GUIDE = dict(rev_old=(17_200, 17_600), rev_new=(17_450, 17_700), ebitda_old=(2_680, 2_800),
               ebitda_new=(2_760, 2_860), capex_old=(1_500, 1_600), capex_new=(1_350, 1_450))


def _cells(tag, cells):
    return "".join(f"<{tag}>{html.escape(c, quote=False)}</{tag}>" for c in cells)


def _table(caption, unit, header, rows):
    out = [f'<p><b>{html.escape(caption, quote=False)}</b><br>{html.escape(unit, quote=False)}</p>',
           '<table border="1">', f"<tr>{_cells('th', header)}</tr>"]
    out += [f"<tr>{_cells('td', r)}</tr>" for r in rows]
    out.append('</table>')
    return "\n".join(out)


def brow(label, vals, dollar=False):
    return (label, *(m(v, dollar) for v in vals))


Q_HEAD = ('', 'Three Months Ended September 30, 2026', 'Three Months Ended September 30, 2025',
          'Nine Months Ended September 30, 2026', 'Nine Months Ended September 30, 2025')


def release_html() -> str:
    rev, ni = B['rev'], B['ni']
    adj = B['adj_ebitda']
    g = B_GUIDE
    paras = [
        '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
        '<title>Bellcrest Student Transportation, Inc. - Exhibit 99.1 - Third Quarter 2026 Results</title>',
        '</head>', '<body>',
        '<p>Exhibit 99.1</p>',
        '<h1>Bellcrest Student Transportation Reports Third Quarter 2026 Results and Raises Full-Year Revenue and '
        'Adjusted EBITDA Outlook</h1>',
        f"""<p>NASHVILLE, Tenn., November 5, 2026 -- Bellcrest Student Transportation, Inc. (NYSE: BLCR)
("Bellcrest" or the "Company"), the second-largest contractor of school bus services in North America, today reported
results for the third quarter ended September 30, 2026. The third quarter includes the summer months, when most
schools are closed, and is seasonally the Company's weakest quarter.</p>""",
        '<h2>Third Quarter 2026 Highlights</h2>',
        '<ul>',
        f"<li>Revenues of ${mt(rev[0])} million, up {chg(rev[0], rev[1])} from ${mt(rev[1])} million in the third "
        f"quarter of 2025.</li>",
        f"<li>Net loss of ${mt(-ni[0])} million, or {beps(ni, B['basic_sh'])[0].strip('()')} per share, compared "
        f"with a net loss of ${mt(-ni[1])} million, or {beps(ni, B['basic_sh'])[1].strip('()')} per share.</li>",
        f"<li>Adjusted EBITDA (a non-GAAP measure) of ${mt(adj[0])} million, up {chg(adj[0], adj[1])}; Adjusted "
        f"EBITDA margin of {pct(adj[0], rev[0])}, compared with {pct(adj[1], rev[1])}.</li>",
        "<li>Won new school district contracts with annualized revenues of approximately $41.6 million, beginning "
        "with the 2026-27 school year, and retained 97% of the contracts that came up for renewal.</li>",
        "<li>Completed the acquisition of Maple Lane Bus Lines, a privately held operator of about 520 school buses "
        "in Ontario, on July 1, 2026.</li>",
        '</ul>',
        f"""<p>"Our teams started the 2026-27 school year with the lowest driver vacancy rate we have had in five years,
and the price increases we negotiated on renewals are coming through," said Dana Whitcomb, President and Chief
Executive Officer. "With Maple Lane on board and a strong bid season behind us, we are raising our revenue and
Adjusted EBITDA outlook for the year, while deliveries of electric buses that slipped into 2027 lower our capital
spending this year."</p>""",
        '<h2>Third Quarter Results</h2>',
        f"""<p>Student transportation revenues rose {chg(B['s_school'][0], B['s_school'][1])} to
${mt(B['s_school'][0])} million, reflecting average rate increases of 5.8% on contracts renewed for the new school
year, new contracts won in the spring bid season and $9.8 million of revenues from Maple Lane. Transit and paratransit
revenues decreased {down(B['s_transit'][0], B['s_transit'][1])} to ${mt(B['s_transit'][0])} million, mainly because
a paratransit contract in Sacramento County that we chose not to rebid ended in March 2026. Charter and other
revenues were ${mt(B['s_charter'][0])} million, compared with ${mt(B['s_charter'][1])} million.</p>""",
        f"""<p>Cost of operations, which consists mainly of driver and mechanic wages and benefits, fuel, insurance and
vehicle maintenance, was {pct(B['cor'][0], rev[0])} of revenues, compared with {pct(B['cor'][1], rev[1])} a year
earlier, as fuel prices fell and fewer routes were covered by drivers working overtime. Depreciation and amortization
rose to ${mt(B['da'][0])} million with the larger fleet and the Maple Lane customer contracts. Acquisition and
integration costs of ${mt(B['acq'][0])} million related to Maple Lane. At September 30, 2026 the Company operated
approximately 15,380 school buses, including 486 electric buses, compared with approximately 14,650 a year
earlier.</p>""",
        '<h2>Nine-Month Results</h2>',
        f"""<p>For the nine months ended September 30, 2026, revenues were ${mt(rev[2])} million, up
{chg(rev[2], rev[3])}, net income was ${mt(ni[2])} million, or {beps(ni, B['dil_sh'])[2]} per diluted share, compared
with ${mt(ni[3])} million, or {beps(ni, B['dil_sh'])[3]} per diluted share, and Adjusted EBITDA was ${mt(adj[2])}
million, compared with ${mt(adj[3])} million.</p>""",
        '<h2>Cash Flow and Balance Sheet</h2>',
        f"""<p>Net cash provided by operating activities was ${mt(BC['cfo'][0])} million for the nine months, compared
with ${mt(BC['cfo'][1])} million. Purchases of property and equipment, mostly school buses, were
${mt(-BC['capex'][0])} million. Free cash flow (a non-GAAP measure, defined below) was ${mt(BC['fcf'][0])} million,
compared with ${mt(BC['fcf'][1])} million. The Company paid ${mt(-BC['acquisitions'][0])} million for Maple Lane,
funded with borrowings under its revolving credit facility, and repurchased shares for ${mt(-BC['buyback'][0])}
million. At September 30, 2026, total debt was ${mt(B_DEBT[0])} million, and the net leverage ratio, as defined in the
Company's credit agreement, was 3.1 times, compared with 3.2 times at December 31, 2025. The Company does not pay a
dividend.</p>""",
        '<h2>Full-Year 2026 Outlook</h2>',
        f"""<p>The Company is raising its revenue and Adjusted EBITDA outlook for 2026 and lowering its outlook for net
capital expenditures, which it now expects to be lower because deliveries of about 140 electric buses funded in part by
federal and state grants have moved to the first half of 2027. The outlook below replaces the outlook the Company
issued on August 6, 2026.</p>""",
        _table('Full-year 2026 outlook', '(In millions)', ('', 'Current outlook', 'Previous outlook (August 6, 2026)'), (
            ('Revenues', f"${mt(g['rev_new'][0])} - ${mt(g['rev_new'][1])}",
             f"${mt(g['rev_old'][0])} - ${mt(g['rev_old'][1])}"),
            ('Adjusted EBITDA', f"${mt(g['ebitda_new'][0])} - ${mt(g['ebitda_new'][1])}",
             f"${mt(g['ebitda_old'][0])} - ${mt(g['ebitda_old'][1])}"),
            ('Net capital expenditures', f"${mt(g['capex_new'][0])} - ${mt(g['capex_new'][1])}",
             f"${mt(g['capex_old'][0])} - ${mt(g['capex_old'][1])}"),
        )),
        """<p>The outlook includes Maple Lane from July 1, 2026 and assumes no further acquisitions. Net capital
expenditures are purchases of property and equipment less proceeds from sales of vehicles. The Company does not
provide an outlook for net income, because it cannot predict without unreasonable effort the gains on vehicle sales,
acquisition costs and income taxes that would be needed to reconcile it.</p>""",
        '<h2>Conference Call</h2>',
        """<p>Bellcrest will host a conference call at 10:00 a.m. Eastern Time on November 5, 2026. The call will be
webcast on the investor relations section of the Company's website.</p>""",
        '<h2>Non-GAAP Financial Measures</h2>',
        """<p>Adjusted EBITDA is net income (loss) before income tax expense (benefit), interest expense, net, other
(income) expense, net, and depreciation and amortization, further adjusted to exclude stock-based compensation,
acquisition and integration costs and gains on sales of vehicles. Adjusted EBITDA margin is Adjusted EBITDA divided by
revenues. Free cash flow is net cash provided by operating activities less purchases of property and equipment plus
proceeds from sales of vehicles. These measures are not substitutes for measures prepared under U.S. generally
accepted accounting principles (GAAP).</p>""",
        _table('BELLCREST STUDENT TRANSPORTATION, INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)',
               '(In millions, except per share amounts)', Q_HEAD, (
                   ('Revenues:', '', '', '', ''),
                   brow('Student transportation', B['s_school'], True),
                   brow('Transit and paratransit', B['s_transit']),
                   brow('Charter and other', B['s_charter']),
                   brow('Total revenues', B['rev'], True),
                   ('Operating expenses:', '', '', '', ''),
                   brow('Cost of operations (exclusive of depreciation and amortization shown below)', B['cor']),
                   brow('Selling, general and administrative', B['sga']),
                   brow('Depreciation and amortization', B['da']),
                   brow('Acquisition and integration costs', B['acq']),
                   brow('Gain on sale of vehicles', B['gain']),
                   brow('Total operating expenses', B['opex']),
                   brow('Operating income (loss)', B['opinc']),
                   brow('Interest expense, net', B['interest']),
                   brow('Other (income) expense, net', B['other']),
                   brow('Income (loss) before income taxes', B['pretax']),
                   brow('Income tax expense (benefit)', B['tax']),
                   brow('Net income (loss)', B['ni'], True),
                   ('Net income (loss) per share - basic', *beps(B['ni'], B['basic_sh'])),
                   ('Net income (loss) per share - diluted', *beps(B['ni'], B['dil_sh'])),
                   brow('Weighted average shares outstanding - basic', B['basic_sh']),
                   brow('Weighted average shares outstanding - diluted', B['dil_sh']),
               )),
        _table('BELLCREST STUDENT TRANSPORTATION, INC. CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)',
               '(In millions)', ('', 'September 30, 2026', 'December 31, 2025'), (
                   brow('Cash and cash equivalents', BB['cash'], True),
                   brow('Accounts receivable, net', BB['ar']),
                   brow('Prepaid expenses and other current assets', BB['prepaid']),
                   brow('Total current assets', BB['cur_assets']),
                   brow('Property and equipment, net', BB['ppe']),
                   brow('Operating lease right-of-use assets', BB['rou']),
                   brow('Goodwill', BB['goodwill']),
                   brow('Intangible assets, net', BB['intang']),
                   brow('Other assets', BB['other_assets']),
                   brow('Total assets', BB['assets'], True),
                   brow('Accounts payable', BB['ap'], True),
                   brow('Accrued wages, insurance and other liabilities', BB['accrued']),
                   brow('Current portion of long-term debt and finance leases', BB['debt_cur']),
                   brow('Current operating lease liabilities', BB['lease_cur']),
                   brow('Total current liabilities', BB['cur_liab']),
                   brow('Long-term debt and finance leases, less current portion', BB['debt']),
                   brow('Operating lease liabilities, less current portion', BB['lease']),
                   brow('Deferred income taxes', BB['dtl']),
                   brow('Other long-term liabilities', BB['other_liab']),
                   brow('Total liabilities', BB['liab']),
                   brow("Total stockholders' equity", BB['equity']),
                   brow("Total liabilities and stockholders' equity", add(BB['liab'], BB['equity']), True),
               )),
        _table('BELLCREST STUDENT TRANSPORTATION, INC. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)',
               '(In millions)', ('', 'Nine Months Ended September 30, 2026', 'Nine Months Ended September 30, 2025'), (
                   brow('Net cash provided by operating activities', BC['cfo']),
                   brow('Purchases of property and equipment', BC['capex']),
                   brow('Proceeds from sales of vehicles', BC['vehicle_sales']),
                   brow('Acquisitions, net of cash acquired', BC['acquisitions']),
                   brow('Net cash used in investing activities', BC['cfi']),
                   brow('Net borrowings (repayments) of debt and finance leases', BC['net_borrow']),
                   brow('Repurchases of common stock', BC['buyback']),
                   brow('Other financing activities, net', BC['other_fin']),
                   brow('Net cash provided by (used in) financing activities', BC['cff']),
                   brow('Net increase (decrease) in cash and cash equivalents', BC['net']),
                   brow('Cash and cash equivalents, beginning of period', BC['begin']),
                   brow('Cash and cash equivalents, end of period', BC['end'], True),
               )),
        _table('RECONCILIATION OF NET INCOME (LOSS) TO ADJUSTED EBITDA (Unaudited)', '(In millions)', Q_HEAD, (
            brow('Net income (loss)', B['ni'], True),
            brow('Income tax expense (benefit)', B['tax']),
            brow('Interest expense, net', B['interest']),
            brow('Other (income) expense, net', B['other']),
            brow('Depreciation and amortization', B['da']),
            brow('EBITDA', B['ebitda']),
            brow('Stock-based compensation', B['sbc']),
            brow('Acquisition and integration costs', B['acq']),
            brow('Gain on sale of vehicles', B['gain']),
            brow('Adjusted EBITDA', B['adj_ebitda'], True),
            ('Adjusted EBITDA margin', *(pct(a, r) for a, r in zip(B['adj_ebitda'], B['rev']))),
        )),
        _table('RECONCILIATION OF NET CASH PROVIDED BY OPERATING ACTIVITIES TO FREE CASH FLOW (Unaudited)',
               '(In millions)', ('', 'Nine Months Ended September 30, 2026', 'Nine Months Ended September 30, 2025'), (
                   brow('Net cash provided by operating activities', BC['cfo'], True),
                   brow('Purchases of property and equipment', BC['capex']),
                   brow('Proceeds from sales of vehicles', BC['vehicle_sales']),
                   brow('Free cash flow', BC['fcf'], True),
               )),
        """<p>Forward-looking statements: this release contains forward-looking statements, including the full-year
2026 outlook, which are subject to risks such as driver availability, fuel prices, school district budgets and the
timing of electric bus deliveries. Investor contact: Priya Raman, Vice President, Investor Relations,
(615) 555-0117.</p>""",
        '</body>', '</html>', '',
    ]
    return "\n".join(" ".join(s.split()) if s.startswith('<p>') else s for s in paras)


RELEASE_STEM = "bellcrest_student_transportation_q3_2026_earnings_release"


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")
    target = HERE / "docs" / f"{RELEASE_STEM}.html"
    target.write_text(release_html(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
