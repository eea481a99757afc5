"""Build the two filings of the filings3 held-out set (eval/datasets/filings3/docs/).

Both companies are FICTIONAL and every name, person, ticker and figure is invented. The statement figures are
kept as data below and the subtotals, totals, period-end cash and the balancing rows are computed from them, so
the statements add up and tie to each other (net income, cash, debt, treasury stock, retained earnings, equity).
The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M" footer,
fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/filings3/build_pdf.py   # writes docs/HOLLISVANE_FY2025_10K.pdf, docs/PELHAM_2026Q2_10Q.pdf
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


def fmt(v: float, dollar: bool = False, decimals: int = 0) -> str:
    """A statement cell as US filers print it: thousands separators, (parentheses) for negatives, '-' for nil."""
    if round(v, decimals) == 0:
        return "-"
    body = f"{abs(v):,.{decimals}f}"
    body = ("$" + body) if dollar else body
    return f"({body})" if v < 0 else body


def row(label: str, values, dollar: bool = False, decimals: int = 0) -> tuple[str, ...]:
    return (label, *(fmt(v, dollar, decimals) for v in values))


def add(*series):
    return tuple(sum(vals) for vals in zip(*series))


def neg(series):
    return tuple(-v for v in series)


def blank(label: str, n: int) -> tuple[str, ...]:
    return (label, *("" for _ in range(n)))


# =============================================================================================================
# Company A: Hollis & Vane Outfitters, Inc. (52/53-week fiscal years ending on the Saturday nearest January 31;
# fiscal 2025 = 52 weeks ended January 31, 2026; fiscal 2024 = 52 weeks ended February 1, 2025; fiscal 2023 =
# 53 weeks ended February 3, 2024; amounts in thousands)
# =============================================================================================================
A = {}
A["stores_rev"] = (1712400, 1690100, 1737500)
A["digital_rev"] = (773900, 701600, 675400)
A["rev"] = add(A["stores_rev"], A["digital_rev"])
A["cogs"] = (1546200, 1513800, 1549100)
A["gp"] = add(A["rev"], neg(A["cogs"]))
A["sga"] = (679400, 651200, 640300)
A["impair"] = (3100, 5800, 2400)
A["opinc"] = add(A["gp"], neg(A["sga"]), neg(A["impair"]))
A["interest"] = (-6200, -7400, -8100)
A["pretax"] = add(A["opinc"], A["interest"])
A["tax"] = (61800, 52900, 53600)
A["ni"] = add(A["pretax"], neg(A["tax"]))
A["sh_basic"] = (41820, 43150, 44600)
A["sh_dil"] = (42310, 43620, 45080)
A["eps_basic"] = tuple(round(n / s, 2) for n, s in zip(A["ni"], A["sh_basic"]))
A["eps_dil"] = tuple(round(n / s, 2) for n, s in zip(A["ni"], A["sh_dil"]))

A_CA = (  # label, Jan 31 2026, Feb 1 2025 (cash first, computed)
    ("Merchandise inventories", 412600, 389300),
    ("Accounts receivable, net", 21400, 19800),
    ("Prepaid expenses and other current assets", 38900, 35200),
)
A_NCA = (
    ("Property and equipment, net", 512300, 498700),
    ("Operating lease assets", 1021800, 1046500),
    ("Goodwill", 46200, 46200),
    ("Other assets", 29300, 27400),
)
A_CL = (
    ("Accounts payable", 198400, 176900),
    ("Accrued expenses and other current liabilities", 142300, 138600),
    ("Current portion of operating lease liabilities", 176200, 171400),
    ("Income taxes payable", 8700, 6100),
)
A_NCL = (
    ("Long-term debt, net", 149400, 149200),
    ("Long-term operating lease liabilities", 968100, 1002300),
    ("Other liabilities", 34600, 31900),
)
A["cash_2024"] = 268400  # February 1, 2025
A["cash_2023"] = 241700  # February 3, 2024
A["cash_2022"] = 145300  # January 28, 2023
A["sbc"] = (18200, 16900, 15400)
A["espp"] = (4200, 3900, 3100)
A["buyback"] = (-120000, -95000, -60000)
A["div_paid"] = (-41900, -38800, -35700)
A["common"] = 551
A["re_2024"] = 1288500
A["treasury_2024"] = -1164800
_tl24 = sum(r[2] for r in A_CL + A_NCL)
_ta24 = A["cash_2024"] + sum(r[2] for r in A_CA + A_NCA)
A["apic_2024"] = _ta24 - _tl24 - A["common"] - A["re_2024"] - A["treasury_2024"]
A["apic_2025"] = A["apic_2024"] + A["sbc"][0] + A["espp"][0]
A["re_2025"] = A["re_2024"] + A["ni"][0] + A["div_paid"][0]
A["treasury_2025"] = A["treasury_2024"] + A["buyback"][0]
A["eq_2025"] = A["common"] + A["apic_2025"] + A["re_2025"] + A["treasury_2025"]
A["eq_2024"] = _ta24 - _tl24
_tl25 = sum(r[1] for r in A_CL + A_NCL)
A["cash_2025"] = _tl25 + A["eq_2025"] - sum(r[1] for r in A_CA + A_NCA)
A["ca"] = (A["cash_2025"] + sum(r[1] for r in A_CA), A["cash_2024"] + sum(r[2] for r in A_CA))
A["ta"] = (A["ca"][0] + sum(r[1] for r in A_NCA), A["ca"][1] + sum(r[2] for r in A_NCA))
A["cl"] = (sum(r[1] for r in A_CL), sum(r[2] for r in A_CL))
A["tl"] = (_tl25, _tl24)


def _a(label):
    for r in A_CA + A_NCA + A_CL + A_NCL:
        if r[0] == label:
            return r[1], r[2]
    raise KeyError(label)


def _ad(label, sign=1):  # change in a balance during fiscal 2025
    a, b = _a(label)
    return sign * (a - b)


A["dep"] = (96400, 92800, 90100)
A["debt_cost"] = (200, 200, 200)
A["def_tax"] = (-2900, 1800, -1100)
A["lease"] = (_ad("Operating lease assets", -1) + _ad("Current portion of operating lease liabilities")
              + _ad("Long-term operating lease liabilities"), -6400, -5200)
A["wc_inv"] = (_ad("Merchandise inventories", -1), 14800, 31600)
A["wc_ar"] = (_ad("Accounts receivable, net", -1), 1200, -900)
A["wc_prepaid"] = (_ad("Prepaid expenses and other current assets", -1) + _ad("Other assets", -1) - A["def_tax"][0],
                   -3100, 2200)
A["wc_ap"] = (_ad("Accounts payable"), -9600, -14300)
A["wc_tax"] = (_ad("Income taxes payable"), -1900, 800)
A["wc_lt"] = (_ad("Other liabilities"), 1700, 1300)
A["capex"] = (-(_ad("Property and equipment, net") + A["dep"][0] + A["impair"][0]), -104700, -86900)
A["other_inv"] = (0, 1300, 0)
A["cash_end"] = (A["cash_2025"], A["cash_2024"], A["cash_2023"])
A["cash_begin"] = (A["cash_2024"], A["cash_2023"], A["cash_2022"])
A["cfi"] = add(A["capex"], A["other_inv"])
A["cff"] = add(A["espp"], A["buyback"], A["div_paid"])
A["cfo"] = tuple(e - b - i - f for e, b, i, f in zip(A["cash_end"], A["cash_begin"], A["cfi"], A["cff"]))
_cfo_known = add(A["ni"], A["dep"], A["impair"], A["sbc"], A["debt_cost"], A["def_tax"], A["lease"], A["wc_inv"],
                 A["wc_ar"], A["wc_prepaid"], A["wc_ap"], A["wc_tax"], A["wc_lt"])
A["wc_accr"] = tuple(c - k for c, k in zip(A["cfo"], _cfo_known))
A["fcf"] = add(A["cfo"], A["capex"])

# =============================================================================================================
# Company B: Pelham Basin Energy, Inc. (calendar year; quarter ended June 30, 2026; amounts in millions)
# columns: three months 2026, three months 2025, six months 2026, six months 2025
# =============================================================================================================
B = {}
B["elec"] = (1142, 1068, 2318, 2201)
B["gas"] = (214, 198, 731, 684)
B["rev"] = add(B["elec"], B["gas"])
B["fuel"] = (298, 291, 612, 598)
B["cog"] = (68, 71, 302, 296)
B["om"] = (336, 322, 668, 647)
B["da"] = (221, 204, 438, 405)
B["toti"] = (82, 77, 171, 162)
B["opex"] = add(B["fuel"], B["cog"], B["om"], B["da"], B["toti"])
B["opinc"] = add(B["rev"], neg(B["opex"]))
B["int"] = (-148, -131, -292, -259)
B["afudc"] = (14, 11, 27, 22)
B["oth"] = (9, 6, 17, 13)
B["pretax"] = add(B["opinc"], B["int"], B["afudc"], B["oth"])
B["tax"] = (34, 28, 94, 85)
B["ni"] = add(B["pretax"], neg(B["tax"]))
B["pref"] = (1, 1, 2, 2)
B["ni_common"] = add(B["ni"], neg(B["pref"]))
B["sh_basic"] = (215.4, 213.6, 215.1, 213.4)
B["sh_dil"] = (216.0, 214.1, 215.7, 213.9)
B["eps_basic"] = tuple(round(n / s, 2) for n, s in zip(B["ni_common"], B["sh_basic"]))
B["eps_dil"] = tuple(round(n / s, 2) for n, s in zip(B["ni_common"], B["sh_dil"]))

B_PLANT = (("Utility plant, at original cost", 46600, 45310),
           ("Less: accumulated depreciation and amortization", -13960, -13540))
B_CWIP = ("Construction work in progress", 2640, 2210)
B_CA = (  # cash first (computed for June 30, 2026)
    ("Customer accounts receivable, net", 612, 655),
    ("Accrued unbilled revenues", 288, 341),
    ("Fuel, materials and supplies", 498, 471),
    ("Natural gas in storage", 96, 142),
    ("Regulatory assets - current", 184, 203),
    ("Prepayments and other current assets", 77, 91),
)
B_OTHER = (
    ("Regulatory assets", 3120, 3064),
    ("Goodwill", 1510, 1510),
    ("Other noncurrent assets", 642, 618),
)
B_CL = (
    ("Short-term debt", 412, 786),
    ("Current portion of long-term debt", 650, 500),
    ("Accounts payable", 724, 812),
    ("Customer deposits", 118, 114),
    ("Accrued taxes", 146, 131),
    ("Accrued interest", 139, 134),
    ("Other current liabilities", 287, 301),
)
B_NCL = (
    ("Long-term debt", 16080, 14930),
    ("Deferred income taxes", 4610, 4520),
    ("Regulatory liabilities", 2870, 2910),
    ("Asset retirement obligations", 612, 598),
    ("Pension and other postretirement benefits", 336, 352),
    ("Other deferred credits and liabilities", 418, 402),
)
B["pref_stock"] = 80
B["cash_2025"] = 142
# Common shareholders' equity at December 31, 2025 (components); APIC is the balancing figure
B["cs_2025"] = 2154  # common stock, no par
B["re_2025"] = 6012
B["aoci_2025"] = -41
_b_assets25 = (B["cash_2025"] + sum(r[2] for r in B_CA) + sum(r[2] for r in B_PLANT) + B_CWIP[2]
               + sum(r[2] for r in B_OTHER))
_b_liab25 = sum(r[2] for r in B_CL + B_NCL)
B["ce_2025"] = _b_assets25 - _b_liab25 - B["pref_stock"]
B["apic_2025"] = B["ce_2025"] - B["cs_2025"] - B["re_2025"] - B["aoci_2025"]
# Six months 2026 equity movements (Q1, Q2)
B["div_ps"] = 0.71
B["div_q"] = (152, 153)  # dividends declared on common stock, Q1 and Q2 2026
B["issue_q"] = (41, 55)  # common stock issued under the at-the-market program, Q1 and Q2
B["sbc_q"] = (5, 4)
B["oci_q"] = (1, 2)
B["ni_common_q"] = (B["ni_common"][2] - B["ni_common"][0], B["ni_common"][0])
B["cs_mar"] = B["cs_2025"] + B["issue_q"][0]
B["cs_jun"] = B["cs_mar"] + B["issue_q"][1]
B["apic_mar"] = B["apic_2025"] + B["sbc_q"][0]
B["apic_jun"] = B["apic_mar"] + B["sbc_q"][1]
B["re_mar"] = B["re_2025"] + B["ni_common_q"][0] - B["div_q"][0]
B["re_jun"] = B["re_mar"] + B["ni_common_q"][1] - B["div_q"][1]
B["aoci_mar"] = B["aoci_2025"] + B["oci_q"][0]
B["aoci_jun"] = B["aoci_mar"] + B["oci_q"][1]
B["ce_mar"] = B["cs_mar"] + B["apic_mar"] + B["re_mar"] + B["aoci_mar"]
B["ce_jun"] = B["cs_jun"] + B["apic_jun"] + B["re_jun"] + B["aoci_jun"]
_b_liab26 = sum(r[1] for r in B_CL + B_NCL)
B["cash_2026"] = (_b_liab26 + B["pref_stock"] + B["ce_jun"] - sum(r[1] for r in B_CA) - sum(r[1] for r in B_PLANT)
                  - B_CWIP[1] - sum(r[1] for r in B_OTHER))
B["netplant"] = (sum(r[1] for r in B_PLANT), sum(r[2] for r in B_PLANT))
B["ca"] = (B["cash_2026"] + sum(r[1] for r in B_CA), B["cash_2025"] + sum(r[2] for r in B_CA))
B["ta"] = (B["ca"][0] + B["netplant"][0] + B_CWIP[1] + sum(r[1] for r in B_OTHER), _b_assets25)
B["cl"] = (sum(r[1] for r in B_CL), sum(r[2] for r in B_CL))
B["ncl"] = (sum(r[1] for r in B_NCL), sum(r[2] for r in B_NCL))
B["tl"] = (_b_liab26, _b_liab25)
B["ce"] = (B["ce_jun"], B["ce_2025"])
assert B["ta"][0] == B["tl"][0] + B["pref_stock"] + B["ce_jun"]
# Prior-year quarter equity (three months ended June 30, 2025)
B["ce_mar25"] = dict(cs=2092, apic=6498, re=5786, aoci=-47)
B["q2_25"] = dict(ni=B["ni_common"][1], div=147, issue=22, sbc=4, oci=1)


def _b(label):
    for r in B_CA + B_OTHER + B_CL + B_NCL:
        if r[0] == label:
            return r[1], r[2]
    raise KeyError(label)


def _bd(label, sign=1):
    a, b = _b(label)
    return sign * (a - b)


# Six-month cash flows (2026, 2025)
B["cf_ni"] = (B["ni"][2], B["ni"][3])
B["cf_da"] = (B["da"][2], B["da"][3])
B["cf_dtax"] = (90, 37)
B["cf_afudc"] = (-B["afudc"][2], -B["afudc"][3])
B["cf_pension"] = (-19, -14)
B["cf_ar"] = (_bd("Customer accounts receivable, net", -1) + _bd("Accrued unbilled revenues", -1), 61)
B["cf_inv"] = (_bd("Fuel, materials and supplies", -1) + _bd("Natural gas in storage", -1), 18)
B["cf_reg"] = (_bd("Regulatory assets - current", -1) + _bd("Regulatory assets", -1) + _bd("Regulatory liabilities"),
               -52)
B["cf_ap"] = (_bd("Accounts payable"), -71)
B["cf_accr"] = (_bd("Accrued taxes") + _bd("Accrued interest"), 12)
B["capex"] = (-1712, -1488)
B["cf_oinv"] = (-31, -18)
B["cf_ltd_in"] = (1800, 1190)
B["cf_ltd_out"] = (-500, -400)
B["cf_std"] = (_bd("Short-term debt"), 128)
B["cf_stock"] = (sum(B["issue_q"]), 42)
B["cf_div"] = (-305, -287)
B["cf_pdiv"] = (-2, -2)
B["cf_ofin"] = (-14, -11)
B["cash_begin"] = (B["cash_2025"], 118)
B["cash_end"] = (B["cash_2026"], 131)
B["cfi"] = add(B["capex"], B["cf_oinv"])
B["cff"] = add(B["cf_ltd_in"], B["cf_ltd_out"], B["cf_std"], B["cf_stock"], B["cf_div"], B["cf_pdiv"], B["cf_ofin"])
B["cfo"] = tuple(e - b - i - f for e, b, i, f in zip(B["cash_end"], B["cash_begin"], B["cfi"], B["cff"]))
_b_known = add(B["cf_ni"], B["cf_da"], B["cf_dtax"], B["cf_afudc"], B["cf_pension"], B["cf_ar"], B["cf_inv"],
               B["cf_reg"], B["cf_ap"], B["cf_accr"])
B["cf_other"] = tuple(c - k for c, k in zip(B["cfo"], _b_known))
B["fcf"] = add(B["cfo"], B["capex"])
assert (_b("Long-term debt")[0] + _b("Current portion of long-term debt")[0]
        - _b("Long-term debt")[1] - _b("Current portion of long-term debt")[1]) == sum(B["cf_ltd_in"][:1]) + B["cf_ltd_out"][0]
assert B["cf_div"][0] == -sum(B["div_q"])


def pct(x: float, d: int = 1) -> str:
    return f"{100 * x:.{d}f}%"


def pts(a: float, b: float) -> str:
    return f"{100 * (a - b):.1f}"


# ---- Company A text -----------------------------------------------------------------------------------------
_YA = ("Fiscal year", "2025", "2024", "2023")
_A_OPS = Table(
    caption="HOLLIS & VANE OUTFITTERS, INC. CONSOLIDATED STATEMENTS OF OPERATIONS",
    unit="(In thousands, except per share amounts)",
    header=_YA,
    rows=(
        row("Net sales", A["rev"], dollar=True),
        row("Cost of sales, including buying and occupancy costs", A["cogs"]),
        row("Gross profit", A["gp"]),
        row("Selling, general and administrative expenses", A["sga"]),
        row("Impairment of store assets", A["impair"]),
        row("Operating income", A["opinc"]),
        row("Interest expense, net", A["interest"]),
        row("Income before income taxes", A["pretax"]),
        row("Provision for income taxes", A["tax"]),
        row("Net income", A["ni"], dollar=True),
        blank("Net income per common share:", 3),
        row("Basic", A["eps_basic"], dollar=True, decimals=2),
        row("Diluted", A["eps_dil"], dollar=True, decimals=2),
        blank("Weighted average common shares outstanding:", 3),
        row("Basic", A["sh_basic"]),
        row("Diluted", A["sh_dil"]),
    ),
    note="""Fiscal 2025 and fiscal 2024 were the 52-week periods ended January 31, 2026 and February 1, 2025;
    fiscal 2023 was the 53-week period ended February 3, 2024. See accompanying notes.""",
)


def _rows2(rows):
    return tuple((r[0], fmt(r[1]), fmt(r[2])) for r in rows)


_A_BAL = Table(
    caption="HOLLIS & VANE OUTFITTERS, INC. CONSOLIDATED BALANCE SHEETS",
    unit="(In thousands, except par value)",
    header=("", "Jan. 31, 2026", "Feb. 1, 2025"),
    rows=(
        ("ASSETS", "", ""),
        ("Current assets:", "", ""),
        ("Cash and cash equivalents", fmt(A["cash_2025"], True), fmt(A["cash_2024"], True)),
        *_rows2(A_CA),
        ("Total current assets", fmt(A["ca"][0]), fmt(A["ca"][1])),
        *_rows2(A_NCA),
        ("Total assets", fmt(A["ta"][0], True), fmt(A["ta"][1], True)),
        ("LIABILITIES AND STOCKHOLDERS' EQUITY", "", ""),
        ("Current liabilities:", "", ""),
        *_rows2(A_CL),
        ("Total current liabilities", fmt(A["cl"][0]), fmt(A["cl"][1])),
        *_rows2(A_NCL),
        ("Total liabilities", fmt(A["tl"][0]), fmt(A["tl"][1])),
        ("Stockholders' equity:", "", ""),
        ("Common stock, $0.01 par value", fmt(A["common"]), fmt(A["common"])),
        ("Additional paid-in capital", fmt(A["apic_2025"]), fmt(A["apic_2024"])),
        ("Retained earnings", fmt(A["re_2025"]), fmt(A["re_2024"])),
        ("Treasury stock, at cost", fmt(A["treasury_2025"]), fmt(A["treasury_2024"])),
        ("Total stockholders' equity", fmt(A["eq_2025"]), fmt(A["eq_2024"])),
        ("Total liabilities and stockholders' equity", fmt(A["ta"][0], True), fmt(A["ta"][1], True)),
    ),
    note="""Common stock: 150,000 shares authorized; 55,100 shares issued at both dates; 41,380 and 42,770 shares
    outstanding at January 31, 2026 and February 1, 2025, respectively.""",
)

_A_CASH = Table(
    caption="HOLLIS & VANE OUTFITTERS, INC. CONSOLIDATED STATEMENTS OF CASH FLOWS",
    unit="(In thousands)",
    header=_YA,
    rows=(
        blank("Operating activities:", 3),
        row("Net income", A["ni"], dollar=True),
        blank("Adjustments to reconcile net income to net cash provided by operations:", 3),
        row("Depreciation and amortization", A["dep"]),
        row("Impairment of store assets", A["impair"]),
        row("Share-based compensation", A["sbc"]),
        row("Amortization of debt issuance costs", A["debt_cost"]),
        row("Deferred income taxes", A["def_tax"]),
        row("Operating lease assets and liabilities, net", A["lease"]),
        blank("Changes in operating assets and liabilities:", 3),
        row("Merchandise inventories", A["wc_inv"]),
        row("Accounts receivable", A["wc_ar"]),
        row("Prepaid expenses and other assets", A["wc_prepaid"]),
        row("Accounts payable", A["wc_ap"]),
        row("Accrued expenses and other liabilities", add(A["wc_accr"], A["wc_lt"])),
        row("Income taxes payable", A["wc_tax"]),
        row("Net cash provided by operating activities", A["cfo"]),
        blank("Investing activities:", 3),
        row("Investments in new stores, remodels and technology", A["capex"]),
        row("Proceeds from sale of assets", A["other_inv"]),
        row("Net cash used in investing activities", A["cfi"]),
        blank("Financing activities:", 3),
        row("Proceeds from employee stock purchase plan", A["espp"]),
        row("Repurchases of common stock", A["buyback"]),
        row("Cash dividends paid", A["div_paid"]),
        row("Net cash used in financing activities", A["cff"]),
        row("Net increase in cash and cash equivalents", add(A["cash_end"], neg(A["cash_begin"]))),
        row("Cash and cash equivalents, beginning of year", A["cash_begin"]),
        row("Cash and cash equivalents, end of year", A["cash_end"], dollar=True),
    ),
)

_A_CHANNEL = Table(
    caption="Net sales by channel",
    unit="(In thousands)",
    header=_YA,
    rows=(
        row("Stores", A["stores_rev"]),
        row("Digital", A["digital_rev"]),
        row("Total net sales", A["rev"]),
    ),
    note="""Digital includes orders placed online and picked up in a store. Fiscal 2023 included a 53rd week.""",
)

_A_STORES = Table(
    caption="Store count activity",
    unit="(Number of stores)",
    header=_YA,
    rows=(
        ("Stores at beginning of year", "612", "617", "621"),
        ("Opened", "18", "9", "7"),
        ("Closed", "(11)", "(14)", "(11)"),
        ("Stores at end of year", "619", "612", "617"),
        ("Gross square feet at end of year (in thousands)", "5,386", "5,343", "5,391"),
    ),
)
assert 612 + 18 - 11 == 619 and 617 + 9 - 14 == 612 and 621 + 7 - 11 == 617

_gm = tuple(g / r for g, r in zip(A["gp"], A["rev"]))
_sga = tuple(g / r for g, r in zip(A["sga"], A["rev"]))
_om = tuple(g / r for g, r in zip(A["opinc"], A["rev"]))

HOLLISVANE = Report(
    stem="HOLLISVANE_FY2025_10K",
    title="Hollis & Vane Outfitters, Inc. - Annual Report on Form 10-K for the fiscal year ended January 31, 2026",
    running_title="Hollis & Vane Outfitters, Inc. - Form 10-K - Fiscal 2025",
    date="March 24, 2026",
    iso_date="2026-03-24",
    keywords=("Hollis & Vane Outfitters", "HVO", "10-K", "fiscal 2025", "specialty retail"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            January 31, 2026. Commission File Number 001-36215."""),
            p("""HOLLIS & VANE OUTFITTERS, INC. (Exact name of registrant as specified in its charter). Delaware
            (State of incorporation). 47-2918305 (I.R.S. Employer Identification No.). 1400 Tannery Row, Columbus,
            Ohio 43215 (Address of principal executive offices). Registrant's telephone number: (614) 555-0188."""),
            p("""Securities registered pursuant to Section 12(b) of the Act: Common Stock, $0.01 par value; Trading
            Symbol: HVO; Name of each exchange on which registered: New York Stock Exchange."""),
            p("""Large accelerated filer [X]. The aggregate market value of the voting stock held by non-affiliates
            of the registrant, based on the closing price on August 1, 2025, the last business day of the
            registrant's most recently completed second fiscal quarter, was approximately $3.1 billion. As of
            March 13, 2026, 41,214,880 shares of the registrant's common stock were outstanding."""),
            p("""This document is a fictional filing written for a test of a research assistant. The company, its
            officers, its ticker and every figure in it are invented."""),
            h("PART I. Item 1. Business"),
            p("""Hollis & Vane Outfitters, Inc. ("Hollis & Vane," the "Company," "we," "us" or "our") is a specialty
            retailer of outdoor and casual apparel, footwear and camping gear for men, women and children, sold
            under our own Hollis & Vane, Ridgeback and Little Vane brands and under third-party brands. As of
            January 31, 2026 we operated 619 stores in 44 states, primarily in enclosed malls, lifestyle centers and
            off-mall power centers, and we sell through our websites and mobile apps (together, our "digital"
            channel). Our own brands represented approximately 71% of net sales in fiscal 2025."""),
            p("""Fiscal year. Our fiscal year is the 52- or 53-week period ending on the Saturday nearest to
            January 31. "Fiscal 2025" refers to the 52 weeks ended January 31, 2026, "fiscal 2024" to the 52
            weeks ended February 1, 2025, and "fiscal 2023" to the 53 weeks ended February 3, 2024. The next
            53-week year will be fiscal 2028."""),
            p("""Seasonality. Our business is seasonal; the fourth fiscal quarter, which includes the holiday
            season, has historically accounted for about 33% of annual net sales and a larger share of operating
            income. Merchandise inventories are typically highest at the end of the third fiscal quarter."""),
            p("""Distribution and sourcing. Merchandise is shipped to stores from our distribution center in
            Groveport, Ohio, and digital orders are filled from a fulfillment center in Reno, Nevada that opened in
            fiscal 2024 and from stores. We buy from about 240 vendors; no vendor supplied more than 8% of our
            purchases in fiscal 2025. Approximately 64% of our own-brand merchandise was sourced from Vietnam,
            Bangladesh and India."""),
            p("""Employees. At January 31, 2026 we had approximately 4,300 full-time and 9,800 part-time associates,
            a number that rises by about 5,000 in the holiday season."""),
        ),
        (
            h("Item 1A. Risk Factors"),
            p("""Our results depend on discretionary spending by consumers, which can fall when employment, wages,
            interest rates or consumer confidence weaken. Unseasonable weather, such as a warm fall or winter, can
            reduce demand for outerwear, which is among our highest-margin categories. Higher ocean freight rates,
            tariffs on imports from the countries where our merchandise is made, and wage increases in our stores
            and distribution centers could reduce our margins if we cannot raise prices. Traffic to enclosed malls
            has declined over many years, and 41% of our stores are located in them."""),
            h("Item 2. Properties"),
            p("""All of our stores are leased, generally for initial terms of ten years with renewal options. Our
            stores average approximately 8,700 gross square feet. We own our 640,000 square-foot distribution
            center in Groveport, Ohio and lease our Reno, Nevada fulfillment center and our headquarters in
            Columbus, Ohio."""),
            _A_STORES,
            h("Item 5. Market for Registrant's Common Equity"),
            p("""Our common stock trades on the New York Stock Exchange under the symbol "HVO." In fiscal 2025 we
            paid quarterly cash dividends of $0.25 per share, $1.00 per share for the year, up from $0.225 per
            share per quarter in fiscal 2024. On March 10, 2026 the Board of Directors raised the quarterly
            dividend to $0.275 per share, payable April 17, 2026."""),
            p("""In fiscal 2025 we repurchased 1.54 million shares of our common stock for $120.0 million under the
            $400 million program the Board authorized in March 2024; $185.0 million remained available under the
            program at January 31, 2026."""),
        ),
        (
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p("""Overview. Net sales for fiscal 2025 were $2.49 billion, an increase of 4.0% from fiscal 2024, and
            comparable sales increased 3.1%. Diluted earnings per share were $4.48, compared with $3.68 in fiscal
            2024. We ended the year with 619 stores, having opened 18 stores, mostly in off-mall centers, and closed
            11 underperforming mall stores."""),
            p("""Comparable sales. Comparable sales include net sales from stores open at least 14 full fiscal
            months and from our digital channel, and exclude the effect of the 53rd week. Comparable sales
            increased 3.1% in fiscal 2025 and decreased 0.6% in fiscal 2024, compared with the corresponding 52
            weeks of the prior year. In fiscal 2025, comparable store sales increased 0.4%, with higher average
            transaction value partly offset by a 1.2% decline in transactions, and digital comparable sales rose
            10.3%."""),
            p("""53rd week. Fiscal 2023 contained 53 weeks. The additional week contributed approximately $38.6
            million of net sales in fiscal 2023. Excluding that week, net sales in fiscal 2024 would have increased
            by approximately 0.7% rather than decreasing 0.9%."""),
            p(f"""Gross profit. Gross profit as a percentage of net sales (gross margin) was {pct(_gm[0])} in fiscal
            2025, compared with {pct(_gm[1])} in fiscal 2024, an increase of {pts(_gm[0], _gm[1])} percentage
            points. The increase reflected lower markdowns, as inventory entered the year cleaner and full-price
            selling of outerwear improved, and lower inbound freight costs, partly offset by higher digital
            shipping costs as the digital channel grew to a larger share of sales. Buying and occupancy costs,
            which are included in cost of sales, leveraged slightly on the increase in net sales. In fiscal 2024
            gross margin had risen from {pct(_gm[2])} in fiscal 2023, mostly on lower freight costs."""),
            p(f"""Selling, general and administrative expenses. SG&A expenses were $679.4 million, or {pct(_sga[0])}
            of net sales, in fiscal 2025, compared with $651.2 million, or {pct(_sga[1])} of net sales, in fiscal
            2024. The increase of $28.2 million was driven by store wage rate increases, higher incentive
            compensation and marketing for the digital channel, partly offset by lower pre-opening costs per store.
            """),
            p(f"""Operating income was $257.6 million, or {pct(_om[0])} of net sales, compared with $220.9 million, or
            {pct(_om[1])}, in fiscal 2024. Impairment charges of $3.1 million related to 6 stores (fiscal 2024:
            $5.8 million, 11 stores). Our effective income tax rate was 24.6% in fiscal 2025 and 24.8% in fiscal
            2024."""),
        ),
        (
            h("Liquidity and Capital Resources"),
            p(f"""Our primary sources of liquidity are cash on hand, cash flows from operations and our $300 million
            asset-based revolving credit facility, which matures in September 2029 and under which no borrowings
            were outstanding during fiscal 2025. At January 31, 2026 we held cash and cash equivalents of $300.4
            million. Net cash provided by operating activities was $302.8 million in fiscal 2025, compared with
            $260.0 million in fiscal 2024, mainly reflecting higher net income."""),
            p("""Capital expenditures were $113.1 million in fiscal 2025, compared with $104.7 million in fiscal 2024,
            and were used for new stores, remodels of 26 existing stores, and technology, including a new order
            management system. For fiscal 2026 we expect capital expenditures of $120 million to $130 million,
            including 20 to 22 new stores, and we expect to close 10 to 12 stores."""),
            p("""We returned $161.9 million to stockholders in fiscal 2025: $120.0 million of share repurchases and
            $41.9 million of dividends. Our $150 million of 4.35% senior notes are due in June 2030. Inventory per
            store at January 31, 2026 was 4.8% higher than a year earlier, reflecting earlier receipts of spring
            merchandise."""),
            h("Critical Accounting Estimates"),
            p("""Merchandise inventories are stated at the lower of cost or net realizable value using the retail
            inventory method; markdown reserves require estimates of future selling prices. We review store assets
            for impairment when a store's cash flows indicate that its carrying amount may not be recoverable."""),
        ),
        (_A_OPS,),
        (_A_BAL,),
        (_A_CASH,),
        (
            h("Notes to Consolidated Financial Statements"),
            p("""Note 1. Summary of significant accounting policies. The consolidated financial statements include
            Hollis & Vane Outfitters, Inc. and its wholly owned subsidiaries. Revenue from merchandise sold in
            stores is recognized at the point of sale and revenue from digital orders when the merchandise is
            shipped or picked up, net of estimated returns. Revenue excludes sales taxes."""),
            p("""Note 2. Segment and revenue information. The Company's chief operating decision maker reviews
            results on a consolidated basis, and the Company has one reportable segment. Its stores and digital
            channel share merchandise, inventory, distribution and marketing. Net sales by channel were as
            follows:"""),
            _A_CHANNEL,
            p("""Note 5. Leases. Operating lease cost was $214.6 million in fiscal 2025 and $209.3 million in fiscal
            2024, excluding variable lease cost of $38.2 million and $36.5 million. The weighted-average remaining
            lease term was 6.1 years and the weighted-average discount rate 5.2%."""),
            p("""Note 6. Debt. The 4.35% senior notes due June 2030 have a principal amount of $150.0 million and a
            carrying value, net of unamortized issuance costs, of $149.4 million at January 31, 2026. Interest
            expense, net of interest income on cash equivalents, was $6.2 million in fiscal 2025."""),
            p("""Note 9. Subsequent event. On March 10, 2026, the Board of Directors declared a quarterly cash
            dividend of $0.275 per share."""),
        ),
    ),
)


