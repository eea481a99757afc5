"""Session 29 (#11): a multi-part question answered with only some of its parts is never shown as the whole answer.

- a part asking a time ("..., and by when is the sale due to close?") is answered only by a sentence stating a
  time (``question.asks_time``, ``text.periods.states_time``, ``gates.prescore``);
- "what stake does it keep" asks the part held, a figure (``question._AMOUNT_Q``);
- a question listing the things it asks after a colon ("...: the costs, the cash portion of them, the price it got
  and the yearly savings?") is answered whole only when each is quoted: more sentences of the same passage are shown
  when they say the others; what none says is a part not found (``question.listed_items``, ``extract._listed_said``).

Every sentence and question below is written for these tests (fictional filers).
"""

from __future__ import annotations

from one_page import NearEmbedder
from test_extract_joint_parts import _ask

from assistant.answer.question import asks_time, listed_items, question_kind
from assistant.answer.render import PARTIAL_TEXT, render
from assistant.text.periods import states_time
from assistant.types import DocMeta

BRANWELL = DocMeta(doc_id="dbrw", doc="BRANWELL_2025_10K", source="/r/BRANWELL_2025_10K.pdf",
                   company="Branwell Instruments", doc_type="10-K", fiscal_year=2025)  # fmt: skip
OSTERLY = DocMeta(doc_id="dost", doc="OSTERLY_2026_10K", source="/r/OSTERLY_2026_10K.pdf",
                  company="Osterly Foods", doc_type="10-K", fiscal_year=2026)  # fmt: skip

SEPARATION = ("Planned separation of the Diagnostics business\n"
              "Branwell Instruments announced its plan to separate its Diagnostics business into an "
              "independent public company.\n"
              "Branwell Instruments may not complete the separation of the Diagnostics business as it expects, and "
              "the costs to complete the separation may exceed its estimates.\n"
              "Management now targets completing the spin-off before the close of its third fiscal quarter of 2026.\n")


# ---- a part asking a time --------------------------------------------------------------------------------------
def test_parts_asking_a_time_are_read():
    assert asks_time("and by when should the Diagnostics separation be finished")
    assert asks_time("In what year did Osterly enter the Mexican market")
    assert asks_time("when will the new line start shipping")
    assert not asks_time("what does Osterly expect to happen when rates fall")
    assert not asks_time("how much did it spend on the separation")


def test_time_stated_or_not():
    assert states_time("It expects to close the sale by year-end 2026.")
    assert states_time("The plant should start production within 18 months.")
    assert states_time("Closing is expected early next year.")
    assert states_time("The offering priced in March.")
    assert not states_time("The separation may cost more than anticipated.")
    assert not states_time("Osterly may not realize the benefits of the sale.")


def test_a_when_part_is_answered_by_the_sentence_stating_when():
    q = ("What did Branwell Instruments announce about its Diagnostics business, and by when should Branwell "
         "complete the separation of the Diagnostics business?")
    ex = _ask(q, SEPARATION, BRANWELL, NearEmbedder())
    assert len(ex.parts) == 2, ex.parts
    when = ex.picks[1]
    assert when is not None and "third fiscal quarter of 2026" in when.candidate.text, [r[:3] for r in ex.ranked]


def test_a_when_part_with_no_time_stated_is_not_found():
    page = ("Planned separation of the Diagnostics business\n"
            "Branwell Instruments announced its plan to separate its Diagnostics business into an independent public "
            "company.\n"
            "Branwell may not complete the separation of the Diagnostics business, and the separation may cost more "
            "than anticipated.\n")
    q = ("What did Branwell Instruments announce about its Diagnostics business, and by when should Branwell "
         "complete the separation of the Diagnostics business?")
    ex = _ask(q, page, BRANWELL, NearEmbedder())
    assert ex.picks[1] is None, ex.picks[1]
    # the first part is answered, the "by when" part named as not found: a partial answer
    assert ex.answered and ex.partial, (ex.answered, ex.partial)
    assert ex.picks[0] is not None and "announced its plan" in ex.picks[0].candidate.text


def test_a_stake_kept_is_a_figure_asked():
    assert question_kind("What stake does Branwell expect to keep in the Diagnostics business after the separation?") \
        == "amount"
    assert question_kind("What ownership interest will Osterly hold in the venture?") == "amount"


# ---- the things a question lists after a colon ----------------------------------------------------------------
def test_listed_items_are_read():
    lead, items = listed_items("What were the results of Osterly's bakery exit: the write-downs, the cash part, the "
                               "sale price and the expected annual savings?")
    assert lead == "What were the results of Osterly's bakery exit"
    assert items == ["the write-downs", "the cash part", "the sale price", "the expected annual savings"]
    assert listed_items("Osterly Foods closed a bakery in 2025: what did it record?") == ("", [])
    assert listed_items("What did it say about its plans: that it would expand?") == ("", [])


