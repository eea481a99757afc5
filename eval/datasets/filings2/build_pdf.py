"""Build the two annual reports (Form 10-K style) of the filings2 held-out set (eval/datasets/filings2/docs/).

Both companies are FICTIONAL and every figure is invented. The statement figures are kept as data below and the
subtotals, totals, year-end cash and the balancing rows are computed from them, so the statements add up and tie
to each other (net income, year-end cash, debt, intangibles, retained earnings). The layout is the sample
corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M" footer, fixed creation date, so a
rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/filings2/build_pdf.py      # writes docs/LARKSPUR_2026_10K.pdf, docs/RIDGELINE_2025_10K.pdf
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


# =============================================================================================================
# Company A: Larkspur Systems, Inc. (fiscal years end June 30; amounts in thousands)
# =============================================================================================================
A = {}
# Statements of income, fiscal 2026, 2025, 2024
A["sub_rev"] = (1486200, 1232400, 1018700)
A["svc_rev"] = (263500, 271900, 254300)
A["rev"] = add(A["sub_rev"], A["svc_rev"])
A["cor_sub"] = (268900, 236100, 205400)
A["cor_svc"] = (211300, 214800, 203900)
A["amort_tech"] = (18400, 21600, 12100)
A["cor"] = add(A["cor_sub"], A["cor_svc"], A["amort_tech"])
A["gp"] = add(A["rev"], neg(A["cor"]))
A["rd"] = (362700, 318400, 276900)
A["sm"] = (521300, 468900, 412600)
A["ga"] = (171800, 152300, 139500)
A["amort_other"] = (9600, 10900, 5200)
A["restruct"] = (0, 14700, 0)
A["opex"] = add(A["rd"], A["sm"], A["ga"], A["amort_other"], A["restruct"])
A["opinc"] = add(A["gp"], neg(A["opex"]))
A["int_inc"] = (22800, 17300, 9100)
A["int_exp"] = (-11200, -12600, -6900)
A["other"] = (1300, -2100, 800)
A["pretax"] = add(A["opinc"], A["int_inc"], A["int_exp"], A["other"])
A["tax"] = (41700, 15200, 5900)
A["ni"] = add(A["pretax"], neg(A["tax"]))
A["sh_basic"] = (118400, 116900, 115200)
A["sh_dil"] = (122600, 120800, 118900)
A["eps_basic"] = tuple(round(n / s, 2) for n, s in zip(A["ni"], A["sh_basic"]))
A["eps_dil"] = tuple(round(n / s, 2) for n, s in zip(A["ni"], A["sh_dil"]))

# Balance sheets, June 30, 2026 and 2025 (cash of 2026 balances the sheet; paid-in capital of 2025 likewise)
A_BS_ASSETS = (  # label, 2026, 2025 (cash first, computed)
    ("Short-term investments", 356800, 301200),
    ("Accounts receivable, net of allowance of $4,100 and $3,800", 318900, 276400),
    ("Deferred commissions, current", 48600, 42100),
    ("Prepaid expenses and other current assets", 64200, 58700),
)
A_BS_NONCURRENT = (
    ("Property and equipment, net", 96400, 88300),
    ("Operating lease right-of-use assets", 61200, 67900),
    ("Deferred commissions, noncurrent", 71300, 63800),
    ("Goodwill", 612500, 612500),
    ("Intangible assets, net", 88700, 116700),
    ("Other assets", 27600, 24100),
)
A_BS_CL = (
    ("Accounts payable", 38700, 41200),
    ("Accrued compensation and benefits", 92400, 81600),
    ("Accrued expenses and other current liabilities", 57800, 55300),
    ("Deferred revenue, current", 702600, 598300),
    ("Operating lease liabilities, current", 14900, 14200),
)
A_BS_NCL = (
    ("Deferred revenue, noncurrent", 41200, 36800),
    ("Long-term debt, net", 343900, 393400),
    ("Operating lease liabilities, noncurrent", 54800, 62100),
    ("Other long-term liabilities", 18300, 16900),
)
A["cash_2025"] = 298600
A["sbc"] = (148600, 131200, 117800)
A["espp"] = (27400, 24100, 21800)
A["withhold"] = (-33900, -28700, -24600)
A["buyback"] = (-60000, -48200, 0)
A["div_paid"] = (-37900, -16400, 0)
A["oci"] = 1700
A["re_2025"] = 211400
A["aoci_2025"] = -5100
A["treasury_2025"] = -48200
A["common"] = 12
_tl25 = sum(r[2] for r in A_BS_CL + A_BS_NCL)
_ta25 = A["cash_2025"] + sum(r[2] for r in A_BS_ASSETS + A_BS_NONCURRENT)
A["apic_2025"] = _ta25 - _tl25 - A["common"] - A["re_2025"] - A["aoci_2025"] - A["treasury_2025"]
A["apic_2026"] = A["apic_2025"] + A["sbc"][0] + A["espp"][0] + A["withhold"][0]
A["re_2026"] = A["re_2025"] + A["ni"][0] + A["div_paid"][0]
A["aoci_2026"] = A["aoci_2025"] + A["oci"]
A["treasury_2026"] = A["treasury_2025"] + A["buyback"][0]
A["eq_2026"] = A["common"] + A["apic_2026"] + A["re_2026"] + A["aoci_2026"] + A["treasury_2026"]
A["eq_2025"] = _ta25 - _tl25
_tl26 = sum(r[1] for r in A_BS_CL + A_BS_NCL)
A["cash_2026"] = _tl26 + A["eq_2026"] - sum(r[1] for r in A_BS_ASSETS + A_BS_NONCURRENT)
A["ca"] = (A["cash_2026"] + sum(r[1] for r in A_BS_ASSETS), A["cash_2025"] + sum(r[2] for r in A_BS_ASSETS))
A["ta"] = (A["ca"][0] + sum(r[1] for r in A_BS_NONCURRENT), A["ca"][1] + sum(r[2] for r in A_BS_NONCURRENT))
A["cl"] = (sum(r[1] for r in A_BS_CL), sum(r[2] for r in A_BS_CL))
A["tl"] = (_tl26, _tl25)


def _bs(label):
    for r in A_BS_ASSETS + A_BS_NONCURRENT + A_BS_CL + A_BS_NCL:
        if r[0] == label:
            return r[1], r[2]
    raise KeyError(label)


def _delta(label, sign=1):  # the change in a balance from June 30, 2025 to June 30, 2026
    a, b = _bs(label)
    return sign * (a - b)


# Cash flow statements, fiscal 2026, 2025, 2024
A["dep"] = (34800, 31900, 28700)
A["amort_int"] = add(A["amort_tech"], A["amort_other"])
A["debt_cost"] = (500, 500, 300)
A["def_tax"] = (-4300, -6100, -3800)
A["lease"] = (_delta("Operating lease right-of-use assets", -1) + _delta("Operating lease liabilities, current")
              + _delta("Operating lease liabilities, noncurrent"), 300, 200)
A["wc_ar"] = (_delta("Accounts receivable, net of allowance of $4,100 and $3,800", -1), -38600, -31200)
A["wc_comm"] = (_delta("Deferred commissions, current", -1) + _delta("Deferred commissions, noncurrent", -1),
                -11800, -9700)
A["wc_prepaid"] = (_delta("Prepaid expenses and other current assets", -1), -4900, -3600)
A["wc_other_assets"] = (_delta("Other assets", -1) - A["def_tax"][0], -2200, -1900)
A["wc_ap"] = (_delta("Accounts payable"), 3100, 4600)
A["wc_comp"] = (_delta("Accrued compensation and benefits"), 9400, 7300)
A["wc_dr"] = (_delta("Deferred revenue, current") + _delta("Deferred revenue, noncurrent"), 96500, 81200)
A["wc_lt"] = (_delta("Other long-term liabilities"), 900, 700)
A["capex"] = (-(_bs("Property and equipment, net")[0] - _bs("Property and equipment, net")[1] + A["dep"][0]),
              -37600, -33100)
A["acq"] = (0, 0, -318400)
A["inv_buy"] = (-412600, -373100, -476300)
A["inv_sell"] = (412600 - (_delta("Short-term investments") - A["oci"]), 251900, 175400)
A["debt_in"] = (0, 0, 397600)
A["debt_out"] = (-50000, -5000, 0)
A["cash_2024"] = 231500
A["cash_2023"] = 264800
A["cash_end"] = (A["cash_2026"], A["cash_2025"], A["cash_2024"])
A["cash_begin"] = (A["cash_2025"], A["cash_2024"], A["cash_2023"])
_cfi = add(A["capex"], A["acq"], A["inv_buy"], A["inv_sell"])
_cff = add(A["debt_in"], A["debt_out"], A["espp"], A["withhold"], A["buyback"], A["div_paid"])
A["cfi"], A["cff"] = _cfi, _cff
A["cfo"] = tuple(e - b - i - f for e, b, i, f in zip(A["cash_end"], A["cash_begin"], _cfi, _cff))
_cfo_known = add(A["ni"], A["dep"], A["amort_int"], A["sbc"], A["debt_cost"], A["def_tax"], A["lease"], A["wc_ar"],
                 A["wc_comm"], A["wc_prepaid"], A["wc_other_assets"], A["wc_ap"], A["wc_comp"], A["wc_dr"],
                 A["wc_lt"])
A["wc_accr"] = tuple(c - k for c, k in zip(A["cfo"], _cfo_known))  # accrued expenses and other liabilities
A["fcf"] = add(A["cfo"], A["capex"])

# =============================================================================================================
# Company B: Ridgeline Casualty Holdings, Inc. (calendar years; amounts in millions)
# =============================================================================================================
B = {}
B["npe"] = (6842, 6215, 5688)
B["nii"] = (412, 361, 298)
B["gains"] = (37, -18, -64)
B["fees"] = (29, 27, 25)
B["rev"] = add(B["npe"], B["nii"], B["gains"], B["fees"])
B["loss"] = (4447, 4288, 3982)
B["dac"] = (1231, 1131, 1047)
B["uw_other"] = (889, 819, 762)
B["interest"] = (58, 57, 52)
B["amort_int"] = (14, 14, 15)
B["exp"] = add(B["loss"], B["dac"], B["uw_other"], B["interest"], B["amort_int"])
B["pretax"] = add(B["rev"], neg(B["exp"]))
B["tax"] = (139, 52, 12)
B["ni"] = add(B["pretax"], neg(B["tax"]))
B["sh_basic"] = (61.2, 61.9, 62.6)
B["sh_dil"] = (61.8, 62.5, 63.1)
B["eps_basic"] = tuple(round(n / s, 2) for n, s in zip(B["ni"], B["sh_basic"]))
B["eps_dil"] = tuple(round(n / s, 2) for n, s in zip(B["ni"], B["sh_dil"]))
B["dps"] = (1.12, 1.04, 1.00)
B["loss_ratio"] = tuple(round(100 * l / n, 1) for l, n in zip(B["loss"], B["npe"]))
B["exp_ratio"] = tuple(round(100 * (d + o) / n, 1) for d, o, n in zip(B["dac"], B["uw_other"], B["npe"]))
B["combined"] = tuple(round(a + b, 1) for a, b in zip(B["loss_ratio"], B["exp_ratio"]))
B["uw_income"] = add(B["npe"], neg(B["loss"]), neg(B["dac"]), neg(B["uw_other"]))

B_INV = (
    ("Fixed maturities, at fair value (amortized cost $10,214 and $9,402)", 10046, 9105),
    ("Equity securities, at fair value", 842, 776),
    ("Short-term investments", 391, 347),
    ("Other invested assets", 214, 188),
)
B_OTHER_ASSETS = (
    ("Premiums receivable, net of allowance of $22 and $19", 1642, 1518),
    ("Reinsurance recoverables", 1288, 1356),
    ("Prepaid reinsurance premiums", 214, 203),
    ("Deferred policy acquisition costs", 618, 571),
    ("Deferred income taxes, net", 92, 141),
    ("Goodwill", 236, 236),
    ("Other intangible assets, net", 81, 95),
    ("Other assets", 412, 389),
)
B_LIAB = (
    ("Unpaid losses and loss adjustment expenses", 8914, 8602),
    ("Unearned premiums", 3512, 3218),
    ("Senior notes and other debt", 1096, 1094),
    ("Accrued expenses and other liabilities", 826, 774),
)
B["cash_2024"] = 164
B["common"] = 312
B["apic"] = (1104, 1071)
B["sbc"] = (33, 31, 29)
B["buyback"] = (-150, -90, -60)
B["div_declared"] = tuple(-round(d * s) for d, s in zip(B["dps"], B["sh_basic"]))
B["div_paid"] = (-68, -63, -62)
B["oci"] = (102, -41, 188)
B["aoci"] = (-133, -235)
B["treasury_2024"] = -1386
B["treasury_2025"] = B["treasury_2024"] + B["buyback"][0]
B["inv"] = (sum(r[1] for r in B_INV), sum(r[2] for r in B_INV))
B["tl"] = (sum(r[1] for r in B_LIAB), sum(r[2] for r in B_LIAB))
_ta24 = B["inv"][1] + B["cash_2024"] + sum(r[2] for r in B_OTHER_ASSETS)
B["eq_2024"] = _ta24 - B["tl"][1]
B["re_2024"] = B["eq_2024"] - B["common"] - B["apic"][1] - B["aoci"][1] - B["treasury_2024"]
B["re_2025"] = B["re_2024"] + B["ni"][0] + B["div_declared"][0]
B["eq_2025"] = B["common"] + B["apic"][0] + B["re_2025"] + B["aoci"][0] + B["treasury_2025"]
assert B["apic"][0] - B["apic"][1] == B["sbc"][0]
B["cash_2025"] = B["tl"][0] + B["eq_2025"] - B["inv"][0] - sum(r[1] for r in B_OTHER_ASSETS)
B["ta"] = (B["tl"][0] + B["eq_2025"], _ta24)
# equity roll-forward (total shareholders' equity), 2025, 2024, 2023
B["eq_end"] = (B["eq_2025"], B["eq_2024"], None)
_eq23 = B["eq_2024"] - (B["ni"][1] + B["oci"][1] + B["sbc"][1] + B["buyback"][1] + B["div_declared"][1])
_eq22 = _eq23 - (B["ni"][2] + B["oci"][2] + B["sbc"][2] + B["buyback"][2] + B["div_declared"][2])
B["eq_end"] = (B["eq_2025"], B["eq_2024"], _eq23)
B["eq_begin"] = (B["eq_2024"], _eq23, _eq22)
assert B["eq_end"][0] == B["eq_begin"][0] + B["ni"][0] + B["oci"][0] + B["sbc"][0] + B["buyback"][0] + B["div_declared"][0]

# cash flow statements, 2025, 2024, 2023
B["cash_2023"], B["cash_2022"] = 149, 171
B["cash_end"] = (B["cash_2025"], B["cash_2024"], B["cash_2023"])
B["cash_begin"] = (B["cash_2024"], B["cash_2023"], B["cash_2022"])
B["dep"] = (61, 58, 55)  # depreciation, amortization and other (includes amortization of intangibles)
B["gains_cf"] = neg(B["gains"])
B["def_tax"] = (22, -9, -14)
B["wc_prem"] = (-124, -131, -97)
B["wc_reins"] = (68, -112, -41)
B["wc_prepaid"] = (-11, -8, -6)
B["wc_dac"] = (-47, -39, -33)
B["wc_loss"] = (312, 455, 388)
B["wc_upr"] = (294, 271, 233)
B["inv_buy"] = (-3152, -2784, -2382)
B["inv_sell"] = (2311, 2196, 1902)
B["sti_net"] = (-44, 21, -37)
B["capex"] = (-38, -35, -41)
B["other_inv"] = (-26, -14, -9)
B["debt_net"] = (0, 0, 0)
B["other_fin"] = (-9, -7, -6)
B["cfi"] = add(B["inv_buy"], B["inv_sell"], B["sti_net"], B["capex"], B["other_inv"])
B["cff"] = add(B["buyback"], B["div_paid"], B["other_fin"])
B["cfo"] = tuple(e - b - i - f for e, b, i, f in zip(B["cash_end"], B["cash_begin"], B["cfi"], B["cff"]))
_bcfo_known = add(B["ni"], B["dep"], B["gains_cf"], B["sbc"], B["def_tax"], B["wc_prem"], B["wc_reins"],
                  B["wc_prepaid"], B["wc_dac"], B["wc_loss"], B["wc_upr"])
B["wc_other"] = tuple(c - k for c, k in zip(B["cfo"], _bcfo_known))
# segments (net premiums earned, losses, underwriting expenses), 2025 and 2024
B["seg"] = {
    "Personal Lines": {"npw": (4285, 3904), "npe": (4106, 3742), "loss": (2751, 2694), "uwx": (1199, 1111)},
    "Commercial Lines": {"npw": (2840, 2561), "npe": (2736, 2473), "loss": (1696, 1594), "uwx": (921, 839)},
}
for i in (0, 1):
    assert sum(s["npe"][i] for s in B["seg"].values()) == B["npe"][i]
    assert sum(s["loss"][i] for s in B["seg"].values()) == B["loss"][i]
    assert sum(s["uwx"][i] for s in B["seg"].values()) == B["dac"][i] + B["uw_other"][i]


def pct(x: float) -> str:
    return f"{x:.1f}%"


# ---- Company A text -----------------------------------------------------------------------------------------
_YA = ("Fiscal years ended June 30,", "2026", "2025", "2024")
_A_INCOME = Table(
    caption="LARKSPUR SYSTEMS, INC. STATEMENTS OF INCOME",
    unit="(In thousands, except per share amounts)",
    header=_YA,
    rows=(
        ("Net revenue:", "", "", ""),
        row("Subscription", A["sub_rev"], dollar=True),
        row("Professional services and other", A["svc_rev"]),
        row("Total net revenue", A["rev"]),
        ("Cost of revenue:", "", "", ""),
        row("Subscription", A["cor_sub"]),
        row("Professional services and other", A["cor_svc"]),
        row("Amortization of acquired technology", A["amort_tech"]),
        row("Total cost of revenue", A["cor"]),
        row("Gross profit", A["gp"]),
        ("Operating expenses:", "", "", ""),
        row("Research and development", A["rd"]),
        row("Sales and marketing", A["sm"]),
        row("General and administrative", A["ga"]),
        row("Amortization of other acquired intangible assets", A["amort_other"]),
        row("Restructuring charges", A["restruct"]),
        row("Total operating expenses", A["opex"]),
        row("Income from operations", A["opinc"]),
        row("Interest income", A["int_inc"]),
        row("Interest expense", A["int_exp"]),
        row("Other income (expense), net", A["other"]),
        row("Income before income taxes", A["pretax"]),
        row("Provision for income taxes", A["tax"]),
        row("Net income", A["ni"], dollar=True),
        ("Net income per share:", "", "", ""),
        row("Basic", A["eps_basic"], dollar=True, decimals=2),
        row("Diluted", A["eps_dil"], dollar=True, decimals=2),
        ("Weighted-average shares used in computing net income per share:", "", "", ""),
        row("Basic", A["sh_basic"]),
        row("Diluted", A["sh_dil"]),
    ),
    note="See accompanying notes. Stock-based compensation is included in cost of revenue and operating expenses.",
)


def _bs_rows(rows, i_first=True):
    return tuple((r[0], fmt(r[1]), fmt(r[2])) for r in rows)


_A_BALANCE = Table(
    caption="LARKSPUR SYSTEMS, INC. BALANCE SHEETS",
    unit="(In thousands, except par value)",
    header=("June 30,", "2026", "2025"),
    rows=(
        ("ASSETS", "", ""),
        ("Current assets:", "", ""),
        ("Cash and cash equivalents", fmt(A["cash_2026"], True), fmt(A["cash_2025"], True)),
        *_bs_rows(A_BS_ASSETS),
        ("Total current assets", fmt(A["ca"][0]), fmt(A["ca"][1])),
        *_bs_rows(A_BS_NONCURRENT),
        ("Total assets", fmt(A["ta"][0], True), fmt(A["ta"][1], True)),
        ("LIABILITIES AND STOCKHOLDERS' EQUITY", "", ""),
        ("Current liabilities:", "", ""),
        *_bs_rows(A_BS_CL),
        ("Total current liabilities", fmt(A["cl"][0]), fmt(A["cl"][1])),
        *_bs_rows(A_BS_NCL),
        ("Total liabilities", fmt(A["tl"][0]), fmt(A["tl"][1])),
        ("Stockholders' equity:", "", ""),
        ("Common stock, $0.0001 par value", fmt(A["common"]), fmt(A["common"])),
        ("Additional paid-in capital", fmt(A["apic_2026"]), fmt(A["apic_2025"])),
        ("Treasury stock, at cost", fmt(A["treasury_2026"]), fmt(A["treasury_2025"])),
        ("Accumulated other comprehensive loss", fmt(A["aoci_2026"]), fmt(A["aoci_2025"])),
        ("Retained earnings", fmt(A["re_2026"]), fmt(A["re_2025"])),
        ("Total stockholders' equity", fmt(A["eq_2026"]), fmt(A["eq_2025"])),
        ("Total liabilities and stockholders' equity", fmt(A["ta"][0], True), fmt(A["ta"][1], True)),
    ),
    note="""Common stock: 600,000 shares authorized; 121,930 and 120,650 shares issued, and 118,710 and 118,330
    shares outstanding, at June 30, 2026 and 2025, respectively.""",
)

_A_CASH = Table(
    caption="LARKSPUR SYSTEMS, INC. CASH FLOW STATEMENTS",
    unit="(In thousands)",
    header=_YA,
    rows=(
        ("Operating activities", "", "", ""),
        row("Net income", A["ni"], dollar=True),
        ("Adjustments to reconcile net income to net cash from operations:", "", "", ""),
        row("Depreciation and amortization of property and equipment", A["dep"]),
        row("Amortization of acquired intangible assets", A["amort_int"]),
        row("Stock-based compensation expense", A["sbc"]),
        row("Amortization of debt issuance costs", A["debt_cost"]),
        row("Deferred income taxes", A["def_tax"]),
        row("Operating lease assets and liabilities, net", A["lease"]),
        ("Changes in operating assets and liabilities:", "", "", ""),
        row("Accounts receivable", A["wc_ar"]),
        row("Deferred commissions", A["wc_comm"]),
        row("Prepaid expenses and other assets", add(A["wc_prepaid"], A["wc_other_assets"])),
        row("Accounts payable", A["wc_ap"]),
        row("Accrued compensation and benefits", A["wc_comp"]),
        row("Accrued expenses and other liabilities", add(A["wc_accr"], A["wc_lt"])),
        row("Deferred revenue", A["wc_dr"]),
        row("Net cash provided by operating activities", A["cfo"]),
        ("Investing activities", "", "", ""),
        row("Payments for property, plant and equipment, net", A["capex"]),
        row("Acquisition of business, net of cash acquired", A["acq"]),
        row("Purchases of short-term investments", A["inv_buy"]),
        row("Maturities and sales of short-term investments", A["inv_sell"]),
        row("Net cash used in investing activities", A["cfi"]),
        ("Financing activities", "", "", ""),
        row("Proceeds from term loan, net of issuance costs", A["debt_in"]),
        row("Repayments of term loan", A["debt_out"]),
        row("Proceeds from employee stock plans", A["espp"]),
        row("Taxes paid for net share settlement of equity awards", A["withhold"]),
        row("Repurchases of common stock", A["buyback"]),
        row("Dividends paid", A["div_paid"]),
        row("Net cash (used in) provided by financing activities", A["cff"]),
        row("Net increase (decrease) in cash and cash equivalents", add(A["cash_end"], neg(A["cash_begin"]))),
        row("Cash and cash equivalents, beginning of year", A["cash_begin"]),
        row("Cash and cash equivalents, end of year", A["cash_end"], dollar=True),
    ),
)

_A_GEO = Table(
    caption="Net revenue by geographic area",
    unit="(In thousands)",
    header=_YA,
    rows=(
        row("United States", (1226300, 1069800, 913400)),
        row("Europe, Middle East and Africa", (351200, 297900, 247500)),
        row("Asia Pacific and other", (172200, 136600, 112100)),
        row("Total net revenue", A["rev"]),
    ),
)
assert _A_GEO.rows[-1][1:] == tuple(fmt(sum(v)) for v in zip((1226300, 1069800, 913400), (351200, 297900, 247500),
                                                              (172200, 136600, 112100)))


def _pc(a, b):
    return f"{100 * a / b:.1f}%"


def _chg(a, b):
    return f"{100 * (a - b) / b:.0f}%"


LARKSPUR = Report(
    stem="LARKSPUR_2026_10K",
    title="Larkspur Systems, Inc. - Annual Report on Form 10-K for the fiscal year ended June 30, 2026",
    running_title="Larkspur Systems, Inc. - Form 10-K - Fiscal 2026",
    date="August 19, 2026",
    iso_date="2026-08-19",
    keywords=("Larkspur Systems", "LRKS", "10-K", "fiscal 2026", "field service management"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            June 30, 2026. Commission File Number 001-39814."""),
            p("""LARKSPUR SYSTEMS, INC. (Exact name of registrant as specified in its charter). Delaware (State or
            other jurisdiction of incorporation or organization). 84-3316702 (I.R.S. Employer Identification No.).
            2200 Meridian Parkway, Durham, North Carolina 27713 (Address of principal executive offices).
            Registrant's telephone number: (919) 555-0140."""),
            p("""Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value $0.0001 per
            share; Trading Symbol: LRKS; Name of each exchange on which registered: The Nasdaq Stock Market LLC
            (Nasdaq Global Select Market)."""),
            p("""Indicate by check mark whether the registrant is a large accelerated filer: Large accelerated
            filer [X]. The aggregate market value of the registrant's common stock held by non-affiliates,
            based on the closing price on December 31, 2025, the last business day of the registrant's most
            recently completed second fiscal quarter, was approximately $6.9 billion. As of August 7, 2026, there
            were 118,802,415 shares of the registrant's common stock outstanding."""),
            p("""DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its
            2026 annual meeting of stockholders are incorporated by reference into Part III."""),
            p("""Unless the context requires otherwise, "Larkspur," "the Company," "we," "us" and "our" refer to
            Larkspur Systems, Inc. Our fiscal year ends on June 30; "fiscal 2026" means the fiscal year ended June
            30, 2026. This report contains forward-looking statements that involve risks and uncertainties; see
            Item 1A, Risk Factors."""),
        ),
        (
            h("PART I - Item 1. Business"),
            h("Overview"),
            p("""Larkspur builds cloud software that organizations use to plan, dispatch and record maintenance and
            field service work. Our customers are asset-intensive businesses: electric, gas and water utilities,
            telecommunications carriers, manufacturers, building and facilities operators, and public-sector
            agencies. Technicians use our mobile applications to receive work orders, record readings and close
            jobs; planners and managers use our web applications to schedule crews, track parts and report on the
            condition of assets."""),
            h("Products"),
            p("""We sell three product families on a single platform. Larkspur Flow schedules and dispatches field
            work and is used by most of our customers. Larkspur Assets is an enterprise asset management
            application that keeps the register, maintenance plans and history of physical assets. Larkspur
            Insight, which came with our acquisition of Quillon Analytics, Inc. in November 2023, predicts asset
            failures from sensor and work-order data. We sell subscriptions, generally for terms of one to three
            years, invoiced annually in advance. We also sell implementation, configuration, training and managed
            services, mostly on a time-and-materials basis."""),
            h("Customers"),
            p("""At June 30, 2026 we served about 4,300 customers in 41 countries. We had 2,140 customers that each
            contributed more than $100,000 of subscription revenue over the trailing twelve months, up from 1,810 a
            year earlier. No single customer accounted for 10% or more of total net revenue in fiscal 2026, 2025 or
            2024; our ten largest customers together accounted for about 14% of total net revenue in fiscal 2026.
            Government agencies accounted for about 9% of total net revenue in fiscal 2026."""),
            h("Sales and partners"),
            p("""We sell mainly through our direct sales force, organized by industry. Resellers and systems
            integrators account for a growing share of new bookings outside the United States. One reseller,
            Brightwater Solutions Ltd., which resells our products in the United Kingdom and Ireland, accounted for
            11% of accounts receivable at June 30, 2026; no reseller or customer accounted for 10% or more of
            accounts receivable at June 30, 2025."""),
            h("Competition"),
            p("""Our markets are competitive and fragmented. We compete with the field service and asset modules
            of large enterprise software vendors, with specialist vendors of scheduling and asset software, and with
            systems that customers build themselves. We compete on product breadth, ease of use of the mobile
            applications, industry-specific functions, time to deploy and total cost of ownership."""),
            h("Human capital"),
            p("""We had approximately 5,420 full-time employees at June 30, 2026, of whom about 38% worked in research
            and development and about 33% in sales and marketing. About 41% of our employees are located outside the
            United States, mainly in Ireland, Poland and India."""),
        ),
        (
            h("Item 1A. Risk Factors"),
            p("""Investing in our common stock involves risks. The risks below are those we consider material; they
            are not the only ones we face."""),
            p("""If our customers do not renew their subscriptions or do not buy more, our revenue will grow more
            slowly or decline. Our subscriptions generally last one to three years and customers have no obligation
            to renew. Our dollar-based net retention rate was 114% in fiscal 2026 and 111% in fiscal 2025; a decline
            in this rate would slow our growth even if we added new customers at the same pace."""),
            p("""Our sales cycles with utilities and public agencies are long and unpredictable. These customers often
            buy through formal procurement processes that can take twelve months or more, and budget cycles,
            regulatory proceedings and elections can delay or cancel purchases."""),
            p("""We depend on partners to implement our software. We are moving implementation work to certified
            systems integrators. If our partners do not have enough trained staff or deliver poor projects, our
            customers may delay their deployments, renew less or choose other vendors."""),
            p("""A security breach or an outage of our platform could harm our reputation and expose us to claims.
            Our platform runs in data centers operated by third-party cloud providers, and customers rely on it to
            dispatch crews to critical infrastructure."""),
            p("""Our term loan bears interest at a floating rate and contains financial covenants. Higher interest
            rates increase our interest expense, and a breach of the covenants could allow the lenders to accelerate
            repayment."""),
            p("""Fluctuations in foreign currency exchange rates could harm our results. About 30% of our revenue came
            from outside the United States in fiscal 2026, and part of it is billed in euros and pounds sterling."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p("""Our common stock trades on the Nasdaq Global Select Market under the symbol "LRKS." In fiscal 2026 our
            Board of Directors declared four quarterly cash dividends of $0.08 per share, or $0.32 per share for the
            year, compared with two quarterly dividends of $0.07 per share, $0.14 per share in total, in fiscal
            2025; our first dividend was paid in March 2025. In August 2024 the Board authorized the repurchase of
            up to $300 million of our common stock. In fiscal 2026 we repurchased 0.9 million shares for $60.0
            million, and $191.8 million remained available under the authorization at June 30, 2026."""),
        ),
        (
            h("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
            h("Fiscal 2026 overview"),
            p(f"""Total net revenue was $1,749.7 million in fiscal 2026, an increase of {_chg(A['rev'][0], A['rev'][1])}
            from fiscal 2025, with subscription revenue representing {_pc(A['sub_rev'][0], A['rev'][0])} of the
            total. Income from operations more than doubled to $185.7 million, and net income was $156.9
            million, or $1.28 per diluted share, compared with $54.0 million, or $0.45 per diluted share, in
            fiscal 2025. Cash provided by operating activities was $424.3 million."""),
            h("Net revenue"),
            p(f"""Subscription revenue increased by $253.8 million, or {_chg(A['sub_rev'][0], A['sub_rev'][1])}, to
            $1,486.2 million. About two thirds of the increase came from existing customers, who added users,
            sites and modules, in particular Larkspur Insight, which was attached to 37% of new Flow contracts in
            fiscal 2026. The rest came from new customers, mainly utilities in the United States and Europe. A list
            price increase of about 6% for Larkspur Flow, effective October 1, 2025, and the migration of customers
            from our legacy hosted contracts to the current platform, at higher prices per user, also
            contributed."""),
            p(f"""Professional services and other revenue decreased by $8.4 million, or
            {100 * (A['svc_rev'][1] - A['svc_rev'][0]) / A['svc_rev'][1]:.0f}%, to $263.5 million, because we continued to move implementation
            projects to certified partners and because fewer large migration projects were under way than in
            fiscal 2025. We expect services revenue to keep declining as a share of the total."""),
            p("""Revenue from outside the United States grew faster than domestic revenue: revenue in Europe, the
            Middle East and Africa rose 18% and revenue in Asia Pacific and other regions 26%, while U.S. revenue rose
            15%. Changes in exchange rates added about $9 million to total net revenue compared with fiscal 2025."""),
            h("Cost of revenue and gross margin"),
            p(f"""Gross margin improved to {_pc(A['gp'][0], A['rev'][0])} in fiscal 2026 from
            {_pc(A['gp'][1], A['rev'][1])} in fiscal 2025. The subscription gross margin rose to
            {_pc(A['sub_rev'][0] - A['cor_sub'][0], A['sub_rev'][0])} from
            {_pc(A['sub_rev'][1] - A['cor_sub'][1], A['sub_rev'][1])}, as hosting costs grew more slowly than
            revenue after we consolidated data-center regions and renegotiated our cloud hosting agreement in the
            second quarter. The margin on professional services improved as we staffed fewer low-margin
            fixed-fee projects. Amortization of acquired technology decreased because a Quillon technology asset
            was fully amortized in fiscal 2025."""),
        ),
        (
            h("Operating expenses"),
            p("""Research and development expense increased 14%, mainly from headcount added for Larkspur Insight and
            the mobile applications. Sales and marketing expense increased 11% as we added account executives in
            Europe and held our first customer conference outside the United States; it fell to 29.8% of revenue
            from 31.2%. General and administrative expense increased 13%, mainly from compliance, insurance and
            systems costs. In fiscal 2025 we recorded restructuring charges of $14.7 million for severance and
            office consolidation after the integration of Quillon; there were none in fiscal 2026."""),
            p("""Operating margin, which we calculate as income from operations divided by total net revenue, was
            10.6% in fiscal 2026, compared with 4.4% in fiscal 2025 and 1.4% in fiscal 2024."""),
            h("Other income and income taxes"),
            p("""Interest income rose with higher average balances of cash and investments. Interest expense fell
            after we prepaid $45.0 million of the term loan in January 2026, in addition to $5.0 million of
            scheduled repayments. Our effective tax rate was 21.0% in fiscal 2026 and 22.0% in fiscal 2025."""),
            h("Non-GAAP measures"),
            p("""We monitor free cash flow, which we define as net cash provided by operating activities less
            payments for property, plant and equipment, net. Free cash flow was $381.4 million in fiscal 2026 and
            $262.5 million in fiscal 2025. Free cash flow is not a substitute for measures calculated under U.S.
            GAAP."""),
            h("Liquidity and capital resources"),
            p("""At June 30, 2026 we had cash and cash equivalents of $471.7 million and short-term investments of
            $356.8 million, compared with $298.6 million and $301.2 million a year earlier. Our principal sources of
            liquidity are these balances, cash from operations and an undrawn $250 million revolving credit facility
            that matures in December 2028."""),
            p("""Cash provided by operating activities rose to $424.3 million in fiscal 2026 from $300.1 million in
            fiscal 2025, because of higher net income and higher collections of annual invoices billed in advance,
            which increased deferred revenue. Cash used in investing activities included $42.9 million of payments
            for property, plant and equipment, mostly capitalized software development and equipment for our
            offices. Cash used in financing activities of $154.4 million reflects term loan repayments of $50.0
            million, share repurchases of $60.0 million and dividends of $37.9 million."""),
            p("""In December 2023 we borrowed $400.0 million under a term loan to fund the acquisition of Quillon
            Analytics for $318.4 million, net of cash acquired. The term loan bears interest at SOFR plus 1.75% and
            matures in December 2028. Principal outstanding was $345.0 million at June 30, 2026, and $395.0 million at
            June 30, 2025. We were in compliance with all covenants at June 30, 2026."""),
            p("""Remaining performance obligations, which include deferred revenue and amounts under contract that
            will be invoiced in future periods, were $2.38 billion at June 30, 2026, of which we expect to recognize
            about 58% as revenue over the next twelve months."""),
        ),
        (
            h("Item 8. Financial Statements and Supplementary Data"),
            _A_INCOME,
        ),
        (_A_BALANCE,),
        (_A_CASH,),
        (
            h("NOTES TO FINANCIAL STATEMENTS"),
            h("Note 1. Organization and Summary of Significant Accounting Policies"),
            p("""Larkspur Systems, Inc. was incorporated in Delaware in 2011. The financial statements include the
            accounts of Larkspur Systems, Inc. and its wholly owned subsidiaries; intercompany balances are
            eliminated. Our fiscal year ends on June 30."""),
            p("""Revenue recognition. Subscription revenue is recognized ratably over the contract term, beginning on
            the date the platform is made available to the customer. Professional services are recognized as
            performed. Amounts invoiced in advance of revenue are recorded as deferred revenue."""),
            p("""Concentration of credit risk. No customer accounted for 10% or more of total net revenue in any
            period presented. One reseller accounted for 11% of accounts receivable at June 30, 2026."""),
            h("Note 6. Goodwill and Intangible Assets"),
            p("""Goodwill of $612.5 million was unchanged in fiscal 2026. Intangible assets, net, were $88.7 million at
            June 30, 2026, and $116.7 million at June 30, 2025. Amortization expense was $28.0 million in fiscal
            2026, of which $18.4 million was recorded in cost of revenue and $9.6 million in operating expenses, and
            is expected to be $24.9 million in fiscal 2027."""),
            h("Note 12. Segment and Geographic Information"),
            p("""Our chief executive officer, who is our chief operating decision maker, reviews financial
            information presented on a consolidated basis to allocate resources and assess performance. We
            therefore have one operating segment and one reportable segment. The significant expenses reviewed by
            the chief operating decision maker are those presented in the statements of income. Revenue by
            geography is based on the customer's billing address."""),
            _A_GEO,
            p("""Long-lived assets, consisting of property and equipment, net, and operating lease right-of-use
            assets, located outside the United States were $49.3 million at June 30, 2026, and $47.8 million at June
            30, 2025."""),
            h("Note 14. Subsequent Event"),
            p("""On August 12, 2026, our Board of Directors declared a quarterly cash dividend of $0.09 per share,
            payable on September 16, 2026, to stockholders of record on September 2, 2026."""),
        ),
    ),
)


