"""The chat REPL, driven the way a user drives it.

Two kinds of assistant are used:
* ``ScriptedAssistant``, a small fake with the same surface as ``assistant.api.Assistant`` (``chat()``,
  ``settings``, ``index``, ``facts()``), whose answers are written out in each test, so the REPL's own
  behaviour (streaming, the verified-answer rule, cancellation, every slash command) is checked exactly;
* the real ``Assistant`` over a few text files with ``HashEmbedder`` and ``FakeLLM`` (skipped while the
  pipeline modules are missing), so the REPL is also checked end to end.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from prompt_toolkit.input import create_pipe_input

from assistant.config import load_settings
from assistant.faces.repl import COMMANDS, ChatSession, run_repl
from assistant.types import Answer, Citation, DocMeta, Verification

PAGE_24 = (
    "Results of operations.\nNet sales in 2018 were $32.8 billion, an increase of 3.5 percent.\n"
    "Operating income was $7.2 billion."
)
CITE_1 = Citation(n=1, doc="3M_2018_10K", source="/corpus/3M_2018_10K.pdf", page=24,
                  quote="Net sales in 2018 were $32.8 billion", chunk_id="aaaa000011112222:3")
CITE_2 = Citation(n=2, doc="3M_2018_10K", source="/corpus/3M_2018_10K.pdf", page=25,
                  quote="Operating income was $7.2 billion", chunk_id="aaaa000011112222:4")


class Cancelled(Exception):
    pass


# --------------------------------------------------------------------------------------------- the fake


class FakeIndex:
    info = {"embedder": "hash-384"}

    def documents(self):
        return [DocMeta(doc_id="aaaa000011112222", doc="3M_2018_10K", source="/corpus/3M_2018_10K.pdf")]

    def page_text(self, doc_id: str, page: int) -> str | None:
        if doc_id == "aaaa000011112222" and page == 24:
            return PAGE_24
        return None


class ScriptedConversation:
    def __init__(self, assistant: "ScriptedAssistant") -> None:
        self.assistant = assistant
        self.history: list[tuple[str, Answer]] = []

    def ask(self, question, *, filters=None, k=None, on_token=None, on_stage=None) -> Answer:
        if on_stage is not None:
            on_stage("searching")
        self.assistant.calls.append({"question": question, "filters": filters, "k": k})
        tokens, answer = self.assistant.script(question, list(self.history))
        for token in tokens:  # the fake model's stream; a token may be an exception to raise mid-stream
            if isinstance(token, BaseException):
                raise token
            if on_token is not None:
                on_token(token)
        self.history.append((question, answer))
        return answer

    def reset(self) -> None:
        self.history.clear()


Script = Callable[[str, list], tuple[list, Answer]]
KNOWN_INDEXES = {"default", "other"}


class ScriptedAssistant:
    def __init__(self, settings=None, *, embedder=None, llm=None, script: Script | None = None) -> None:
        self.settings = settings or load_settings(index="default", llm="fake", embedder="hash")
        self._embedder, self._llm = embedder, llm
        self.script = script or default_script
        self.calls: list[dict] = []

    @property
    def index(self) -> FakeIndex:
        if self.settings.index not in KNOWN_INDEXES:
            raise FileNotFoundError(f"{self.settings.index_path}: no index here (run `mia ingest` first)")
        return FakeIndex()

    def chat(self) -> ScriptedConversation:
        return ScriptedConversation(self)

    def with_index(self, name):  # like Assistant.with_index: same loaded models, another index
        other = type(self)(self.settings.with_overrides(index=name), embedder=self._embedder, llm=self._llm,
                           script=self.script)
        other.index  # raises for an unknown index
        return other

    def facts(self, metric, company=None, period=None):
        import pandas as pd

        rows = [
            {"company": "3M", "period": "FY2018", "metric": "revenue", "value": 32765.0, "unit": "USD",
             "doc": "3M_2018_10K", "page": 24},
            {"company": "3M", "period": "FY2017", "metric": "revenue", "value": 31657.0, "unit": "USD",
             "doc": "3M_2018_10K", "page": 24},
        ]
        rows = [r for r in rows if r["metric"] == metric and (period is None or r["period"] == period)]
        return pd.DataFrame(rows)


def answer(question: str, text: str, citations=(CITE_1,), **kw) -> Answer:
    kw.setdefault("verification", Verification(supported=True))
    return Answer(question=question, text=text, citations=list(citations), **kw)


def default_script(question: str, history: list) -> tuple[list, Answer]:
    text = "Net sales were $32.8 billion [1]."
    if history:  # a follow-up: the conversation rewrote it
        return [text], answer(question, text, standalone_question=f"{question} (3M, fiscal 2018)")
    return ["Net ", "sales ", "were ", "$32.8 ", "billion ", "[1]."], answer(question, text)


# ------------------------------------------------------------------------------------------- harness


def interactive(assistant, keys: str, tmp_path: Path) -> str:
    """Type ``keys`` into the REPL (``\\r`` is Enter) and return everything it printed."""
    out = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        rc = run_repl(assistant, input=pipe, output=out, history_file=tmp_path / "history")
    assert rc == 0
    return out.getvalue()


def session(assistant=None) -> tuple[ChatSession, io.StringIO]:
    from rich.console import Console

    out = io.StringIO()
    chat = ChatSession(assistant or ScriptedAssistant(), Console(file=out, width=120, color_system=None))
    return chat, out


# ------------------------------------------------------------------------------------ interactive mode


def test_prints_the_checked_answer_then_sources_and_keeps_history(tmp_path):
    shown = interactive(ScriptedAssistant(), "What were 3M's net sales?\r/exit\r", tmp_path)
    assert shown.count("Net sales were $32.8 billion [1].") == 1  # the checked answer, once
    assert "Verified answer" not in shown
    assert "Sources" in shown and "3M_2018_10K" in shown and "Net sales in 2018 were $32.8 billion" in shown
    history = (tmp_path / "history").read_text()
    assert "What were 3M's net sales?" in history and "/exit" in history


def test_history_file_is_offered_in_the_next_session(tmp_path):
    interactive(ScriptedAssistant(), "first question\r/exit\r", tmp_path)
    fake = ScriptedAssistant()
    # Up-arrow recalls the last line of the previous session ("/exit"), up again recalls the question.
    interactive(fake, "\x1b[A\x1b[A\r/exit\r", tmp_path)
    assert [c["question"] for c in fake.calls] == ["first question"]


def test_a_draft_that_fails_verification_never_reaches_the_screen(tmp_path):
    def script(question, history):
        draft = ["Net sales were $32.8 billion [1]. ", "Profit tripled to $99 billion [2]."]
        final = answer(question, "Net sales were $32.8 billion [1].",
                       verification=Verification(supported=True, dropped=("Profit tripled to $99 billion [2].",)))
        return draft, final

    shown = interactive(ScriptedAssistant(script=script), "How did 3M do?\r/exit\r", tmp_path)
    assert "Profit tripled" not in shown and "$99" not in shown
    assert shown.count("Net sales were $32.8 billion [1].") == 1
    assert "1 sentence(s) removed" in shown


def test_answer_without_streaming_is_printed_once(tmp_path):
    def script(question, history):
        return [], answer(question, "FY2018 revenue: $32,765 million [1].", mode="facts")

    shown = interactive(ScriptedAssistant(script=script), "3M revenue FY2018\r/exit\r", tmp_path)
    assert shown.count("FY2018 revenue: $32,765 million [1].") == 1
    assert "Verified answer" not in shown


def test_ctrl_c_cancels_the_answer_not_the_session(tmp_path):
    def script(question, history):
        if question.startswith("slow"):
            return ["The answer ", "is ", KeyboardInterrupt()], answer(question, "never shown")
        return default_script(question, history)

    fake = ScriptedAssistant(script=script)
    chat, out = session(fake)
    assert chat.handle("slow question")
    assert chat.handle("second question")
    shown = out.getvalue()
    assert "The answer is" not in shown and "cancelled" in shown and "never shown" not in shown
    assert shown.index("cancelled") < shown.index("Net sales were")
    assert [q for q, _ in chat.conversation.history] == ["second question"]
    # the same through the prompt loop
    shown = interactive(ScriptedAssistant(script=script), "slow one\rnext one\r/exit\r", tmp_path)
    assert "cancelled" in shown and "Net sales were $32.8 billion [1]." in shown


def test_errors_while_answering_are_one_line(tmp_path):
    def script(question, history):
        return [RuntimeError("the model file is missing")], answer(question, "")

    chat, out = session(ScriptedAssistant(script=script))
    assert chat.handle("anything")
    assert out.getvalue().strip() == "error: RuntimeError: the model file is missing"
    assert "Traceback" not in out.getvalue()


def test_follow_up_shows_the_rewritten_question(tmp_path):
    shown = interactive(ScriptedAssistant(), "3M net sales?\rand in 2018?\r/exit\r", tmp_path)
    assert "(searched as: and in 2018? (3M, fiscal 2018))" in shown
    assert shown.count("searched as") == 1


def test_ctrl_d_leaves(tmp_path):
    shown = interactive(ScriptedAssistant(), "\x04", tmp_path)
    assert "ask a question" in shown


def test_multiline_toggle_sends_on_alt_enter(tmp_path):
    fake = ScriptedAssistant()
    interactive(fake, "/multiline\rline one\rline two\x1b\r/multiline\x1b\r/exit\r", tmp_path)
    assert [c["question"] for c in fake.calls] == ["line one\nline two"]


def test_f2_toggles_multiline(tmp_path):
    fake = ScriptedAssistant()
    interactive(fake, "\x1bOQa\rb\x1b\r\x1bOQ/exit\r", tmp_path)
    assert [c["question"] for c in fake.calls] == ["a\nb"]


# -------------------------------------------------------------------------------------- slash commands


def test_help_lists_every_command():
    chat, out = session()
    chat.handle("/help")
    for name in COMMANDS:
        assert name in out.getvalue()
    assert "F2" in out.getvalue()


def test_sources_and_open():
    chat, out = session()
    chat.handle("/sources")
    assert "no answer yet" in out.getvalue()
    chat.handle("What were net sales?")
    out.truncate(0), out.seek(0)
    chat.handle("/sources")
    assert "3M_2018_10K" in out.getvalue() and "Net sales in 2018 were $32.8 billion" in out.getvalue()
    out.truncate(0), out.seek(0)
    chat.handle("/open 1")
    shown = out.getvalue()
    assert "[1] 3M_2018_10K, page 24" in shown and "/corpus/3M_2018_10K.pdf" in shown
    assert "Results of operations." in shown and "Operating income was $7.2 billion." in shown  # whole page
    for bad, hint in [("/open 7", "no source [7]"), ("/open x", "usage: /open N"), ("/open", "usage: /open N")]:
        out.truncate(0), out.seek(0)
        chat.handle(bad)
        assert hint in out.getvalue() and "Traceback" not in out.getvalue()


def test_open_falls_back_to_the_quote_when_the_page_is_unknown():
    def script(question, history):
        return ["x"], answer(question, "Operating income was $7.2 billion [1].",
                             citations=[Citation(**{**CITE_2.__dict__, "n": 1})])

    chat, out = session(ScriptedAssistant(script=script))
    chat.handle("operating income?")
    out.truncate(0), out.seek(0)
    chat.handle("/open 1")
    assert "page 25" in out.getvalue() and "Operating income was $7.2 billion" in out.getvalue()


def test_filter_k_and_reset_reach_the_conversation():
    fake = ScriptedAssistant()
    chat, out = session(fake)
    chat.handle("/filter")
    assert "filters: none" in out.getvalue()
    chat.handle("/filter company=3M year=2018")
    chat.handle("/k 3")
    chat.handle("net sales?")
    call = fake.calls[-1]
    assert call["k"] == 3 and call["filters"] is not None
    assert "3M" in [c for c in call["filters"].companies] or "3m" in [c.lower() for c in call["filters"].companies]
    assert chat.prompt_text() == "mia [company=3M year=2018]> "
    chat.handle("/filter clear")
    chat.handle("/reset")
    chat.handle("net sales?")
    assert fake.calls[-1]["filters"] is None
    assert len(chat.conversation.history) == 1  # reset forgot the first turn
    assert "conversation cleared" in out.getvalue()


def test_bad_arguments_get_one_line_hints():
    chat, out = session()
    cases = {
        "/frobnicate": "unknown command /frobnicate",
        "/k": "k = 8",
        "/k zero": "usage: /k N",
        "/k 0": "usage: /k N",
        "/filter company": "bad filter",
        "/export": "usage: /export FILE.md",
        "/facts": "usage: /facts METRIC",
        "/facts revenue colour=red": "usage: /facts METRIC",
        "/index a b": "usage: /index NAME",
        '/export "unclosed': "could not read the command",
    }
    for line, hint in cases.items():
        out.truncate(0), out.seek(0)
        assert chat.handle(line) is True
        shown = out.getvalue()
        assert hint in shown, (line, shown)
        assert "Traceback" not in shown and len(shown.strip().splitlines()) == 1, (line, shown)


def test_export_writes_the_session_as_markdown(tmp_path):
    chat, out = session()
    chat.handle("What were net sales?")
    chat.handle("and operating income?")
    target = tmp_path / "notes" / "session"
    chat.handle(f"/export {target}")
    written = (tmp_path / "notes" / "session.md").read_text()
    assert "## 1. What were net sales?" in written and "## 2. and operating income?" in written
    assert written.count("| 1 | 3M_2018_10K | 24 | Net sales in 2018 were $32.8 billion |") == 2
    assert "saved 2 question(s)" in out.getvalue()


def test_facts_table():
    chat, out = session()
    chat.handle("/facts revenue company=3M")
    shown = out.getvalue()
    assert "facts: revenue" in shown and "FY2018" in shown and "FY2017" in shown and "32765.0" in shown
    out.truncate(0), out.seek(0)
    chat.handle("/facts revenue period=FY2030")
    assert "no facts found for revenue period=FY2030" in out.getvalue()


def test_index_switch_keeps_loaded_models_and_rejects_unknown():
    llm = object()
    fake = ScriptedAssistant(llm=llm)
    chat, out = session(fake)
    chat.handle("a question")
    chat.handle("/index other")
    assert chat.assistant is not fake and chat.assistant.settings.index == "other"
    assert chat.assistant._llm is llm and chat.last is None and not chat.conversation.history
    chat.handle("/index missing")
    assert "cannot open index 'missing'" in out.getvalue() and chat.assistant.settings.index == "other"
    out.truncate(0), out.seek(0)
    chat.handle("/index")
    assert out.getvalue().strip() == "index: other"


def test_exit_and_quit_end_the_session():
    chat, _ = session()
    assert chat.handle("/exit") is False and chat.handle("/quit") is False


# ------------------------------------------------------------------------------------------ plain mode


def test_piped_mode_prints_plain_answers():
    fake = ScriptedAssistant()
    out = io.StringIO()
    rc = run_repl(fake, input=io.StringIO("What were net sales?\n\n/k 2\nand in 2018?\n"), output=out)
    shown = out.getvalue()
    assert rc == 0
    assert "\x1b[" not in shown  # no colour codes in a pipe
    assert shown.count("Net sales were $32.8 billion [1].") == 2
    assert '[1] 3M_2018_10K p.24: "Net sales in 2018 were $32.8 billion"' in shown
    assert "(searched as: and in 2018? (3M, fiscal 2018))" in shown
    assert [c["k"] for c in fake.calls] == [None, 2]


def test_piped_mode_exit_code_reports_failures():
    def script(question, history):
        return [ValueError("bad question")], answer(question, "")

    out = io.StringIO()
    assert run_repl(ScriptedAssistant(script=script), input=io.StringIO("q\n"), output=out) == 1
    assert "error: ValueError: bad question" in out.getvalue()


# ------------------------------------------------------------------------------- with the real pipeline

DOCS = {
    "acme_2023_10k.txt": (
        "ACME Corp Annual Report 2023 (Form 10-K)\n\nResults of operations\n\n"
        "ACME Corp total revenue for fiscal 2023 was $412 million, up 8% from $381 million in fiscal 2022. "
        "Gross margin improved to 41%.\n"
    ),
    "globex_2023_10k.txt": (
        "Globex Inc Annual Report 2023 (Form 10-K)\n\nCapital expenditures\n\n"
        "Globex Inc capital expenditures were $95 million in fiscal 2023, mainly for new warehouses.\n"
    ),
}


@pytest.fixture(scope="module")
def real_assistant(tmp_path_factory):
    from assistant.api import Assistant
    from assistant.index.embeddings.hash import HashEmbedder
    from assistant.llm.fake import FakeLLM

    root = tmp_path_factory.mktemp("repl-real")
    docs = root / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text)
    settings = load_settings(index_root=root / "indexes", index="t", llm="fake", embedder="hash", min_evidence=0.0)
    assistant = Assistant(settings, embedder=HashEmbedder(), llm=FakeLLM())
    assistant.ingest([docs], progress=False)
    return assistant


def test_real_assistant_answers_with_sources(real_assistant, tmp_path):
    keys = "What was ACME Corp total revenue for fiscal 2023?\r/sources\r/open 1\r/exit\r"
    shown = interactive(real_assistant, keys, tmp_path)
    assert "error:" not in shown, shown
    assert "Sources" in shown and "acme_2023_10k" in shown
    assert "acme_2023_10k.txt" in shown  # /open shows the file path


def test_real_assistant_piped(real_assistant):
    out = io.StringIO()
    rc = run_repl(real_assistant, input=io.StringIO("/filter company=Globex\nGlobex capital expenditures?\n"),
                  output=out)
    assert rc == 0, out.getvalue()
    assert "Sources:" in out.getvalue() and "globex_2023_10k" in out.getvalue()


class InterruptedLLM:
    """Wraps FakeLLM: its stream yields two pieces, then the user presses Ctrl-C."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name, self.n_ctx = "interrupted", inner.n_ctx

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def stream(self, prompt, **kw):
        for i, piece in enumerate(self.inner.stream(prompt, **kw)):
            if i == 2:
                raise KeyboardInterrupt
            yield piece


