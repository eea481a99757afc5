"""A share asked of a company's people ("what percentage of its employees were unionized", "how many people ..., and
what percentage of them ...") is answered by a percentage stated of its headcount, whatever the filer's words for
the state (answer/prose_ties.py ``_tie``, answer/asked_shares.py ``state_words``; the share guard
extract._no_share_stated reads them).

General rules (session 28): a share asked of a counted whole ("the total number of employees", "how many ...,
and what percentage of them") is a percentage, never kept out by the count's "never a percentage" rule; a state
said in another filer's phrasing ("represented by unions", "covered by collective bargaining agreements", "union
members") is the same state. The guard still declines a sentence whose only percentage is another state's or a
growth rate.

Every sentence and question below is written for these tests (fictional companies).
"""

from __future__ import annotations

from assistant.answer import asked_measures
from assistant.answer import asked_shares
from assistant.answer import prose_ties as T
from types import SimpleNamespace

from assistant.answer import extract as X
from assistant.answer.candidates import Candidate
from assistant.answer.gates import Scored

UNION_SENTENCES = (
    "As of December 31, 2025, Brightwater Foods employed approximately 21,300 people in 14 countries, and "
    "approximately 41% of our workforce was represented by unions.",
    "At fiscal year end we had 8,150 full-time and 2,400 part-time associates; approximately 27% of our associates "
    "were covered by collective bargaining agreements.",
    "About 12% of our team members in Canada belong to a labor union.",
    "Unions represent roughly 33% of our employees at the Lakeview and Granton plants.",
)

COUNTED_SHARE_QUESTIONS = (
    "What percentage of the total number of employees at Brightwater Foods were unionized in 2025?",
    "How many people did Kestrel Logistics employ, and what percentage of them were union members?",
    "What share of Orlen Tool's number of full-time employees is covered by collective bargaining agreements?",
    "What proportion of the number of workers at Halvard Mills is represented by a trade union?",
)


def _share(question: str, text: str) -> bool:
    asked = asked_measures.asked_measure(question)
    assert asked is not None and asked.form == "share", question
    return T.may_state_share(asked, text)


def test_a_share_of_a_counted_whole_is_a_percentage_of_the_headcount():
    for q in COUNTED_SHARE_QUESTIONS:
        assert asked_measures.asked_measure(q).count, q  # the question counts its whole ...
        for s in UNION_SENTENCES:
            assert _share(q, s), (q, s)  # ... and its share is still a percentage of the staff
            ties = T.figure_ties(asked_measures.asked_measure(q), s)
            assert any(f.kind == "percent" and v == T.TIED for f, v in ties), (q, s)


def test_a_state_said_in_a_filers_own_words_is_the_same_state():
    for q in ("What percentage of them are unionized?", "What share of its drivers were union members in 2025?",
              "What percentage of the machinists are represented by a trade union?"):
        assert asked_measures.asked_measure(q).state == {"unioni"}, q
        for s in UNION_SENTENCES:
            assert _share(q, s), (q, s)
    assert asked_shares.state_words("were covered by collective bargaining agreements") >= {"unioni"}
    assert asked_shares.state_words("Unions represent roughly 33% of our employees") >= {"unioni"}
    # the opposite state is not the state: "non-union" says no union representation
    assert "unioni" not in asked_shares.state_words("About 70% of our stores are non-union.")
    # nor is a name: "the European Union", "Union Pacific"
    assert "unioni" not in asked_shares.state_words("About 35% of our employees work in the European Union.")
    assert not _share("What percentage of them were unionized?", "About 35% of our employees work in the European Union.")
    # the guard still declines another state's share or a growth rate
    others = ("Approximately 38% of our workforce is located outside the United States.",
              "Our headcount grew 6% in 2025, to about 9,400 people.")
    for q in ("How many people did Kestrel Logistics employ, and what percentage of them were union members?",
              "What share of its drivers were union members in 2025?"):
        for s in others:
            assert not _share(q, s), (q, s)
    # a growth rate is never the share, whoever the whole is
    assert not _share(COUNTED_SHARE_QUESTIONS[0], "Our headcount grew 6% in 2025, to about 9,400 people.")
    # a count asked alone is still never a percentage
    asked = asked_measures.asked_measure("How many people did Kestrel Logistics employ at the end of 2025?")
    assert all(v == T.OTHER for f, v in T.figure_ties(asked, UNION_SENTENCES[0]) if f.kind == "percent")


def _guard_declines(part: str, sentence: str) -> bool:
    """extract._no_share_stated for a share part picked as one sentence of a filing."""
    c = Candidate(doc_id="dkes", doc="kestrel_10k_2025", source="/r/kestrel_10k_2025.md", page=3, start=0,
                  end=len(sentence), text=sentence, kind="sentence")
    return X._no_share_stated(SimpleNamespace(text=part), Scored(c, 0.9))


def test_the_share_guard_keeps_a_headcounts_union_share_and_still_declines_another_percentage():
    for part in ("How many people did Kestrel Logistics employ at the end of 2025 and what percentage of them were "
                 "represented by unions", "What percentage of the total number of Kestrel employees were unionized"):
        for s in UNION_SENTENCES:
            assert not _guard_declines(part, s), (part, s)
        assert _guard_declines(part, "Our headcount grew 6% in 2025, to about 14,600 people.")
    assert _guard_declines("What percentage of them were represented by unions",
                           "Approximately 38% of our workforce is located outside the United States.")
