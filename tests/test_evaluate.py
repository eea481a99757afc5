"""The eval suite: grading rules, retrieval metrics, the effort model, the report and a smoke run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluate.effort import (
    EffortCase,
    EffortParams,
    ManualTask,
    MiaTask,
    gain,
    manual_minutes,
    mia_minutes,
    sensitivity,
)
from assistant.evaluate.keyword import PageBM25, evidence_rank
from assistant.evaluate.metrics import (
    Ranked,
    gold_pages,
    grade_answer,
    lead_figure,
    numeric_gold,
    percentile,
    score_citations,
    score_retrieval,
    split_sentences,
)
from assistant.evaluate.numbers import parse_numbers, unit_hint
from assistant.evaluate.pages import PageText
from assistant.types import Answer, Citation, Verification

CAPEX_Q = "What is the FY2018 capital expenditure amount (in USD millions) for 3M?"


# ---- numbers ---------------------------------------------------------------------------------------------
def test_parse_numbers_reads_signs_scales_percent_and_skips_years_and_names():
    nums = parse_numbers("In FY2018 3M's 10-K shows (1,577) and -$1561M, up 65.4%, $1.577 billion [2].")
    assert [(n.value, n.scale, n.percent) for n in nums] == [
        (-1577.0, 1.0, False),
        (-1561.0, 1e6, False),
        (65.4, 1.0, True),
        (1.577, 1e9, False),
    ]


def test_unit_hint_from_question():
    assert unit_hint(CAPEX_Q) == 1e6
    assert unit_hint("Revenue (in thousands)?") == 1e3
    assert unit_hint("What was revenue?") == 1.0


# ---- numeric gold ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "FY2018 capital expenditure was $1,577 million [1].",
        "Capital expenditures were $1.577 billion.",
        "1,577",
        "Purchases of PP&E were (1,577) in the cash flow statement.",
        "About $1.58 billion.",
    ],
)
def test_numeric_gold_matches_across_formats(answer):
    assert grade_answer("$1577.00", answer, False, CAPEX_Q).label == "correct"


@pytest.mark.parametrize("answer", ["$1,600 million", "$1,560 million", "1,373", "$157.7 million"])
def test_numeric_gold_rejects_other_numbers(answer):
    out = grade_answer("$1577.00", answer, False, CAPEX_Q)
    assert out.label == "incorrect"


def test_thousandfold_slip_is_flagged():
    out = grade_answer("$1577.00", "Capex was $1,577 thousand.", False, CAPEX_Q)
    assert (out.label, out.slip) == ("incorrect", "x1000")
    out = grade_answer("$1577.00", "Capex was $1.577 trillion.", False, CAPEX_Q)
    assert out.slip == "x1000"


def test_hundredfold_slip_is_flagged():
    out = grade_answer("0.66", "The ratio is 66.", False, "What is the quick ratio?")
    assert (out.label, out.slip) == ("incorrect", "x100")


def test_percentages_and_fractions():
    assert grade_answer("65.4%", "Gross margin was 65.4% [1].", False).label == "correct"
    assert grade_answer("65.4%", "Gross margin was 0.654.", False).label == "correct"
    assert grade_answer("0.66", "The ratio is 66%.", False).label == "correct"
    assert grade_answer("1.9%", "It grew 2.4%.", False).label == "incorrect"


def test_tolerance_is_half_a_last_digit_or_half_a_percent():
    assert grade_answer("24.26", "24.3", False).label == "correct"  # within 0.5% of 24.26
    assert grade_answer("0.66", "0.664", False).label == "correct"  # half a unit of the last digit (0.005)
    assert grade_answer("0.66", "0.67", False).label == "incorrect"
    assert grade_answer("$8.70", "$8.74 per share", False).label == "correct"
    assert grade_answer("$8.70", "$8.80 per share", False).label == "incorrect"


def test_negative_gold_needs_a_sign_or_a_direction_word():
    assert grade_answer("-3.7", "The change was -3.7 [1].", False).label == "correct"
    assert grade_answer("-3.7", "It declined by 3.7 points.", False).label == "correct"
    assert grade_answer("-3.7", "It rose 3.7 points.", False).label == "incorrect"
    # a positive gold amount may be shown with the cash-flow sign
    assert grade_answer("$1577.00", "-$1,577 million", False, CAPEX_Q).label == "correct"


def test_numeric_gold_detection():
    assert numeric_gold("$1577.00") is not None
    assert numeric_gold("36%. The answer here assumes FY2023 refers to ...") is not None
    assert numeric_gold("$400,000,000 increase.") is not None
    assert numeric_gold("They could receive $66.56 per share, said the long filing text.") is None


def test_refused_and_unanswerable():
    assert grade_answer("$1577.00", "", True, CAPEX_Q).label == "refused"
    assert grade_answer("", "I can't find that.", True).label == "correct"
    assert grade_answer(None, "It was $5m.", False).label == "incorrect"


# ---- non-numeric rule ------------------------------------------------------------------------------------
def test_yes_no_polarity():
    gold = "Yes, CVS paid a $ 0.55 dividend per share every quarter in FY2022"
    assert grade_answer(gold, "Yes. It paid $0.55 a quarter [1].", False).label == "correct"
    assert grade_answer(gold, "No, it did not.", False).label == "incorrect"
    assert grade_answer(gold, "It paid dividends.", False).label == "incorrect"


def test_key_numbers_in_a_sentence_answer():
    gold = "The quick ratio has slightly improved from 0.67 times to 0.69 times between FY 2023 and FY 2022."
    assert grade_answer(gold, "It rose from 0.67 to 0.69 [1].", False).label == "correct"
    assert grade_answer(gold, "It went to 0.69.", False).label == "correct"  # half of the key numbers
    assert grade_answer(gold, "It was 0.5 [1].", False).label == "incorrect"


def test_numbered_list_markers_are_no_figures():
    gold = "Two purchases closed in fiscal 2025: (1) Harbor Analytics Ltd and (2) Pinecrest Tools, LLC"
    assert parse_numbers(gold) == []
    assert grade_answer(gold, "“We acquired Harbor Analytics Ltd and Pinecrest Tools, LLC.” [1]", False).label == "correct"
    # parenthesised figures that are no run of counters stay (negative) figures
    assert [n.value for n in parse_numbers("Dividends paid (389) and (353)")] == [-389, -353]
    assert [n.value for n in parse_numbers("a loss of (2) million; (1) Contoso")] == [-2, -1]


def test_an_answer_that_leads_with_a_figure_must_lead_with_a_gold_figure():
    gold = "About 7,500 sites by 2030 (about 3,000 at the end of 2026)."
    quote = "“We expect Northwind to run about 3,000 sites at the end of 2026 and 7,500 by 2030.” [1]"
    # the quote holds both gold figures, but the headline put in front of it is another one
    assert grade_answer(gold, f"12,000, from the note, p. 4:\n{quote}", False).label == "incorrect"
    assert grade_answer(gold, f"7,500, from the note, p. 4:\n{quote}", False).label == "correct"
    assert grade_answer(gold, f"$7,500 (2030), from the note, p. 4:\n{quote}", False).label == "correct"
    # an answer that opens with a quote or a lead-in is graded on its figures as before
    assert grade_answer(gold, f"From the note, p. 4:\n{quote}", False).label == "correct"
    assert lead_figure("From the 2026 note, p. 4: 12,000") is None
    assert lead_figure("Yes. 12,000 sites.") is None
    assert lead_figure("12,000, from the note").value == 12000


def test_key_terms_exclude_words_from_the_question():
    q = "Which acquisitions did Pfizer complete in 2021?"
    assert grade_answer("Trillium, Array, and Therachon", "Pfizer bought Trillium and Array [1].", False, q).label == "correct"
    assert grade_answer("Trillium, Array, and Therachon", "Pfizer completed acquisitions in 2021.", False, q).label == "incorrect"


# ---- retrieval -------------------------------------------------------------------------------------------
def test_gold_pages_are_shifted_to_one_based():
    assert gold_pages([{"doc_name": "3M_2018_10K", "evidence_page_num": 59}]) == {("3m_2018_10k", 60)}


def test_hit_at_k_and_mrr_strict_and_near():
    gold = gold_pages([{"doc_name": "A_10K", "evidence_page_num": 9}])  # page 10
    items = [Ranked("B_10K", 10), Ranked("A_10K", 11), Ranked("A_10K", 3), Ranked("a_10k", 8, 10)]
    s = score_retrieval(items, gold)
    assert (s.rank, s.rank_near, s.doc_rank) == (4, 2, 2)
    assert s.to_dict()["hit@1"] is False and s.to_dict()["hit@5"] is True
    assert s.rr() == pytest.approx(0.25) and s.rr(near=True) == pytest.approx(0.5)
    miss = score_retrieval([Ranked("B_10K", 10)], gold)
    assert miss.rank is None and miss.rr() == 0.0 and miss.to_dict()["doc_hit@5"] is False


def test_percentile_interpolates():
    assert percentile([1, 2, 3, 4], 50) == pytest.approx(2.5)
    assert percentile([5], 95) == 5
    assert percentile([], 50) is None


# ---- citations -------------------------------------------------------------------------------------------
def _cite(n, page, quote, doc="3M_2018_10K"):
    return Citation(n=n, doc=doc, source=f"{doc}.pdf", page=page, quote=quote)


def test_citation_precision_recall_and_gold_hit():
    gold = gold_pages([{"doc_name": "3M_2018_10K", "evidence_page_num": 59}])
    text = "Capex was $1,577 million [1]. Net income was $5,363 million [2]. Sales grew."
    cites = [
        _cite(1, 60, "Purchases of property, plant and equipment (PP&E) (1,577) (1,373)"),
        _cite(2, 60, "Depreciation and amortization 1,488"),
    ]
    s = score_citations(text, cites, gold)
    assert s.gold_hit is True
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(1 / 3)  # the third sentence has no citation
    assert s.uncited_numbers == ("$5,363 million",)


def test_citation_on_a_neighbouring_page_counts_only_when_near():
    gold = gold_pages([{"doc_name": "3M_2018_10K", "evidence_page_num": 59}])
    s = score_citations("Capex was 1,577 [1].", [_cite(1, 61, "(1,577)")], gold)
    assert (s.gold_hit, s.gold_hit_near) == (False, True)


def test_split_sentences_keeps_decimals_and_markers():
    assert split_sentences("EPS was $8.70 [1]. It rose 1.5%.") == ["EPS was $8.70 [1].", "It rose 1.5%."]


# ---- effort model ----------------------------------------------------------------------------------------
def test_manual_minutes_arithmetic():
    p = EffortParams()  # 238 wpm, skim 2x, 500 words a page, 1 min to open
    task = ManualTask("metrics-generated", "Numerical reasoning", evidence_rank=5, evidence_pages=2)
    m = manual_minutes(task, p)
    assert m["open"] == 1.0
    assert m["skim"] == pytest.approx(4 * 500 / (238 * 2))
    assert m["read"] == pytest.approx(1000 / 238)
    assert m["calc"] == 2.0
    assert m["total"] == pytest.approx(1 + 2000 / 476 + 1000 / 238 + 2)
    extraction = ManualTask("metrics-generated", "Information extraction", 1, 1)
    assert manual_minutes(extraction, p)["calc"] == 0.5


def test_mia_minutes_fall_back_to_manual_without_refund():
    p = EffortParams()
    ok = MiaTask(latency_s=12, answer_words=119, cited_pages=2, outcome="correct", evidence_cited=True)
    m = mia_minutes(ok, 10.0, p)
    assert m["total"] == pytest.approx(0.25 + 0.2 + 0.5 + 1.0)
    wrong = MiaTask(12, 119, 2, "incorrect", True)
    assert mia_minutes(wrong, 10.0, p)["total"] == pytest.approx(m["total"] + 10.0)
    uncited = MiaTask(12, 119, 2, "correct", False)
    assert mia_minutes(uncited, 10.0, p)["fallback"] == 10.0
    refused = MiaTask(3, 4, 0, "refused", False)
    assert mia_minutes(refused, 10.0, p)["total"] == pytest.approx(0.25 + 0.05 + 4 / 238 + 10.0)
    quoted = MiaTask(3, 60, 2, "refused", False)  # a fallback: two quoted passages, read but not checked
    assert mia_minutes(quoted, 10.0, p)["check"] == 0.0
    assert mia_minutes(quoted, 10.0, p)["total"] == pytest.approx(0.25 + 0.05 + 60 / 238 + 10.0)


def test_gain_and_sensitivity():
    assert gain([1, 1], [4, 4]) == pytest.approx(0.75)
    assert gain([1], [0]) is None
    case = EffortCase("novel-generated", ManualTask("novel-generated", None, 20, 1), MiaTask(6, 50, 1, "correct", True))
    rows = {r["variant"]: r for r in sensitivity([case])}
    assert rows["skim 3x"]["without_min"] < rows["base (skim 2x, overheads x1)"]["without_min"] < rows["skim 1.5x"]["without_min"]
    assert rows["overheads doubled"]["with_min"] > rows["overheads halved"]["with_min"]
    assert all(0 < r["gain"] < 1 for r in rows.values())


def test_evidence_rank_uses_bm25_within_the_filing():
    pages = [
        PageText("D", "D.pdf", 1, "table of contents overview"),
        PageText("D", "D.pdf", 2, "risk factors competition"),
        PageText("D", "D.pdf", 3, "cash flow statement purchases of property plant equipment capital expenditure"),
    ]
    assert evidence_rank(pages, "capital expenditure cash flow statement", {3}) == 1
    assert evidence_rank(pages, "nothing matches this", {3}) == 3  # ties keep page order
    assert PageBM25(pages).search("risk competition", 1) == [Ranked("D", 2)]


# ---- a tiny fake run: runner, report and charts --------------------------------------------------------
DOCS = {
    "ACME_2023_10K": "Acme Corp annual report. Capital expenditures were $1,577 million in FY2023. "
    "Revenue grew 12% to $9,000 million.",
    "ZETA_2022_10K": "Zeta Inc annual report. Zeta paid a dividend of $0.55 per share every quarter.",
}
QUESTIONS = [
    {"financebench_id": "q1", "question": "What were Acme's FY2023 capital expenditures (in USD millions)?",
     "answer": "$1577.00", "question_type": "metrics-generated", "question_reasoning": "Information extraction",
     "doc_name": "ACME_2023_10K", "evidence": [{"doc_name": "ACME_2023_10K", "evidence_page_num": 0}]},
    {"financebench_id": "q2", "question": "Did Zeta pay a quarterly dividend?", "answer": "Yes, $0.55 per share.",
     "question_type": "novel-generated", "doc_name": "ZETA_2022_10K",
     "evidence": [{"doc_name": "ZETA_2022_10K", "evidence_page_num": 0}]},
    {"financebench_id": "q3", "question": "What is Acme's CEO's shoe size?", "answer": "", "answerable": False,
     "question_type": "unanswerable", "doc_name": "ACME_2023_10K", "evidence": []},
    {"financebench_id": "q4", "question": "How much per share does Zeta pay each quarter?", "answer": "$0.55",
     "question_type": "metrics-generated", "doc_name": "ZETA_2022_10K",
     "evidence": [{"doc_name": "ZETA_2022_10K", "evidence_page_num": 0}]},
]


class FakeAssistant:
    """Answers from a fixed script; hits are every document's page 1, the asked company first."""

    def __init__(self, index_root: Path) -> None:
        from assistant.config import Settings
        from assistant.llm.fake import FakeLLM

        self.settings = Settings(index_root=index_root, embedder="hash", llm="fake", max_tokens=40)
        self.llm = FakeLLM("I don't know.")
        self.ingested: list[Path] = []

    def ingest(self, paths, progress=True):
        self.ingested += [Path(p) for p in paths]

    def hits(self, query, k=10):
        from assistant.types import Chunk, Hit

        docs = sorted(DOCS, key=lambda d: d.split("_")[0].lower() not in query.lower())
        return [Hit(Chunk(f"{d}:0", d, d, f"{d}.txt", 1, 1, 0, 10, DOCS[d]), score=1.0 / (i + 1), rank=i)
                for i, d in enumerate(docs[:k])]

    def ask(self, question):
        if "capital" in question:
            cite = Citation(1, "ACME_2023_10K", "ACME_2023_10K.txt", 1, "Capital expenditures were $1,577 million")
            return Answer(question, "Capital expenditures were $1,577 million [1].", citations=[cite],
                          verification=Verification(True), timings_ms={"total": 5.0}, mode="facts")
        if "per share" in question:  # the draft failed; passages quoted instead: an abstention
            cite = Citation(1, "ZETA_2022_10K", "ZETA_2022_10K.txt", 1, "Zeta paid a dividend of $0.55 per share")
            return Answer(question, "The closest passages say: \u201cZeta paid a dividend of $0.55 per share\u201d [1]",
                          citations=[cite], verification=Verification(True), mode="fallback")
        if "dividend" in question:  # wrong polarity, but "verified": a silent error
            cite = Citation(1, "ZETA_2022_10K", "ZETA_2022_10K.txt", 1, "Zeta paid a dividend")
            return Answer(question, "No, Zeta paid no dividend [1].", citations=[cite],
                          verification=Verification(True), mode="rag")
        return Answer(question, "I could not find this in the documents.", refused=True, mode="refused")