def test_real_assistant_ctrl_c_mid_stream(real_assistant, tmp_path):
    from assistant.api import Assistant
    from assistant.index.embeddings.hash import HashEmbedder
    from assistant.llm.fake import FakeLLM

    # rephrase="always": the model is asked even where a quoted (extractive) answer needs no generation
    settings = real_assistant.settings.with_overrides(rephrase="always")
    interrupted = Assistant(settings, embedder=HashEmbedder(), llm=InterruptedLLM(FakeLLM()))
    chat, out = session(interrupted)
    assert chat.handle("What was ACME Corp total revenue for fiscal 2023?")
    assert "cancelled" in out.getvalue() and "Sources" not in out.getvalue()
    assert chat.last is None and not chat.conversation.history
    # the session is still usable: the next answer comes from the regular model
    chat.assistant, chat.conversation = real_assistant, real_assistant.chat()
    assert chat.handle("What was ACME Corp total revenue for fiscal 2023?")
    assert "Sources" in out.getvalue().split("cancelled", 1)[1]


def test_a_failing_command_is_one_line_and_the_session_goes_on():
    class BrokenFacts(ScriptedAssistant):
        def facts(self, metric, company=None, period=None):
            raise RuntimeError("facts table is corrupt")

    chat, out = session(BrokenFacts())
    assert chat.handle("/facts revenue") is True
    assert out.getvalue().strip() == "error: /facts: RuntimeError: facts table is corrupt"
    assert chat.handle("net sales?") and "Net sales were" in out.getvalue()


