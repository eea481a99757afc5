"""Reasons and lists stated over several sentences or inline after a lead-in (answer/prose_reasons.py) and the
extractive answers that use them (answer/extract.py hooks).

Every sentence below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import extract as X
from assistant.answer import render as XR
from assistant.answer import prose_reasons as R
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dbarge", doc="river_barges_2025", source="/r/river_barges_2025.md",
               title="River Barge Freight Review 2025")  # fmt: skip
FILING = DocMeta(doc_id="dnw", doc="NORTHWIND_2024_10K", source="/r/NORTHWIND_2024_10K.md", company="Northwind Pumps",
                 doc_type="10-K", fiscal_year=2024)  # fmt: skip


def _ask(question: str, page: str, meta: DocMeta = META, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, meta, threshold)


# ------------------------------------------------------------------------------------------ the rules


def test_an_effect_with_the_sentences_explaining_it():
    items = R.explained_effect(
        "Barges carried less grain in 2024 than a year before.",
        ["Low water on the upper river cut the load each barge could take.",
         "Farmers also held back sales while prices were weak.",
         "Finally, two locks closed for repairs in the autumn."])  # fmt: skip
    assert len(items) == 3 and items[1].startswith("Farmers also")


def test_no_effect_list_without_a_change_stated_with_a_cause_of_its_own_or_without_causes_after_it():
    after = ["Low water cut the load each barge could take.", "Farmers also held back sales."]
    assert R.explained_effect("The river is the main route for grain exports.", after) == ()  # no change stated
    assert R.explained_effect("Volumes fell in 2024 because of low water.", after) == ()  # its own cause
    plain = ["The fleet numbered 3,100 barges.", "Most are owned by four operators."]
    assert R.explained_effect("Volumes fell in 2024.", plain) == ()  # figures after it, not causes
    assert R.explained_effect("Volumes fell in 2024.", after[:1]) == ()  # one sentence is not a list


def test_inline_items_after_a_lead_in():
    assert R.inline_items("The main risks to the forecast are low water, weaker grain exports and higher fuel costs.") == (
        "The main risks to the forecast are", ("low water", "weaker grain exports", "higher fuel costs"))
    assert R.inline_items("Freight rates depend on water levels, fuel prices and the grain harvest.")[1] == (
        "water levels", "fuel prices", "the grain harvest")
    assert R.inline_items("Barges are used mainly by grain and coal shippers.") is None  # a passive, not a list
    assert R.inline_items("Revenue was $5 million and costs were $3 million.") is None


def test_what_something_depends_on_is_a_list_question():
    for q in ("What does demand for barge freight depend on?", "What determines barge freight rates?",
              "Which factors drive barge freight rates?"):  # fmt: skip
        assert R.asks_determinants(q) and Q.question_kind(q) == "list", q
    assert not R.asks_determinants("What does Northwind sell?")


def test_the_measure_explained_must_be_the_measure_asked():
    assert R.asked_measure("What caused the Pumps segment's net sales to fall?") == {"sales"}
    said = R.explained_measure("Gross margin was 31.0%, reflecting lower absorption.", 20)
    assert said == {"gross margin"} and not R.same_measure({"sales"}, said)
    assert R.explained_measure("The decrease was due to lower volumes.", 17, before="Pumps net sales fell 9%.") == {"sales"}
    assert R.same_measure({"margin"}, {"net interest margin"})
    assert not R.same_measure({"net income"}, {"net interest income"})


# ------------------------------------------------------------------------------------------ the answers

REPORT = """## Volumes

Barges carried less grain in 2024 than a year before. Low water on the upper river cut the load each barge
could take. Farmers also held back sales while prices were weak. Finally, two locks closed for repairs in the
autumn.

The fleet numbered 3,100 barges at the end of 2024.

## Outlook

The main risks to the forecast are low water, weaker grain exports and higher fuel costs.

