"""Build the two annual reports (Form 10-K style) of the sealed held-out set filings4 (eval/datasets/filings4/docs/).

Both companies, their people, tickers and every figure are invented. The layout is the sample corpus's
(corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M" footer, fixed creation date, so a rebuild
without text changes gives the same files); only the text is new. The statement figures are data below;
subtotals, totals, year-end cash, retained earnings and the cash-flow rows that come from balance-sheet changes
are computed, so each set of statements adds up and ties (the balance sheets are checked to balance).

    .venv/bin/python eval/datasets/filings4/build_pdf.py      # writes docs/TESSALINE_FY2026_10K.pdf, docs/MEADOWLARK_2025_10K.pdf
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


def fmt(v: float, decimals: int = 1, dollar: bool = False) -> str:
    """A statement figure: thousands separators, negatives in parentheses, '$' on first and total rows."""
    v = round(v, decimals)
    body = f"{abs(v):,.{decimals}f}"
    if v < 0:
        body = f"({body})"
    return ("$" if dollar else "") + body


def pct(x: float, decimals: int = 1) -> str:
    return f"{x * 100:.{decimals}f}%"


def r1(x: float) -> float:
    return round(x, 1)


def row(label: str, values, decimals: int = 1, dollar: bool = False) -> tuple[str, ...]:
    return (label, *(fmt(v, decimals, dollar) for v in values))


# ================================================================================================
# 1. Tessaline Medical Technologies, Inc. (fictional), fiscal years ending on the last Friday of March, $ millions
# ================================================================================================
YEARS_T = (2026, 2025, 2024)
T = {
    "sales": (6842.3, 6315.8, 5977.4),
    "cogs": (2463.2, 2349.5, 2277.4),
    "rd": (568.4, 531.0, 502.6),
    "sga": (2214.7, 2098.3, 2011.5),
    "amort": (212.6, 188.4, 190.1),
    "iprd": (46.0, 112.5, 18.0),
    "restr": (71.3, 38.9, 22.4),
    "interest": (142.8, 118.6, 96.3),
    "other": (14.2, -6.5, 9.8),
    "tax_rate": (0.176, 0.169, 0.182),
    "basic": (117.6, 119.2, 120.5),
    "diluted": (118.9, 120.4, 121.7),
    "dps": (0.92, 0.88, 0.84),
    "dep": (198.5, 186.2, 179.0),
    "sbc": (96.4, 88.7, 82.1),
    # segments: Cardiovascular (CV) net sales; Surgical Technologies (ST) is the rest
    "cv_sales": (3981.5, 3702.4, 3466.0),
    "cv_op": (1218.4, 1086.2, 968.7),
    "st_op": (611.3, 511.9, 497.8),
    # fiscal 2026 growth bridge ($ millions): currency effect and the Brightwater acquisition (ST only)
    "cv_fx": -29.6,
    "st_fx": -28.7,
    "st_acq": 121.4,
    # geography (net sales): US, Europe, Asia Pacific; "Other international" is the rest
    "us": (3790.6, 3486.3, 3301.2),
    "eu": (1512.1, 1421.0, 1368.9),
    "ap": (1064.9, 972.4, 898.5),
}
T["gp"] = tuple(r1(s - c) for s, c in zip(T["sales"], T["cogs"]))
T["op"] = tuple(r1(g - a - b - c - d - e) for g, a, b, c, d, e in
                zip(T["gp"], T["rd"], T["sga"], T["amort"], T["iprd"], T["restr"]))
T["pretax"] = tuple(r1(o - i + x) for o, i, x in zip(T["op"], T["interest"], T["other"]))
T["tax"] = tuple(r1(pt * rate) for pt, rate in zip(T["pretax"], T["tax_rate"]))
T["ni"] = tuple(r1(pt - tx) for pt, tx in zip(T["pretax"], T["tax"]))
T["eps_b"] = tuple(round(n / s, 2) for n, s in zip(T["ni"], T["basic"]))
T["eps_d"] = tuple(round(n / s, 2) for n, s in zip(T["ni"], T["diluted"]))
T["st_sales"] = tuple(r1(s - c) for s, c in zip(T["sales"], T["cv_sales"]))
T["oth_geo"] = tuple(r1(s - u - e - a) for s, u, e, a in zip(T["sales"], T["us"], T["eu"], T["ap"]))
T["corp"] = tuple(r1(c + s - a - i - r - o) for c, s, a, i, r, o in
                  zip(T["cv_op"], T["st_op"], T["amort"], T["iprd"], T["restr"], T["op"]))
T["da"] = tuple(r1(d + a) for d, a in zip(T["dep"], T["amort"]))
T["div_paid"] = tuple(r1(d * b) for d, b in zip(T["dps"], T["basic"]))

# Balance sheet at March 28, 2025 (cash from the cash flow statement, retained earnings balances it)
TB25 = dict(ar=1019.8, inv=1196.3, prepaid=228.0, ppe=1436.1, gw=3842.7, intang=1712.5, dta=174.9,
            oth_a=281.0, ap=388.1, comp=296.7, accr=471.2, cur_debt=100.0, dtl=236.0, oth_l=388.4,
            apic=3412.8, treas=-1846.0, aoci=-214.6)
TB25["debt_principal"] = 3100.0  # term loan 1,000.0 + senior notes 600.0 + 750.0 + 750.0
TB25["debt_costs"] = 12.4
TB25["ltd"] = r1(TB25["debt_principal"] - TB25["debt_costs"] - TB25["cur_debt"])

# Fiscal 2026 movements
TM = dict(acq_gw=462.1, acq_intang=512.0, acq_ppe=38.3, gw_fx=14.8, cash_fx=3.2, capex=241.7,
          notes_gross=500.0, notes_costs=4.6, cost_amort=2.1, tl_repay=100.0, buyback=450.0, plans=61.3)
TM["acq"] = r1(TM["acq_gw"] + TM["acq_intang"] + TM["acq_ppe"])
TB26 = dict(ar=1102.4, inv=1287.5, prepaid=241.6, dta=188.2, oth_a=296.4, ap=412.6, comp=318.4, accr=506.9,
            cur_debt=100.0, dtl=221.5, oth_l=402.7)
TB26["ppe"] = r1(TB25["ppe"] + TM["capex"] + TM["acq_ppe"] - T["dep"][0])
TB26["gw"] = r1(TB25["gw"] + TM["acq_gw"] + TM["gw_fx"])
TB26["intang"] = r1(TB25["intang"] + TM["acq_intang"] - T["amort"][0])
TB26["debt_principal"] = r1(TB25["debt_principal"] - TM["tl_repay"] + TM["notes_gross"])
TB26["debt_costs"] = r1(TB25["debt_costs"] + TM["notes_costs"] - TM["cost_amort"])
TB26["ltd"] = r1(TB26["debt_principal"] - TB26["debt_costs"] - TB26["cur_debt"])
TB26["apic"] = r1(TB25["apic"] + T["sbc"][0] + TM["plans"])
TB26["treas"] = r1(TB25["treas"] - TM["buyback"])
TB26["aoci"] = r1(TB25["aoci"] + TM["gw_fx"] + TM["cash_fx"])


def _tdelta(key: str) -> float:
    return r1(TB26[key] - TB25[key])


# Cash flow statement, fiscal 2026, 2025, 2024 (fiscal 2026 working-capital rows from the balance sheets)
TC = {
    "ni": T["ni"],
    "da": T["da"],
    "sbc": T["sbc"],
    "deftax": (r1(_tdelta("dtl") - _tdelta("dta")), -31.4, -22.7),
    "other_op": (r1(TM["cost_amort"] + _tdelta("oth_l") - _tdelta("oth_a")), 8.3, 11.6),
    "ar": (-_tdelta("ar"), -62.1, -48.3),
    "inv": (-_tdelta("inv"), -74.8, -91.5),
    "prepaid": (-_tdelta("prepaid"), -9.9, 4.2),
    "ap": (_tdelta("ap"), 18.6, -12.9),
    "comp": (_tdelta("comp"), 12.4, 9.1),
    "accr": (_tdelta("accr"), 27.5, 14.8),
    "capex": (-TM["capex"], -226.4, -219.8),
    "acq": (-TM["acq"], -85.0, 0.0),
    "notes": (r1(TM["notes_gross"] - TM["notes_costs"]), 0.0, 742.8),
    "notes_repay": (0.0, 0.0, -400.0),
    "tl": (-TM["tl_repay"], -100.0, -100.0),
    "buyback": (-TM["buyback"], -300.0, -250.0),
    "div": tuple(-d for d in T["div_paid"]),
    "plans": (TM["plans"], 48.7, 41.9),
    "fx": (TM["cash_fx"], -4.1, -2.6),
}
_T_OP_KEYS = ("ni", "da", "sbc", "deftax", "other_op", "ar", "inv", "prepaid", "ap", "comp", "accr")
TC["cfo"] = tuple(r1(sum(TC[k][i] for k in _T_OP_KEYS)) for i in range(3))
TC["cfi"] = tuple(r1(TC["capex"][i] + TC["acq"][i]) for i in range(3))
TC["cff"] = tuple(r1(sum(TC[k][i] for k in ("notes", "notes_repay", "tl", "buyback", "div", "plans")))
                  for i in range(3))
TC["net"] = tuple(r1(TC["cfo"][i] + TC["cfi"][i] + TC["cff"][i] + TC["fx"][i]) for i in range(3))
_T_CASH_FY23 = 1046.2
_cash_end_24 = r1(_T_CASH_FY23 + TC["net"][2])
_cash_end_25 = r1(_cash_end_24 + TC["net"][1])
_cash_end_26 = r1(_cash_end_25 + TC["net"][0])
TC["begin"] = (_cash_end_25, _cash_end_24, _T_CASH_FY23)
TC["end"] = (_cash_end_26, _cash_end_25, _cash_end_24)
TB25["cash"], TB26["cash"] = _cash_end_25, _cash_end_26


def _t_sides(b: dict, re: float) -> tuple[float, float, dict]:
    ca = r1(b["cash"] + b["ar"] + b["inv"] + b["prepaid"])
    ta = r1(ca + b["ppe"] + b["gw"] + b["intang"] + b["dta"] + b["oth_a"])
    cl = r1(b["ap"] + b["comp"] + b["accr"] + b["cur_debt"])
    tl = r1(cl + b["ltd"] + b["dtl"] + b["oth_l"])
    eq = r1(b["apic"] + re + b["treas"] + b["aoci"])
    return ta, r1(tl + eq), dict(ca=ca, ta=ta, cl=cl, tl=tl, eq=eq)


_ta25, _, _ = _t_sides(TB25, 0.0)
_l25 = _t_sides(TB25, 0.0)[2]
TB25["re"] = r1(_ta25 - _l25["tl"] - (TB25["apic"] + TB25["treas"] + TB25["aoci"]))
TB26["re"] = r1(TB25["re"] + T["ni"][0] - T["div_paid"][0])
for _b in (TB25, TB26):
    _ta, _tle, _tot = _t_sides(_b, _b["re"])
    assert abs(_ta - _tle) < 0.05, ("Tessaline balance sheet does not balance", _ta, _tle)
    _b.update(_tot)

T_FX_TOTAL = r1(T["cv_fx"] + T["st_fx"])


def _g(a: float, b: float) -> float:
    return (a - b) / b


T_GROWTH = {
    "cv": (_g(T["cv_sales"][0], T["cv_sales"][1]), T["cv_fx"] / T["cv_sales"][1], 0.0),
    "st": (_g(T["st_sales"][0], T["st_sales"][1]), T["st_fx"] / T["st_sales"][1], T["st_acq"] / T["st_sales"][1]),
    "tot": (_g(T["sales"][0], T["sales"][1]), T_FX_TOTAL / T["sales"][1], T["st_acq"] / T["sales"][1]),
}


def _pts(x: float) -> str:
    return f"{x * 100:.1f}"


def _organic(key: str) -> float:
    rep, fx, acq = T_GROWTH[key]
    return rep - fx - acq


_T_HEAD = ("(Fiscal years)", "2026", "2025", "2024")
_T_INCOME = Table(
    caption="CONSOLIDATED STATEMENTS OF INCOME",
    unit="(in millions, except per share data)",
    header=_T_HEAD,
    rows=(
        row("Net sales", T["sales"], dollar=True),
        row("Cost of products sold", T["cogs"]),
        row("Gross profit", T["gp"]),
        row("Research and development expense", T["rd"]),
        row("Selling, general and administrative expense", T["sga"]),
        row("Amortization of intangible assets", T["amort"]),
        row("Acquired in-process research and development", T["iprd"]),
        row("Restructuring charges, net", T["restr"]),
        row("Operating income", T["op"]),
        row("Interest expense", T["interest"]),
        row("Other income (expense), net", T["other"]),
        row("Income before income taxes", T["pretax"]),
        row("Provision for income taxes", T["tax"]),
        row("Net income", T["ni"], dollar=True),
        ("Earnings per share:", "", "", ""),
        row("  Basic", T["eps_b"], decimals=2, dollar=True),
        row("  Diluted", T["eps_d"], decimals=2, dollar=True),
        ("Weighted-average shares outstanding:", "", "", ""),
        row("  Basic", T["basic"]),
        row("  Diluted", T["diluted"]),
        row("Cash dividends declared per share", T["dps"], decimals=2, dollar=True),
    ),
    note="See notes to consolidated financial statements. Fiscal 2026, 2025 and 2024 each contained 52 weeks.",
)

_T_BAL_HEAD = ("(in millions, except par value)", "2026", "2025")


def _tb(key: str, dollar: bool = False) -> tuple[float, float]:
    return (TB26[key], TB25[key])


def _trow(label: str, key: str, dollar: bool = False) -> tuple[str, ...]:
    return row(label, _tb(key), dollar=dollar)


_T_BALANCE = Table(
    caption="CONSOLIDATED BALANCE SHEETS",
    unit="(March 27, 2026 and March 28, 2025)",
    header=_T_BAL_HEAD,
    rows=(
        ("ASSETS", "", ""),
        ("Current assets:", "", ""),
        _trow("  Cash and cash equivalents", "cash", dollar=True),
        _trow("  Accounts receivable, less allowances of $41.2 and $38.7", "ar"),
        _trow("  Inventories", "inv"),
        _trow("  Prepaid expenses and other current assets", "prepaid"),
        _trow("Total current assets", "ca"),
        _trow("Property, plant and equipment, net", "ppe"),
        _trow("Goodwill", "gw"),
        _trow("Other intangible assets, net", "intang"),
        _trow("Deferred income taxes", "dta"),
        _trow("Other assets", "oth_a"),
        _trow("Total assets", "ta", dollar=True),
        ("LIABILITIES AND SHAREHOLDERS' EQUITY", "", ""),
        ("Current liabilities:", "", ""),
        _trow("  Accounts payable", "ap", dollar=True),
        _trow("  Accrued compensation", "comp"),
        _trow("  Other accrued liabilities", "accr"),
        _trow("  Current portion of long-term debt", "cur_debt"),
        _trow("Total current liabilities", "cl"),
        _trow("Long-term debt", "ltd"),
        _trow("Deferred income taxes", "dtl"),
        _trow("Other liabilities", "oth_l"),
        _trow("Total liabilities", "tl"),
        ("Shareholders' equity:", "", ""),
        _trow("  Common stock ($0.10 par) and additional paid-in capital", "apic"),
        _trow("  Retained earnings", "re"),
        _trow("  Treasury stock, at cost", "treas"),
        _trow("  Accumulated other comprehensive loss", "aoci"),
        _trow("Total shareholders' equity", "eq"),
        ("Total liabilities and shareholders' equity", fmt(TB26["ta"], dollar=True), fmt(TB25["ta"], dollar=True)),
    ),
)

_T_CASH = Table(
    caption="CONSOLIDATED STATEMENTS OF CASH FLOWS",
    unit="(in millions)",
    header=_T_HEAD,
    rows=(
        ("Operating activities", "", "", ""),
        row("Net income", TC["ni"], dollar=True),
        ("Adjustments to reconcile net income to net cash:", "", "", ""),
        row("  Depreciation and amortization", TC["da"]),
        row("  Stock-based compensation", TC["sbc"]),
        row("  Deferred income taxes", TC["deftax"]),
        row("  Other, net", TC["other_op"]),
        ("Changes in operating assets and liabilities:", "", "", ""),
        row("  Accounts receivable", TC["ar"]),
        row("  Inventories", TC["inv"]),
        row("  Prepaid expenses and other current assets", TC["prepaid"]),
        row("  Accounts payable", TC["ap"]),
        row("  Accrued compensation", TC["comp"]),
        row("  Other accrued liabilities", TC["accr"]),
        row("Net cash provided by operating activities", TC["cfo"]),
        ("Investing activities", "", "", ""),
        row("  Additions to property, plant and equipment", TC["capex"]),
        row("  Acquisitions, net of cash acquired", TC["acq"]),
        row("Net cash used in investing activities", TC["cfi"]),
        ("Financing activities", "", "", ""),
        row("  Proceeds from issuance of senior notes, net", TC["notes"]),
        row("  Repayment of senior notes", TC["notes_repay"]),
        row("  Repayments of term loan", TC["tl"]),
        row("  Repurchases of common stock", TC["buyback"]),
        row("  Dividends paid", TC["div"]),
        row("  Proceeds from stock-based compensation plans", TC["plans"]),
        row("Net cash used in financing activities", TC["cff"]),
        row("Effect of exchange rate changes on cash", TC["fx"]),
        row("Net change in cash and cash equivalents", TC["net"]),
        row("Cash and cash equivalents at beginning of year", TC["begin"]),
        row("Cash and cash equivalents at end of year", TC["end"], dollar=True),
    ),
)

_T_SEGMENTS = Table(
    caption="Segment net sales and segment operating profit",
    unit="(in millions)",
    header=_T_HEAD,
    rows=(
        ("Net sales:", "", "", ""),
        row("  Cardiovascular", T["cv_sales"], dollar=True),
        row("  Surgical Technologies", T["st_sales"]),
        row("Total net sales", T["sales"], dollar=True),
        ("Segment operating profit:", "", "", ""),
        row("  Cardiovascular", T["cv_op"], dollar=True),
        row("  Surgical Technologies", T["st_op"]),
        row("Total segment operating profit", tuple(r1(a + b) for a, b in zip(T["cv_op"], T["st_op"]))),
        row("  Corporate and unallocated expense", tuple(-c for c in T["corp"])),
        row("  Amortization of intangible assets", tuple(-a for a in T["amort"])),
        row("  Acquired in-process research and development", tuple(-a for a in T["iprd"])),
        row("  Restructuring charges, net", tuple(-a for a in T["restr"])),
        row("Operating income", T["op"], dollar=True),
    ),
    note="""Fiscal 2025 and 2024 amounts have been recast to reflect the transfer of the peripheral embolization
    product line from Surgical Technologies to Cardiovascular in the first quarter of fiscal 2026.""",
)

_T_GEO = Table(
    caption="Net sales by geographic area",
    unit="(in millions)",
    header=_T_HEAD,
    rows=(
        row("United States", T["us"], dollar=True),
        row("Europe", T["eu"]),
        row("Asia Pacific", T["ap"]),
        row("Other international", T["oth_geo"]),
        row("Total net sales", T["sales"], dollar=True),
    ),
    note="Net sales are attributed to geographic areas based on the location of the customer.",
)

_T_GROWTH = Table(
    caption="Net sales growth, fiscal 2026 compared with fiscal 2025",
    unit="(percent; currency and acquisition effects in percentage points)",
    header=("Segment", "Reported", "Currency", "Acquisition", "Organic"),
    rows=tuple(
        (label, pct(T_GROWTH[k][0]), _pts(T_GROWTH[k][1]), _pts(T_GROWTH[k][2]), pct(_organic(k)))
        for label, k in (("Cardiovascular", "cv"), ("Surgical Technologies", "st"), ("Total", "tot"))
    ),
    note="""Organic growth is a non-GAAP measure: reported growth excluding the effect of changes in foreign
    currency exchange rates and net sales of acquired businesses in the twelve months after their acquisition.""",
)

_T_GM = (T["gp"][0] / T["sales"][0], T["gp"][1] / T["sales"][1], T["gp"][2] / T["sales"][2])
_T_OM = (T["op"][0] / T["sales"][0], T["op"][1] / T["sales"][1], T["op"][2] / T["sales"][2])
_T_CV_M = (T["cv_op"][0] / T["cv_sales"][0], T["cv_op"][1] / T["cv_sales"][1])
_T_ST_M = (T["st_op"][0] / T["st_sales"][0], T["st_op"][1] / T["st_sales"][1])
_T_DEBT_PRIN = TB26["debt_principal"]

TESSALINE = Report(
    stem="TESSALINE_FY2026_10K",
    title="Tessaline Medical Technologies, Inc. - Annual Report on Form 10-K for the Fiscal Year Ended March 27, 2026",
    running_title="Tessaline Medical Technologies, Inc. - Form 10-K - Fiscal 2026",
    date="May 20, 2026",
    iso_date="2026-05-20",
    keywords=("Tessaline Medical Technologies", "TSLN", "Form 10-K", "fiscal 2026", "medical devices"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            March 27, 2026. Commission File Number 001-38815."""),
            p("""TESSALINE MEDICAL TECHNOLOGIES, INC. (Exact name of registrant as specified in its charter).
            Delaware (State of incorporation); 46-2281907 (I.R.S. Employer Identification No.). 1400 Carlson
            Ridge Parkway, Plymouth, Minnesota 55447. Common stock, par value $0.10 per share, traded on the New
            York Stock Exchange under the symbol TSLN. The aggregate market value of common stock held by
            non-affiliates as of September 26, 2025 was approximately $14.6 billion. As of May 8, 2026, 116,942,118
            shares of common stock were outstanding."""),
            p("""(This is a fictional filing written as test material. The company, its people, products, customers
            and all figures are invented; any resemblance to a real company is accidental.)"""),
            h("PART I. Item 1. Business"),
            p("""Tessaline Medical Technologies, Inc. ("Tessaline," the "Company," "we" or "our") develops,
            manufactures and sells medical devices used in cardiac, vascular and surgical procedures. Our fiscal
            year ends on the last Friday of March; fiscal 2026 ended March 27, 2026, fiscal 2025 ended March 28,
            2025 and fiscal 2024 ended March 29, 2024. Each of these fiscal years contained 52 weeks. Unless
            stated otherwise, references to years are to fiscal years."""),
            p("""We manage the business through two reportable segments. Cardiovascular ("CV") offers
            electrophysiology products, including the Vireo pulsed field ablation ("PFA") catheter system and
            mapping systems, structural heart devices and peripheral vascular products. Surgical Technologies
            ("ST") offers powered surgical instruments, energy and sealing devices, arthroscopy systems and,
            since August 2025, the robotic-assisted arthroscopy platform of Brightwater Surgical, Inc.
            ("Brightwater"). In the first quarter of fiscal 2026 we moved the peripheral embolization product
            line from ST to CV; prior-period segment figures have been recast."""),
            p("""We sell to hospitals, ambulatory surgery centers and group purchasing organizations, directly
            through our own sales force in the United States, Western Europe and Japan and through independent
            distributors elsewhere. No single customer accounted for 10% or more of net sales in any of the last
            three fiscal years. Net sales outside the United States were 44.6% of the total in fiscal 2026."""),
        ),
        (
            p("""Research and development. We spent $568.4 million on research and development in fiscal 2026,
            8.3% of net sales, and we also acquire early-stage technologies through asset acquisitions and
            license agreements; when such a technology has not reached regulatory approval, its cost is expensed
            as acquired in-process research and development ("IPR&D")."""),
            p("""Competition and regulation. Our markets are highly competitive, and our principal competitors are
            larger diversified device makers. Our products are regulated by the U.S. Food and Drug Administration
            ("FDA") and, in the European Union, under the Medical Device Regulation ("EU MDR"). Most of our
            Cardiovascular products are Class III devices that require premarket approval."""),
            p("""Human capital. At March 27, 2026, we had approximately 21,400 employees in 31 countries, of whom
            about 9,800 worked in manufacturing and 2,300 in research and development."""),
            h("Item 1A. Risk Factors"),
            p("""Our business is subject to many risks. The risks below are those we believe are most significant;
            others we do not now consider material could also harm us."""),
            p("""Reimbursement and pricing. Hospitals buy our products within budgets set by government and private
            payers. Changes to Medicare and Medicaid payment rates, value-based purchasing and volume-based
            procurement in China and other markets have reduced, and may continue to reduce, the prices we
            receive."""),
            p("""Supply chain. We depend on single-source suppliers for certain components, including the generator
            boards and electrodes of the Vireo PFA system. A disruption at one of these suppliers, or at one of
            our three catheter plants, could delay shipments for several months."""),
            p("""Regulatory and product quality. A recall, a warning letter from the FDA or a delay in obtaining
            approvals or EU MDR certificates could interrupt sales of affected products and lead to product
            liability claims."""),
            p("""Acquisitions. We may not realize the expected benefits of the Brightwater acquisition or of other
            acquisitions, and the goodwill and intangible assets we recorded for them could become impaired."""),
            p("""Indebtedness. At March 27, 2026, we had $3,500.0 million of principal amount of debt outstanding.
            Our term loan carries a floating rate, and its agreement requires us to maintain a ratio of
            consolidated total debt to EBITDA, as defined in that agreement, of no more than 3.75 to 1.00."""),
        ),
        (
            p("""Foreign currency. About 45% of our net sales are outside the United States, mostly in euros, yen
            and yuan, while most of our manufacturing costs are in U.S. dollars, so a stronger dollar reduces our
            reported sales and margins."""),
            h("Item 5. Market for Registrant's Common Equity and Issuer Purchases of Equity Securities"),
            p("""Our common stock trades on the NYSE under the symbol TSLN. We paid a quarterly dividend of $0.23 per
            share in fiscal 2026, or $0.92 per share for the year, compared with $0.88 per share in fiscal 2025.
            On May 12, 2026, the Board of Directors raised the quarterly dividend to $0.25 per share, payable
            July 10, 2026."""),
            p("""In fiscal 2026 we repurchased 3.9 million shares of common stock for $450.0 million under the $2.0
            billion repurchase program authorized in February 2024, compared with $300.0 million in fiscal
            2025. At March 27, 2026, $1.05 billion remained available under the program."""),
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            h("Overview"),
            p(f"""Net sales were $6.84 billion in fiscal 2026, an increase of {pct(T_GROWTH['tot'][0])} from $6.32 billion
            in fiscal 2025. On an organic basis, which excludes the effects of currency and of Brightwater, net
            sales grew {pct(_organic('tot'))}. Currency reduced net sales by ${-T_FX_TOTAL:.1f} million, or
            {_pts(-T_GROWTH['tot'][1])} percentage points, mainly from a weaker yen and yuan, and Brightwater
            added ${T['st_acq']:.1f} million. Diluted earnings per share were ${T['eps_d'][0]:.2f}, compared with
            ${T['eps_d'][1]:.2f} in fiscal 2025."""),
            p(f"""Operating income rose to ${T['op'][0]:,.1f} million, or {pct(_T_OM[0])} of net sales, from
            ${T['op'][1]:,.1f} million, or {pct(_T_OM[1])} of net sales, in fiscal 2025. The increase reflects
            higher gross margin, operating leverage on selling, general and administrative expense and lower
            acquired IPR&D charges, partly offset by higher amortization and restructuring charges."""),
            _T_GROWTH,
        ),
        (
            h("Net sales by segment"),
            p(f"""Cardiovascular net sales increased {pct(T_GROWTH['cv'][0])} to ${T['cv_sales'][0]:,.1f} million
            ({pct(_organic('cv'))} organic). Growth was led by electrophysiology, where sales of the Vireo PFA
            system more than doubled after its launch in Japan and its expanded U.S. label, partly offset by lower
            sales of cryoablation catheters as physicians moved to PFA. Structural heart grew in the mid-single
            digits."""),
            p(f"""Surgical Technologies net sales increased {pct(T_GROWTH['st'][0])} to ${T['st_sales'][0]:,.1f} million
            ({pct(_organic('st'))} organic), including ${T['st_acq']:.1f} million from Brightwater. Powered
            instruments and energy devices grew on higher procedure volumes, while arthroscopy sales in China
            declined under volume-based procurement."""),
            h("Gross margin"),
            p(f"""Gross margin was {pct(_T_GM[0])} of net sales in fiscal 2026, compared with {pct(_T_GM[1])} in fiscal
            2025. The improvement came from a favorable mix, as higher-margin PFA catheters were a larger share
            of sales, and from manufacturing savings under our restructuring program, including the
            consolidation of two catheter plants. These benefits were partly offset by inflation in electronic
            component and freight costs, pricing pressure in China and the unfavorable effect of currency."""),
            h("Operating expenses"),
            p("""Research and development expense increased 7.0% to $568.4 million, reflecting clinical trials for
            the next-generation Vireo system and for our transcatheter mitral repair device. Selling, general and
            administrative expense increased 5.5% to $2,214.7 million but declined to 32.4% of net sales from
            33.2%, as sales grew faster than expense."""),
            p("""Acquired IPR&D was $46.0 million in fiscal 2026, for the purchase of a renal denervation technology
            from a privately held company, compared with $112.5 million in fiscal 2025, when we acquired the
            rights to an early-stage leadless pacing system. Amortization of intangible assets increased to $212.6
            million, mainly from the intangible assets recorded for Brightwater."""),
            p("""Restructuring charges, net, were $71.3 million in fiscal 2026 ($38.9 million in fiscal 2025) under
            the Operational Simplification program announced in January 2024, mainly for severance and the closure
            of our catheter plant in Galway, Ireland, whose production moved to our facility in Costa Rica. We
            expect the program to be substantially complete by the end of fiscal 2027 and to deliver annual
            pre-tax savings of $130 million to $150 million when fully implemented."""),
        ),
        (
            h("Segment operating profit"),
            p(f"""Cardiovascular segment operating profit was ${T['cv_op'][0]:,.1f} million, or {pct(_T_CV_M[0])} of
            segment net sales, compared with {pct(_T_CV_M[1])} in fiscal 2025, reflecting PFA mix and leverage on
            sales and marketing expense. Surgical Technologies segment operating profit was
            ${T['st_op'][0]:,.1f} million, or {pct(_T_ST_M[0])} of segment net sales, compared with
            {pct(_T_ST_M[1])}; Brightwater was slightly dilutive to the segment margin. Segment operating profit
            excludes amortization of intangible assets, acquired IPR&D, restructuring charges and corporate
            expense."""),
            h("Interest and income taxes"),
            p(f"""Interest expense rose to ${T['interest'][0]:.1f} million from ${T['interest'][1]:.1f} million,
            reflecting the $500.0 million of 5.15% senior notes issued in July 2025 to fund part of the
            Brightwater purchase price. The effective tax rate was {pct(T['tax_rate'][0])}, compared with
            {pct(T['tax_rate'][1])} in fiscal 2025."""),
            h("Liquidity and capital resources"),
            p(f"""Cash and cash equivalents were ${TB26['cash']:,.1f} million at March 27, 2026. Net cash provided by
            operating activities was ${TC['cfo'][0]:,.1f} million in fiscal 2026, compared with
            ${TC['cfo'][1]:,.1f} million in fiscal 2025, as higher net income was partly offset by increases in
            receivables and inventories to support the Vireo launch. Additions to property, plant and equipment
            were ${TM['capex']:.1f} million. We paid ${TM['acq']:,.1f} million, net of cash acquired, for
            Brightwater on August 4, 2025."""),
            p("""Our debt consists of a senior unsecured term loan and senior notes. The term loan, originally
            $1.2 billion, bears interest at Term SOFR plus 1.125%, amortizes at $100.0 million a year and matures
            in November 2027. We also have a $1.5 billion revolving credit facility expiring in June 2030, under
            which nothing was drawn at March 27, 2026 or March 28, 2025. We believe cash on hand, operating cash
            flow and the revolving facility are sufficient to meet our needs for at least the next twelve
            months."""),
            Table(
                caption="Debt outstanding",
                unit="(in millions)",
                header=("(principal amounts)", "2026", "2025"),
                rows=(
                    row("Term loan due November 2027", (900.0, 1000.0), dollar=True),
                    row("3.40% senior notes due October 2027", (600.0, 600.0)),
                    row("4.25% senior notes due March 2030", (750.0, 750.0)),
                    row("4.90% senior notes due June 2034", (750.0, 750.0)),
                    row("5.15% senior notes due July 2036", (500.0, 0.0)),
                    row("Total principal", (TB26["debt_principal"], TB25["debt_principal"])),
                    row("Unamortized discount and issuance costs", (-TB26["debt_costs"], -TB25["debt_costs"])),
                    row("Current portion of long-term debt", (-TB26["cur_debt"], -TB25["cur_debt"])),
                    row("Long-term debt", (TB26["ltd"], TB25["ltd"]), dollar=True),
                ),
            ),
        ),
        (
            p("""TESSALINE MEDICAL TECHNOLOGIES, INC. Item 8. Financial Statements and Supplementary Data. Fiscal
            years ended March 27, 2026, March 28, 2025 and March 29, 2024."""),
            _T_INCOME,
        ),
        (
            _T_BALANCE,
        ),
        (
            _T_CASH,
        ),
        (
            h("Notes to Consolidated Financial Statements (selected)"),
            p("""Note 4. Acquisitions. On August 4, 2025, we acquired all of the outstanding shares of Brightwater
            Surgical, Inc., a privately held maker of robotic-assisted arthroscopy systems, for cash
            consideration of $1,012.4 million, net of cash acquired. We recorded $512.0 million of developed
            technology and customer relationship intangible assets, $38.3 million of property and equipment and
            $462.1 million of goodwill, assigned to the Surgical Technologies segment, which is not deductible
            for tax purposes. Brightwater's results are included in the ST segment from the acquisition date."""),
            p(f"""Note 6. Goodwill. Goodwill increased from ${TB25['gw']:,.1f} million at March 28, 2025 to
            ${TB26['gw']:,.1f} million at March 27, 2026, reflecting $462.1 million from the Brightwater acquisition
            and $14.8 million of currency translation. Of the goodwill at March 27, 2026, $2,268.4 million was
            assigned to Cardiovascular and ${TB26['gw'] - 2268.4:,.1f} million to Surgical Technologies. Our annual
            impairment test in the fourth quarter of fiscal 2026 found no impairment."""),
            p("""Note 9. Restructuring. The restructuring liability, included in other accrued liabilities, was
            $44.6 million at March 27, 2026 and $21.8 million at March 28, 2025. Cumulative charges under the
            Operational Simplification program were $132.6 million through March 27, 2026, and we expect total
            charges of $170 million to $190 million."""),
        ),
        (
            p("""Note 15. Segment and Geographic Information. Our chief operating decision maker, the Chief
            Executive Officer, evaluates the segments on net sales and segment operating profit. Segment assets
            and a split of segment net sales by geographic area are not reported to the chief operating decision
            maker and are not presented."""),
            _T_SEGMENTS,
            _T_GEO,
        ),
    ),
)