def test_quiet_stderr_hides_c_level_noise_and_restores(capfd):
    import os

    from assistant.faces.repl import quiet_stderr

    with quiet_stderr():
        os.write(2, b"llama_model_loader: loaded meta data\n")
    os.write(2, b"after\n")
    with quiet_stderr(enabled=False):
        os.write(2, b"kept\n")
    assert capfd.readouterr().err == "after\nkept\n"


def test_facts_takes_a_multi_word_metric_without_quotes():
    seen = []

    class Multi(ScriptedAssistant):
        def facts(self, metric, company=None, period=None):
            import pandas as pd

            seen.append((metric, company, period))
            return pd.DataFrame([{"company": "Meta", "period": "FY2024", "metric": "capital_expenditure",
                                  "value": 39.2, "unit": "USD", "doc": "capex_2024", "page": 4}])

    chat, out = session(Multi())
    chat.handle("/facts capital expenditure company=Meta")
    chat.handle('/facts "capital expenditure" period=FY2024')
    assert seen == [("capital expenditure", "Meta", None), ("capital expenditure", None, "FY2024")]
    assert "facts: capital expenditure company=Meta" in out.getvalue() and "39.2" in out.getvalue()


def test_help_gives_an_example_for_every_command():
    from assistant.faces.repl import EXAMPLES

    chat, out = session()
    chat.handle("/help")
    assert set(EXAMPLES) == set(COMMANDS)
    assert out.getvalue().count("e.g. ") == len(COMMANDS) and "/facts capital expenditure company=" in out.getvalue()