@pytest.fixture
def fake_suite(tmp_path: Path) -> Path:
    folder = tmp_path / "suite"
    (folder / "docs").mkdir(parents=True)
    for name, text in DOCS.items():
        (folder / "docs" / f"{name}.txt").write_text(text)
    (folder / "questions.jsonl").write_text("\n".join(json.dumps(q) for q in QUESTIONS) + "\n")
    return folder


def test_fake_run_grades_and_writes_report_and_charts(fake_suite: Path, tmp_path: Path):
    from assistant.evaluate.runner import run_suite

    out = tmp_path / "out"
    fake = FakeAssistant(tmp_path / "indexes")
    results = run_suite("financebench", data=fake_suite, index=None, limit=None, out=out,
                        assistant_factory=lambda name: fake, progress=False, baselines=("closed_book", "bm25"))
    assert fake.ingested == [fake_suite / "docs"]
    outcomes = {r["id"]: r["mia"]["outcome"] for r in results["questions"]}
    assert outcomes == {"q1": "correct", "q2": "incorrect", "q3": "correct", "q4": "refused"}
    mia = results["summary"]["overall"]["mia"]
    assert (mia["correct"], mia["incorrect"], mia["silent_errors"]) == (1, 1, 1)
    assert mia["unanswerable"] == 1 and mia["unanswerable_refused"] == 1
    assert (mia["facts_path_answered"], mia["facts_path_correct"], mia["facts_path_incorrect"]) == (1, 1, 0)
    assert mia["fallback_quotes_hold_gold"] == 1
    assert mia["retrieval"]["hit@1"] == 1.0 and mia["citation_gold_hit"] == 1.0
    closed = results["summary"]["overall"]["closed_book"]
    assert closed["refused"] == 3  # the fake LLM says "I don't know." to the three answerable questions
    assert results["summary"]["overall"]["bm25"]["retrieval"]["hit@1"] == 1.0

    q1 = next(r for r in results["questions"] if r["id"] == "q1")
    assert q1["effort"]["with"]["fallback"] == 0.0 and q1["effort"]["evidence_rank"] == 1
    q2 = next(r for r in results["questions"] if r["id"] == "q2")
    assert q2["effort"]["with"]["fallback"] == pytest.approx(q2["effort"]["without"]["total"])
    assert len(results["effort_sensitivity"]) == 5

    saved = json.loads((out / "results.json").read_text())
    assert saved["summary"]["overall"]["mia"]["correct"] == 1
    report = (out / "report.md").read_text()
    assert "## mia vs baselines" in report and "Worst 10 failures" in report and "q2" in report
    for chart in ("hit_at_k.png", "effort.png", "latency.png"):
        assert (out / chart).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_unknown_suite_and_missing_folder_are_reported(tmp_path: Path):
    from assistant.evaluate.runner import Suite

    with pytest.raises(ValueError, match="unknown suite"):
        Suite.resolve("nope", None)
    with pytest.raises(FileNotFoundError, match="questions.jsonl"):
        Suite.resolve("financebench", tmp_path)