# ---- Company B text -----------------------------------------------------------------------------------------
_HB = ("(Unaudited)", "Three Months", "Three Months", "Six Months", "Six Months")
_HB2 = ("Periods ended June 30,", "2026", "2025", "2026", "2025")
_B_INC = Table(
    caption="PELHAM BASIN ENERGY, INC. CONDENSED CONSOLIDATED STATEMENTS OF INCOME",
    unit="(In millions, except per share amounts)",
    header=_HB,
    rows=(
        _HB2,
        blank("Operating revenues:", 4),
        row("Electric", B["elec"], dollar=True),
        row("Natural gas", B["gas"]),
        row("Total operating revenues", B["rev"]),
        blank("Operating expenses:", 4),
        row("Fuel and purchased power", B["fuel"]),
        row("Cost of natural gas", B["cog"]),
        row("Other operation and maintenance", B["om"]),
        row("Depreciation and amortization", B["da"]),
        row("Taxes other than income taxes", B["toti"]),
        row("Total operating expenses", B["opex"]),
        row("Operating income", B["opinc"]),
        blank("Other income (expense):", 4),
        row("Interest expense", B["int"]),
        row("Allowance for equity funds used during construction", B["afudc"]),
        row("Other income, net", B["oth"]),
        row("Income before income taxes", B["pretax"]),
        row("Income tax expense", B["tax"]),
        row("Net income", B["ni"]),
        row("Preferred stock dividends of subsidiary", neg(B["pref"])),
        row("Net income attributable to common stock", B["ni_common"], dollar=True),
        blank("Earnings per common share:", 4),
        row("Basic", B["eps_basic"], dollar=True, decimals=2),
        row("Diluted", B["eps_dil"], dollar=True, decimals=2),
        blank("Weighted average common shares outstanding:", 4),
        row("Basic", B["sh_basic"], decimals=1),
        row("Diluted", B["sh_dil"], decimals=1),
        row("Dividends declared per common share", (0.71, 0.685, 1.42, 1.37), dollar=True, decimals=3),
    ),
    note="See Notes to Condensed Consolidated Financial Statements (Unaudited).",
)


