from __future__ import annotations

import importlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.documents.chunking import embedding_texts
from assistant.index import ingest as ingest_mod
from assistant.index.embeddings.hash import HashEmbedder
from assistant.index.ingest import IngestEvent, ingest
from assistant.index.store import COMMIT_PAUSE_ENV, CURRENT, Index, IndexMismatch

ROOT = Path(__file__).resolve().parents[1]


class CountingEmbedder(HashEmbedder):
    """The hash fake, recording how often it is made and how many texts each embed call gets."""

    made = 0

    def __init__(self) -> None:
        super().__init__()
        type(self).made += 1
        self.batches: list[int] = []

    def embed(self, texts):
        self.batches.append(len(texts))
        return super().embed(texts)


@pytest.fixture
def factory():
    made: list[CountingEmbedder] = []

    def make() -> CountingEmbedder:
        made.append(CountingEmbedder())
        return made[-1]

    make.made = made  # type: ignore[attr-defined]
    return make


def write_docs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ALPHA_2018_10K.md").write_text(
        "# Alpha Corp annual report\n\nAlpha revenue was 1,577 million in 2018.\n\n"
        "## Capital expenditure\n\nAlpha spent 210 million on new plants.\n")
    (folder / "beta.txt").write_text("Beta sells footwear. Inventory write downs hit stores in 2019.\n")
    sub = folder / "sub"
    sub.mkdir(exist_ok=True)
    (sub / "gamma.txt").write_text("Gamma designs chips for the data centre segment.\n")
    return folder


def texts(index_path: Path) -> list[str]:
    idx = Index.open(index_path)
    return [c.text for c in idx.chunks(range(idx.chunk_count()))]