def test_export_keeps_filters_mode_timings_and_facts_tables(tmp_path):
    def script(question, history):
        return [], answer(question, "Net sales were $32.8 billion [1].", mode="facts",
                          timings_ms={"retrieve": 12.0, "generate": 0.0, "total": 1500.0})

    chat, out = session(ScriptedAssistant(script=script))
    chat.handle("/filter company=3M year=2018")
    chat.handle("What were net sales?")
    chat.handle("/filter clear")
    chat.handle("and in total?")
    chat.handle("/facts revenue company=3M")
    chat.handle(f"/export {tmp_path / 's.md'}")
    md = (tmp_path / "s.md").read_text()
    assert "_Mode:_ facts · _filters:_ company=3M year=2018 · _timings:_ retrieve 12 ms, generate 0 ms, total 1.5 s" in md
    assert "_filters:_ none" in md
    assert "## Facts tables" in md and "### facts: revenue company=3M" in md and "| 3M | FY2018 | revenue |" in md
    chat.handle(f"/export {tmp_path / 's.xlsx'}")
    assert "saved 2 question(s) and 1 facts table(s)" in out.getvalue()
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert book.sheetnames[:2] == ["answers", "sources"] and book.sheetnames[2].startswith("facts 1 revenue")
    rows = list(book["answers"].values)
    assert rows[0][:8] == ("n", "question", "searched as", "answer", "mode", "refused", "verified", "filters")
    assert rows[1][7] == "company=3M year=2018" and rows[1][4] == "facts"
    sources = list(book["sources"].values)
    assert sources[0][:5] == ("question", "n", "document", "page", "page_end") and sources[1][2] == "3M_2018_10K"