# ================================================================================================
# 2. Meadowlark Freight Systems, Inc. (fictional), calendar years, $ thousands
# ================================================================================================
M = {
    "rev_bfs": (1128452, 1164870, 1201315),
    "fsc": (148336, 171905, 204118),
    "swb": (431870, 438215, 446902),
    "fuel": (152614, 176380, 208775),
    "om": (88430, 86112, 84556),
    "ins": (71905, 58644, 55210),
    "taxlic": (21337, 21910, 22468),
    "comm": (9118, 9402, 9660),
    "pt": (292441, 296880, 302114),
    "dep": (141226, 139015, 131870),
    "gain": (-6512, -11847, -24305),
    "oth": (31270, 30144, 29538),
    "interest": (6842, 5310, 3944),
    "oth_inc": (1215, 2406, 988),
    "tax_rate": (0.258, 0.251, 0.246),
    "basic": (42210, 42530, 42890),
    "diluted": (42395, 42810, 43260),
    "dps": (0.48, 0.44, 0.40),
    # segments: Truckload; Logistics is the rest
    "tl_rev": (912604, 958311, 1011840),
    "tl_op": (30118, 74402, 115880),
}
_M_OPEX_KEYS = ("swb", "fuel", "om", "ins", "taxlic", "comm", "pt", "dep", "gain", "oth")
M["rev"] = tuple(a + b for a, b in zip(M["rev_bfs"], M["fsc"]))
M["opex"] = tuple(sum(M[k][i] for k in _M_OPEX_KEYS) for i in range(3))
M["op"] = tuple(r - o for r, o in zip(M["rev"], M["opex"]))
M["pretax"] = tuple(o - i + x for o, i, x in zip(M["op"], M["interest"], M["oth_inc"]))
M["tax"] = tuple(round(pt * rate) for pt, rate in zip(M["pretax"], M["tax_rate"]))
M["ni"] = tuple(pt - t for pt, t in zip(M["pretax"], M["tax"]))
M["eps_b"] = tuple(round(n / s, 2) for n, s in zip(M["ni"], M["basic"]))
M["eps_d"] = tuple(round(n / s, 2) for n, s in zip(M["ni"], M["diluted"]))
M["log_rev"] = tuple(r - t for r, t in zip(M["rev"], M["tl_rev"]))
M["log_op"] = tuple(o - t for o, t in zip(M["op"], M["tl_op"]))
M["or"] = tuple(o / r for o, r in zip(M["opex"], M["rev"]))
M["adj_or"] = tuple((o - f) / r for o, f, r in zip(M["opex"], M["fsc"], M["rev_bfs"]))
M["div_paid"] = tuple(round(d * b) for d, b in zip(M["dps"], M["basic"]))