EXIT = ("Bakery exit\n"
        "In fiscal 2025 we closed our Dayton bakery and moved its output to our Akron and Toledo plants.\n"
        "We recorded bakery exit costs of $8.6 million in fiscal 2025, of which $5.1 million was non-cash equipment "
        "write-offs and the rest severance.\n"
        "Net sales in fiscal 2026 grew 4% on higher volume.\n"
        "In January 2026 we sold the Dayton bakery for $6.3 million.\n"
        "We expect the exit to save about $7 million a year.\n")


def test_each_listed_thing_is_quoted_from_the_same_passage():
    q = ("What were the financial effects of Osterly's Dayton bakery exit: the costs, their non-cash part, the sale "
         "proceeds and the expected savings?")
    ex = _ask(q, EXIT, OSTERLY, NearEmbedder())
    assert ex.answered and not ex.partial, (ex.parts, ex.picks)
    shown = " ".join(s.candidate.text for k, p in enumerate(ex.picks) if p is not None for s in [p, *ex.others[k]])
    for figure in ("$8.6 million", "$5.1 million", "$6.3 million", "$7 million"):
        assert figure in shown, shown
    assert "grew 4%" not in shown  # a sentence of the page saying none of the listed things is not brought in


def test_a_listed_thing_no_sentence_says_is_a_part_not_found():
    page = EXIT.replace("We expect the exit to save about $7 million a year.\n", "")
    q = ("What were the financial effects of Osterly's Dayton bakery exit: the costs, their non-cash part, the sale "
         "proceeds and the expected savings?")
    ex = _ask(q, page, OSTERLY, NearEmbedder())
    assert ex.partial
    text, _, _ = render(ex)
    assert text.startswith(PARTIAL_TEXT)
    assert "Not in the indexed reports: What were the financial effects of Osterly's Dayton bakery exit: the expected " \
           "savings?" in text, text


# ---- both sides of "how much of it is A as opposed to B" ------------------------------------------------------
PLAN = ("Capital plan\n"
        "Harlow Water expects to invest between $6 billion and $7 billion over the next five years.\n"
        "Of that, capital investment in regulated pipe and plant replacement is expected to be between $5 billion and "
        "$5.5 billion over the next five years.\n")
HARLOW = DocMeta(doc_id="dhar", doc="HARLOWWATER_2025_10K", source="/r/HARLOWWATER_2025_10K.pdf",
                 company="Harlow Water", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def test_how_much_of_it_goes_to_one_side_as_opposed_to_another_asks_both():
    from assistant.answer.scoring import compared_sides

    assert compared_sides("What is Harlow Water's five-year investment plan, and how much of the plan goes to "
                          "regulated plant replacement rather than acquisitions?") == ("regulated", "acquisitions")
    assert compared_sides("How much of it is spent on pipe replacement?") is None


def test_one_side_quoted_is_no_answer_to_both():
    q = ("What is Harlow Water's five-year investment plan, and how much of the plan goes to regulated plant "
         "replacement rather than acquisitions?")
    ex = _ask(q, PLAN, HARLOW, NearEmbedder())
    assert ex.answered and ex.side_missing  # the answerer declines rather than show one side for both


# ---- a sentence listing several items across a defined term's parentheses ---------------------------------------
def test_a_sentence_goes_on_after_a_defined_terms_parentheses():
    from assistant.text.sentences import sentence_spans

    page = ("Other income\n"
            "The $88 million net gain from divestitures in 2025 was made up of a $61 million gain on the sale of "
            "Pellworth Mills Ltd. (“Pellworth”)\n"
            "(the “Pellworth Sale”), a $38 million gain on the sale of its Nordic snacks brand, and an $11 million "
            "loss on a planned sale of a subsidiary.\n"
            "The effective tax rate was 24.0% in 2025.\n")
    spans = [page[a:b] for a, b in sentence_spans(page, split_lines=False)]
    whole = next(s for s in spans if "$88 million" in s)
    assert "$38 million" in whole and "$11 million loss" in whole, spans
    assert not any(s.startswith("(the “Pellworth Sale”)") for s in spans)
    # a unit line or an item marker after a closing parenthesis stays a line of its own
    rows = "Revenue by segment (in millions)\n(a) Includes the Nordic snacks brand until its sale.\n"
    assert len(sentence_spans(rows, split_lines=False)) == 2


# ---- a figure answer from statement rows leaving a part out -----------------------------------------------------
from assistant.answer.answerer import _parts_left  # noqa: E402
from assistant.answer.measures_joined import adjusted_left, explanation_left, multiple_left  # noqa: E402
from assistant.types import Answer  # noqa: E402

GROWTH = Answer(question="", mode="calc",
                text=("Osterly Foods' diluted earnings per share changed by +$0.62 per share (+24.8%) from FY2025 to "
                      "FY2026: from $2.50 per share [1] to $3.12 per share [2]."))


def test_the_filers_own_measure_beside_the_reported_one_is_a_part_left():
    q = ("By what percentage did Osterly Foods' GAAP earnings per diluted share and its adjusted diluted EPS rise over fiscal 2026? "
         "Round to one decimal place.")
    assert adjusted_left(q, GROWTH) == "its adjusted diluted EPS"
    got = _parts_left(q, GROWTH)
    assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT), got.text
    assert "+24.8%" in got.text and "Not in the indexed reports: Its adjusted diluted EPS?" in got.text
    # the adjusted figure stated: nothing left; the adjusted measure asked alone is no part beside a reported one
    assert adjusted_left(q, Answer(question="", text=GROWTH.text + " Adjusted diluted EPS rose 9.1%.")) is None
    assert adjusted_left("What was Osterly Foods' adjusted EBITDA margin in fiscal 2026?", GROWTH) is None