# ---- Company B text -----------------------------------------------------------------------------------------
_YB = ("Years ended December 31,", "2025", "2024", "2023")
_B_EARNINGS = Table(
    caption="RIDGELINE CASUALTY HOLDINGS, INC. STATEMENTS OF EARNINGS",
    unit="(Dollars in millions, except per share data)",
    header=_YB,
    rows=(
        ("Revenues", "", "", ""),
        row("Net premiums earned", B["npe"], dollar=True),
        row("Net investment income", B["nii"]),
        row("Net realized and unrealized investment gains (losses)", B["gains"]),
        row("Fee and other income", B["fees"]),
        row("Total revenues", B["rev"]),
        ("Losses and expenses", "", "", ""),
        row("Losses and loss adjustment expenses", B["loss"]),
        row("Amortization of deferred policy acquisition costs", B["dac"]),
        row("Other underwriting and operating expenses", B["uw_other"]),
        row("Interest expense", B["interest"]),
        row("Amortization of intangible assets", B["amort_int"]),
        row("Total losses and expenses", B["exp"]),
        row("Income before income taxes", B["pretax"]),
        row("Income tax expense", B["tax"]),
        row("Net income", B["ni"], dollar=True),
        ("Earnings per common share", "", "", ""),
        row("Basic", B["eps_basic"], dollar=True, decimals=2),
        row("Diluted", B["eps_dil"], dollar=True, decimals=2),
        ("Weighted average common shares (in millions)", "", "", ""),
        row("Basic", B["sh_basic"], decimals=1),
        row("Diluted", B["sh_dil"], decimals=1),
    ),
    note="See Notes to Financial Statements.",
)