def _rowsB(rows):
    return tuple((r[0], fmt(r[1]), fmt(r[2])) for r in rows)


_B_BAL = Table(
    caption="PELHAM BASIN ENERGY, INC. CONDENSED CONSOLIDATED BALANCE SHEETS",
    unit="(In millions)",
    header=("(Unaudited)", "June 30, 2026", "Dec. 31, 2025"),
    rows=(
        ("ASSETS", "", ""),
        ("Utility plant:", "", ""),
        *_rowsB(B_PLANT),
        ("Net utility plant in service", fmt(B["netplant"][0]), fmt(B["netplant"][1])),
        _rowsB((B_CWIP,))[0],
        ("Current assets:", "", ""),
        ("Cash and cash equivalents", fmt(B["cash_2026"]), fmt(B["cash_2025"])),
        *_rowsB(B_CA),
        ("Total current assets", fmt(B["ca"][0]), fmt(B["ca"][1])),
        ("Deferred debits and other assets:", "", ""),
        *_rowsB(B_OTHER),
        ("Total assets", fmt(B["ta"][0], True), fmt(B["ta"][1], True)),
    ),
)

_B_BAL2 = Table(
    caption="PELHAM BASIN ENERGY, INC. CONDENSED CONSOLIDATED BALANCE SHEETS (continued)",
    unit="(In millions)",
    header=("(Unaudited)", "June 30, 2026", "Dec. 31, 2025"),
    rows=(
        ("CAPITALIZATION AND LIABILITIES", "", ""),
        ("Common stock, no par value", fmt(B["cs_jun"]), fmt(B["cs_2025"])),
        ("Additional paid-in capital", fmt(B["apic_jun"]), fmt(B["apic_2025"])),
        ("Retained earnings", fmt(B["re_jun"]), fmt(B["re_2025"])),
        ("Accumulated other comprehensive loss", fmt(B["aoci_jun"]), fmt(B["aoci_2025"])),
        ("Total common shareholders' equity", fmt(B["ce"][0]), fmt(B["ce"][1])),
        ("Preferred stock of subsidiary", fmt(B["pref_stock"]), fmt(B["pref_stock"])),
        _rowsB((B_NCL[0],))[0],
        ("Total capitalization", fmt(B["ce"][0] + B["pref_stock"] + B_NCL[0][1]),
         fmt(B["ce"][1] + B["pref_stock"] + B_NCL[0][2])),
        ("Current liabilities:", "", ""),
        *_rowsB(B_CL),
        ("Total current liabilities", fmt(B["cl"][0]), fmt(B["cl"][1])),
        ("Deferred credits and other liabilities:", "", ""),
        *_rowsB(B_NCL[1:]),
        ("Total deferred credits and other liabilities", fmt(sum(r[1] for r in B_NCL[1:])),
         fmt(sum(r[2] for r in B_NCL[1:]))),
        ("Total capitalization and liabilities", fmt(B["ta"][0], True), fmt(B["ta"][1], True)),
    ),
    note="""Common stock: 400.0 million shares authorized; 216.1 million and 214.8 million shares outstanding at
    June 30, 2026 and December 31, 2025, respectively.""",
)