MB24 = dict(ar=147905, inv=9210, prepaid=22790, hfs=11450, ppe=1012644, gw=42316, oth_a=17940,
            ap=66318, wages=29806, claims=29115, oth_cl=13044, debt=60000, claims_nc=25902, dtl=171330,
            cs=424, apic=208955)
MM = dict(capex_rev=168530, capex_oth=9212, proceeds=41886, sbc=5551, borrow=145000, repay=120000,
          buyback=9846, buyback_par=3)
MB25 = dict(ar=138412, inv=9644, prepaid=24318, hfs=8126, gw=42316, oth_a=18705, ap=61207, wages=27914,
            claims=34680, oth_cl=12530, claims_nc=28410, dtl=168744)
_m_bv_sold = MM["proceeds"] + M["gain"][0]  # book value of equipment sold = proceeds - gain
_m_transfer = MB25["hfs"] - MB24["hfs"] + _m_bv_sold  # moved from property and equipment to held for sale
MB25["ppe"] = MB24["ppe"] + MM["capex_rev"] + MM["capex_oth"] - M["dep"][0] - _m_transfer
MB25["debt"] = MB24["debt"] + MM["borrow"] - MM["repay"]
MB25["cs"] = MB24["cs"] - MM["buyback_par"]
MB25["apic"] = MB24["apic"] + MM["sbc"]


