"""The Python API (what notebooks use), with the hash embedder and the fake LLM."""

from __future__ import annotations

import pytest

from pathlib import Path

from assistant.api import Assistant, as_filters
from assistant.config import Settings
from assistant.types import Answer

DOC_A = """# Acme Cloud annual report 2024

Acme Cloud spent $55.7 billion on capital expenditures in fiscal year 2024.
The company added four data-centre regions during the year.
"""
DOC_B = """# Beta Chips results 2023

Beta Chips reported data-centre revenue of $47.5 billion for fiscal 2023.
Gross margin was 72.7 percent.
"""


@pytest.fixture
def assistant(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "acme_2024.md").write_text(DOC_A)
    (docs / "beta_2023.md").write_text(DOC_B)
    settings = Settings(index_root=tmp_path / "idx", index="t", embedder="hash", llm="fake")
    a = Assistant(settings)
    report = a.ingest([docs], progress=False)
    assert len(report.ingested) == 2 and not report.skipped
    return a


def test_search_returns_frame_with_columns(assistant):
    frame = assistant.search("data-centre revenue Beta Chips", k=3)
    assert list(frame.columns) == ["doc", "page", "page_end", "score", "text", "source", "metadata"]
    assert frame.iloc[0]["doc"] == "beta_2023"
    assert frame["score"].is_monotonic_decreasing


def test_ask_returns_cited_answer(assistant):
    ans = assistant.ask("How much did Acme Cloud spend on capital expenditures in fiscal year 2024?")
    assert isinstance(ans, Answer)
    assert not ans.refused
    assert "55.7" in ans.text
    assert any(c.doc == "acme_2024" and c.page == 1 for c in ans.citations)
    assert all(c.quote and c.quote in open(c.source, encoding="utf-8").read() for c in ans.citations)
    d = ans.to_dict()
    assert d["question"].startswith("How much") and d["citations"][0]["doc"] == "acme_2024"


def test_filters_restrict_before_ranking(assistant):
    hits = assistant.hits("capital expenditures", k=5, filters={"doc": "beta_2023"})
    assert hits and {h.chunk.doc for h in hits} == {"beta_2023"}


def test_threads_sharing_an_assistant_load_each_part_once(assistant, monkeypatch):
    """The lazy parts are made under a lock: eight threads asking at once share one LLM and one answerer."""
    import threading

    import assistant.llm as llm_pkg
    from assistant.llm.fake import FakeLLM

    made = []
    barrier = threading.Barrier(8)

    def slow_get_llm(settings):
        made.append(1)
        barrier_wait = threading.Event()
        barrier_wait.wait(0.05)  # give the other threads time to arrive while this one builds
        return FakeLLM()

    monkeypatch.setattr(llm_pkg, "get_llm", slow_get_llm)
    answers, errors = [], []

    def ask():
        barrier.wait()
        try:
            answers.append(assistant.ask("How much did Acme Cloud spend on capital expenditures in 2024?"))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(made) == 1 and len(answers) == 8
    assert len({a.text for a in answers}) == 1 and "55.7" in answers[0].text


def test_answers_are_immutable(assistant):
    import dataclasses

    ans = assistant.ask("How much did Acme Cloud spend on capital expenditures in 2024?")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ans.text = "something else"


def test_as_filters_accepts_strings_and_dicts():
    f1 = as_filters("company=3M year=2018")
    f2 = as_filters({"company": "3M", "year": 2018})
    assert f1 == f2
    assert as_filters(None) is None


def test_conversation_keeps_history(assistant):
    chat = assistant.chat()
    chat.ask("What did Acme Cloud spend on capital expenditures in fiscal year 2024?")
    chat.ask("and what was Beta Chips' gross margin?")
    assert len(chat) == 2
    chat.reset()
    assert len(chat) == 0


def test_langchain_retriever_and_runnable(assistant):
    retriever = assistant.as_retriever(k=2)
    docs = retriever.invoke("Beta Chips data-centre revenue")
    assert docs and docs[0].metadata["doc"] == "beta_2023" and docs[0].metadata["page"] == 1

    from langchain_core.runnables import RunnableLambda

    chain = RunnableLambda(lambda q: {"question": q}) | assistant.as_runnable()
    out = chain.invoke("How much did Acme Cloud spend on capital expenditures in fiscal year 2024?")
    assert {"answer", "citations", "refused"} <= set(out)


