"""Two parts that only figures answer (#10, session 28): "did A grow faster or slower than B" is answered by both
growth rates, and "X as originally reported and as revised" by both figures; a sentence saying only which grew more,
or stating one of the two versions, answers no such part: the part is said not to be found (the whole question is
then a partial answer, never a confident one). Fictional filers and sentences written for these tests (a lawn-care
franchisor's quarterly release, a cold-storage operator's release)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.types import DocMeta
from one_page import ask_company_page

FERN = DocMeta(doc_id="fernq3", doc="fernhollow_q3_2026_release", source="/r/fernhollow_q3_2026_release.md",
               company="Fernhollow Lawn Co.", fiscal_year=2026, period="Q3 2026", doc_type="earnings release")

PACE_WORDS = """Third quarter 2026 highlights

Fernhollow's revenues were $214.6 million in the third quarter of 2026. Operating income grew less than revenues in
the third quarter of 2026 because of higher franchise support costs and a larger marketing fund contribution.
"""

PACE_FIGURES = """Third quarter 2026 highlights

Fernhollow's revenues were $214.6 million in the third quarter of 2026. Operating income grew 4.1% and revenues grew
8.3% in the third quarter of 2026 because of higher franchise support costs and a larger marketing fund contribution.
"""

VERSION_ONE = """Change in presentation

Beginning in 2026 the Company reports warehouse labor in cost of storage revenue. As previously reported, cost of
storage revenue was $88,412 thousand for the third quarter of 2025. The change did not affect operating income.
"""

VERSION_BOTH = """Change in presentation

Beginning in 2026 the Company reports warehouse labor in cost of storage revenue. Cost of storage revenue for the
third quarter of 2025 was $88,412 thousand as previously reported and $91,077 thousand as revised.
"""


def test_the_wordings_are_read():
    assert Q.asks_pace_against("did Fernhollow's operating profit climb faster or slower than its service fees")
    assert Q.asks_pace_against("did its margin expand more slowly or faster than peers'")
    assert not Q.asks_pace_against("did Fernhollow's operating income grow faster than its revenues")
    assert not Q.asks_pace_against("did sales grow faster or slower in 2026")  # two periods, no other measure
    assert Q.asks_both_versions("what was Q3 2025 cost of storage revenue as originally reported and as revised")
    assert Q.asks_both_versions("what was the figure before and after the restatement")
    assert not Q.asks_both_versions("what was Q3 2025 cost of storage revenue as revised")


def test_a_pace_part_is_not_answered_by_a_sentence_without_both_rates():
    q = "In Q3 2026, did Fernhollow's operating profit climb faster or slower than its service fees, and why?"
    ex = ask_company_page(q, PACE_WORDS, FERN, "Fernhollow", threshold=0.2)
    assert ex.picks[0] is None, ex.picks[0]
    ex = ask_company_page(q, PACE_FIGURES, FERN, "Fernhollow", threshold=0.2)
    assert ex.picks[0] is not None and "4.1%" in ex.picks[0].candidate.text, ex.picks


def test_a_part_asking_both_versions_is_not_answered_by_one():
    q = ("What did Fernhollow change in its presentation, and what was third-quarter 2025 cost of storage revenue as "
         "originally reported and as revised?")
    ex = ask_company_page(q, VERSION_ONE, FERN, "Fernhollow", threshold=0.2)
    assert ex.picks[1] is None, ex.picks[1]
    ex = ask_company_page(q, VERSION_BOTH, FERN, "Fernhollow", threshold=0.2)
    assert ex.picks[1] is not None and "91,077" in ex.picks[1].candidate.text, ex.picks