def _md(key: str) -> int:
    return MB25[key] - MB24[key]


MC = {
    "ni": M["ni"],
    "dep": M["dep"],
    "gain": M["gain"],
    "deftax": (_md("dtl"), 6418, 11205),
    "sbc": (MM["sbc"], 5230, 4987),
    "ar": (-_md("ar"), 10644, 21380),
    "inv": (-_md("inv"), 312, -655),
    "prepaid": (-_md("prepaid"), -1944, 830),
    "oth_a": (-_md("oth_a"), -1022, -716),
    "ap": (_md("ap"), -3208, -9115),
    "wages": (_md("wages"), -1510, -2244),
    "claims": (_md("claims") + _md("claims_nc"), 2166, 3490),
    "oth_cl": (_md("oth_cl"), 408, -1022),
    "capex_rev": (-MM["capex_rev"], -214870, -246115),
    "capex_oth": (-MM["capex_oth"], -11402, -13880),
    "proceeds": (MM["proceeds"], 62544, 88712),
    "borrow": (MM["borrow"], 95000, 40000),
    "repay": (-MM["repay"], -85000, -70000),
    "div": tuple(-d for d in M["div_paid"]),
    "buyback": (-MM["buyback"], -14210, -22508),
}
_M_OP_KEYS = ("ni", "dep", "gain", "deftax", "sbc", "ar", "inv", "prepaid", "oth_a", "ap", "wages", "claims",
              "oth_cl")
