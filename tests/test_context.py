"""answer/context.py: passages cut down to the lines that answer the question (issue 15: a short prompt)."""

from __future__ import annotations

from assistant.answer.answerer import Answerer
from assistant.answer.context import assemble_sources, focused
from assistant.config import Settings
from assistant.llm.fake import FakeLLM
from assistant.types import Chunk, Hit

REPORT = (
    "Fabrikam designs and sells industrial pumps and valves to utilities in North America and Europe.\n"
    "The company had approximately 4,100 employees at the end of the year.\n"
    "Revenue rose 8% to $1,240 million in fiscal 2024, driven by aftermarket parts and service contracts.\n"
    "Our headquarters are located in Redmond, Washington, where we lease 210,000 square feet.\n"
    "Management believes its facilities are adequate for its present needs."
)

STATEMENT = (
    "Contoso Ltd.\nConsolidated Statements of Operations\n(In millions) 2024 2023 2022\n"
    "Net sales 5,210 4,870 4,402\nCost of sales 3,100 2,950 2,731\nGross profit 2,110 1,920 1,671\n"
    "Selling, general and administrative expenses 1,204 1,150 1,020\nOperating income 906 770 651"
)


def words(text: str) -> int:
    return len(text.split())


def chunk(doc: str, text: str, ordinal: int = 0, page: int = 3) -> Chunk:
    return Chunk(chunk_id=f"{doc}:{ordinal}", doc_id=doc.lower(), doc=doc, source=f"/reports/{doc}.pdf", page=page,
                 page_end=page, start=0, end=len(text), text=text, ordinal=ordinal)


def test_focused_keeps_the_matching_sentences_in_the_passages_order():
    out = focused(REPORT, "What was Fabrikam's revenue in fiscal 2024?", 20, words)
    assert out == "Revenue rose 8% to $1,240 million in fiscal 2024, driven by aftermarket parts and service contracts."
    both = focused(REPORT, "What does Fabrikam sell, and what was its revenue in fiscal 2024?", 40, words)
    lines = both.split("\n")
    assert lines[0].startswith("Fabrikam designs") and lines[1].startswith("Revenue rose")  # the text's order
    assert "employees" not in both and "headquarters" not in both


def test_focused_table_row_brings_the_line_that_heads_its_columns():
    out = focused(STATEMENT, "What were Contoso's net sales in 2024?", 20, words)
    lines = out.split("\n")
    assert "(In millions) 2024 2023 2022" in lines and "Net sales 5,210 4,870 4,402" in lines
    assert lines.index("(In millions) 2024 2023 2022") < lines.index("Net sales 5,210 4,870 4,402")
    assert "Gross profit" not in out


def test_focused_cuts_no_line_and_fills_what_is_left_with_the_other_lines_in_order():
    assert focused(REPORT, "What was Fabrikam's revenue in fiscal 2024?", 10, words) == ""  # no line fits whole
    out = focused(REPORT, "What was Fabrikam's revenue in fiscal 2024?", 1000, words)
    assert out.split("\n") == REPORT.split("\n")  # room for everything: the whole passage, in its order
    assert all(line in REPORT for line in focused(REPORT, "How many satellites did Tailspin launch?", 30,
                                                  words).split("\n"))


def test_focused_sources_hear_every_passages_matching_lines_before_any_other_line():
    hits = [Hit(chunk=chunk("Fabrikam_2024_10K", REPORT), score=0.9, rank=0),
            Hit(chunk=chunk("Tailspin_2024_10K", "Tailspin Toys operates 212 stores across Canada."), score=0.5,
                rank=1),
            Hit(chunk=chunk("Contoso_2024_10K", STATEMENT), score=0.4, rank=2)]
    question = "What were net sales and revenue in 2024?"
    tight = assemble_sources(hits, budget_tokens=60, count_tokens=words, focus=question)
    assert [s.doc for s in tight] == ["Fabrikam_2024_10K", "Contoso_2024_10K"] and [s.n for s in tight] == [1, 2]
    assert sum(words(s.header() + "\n" + s.text) + 8 for s in tight) <= 60
    assert tight[0].raw.startswith("Revenue rose 8%") and "employees" not in tight[0].raw
    assert "Net sales 5,210 4,870 4,402" in tight[1].raw.split("\n")
    roomy = assemble_sources(hits, budget_tokens=200, count_tokens=words, focus=question)
    assert [s.doc for s in roomy] == ["Fabrikam_2024_10K", "Tailspin_2024_10K", "Contoso_2024_10K"]  # rank order
    assert roomy[0].raw.startswith("Fabrikam designs")  # other lines filled in, in the passage's order
    whole = assemble_sources(hits, budget_tokens=1000, count_tokens=words)  # no focus: whole passages, as before
    assert [s.raw for s in whole] == [REPORT, "Tailspin Toys operates 212 stores across Canada.", STATEMENT]


class OneHit:
    def __init__(self, hits):
        self.hits = hits

    def search(self, query, k=8, filters=None, steer=True):
        return self.hits[:k]

    def evidence(self, query, hits):
        return 0.9


def test_the_prompt_holds_the_lines_that_answer_and_whole_passages_only_when_asked():
    plants = "\n".join(f"The plant in Tacoma number {i} runs two shifts and ships its pumps to customers by rail."
                       for i in range(60))
    long_report = plants + "\n" + REPORT  # the answering sentence at the end of a long passage
    hits = [Hit(chunk=chunk("Fabrikam_2024_10K", long_report), score=0.9, rank=0)]
    question = "What was Fabrikam's revenue in fiscal 2024?"
    short, whole = FakeLLM(), FakeLLM()
    Answerer(OneHit(hits), short, Settings(llm="fake", generate="always", context_sentences=340)).ask(question)
    Answerer(OneHit(hits), whole, Settings(llm="fake", generate="always", context_sentences=0)).ask(question)
    assert "Revenue rose 8%" in short.prompts[-1].text and "Revenue rose 8%" not in whole.prompts[-1].text
    assert short.count_tokens(short.prompts[-1].text) < whole.count_tokens(whole.prompts[-1].text)