def test_a_suite_folder_with_its_own_documents_gets_its_own_index(tmp_path: Path):
    from assistant.evaluate.runner import ROOT, Suite

    assert Suite.resolve("sample", None).index == "eval-sample"
    reading = tmp_path / "Reading Set"  # questions over corpus/: the sample suite's documents and index
    reading.mkdir()
    (reading / "questions.jsonl").write_text('{"question": "Who?"}\n')
    assert Suite.resolve("sample", reading).docs == ROOT / "corpus"
    assert Suite.resolve("sample", reading).index == "eval-sample"
    (reading / "docs").mkdir()  # documents of its own: never mixed into eval-sample
    assert Suite.resolve("sample", reading).index == "eval-sample-reading-set"
    assert Suite.resolve("financebench", reading).index == "eval-financebench-reading-set"


def test_new_questions_over_the_shared_filings_use_the_shared_documents_and_index(tmp_path: Path):
    from assistant.evaluate.runner import Suite

    shared = tmp_path / "shared"
    new = tmp_path / "new-questions"
    new.mkdir()
    (new / "questions.jsonl").write_text('{"question": "What was capex?", "doc_name": "ACME_2024_10K"}\n')
    with pytest.raises(FileNotFoundError, match="no pdfs/ or docs/"):
        Suite.resolve("financebench", new, shared)  # no shared filings either: named, not guessed
    (shared / "pdfs").mkdir(parents=True)
    suite = Suite.resolve("financebench", new, shared)
    assert (suite.docs, suite.index) == (shared / "pdfs", "eval-financebench")
    (new / "pdfs").mkdir()  # documents of its own win, with an index of their own
    assert Suite.resolve("financebench", new, shared).index == "eval-financebench-new-questions"