MC["cfo"] = tuple(sum(MC[k][i] for k in _M_OP_KEYS) for i in range(3))
MC["cfi"] = tuple(MC["capex_rev"][i] + MC["capex_oth"][i] + MC["proceeds"][i] for i in range(3))
MC["cff"] = tuple(sum(MC[k][i] for k in ("borrow", "repay", "div", "buyback")) for i in range(3))
MC["net"] = tuple(MC["cfo"][i] + MC["cfi"][i] + MC["cff"][i] for i in range(3))
_M_CASH_2022 = 38117
_m_end_23 = _M_CASH_2022 + MC["net"][2]
_m_end_24 = _m_end_23 + MC["net"][1]
_m_end_25 = _m_end_24 + MC["net"][0]
MC["begin"] = (_m_end_24, _m_end_23, _M_CASH_2022)
MC["end"] = (_m_end_25, _m_end_24, _m_end_23)
MB24["cash"], MB25["cash"] = _m_end_24, _m_end_25


def _m_sides(b: dict, re: int) -> dict:
    ca = b["cash"] + b["ar"] + b["inv"] + b["prepaid"] + b["hfs"]
    ta = ca + b["ppe"] + b["gw"] + b["oth_a"]
    cl = b["ap"] + b["wages"] + b["claims"] + b["oth_cl"]
    tl = cl + b["debt"] + b["claims_nc"] + b["dtl"]
    eq = b["cs"] + b["apic"] + re
    return dict(ca=ca, ta=ta, cl=cl, tl=tl, eq=eq)


