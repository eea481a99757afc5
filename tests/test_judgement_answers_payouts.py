"""Coverage judgements: "Was free cash flow enough to cover dividends and buybacks?" is answered with free cash flow
(cash from operations less capital expenditure), each payout the question names, their sum, the cover and the
convention: "Yes"/"No" first, never free cash flow alone, never a bare yes or no; a payout whose row is not found
gives no verdict. Filings are the fictional ones of ``finance_filings_more`` / ``finance_filings``; every wording
was written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.judgements import PAYOUTS_COVER, judgement_in, payouts_asked
from finance_filings import memory_index, page_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question, payouts", [
    ("Was Contoso's free cash flow enough to cover dividends and share buybacks in 2025?",
     ("dividends_paid", "share_repurchases")),
    ("Did Contoso generate sufficient FCF in fiscal 2025 to fund its dividend?", ("dividends_paid",)),
    ("Were Contoso's stock repurchases in 2025 funded by free cash flow?", ("share_repurchases",)),
    ("Did free cash flow cover Northwind's shareholder returns in 2024?", ("dividends_paid", "share_repurchases")),
    ("Is Northwind's dividend covered by free cash flow?", ("dividends_paid",)),
])
def test_coverage_questions_are_read(question, payouts):
    c = judgement_in(question)
    assert c is not None and c.key == PAYOUTS_COVER, c
    assert payouts_asked(question) == payouts


def test_a_dividend_sustainability_question_without_free_cash_flow_keeps_its_convention():
    c = judgement_in("Is Contoso's dividend sustainable?")
    assert c is not None and c.key == "dividend_sustainable"


def test_covered_payouts_give_yes_with_every_figure(index):
    a = answer_question(f"Was {L}'s free cash flow enough to cover dividends and share buybacks in fiscal 2025?",
                        index)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("Yes:"), a.text
    # 970.1 - 84.6 = 885.5 against 205.3 + 620.0 = 825.3
    for figure in ("885.5", "825.3", "205.3", "620", "1.07x", "970.1", "84.6"):
        assert figure in a.text, (figure, a.text)
    assert "convention" in a.text
    assert {i.label for i in a.inputs} >= {"Dividends paid", "Repurchases of common stock",
                                           "Net cash provided by operating activities"}


def test_payouts_above_free_cash_flow_give_no(index):
    a = answer_question(f"Did {L} generate enough free cash flow in FY2024 to fund its dividends and share "
                        f"repurchases?", index)
    assert a is not None and not a.refused, a and a.text
    # 746.1 - 79.3 = 666.8 against 180.0 + 610.5 = 790.5
    assert a.text.startswith("No:") and "666.8" in a.text and "790.5" in a.text and "less than" in a.text, a.text


def test_dividends_alone(index):
    a = answer_question(f"Was {L}'s FY2025 free cash flow sufficient to cover its dividend payments?", index)
    assert a is not None and a.text.startswith("Yes:"), a and a.text
    assert "205.3" in a.text and "620" not in a.text and "4.31x" in a.text, a.text  # 885.5 / 205.3


def test_a_payout_with_no_row_gives_no_verdict():
    # Harbor Home Products prints "Dividends to shareholders" and "Treasury stock purchases"; drop the latter
    idx = page_index(["harbor"], tamper=lambda f: f if f.metric != "share_repurchases" else
                     type(f)(**{**f.__dict__, "metric": None}))
    a = answer_question("Was Harbor Home Products' free cash flow enough for its dividends and buybacks in FY2023?",
                        idx)
    assert a is not None and a.refused and a.text.startswith("No verdict"), a and a.text
    assert "2,248" in a.text and "share repurchases" in a.text, a.text  # 3,270 - 1,022; no row found


def test_the_filers_own_words_for_each_payout():
    a = answer_question("Was Harbor Home Products' free cash flow enough for its dividends and buybacks in FY2023?",
                        page_index(["harbor"]))
    # 3,270 - 1,022 = 2,248 against 1,618 + 600 = 2,218
    assert a is not None and a.text.startswith("Yes:") and "2,218" in a.text and "1.01x" in a.text, a and a.text


@pytest.mark.parametrize("question", [
    f"Was {L}'s free cash flow enough to cover dividends and share buybacks in fiscal 2025?",
    f"Did {L} generate enough free cash flow in FY2024 to fund its dividends and share repurchases?",
    f"What was {L}'s free cash flow in FY2024?",
])
def test_the_answer_passes_the_checks_on_pages_that_end_in_a_table_row(index, question):
    # the statement pages end with a row: the formula's results must not be read as one more row of that table
    from assistant.answer.checks import check_facts_answer
    from assistant.query.entities import company_aliases
    a = answer_question(question, index)
    docs = index.documents()
    checked = check_facts_answer(a, docs, company_aliases(docs), index.page_text)
    assert checked is not None and checked.verification.supported and checked.text == a.text, a.text


@pytest.mark.parametrize("question, head", [
    (f"Could {L} fund its FY2025 dividends and buybacks from free cash flow?", "Yes:"),
    # asked the other way round: "yes" means the payouts were not covered
    (f"Did {L}'s dividends and buybacks exceed its free cash flow in FY2024?", "Yes:"),  # 790.5 > 666.8
    (f"Did {L}'s dividends and buybacks exceed its free cash flow in FY2025?", "No:"),  # 825.3 < 885.5
    (f"Was {L}'s FY2025 free cash flow less than its dividends and share repurchases?", "No:"),
    (f"Did {L}'s FCF exceed its shareholder returns in fiscal 2024?", "No:"),
])
def test_coverage_asked_either_way_round(index, question, head):
    a = answer_question(question, index)
    assert a is not None and a.text.startswith(head), a and a.text


@pytest.mark.parametrize("label, buyback", [
    ("Common stock repurchased", True),
    ("Repurchase of common stock, including excise tax", True),
    ("Stock repurchased and retired", True),
    ("Repurchases of common stock for tax withholding", False),
    ("Repurchases of common stock related to employee stock awards", False),
    ("Shares repurchased for tax withholdings", False),
])
def test_buyback_rows_in_the_filers_words(label, buyback):
    from assistant.finance.registry import normalise_metric
    assert (normalise_metric(label, "cash_flow") == "share_repurchases") is buyback


def test_a_named_acquisition_beside_the_payouts_gives_no_verdict(index):
    a = answer_question(f"Was {L}'s free cash flow in fiscal 2025 enough to pay for its acquisition of a field "
                        f"analytics start-up, its dividends and its share buybacks?", index)
    assert a is not None and a.refused, a and a.text
    assert a.text.startswith("No verdict:"), a.text
    assert "acquisition" in a.text and "885.5" in a.text
    assert not a.text.startswith(("Yes", "No:"))


@pytest.mark.parametrize("question", [
    f"Did {L} pay less in dividends in FY2025 than its free cash flow?",
])
def test_a_payment_compared_with_another_figure_is_never_answered_by_the_payment_alone(index, question):
    """'Did it pay less in dividends than its free cash flow?' compares the payment with another figure: a "Yes" from
    the payment row alone could never fail, so the payment's level gets no verdict (or the comparison is made)."""
    a = answer_question(question, index)
    assert a is None or a.refused or not a.text.startswith(("Yes", "No")), a.text