def test_naive_baseline_cache_round_trips_without_pickle(fake_suite: Path, tmp_path: Path):
    pytest.importorskip("langchain_community", reason="langchain-community (eval extra) is not installed")
    pytest.importorskip("faiss", reason="faiss-cpu is not installed")
    from assistant.config import Settings
    from assistant.evaluate import baselines as bl
    from assistant.evaluate.pages import list_documents, load_pages

    settings = Settings(index_root=tmp_path / "indexes", embedder="hash", llm="fake")
    paths = list_documents(fake_suite / "docs")
    pages = load_pages(paths, None)
    built = bl.naive_rag(pages, paths, settings, tmp_path / "cache")
    cached_dirs = list((tmp_path / "cache").iterdir())
    assert [p.name for p in sorted(cached_dirs[0].iterdir())] == ["chunks.json", "vectors.faiss"]
    loaded = bl.naive_rag(pages, paths, settings, tmp_path / "cache")
    assert loaded.build_seconds == 0.0 and loaded.chunks == built.chunks == 2
    top = bl.ranked(loaded.retrieve("Zeta dividend per share quarter", k=1))
    assert top == [Ranked("ZETA_2022_10K", 1)]


# ---- the real Assistant, end to end with fakes ---------------------------------------------------------
SAMPLE = Path(__file__).resolve().parents[1] / "eval" / "datasets" / "sample" / "questions.jsonl"