def test_an_explanation_an_instruction_asks_for_is_a_part_left():
    q = ("By what percentage did Osterly Foods' diluted EPS and its net income grow in fiscal 2026? Round to one "
         "decimal place and explain the gap between those two rates.")
    assert explanation_left(q, GROWTH) == "explain the gap between those two rates"
    assert "Not in the indexed reports: Explain the gap between those two rates?" in _parts_left(q, GROWTH).text
    reasoned = Answer(question="", text=GROWTH.text + " The filing gives the reason: “Share repurchases lowered the "
                                                      "diluted share count.” [3].")
    assert explanation_left(q, reasoned) is None
    # a conditional caveat ("if it is not meaningful, say so and explain why") asks no reason of a figure answered
    assert explanation_left("What was Osterly's current ratio in fiscal 2026? If the ratio is not meaningful for "
                            "it, then say so and explain why.", GROWTH) is None


def test_a_multiple_asked_and_only_its_denominator_computed_is_a_part_left():
    ebitda = Answer(question="", mode="calc",
                    text=("Osterly Foods' EBITDA for FY2026 was $96,400 thousand [1][2]. Formula: EBITDA = operating "
                          "income + depreciation and amortization; 71,300 + 25,100 = 96,400 [1][2]."))
    q = ("Using total debt less cash, what was Osterly's net debt on the last day of fiscal 2026, and which multiple of "
         "its fiscal 2026 EBITDA (earnings from operations with D&A added back) was that?")
    assert multiple_left(q, ebitda) == ("which multiple of its fiscal 2026 EBITDA (earnings from operations with D&A "
                                        "added back) was that")
    got = _parts_left(q, ebitda)
    assert got.mode == "fallback" and "Not in the indexed reports: Which multiple of its fiscal 2026 EBITDA" in got.text
    stated = Answer(question="", text=ebitda.text + " Net debt was $251.0 million, 2.60x EBITDA.")
    assert multiple_left(q, stated) is None
    # a ratio computed, however the answer writes it, is the multiple asked
    turns = Answer(question="", mode="calc", text=("Osterly Foods' inventory turnover for FY2026 was 7.4 [1][2]. Formula: "
                                                   "cost of sales / average inventory; 512.0 / 69.2 = 7.4 [1][2]."))
    assert multiple_left("What was Osterly's inventory turnover in fiscal 2026, and what multiple of its average "
                         "inventory were its cost of sales?", turns) is None
    # "how many times" also counts events: no multiple asked
    assert multiple_left("How many times did Osterly's board meet in fiscal 2026, and what did it approve?", ebitda) is None


# ---- the rest of a year implied by a full-year outlook and the results so far -----------------------------------
def test_an_implied_fourth_quarter_is_a_computed_figure_no_input_quote_states():
    from assistant.query.intent import asks_computed, states_computed

    q = ("What fourth-quarter 2026 sales and adjusted EBITDA does the midpoint of Osterly's raised full-year outlook "
         "imply, given its results for the first nine months?")
    assert asks_computed(q) == "remainder"
    nine_months = "Over the nine months to September 30, net sales were $712.4 million and adjusted EBITDA $96.0 million."
    assert not states_computed("remainder", nine_months)
    assert states_computed("remainder", "The outlook implies fourth-quarter net sales of about $250 million.")
    # a quarter's own outlook states its figure outright; a rate implied by a forecast's two ends is no rest of a year
    assert asks_computed("What Q4 sales does Osterly's fourth-quarter outlook imply at its midpoint?") is None
    assert asks_computed("What will the market be worth in 2030, and what yearly rate of growth is implied?") is None
