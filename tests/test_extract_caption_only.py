"""A title line (a table's caption, a section's heading) picked for a part states nothing and is no answer
(``extract.Extraction.caption_only``, session 27): the answerer declines rather than quote a caption."""

from assistant.answer.candidates import Candidate
from assistant.answer.extract import Extraction, _is_caption


def _cand(text, kind="sentence", items=()):
    return Candidate(doc_id="d", doc="d", source="d.pdf", page=2, start=0, end=len(text), text=text, kind=kind,
                     items=tuple(items))


class _P:
    def __init__(self, c):
        self.candidate = c
        self.score = 0.9


def _ex(question, cand):
    return Extraction(question=question, parts=[], picks=[_P(cand)], verdicts=[None], ranked=[[]])


def test_captions_and_headings_are_title_lines():
    assert _is_caption(_cand("Crop protection sales by country and product class, 2025 and 2026"))
    assert _is_caption(_cand("Quoted seed makers: net sales and adjusted EBITDA"))
    assert _is_caption(_cand("Outlook for pet food volumes"))


def test_sentences_figures_and_lists_are_not_title_lines():
    # a sentence end, a figure other than a year, a list's items or a table row each say something
    assert not _is_caption(_cand("Growers cut their spending on fungicides in 2026."))
    assert not _is_caption(_cand("Fungicide sales fell 4.2% to EUR 3,100 million"))
    assert not _is_caption(_cand("Seed makers named three causes:", kind="list", items=("weather", "prices")))
    assert not _is_caption(_cand("Herbicides 2,410 2,530", kind="row"))
    assert not _is_caption(_cand("Why did growers cut their spending on fungicides in the dry summer of 2026?"))


def test_an_extraction_answered_by_a_caption_is_no_answer():
    q = "How did herbicide volumes compare with herbicide sales in value in 2026?"
    assert _ex(q, _cand("Crop protection sales by country and product class, 2025 and 2026")).caption_only
    assert not _ex(q, _cand("Herbicide volumes fell 3.0% in 2026 while sales rose 2.4% in value.")).caption_only


# ------------------------------------------------------------------ a share never shown as another percentage
from assistant.types import DocMeta  # noqa: E402
from one_page import ask_one_page, part_figures  # noqa: E402

_META = DocMeta(doc_id="feed_additives_2026", doc="feed_additives_2026", source="feed_additives_2026.pdf")

_GROWTH_PAGE = ("Feed additives for pigs and poultry grew 8.5% in 2025, against 1.2% for additives for cattle and sheep, "
                "and pig and poultry farms now buy over half of all feed additives.")
_SHARE_Q = "What share of world feed additive sales came from pig and poultry farms in 2025?"


def test_a_share_question_is_not_answered_by_growth_rates():
    # every percentage of the sentence is a growth rate: no share is stated, the part stays open (session 27)
    ex = ask_one_page(_SHARE_Q, _GROWTH_PAGE, _META)
    assert part_figures(ex) == [None]


def test_a_stated_share_still_answers():
    page = _GROWTH_PAGE + " Pig and poultry farms bought 56.4% of world feed additive sales in 2025."
    ex = ask_one_page(_SHARE_Q, page, _META)
    assert ex.answered and "56.4%" in (part_figures(ex)[0] or "")


# ------------------------------------------------------------------ a ranking by a ratio names the ratio
from assistant.answer.question import read_question  # noqa: E402
from assistant.answer.scoring import ranks_members  # noqa: E402

_RANK_Q = "Of the three quoted pet-food makers, which earned the highest net margin last year?"


def test_a_leader_by_size_does_not_rank_a_margin():
    # "by a wide margin" says how far a leader leads, and the largest maker is ranked by size, not by net margin
    asked = read_question(_RANK_Q)[0]
    assert not ranks_members(asked, _cand("Purina Foods remains the biggest pet-food maker in the region by a wide "
                                          "margin, and its tonnage rose 2.1% in the year."))
    assert not ranks_members(asked, _cand("Kibble Co is the largest pet-food maker and Chewy Bits the smallest."))


def test_a_sentence_ranking_by_the_margin_still_ranks():
    asked = read_question(_RANK_Q)[0]
    assert ranks_members(asked, _cand("Kibble Co earned the highest net margin of the three, 6.2%, against 4.0% at "
                                      "Purina Foods and 3.1% at Chewy Bits."))
    # a ranking by size asked is untouched
    size = read_question("Which of the three listed pet-food makers is the largest by sales?")[0]
    assert ranks_members(size, _cand("Kibble Co is the largest pet-food maker and Chewy Bits the smallest."))