def test_run_suite_sample_smoke_with_fakes(tmp_path: Path):
    from assistant.api import Assistant
    from assistant.config import load_settings
    from assistant.evaluate.runner import run_suite

    def factory(name: str) -> Assistant:
        return Assistant(load_settings(index=name, index_root=tmp_path / "indexes", embedder="hash", llm="fake"))

    out = tmp_path / "out"
    results = run_suite("sample", data=None, index=None, limit=3, out=out, assistant_factory=factory,
                        progress=False)
    assert len(results["questions"]) == 3
    assert all(r["mia"]["outcome"] in ("correct", "incorrect", "refused") for r in results["questions"])
    assert (out / "report.md").is_file() and (out / "results.json").is_file()


@pytest.mark.parametrize(("answer", "label"), [("Turnover was 6.25x [1].", "correct"), ("It was 6.25 times.", "correct"),
                                               ("Turnover was 6.2x.", "incorrect")])
def test_ratios_written_with_x_or_times(answer, label):
    assert grade_answer("6.25", answer, False, "What is the inventory turnover ratio?").label == label


def _parse_or_fail(path: str) -> list[str]:
    if "broken" in path:
        raise ValueError("no xref table")
    return [Path(path).read_text()]


def test_load_pages_survives_a_file_the_parser_cannot_read(tmp_path):
    from assistant.evaluate.pages import load_pages

    good, bad = tmp_path / "good.pdf", tmp_path / "broken.pdf"
    good.write_text("page one")
    bad.write_text("junk")
    with pytest.warns(UserWarning, match=r"broken\.pdf: could not be read .*no xref table"):
        pages = load_pages([bad, good], tmp_path / "cache", workers=1, parse=_parse_or_fail)
    assert [p.text for p in pages["good"]] == ["page one"] and pages["broken"] == []
    # only the good file was cached, so the broken one is tried again next time
    assert [p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()] == ["good"]


def test_load_pages_reads_files_in_parallel_worker_processes(tmp_path):
    """Two workers (spawned, so a threaded caller is safe) give every file's pages, in the files' order, and a
    file the parser cannot read still costs only itself."""
    from assistant.evaluate.pages import load_pages

    paths = [tmp_path / f"{name}.pdf" for name in ("alder", "broken_birch", "cedar")]
    for p in paths:
        p.write_text(f"text of {p.stem}")
    with pytest.warns(UserWarning, match=r"broken_birch\.pdf: could not be read"):
        pages = load_pages(paths, None, workers=2, parse=_parse_or_fail)
    assert {k: [p.text for p in v] for k, v in pages.items()} == {
        "alder": ["text of alder"], "broken_birch": [], "cedar": ["text of cedar"]}


# ---- the strict grader (issue 16): hand-written examples, one per rule --------------------------------------
from assistant.evaluate.metrics import grade_lenient, headline  # noqa: E402

OCF_Q = "What was Northwind's FY2021 net cash from operating activities (in USD millions)?"


def test_strict_numeric_grades_the_headline_figure_not_any_number():
    gold = "$842.00"
    first_wrong = "Operating cash flow fell from $901 million in FY2020 to $842 million in FY2021 [1]."
    out = grade_answer(gold, first_wrong, False, OCF_Q)
    assert (out.label, out.rule) == ("incorrect", "headline")
    assert "$901 million" in out.detail and "later figure $842 million matches" in out.detail
    assert grade_lenient(gold, first_wrong, False, OCF_Q).label == "correct"  # the old rule took any number
    # the headline is the first number of the first sentence that holds one
    lead_in = "Northwind reports it in the cash flow statement. It was $842 million in FY2021 [1]."
    assert grade_answer(gold, lead_in, False, OCF_Q).label == "correct"
    assert headline("No figure here.") == (None, [], "")
    assert grade_answer(gold, "Operating cash flow was strong.", False, OCF_Q).detail == "the answer states no figure"


def test_strict_numeric_flags_a_second_unmatched_figure_in_the_headline_sentence():
    gold = "$842.00"
    out = grade_answer(gold, "Net cash from operations was $842 million, or $915 million before tax paid [1].",
                       False, OCF_Q)
    assert out.label == "correct" and "$915 million" in out.flag
    # a figure of another kind (a percent) or one in a later sentence is not flagged
    assert grade_answer(gold, "It was $842 million, 14.5% of revenue [1].", False, OCF_Q).flag == ""
    assert grade_answer(gold, "It was $842 million [1]. Capex was $120 million [2].", False, OCF_Q).flag == ""


def test_strict_numeric_headline_sign_and_unit_slip():
    q = "By how many percentage points did Contoso's operating margin change in FY2022?"
    assert grade_answer("-4.2%", "Operating margin declined 4.2% in FY2022 [1].", False, q).label == "correct"
    moved = "Operating margin moved 4.2% in FY2022 [1]. Costs fell."  # the direction word is in another sentence
    out = grade_answer("-4.2%", moved, False, q)
    assert out.label == "incorrect" and "wrong sign" in out.detail
    assert grade_lenient("-4.2%", moved, False, q).label == "correct"
    slip = grade_answer("$842.00", "Operating cash flow was $842 thousand [1].", False, OCF_Q)
    assert (slip.label, slip.slip) == ("incorrect", "x1000")


def test_strict_yes_no_with_a_figure_needs_the_polarity_and_the_figure():
    q = "Did Northwind have positive working capital at the end of FY2021?"
    gold = "Yes. Northwind had positive working capital of $1.2 billion at the end of FY2021."
    assert grade_answer(gold, "Yes: working capital was $1.2 billion at year end [1].", False, q).label == "correct"
    wrong_figure = "Yes: working capital was $0.8 billion [1]."
    out = grade_answer(gold, wrong_figure, False, q)
    assert (out.label, out.rule) == ("incorrect", "yes/no + figure")
    assert grade_lenient(gold, wrong_figure, False, q).label == "correct"  # the old rule read only "Yes"
    assert grade_answer(gold, "Yes, it did [1].", False, q).label == "incorrect"
    assert grade_answer(gold, "No: working capital was $1.2 billion [1].", False, q).label == "incorrect"