_m24 = _m_sides(MB24, 0)
MB24["re"] = _m24["ta"] - _m24["tl"] - MB24["cs"] - MB24["apic"]
MB25["re"] = MB24["re"] + M["ni"][0] - M["div_paid"][0] - (MM["buyback"] - MM["buyback_par"])
for _b in (MB24, MB25):
    _b.update(_m_sides(_b, _b["re"]))
    assert _b["ta"] == _b["tl"] + _b["eq"], ("Meadowlark balance sheet does not balance", _b["ta"], _b["tl"] + _b["eq"])

M_NET_CAPEX = MM["capex_rev"] + MM["capex_oth"] - MM["proceeds"]

# Truckload operating statistics (2025, 2024)
MS = dict(avg_tractors=(3421, 3541), rev_per_tractor_week=(4402, 4381), rev_per_total_mile=(2.43, 2.39),
          length_of_haul=(512, 528), tractors_end=(3398, 3461), company_tractors=(3112, 3158),
          oo_tractors=(286, 303), trailers=(11860, 12145))


def i0(v: int, dollar: bool = False) -> str:
    return fmt(v, 0, dollar)


def mrow(label: str, values, dollar: bool = False) -> tuple[str, ...]:
    return row(label, values, decimals=0, dollar=dollar)


_M_HEAD = ("(Years ended December 31)", "2025", "2024", "2023")
_M_INCOME = Table(
    caption="CONSOLIDATED STATEMENTS OF OPERATIONS",
    unit="(In thousands, except per share amounts)",
    header=_M_HEAD,
    rows=(
        ("Operating revenue:", "", "", ""),
        mrow("  Revenue, before fuel surcharge", M["rev_bfs"], dollar=True),
        mrow("  Fuel surcharge", M["fsc"]),
        mrow("Total operating revenue", M["rev"]),
        ("Operating expenses:", "", "", ""),
        mrow("  Salaries, wages and benefits", M["swb"]),
        mrow("  Fuel", M["fuel"]),
        mrow("  Operations and maintenance", M["om"]),
        mrow("  Insurance and claims", M["ins"]),
        mrow("  Operating taxes and licenses", M["taxlic"]),
        mrow("  Communications and utilities", M["comm"]),
        mrow("  Purchased transportation", M["pt"]),
        mrow("  Depreciation", M["dep"]),
        mrow("  Gain on sale of equipment, net", M["gain"]),
        mrow("  Other operating expenses", M["oth"]),
        mrow("Total operating expenses", M["opex"]),
        mrow("Operating income", M["op"]),
        mrow("Interest expense, net", M["interest"]),
        mrow("Other income, net", M["oth_inc"]),
        mrow("Income before income taxes", M["pretax"]),
        mrow("Income tax expense", M["tax"]),
        mrow("Net income", M["ni"], dollar=True),
        ("Earnings per share:", "", "", ""),
        row("  Basic", M["eps_b"], decimals=2, dollar=True),
        row("  Diluted", M["eps_d"], decimals=2, dollar=True),
        ("Weighted average shares outstanding:", "", "", ""),
        mrow("  Basic", M["basic"]),
        mrow("  Diluted", M["diluted"]),
    ),
    note="The accompanying notes are an integral part of these consolidated financial statements.",
)


def _mb(key: str) -> tuple[int, int]:
    return (MB25[key], MB24[key])


def _mrow(label: str, key: str, dollar: bool = False) -> tuple[str, ...]:
    return mrow(label, _mb(key), dollar=dollar)


_M_BALANCE = Table(
    caption="CONSOLIDATED BALANCE SHEETS",
    unit="(In thousands, except share data; December 31, 2025 and 2024)",
    header=("(In thousands)", "2025", "2024"),
    rows=(
        ("ASSETS", "", ""),
        ("Current assets:", "", ""),
        _mrow("  Cash and cash equivalents", "cash", dollar=True),
        _mrow("  Trade receivables, net of allowance", "ar"),
        _mrow("  Inventories and supplies", "inv"),
        _mrow("  Prepaid expenses and other current assets", "prepaid"),
        _mrow("  Assets held for sale", "hfs"),
        _mrow("Total current assets", "ca"),
        _mrow("Property and equipment, net", "ppe"),
        _mrow("Goodwill", "gw"),
        _mrow("Other noncurrent assets", "oth_a"),
        _mrow("Total assets", "ta", dollar=True),
        ("LIABILITIES AND STOCKHOLDERS' EQUITY", "", ""),
        ("Current liabilities:", "", ""),
        _mrow("  Accounts payable", "ap", dollar=True),
        _mrow("  Accrued wages and benefits", "wages"),
        _mrow("  Claims accruals, current", "claims"),
        _mrow("  Other current liabilities", "oth_cl"),
        _mrow("Total current liabilities", "cl"),
        _mrow("Long-term debt - revolving credit facility", "debt"),
        _mrow("Claims accruals, noncurrent", "claims_nc"),
        _mrow("Deferred income taxes", "dtl"),
        _mrow("Total liabilities", "tl"),
        ("Stockholders' equity:", "", ""),
        _mrow("  Common stock, $0.01 par value", "cs"),
        _mrow("  Additional paid-in capital", "apic"),
        _mrow("  Retained earnings", "re"),
        _mrow("Total stockholders' equity", "eq"),
        ("Total liabilities and stockholders' equity", i0(MB25["ta"], True), i0(MB24["ta"], True)),
    ),
    note="""Common stock: 100,000,000 shares authorized; 42,105,880 and 42,405,880 shares issued and outstanding at
    December 31, 2025 and 2024.""",
)