_B_BALANCE = Table(
    caption="RIDGELINE CASUALTY HOLDINGS, INC. BALANCE SHEETS",
    unit="(Dollars in millions)",
    header=("December 31,", "2025", "2024"),
    rows=(
        ("Assets", "", ""),
        ("Investments:", "", ""),
        *((r[0], fmt(r[1], i == 0), fmt(r[2], i == 0)) for i, r in enumerate(B_INV)),
        ("Total investments", fmt(B["inv"][0]), fmt(B["inv"][1])),
        ("Cash", fmt(B["cash_2025"]), fmt(B["cash_2024"])),
        *((r[0], fmt(r[1]), fmt(r[2])) for r in B_OTHER_ASSETS),
        ("Total assets", fmt(B["ta"][0], True), fmt(B["ta"][1], True)),
        ("Liabilities", "", ""),
        *((r[0], fmt(r[1], i == 0), fmt(r[2], i == 0)) for i, r in enumerate(B_LIAB)),
        ("Total liabilities", fmt(B["tl"][0]), fmt(B["tl"][1])),
        ("Shareholders' equity", "", ""),
        ("Common shares, without par value", fmt(B["common"]), fmt(B["common"])),
        ("Additional paid-in capital", fmt(B["apic"][0]), fmt(B["apic"][1])),
        ("Retained earnings", fmt(B["re_2025"]), fmt(B["re_2024"])),
        ("Accumulated other comprehensive loss", fmt(B["aoci"][0]), fmt(B["aoci"][1])),
        ("Treasury shares, at cost", fmt(B["treasury_2025"]), fmt(B["treasury_2024"])),
        ("Total shareholders' equity", fmt(B["eq_2025"]), fmt(B["eq_2024"])),
        ("Total liabilities and shareholders' equity", fmt(B["ta"][0], True), fmt(B["ta"][1], True)),
    ),
    note="""Common shares: 200.0 million authorized; 74.6 million issued at both dates; 60.2 million and 61.7
    million outstanding at December 31, 2025 and 2024. The balance sheet is unclassified, as is customary for
    insurance companies.""",
)