def test_strict_yes_no_with_a_reason_in_words_needs_half_its_key_terms():
    q = "Does Fabrikam depend on more than one supplier for its display panels?"
    gold = "No, Fabrikam relies on a single supplier of glass substrates located in Taiwan."
    good = "No. It relies on one single supplier, located in Taiwan, for glass substrates [1]."
    assert grade_answer(gold, good, False, q).label == "correct"
    bare = "No, it does not [1]."
    out = grade_answer(gold, bare, False, q)
    assert (out.label, out.rule) == ("incorrect", "yes/no + terms")
    assert grade_lenient(gold, bare, False, q).label == "correct"


def test_strict_bare_yes_no_needs_only_the_polarity():
    q = "Did Initech pay a dividend in FY2020?"
    assert grade_answer("Yes.", "Yes: Initech paid $0.40 per share [1].", False, q).label == "correct"
    assert grade_answer("No", "Yes, it paid one.", False, q).label == "incorrect"


# ---- folds -------------------------------------------------------------------------------------------------
def test_fold_of_is_the_documented_hash_of_the_normalised_name():
    import hashlib

    from assistant.evaluate.folds import company_of, fold_of

    for name in ("Northwind", "Fabrikam", "Globex Holdings"):
        want = int(hashlib.sha256(name.lower().encode()).hexdigest(), 16) % 3
        assert fold_of(name, 3) == fold_of(f"  {name.upper()} ", 3) == want
    assert fold_of("anything", 1) == 0
    assert company_of({"company": "Contoso", "doc_name": "X_2020_10K"}) == "Contoso"
    assert company_of({"doc_name": "GLOBEX_2021_10K"}) == "GLOBEX"


def test_select_by_company_and_fold_and_unknown_names():
    from assistant.evaluate.folds import fold_of, select

    qs = [{"company": c, "question": f"q{i}"} for i, c in enumerate(["Contoso", "Fabrikam", "Contoso", "Initech"])]
    assert [q["question"] for q in select(qs, companies=["contoso", " INITECH"])] == ["q0", "q2", "q3"]
    fold0 = select(qs, fold=0, k=2)
    assert fold0 and all(fold_of(q["company"], 2) == 0 for q in fold0)
    assert len(fold0) + len(select(qs, fold=1, k=2)) == len(qs)
    with pytest.raises(ValueError, match=r"questions.jsonl: no questions about umbrella"):
        select(qs, companies=["Umbrella"], source="questions.jsonl")
    with pytest.raises(ValueError, match="fold 2 does not exist"):
        select(qs, fold=2, k=2)


# ---- effort with pointer credit -------------------------------------------------------------------------------
def test_declined_reply_citing_the_evidence_is_credited_up_to_its_position():
    p = EffortParams()
    manual = manual_minutes(ManualTask("metrics-generated", "Numerical reasoning", evidence_rank=30,
                                       evidence_pages=1), p)
    quoted = MiaTask(latency_s=6, answer_words=60, cited_pages=3, outcome="refused", evidence_cited=True,
                     evidence_position=2)
    m = mia_minutes(quoted, manual, p)
    assert m["fallback"] == 0.0 and m["check"] == 0.0
    assert m["pointer"] == pytest.approx(2 * 0.5 + manual["read"] + manual["calc"])
    assert m["total"] == pytest.approx(0.25 + 0.1 + 60 / 238 + m["pointer"])
    assert m["total"] < manual["total"]  # skipping 29 pages of search is worth it
    plain = mia_minutes(quoted, manual, EffortParams(pointer_credit=False))
    assert plain["pointer"] == 0.0 and plain["fallback"] == pytest.approx(manual["total"])
    # no citation on the evidence: the full manual work follows
    missed = MiaTask(6, 60, 3, "refused", False, None)
    assert mia_minutes(missed, manual, p)["fallback"] == pytest.approx(manual["total"])
    # a wrong answer is not credited even when it cites the evidence: reading, checking and the manual work
    wrong = MiaTask(6, 60, 3, "incorrect", True, 1)
    w = mia_minutes(wrong, manual, p)
    assert (w["pointer"], w["fallback"]) == (0.0, pytest.approx(manual["total"])) and w["check"] == 1.5


def test_evidence_position_counts_distinct_cited_pages_in_citation_order():
    from assistant.evaluate.runner import evidence_position

    gold = gold_pages([{"doc_name": "Contoso_2022_10K", "evidence_page_num": 40}])  # page 41
    cites = [_cite(1, 12, "a", doc="Contoso_2022_10K"), _cite(2, 12, "b", doc="Contoso_2022_10K"),
             _cite(3, 7, "c", doc="Other_10K"), _cite(4, 42, "d", doc="Contoso_2022_10K")]
    assert evidence_position(cites, gold) == 3  # page 12, Other p7, then page 42 (next to the evidence)
    assert evidence_position(cites[:3], gold) is None


def test_sensitivity_reports_gain_with_and_without_pointer_credit():
    quoted = EffortCase("metrics-generated", ManualTask("metrics-generated", None, 40, 1),
                        MiaTask(6, 50, 2, "refused", True, 1))
    for row in sensitivity([quoted]):
        assert row["gain"] > 0 > row["gain_no_credit"]


# ---- history ---------------------------------------------------------------------------------------------------
def _summary(correct: int, wrong: int, refused: int, gain_: float) -> dict:
    n = correct + wrong + refused
    mia = {"n": n, "correct": correct, "incorrect": wrong, "refused": refused, "retrieval": {"hit@5": 0.5},
           "latency": {"p50_ms": 1234.4}, "lenient": {"correct": correct + 1}, "shown_wrong": wrong}
    return {"overall": {"mia": mia, "effort": {"gain": gain_, "gain_no_credit": gain_ - 0.1}}}