_B_CASH = Table(
    caption="PELHAM BASIN ENERGY, INC. CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS",
    unit="(In millions)",
    header=("Six Months Ended June 30, (Unaudited)", "2026", "2025"),
    rows=(
        blank("Operating activities:", 2),
        row("Net income", B["cf_ni"], dollar=True),
        blank("Adjustments to reconcile net income to net cash from operations:", 2),
        row("Depreciation and amortization", B["cf_da"]),
        row("Deferred income taxes", B["cf_dtax"]),
        row("Allowance for equity funds used during construction", B["cf_afudc"]),
        row("Pension and other postretirement benefit contributions", B["cf_pension"]),
        blank("Changes in:", 2),
        row("Accounts receivable and unbilled revenues", B["cf_ar"]),
        row("Fuel, materials, supplies and gas in storage", B["cf_inv"]),
        row("Regulatory assets and liabilities, net", B["cf_reg"]),
        row("Accounts payable", B["cf_ap"]),
        row("Accrued taxes and interest", B["cf_accr"]),
        row("Other, net", B["cf_other"]),
        row("Net cash provided by operating activities", B["cfo"]),
        blank("Investing activities:", 2),
        row("Utility plant additions", B["capex"]),
        row("Other investing activities, net", B["cf_oinv"]),
        row("Net cash used in investing activities", B["cfi"]),
        blank("Financing activities:", 2),
        row("Issuance of long-term debt", B["cf_ltd_in"]),
        row("Retirements of long-term debt", B["cf_ltd_out"]),
        row("Net change in short-term debt", B["cf_std"]),
        row("Issuance of common stock", B["cf_stock"]),
        row("Dividends paid on common stock", B["cf_div"]),
        row("Preferred dividends of subsidiary", B["cf_pdiv"]),
        row("Other financing activities, net", B["cf_ofin"]),
        row("Net cash provided by financing activities", B["cff"]),
        row("Net change in cash and cash equivalents", add(B["cash_end"], neg(B["cash_begin"]))),
        row("Cash and cash equivalents at beginning of period", B["cash_begin"]),
        row("Cash and cash equivalents at end of period", B["cash_end"], dollar=True),
    ),
)