_B_CASH = Table(
    caption="RIDGELINE CASUALTY HOLDINGS, INC. CASH FLOW STATEMENTS",
    unit="(Dollars in millions)",
    header=_YB,
    rows=(
        ("Operating activities", "", "", ""),
        row("Net income", B["ni"], dollar=True),
        ("Adjustments to reconcile net income to operating cash flow:", "", "", ""),
        row("Depreciation, amortization and other", B["dep"]),
        row("Net realized and unrealized investment (gains) losses", B["gains_cf"]),
        row("Share-based compensation", B["sbc"]),
        row("Deferred income taxes", B["def_tax"]),
        ("Changes in:", "", "", ""),
        row("Premiums receivable", B["wc_prem"]),
        row("Reinsurance recoverables", B["wc_reins"]),
        row("Prepaid reinsurance premiums", B["wc_prepaid"]),
        row("Deferred policy acquisition costs", B["wc_dac"]),
        row("Unpaid losses and loss adjustment expenses", B["wc_loss"]),
        row("Unearned premiums", B["wc_upr"]),
        row("Other assets and liabilities, net", B["wc_other"]),
        row("Net cash provided by operating activities", B["cfo"]),
        ("Investing activities", "", "", ""),
        row("Purchases of fixed maturity and equity securities", B["inv_buy"]),
        row("Sales and maturities of fixed maturity and equity securities", B["inv_sell"]),
        row("Net change in short-term investments", B["sti_net"]),
        row("Purchases of property and equipment", B["capex"]),
        row("Other investing activities, net", B["other_inv"]),
        row("Net cash used in investing activities", B["cfi"]),
        ("Financing activities", "", "", ""),
        row("Repurchases of common shares", B["buyback"]),
        row("Dividends paid to shareholders", B["div_paid"]),
        row("Other financing activities, net", B["other_fin"]),
        row("Net cash used in financing activities", B["cff"]),
        row("Net change in cash", add(B["cash_end"], neg(B["cash_begin"]))),
        row("Cash at beginning of year", B["cash_begin"]),
        row("Cash at end of year", B["cash_end"], dollar=True),
    ),
)

