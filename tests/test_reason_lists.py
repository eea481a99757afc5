"""Cause lists a report announces by counting (session 29): "Demand recovered for three reasons." states its own move,
so a place named by the sentence before it is no scope of it; a lead-in counting reasons behind a named drop in
bookings announces the sentences after it however many words say what the count is of. The report text and
questions are written for these tests (a fictional note on ferry bookings)."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dferry", doc="nordic_ferries_2025", source="/r/nordic_ferries_2025.pdf",
               title="European Ferries: Bookings and Fares, 2024-2025", doc_type="market report")  # fmt: skip

FERRIES = """1. Summary
European ferry lines sold 41.8 million passenger trips in 2025, 3.1% more than in 2024. Fares held back: new fast
craft in Germany, Denmark and Poland added seats in a year when lines still had spare
cabins. Bookings recovered for three reasons. Cruise passengers came back to the overnight routes after two weak
summers. Freight drivers, who ride with their trucks, travelled more as road haulage picked up. And the lines cut
their winter timetables less than in 2024.
"""


def test_a_cause_list_stating_its_own_move_takes_no_place_from_the_sentence_before():
    ex = ask_one_page("What drove the recovery in European ferry bookings in 2025?", FERRIES, META, 0.3)
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.text == "Bookings recovered for three reasons."
    assert len(pick.candidate.items) == 3 and pick.candidate.items[0].startswith("Cruise passengers came back")


def test_a_count_of_reasons_for_a_named_move_announces_the_sentences_after_it():
    page = FERRIES.replace("Bookings recovered for three reasons.", "The institute gives three reasons for the rise in bookings.")
    lists = [c for c in C.page_candidates(page) if c.kind == "list" and c.text.startswith("The institute gives")]
    assert len(lists) == 1 and len(lists[0].items) == 3 and lists[0].items[2].startswith("And the lines cut")
    # a count with more than five words after "for" announces nothing
    long = page.replace("for the rise in bookings.", "for the rise in bookings on the longest routes of all.")
    assert not [c for c in C.page_candidates(long) if c.kind == "list" and c.text.startswith("The institute gives")]


def test_a_counted_reasons_list_names_no_things_asked_by_which():
    page = FERRIES.replace("Bookings recovered for three reasons.", "The institute gives three reasons for the rise in bookings.")
    ex = ask_one_page("Which were the three largest ferry lines by bookings in 2025?", page, META, 0.3)
    assert all(s.candidate.kind != "list" or not s.candidate.text.startswith("The institute gives") for s in ex.ranked[0])