_q25 = B["q2_25"]
_m25 = B["ce_mar25"]
_j25 = dict(cs=_m25["cs"] + _q25["issue"], apic=_m25["apic"] + _q25["sbc"], re=_m25["re"] + _q25["ni"] - _q25["div"],
            aoci=_m25["aoci"] + _q25["oci"])


def _eq_row(label, cs, apic, re, aoci):
    return row(label, (cs, apic, re, aoci, cs + apic + re + aoci))


_B_EQ = Table(
    caption="PELHAM BASIN ENERGY, INC. CONDENSED CONSOLIDATED STATEMENTS OF COMMON SHAREHOLDERS' EQUITY",
    unit="(In millions; unaudited)",
    header=("Three months ended June 30,", "Common", "APIC", "Retained", "AOCI", "Total"),
    rows=(
        blank("2026", 5),
        _eq_row("Balance at March 31, 2026", B["cs_mar"], B["apic_mar"], B["re_mar"], B["aoci_mar"]),
        _eq_row("Net income attributable to common stock", 0, 0, B["ni_common_q"][1], 0),
        _eq_row("Common dividends ($0.71 per share)", 0, 0, -B["div_q"][1], 0),
        _eq_row("Issuance of common stock", B["issue_q"][1], 0, 0, 0),
        _eq_row("Stock-based compensation", 0, B["sbc_q"][1], 0, 0),
        _eq_row("Other comprehensive income", 0, 0, 0, B["oci_q"][1]),
        _eq_row("Balance at June 30, 2026", B["cs_jun"], B["apic_jun"], B["re_jun"], B["aoci_jun"]),
        blank("2025", 5),
        _eq_row("Balance at March 31, 2025", _m25["cs"], _m25["apic"], _m25["re"], _m25["aoci"]),
        _eq_row("Net income attributable to common stock", 0, 0, _q25["ni"], 0),
        _eq_row("Common dividends ($0.685 per share)", 0, 0, -_q25["div"], 0),
        _eq_row("Issuance of common stock", _q25["issue"], 0, 0, 0),
        _eq_row("Stock-based compensation", 0, _q25["sbc"], 0, 0),
        _eq_row("Other comprehensive income", 0, 0, 0, _q25["oci"]),
        _eq_row("Balance at June 30, 2025", _j25["cs"], _j25["apic"], _j25["re"], _j25["aoci"]),
    ),
    note="""Common: common stock, no par value. APIC: additional paid-in capital. Retained: retained earnings.
    AOCI: accumulated other comprehensive income (loss). Dividends are those declared in the quarter.""",
)
assert B["cs_jun"] + B["apic_jun"] + B["re_jun"] + B["aoci_jun"] == B["ce"][0]