_M_CASH = Table(
    caption="CONSOLIDATED STATEMENTS OF CASH FLOWS",
    unit="(In thousands)",
    header=_M_HEAD,
    rows=(
        ("Cash flows from operating activities:", "", "", ""),
        mrow("Net income", MC["ni"], dollar=True),
        ("Adjustments to reconcile net income:", "", "", ""),
        mrow("  Depreciation", MC["dep"]),
        mrow("  Gain on sale of equipment, net", MC["gain"]),
        mrow("  Deferred income taxes", MC["deftax"]),
        mrow("  Stock-based compensation", MC["sbc"]),
        ("  Changes in operating assets and liabilities:", "", "", ""),
        mrow("    Trade receivables", MC["ar"]),
        mrow("    Inventories and supplies", MC["inv"]),
        mrow("    Prepaid expenses and other current assets", MC["prepaid"]),
        mrow("    Other noncurrent assets", MC["oth_a"]),
        mrow("    Accounts payable", MC["ap"]),
        mrow("    Accrued wages and benefits", MC["wages"]),
        mrow("    Claims accruals", MC["claims"]),
        mrow("    Other current liabilities", MC["oth_cl"]),
        mrow("Net cash provided by operating activities", MC["cfo"]),
        ("Cash flows from investing activities:", "", "", ""),
        mrow("  Purchases of revenue equipment", MC["capex_rev"]),
        mrow("  Purchases of other property and equipment", MC["capex_oth"]),
        mrow("  Proceeds from sales of equipment", MC["proceeds"]),
        mrow("Net cash used in investing activities", MC["cfi"]),
        ("Cash flows from financing activities:", "", "", ""),
        mrow("  Borrowings under revolving credit facility", MC["borrow"]),
        mrow("  Repayments under revolving credit facility", MC["repay"]),
        mrow("  Dividends paid", MC["div"]),
        mrow("  Repurchases of common stock", MC["buyback"]),
        mrow("Net cash used in financing activities", MC["cff"]),
        mrow("Net change in cash and cash equivalents", MC["net"]),
        mrow("Cash and cash equivalents, beginning of year", MC["begin"]),
        mrow("Cash and cash equivalents, end of year", MC["end"], dollar=True),
    ),
)

_M_SEGMENTS = Table(
    caption="Segment information",
    unit="(In thousands)",
    header=_M_HEAD,
    rows=(
        ("Operating revenue:", "", "", ""),
        mrow("  Truckload", M["tl_rev"], dollar=True),
        mrow("  Logistics", M["log_rev"]),
        mrow("Total operating revenue", M["rev"], dollar=True),
        ("Operating income:", "", "", ""),
        mrow("  Truckload", M["tl_op"], dollar=True),
        mrow("  Logistics", M["log_op"]),
        mrow("Total operating income", M["op"], dollar=True),
    ),
    note="""Segment revenue includes fuel surcharge revenue. Inter-segment revenue is not material. Depreciation
    is included in segment operating income, substantially all of it in the Truckload segment.""",
)

_M_STATS = Table(
    caption="Truckload segment operating statistics",
    unit="(unaudited)",
    header=("", "2025", "2024"),
    rows=(
        ("Average tractors in service", f"{MS['avg_tractors'][0]:,}", f"{MS['avg_tractors'][1]:,}"),
        ("Average revenue per tractor per week*", f"${MS['rev_per_tractor_week'][0]:,}",
         f"${MS['rev_per_tractor_week'][1]:,}"),
        ("Average revenue per total mile*", f"${MS['rev_per_total_mile'][0]:.2f}",
         f"${MS['rev_per_total_mile'][1]:.2f}"),
        ("Average length of haul (miles)", f"{MS['length_of_haul'][0]:,}", f"{MS['length_of_haul'][1]:,}"),
        ("Tractors at end of year", f"{MS['tractors_end'][0]:,}", f"{MS['tractors_end'][1]:,}"),
        ("Trailers at end of year", f"{MS['trailers'][0]:,}", f"{MS['trailers'][1]:,}"),
    ),
    note="* Excluding fuel surcharge revenue.",
)

_M_REV_CHG = (M["rev_bfs"][0] - M["rev_bfs"][1]) / M["rev_bfs"][1]
_M_FSC_CHG = (M["fsc"][0] - M["fsc"][1]) / M["fsc"][1]
_M_INS_CHG = (M["ins"][0] - M["ins"][1]) / M["ins"][1]