Freight rates depend on three things:
- water levels on the upper river;
- fuel prices;
- the size of the grain harvest.
"""


def test_a_reason_question_is_answered_by_the_effect_and_the_sentences_explaining_it():
    ex = _ask("Why did barges carry less grain in 2024 than a year before?", REPORT)
    c = ex.picks[0].candidate
    assert c.form == "effect" and c.text.startswith("Barges carried less grain")
    assert [i.split()[0] for i in c.items] == ["Low", "Farmers", "Finally,"]
    text = XR.render(ex, lambda d, p: REPORT)[0]
    assert "- Farmers also held back sales while prices were weak." in text


def test_an_effect_that_does_not_restate_the_question_is_no_reason():
    ex = _ask("Why did freight rates rise in 2024?", REPORT)
    assert ex.picks[0] is None or ex.picks[0].candidate.form != "effect"


def test_an_inline_list_answers_a_list_question():
    ex = _ask("What are the main risks to the forecast for barge freight?", REPORT)
    c = ex.picks[0].candidate
    assert c.kind == "list" and c.items == ("low water", "weaker grain exports", "higher fuel costs")


def test_a_determinants_question_is_answered_by_the_bulleted_list():
    ex = _ask("What do barge freight rates depend on?", REPORT)
    c = ex.picks[0].candidate
    assert c.text == "Freight rates depend on three things:" and len(c.items) == 3


def test_a_list_whose_lead_in_restates_the_question_passes_a_little_under_the_threshold():
    ex = _ask("What are the main risks to the forecast for barge freight?", REPORT, threshold=0.99)
    assert ex.picks[0] is None  # far under it: declined
    ex = _ask("What are the main risks to the forecast for barge freight?", REPORT)
    best = ex.picks[0]
    near = _ask("What are the main risks to the forecast for barge freight?", REPORT, threshold=best.score + 0.05)
    assert near.picks[0] is not None and near.picks[0].candidate.items == best.candidate.items
    # a word of the question that neither the lead-in, its heading nor the report's title says: no rescue
    other = _ask("What are the main risks to the forecast for rail freight?", REPORT, threshold=best.score + 0.05)
    assert other.picks[0] is None or "rail" in other.picks[0].candidate.body.lower()


MDNA = """Item 7. Management's Discussion and Analysis

Pumps segment net sales decreased 9% to $640 million in fiscal 2024. The decrease was primarily due to lower
volumes from municipal customers and the sale of the irrigation product line.

Gross margin was 31.0% in fiscal 2024 compared with 32.4% in fiscal 2023, reflecting lower absorption in the
Pumps segment.
"""


def test_a_segment_sales_question_is_answered_by_the_sentence_explaining_the_decrease_not_the_margin():
    ex = _ask("What caused Northwind Pumps' Pumps segment net sales to fall in fiscal 2024?", MDNA, FILING)
    # the cause sentence, alone or after the decrease it explains
    assert "The decrease was primarily due to lower volumes" in ex.picks[0].candidate.body
    margin = next(c for c in C.page_candidates(MDNA, meta=FILING) if c.text.startswith("Gross margin"))
    asked = Q.read_question("What caused the Pumps segment net sales to fall in fiscal 2024?")[0]
    assert S.type_score(asked, margin, asked.text) == 0.0


def test_an_effect_with_one_sentence_stating_its_cause():
    assert R.explained_effect("Utilisation stopped improving in the second half of 2024.",
                              ["This was because new terminals opened faster than volumes grew.",
                               "The fleet numbered 3,100 barges."]) == ("This was because new terminals opened faster than volumes grew.",)  # fmt: skip
    assert R.explained_effect("Utilisation stopped improving in 2024.", ["The fleet numbered 3,100 barges."]) == ()


def test_a_determinants_question_names_no_kind_a_list_must_repeat():
    lead = C.page_candidates("Freight rates move with three things:\n- water levels;\n- fuel prices;\n- the harvest.\n")[0]
    asked = Q.read_question("What determines barge freight rates?")[0]
    assert lead.kind == "list" and S.type_score(asked, lead, asked.text) == 1.0


def test_a_heading_with_bullets_under_it_is_one_list():
    page = "Barge freight outlook\n\nRisks to the forecast\n- low water on the upper river\n- weaker grain exports\n- higher fuel costs\n"
    lists = [c for c in C.page_candidates(page) if c.kind == "list"]
    assert len(lists) == 1 and lists[0].text == "Risks to the forecast" and len(lists[0].items) == 3


OUTLOOK = """## Outlook for barge freight