_APIC = ((1071, 1040, 1011), (1104, 1071, 1040))
_RE = ((B["re_2024"], 1479, 1465), (B["re_2025"], B["re_2024"], 1479))
_AOCI = ((B["aoci"][1], -194, -382), (B["aoci"][0], B["aoci"][1], -194))
_TRE = ((B["treasury_2024"], -1296, -1236), (B["treasury_2025"], B["treasury_2024"], -1296))
for _i in range(3):
    assert _APIC[0][_i] + B["sbc"][_i] == _APIC[1][_i]
    assert _RE[0][_i] + B["ni"][_i] + B["div_declared"][_i] == _RE[1][_i]
    assert _AOCI[0][_i] + B["oci"][_i] == _AOCI[1][_i]
    assert _TRE[0][_i] + B["buyback"][_i] == _TRE[1][_i]
    assert B["common"] + _APIC[1][_i] + _RE[1][_i] + _AOCI[1][_i] + _TRE[1][_i] == B["eq_end"][_i]

_B_EQUITY = Table(
    caption="RIDGELINE CASUALTY HOLDINGS, INC. STATEMENTS OF SHAREHOLDERS' EQUITY",
    unit="(Dollars in millions, except per share data)",
    header=_YB,
    rows=(
        row("Common shares, beginning and end of year", (B["common"],) * 3, dollar=True),
        row("Additional paid-in capital, beginning of year", _APIC[0]),
        row("Share-based compensation", B["sbc"]),
        row("Additional paid-in capital, end of year", _APIC[1]),
        row("Retained earnings, beginning of year", _RE[0]),
        row("Net income", B["ni"]),
        row("Dividends declared ($1.12, $1.04 and $1.00 per share)", B["div_declared"]),
        row("Retained earnings, end of year", _RE[1]),
        row("Accumulated other comprehensive loss, beginning of year", _AOCI[0]),
        row("Other comprehensive income (loss), net of tax", B["oci"]),
        row("Accumulated other comprehensive loss, end of year", _AOCI[1]),
        row("Treasury shares, beginning of year", _TRE[0]),
        row("Repurchases of common shares", B["buyback"]),
        row("Treasury shares, end of year", _TRE[1]),
        row("Total shareholders' equity, end of year", B["eq_end"], dollar=True),
    ),
)