@pytest.mark.parametrize("question", [
    f"Did {L} pay out more in dividends than it earned in FY2025?",
    f"In FY2025, did {L}'s dividend payments exceed its net income?",
    f"Did {L}'s cash dividends exceed its net income in fiscal 2025?",
    f"Was {L}'s net income in FY2025 less than the dividends it paid?",
])
def test_dividends_compared_with_net_income_state_both_figures_and_the_computed_verdict(index, question):
    """Two measures compared: both figures of the period, each cited to its statement row, their ratio, and the
    verdict computed from them (205.3 paid against 416.4 earned: No)."""
    c = judgement_in(question)
    assert c is not None and c.key == "dividends_over_earnings" and c.compared, c
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("No:"), a.text
    for figure in ("205.3", "416.4", "49.3%"):
        assert figure in a.text, (figure, a.text)
    assert {i.label for i in a.inputs} == {"Dividends paid", "Net income"}, a.inputs
    assert len({c.page for c in a.citations}) == 2  # the cash-flow statement and the income statement


def test_dividends_above_the_owners_net_income_answer_yes():
    from finance_filings import meta
    d = meta("TAMSIN_2025_10K", "Tamsin Mining, Inc.", 2025)
    income = """TAMSIN MINING, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Years Ended December 31, 2025 2024
Revenues $ 3,120 $ 3,480
Operating income 402 655
Net income 188 421
Less: Net income attributable to noncontrolling interests 12 15
Net income attributable to Tamsin Mining, Inc. 176 406
"""
    cash = """TAMSIN MINING, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Years Ended December 31, 2025 2024
Net income $ 188 $ 421
Net cash provided by operating activities 910 1,044
Dividends paid (185) (250)
Net cash used in financing activities (395) (402)
"""
    a = answer_question("Did Tamsin Mining pay out more in cash dividends than it earned in 2025?",
                        memory_index([(d, {61: income, 64: cash})]))
    assert a is not None and not a.refused and a.text.startswith("Yes:"), a and a.text
    # the dividends go to the company's own shareholders: set against the 176 attributable to them (185 / 176), not
    # the consolidated 188 (which would have said No)
    assert "185" in a.text and "176" in a.text and "105.1%" in a.text, a.text