def test_history_rows_per_fold_and_atomic_append(tmp_path: Path):
    from assistant.evaluate.history import COLUMNS, append_rows, read_history, rows_for

    results = {"suite": "financebench", "created": "2026-01-02T03:04:05+00:00", "commit": "abc123", "tag": "t1",
               "scope": "", "summary": _summary(5, 2, 3, 0.4),
               "folds": {"summary": {"0": _summary(2, 1, 1, 0.5), "1": _summary(3, 1, 2, 0.3)}}}
    rows = rows_for(results)
    assert [r["fold"] for r in rows] == ["0", "1", "all"]
    assert rows[2]["correct"] == "5" and rows[2]["wrong"] == "2" and rows[2]["lenient_correct"] == "6"
    assert rows[0]["effort_gain"] == "0.5000" and rows[2]["p50_ms"] == "1234"
    path = tmp_path / "reports" / "history.csv"
    append_rows(path, rows)
    append_rows(path, rows_for({**results, "tag": "t2"}))
    back = read_history(path)
    assert [(r["tag"], r["fold"]) for r in back] == [("t1", "0"), ("t1", "1"), ("t1", "all"),
                                                    ("t2", "0"), ("t2", "1"), ("t2", "all")]
    assert path.read_text().splitlines()[0] == ",".join(COLUMNS)
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    (tmp_path / "bad.csv").write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match=r"bad\.csv: not an eval history file"):
        read_history(tmp_path / "bad.csv")


def test_history_rows_name_their_question_set_and_an_old_file_gains_the_column(tmp_path: Path):
    from assistant.evaluate.history import COLUMNS, append_rows, read_history, rows_for
    from assistant.evaluate.report import _history

    def run(folder: str, tag: str) -> dict:
        return {"suite": "sample", "created": "2026-01-02T03:04:05+00:00", "commit": "abc123", "tag": tag,
                "scope": "", "questions_file": f"/x/eval/datasets/{folder}/questions.jsonl",
                "summary": _summary(3, 0, 1, 0.2), "folds": {"summary": {"0": _summary(3, 0, 1, 0.2)}}}

    path = tmp_path / "history.csv"
    old_header = ",".join(c for c in COLUMNS if c != "set")  # a file written before the column existed
    path.write_text(old_header + "\n2025-12-01T00:00:00+00:00,0ld,old,sample,,all,4,1,0,3,,,,,,\n")
    assert read_history(path)[0]["set"] == ""
    append_rows(path, rows_for(run("tundra_reports", "a")))
    append_rows(path, rows_for(run("harbour_filings", "b")))
    back = read_history(path)
    assert path.read_text().splitlines()[0] == ",".join(COLUMNS)
    assert [(r["tag"], r["set"]) for r in back] == [("old", ""), ("a", "tundra_reports"), ("b", "harbour_filings")]
    # a report's history holds the runs of its own question set only, not another set run by the same suite
    mine = {**run("harbour_filings", "c"), "history_file": str(path)}
    assert [r["tag"] for r in _history(mine)] == ["b"]


def test_fake_run_reports_folds_history_and_shown_wrong(fake_suite: Path, tmp_path: Path):
    from assistant.evaluate.folds import fold_of
    from assistant.evaluate.history import read_history
    from assistant.evaluate.runner import SuiteError, run_suite

    rows = [json.loads(line) for line in (fake_suite / "questions.jsonl").read_text().splitlines()]
    for q in rows:  # two companies in two folds
        q["company"] = "Acme Corp" if q["doc_name"].startswith("ACME") else "Zeta Inc"
    assert {fold_of("Acme Corp", 2), fold_of("Zeta Inc", 2)} == {0, 1}
    (fake_suite / "questions.jsonl").write_text("\n".join(json.dumps(q) for q in rows) + "\n")
    history = tmp_path / "history.csv"
    fake = FakeAssistant(tmp_path / "indexes")

    def run(out: str, **kw):
        return run_suite("financebench", data=fake_suite, index=None, limit=None, out=tmp_path / out,
                         assistant_factory=lambda name: fake, progress=False, baselines=(), history=history, **kw)

    results = run("all", tag="first")
    folds = results["folds"]
    assert folds["k"] == 2 and folds["companies"] == {"Acme Corp": 0, "Zeta Inc": 1}
    assert {f: s["overall"]["mia"]["n"] for f, s in folds["summary"].items()} == {"0": 1, "1": 2}
    mia = results["summary"]["overall"]["mia"]
    assert mia["shown_wrong"] == 1 and mia["shown_wrong_by_mode"] == {"rag": 1}
    assert mia["lenient"]["correct"] == 1
    assert set(results["summary"]["by_mode"]) == {"facts", "fallback", "rag", "refused"}
    q4 = next(r for r in results["questions"] if r["id"] == "q4")  # quoted passages citing the evidence page
    assert q4["effort"]["with"]["pointer"] > 0 and q4["effort"]["with_no_credit"]["pointer"] == 0
    eff = results["summary"]["overall"]["effort"]
    assert eff["gain"] > eff["gain_no_credit"] and eff["pointer_credited"] == 1
    assert 0 < eff["wrong_share"] < 1
    assert set(results["headline"]) == {"0", "1", "all"}

    report = (tmp_path / "all" / "report.md").read_text()
    assert report.index("## Per fold") < report.index("## mia vs baselines")
    assert "## Shown and wrong (silent errors), per mode" in report and "Effort per answer mode" in report
    assert (tmp_path / "all" / "history.png").read_bytes()[:4] == b"\x89PNG"

    sub = run("sub", tag="acme only", companies=["acme corp"])
    assert [r["id"] for r in sub["questions"]] == ["q1", "q3"] and sub["scope"] == "companies=acme corp"
    assert [(r["tag"], r["fold"]) for r in read_history(history)] == [
        ("first", "0"), ("first", "1"), ("first", "all"), ("acme only", "all")]
    with pytest.raises(SuiteError, match="no questions about nobody"):
        run("x", companies=["Nobody"])

    # a run kept out of the history leaves the file as it was, yet its report still shows the runs already in it
    before = history.read_text()
    kept_out = run("kept_out", tag="not saved", companies=["acme corp"], append_history=False)
    assert history.read_text() == before and kept_out["history_file"] == str(history)
    shown = (tmp_path / "kept_out" / "report.md").read_text().split("## History", 1)[1]
    assert "acme only" in shown and "not saved" not in shown and "No runs of this question set" not in shown
    # a question scope the history holds no run of says so, whether or not the file exists
    alone = run("alone", tag="zeta alone", companies=["zeta inc"], append_history=False)
    assert alone["history_file"] == str(history)
    said = (tmp_path / "alone" / "report.md").read_text().split("## History", 1)[1]
    assert "No runs of this question set (and scope) in the history yet." in said