_S = B["seg"]
_PL, _CL = _S["Personal Lines"], _S["Commercial Lines"]


def _uw(s, i):
    return s["npe"][i] - s["loss"][i] - s["uwx"][i]


def _cr(s, i):
    return 100 * (s["loss"][i] + s["uwx"][i]) / s["npe"][i]


_B_SEGMENTS = Table(
    caption="Segment results and reconciliation to income before income taxes",
    unit="(Dollars in millions)",
    header=("Years ended December 31,", "2025", "2024"),
    rows=(
        ("Personal Lines", "", ""),
        row("Net premiums written", _PL["npw"]),
        row("Net premiums earned", _PL["npe"]),
        row("Losses and loss adjustment expenses", _PL["loss"]),
        row("Underwriting expenses", _PL["uwx"]),
        row("Underwriting income (loss)", (_uw(_PL, 0), _uw(_PL, 1))),
        ("Combined ratio", pct(_cr(_PL, 0)), pct(_cr(_PL, 1))),
        ("Commercial Lines", "", ""),
        row("Net premiums written", _CL["npw"]),
        row("Net premiums earned", _CL["npe"]),
        row("Losses and loss adjustment expenses", _CL["loss"]),
        row("Underwriting expenses", _CL["uwx"]),
        row("Underwriting income (loss)", (_uw(_CL, 0), _uw(_CL, 1))),
        ("Combined ratio", pct(_cr(_CL, 0)), pct(_cr(_CL, 1))),
        ("Reconciliation", "", ""),
        row("Total underwriting income (loss)", B["uw_income"][:2]),
        row("Net investment income", B["nii"][:2]),
        row("Net realized and unrealized investment gains (losses)", B["gains"][:2]),
        row("Fee and other income", B["fees"][:2]),
        row("Interest expense", neg(B["interest"][:2])),
        row("Amortization of intangible assets", neg(B["amort_int"][:2])),
        row("Income before income taxes", B["pretax"][:2]),
    ),
    note="""Underwriting expenses are the amortization of deferred policy acquisition costs and other underwriting
    expenses allocated to the segment. Investment results, interest expense and the amortization of intangible
    assets are reported in Corporate and Other and are not allocated to the segments.""",
)
assert _uw(_PL, 0) + _uw(_CL, 0) == B["uw_income"][0] and _uw(_PL, 1) + _uw(_CL, 1) == B["uw_income"][1]

