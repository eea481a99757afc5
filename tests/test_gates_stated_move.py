"""A yes/no question asking a move ("gaining", "rising", "did it improve") is decided only by a sentence that states a
move (issue 10: a confident wrong answer is the worst outcome): a table's caption or a sentence saying most of the
question's other words but no move decides nothing; a stated rise or fall decides.

Every filer, sentence and question below is written for these tests (fictional markets and companies).
"""

from __future__ import annotations

from assistant.answer import gates as G
from assistant.answer.candidates import Candidate
from assistant.answer.question import read_question


def _verdict(question: str, sentence: str) -> str | None:
    asked = read_question(question)[0]
    c = Candidate(doc_id="d", doc="d", source="", page=1, start=0, end=len(sentence), text=sentence, kind="sentence")
    return G.verdict(asked, c)


Q_SHARE = "Are independent bicycle shops gaining share of Norwegian cycle retail sales?"


def test_a_caption_or_a_sentence_stating_no_move_gives_no_verdict_on_a_move():
    assert _verdict(Q_SHARE, "Share of Norwegian cycle retail sales by channel, 2024 and 2025 (%)") is None
    assert _verdict(Q_SHARE, "Independent bicycle shops sell most of the premium cycles in Norway, and their share "
                             "of retail sales is the largest of any channel.") is None
    assert _verdict("Did Quillfeather Outdoor's gross margin improve in 2025?",
                    "Quillfeather Outdoor's gross margin in 2025 reflected the mix of its tent and pack sales.") is None


def test_a_stated_rise_or_fall_still_decides():
    assert _verdict(Q_SHARE, "Independent bicycle shops' share of Norwegian cycle retail sales fell to 38% in 2025 "
                             "from 41% in 2024.") == "No"
    assert _verdict(Q_SHARE, "Independent bicycle shops gained share of Norwegian cycle retail sales again, rising "
                             "to 44% from 41%.") == "Yes"
    assert _verdict("Did Quillfeather Outdoor's gross margin improve in 2025?",
                    "Quillfeather Outdoor's gross margin improved to 36.2% in 2025 from 34.9%.") == "Yes"


def test_a_comparative_asks_no_move_so_the_move_rule_leaves_it_to_the_words():
    # "higher ... than" compares two things at one time: a sentence comparing them in other words may decide
    q = "Does Quillfeather Outdoor earn a higher margin on rentals than on equipment sales?"
    assert _verdict(q, "Quillfeather Outdoor earns a margin of 31% on rentals, well above the 12% it makes on "
                       "equipment sales.") is not None


def test_two_figures_set_side_by_side_are_left_to_the_words():
    # the move is in the figures ("36.2% ... compared with 34.9%"): no direction word needed for the words to decide
    q = "Has Quillfeather Outdoor's store-level margin risen over the last year, from 2024 to 2025?"
    assert _verdict(q, "Quillfeather Outdoor's store-level margin was 36.2% in fiscal 2025 compared with 34.9% in "
                       "fiscal 2024.") is not None


# -- session 33 (#11): the move asked of a measure is decided by that measure's move, never another measure's

def test_a_sentence_moving_only_other_measures_gives_no_verdict_on_the_asked_measures_move():
    # a sales move asked; the sentence moves prices and costs ("raised", "higher"), names the asked thing, not its sales
    assert _verdict("Did Easter egg sales grow in Britain in 2025?",
                    "Chocolatiers raised prices to recover the higher cost of cocoa in 2024 and 2025, and fewer "
                    "families bought the large hollow Easter eggs that used to fill the seasonal aisle.") is None
    # a volume move asked; the sentence moves a price and a margin
    assert _verdict("Have wallpaper volumes fallen in Germany?",
                    "Wallpaper mills lifted their list prices twice in 2025 and their margins widened as pulp "
                    "got cheaper.") is None
    # a revenue move asked, in other words; the sentence moves the cost of the thing and its price
    assert _verdict("Did hearing aid makers' revenue decline last year?",
                    "Hearing aid makers cut prices on entry models while the cost of chips and batteries rose.") is None


def test_the_asked_measures_own_move_or_a_sentence_naming_no_measure_still_decides():
    assert _verdict("Did Easter egg sales grow in Britain in 2025?",
                    "Easter egg sales in Britain rose 3% in 2025 as prices climbed.") == "Yes"
    assert _verdict("Have wallpaper volumes fallen in Germany?",
                    "Wallpaper volumes in Germany fell for a third year, by 4% in 2025.") == "Yes"
    # a cost may stand for a price asked (measure_families._COMPATIBLE)
    assert _verdict("Did hearing aid prices rise last year?",
                    "The cost of a fitted pair of hearing aids rose 6% last year.") == "Yes"