def test_regrade_of_a_stored_run_reproduces_a_fresh_run(fake_suite: Path, tmp_path: Path):
    from assistant.evaluate.regrade import main as regrade_main
    from assistant.evaluate.regrade import regrade
    from assistant.evaluate.runner import run_suite

    fake = FakeAssistant(tmp_path / "indexes")
    fresh = run_suite("financebench", data=fake_suite, index=None, limit=None, out=tmp_path / "fresh",
                      assistant_factory=lambda name: fake, progress=False, baselines=("closed_book",))
    old = json.loads((tmp_path / "fresh" / "results.json").read_text())
    for r in old["questions"]:  # a run written before issue 16 stored none of these
        for key in ("lenient", "flag", "shown_wrong", "company", "fold"):
            r["mia"].pop(key, None), r.pop(key, None)
        if r.get("effort"):
            r["effort"]["mia_task"].pop("evidence_position")
    again = regrade(old, tag="again")
    assert again["summary"]["overall"]["mia"] == fresh["summary"]["overall"]["mia"]
    assert again["summary"]["overall"]["effort"] == pytest.approx(fresh["summary"]["overall"]["effort"])
    assert again["folds"]["companies"] == fresh["folds"]["companies"]
    stored = tmp_path / "fresh" / "results.json"
    assert regrade_main([str(stored), "--out", str(tmp_path / "re"), "--history", str(tmp_path / "h.csv"),
                         "--tag", "re"]) == 0
    assert (tmp_path / "re" / "report.md").is_file() and "re," in (tmp_path / "h.csv").read_text()


# ---- page references, multiples in words, word forms (grader rules written for this project) ----------
def test_page_and_note_references_are_not_figures():
    from assistant.evaluate.numbers import strip_references

    assert [n.raw for n in parse_numbers("From Northwind's 2021 10-K, p. 60: sales rose 4.5% [1]")] == ["4.5%"]
    assert [n.raw for n in parse_numbers("see pages 12-13 and Note 7 for $3.1 billion of leases")] == ["$3.1 billion"]
    assert parse_numbers("Contoso's Q2 2023 10-Q, pp. 41 and 42:") == []
    assert "p. 9" not in strip_references("shown on p. 9 [2]")
    # "12 pages" is a count, not a reference
    assert [n.value for n in parse_numbers("the report runs to 12 pages")] == [12.0]


def test_headline_skips_the_attribution_line_of_a_quoted_answer():
    from assistant.evaluate.metrics import grade_answer

    answer = "From Contoso's 2022 10-K, p. 48:\n\u201cCapital expenditures were $1.2 billion in 2022.\u201d [1]"
    head, _, sentence = headline(answer)
    assert head is not None and head.raw == "$1.2 billion" and "Capital" in sentence
    assert grade_answer("$1.2 billion", answer, False).label == "correct"
    assert grade_answer("$48 million", answer, False).label == "incorrect"


def test_multiples_written_in_words_are_ratios():
    from assistant.evaluate.metrics import grade_answer

    assert [n.value for n in parse_numbers("debt is about three times EBITDA")] == [3.0]
    assert [n.value for n in parse_numbers("a fourfold rise, twice the sector's")] == [4.0, 2.0]
    assert grade_answer("3.0x", "Net debt is about three times EBITDA [1].", False).label == "correct"
    assert grade_answer("5.0x", "Net debt is about three times EBITDA [1].", False).label == "incorrect"
    # a count that is not a multiple stays a word
    assert parse_numbers("three acquisitions closed in the year") == []


def test_key_terms_count_other_forms_of_the_same_word():
    from assistant.evaluate.metrics import grade_answer, same_term

    assert same_term("operations", "operating") and same_term("packaging", "package")
    assert same_term("suppliers", "supplier") and not same_term("interest", "internal")
    assert not same_term("cash", "cost")
    gold = "The company makes packaging for food and healthcare customers."
    assert grade_answer(gold, "Northwind designs and sells packages to food and healthcare brands [1].", False,
                        "What does Northwind do?").label == "correct"
    assert grade_answer(gold, "Northwind sells software licences [1].", False,
                        "What does Northwind do?").label == "incorrect"


def test_a_gold_opening_with_no_as_a_determiner_is_no_verdict_for_a_what_question():
    from assistant.evaluate.metrics import gold_polarity, grade_answer

    gold = "No shared identifier across platforms; two rival audience currencies; little log-level data."
    q = "What measurement problems do advertisers complain about?"
    assert gold_polarity(gold, q) is None
    ans = ("From the brief, p. 3: the complaints were: no shared identifier across platforms; two rival audience "
           "currencies; little log-level data from the walled gardens.")
    assert grade_answer(gold, ans, False, q).label == "correct"
    # a verdict stays a verdict: marked by punctuation, or asked by a yes/no question
    assert gold_polarity("No. Sales fell 4%.", "What happened to sales, did they rise?") == "no"
    assert gold_polarity("No the margin declined from 36.8% to 34.6%", "Does Contoso have an improving margin?") == "no"