def test_reingest_is_incremental(assistant, tmp_path):
    report = assistant.ingest([tmp_path / "docs"], progress=False)
    assert len(report.unchanged) == 2 and not report.ingested


def test_queries_use_the_embedder_the_index_was_built_with(assistant):
    # The index was built with the hash embedder; settings that ask for MiniLM must not mix vector spaces.
    other = Assistant(assistant.settings.with_overrides(embedder="minilm"), llm=assistant.llm)
    assert other.embedder.name.startswith("hash")
    assert other.hits("Beta Chips data-centre revenue", k=1)[0].chunk.doc == "beta_2023"


def test_with_index_reuses_loaded_models(assistant, tmp_path):
    from assistant.index.store import IndexNotFound

    llm = assistant.llm
    same = assistant.with_index("t")
    assert same.llm is llm and same.settings.index == "t"
    with pytest.raises(IndexNotFound):
        assistant.with_index("does-not-exist")


FILING = """ACME CORP
FORM 10-K
For the fiscal year ended December 31, 2023
Consolidated Statements of Cash Flows
(In millions) 2023 2022
Net cash provided by operating activities 4,210 3,905
Purchases of property, plant and equipment (1,577) (1,373)
"""


@pytest.mark.parametrize("use_facts", [True, False])
def test_metric_questions_use_the_facts_table_unless_turned_off(tmp_path, use_facts):
    docs = tmp_path / "filings"
    docs.mkdir()
    (docs / "ACME_2023_10K.txt").write_text(FILING)
    settings = Settings(index_root=tmp_path / "idx", index="f", embedder="hash", llm="fake", use_facts=use_facts)
    a = Assistant(settings)
    a.ingest([docs], progress=False)
    ans = a.ask("What was ACME's capital expenditure in FY2023 (in USD millions)?")
    if use_facts:
        assert ans.mode == "facts" and "$1,577 million" in ans.text
        assert ans.citations[0].quote == "Purchases of property, plant and equipment (1,577) (1,373)"
    else:
        assert ans.mode != "facts"


# ---- the real models on the sample corpus (MiniLM + the bundled Gemma GGUF) -----------------------------------
@pytest.fixture(scope="module")
def real_assistant(tmp_path_factory):
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    root = tmp_path_factory.mktemp("real")
    return Assistant.from_folder(corpus, index="sample", progress=False, index_root=root)


@pytest.mark.slow
def test_real_models_answer_a_numeric_question_with_the_right_figure_and_page(real_assistant):
    ans = real_assistant.ask("What were Microsoft's capital expenditures including finance leases in fiscal year 2024?")
    assert not ans.refused
    assert "55.7" in ans.text
    assert any(c.doc == "hyperscaler_capex_2024" and c.page == 2 and "55.7" in c.quote for c in ans.citations)
    assert not ans.verification.unsupported_numbers


@pytest.mark.slow
def test_real_models_refuse_what_the_corpus_cannot_answer(real_assistant):
    ans = real_assistant.ask("What is the boiling point of mercury?")
    assert ans.refused and ans.mode == "refused"


def test_ask_reports_its_stages_and_never_needs_the_draft(assistant):
    stages, words = [], []
    ans = assistant.ask("Why did Acme Cloud add data-centre regions?", on_stage=stages.append, on_token=words.append)
    assert stages[:2] == ["reading the facts", "searching"]
    assert stages[2:] == ["writing the answer", "checking"] or ans.mode in ("facts", "refused", "extract")
    assert ans.text


def test_open_accepts_backend_names_and_facts_keep_their_columns(tmp_path):
    from assistant.api import FACT_COLUMNS

    a = Assistant.open(tmp_path / "idx", llm="fake", embedder="hash")
    assert a.settings.llm == "fake" and a.settings.embedder == "hash"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.md").write_text(DOC_A)
    a.ingest([docs], progress=False)
    empty = a.facts("goodwill")
    assert empty.empty and list(empty.columns) == FACT_COLUMNS
    assert a.facts("goodwill", wide=True).empty
    assert a.check_filters({"company": "Acme Clod"})[0].startswith("no document has company=Acme Clod")
    assert a.check_filters({"doc": "note"}) == []