_Q_OM = B["opinc"][0] / B["rev"][0]

PELHAM = Report(
    stem="PELHAM_2026Q2_10Q",
    title="Pelham Basin Energy, Inc. - Quarterly Report on Form 10-Q for the quarter ended June 30, 2026",
    running_title="Pelham Basin Energy, Inc. - Form 10-Q - Q2 2026",
    date="August 5, 2026",
    iso_date="2026-08-05",
    keywords=("Pelham Basin Energy", "PBEN", "10-Q", "second quarter 2026", "electric and gas utility"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-Q. QUARTERLY
            REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the quarterly period
            ended June 30, 2026. Commission File Number 001-08817."""),
            p("""PELHAM BASIN ENERGY, INC. (Exact name of registrant as specified in its charter). Pennsylvania
            (State of incorporation). 23-1187450 (I.R.S. Employer Identification No.). 300 Canal Street,
            Harrisburg, Pennsylvania 17101. Registrant's telephone number: (717) 555-0123. Common Stock, without
            par value; Trading Symbol: PBEN; New York Stock Exchange. As of July 31, 2026, 216,142,507 shares of
            common stock were outstanding."""),
            p("""This document is a fictional filing written for a test of a research assistant. The company, its
            subsidiaries, its officers, its ticker and every figure in it are invented."""),
            h("PART I - FINANCIAL INFORMATION. Item 1. Financial Statements"),
            p("""The unaudited condensed consolidated financial statements of Pelham Basin Energy, Inc. follow. In
            the opinion of management they reflect all adjustments, of a normal recurring nature, necessary for a
            fair presentation of the results for the interim periods."""),
        ),
        (_B_INC,),
        (_B_BAL,),
        (_B_BAL2,),
        (_B_CASH,),
        (_B_EQ,),
        (
            h("Notes to Condensed Consolidated Financial Statements (Unaudited)"),
            p("""Note 1. Basis of presentation. Pelham Basin Energy, Inc. ("Pelham Basin" or "the Company") is a
            holding company whose principal subsidiaries are Pelham Electric Company ("Pelham Electric"), which
            generates, transmits and distributes electricity to about 1.21 million customers in central and
            northeastern Pennsylvania, and Pelham Gas Company of Maryland ("Pelham Gas"), which distributes natural
            gas to about 486,000 customers in western and central Maryland. The Company's results are seasonal, and
            results for an interim period are not necessarily indicative of those for a full year."""),
            p("""Note 4. Rate matters. See "Rate Matters" in Item 2 for the outcome of Pelham Electric's base rate
            proceeding and the status of Pelham Gas's pending base rate case."""),
            p("""Note 6. Debt. During the six months ended June 30, 2026 the Company issued $1.8 billion of long-term
            debt and retired $500 million, as described under "Financing Activities" in Item 2. At June 30, 2026,
            short-term debt consisted of $412 million of commercial paper at a weighted-average interest rate of
            4.62%. The current portion of long-term debt consists of the Company's $650 million of 2.90% senior
            notes due May 2027."""),
        ),
        (
            h("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            p(f"""Overview. Net income attributable to common stock was $191 million ($0.88 per diluted share) for
            the second quarter of 2026, compared with $158 million ($0.74 per diluted share) for the second quarter
            of 2025, and $514 million ($2.38 per diluted share) for the first six months of 2026, compared with
            $466 million ($2.18 per diluted share) a year earlier. The increase in the quarter reflected new base
            rates at Pelham Electric effective May 1, 2026 and hotter weather, partly offset by higher depreciation,
            interest and storm restoration costs. Operating income as a percentage of operating revenues was
            {pct(_Q_OM)} in the quarter."""),
            h("Rate Matters"),
            p("""Pelham Electric base rate case. On April 16, 2026, the Pennsylvania Public Utility Commission (PUC)
            approved a settlement of the base rate case Pelham Electric filed in August 2025. The settlement
            provides for an increase in annual base distribution revenues of $118 million, effective May 1, 2026,
            compared with the $186 million increase the company had requested. It is based on an authorized return
            on equity of 9.65% (10.70% requested) and a common equity ratio of 52.0%, and permits Pelham Electric to
            defer $24 million of 2025 storm costs as a regulatory asset to be recovered over five years."""),
            p("""Pelham Gas base rate case. In February 2026, Pelham Gas filed with the Maryland Public Service
            Commission (PSC) for an annual base rate increase of $42 million, based on a requested return on
            equity of 10.40%, to recover its investment in the replacement of cast iron and bare steel mains.
            Evidentiary hearings are scheduled for September 2026 and a PSC order is expected in November 2026;
            new rates would take effect in December 2026. The outcome cannot be predicted."""),
        ),
        (
            h("Results of Operations - Second Quarter"),
            p("""Electric revenues increased $74 million, or 6.9%, to $1,142 million. New base rates added $31
            million; weather added $27 million, as cooling degree days were 18% higher than in the second quarter
            of 2025 and 9% above normal; customer growth and higher usage by data center and industrial customers
            added $9 million; and higher recovery of fuel and purchased power costs, which are passed through to
            customers and do not affect earnings, added $7 million. We estimate that weather increased diluted
            earnings per share by approximately $0.07 compared with the second quarter of 2025."""),
            p("""Natural gas revenues increased $16 million to $214 million, reflecting $9 million from the
            infrastructure replacement surcharge, $6 million from cooler weather in April, and $4 million from
            customer growth, partly offset by $3 million of lower purchased gas cost recovery."""),
            p("""Other operation and maintenance expense increased $14 million, mainly because of $9 million of
            restoration costs after the May 2026 storms in northeastern Pennsylvania and higher vegetation
            management, partly offset by lower pension cost. Depreciation and amortization increased $17 million
            on higher plant in service. Interest expense increased $17 million on higher long-term debt balances
            and rates. The effective income tax rate was 15.0%, reflecting the amortization of excess deferred
            income taxes to customers."""),
        ),
        (
            h("Results of Operations - Six Months"),
            p("""For the first six months, electric revenues increased $117 million, of which $46 million was higher
            fuel and purchased power cost recovery, $31 million new base rates, $21 million customer growth and
            usage and $19 million weather (a warmer second quarter more than offsetting a mild January and
            February). Natural gas revenues increased $47 million, as higher purchased gas cost recovery ($31
            million), the infrastructure surcharge ($18 million) and customer growth ($9 million) offset an $11
            million reduction from weather: heating degree days in the first quarter of 2026 were 7% lower than a
            year earlier and 10% below normal."""),
        ),
        (
            h("Liquidity and Capital Resources"),
            p("""Capital expenditures. Utility plant additions were $1,712 million in the first six months of 2026,
            compared with $1,488 million in the same period of 2025. We expect capital expenditures of
            approximately $3.6 billion in 2026 and $18.4 billion over 2026-2030: $7.6 billion for electric
            distribution, $4.5 billion for electric transmission, $3.9 billion for generation, including 600 MW of
            solar and battery storage, $2.0 billion for gas distribution and $0.4 billion for other projects."""),
            p("""Financing activities. In March 2026, Pelham Electric issued $500 million of 5.10% first mortgage
            bonds due 2036 and $400 million of 5.55% first mortgage bonds due 2056. In April 2026, Pelham Gas issued
            $200 million of 5.20% senior notes due 2033, and in May 2026 the Company issued $700 million of 5.30%
            senior notes due 2031. Proceeds were used to repay commercial paper, to fund capital expenditures and
            to retire $500 million of Pelham Electric's 3.45% notes that matured in June 2026. We expect to issue
            about $1.2 billion of additional long-term debt in the second half of 2026. Under our at-the-market
            equity program we issued 1.3 million shares of common stock for net proceeds of $96 million in the first
            six months of 2026, and we expect to issue up to $300 million of equity in 2026."""),
            p("""Liquidity. The Company and its subsidiaries have revolving credit facilities totaling $3.0 billion
            ($1.5 billion at the Company, $1.0 billion at Pelham Electric and $0.5 billion at Pelham Gas) that
            expire in 2030 and support their commercial paper programs. At June 30, 2026, $412 million of
            commercial paper and $38 million of letters of credit were outstanding, leaving $2,550 million
            available, which with $139 million of cash gave available liquidity of approximately $2.7 billion.
            Net cash provided by operating activities was $1,039 million in the first six months of 2026, compared
            with $859 million a year earlier, reflecting higher net income and the collection of receivables.
            Our credit facilities require a ratio of consolidated debt to total capitalization of no more than
            65%; we were in compliance at June 30, 2026."""),
            p("""Dividends. On July 22, 2026, the Board of Directors declared a quarterly dividend of $0.71 per share
            of common stock, payable September 1, 2026."""),
        ),
    ),
)

REPORTS = (HOLLISVANE, PELHAM)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