def test_facts_capital_expenditure_on_the_sample_corpus_has_a_company_column(tmp_path):
    from pathlib import Path

    from assistant.api import Assistant

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    real = Assistant.open(tmp_path / "corpus-idx", llm="fake", embedder="hash")
    real.ingest(corpus, progress=False)
    chat, out = session(real)
    chat.handle("/facts capital expenditure")
    shown = out.getvalue()
    assert "facts: capital expenditure" in shown and "company" in shown.splitlines()[2]
    for company in ("Microsoft", "Alphabet", "Amazon", "Meta"):
        assert company in shown
    assert "FY2024" in shown and "Q4 2024" in shown and "hyperscal" in shown


def test_invalid_utf8_on_input_is_one_error_line_and_the_session_goes_on():
    fake = ScriptedAssistant()
    out = io.StringIO()
    raw = io.TextIOWrapper(io.BytesIO(b"What were \xff\xfe net sales?\nWhat were net sales?\n"), encoding="utf-8")
    rc = run_repl(fake, input=raw, output=out)
    shown = out.getvalue()
    assert rc == 1  # one line failed
    assert "error: that line is not valid UTF-8 text" in shown and "Traceback" not in shown
    assert shown.count("Net sales were $32.8 billion [1].") == 1  # the next line was answered


def test_backwards_year_filter_is_refused_in_the_repl():
    out = io.StringIO()
    run_repl(ScriptedAssistant(), input=io.StringIO("/filter year=2020-2016\n/filter\n"), output=out)
    assert "runs backwards" in out.getvalue() and "filters: none" in out.getvalue()
