"""A question asking two kinds of things by name ("Which brands and businesses ...") answered by a list of only one kind
is a partial answer (answer/extract.py ``Extraction.kind_missing``). Sentences written for this test (a fictional
boat-building market note)."""

from __future__ import annotations

from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dboat", doc="boat_builders_2025", source="/r/boat_builders_2025.md",
               title="Leisure Boats: Builders and Brands 2025")  # fmt: skip
PAGE = ("# Who builds them\n\nHalvorsen Marine, whose brands include Seabright, Tidewater, Kestrel and Orca, remained the "
        "largest builder, with 31.4% of registrations of outboard boats in 2024.\n\nIts engine-servicing business, "
        "Halvorsen Power, held up better than its boat brands.\n")


def test_both_kinds_said_is_the_whole_answer():
    page = ("# Who builds them\n\nHalvorsen Marine's brands and businesses include Seabright, Tidewater, Kestrel and its "
            "engine-servicing arm Halvorsen Power.\n")
    ex = ask_one_page("Which brands and businesses does the note say belong to Halvorsen Marine?", page, NOTE)
    assert ex.answered and not ex.kind_missing


def test_the_kind_check_reads_the_picks():
    ex = ask_one_page("Which brands and businesses does the note say belong to Halvorsen Marine?",
                      PAGE.split("\n\nIts engine")[0] + "\n", NOTE)
    assert ex.answered and ex.kind_missing and ex.partial
    # one kind asked: the list is the answer
    ex = ask_one_page("Which brands does the note say belong to Halvorsen Marine?", PAGE.split("\n\nIts engine")[0] + "\n",
                      NOTE)
    assert ex.answered and not ex.kind_missing and not ex.partial