_B_RATIOS = Table(
    caption="Consolidated underwriting ratios",
    unit="(Percent of net premiums earned)",
    header=_YB,
    rows=(
        ("Loss and loss adjustment expense ratio", *(f"{v:.1f}" for v in B["loss_ratio"])),
        ("Underwriting expense ratio", *(f"{v:.1f}" for v in B["exp_ratio"])),
        ("Combined ratio", *(f"{v:.1f}" for v in B["combined"])),
        ("Catastrophe losses included above (points)", "7.6", "9.6", "11.1"),
        ("Prior-year reserve development (points)", "(0.7)", "1.0", "0.4"),
        ("Underlying loss ratio", "58.1", "58.4", "58.5"),
    ),
    note="""Underlying loss ratio excludes catastrophe losses and prior-year reserve development; favorable
    development is shown in parentheses.""",
)
for _i, (_cat, _pyd, _und) in enumerate(((520, -48, 58.1), (598, 62, 58.4), (631, 20, 58.5))):
    assert round(B["loss_ratio"][_i] - round(100 * _cat / B["npe"][_i], 1) - round(100 * _pyd / B["npe"][_i], 1), 1) == _und

RIDGELINE = Report(
    stem="RIDGELINE_2025_10K",
    title="Ridgeline Casualty Holdings, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025",
    running_title="Ridgeline Casualty Holdings, Inc. - 2025 Form 10-K",
    date="February 24, 2026",
    iso_date="2026-02-24",
    keywords=("Ridgeline Casualty Holdings", "RDGC", "10-K", "2025", "property and casualty insurance"),
    pages=(
        (
            p("""UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. ANNUAL REPORT
            PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended
            December 31, 2025. Commission file number 1-16247."""),
            p("""RIDGELINE CASUALTY HOLDINGS, INC. (Exact name of registrant as specified in its charter). Ohio
            (State or other jurisdiction of incorporation). 31-1587420 (I.R.S. Employer Identification No.). 300
            West Broad Street, Columbus, Ohio 43215 (Address of principal executive offices). (614) 555-0188."""),
            p("""Securities registered pursuant to Section 12(b) of the Act: Common Shares, without par value; Trading
            Symbol: RDGC; Name of each exchange on which registered: New York Stock Exchange."""),
            p("""The registrant is a large accelerated filer. The aggregate market value of the common shares held by
            non-affiliates of the registrant at June 30, 2025 was approximately $5.2 billion. At February 13, 2026,
            60,104,882 common shares were outstanding."""),
            p("""Documents incorporated by reference: portions of the registrant's proxy statement for the 2026 annual
            meeting of shareholders (Part III)."""),
            p("""In this report "Ridgeline," "the Company," "we" and "our" mean Ridgeline Casualty Holdings, Inc. and
            its subsidiaries. Amounts are in millions of U.S. dollars unless stated otherwise; ratios are
            percentages of net premiums earned. Forward-looking statements are subject to the risks in Item 1A."""),
        ),
        (
            h("PART I - Item 1. Business"),
            h("General"),
            p("""Ridgeline Casualty Holdings, Inc. is an insurance holding company incorporated in Ohio in 1986. Through
            its insurance subsidiaries - Ridgeline Casualty Company, Ridgeline Indemnity Company and Buckeye Plains
            Insurance Company - it writes property and casualty insurance for individuals and small and mid-sized
            businesses in 19 states, mainly in the Midwest and the Mid-Atlantic. We sell only through independent
            insurance agents, about 4,800 agencies at the end of 2025. No single agency produced more than 2% of our
            direct premiums written in 2025."""),
            h("Segments"),
            p("""We manage our business in two reportable segments, Personal Lines and Commercial Lines, and a
            Corporate and Other category. Personal Lines writes private passenger automobile insurance (about 57% of
            the segment's 2025 net premiums written), homeowners insurance (about 38%) and umbrella, boat and other
            personal coverages. Commercial Lines writes commercial automobile, workers' compensation, business
            owners' policies, general liability, commercial property and small commercial umbrella coverages for
            businesses with up to about 250 employees. Corporate and Other holds our investment portfolio, our
            senior notes and the amortization of intangible assets from past acquisitions. Segment results are in
            Note 11."""),
            h("Geographic concentration"),
            p("""Our business is concentrated in a few states. In 2025, Ohio accounted for 21% of our direct premiums
            written, Pennsylvania for 14%, Michigan for 12% and Indiana for 9%; no other state accounted for more
            than 6%. Severe convective storms, hail and winter storms in these states cause most of our catastrophe
            losses."""),
            h("Reinsurance"),
            p("""We buy reinsurance to limit our exposure to large catastrophes and large individual losses. Our 2025
            property catastrophe reinsurance program covered $900 million of losses in excess of a $125 million
            retention per event, with a 5% co-participation. We also buy per-risk excess of loss protection for
            property and casualty risks above $5 million. We renewed the catastrophe program on January 1, 2026 with
            the same retention and a limit of $950 million."""),
            h("Loss reserves"),
            p("""We establish reserves for unpaid losses and loss adjustment expenses, including losses incurred but
            not reported, using actuarial methods. Reserves were $8,914 million gross of reinsurance at December 31,
            2025. Our commercial automobile and workers' compensation lines have the longest payout patterns."""),
            h("Regulation and employees"),
            p("""Our insurance subsidiaries are regulated by the insurance departments of their states of domicile,
            Ohio and Indiana, and of each state where they write business, which regulate rates, policy forms,
            dividends to the holding company, investments and capital. We had approximately 6,100 employees at
            December 31, 2025."""),
        ),
        (
            h("Item 1A. Risk Factors"),
            p("""Catastrophe losses could materially reduce our earnings and capital. Because our premiums are
            concentrated in the Midwest and Mid-Atlantic, a single severe convective storm season, derecho or ice
            storm can produce losses well above our expectations. Catastrophe losses were 7.6 points of the combined
            ratio in 2025 and 9.6 points in 2024. Our reinsurance does not cover losses below the retention or above
            the limit, and its cost and availability vary with market conditions."""),
            p("""Our loss reserves may prove inadequate. Reserves are estimates, and inflation in vehicle repair
            costs, medical costs and jury awards (sometimes called social inflation) can make claims cost more than
            we assumed, particularly in commercial automobile, where we strengthened prior-year reserves in 2024."""),
            p("""We may not be able to raise rates as fast as loss costs rise. Rate changes in personal automobile and
            homeowners insurance generally require regulatory filings, and some states have delayed or reduced
            requested increases."""),
            p("""We depend on independent agents, who also sell our competitors' products. If agents place less
            business with us, for instance because our prices or commissions are less attractive or our service
            slower, our premiums would fall."""),
            p("""Changes in interest rates and credit markets affect the value of our investment portfolio, which is
            mostly fixed maturity securities. Rising rates reduce their fair value and our shareholders' equity
            through accumulated other comprehensive loss."""),
            p("""As a holding company, we depend on dividends from our insurance subsidiaries to pay our debt service,
            shareholder dividends and share repurchases, and state laws limit the dividends they can pay without
            regulatory approval."""),
            h("Item 5. Market for Registrant's Common Equity"),
            p("""Our common shares are listed on the New York Stock Exchange under the symbol RDGC. We raised our
            quarterly dividend from $0.26 to $0.28 per share in February 2025, and on February 18, 2026 our Board
            raised it to $0.30 per share. In 2025 we repurchased 1.6 million common shares for $150 million under
            the $500 million authorization approved in 2024, leaving $260 million available at year end."""),
        ),
        (
            h("Item 7. Management's Discussion and Analysis"),
            h("Overview of 2025"),
            p("""Net income was $542 million, or $8.77 per diluted share, in 2025, compared with $224 million, or
            $3.58 per diluted share, in 2024. The improvement came from underwriting: we earned an underwriting
            profit of $275 million in 2025 after an underwriting loss of $23 million in 2024, and the combined
            ratio improved 4.4 points to 96.0%. Net premiums written grew 10.2% to $7,125 million, mostly from
            rate increases."""),
            _B_RATIOS,
            h("Underwriting results"),
            p("""The loss and loss adjustment expense ratio improved to 65.0% from 69.0%. Three things explain the
            4.0-point improvement. First, catastrophe losses fell to $520 million, or 7.6 points, from $598
            million, or 9.6 points, as the 2025 spring storm season was less severe in our states than the 2024
            season, which included two derechos. Second, we recorded favorable development of prior-year reserves
            of $48 million in 2025, mainly in workers' compensation and personal automobile, compared with
            unfavorable development of $62 million in 2024, when we strengthened commercial automobile reserves
            for accident years 2021 to 2023. Third, the underlying loss ratio improved 0.3 points, as earned rate
            increases of about 10% in personal automobile and 12% in homeowners more than offset loss cost
            inflation in auto physical damage and higher roofing costs."""),
            p("""The underwriting expense ratio improved to 31.0% from 31.4%, because premiums grew faster than
            fixed costs; it includes higher contingent commissions paid to agents on the more profitable book."""),
            h("Investment results"),
            p("""Net investment income increased 14.1% to $412 million, because we reinvested maturing bonds at higher
            yields and invested assets grew with operating cash flow. The pre-tax book yield of the fixed maturity
            portfolio was 3.9% at December 31, 2025, compared with 3.6% a year earlier. Net realized and
            unrealized investment gains were $37 million, mostly from equity securities, compared with losses of
            $18 million in 2024."""),
        ),
        (
            h("Segment results"),
            p("""Personal Lines net premiums written increased 9.8% to $4,285 million, with renewal premium changes of
            9.6% in personal automobile and 11.8% in homeowners; policies in force grew about 1%. The segment's
            combined ratio was 96.2%, compared with 101.7% in 2024, which had included most of the year's
            catastrophe losses. Commercial Lines net premiums written increased 10.9% to $2,840 million, with
            renewal premium changes of 6.3% and higher new business in business owners' policies. Its combined
            ratio improved to 95.7% from 98.4%, helped by the absence of the 2024 reserve strengthening in
            commercial automobile."""),
            h("Liquidity and capital resources"),
            p("""Cash provided by operating activities was $1,143 million in 2025, compared with $791 million in 2024,
            reflecting higher premium collections and lower catastrophe claim payments. We invest operating cash
            flow mainly in investment-grade fixed maturity securities; total investments were $11,493 million at
            year end, of which 87% were fixed maturities, with an average credit rating of AA- and an effective
            duration of 4.6 years."""),
            p("""The holding company had cash and investments of $612 million at December 31, 2025. Our debt consists
            of $500 million of 4.25% senior notes due 2029 and $600 million of 5.50% senior notes due 2034; the
            ratio of debt to total capital was 37.1% at year end, compared with 43.8% a year earlier. We also have
            an undrawn $300 million revolving credit facility. In 2025 we returned $218 million to shareholders
            through dividends paid of $68 million and share repurchases of $150 million."""),
            p("""Shareholders' equity increased to $1,859 million from $1,401 million, reflecting net income and a
            decrease of $102 million in the unrealized loss on fixed maturities, net of tax, as interest rates
            declined. Book value per share was $30.88 at December 31, 2025, compared with $22.71 a year earlier."""),
            h("Critical accounting estimates"),
            p("""Our most significant estimate is the reserve for unpaid losses and loss adjustment expenses. A 1-point
            change in the loss ratio for accident year 2025 would change pre-tax income by about $68 million.
            Other significant estimates are the fair value of investments and the recoverability of deferred
            policy acquisition costs."""),
        ),
        (
            h("Item 8. Financial Statements and Supplementary Data"),
            _B_EARNINGS,
        ),
        (_B_BALANCE,),
        (_B_CASH,),
        (
            _B_EQUITY,
            h("NOTES TO FINANCIAL STATEMENTS"),
            h("Note 1. Basis of Presentation and Significant Accounting Policies"),
            p("""The financial statements include Ridgeline Casualty Holdings, Inc. and its insurance and service
            subsidiaries, all wholly owned, and are prepared in accordance with U.S. GAAP. Premiums are earned pro
            rata over the policy period, generally six or twelve months; the unearned portion is recorded as
            unearned premiums. Costs that vary with and relate directly to the successful acquisition of policies,
            mainly agents' commissions and premium taxes, are deferred and amortized as the premiums are earned."""),
        ),
        (
            h("Note 7. Reserves for Unpaid Losses and Loss Adjustment Expenses"),
            p("""Reserves, net of reinsurance recoverables on unpaid losses, were $7,702 million at December 31, 2025
            and $7,331 million at December 31, 2024. Incurred losses related to prior years were a benefit of $48
            million in 2025 and a charge of $62 million in 2024."""),
            h("Note 11. Segment Information"),
            p("""We have two reportable segments, Personal Lines and Commercial Lines, which are managed separately
            because they serve different customers with different products. Our chief operating decision maker,
            the chief executive officer, evaluates the segments on underwriting income (loss), which is net
            premiums earned less losses and loss adjustment expenses and underwriting expenses. We do not allocate
            assets to the segments."""),
            _B_SEGMENTS,
        ),
    ),
)

REPORTS = (LARKSPUR, RIDGELINE)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