def test_questions_k_and_year_ranges_are_bounded(tmp_path):
    from assistant.api import MAX_QUESTION_CHARS, as_filters, check_question

    with pytest.raises(ValueError, match="characters long"):
        check_question("x" * (MAX_QUESTION_CHARS + 1))
    with pytest.raises(ValueError, match="not valid UTF-8"):
        check_question("revenue \udcff")
    with pytest.raises(ValueError, match="runs backwards"):
        as_filters(["year=2021-2019"])
    a = Assistant(Settings(index_root=tmp_path / "idx", index="t", embedder="hash", llm="fake"))
    for k in (0, -1):
        with pytest.raises(ValueError, match="at least 1"):
            a.hits("revenue", k=k)
        with pytest.raises(ValueError, match="at least 1"):
            a.ask("revenue?", k=k)
    with pytest.raises(ValueError, match="characters long"):
        a.ask("What was revenue? " * 1000)


def test_open_takes_a_name_or_an_explicit_folder(tmp_path):
    assert Assistant.open("fb", index_root=tmp_path).settings.index_path == tmp_path / "fb"
    assert Assistant.open(tmp_path / "mine").settings.index_path == tmp_path / "mine"
    assert Assistant.open("..", index_root=tmp_path).settings.index_path == Path("..")  # a folder, not a name


def test_queries_use_the_recorded_embedder_not_the_settings(tmp_path):
    # an index built with a 64-wide hash embedder is queried with it, though the settings' hash embedder is 384 wide
    from assistant.index.embeddings.hash import HashEmbedder

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "beta_2023.md").write_text(DOC_B)
    settings = Settings(index_root=tmp_path / "idx", index="narrow", embedder="hash", llm="fake")
    built = Assistant(settings, embedder=HashEmbedder(dim=64))
    built.ingest([docs], progress=False)
    reopened = Assistant(settings)
    assert reopened.embedder.name == "hash-64"
    assert reopened.hits("Beta Chips data-centre revenue", k=1)[0].chunk.doc == "beta_2023"


def test_an_index_of_an_embedder_mia_cannot_make_fails_in_one_line(tmp_path):
    from assistant.index.embeddings import EmbedderUnavailable
    from assistant.index.store import IndexWriter

    IndexWriter.begin(tmp_path / "idx" / "odd", "northwind-embed-v9", 384).commit()
    a = Assistant(Settings(index_root=tmp_path / "idx", index="odd", embedder="hash", llm="fake"))
    with pytest.raises(EmbedderUnavailable, match="built with embedder 'northwind-embed-v9'"):
        a.hits("revenue", k=1)


def test_a_given_embedder_of_another_kind_is_refused(assistant):
    from assistant.index.embeddings.hash import HashEmbedder
    from assistant.index.store import IndexMismatch

    other = Assistant(assistant.settings, embedder=HashEmbedder(dim=32), llm=assistant.llm)
    with pytest.raises(IndexMismatch, match="built with embedder hash-384, queried with hash-32"):
        other.hits("Beta Chips data-centre revenue", k=1)


def test_a_bf16_document_index_is_queried_in_fp32_and_an_odd_precision_refused(tmp_path):
    # issue 15: chunks embedded with bf16 MiniLM keep the model's name and get fp32 queries; an index whose
    # chunks were embedded at a precision the name's queries do not match fails in one line
    from assistant.index.embeddings import EmbedderUnavailable
    from assistant.index.store import IndexWriter

    for name, precision in (("bf16", "bf16"), ("mixed", "int8")):
        writer = IndexWriter.begin(tmp_path / "idx" / name, "all-MiniLM-L6-v2", 384)
        writer.note_precision(precision)
        writer.commit()
    settings = Settings(index_root=tmp_path / "idx", index="bf16", embed_backend="onnx", cache_dir=tmp_path,
                        llm="fake")
    queries = Assistant(settings).embedder  # made from the recorded name; nothing loaded until the first embed
    assert queries.name == "all-MiniLM-L6-v2" and queries.precision == "fp32"
    with pytest.raises(EmbedderUnavailable, match=r"mixed: chunks embedded by all-MiniLM-L6-v2 at precision int8"):
        Assistant(settings.with_overrides(index="mixed")).hits("Contoso revenue", k=1)