# a loss year's statements (fictional miner): the dividend is paid out of a net loss
TAMSIN_INCOME = """TAMSIN MINING, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Years Ended December 31, 2025 2024
Revenues $ 3,120 $ 3,480
Operating income (loss) (402) 655
Net income (loss) (188) 421
"""
TAMSIN_CASH = """TAMSIN MINING, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Years Ended December 31, 2025 2024
Net income (loss) $ (188) $ 421
Net cash provided by operating activities 910 1,044
Purchases of property, plant and equipment (310) (295)
Dividends paid (185) (250)
Net cash used in financing activities (395) (402)
"""


def _tamsin():
    from finance_filings import meta
    return memory_index([(meta("TAMSIN_2025_10K", "Tamsin Mining, Inc.", 2025), {61: TAMSIN_INCOME, 64: TAMSIN_CASH})])


def test_dividends_paid_in_a_loss_year_were_more_than_it_earned():
    """A loss set against a payment: the payment is the larger (a negative payout ratio must never say "No")."""
    a = answer_question("Did Tamsin Mining's dividends exceed its net income in 2025?", _tamsin())
    assert a is not None and not a.refused and a.text.startswith("Yes:"), a and a.text
    assert "185" in a.text and "188" in a.text and "loss" in a.text, a.text


def test_a_dividend_paid_out_of_a_loss_is_never_sustainable_by_the_payout_test():
    """A payout's share of a negative base (dividends against a net loss) is beyond every threshold: the payout-ratio
    indicator of a sustainable dividend never reads a negative ratio as "at or below 100%"."""
    from assistant.query.judgements import CONVENTIONS, decide, indicates
    sustainable = next(c for c in CONVENTIONS if c.key == "dividend_sustainable")
    assert not indicates(sustainable.indicators[0], -98.4) and indicates(sustainable.indicators[0], 60.0)
    assert not decide(sustainable, -40.0) and decide(sustainable, 80.0)
    a = answer_question("Is Tamsin Mining's dividend sustainable based on its 2025 results?", _tamsin())
    assert a is None or not a.text.startswith("Yes"), a.text