def test_first_ingest_indexes_everything_and_reports_progress(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    events: list[IngestEvent] = []
    report = ingest([docs], tmp_path / "idx", factory, on_event=events.append)
    assert sorted(Path(p).name for p in report.ingested) == ["ALPHA_2018_10K.md", "beta.txt", "gamma.txt"]
    assert report.ok and report.committed and report.chunks >= 3 and report.pages >= 3
    idx = Index.open(tmp_path / "idx")
    assert idx.info["counts"]["chunks"] == report.chunks
    assert {d.doc for d in idx.documents()} == {"ALPHA_2018_10K", "beta", "gamma"}
    assert any("1,577" in t for t in texts(tmp_path / "idx"))
    kinds = [e.kind for e in events]
    assert kinds[0] == "scan" and kinds[-1] == "done" and "commit" in kinds and kinds.count("file") == 3
    assert events[-1].files_done == events[-1].files_total == 3 and events[-1].chunks == report.chunks
    assert len(factory.made) == 1 and factory.made[0].batches == [report.chunks]  # one batch across docs


def test_unchanged_files_are_not_read_embedded_or_committed(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", factory)
    live = (tmp_path / "idx" / CURRENT).read_text()
    # same size and mtime but different bytes: only a read would notice, and the fast path must not read
    beta = docs / "beta.txt"
    st = beta.stat()
    beta.write_text(beta.read_text().replace("footwear", "sandwich"))
    os.utime(beta, ns=(st.st_atime_ns, st.st_mtime_ns))
    report = ingest([docs], tmp_path / "idx", factory)
    assert len(report.unchanged) == 3 and not report.ingested and not report.committed
    assert len(factory.made) == 1  # no embedder for the second run
    assert (tmp_path / "idx" / CURRENT).read_text() == live
    assert any("footwear" in t for t in texts(tmp_path / "idx"))


def test_touched_file_is_hashed_not_reindexed(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", factory)
    os.utime(docs / "beta.txt", ns=(1, 1_000_000_000))
    report = ingest([docs], tmp_path / "idx", factory)
    assert len(report.unchanged) == 3 and not report.ingested and len(factory.made) == 1
    assert Index.open(tmp_path / "idx").manifest()[str((docs / "beta.txt").resolve())]["mtime_ns"] == 1_000_000_000
    assert not ingest([docs], tmp_path / "idx", factory).committed  # now the fast path knows it


def test_changed_file_is_reindexed_and_removed_file_leaves(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", factory)
    (docs / "beta.txt").write_text("Beta now sells umbrellas and raincoats.\n")
    (docs / "sub" / "gamma.txt").unlink()
    report = ingest([docs], tmp_path / "idx", factory)
    assert [Path(p).name for p in report.ingested] == ["beta.txt"]
    assert [Path(p).name for p in report.removed] == ["gamma.txt"]
    all_text = " ".join(texts(tmp_path / "idx"))
    assert "umbrellas" in all_text and "footwear" not in all_text and "chips" not in all_text
    idx = Index.open(tmp_path / "idx")
    assert {d.doc for d in idx.documents()} == {"ALPHA_2018_10K", "beta"}
    assert set(idx.manifest()) == {str((docs / n).resolve()) for n in ("ALPHA_2018_10K.md", "beta.txt")}
    row, _ = idx.bm25_search("umbrellas", 1)[0]
    assert "umbrellas" in idx.chunks([row])[0].text


def test_ingesting_one_folder_does_not_remove_another(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    other = tmp_path / "other"
    other.mkdir()
    (other / "delta.txt").write_text("Delta runs airports.\n")
    ingest([docs, other], tmp_path / "idx", factory)
    report = ingest([other], tmp_path / "idx", factory)
    assert not report.removed and Index.open(tmp_path / "idx").info["counts"]["docs"] == 4


def test_duplicates_are_indexed_once(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    (docs / "copy_of_beta.txt").write_bytes((docs / "beta.txt").read_bytes())
    report = ingest([docs], tmp_path / "idx", factory)
    assert [Path(p).name for p in report.duplicates] == ["copy_of_beta.txt"]
    assert [Path(p).name for p in report.ingested if "beta" in p] == ["beta.txt"]
    assert report.duplicate_of[report.duplicates[0]] == str((docs / "beta.txt").resolve())
    assert sum("footwear" in t for t in texts(tmp_path / "idx")) == 1
    # the indexed copy disappears: the document stays, now read from the remaining copy
    (docs / "beta.txt").unlink()
    report = ingest([docs], tmp_path / "idx", factory)
    idx = Index.open(tmp_path / "idx")
    beta = [d for d in idx.documents() if "footwear" in (idx.page_text(d.doc_id, 1) or "")]
    assert len(beta) == 1 and beta[0].source == str((docs / "copy_of_beta.txt").resolve())


def test_a_bad_file_is_skipped_and_the_rest_indexed(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    (docs / "broken.pdf").write_bytes(b"this is not a pdf")
    report = ingest([docs, tmp_path / "missing"], tmp_path / "idx", factory)
    assert not report.ok and len(report.ingested) == 3
    reasons = dict(report.skipped)
    assert str((docs / "broken.pdf").resolve()) in reasons[str((docs / "broken.pdf").resolve())]
    assert any("missing" in path for path in reasons)
    assert Index.open(tmp_path / "idx").info["counts"]["docs"] == 3


def test_ingest_fails_loudly_without_the_facts_module(monkeypatch):
    """Facts are not optional: a broken extractor must not silently build an index without any."""
    monkeypatch.setitem(sys.modules, "assistant.finance.extract", None)  # import of it now fails
    monkeypatch.delitem(sys.modules, "assistant.index.ingest")
    with pytest.raises(ImportError):
        importlib.import_module("assistant.index.ingest")


def test_facts_failure_keeps_the_document(tmp_path, factory, monkeypatch):
    def broken(meta, pages):
        raise RuntimeError("table parser fell over")

    monkeypatch.setattr(ingest_mod, "extract_facts", broken)
    report = ingest([write_docs(tmp_path / "docs")], tmp_path / "idx", factory)
    assert len(report.ingested) == 3 and len(report.warnings) == 3 and "fell over" in report.warnings[0]


def test_embedder_must_match_the_index(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", factory)
    (docs / "new.txt").write_text("Something new.\n")
    with pytest.raises(IndexMismatch):
        ingest([docs], tmp_path / "idx", lambda: HashEmbedder(dim=64))
    assert Index.open(tmp_path / "idx").info["counts"]["docs"] == 3


def test_nothing_to_do_on_an_empty_folder(tmp_path, factory):
    (tmp_path / "empty").mkdir()
    report = ingest([tmp_path / "empty"], tmp_path / "idx", factory)
    assert report.ok and not report.committed and not factory.made


# ------------------------------------------------------------------------------------------ kill test

def _generated_corpus(folder: Path, n: int, seed: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    words = ("revenue margin capital expenditure inventory lease dividend segment growth cash flow debt "
             "equity tax rate footwear chips plants stores").split()
    for i in range(n):
        paras = [" ".join(rnd.choice(words) for _ in range(60)) + f" {rnd.randint(1, 9999):,}." for _ in range(40)]
        (folder / f"doc{i:03d}.txt").write_text("\n\n".join(paras))


def _snapshot(path: Path) -> tuple:
    idx = Index.open(path)
    emb = HashEmbedder()
    queries = ["capital expenditure on plants", "dividend growth 1,234", "footwear stores lease"]
    return (
        idx.generation.name,
        [d.to_dict() for d in idx.documents()],
        [c.text for c in idx.chunks(range(idx.chunk_count()))],
        [idx.dense_search(emb.embed([q])[0], 5) for q in queries],
        [idx.bm25_search(q, 5) for q in queries],
    )


def _start(index: Path, docs: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant.index.ingest", str(index), str(docs), "--hash"],
                            cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_killed_ingest_leaves_the_previous_index_intact(tmp_path):
    docs, index = tmp_path / "docs", tmp_path / "idx"
    _generated_corpus(docs, 20, seed=1)
    first = _start(index, docs)
    assert first.wait(120) == 0, first.stderr.read().decode()
    before = _snapshot(index)

    # the next ingest has real work: 100 more files, one changed, one removed
    _generated_corpus(docs / "more", 100, seed=2)
    (docs / "doc000.txt").write_text("changed text about lease obligations\n")
    (docs / "doc001.txt").unlink()

    # the pause at commit keeps a fast machine from finishing before the kill
    for delay in (0.2, 0.5, 1.0, 2.0):
        proc = _start(index, docs, {COMMIT_PAUSE_ENV: "60"})
        time.sleep(delay)
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        assert _snapshot(index) == before, f"index changed after a kill at {delay} s"

    # a kill in the middle of a commit: the new generation is written and fsynced but not yet live
    proc = _start(index, docs, {COMMIT_PAUSE_ENV: "60"})
    staged = lambda: any((p / "bm25" / "params.index.json").exists() for p in index.glob(".staging-*"))  # noqa: E731
    assert _wait_for(staged, 120), "the ingest never reached its commit"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert _snapshot(index) == before

    # the next run cleans up after the killed ones and commits
    final = _start(index, docs)
    assert final.wait(120) == 0, final.stderr.read().decode()
    assert not list(index.glob(".staging-*"))
    after = _snapshot(index)
    assert after[0] != before[0] and len(after[1]) == 20 - 1 + 100
    assert "changed text about lease obligations" in after[2]
    assert len(list(index.glob("gen-*"))) <= 2


def test_a_newer_facts_extractor_derives_facts_again_without_embedding(tmp_path, factory, monkeypatch):
    from assistant.types import Fact

    def extractor(tag: str):
        def extract(meta, pages):
            return [Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=pages[0].page, label=tag,
                         value=float(len(pages[0].text)), scale=1.0, unit="USD", quote=pages[0].text[:20])]
        return extract

    docs = write_docs(tmp_path / "docs")
    monkeypatch.setattr(ingest_mod, "extract_facts", extractor("old rule"))
    monkeypatch.setattr(ingest_mod, "FACTS_VERSION", 1)
    ingest([docs], tmp_path / "idx", factory)
    chunks_before = texts(tmp_path / "idx")

    monkeypatch.setattr(ingest_mod, "extract_facts", extractor("new rule"))
    monkeypatch.setattr(ingest_mod, "FACTS_VERSION", 2)
    report = ingest([docs], tmp_path / "idx", factory)
    assert report.facts_refreshed == 3 and report.committed and len(report.unchanged) == 3
    assert len(factory.made) == 1  # no embedder: the stored pages were enough
    idx = Index.open(tmp_path / "idx")
    assert {f.label for f in idx.facts()} == {"new rule"} and idx.info["facts_version"] == 2
    assert texts(tmp_path / "idx") == chunks_before

    again = ingest([docs], tmp_path / "idx", factory)  # same version: nothing to do
    assert again.facts_refreshed == 0 and not again.committed


# ----------------------------------------------------------------------------------------------- safety (#14)


def _skips(report) -> dict[str, str]:
    return {Path(p).name: reason for p, reason in report.skipped}


def test_one_bad_path_never_stops_an_ingest(tmp_path, factory, monkeypatch):
    docs = write_docs(tmp_path / "docs")
    (docs / "dangling.txt").symlink_to(docs / "nowhere.txt")
    (docs / "loop-a.txt").symlink_to(docs / "loop-b.txt")
    (docs / "loop-b.txt").symlink_to(docs / "loop-a.txt")
    os.mkfifo(docs / "pipe.txt")  # reading it would wait forever for a writer
    secret = docs / "secret.txt"
    secret.write_text("Nobody may read this.")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p).name != "secret.txt" and real_access(p, mode, **kw))

    report = ingest([docs], tmp_path / "idx", factory)

    skips = _skips(report)
    assert skips["dangling.txt"].endswith("broken link (its target does not exist)")
    assert "link loop" in skips["loop-a.txt"] and "link loop" in skips["loop-b.txt"]
    assert "not a regular file" in skips["pipe.txt"]
    assert "permission denied" in skips["secret.txt"]
    assert all("\n" not in r and r.startswith(str(docs)) for r in skips.values())
    assert sorted(Path(p).name for p in report.ingested) == ["ALPHA_2018_10K.md", "beta.txt", "gamma.txt"]
    assert any("footwear" in t for t in texts(tmp_path / "idx"))


def _deny_listing(monkeypatch, folder: Path) -> None:
    real_scandir = os.scandir

    def scandir(path=".", *a):
        if isinstance(path, (str, os.PathLike)) and Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *a)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_keeps_its_documents_and_is_reported(tmp_path, factory, monkeypatch):
    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", factory)
    _deny_listing(monkeypatch, docs / "sub")
    report = ingest([docs], tmp_path / "idx", factory)
    assert report.removed == []
    assert any("sub: cannot read folder (Permission denied)" in reason for _, reason in report.skipped)
    assert "gamma" in {d.doc for d in Index.open(tmp_path / "idx").documents()}
    monkeypatch.undo()
    (docs / "sub" / "gamma.txt").unlink()  # really gone now: pruned
    report = ingest([docs], tmp_path / "idx", factory)
    assert [Path(p).name for p in report.removed] == ["gamma.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder; the os.scandir test covers this")
def test_an_unreadable_folder_for_real(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", factory)
    (docs / "sub").chmod(0)
    try:
        report = ingest([docs], tmp_path / "idx", factory)
    finally:
        (docs / "sub").chmod(0o755)
    assert report.removed == [] and "gamma" in {d.doc for d in Index.open(tmp_path / "idx").documents()}


def test_an_unreadable_file_keeps_its_document_a_deleted_link_target_does_not(tmp_path, factory, monkeypatch):
    docs = write_docs(tmp_path / "docs")
    target = tmp_path / "elsewhere.txt"
    target.write_text("Delta reports lease obligations.")
    (docs / "delta.txt").symlink_to(target)
    ingest([docs], tmp_path / "idx", factory)
    (docs / "beta.txt").touch()  # changed mtime: it would be read again
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p).name != "beta.txt" and real_access(p, mode, **kw))
    target.unlink()
    report = ingest([docs], tmp_path / "idx", factory)
    skips = _skips(report)
    assert skips["beta.txt"].endswith("permission denied; its indexed document is kept")
    assert skips["delta.txt"].endswith("broken link (its target does not exist); removed from the index")
    docs_now = {d.doc for d in Index.open(tmp_path / "idx").documents()}
    assert "beta" in docs_now and "delta" not in docs_now


@pytest.mark.parametrize("what", ["sqlite", "faiss", "bm25"])
def test_the_next_ingest_rebuilds_a_damaged_index(tmp_path, factory, what):
    from tests.test_store import _damage

    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", factory)
    _damage(tmp_path / "idx", what)
    report = ingest([docs], tmp_path / "idx", factory)
    assert report.committed and any("damaged" in w for w in report.warnings)
    idx = Index.open(tmp_path / "idx")
    assert {d.doc for d in idx.documents()} == {"ALPHA_2018_10K", "beta", "gamma"}
    assert idx.bm25_search("footwear", 1) and idx.dense_search(HashEmbedder().embed(["footwear"])[0], 1)


# ------------------------------------------------------------------------------------------ speed (issue 15)

def _content(path: Path) -> tuple:
    idx = Index.open(path)
    chunks = idx.chunks(range(idx.chunk_count()))
    vectors = idx.dense_search(HashEmbedder().embed(["revenue footwear chips"])[0], idx.chunk_count())
    return ([d.to_dict() for d in idx.documents()], [(c.chunk_id, c.text, c.page, c.heading) for c in chunks],
            [(f.doc, f.label, f.value) for f in idx.facts()], [(r, round(s, 6)) for r, s in vectors],
            idx.info["counts"])


def test_a_worker_process_builds_the_same_index(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    (docs / "DELTA_2020_10K.md").write_text("# Delta Inc\n\n| | 2020 | 2019 |\n|---|---|---|\n"
                                            "| Total revenue | 1,200 | 1,100 |\n| Net income | 90 | 80 |\n")
    inline = ingest([docs], tmp_path / "one", factory, workers=0)
    piped = ingest([docs], tmp_path / "two", factory, workers=1)
    assert piped.ok and sorted(piped.ingested) == sorted(inline.ingested) and piped.chunks == inline.chunks
    assert _content(tmp_path / "one") == _content(tmp_path / "two")
    assert {"read", "chunk", "facts", "embed", "sqlite", "commit", "wait"} <= set(piped.stage_seconds)
    assert "wait" not in inline.stage_seconds  # without a worker the reading is timed as read/chunk/facts


class RecordingEmbedder(HashEmbedder):
    """The hash fake, keeping every text it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts += list(texts)
        return super().embed(texts)


@pytest.mark.parametrize("workers", [0, 1])
def test_chunks_are_stored_whole_and_embedded_without_their_overlap(tmp_path, workers):
    # issue 15: the index keeps each chunk's text with its overlap; the embedder gets what the chunk adds
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "northwind.txt").write_text(" ".join(
        f"Northwind opened store number {i} in the county of Brill during week {i}." for i in range(60)))
    (docs / "contoso.txt").write_text("Contoso makes valves.\n")
    made: list[RecordingEmbedder] = []
    report = ingest([docs], tmp_path / "idx", lambda: made.append(RecordingEmbedder()) or made[-1],
                    chunk_tokens=48, chunk_overlap=16, workers=workers)
    idx = Index.open(tmp_path / "idx")
    chunks = idx.chunks(range(idx.chunk_count()))
    assert report.ok and report.chunks == len(chunks) > 4
    expected = []
    for doc in idx.documents():
        own = sorted((c for c in chunks if c.doc_id == doc.doc_id), key=lambda c: c.ordinal)
        expected += embedding_texts(own, idx.pages(doc.doc_id))
    idx.close()
    embedded = made[0].texts
    assert sorted(embedded) == sorted(expected) and report.embedded == len(chunks)
    assert "Contoso makes valves." in embedded  # a chunk without overlap is embedded whole
    stored = [c.text for c in chunks]
    cut = [e for e in embedded if e not in stored]
    assert len(cut) >= 3 and all(any(s.endswith(e) and len(s) > len(e) for s in stored) for e in cut)


def test_a_chunk_text_is_embedded_once(tmp_path, factory):
    docs = tmp_path / "docs"
    docs.mkdir()
    boiler = "Forward-looking statements involve risks and uncertainties that could cause results to differ."
    for name, own in (("a.txt", "Alpha sells paint and brushes to builders in the north."),
                      ("b.txt", "Beta sells glue and tape to schools across the south."),
                      ("c.txt", "Gamma mines copper and zinc in three western states.")):
        (docs / name).write_text(f"{boiler}\n\n{own}\n\n{boiler}\n")
    report = ingest([docs], tmp_path / "idx", factory, chunk_tokens=24, chunk_overlap=0)
    stored = texts(tmp_path / "idx")
    assert stored.count(boiler) == 6 and report.chunks == len(stored)
    assert sum(factory.made[0].batches) == report.embedded == len(set(stored))  # the repeated text once
    idx = Index.open(tmp_path / "idx")
    rows = [r for r, t in enumerate(stored) if t == boiler]
    hits = dict(idx.dense_search(HashEmbedder().embed([boiler])[0], len(stored)))
    assert len({round(hits[r], 6) for r in rows}) == 1  # every copy has the same vector


class InterruptingEmbedder(HashEmbedder):
    """Ctrl-C arrives while the embedder works on its ``calls``-th window."""

    def __init__(self, calls: int) -> None:
        super().__init__()
        self.calls = calls

    def embed(self, texts):
        self.calls -= 1
        if self.calls == 0:
            raise KeyboardInterrupt
        return super().embed(texts)


def test_ctrl_c_keeps_what_was_committed_and_the_next_ingest_continues(tmp_path, factory):
    docs = tmp_path / "docs"
    _generated_corpus(docs, 6, seed=3)
    with pytest.raises(ingest_mod.IngestInterrupted) as info:
        ingest([docs], tmp_path / "idx", lambda: InterruptingEmbedder(calls=4), checkpoint_s=0)
    assert isinstance(info.value, KeyboardInterrupt) and "run the same ingest again" in str(info.value).lower()
    kept = {d.doc for d in Index.open(tmp_path / "idx").documents()}
    smallest = sorted(docs.iterdir(), key=lambda p: (p.stat().st_size, p.name))  # the reading order
    assert kept == {p.stem for p in smallest[:3]}  # committed one by one before the fourth window
    assert not list((tmp_path / "idx").glob(".staging-*")) and len(list((tmp_path / "idx").glob("gen-*"))) <= 2

    report = ingest([docs], tmp_path / "idx", factory)
    assert len(report.unchanged) == 3 and len(report.ingested) == 3  # only what was not committed
    assert {d.doc for d in Index.open(tmp_path / "idx").documents()} == {f"doc{i:03d}" for i in range(6)}


def test_smallest_files_are_read_first_and_a_copy_still_points_at_the_first_path(tmp_path, factory):
    """Issue 15: the embedder idles until the reader hands over its first document, so the reader starts with the
    smallest files; copies of one file (one size) are told apart by path as before."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a_annual_report.txt").write_text("Contoso's annual report. " + "Revenue grew in every segment. " * 300)
    (docs / "b_quarterly.txt").write_text("Contoso's quarterly report. " + "Margins held steady. " * 60)
    (docs / "c_press_release.txt").write_text("Northwind Traders raised its dividend to $0.42 a share.\n")
    (docs / "d_copy_of_press_release.txt").write_bytes((docs / "c_press_release.txt").read_bytes())
    events: list[IngestEvent] = []
    report = ingest([docs], tmp_path / "idx", factory, on_event=events.append)
    read = [Path(e.path).name for e in events if e.kind == "file"]
    assert read == ["c_press_release.txt", "d_copy_of_press_release.txt", "b_quarterly.txt", "a_annual_report.txt"]
    assert [Path(p).name for p in report.duplicates] == ["d_copy_of_press_release.txt"]
    assert report.duplicate_of[report.duplicates[0]] == str((docs / "c_press_release.txt").resolve())


def test_checkpoints_give_the_same_index_as_one_commit(tmp_path, factory):
    docs = tmp_path / "docs"
    _generated_corpus(docs, 5, seed=4)
    once = ingest([docs], tmp_path / "one", factory)
    often = ingest([docs], tmp_path / "two", factory, checkpoint_s=0)
    assert once.checkpoints == 0 and often.checkpoints == 4
    assert _content(tmp_path / "one") == _content(tmp_path / "two")


def test_progress_events_give_pages_per_second_and_an_eta(tmp_path, factory):
    docs = tmp_path / "docs"
    _generated_corpus(docs, 4, seed=5)
    events: list[IngestEvent] = []
    ingest([docs], tmp_path / "idx", factory, on_event=events.append, checkpoint_s=0)
    stored = [e for e in events if e.kind == "embed"]
    assert stored and all(e.bytes_total == sum(f.stat().st_size for f in docs.iterdir()) for e in stored)
    assert stored[-1].bytes_done == stored[-1].bytes_total and stored[-1].eta_s == 0.0
    assert all(e.pages_per_s > 0 for e in stored)
    middle = IngestEvent("embed", 1, 4, pages=10, chunks=30, seconds=5.0, bytes_done=100, bytes_total=400)
    assert middle.pages_per_s == 2.0 and middle.eta_s == 15.0
    assert IngestEvent("scan", 0, 4, 0, 0).eta_s is None


def test_statement_pages_are_worked_out_at_ingest_and_again_when_the_rule_changed(tmp_path, factory):
    from assistant.finance.statements import statement_kind
    from assistant.index.store import IndexWriter

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "contoso.txt").write_text("CONSOLIDATED BALANCE SHEETS\n(in millions) 2024 2023\nTotal assets 9,000 8,500\n"
                                      "Total liabilities 4,000 3,900\n")
    (docs / "northwind.txt").write_text("Northwind opened four stores and hired a new chief executive in 2024.\n")
    ingest([docs], tmp_path / "idx", factory, workers=0)
    idx = Index.open(tmp_path / "idx")
    ids = {d.doc: d.doc_id for d in idx.documents()}
    stored = idx.statement_page_info(ids["contoso"], 1)
    assert stored[0] == statement_kind(idx.page_text(ids["contoso"], 1)) == "balance"
    assert idx.statement_page_info(ids["northwind"], 1) == (None, False)
    idx.close()

    w = IndexWriter.begin(tmp_path / "idx", "hash-384", 384)  # as if made by an older statement rule
    w.page_kinds_rule = "an older rule"
    w.commit()
    assert Index.open(tmp_path / "idx").statement_page_info(ids["contoso"], 1) is None
    report = ingest([docs], tmp_path / "idx", factory, workers=0)  # files unchanged: only the kinds again
    assert report.committed and report.facts_refreshed == 0 and len(report.unchanged) == 2
    assert Index.open(tmp_path / "idx").statement_page_info(ids["contoso"], 1) == stored
    assert not ingest([docs], tmp_path / "idx", factory, workers=0).committed


# ------------------------------------------------------------------- a time bound per file (issue 14)

def _pdf_folder(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_bytes(f"%PDF-1.4\n% {name}: the fake backend reads it by name\n%%EOF\n".encode())
    (folder / "notes.md").write_text("# Field notes\n\nThe orchard in Westvale planted pear trees along the river.\n")
    return folder


def test_a_file_that_hangs_the_reader_times_out_and_the_rest_is_indexed(tmp_path, factory):
    from slow_reader import HangingPdf

    docs = _pdf_folder(tmp_path / "docs", ["aldport.pdf", "stuck_report.pdf", "westvale.pdf"])
    report = ingest([docs], tmp_path / "idx", factory, workers=1, read_timeout_s=2, pdf_backend=HangingPdf())
    skipped = _skips(report)
    assert list(skipped) == ["stuck_report.pdf"]
    assert "stuck_report.pdf: timed out after 2 s while reading" in skipped["stuck_report.pdf"]
    assert sorted(Path(s).name for s in report.ingested) == ["aldport.pdf", "notes.md", "westvale.pdf"]
    idx = Index.open(tmp_path / "idx")
    assert {d.doc for d in idx.documents()} == {"aldport", "notes", "westvale"}
    assert idx.bm25_search("barley Westvale", 1) and idx.bm25_search("pear orchard", 1)


def test_a_timed_out_file_costs_nothing_already_indexed(tmp_path, factory):
    from slow_reader import HangingPdf

    docs = _pdf_folder(tmp_path / "docs", ["aldport.pdf"])
    first = ingest([docs], tmp_path / "idx", factory, workers=1, read_timeout_s=2, pdf_backend=HangingPdf())
    assert first.ok and len(first.ingested) == 2
    (docs / "stuck_scan.pdf").write_bytes(b"%PDF-1.4\n% stuck_scan\n%%EOF\n")  # the only new file, and it hangs
    second = ingest([docs], tmp_path / "idx", factory, workers=1, read_timeout_s=2, pdf_backend=HangingPdf())
    assert "timed out after 2 s while reading" in _skips(second)["stuck_scan.pdf"]
    assert sorted(Path(s).name for s in second.unchanged) == ["aldport.pdf", "notes.md"]
    assert {d.doc for d in Index.open(tmp_path / "idx").documents()} == {"aldport", "notes"}


def test_a_reader_process_that_dies_costs_one_file(tmp_path, factory):
    from slow_reader import HangingPdf

    docs = _pdf_folder(tmp_path / "docs", ["aldport.pdf", "broken_parser.pdf", "westvale.pdf"])
    report = ingest([docs], tmp_path / "idx", factory, workers=1, read_timeout_s=60,
                    pdf_backend=HangingPdf(hang_on="never", crash_on="broken"))
    assert "reader process stopped" in _skips(report)["broken_parser.pdf"]
    assert sorted(Path(s).name for s in report.ingested) == ["aldport.pdf", "notes.md", "westvale.pdf"]


def test_the_read_time_bound_is_a_setting():
    from assistant.config import load_settings

    assert load_settings().read_timeout_s == ingest_mod.READ_TIMEOUT_S == 120.0
    assert load_settings(read_timeout_s=5).read_timeout_s == 5


class PrecisionEmbedder(HashEmbedder):
    """The hash fake, saying which arithmetic precision it embeds at (as MiniLM's fp32/bf16/int8 embedders do)."""

    def __init__(self, precision: str) -> None:
        super().__init__()
        self.precision = precision


def test_the_index_records_each_precision_its_chunks_were_embedded_at(tmp_path):
    # issue 15: documents may be embedded in bf16 and queries in fp32; the index says which precisions made its
    # vectors, kept across ingests, and an ingest that embeds nothing records nothing
    docs = write_docs(tmp_path / "docs")
    ingest([docs], tmp_path / "idx", lambda: PrecisionEmbedder("bf16"))
    assert Index.open(tmp_path / "idx").info["precisions"] == ["bf16"]
    ingest([docs], tmp_path / "idx", lambda: PrecisionEmbedder("int8"))  # nothing changed: nothing embedded
    assert Index.open(tmp_path / "idx").info["precisions"] == ["bf16"]
    (docs / "delta.txt").write_text("Delta Freight moved 4 million tonnes in 2023.\n")
    ingest([docs], tmp_path / "idx", lambda: PrecisionEmbedder("fp32"))
    assert Index.open(tmp_path / "idx").info["precisions"] == ["bf16", "fp32"]
    ingest([tmp_path / "docs"], tmp_path / "plain", HashEmbedder)  # an embedder that states none: no key
    assert "precisions" not in Index.open(tmp_path / "plain").info


def test_the_first_window_is_small_so_embedding_starts_with_the_first_document(tmp_path, factory, monkeypatch):
    # issue 15: the embedder gets the first document's chunks as soon as FIRST_WINDOW are waiting (it would
    # otherwise idle until a whole EMBED_WINDOW had been read); later windows gather across documents again
    monkeypatch.setattr(ingest_mod, "FIRST_WINDOW", 2)
    monkeypatch.setattr(ingest_mod, "EMBED_WINDOW", 10_000)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, company in (("a_contoso.txt", "Contoso"), ("b_northwind.txt", "Northwind"), ("c_fabrikam.txt", "Fabrikam")):
        (docs / name).write_text("\n\n".join(f"{company} opened store number {i} in a new city during 2023."
                                             for i in range(12)))
    report = ingest([docs], tmp_path / "idx", factory, chunk_tokens=24, chunk_overlap=0)
    per_doc = report.chunks // 3
    assert per_doc >= 2 and report.chunks == 3 * per_doc
    assert factory.made[0].batches == [per_doc, 2 * per_doc]  # the first document alone, then the rest together


def test_the_reader_process_runs_at_the_ingests_own_priority():
    # issue 15: a reader below the embedder's priority is starved by the embedding threads, and the embedder then
    # waits for it with a core idle; the worker is started the way an ingest starts it and asked its niceness
    from assistant.index.reader_pool import run_bounded

    got = list(run_bounded(os.nice, iter([(0,)]), ahead=0, limit_s=30, timed_out=lambda job, s: None,
                           crashed=lambda job: None, initializer=ingest_mod._worker_init))
    assert got == [os.nice(0)]


class GateOpeningEmbedder(CountingEmbedder):
    """Counts its batches and, when first called, creates the file a ``GatedPdf`` reader waits for."""

    def __init__(self, gate: Path) -> None:
        super().__init__()
        self.gate = gate

    def embed(self, texts):
        self.gate.touch()
        return super().embed(texts)


def test_the_embedder_embeds_what_it_has_while_the_reader_is_behind(tmp_path, monkeypatch):
    # issue 15: when the next document is not read yet, the chunks gathered so far are embedded (and stored) at
    # once instead of waiting for a full window; here the second file cannot be read before the embedder has
    # been called, so an ingest that waited for a window would time that file out
    from slow_reader import GatedPdf

    monkeypatch.setattr(ingest_mod, "FIRST_WINDOW", 10_000)
    monkeypatch.setattr(ingest_mod, "EMBED_WINDOW", 10_000)
    monkeypatch.setattr(ingest_mod, "IDLE_WINDOW", 1)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a_aldport.pdf", "b_late_orchard.pdf"):
        (docs / name).write_bytes(f"%PDF-1.4\n% {name}: the fake backend reads it by name\n%%EOF\n".encode())
    gate = tmp_path / "embedder-called"
    made: list[GateOpeningEmbedder] = []

    def make() -> GateOpeningEmbedder:
        made.append(GateOpeningEmbedder(gate))
        return made[-1]

    report = ingest([docs], tmp_path / "idx", make, workers=1, read_timeout_s=30,
                    pdf_backend=GatedPdf(str(gate), wait_on="late"))
    assert report.ok and sorted(Path(s).name for s in report.ingested) == ["a_aldport.pdf", "b_late_orchard.pdf"]
    per_doc = report.chunks // 2
    assert per_doc >= 1 and made[0].batches == [per_doc, per_doc]  # the first file's chunks before the second's
    assert Index.open(tmp_path / "idx").bm25_search("late orchard cold store", 1)


class FailingEmbedder(HashEmbedder):
    def embed(self, texts):
        raise RuntimeError("the model file is damaged")


def test_an_embedder_error_stops_the_ingest_and_keeps_the_index(tmp_path, factory):
    docs = write_docs(tmp_path / "docs")
    ingest([docs / "beta.txt"], tmp_path / "idx", factory)
    before = texts(tmp_path / "idx")
    with pytest.raises(RuntimeError, match="the model file is damaged"):
        ingest([docs], tmp_path / "idx", FailingEmbedder)
    assert texts(tmp_path / "idx") == before