MEADOWLARK = Report(
    stem="MEADOWLARK_2025_10K",
    title="Meadowlark Freight Systems, Inc. - Annual Report on Form 10-K for the Year Ended December 31, 2025",
    running_title="Meadowlark Freight Systems, Inc. - 2025 Form 10-K",
    date="February 24, 2026",
    iso_date="2026-02-24",
    keywords=("Meadowlark Freight Systems", "MDLK", "Form 10-K", "2025", "truckload", "logistics"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            December 31, 2025. Commission file number 0-21944."""),
            p("""MEADOWLARK FREIGHT SYSTEMS, INC. (Exact name of registrant as specified in its charter). Nebraska
            (State of incorporation); 47-0718826 (I.R.S. Employer Identification No.). 9900 Prairie Junction
            Road, Omaha, Nebraska 68138. Common Stock, $0.01 par value, traded on The Nasdaq Global Select Market
            under the symbol MDLK. As of February 13, 2026, 42,081,552 shares of common stock were
            outstanding."""),
            p("""(This is a fictional filing written as test material. The company, its people, customers and all
            figures are invented; any resemblance to a real company is accidental.)"""),
            h("PART I. ITEM 1. BUSINESS"),
            p("""Meadowlark Freight Systems, Inc. (together with its subsidiaries, "Meadowlark," the "Company,"
            "we," "us" or "our") is a transportation and logistics company headquartered in Omaha, Nebraska. We
            were founded in 1979 as a one-truck operation hauling livestock feed and have been publicly traded
            since 1994. We operate in two reportable segments, Truckload and Logistics."""),
            p("""Truckload. Our Truckload segment provides dry van, temperature-controlled and dedicated services
            with our own tractors and trailers and those of independent contractors (owner-operators). Dedicated
            service, in which we assign equipment and drivers to a single customer's freight network under a
            multi-year contract, made up 41% of Truckload revenue in 2025. The segment's customers are mainly
            large retailers, consumer packaged goods manufacturers and food and beverage companies in the
            Midwest, Southeast and Texas."""),
            p("""Logistics. Our Logistics segment provides truck brokerage, intermodal and freight management
            services, arranging transportation with third-party carriers and railroads. It owns few assets
            other than intermodal containers and chassis, and its main cost is purchased transportation."""),
        ),
        (
            p(f"""Equipment. At December 31, 2025, we operated {MS['tractors_end'][0]:,} tractors, of which
            {MS['company_tractors'][0]:,} were company-operated and {MS['oo_tractors'][0]:,} were provided by
            owner-operators, and {MS['trailers'][0]:,} trailers. The average age of our company tractors was 2.3
            years and of our trailers 5.8 years. We generally trade tractors after about five
            years."""),
            p("""Customers. Our largest customer, a national discount retailer, accounted for approximately 13% of
            our total operating revenue in 2025 and 12% in 2024, mostly in the Truckload segment under dedicated
            contracts. Our top ten customers together accounted for about 47% of total operating revenue in
            2025. No other customer accounted for 10% or more of revenue."""),
            p("""Drivers and employees. At December 31, 2025, we employed approximately 4,950 people, including about
            3,400 professional drivers, 780 mechanics and shop personnel and 770 office employees."""),
            p("""Fuel. We have fuel surcharge programs with substantially all customers that adjust the rates we
            charge as the Department of Energy's weekly diesel price index moves. We report the surcharges
            separately as fuel surcharge revenue."""),
            h("ITEM 1A. RISK FACTORS"),
            p("""The truckload market is cyclical. Our results depend on freight demand and on capacity in the
            industry. Since 2023 excess capacity has depressed contract and spot rates, and a longer or deeper
            downturn could further reduce our revenue per tractor and our margins."""),
            p("""We may be unable to recruit and retain qualified drivers. The market for drivers is competitive.
            A shortage could force us to raise driver pay faster than rates, to idle tractors or to rely more on
            owner-operators and third-party carriers."""),
            p("""Fuel prices are volatile, and our fuel surcharge programs do not recover all increases. Surcharges
            reset weekly, so recovery lags rising prices; they generally do not cover empty miles, out-of-route
            miles or engine idling; and some customers negotiate lower surcharge schedules. A rapid rise in
            diesel prices would therefore reduce our operating income."""),
            p("""Insurance and claims expense could increase significantly. We self-insure a significant portion of
            our auto liability, workers' compensation and cargo claims, retaining the first $5.0 million of each
            auto liability claim. Juries have awarded increasingly large verdicts against trucking companies, and
            a small number of severe accidents can have a large effect on our results."""),
            p("""We depend on a small number of large customers. The loss of our largest customer, or a significant
            reduction in its freight, would reduce our revenue and leave equipment and drivers underused."""),
            p("""Our business is capital intensive. Higher prices for new tractors, including those built to meet the
            EPA's 2027 emissions standards, and lower prices for used equipment would raise our net capital
            expenditures and depreciation."""),
        ),
        (
            h("ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY"),
            p(f"""Our common stock trades on Nasdaq under the symbol MDLK. In 2025 we paid a quarterly cash dividend
            of $0.12 per share, or $0.48 per share for the year, up from $0.11 per share per quarter ($0.44 for
            the year) in 2024. In 2025 we repurchased 300,000 shares for ${MM['buyback'] / 1000:.1f} million under
            our repurchase authorization, which had 1.7 million shares remaining at year end."""),
            h("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS"),
            h("Overview"),
            p(f"""2025 was the third consecutive year of a freight recession for truckload carriers. Total operating
            revenue decreased {pct(-(M['rev'][0] - M['rev'][1]) / M['rev'][1])} to ${M['rev'][0] / 1000:,.1f}
            million, and revenue before fuel surcharge decreased {pct(-_M_REV_CHG)} to
            ${M['rev_bfs'][0] / 1000:,.1f} million. Net income was ${M['ni'][0] / 1000:.1f} million, or
            ${M['eps_d'][0]:.2f} per diluted share, compared with ${M['ni'][1] / 1000:.1f} million, or
            ${M['eps_d'][1]:.2f} per diluted share, in 2024."""),
            p(f"""We measure our efficiency with the operating ratio, operating expenses expressed as a percentage of
            total operating revenue. Our operating ratio was {pct(M['or'][0])} in 2025, compared with
            {pct(M['or'][1])} in 2024. Because fuel surcharge revenue moves with fuel prices and largely offsets
            fuel expense, we also use an adjusted operating ratio, a non-GAAP measure that nets fuel surcharge
            revenue against operating expenses and divides by revenue before fuel surcharge; it was
            {pct(M['adj_or'][0])} in 2025 and {pct(M['adj_or'][1])} in 2024."""),
            p("""The deterioration of the operating ratio came mainly from the Truckload segment. Lower contract rates
            on renewals during the first half of the year and fewer tractors in service reduced revenue faster
            than we could reduce costs; insurance and claims expense rose sharply; and gains on the sale of used
            equipment fell as prices for used tractors declined. Lower driver headcount and cost discipline in
            maintenance partly offset these factors."""),
            _M_STATS,
        ),
        (
            h("Results of operations, 2025 compared with 2024"),
            p(f"""Revenue, before fuel surcharge, decreased ${(M['rev_bfs'][1] - M['rev_bfs'][0]) / 1000:.1f} million,
            or {pct(-_M_REV_CHG)}. Truckload average tractors in service fell 3.4%, as we sold older units without
            replacing them, and revenue per total mile rose only 1.7%; in Logistics, higher brokerage volume
            was more than offset by lower revenue per load. Fuel surcharge revenue decreased {pct(-_M_FSC_CHG)} to ${M['fsc'][0] / 1000:.1f} million, mainly
            because the average DOE diesel price fell to $3.66 per gallon from $3.89 in 2024, and because fewer
            miles were driven."""),
            p(f"""Salaries, wages and benefits decreased 1.4% as driver headcount declined, partly offset by a 3%
            driver pay increase in April 2025 and higher health care costs. Fuel expense decreased
            {pct(-(M['fuel'][0] - M['fuel'][1]) / M['fuel'][1])} on lower diesel prices and fewer miles. Purchased
            transportation decreased 1.5%, as lower owner-operator miles offset higher Logistics volume."""),
            p(f"""Insurance and claims expense increased {pct(_M_INS_CHG)} to ${M['ins'][0] / 1000:.1f} million, reflecting
            two large auto liability claims from 2024 accidents that developed adversely, totaling $6.8 million
            above our prior estimates, and higher premiums for excess coverage. Depreciation increased 1.6% as
            newer, more expensive tractors replaced older units. Gain on sale of equipment decreased to
            ${-M['gain'][0] / 1000:.1f} million from ${-M['gain'][1] / 1000:.1f} million, reflecting lower prices in
            the used truck market."""),
            p(f"""Truckload operating income decreased to ${M['tl_op'][0] / 1000:.1f} million from
            ${M['tl_op'][1] / 1000:.1f} million, and Logistics operating income decreased to
            ${M['log_op'][0] / 1000:.1f} million from ${M['log_op'][1] / 1000:.1f} million as brokerage margins
            narrowed. Interest expense, net, increased on higher average borrowings under the revolving credit
            facility. Our effective income tax rate was {pct(M['tax_rate'][0])}, compared with
            {pct(M['tax_rate'][1])}."""),
            h("Liquidity and capital resources"),
            p(f"""Our primary sources of liquidity are cash generated from operations, proceeds from sales of used
            equipment and our revolving credit facility. Net cash provided by operating activities was
            ${MC['cfo'][0] / 1000:.1f} million in 2025, compared with ${MC['cfo'][1] / 1000:.1f} million in 2024.
            Net capital expenditures, that is purchases of revenue equipment and other property and equipment
            less proceeds from sales of equipment, were ${M_NET_CAPEX / 1000:.1f} million in 2025, compared with
            ${(-MC['capex_rev'][1] - MC['capex_oth'][1] - MC['proceeds'][1]) / 1000:.1f} million in 2024, as we
            reduced our tractor purchases to match freight demand. We expect net capital expenditures of $130
            million to $150 million in 2026."""),
            p("""Revolving credit facility. We have a $300.0 million unsecured revolving credit facility with a group
            of banks that matures in June 2029 and bears interest at Term SOFR plus a margin of 1.00% to 1.625%
            based on our leverage ratio. At December 31, 2025, we had $85.0 million of borrowings outstanding and
            $21.7 million of standby letters of credit issued under the facility, leaving $193.3 million of
            availability. The facility requires a ratio of funded debt to EBITDA of no more than 3.0 to 1.0 and a
            fixed charge coverage ratio of at least 1.25 to 1.0, and we were in compliance with both at December
            31, 2025."""),
            p(f"""We paid dividends of ${M['div_paid'][0] / 1000:.1f} million in 2025. On February 10, 2026, our Board of
            Directors declared a quarterly dividend of $0.12 per share, payable March 20, 2026."""),
        ),
        (
            p("""MEADOWLARK FREIGHT SYSTEMS, INC. AND SUBSIDIARIES. ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY
            DATA."""),
            _M_INCOME,
        ),
        (
            _M_BALANCE,
        ),
        (
            _M_CASH,
        ),
        (
            h("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (selected)"),
            p("""Note 1. Property and equipment. Property and equipment is stated at cost. Tractors are depreciated
            on the straight-line method over five years to salvage values of about 25% of cost, and trailers over
            ten years to salvage values of about 15%. Tractors and trailers that we have decided to sell are
            reclassified to assets held for sale at the lower of carrying amount or fair value less costs to
            sell."""),
            p("""Note 5. Long-term debt. Borrowings under the revolving credit facility were $85.0 million at
            December 31, 2025 and $60.0 million at December 31, 2024, and are classified as long-term because
            the facility matures in June 2029. The weighted-average interest rate on borrowings outstanding was
            5.42% at December 31, 2025."""),
            p("""Note 9. Concentrations. Trade receivables from our largest customer were 15% of trade receivables at
            December 31, 2025. Drivers in our Truckload segment are not represented by a labor union."""),
            p("""Note 11. Segment information. We report two segments, Truckload and Logistics, which are evaluated
            by our Chief Executive Officer on operating revenue and operating income. Assets are not allocated
            to the segments, and the Company does not separately report expenses by segment beyond the amounts
            below."""),
            _M_SEGMENTS,
        ),
    ),
)

REPORTS = (TESSALINE, MEADOWLARK)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