Three risks stand out:
- low water on the upper river;
- weaker grain exports;
- higher fuel costs.
"""


def test_a_list_whose_lead_in_names_the_kind_asked_in_a_section_on_the_topic():
    ex = _ask("What are the main risks to the outlook for barge freight?", OUTLOOK)
    best = ex.picks[0]
    assert best is not None and best.candidate.text == "Three risks stand out:"
    near = _ask("What are the main risks to the outlook for barge freight?", OUTLOOK, threshold=best.score + 0.05)
    assert near.picks[0] is not None
    # a word of the question said nowhere around the list ("rail"): no rescue
    other = _ask("What are the main risks to the outlook for rail freight?", OUTLOOK, threshold=best.score + 0.05)
    assert other.picks[0] is None


def test_main_before_the_kind_asked_ranks_nothing_but_biggest_does():
    assert R.without_generic("What are the main risks to the forecast?") == "What are the risks to the forecast?"
    assert R.without_generic("What are the biggest operators?") == "What are the biggest operators?"
    assert R.asked_noun("What are the main risks to the forecast?") == "risks"


# session 25 (#11): a sentence giving its cause only in general words, and the sentences after it naming the particulars
_CHARTER = ("4. Rates\n"
            "Charter rates fell for a second year because capacity grew faster than cargo. Yards in Korea and China "
            "delivered a record number of the vessels ordered during the boom, and owners kept older ships sailing "
            "instead of scrapping them. Rates bottomed in the third quarter of 2024; by December the index was back at "
            "1,420 points.\n")


def test_a_general_cause_is_spelled_out_by_the_particular_sentences_after_it():
    s = "Charter rates fell for a second year because capacity grew faster than cargo."
    yards = ("Yards in Korea and China delivered a record number of the vessels ordered during the boom, and owners "
             "kept older ships sailing instead of scrapping them.")
    bottom = "Rates bottomed in the third quarter of 2024; by December the index was back at 1,420 points."
    assert R.spelled_out_cause(s, [yards, bottom]) == (yards,)  # the rates spoken of again: a new finding ends it
    # a cause that names its particulars itself is the reason given: nothing after it is read
    own = "Charter rates fell for a second year because yards in Korea delivered 212 new vessels."
    assert R.spelled_out_cause(own, [yards]) == ()
    # a sentence after it naming nothing particular does not spell the cause out
    vague = "Owners were slow to react and kept their older ships sailing instead of scrapping them."
    assert R.spelled_out_cause(s, [vague]) == ()
    assert R.spelled_out_cause("Capacity grew faster than cargo in 2024.", [yards]) == ()  # no cause given


def test_a_reason_question_gets_the_sentences_spelling_out_a_general_cause():
    ex = _ask("Why did charter rates fall in 2024?", _CHARTER)
    c = ex.picks[0].candidate
    assert c.text.startswith("Charter rates fell") and c.form == "effect"
    assert len(c.items) == 1 and c.items[0].startswith("Yards in Korea and China")
    shown = XR.render(ex, lambda d, p: _CHARTER)[0]
    assert "Yards in Korea and China" in shown and "1,420" not in shown


def test_an_effect_counting_its_causes_takes_exactly_that_many_sentences():
    # session 28: "for three reasons" and a third sentence opening with "And" was dropped as no cause
    after = ["Diesel for the boats cost a fifth more than in 2023, which pushed the operators to raise peak fares.",
             "A new crew agreement lifted wages by 6% from April.",
             "And the Lindqvist line retired two of its oldest boats, leaving fewer seats at rush hour."]
    items = R.explained_effect("Ferry fares on the lake rose for three reasons, the harbour council says.", after)
    assert len(items) == 3 and items[2].startswith("And the Lindqvist line")
    # a paragraph holding fewer sentences than the count makes no list (a list short of its count is no answer)
    assert R.explained_effect("Ferry fares on the lake rose for three reasons, the harbour council says.", after[:2]) == ()
    # more sentences than the count: only the counted ones
    assert len(R.explained_effect("Fares rose for two reasons.", after)) == 2


def test_a_counted_reasons_answer_shows_every_reason():
    page = ("# Lake ferries\n\nFerry fares on the lake rose 9% in 2024, to EUR 4.80 a trip.\n\nFerry fares on the lake rose for "
            "three reasons, the harbour council says. Diesel for the boats cost a fifth more than in 2023, which pushed "
            "the operators to raise peak fares. A new crew agreement lifted wages by 6% from April. And the Lindqvist "
            "line retired two of its oldest boats, leaving fewer seats at rush hour.\n\nRidership held steady at 11.2 "
            "million trips.\n")
    ex = _ask("Why did ferry fares on the lake rise in 2024?", page)
    text = XR.render(ex, lambda d, n: page)[0] if ex.answered else ""
    assert "Lindqvist line retired" in text and "crew agreement" in text
    # the count's sentence states no figure of the move: the section's sentence stating it leads (reason_leads)
    assert text.index("EUR 4.80") < text.index("three reasons")


def test_a_counted_effect_stating_no_figure_is_led_by_the_move():
    # session 28: the change read with its counted causes (form "effect") states no figure itself ("Fares rose for
    # three reasons"): the section's sentence stating the move with figures leads it, as for any figureless reason
    from assistant.answer import pickers as P
    from assistant.answer.gates import Scored
    page = ("# Lake ferries\n\nFerry fares on the lake rose 9% in 2024, to EUR 4.80 a trip.\n\nFerry fares on the lake "
            "rose for three reasons, the harbour council says. Diesel for the boats cost a fifth more than in 2023. A new "
            "crew agreement lifted wages by 6% from April. And the Lindqvist line retired two of its oldest boats.\n")
    cands = C.page_candidates(page, doc_id=META.doc_id, doc=META.doc, source=META.source, meta=META)
    effect = next(c for c in cands if c.kind == "list" and c.form == "effect")
    asked = Q.read_question("Why did ferry fares on the lake rise in 2024?")[0]
    led = P._stated_effect(asked, Scored(effect, 0.6, {}), cands, lambda d, n: page)
    assert led is not None and led.candidate.text.startswith("Ferry fares on the lake rose 9%")
