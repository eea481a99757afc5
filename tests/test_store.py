from __future__ import annotations

import os
import pickle
from pathlib import Path

import numpy as np
import pytest

from assistant.index.embeddings.hash import HashEmbedder
from assistant.index.store import (
    CURRENT,
    Index,
    IndexBusy,
    IndexMismatch,
    IndexNotFound,
    IndexWriter,
    bm25_tokens,
    list_indexes,
    read_info,
    remove_index,
)
from assistant.types import Chunk, DocMeta, Fact, Page

EMB = HashEmbedder()

TOPICS = {
    "alpha": ["revenue grew to 1,577 million in 2018", "capital expenditure on new plants", "dividends paid"],
    "beta": ["inventory write downs at stores", "lease obligations and rent", "revenue from footwear"],
    "gamma": ["research and development for chips", "gross margin of data centre segment", "tax rate"],
}


def make_doc(name: str, texts: list[str], company: str | None = None, year: int | None = None):
    doc_id = f"{name:0<16}"[:16]
    source = f"/data/{name}.txt"
    meta = DocMeta(doc_id=doc_id, doc=name, source=source, company=company or name.title(),
                   fiscal_year=year, pages=len(texts))
    pages = [Page(doc_id, name, source, i + 1, t) for i, t in enumerate(texts)]
    chunks = [Chunk(f"{doc_id}:{i}", doc_id, name, source, i + 1, i + 1, 0, len(t), t, None, i)
              for i, t in enumerate(texts)]
    facts = [Fact(doc_id=doc_id, doc=name, source=source, page=1, label="Total revenue", value=1577.0,
                  scale=1e6, unit="USD", currency="USD", metric="revenue", period="FY2018", fiscal_year=2018,
                  company=meta.company, quote="Total revenue 1,577", kind="table", fact_id=f"{doc_id}:f0")]
    return meta, pages, chunks, facts


def build(path: Path, names=("alpha", "beta", "gamma"), **kw) -> Path:
    w = IndexWriter.begin(path, EMB.name, EMB.dim, **kw)
    for name in names:
        meta, pages, chunks, facts = make_doc(name, TOPICS[name])
        w.add_document(meta, pages, chunks, EMB.embed([c.text for c in chunks]), facts)
        w.record_file(meta.source, 10, 1, "0" * 64, meta.doc_id)
    return w.commit()


def test_bm25_tokens_keep_numbers_and_drop_stopwords():
    assert bm25_tokens("The revenue of 3M in FY2018 was $1,577.5 million, up 3.5% from 2017") == [
        "revenue", "3m", "2018", "1577.5", "million", "up", "3.5", "2017"]


def test_roundtrip_after_reopen(tmp_path):
    build(tmp_path / "idx")
    with Index.open(tmp_path / "idx") as idx:
        assert idx.info["format_version"] == 1
        assert idx.info["counts"] == {"docs": 3, "pages": 9, "chunks": 9, "facts": 3}
        assert [d.doc for d in idx.documents()] == ["alpha", "beta", "gamma"]
        beta = next(d for d in idx.documents() if d.doc == "beta")
        assert idx.document(beta.doc_id) == beta
        assert idx.page_text(beta.doc_id, 2) == "lease obligations and rent"
        assert [p.page for p in idx.pages(beta.doc_id)] == [1, 2, 3]
        rows = idx.rows_for_docs([beta.doc_id])
        assert [c.text for c in idx.chunks(rows)] == TOPICS["beta"]
        assert idx.chunks([rows[2], rows[0]])[0].text == "revenue from footwear"
        fact = idx.facts(metric="revenue", company="BETA")[0]
        assert fact == make_doc("beta", TOPICS["beta"])[3][0]
        assert fact.absolute == 1577e6
        assert idx.manifest()["/data/beta.txt"]["doc_id"] == beta.doc_id


def test_dense_and_bm25_search_honour_row_filters(tmp_path):
    build(tmp_path / "idx")
    idx = Index.open(tmp_path / "idx")
    q = "revenue grew to 1,577 million"
    top_row, top_score = idx.dense_search(EMB.embed([q])[0], 3)[0]
    assert idx.chunks([top_row])[0].text == TOPICS["alpha"][0]
    assert top_score == pytest.approx(float(EMB.embed([q])[0] @ EMB.embed([TOPICS["alpha"][0]])[0]), abs=1e-5)
    assert idx.chunks([idx.bm25_search(q, 3)[0][0]])[0].text == TOPICS["alpha"][0]

    beta_rows = idx.rows_for_docs([d.doc_id for d in idx.documents() if d.doc == "beta"])
    dense = idx.dense_search(EMB.embed([q])[0], 5, beta_rows)
    assert {r for r, _ in dense} <= set(beta_rows.tolist()) and len(dense) == 3
    lexical = idx.bm25_search(q, 5, beta_rows)
    assert [idx.chunks([r])[0].text for r, _ in lexical] == ["revenue from footwear"]
    assert idx.bm25_search("zebra", 5) == []
    assert idx.dense_search(EMB.embed([q])[0], 5, np.array([], dtype=np.int64)) == []


def test_rows_are_renumbered_after_a_removal(tmp_path):
    build(tmp_path / "idx")
    alpha_id = make_doc("alpha", [])[0].doc_id
    w = IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    w.remove_document(alpha_id)
    w.forget_file("/data/alpha.txt")
    w.commit()
    idx = Index.open(tmp_path / "idx")
    assert idx.chunk_count() == 6
    assert [c.text for c in idx.chunks(range(6))] == TOPICS["beta"] + TOPICS["gamma"]
    row, _ = idx.dense_search(EMB.embed(["gross margin of data centre segment"])[0], 1)[0]
    assert idx.chunks([row])[0].text == "gross margin of data centre segment"
    assert idx.facts(company="alpha") == [] and "/data/alpha.txt" not in idx.manifest()


def test_hnsw_above_threshold(tmp_path):
    build(tmp_path / "idx", ann_threshold=4)
    idx = Index.open(tmp_path / "idx")
    assert idx.info["ann"] == "hnsw"
    row, _ = idx.dense_search(EMB.embed(["dividends paid"])[0], 2)[0]
    assert idx.chunks([row])[0].text == "dividends paid"
    gamma_rows = idx.rows_for_docs([d.doc_id for d in idx.documents() if d.doc == "gamma"])
    assert {r for r, _ in idx.dense_search(EMB.embed(["dividends paid"])[0], 9, gamma_rows)} == set(gamma_rows)


def test_index_files_load_without_pickle(tmp_path, monkeypatch):
    build(tmp_path / "idx")
    names = [p.name for p in (tmp_path / "idx").rglob("*")]
    assert not [n for n in names if n.endswith((".pkl", ".pickle", ".joblib"))]

    def refuse(*a, **k):
        raise AssertionError("pickle used while loading the index")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    idx = Index.open(tmp_path / "idx")
    assert idx.dense_search(EMB.embed(["tax rate"])[0], 1)
    assert idx.bm25_search("tax rate", 1)


def test_abort_and_stale_leftovers(tmp_path):
    path = tmp_path / "idx"
    live = build(path)
    w = IndexWriter.begin(path, EMB.name, EMB.dim)
    w.remove_document(make_doc("beta", [])[0].doc_id)
    w.abort()
    assert Index.open(path).info["counts"]["docs"] == 3
    # what a killed writer leaves: a staging folder and a complete generation that never went live
    (path / ".staging-123-456").mkdir()
    (path / ".staging-123-456" / "mia.sqlite").write_bytes(b"half")
    (path / "gen-000099").mkdir()
    w = IndexWriter.begin(path, EMB.name, EMB.dim)
    assert not (path / ".staging-123-456").exists() and not (path / "gen-000099").exists()
    assert live.exists() and (path / CURRENT).read_text().strip() == live.name
    w.abort()


def test_old_generations_are_pruned_but_the_previous_one_is_kept(tmp_path):
    path = tmp_path / "idx"
    first = build(path)
    second = build(path)
    third = build(path)
    IndexWriter.begin(path, EMB.name, EMB.dim).abort()
    assert not first.exists() and second.exists() and third.exists()
    assert Index.open(path).generation == third


def test_one_writer_at_a_time_and_same_embedder(tmp_path):
    build(tmp_path / "idx")
    w = IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    with pytest.raises(IndexBusy):
        IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    w.abort()
    with pytest.raises(IndexMismatch, match="hash-384"):
        IndexWriter.begin(tmp_path / "idx", "all-MiniLM-L6-v2", 384)


def test_manifest_only_commit_shares_search_files(tmp_path):
    path = tmp_path / "idx"
    before = build(path)
    w = IndexWriter.begin(path, EMB.name, EMB.dim)
    w.record_file("/data/alpha.txt", 10, 2, "0" * 64, make_doc("alpha", [])[0].doc_id)
    after = w.commit()
    assert os.stat(before / "vectors.faiss").st_ino == os.stat(after / "vectors.faiss").st_ino
    idx = Index.open(path)
    assert idx.manifest()["/data/alpha.txt"]["mtime_ns"] == 2
    assert idx.bm25_search("footwear", 1)


def test_empty_index_and_missing_index(tmp_path):
    with pytest.raises(IndexNotFound):
        Index.open(tmp_path / "nothing")
    assert read_info(tmp_path / "nothing") is None
    IndexWriter.begin(tmp_path / "empty", EMB.name, EMB.dim).commit()
    idx = Index.open(tmp_path / "empty")
    assert idx.chunk_count() == 0 and idx.documents() == []
    assert idx.dense_search(EMB.embed(["x"])[0], 3) == [] and idx.bm25_search("x", 3) == []


def test_list_and_remove_indexes(tmp_path):
    build(tmp_path / "one")
    build(tmp_path / "two")
    (tmp_path / "not-an-index").mkdir()
    assert list_indexes(tmp_path) == ["one", "two"]
    remove_index(tmp_path, "one")
    assert list_indexes(tmp_path) == ["two"] and not (tmp_path / "one").exists()
    with pytest.raises(IndexNotFound):
        remove_index(tmp_path, "not-an-index")


# ----------------------------------------------------------------------------------------------- safety (#14)

from assistant.index.store import (  # noqa: E402
    MARKER,
    IndexCorrupt,
    NotAnIndex,
    is_index,
    remove_index_dir,
)


def test_index_names_are_names_never_paths(tmp_path):
    root = tmp_path / "indexes"
    build(root / "one")
    (tmp_path / "my-notes.txt").write_text("the user's own file")
    for bad in ("..", ".", "../..", "one/../..", "/tmp", ""):
        with pytest.raises(ValueError, match="bad index name"):
            remove_index(root, bad)
    assert (tmp_path / "my-notes.txt").exists() and (root / "one").is_dir()


def test_remove_deletes_only_an_index_and_only_its_own_files(tmp_path):
    root = tmp_path / "indexes"
    build(root / "one")
    (root / "photos").mkdir(parents=True)
    (root / "photos" / "holiday.jpg").write_bytes(b"jpeg")
    with pytest.raises(IndexNotFound, match="not a mia index"):
        remove_index(root, "photos")
    with pytest.raises(IndexNotFound):
        remove_index_dir(root)  # the root holds indexes; it is not one
    assert (root / "photos" / "holiday.jpg").exists()
    # an index written by old code into a folder that also held the user's files (the old `--index ..`)
    legacy = root / "legacy"
    build(legacy)
    (legacy / MARKER).unlink()
    (legacy / "thesis.docx").write_bytes(b"years of work")
    (legacy / "gen-000000").mkdir()
    (legacy / "gen-000000" / "draft.txt").write_text("a folder that only looks like a generation")
    kept = remove_index_dir(legacy)
    assert sorted(kept) == ["gen-000000", "thesis.docx"]
    assert (legacy / "thesis.docx").read_bytes() == b"years of work"
    assert (legacy / "gen-000000" / "draft.txt").exists()
    assert not is_index(legacy) and not (legacy / CURRENT).exists()
    assert remove_index(root, "one") == [] and not (root / "one").exists() and root.is_dir()


def test_writer_never_takes_over_a_folder_that_is_not_an_index(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-")
    (folder / "gen-000001").mkdir()
    (folder / "gen-000001" / "keep.txt").write_text("not a generation")
    with pytest.raises(NotAnIndex, match="not a mia index"):
        IndexWriter.begin(folder, EMB.name, EMB.dim)
    assert sorted(p.name for p in folder.iterdir()) == ["gen-000001", "report.pdf"]
    # a file, not a folder
    with pytest.raises(NotAnIndex):
        IndexWriter.begin(folder / "report.pdf", EMB.name, EMB.dim)


def test_an_old_folder_named_like_a_generation_is_not_pruned(tmp_path):
    path = tmp_path / "idx"
    build(path)
    build(path)
    (path / "gen-000000").mkdir()
    (path / "gen-000000" / "family.jpg").write_bytes(b"jpeg")
    build(path)
    assert (path / "gen-000000" / "family.jpg").exists()


def test_index_without_marker_opens_and_is_marked_at_its_next_commit(tmp_path):
    path = tmp_path / "old"
    build(path)
    (path / MARKER).unlink()  # what the code before markers wrote: CURRENT + gen-* only
    assert is_index(path) and list_indexes(tmp_path) == ["old"]
    assert Index.open(path).info["counts"]["docs"] == 3
    w = IndexWriter.begin(path, EMB.name, EMB.dim)
    w.abort()
    assert not (path / MARKER).exists()  # nothing committed, nothing written
    build(path)
    assert (path / MARKER).is_file() and is_index(path)


def test_debris_of_a_first_ingest_that_never_committed_can_be_removed(tmp_path):
    path = tmp_path / "new"
    w = IndexWriter.begin(path, EMB.name, EMB.dim)
    w._db.close()
    w._release()  # as if killed: the staging folder, lock and marker stay behind
    with pytest.raises(IndexNotFound):
        Index.open(path)
    assert is_index(path)
    assert remove_index(tmp_path, "new") == [] and not path.exists()
    # the same debris written before markers existed (lock + staging only)
    w = IndexWriter.begin(path, EMB.name, EMB.dim)
    w._db.close()
    w._release()
    (path / MARKER).unlink()
    assert is_index(path)
    assert remove_index(tmp_path, "new") == [] and not path.exists()


def test_busy_index_names_the_writer_pid(tmp_path):
    build(tmp_path / "idx")
    w = IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    with pytest.raises(IndexBusy, match=rf"index idx is being written by another ingest \(pid {os.getpid()}\); "
                                        "try again when it finishes"):
        IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    with pytest.raises(IndexBusy):
        remove_index(tmp_path, "idx")
    w.abort()


def test_a_reader_keeps_its_generation_while_others_commit(tmp_path):
    path = tmp_path / "idx"
    build(path)
    reader = Index.open(path)  # search files not loaded yet, as in a REPL that has not been asked anything
    for _ in range(3):
        build(path)
    assert reader.generation.is_dir()
    assert reader.dense_search(EMB.embed(["tax rate"])[0], 1) and reader.bm25_search("tax rate", 1)
    held = reader.generation
    reader.close()
    build(path)
    assert not held.exists()  # no reader holds it any more: pruned at the next commit


def _damage(path: Path, what: str) -> Path:
    gen = path / (path / CURRENT).read_text().strip()
    if what == "sqlite":
        target = gen / "mia.sqlite"
        data = bytearray(target.read_bytes())
        data[:100] = b"\x00garbage" * 12 + b"\x00" * 4
        target.write_bytes(bytes(data))
    elif what == "sqlite-truncated":
        target = gen / "mia.sqlite"
        target.write_bytes(target.read_bytes()[:1000])
    elif what == "faiss":
        target = gen / "vectors.faiss"
        target.write_bytes(b"not faiss at all")
    elif what == "faiss-missing":
        target = gen / "vectors.faiss"
        target.unlink()
    elif what == "bm25":
        target = gen / "bm25"
        for f in target.iterdir():
            f.write_bytes(b"{broken")
    elif what == "current":
        target = path / CURRENT
        target.write_text("gen-999999\n")
    return target


@pytest.mark.parametrize("what", ["sqlite", "sqlite-truncated", "faiss", "faiss-missing", "bm25", "current"])
def test_a_damaged_index_file_is_one_line_naming_it(tmp_path, what):
    path = tmp_path / "idx"
    build(path)
    target = _damage(path, what)
    with pytest.raises(IndexCorrupt) as info:
        idx = Index.open(path)
        idx.dense_search(EMB.embed(["tax rate"])[0], 1)
        idx.bm25_search("tax rate", 1)
        idx.documents()
    message = str(info.value)
    assert "\n" not in message and str(target) in message and "mia ingest" in message


# ------------------------------------------------------------------------------ precomputed at ingest (issue 15)

STATEMENT_PAGES = ["Consolidated Statements of Cash Flows\n(in millions) 2018 2017\nPurchases of property 210 190",
                   "Management's discussion\nRevenue grew because stores sold more footwear.",
                   "CONSOLIDATED BALANCE SHEETS\nTotal assets 9,000 8,500"]


def test_table_rows_per_page_come_from_one_query_and_give_the_same_hints(tmp_path):
    from assistant.retrieve.hints import metric_pages

    w = IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    meta, pages, chunks, facts = make_doc("delta", STATEMENT_PAGES)
    capex = Fact(doc_id=meta.doc_id, doc="delta", source=meta.source, page=1, label="Purchases of property",
                 value=210.0, scale=1e6, unit="USD", metric="capital_expenditure", period="FY2018",
                 quote="Purchases of property 210", kind="table", fact_id=f"{meta.doc_id}:f1")
    w.add_document(meta, pages, chunks, EMB.embed([c.text for c in chunks]), facts + [capex])
    w.commit()
    idx = Index.open(tmp_path / "idx")
    assert idx.table_metric_pages(["revenue", "capital_expenditure", "eps"], [meta.doc_id]) == {
        (meta.doc_id, 1): {"revenue", "capital_expenditure"}}
    assert idx.table_metric_pages(["revenue"], ["nope"]) == {} and idx.table_metric_pages([], [meta.doc_id]) == {}

    class FactsOnly:  # what metric_pages did before: every fact read back, pages read for their titles
        def facts(self, metric=None, doc_ids=None):
            return idx.facts(metric=metric, doc_ids=doc_ids)

        def page_text(self, doc_id, page):
            return idx.page_text(doc_id, page)

    q = "What was delta's capital expenditure as a share of revenue in FY2018?"
    assert metric_pages(q, idx, [meta.doc_id]) == metric_pages(q, FactsOnly(), [meta.doc_id]) != {}


def test_rows_for_pages_and_docs_follow_the_chunks(tmp_path):
    build(tmp_path / "idx")
    idx = Index.open(tmp_path / "idx")
    ids = {d.doc: d.doc_id for d in idx.documents()}
    assert list(idx.rows_for_docs([ids["gamma"], ids["alpha"], "nope"])) == [0, 1, 2, 6, 7, 8]
    assert idx.rows_for_pages([(ids["beta"], 2), (ids["beta"], 2), (ids["alpha"], 9), ("nope", 1)]) == {
        4: (ids["beta"], 2)}


def test_statement_pages_are_stored_at_ingest_and_answer_like_the_rule(tmp_path):
    from assistant.finance.select import statement_page_kind, statement_strength
    from assistant.finance.statements import statement_kind

    w = IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    meta, pages, chunks, facts = make_doc("delta", STATEMENT_PAGES)
    w.add_document(meta, pages, chunks, EMB.embed([c.text for c in chunks]), facts)  # kinds worked out here
    w.commit()
    idx = Index.open(tmp_path / "idx")
    assert [idx.statement_page_info(meta.doc_id, p) for p in (1, 2, 3, 9)] == [
        ("cash_flow", True), (None, False), ("balance", True), (None, False)]

    class TextOnly:  # an index without stored kinds: the rule runs on the page text
        def page_text(self, doc_id, page):
            return idx.page_text(doc_id, page)

    text_only = TextOnly()
    for p in (1, 2, 3):
        assert statement_page_kind(idx, meta.doc_id, p) == statement_page_kind(text_only, meta.doc_id, p) \
            == statement_kind(STATEMENT_PAGES[p - 1])
        assert statement_strength(idx, meta.doc_id, p) == statement_strength(text_only, meta.doc_id, p)


def test_stored_statement_pages_of_another_rule_are_not_used(tmp_path):
    build(tmp_path / "idx", names=("alpha",))
    w = IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    meta, pages, chunks, facts = make_doc("delta", STATEMENT_PAGES)
    w.add_document(meta, pages, chunks, EMB.embed([c.text for c in chunks]), facts)
    w.page_kinds_rule = "an older rule"
    w.commit()
    idx = Index.open(tmp_path / "idx")
    assert idx.statement_page_info(meta.doc_id, 1) is None  # the caller works it out from the page itself


def test_the_statement_rule_fingerprint_covers_the_modules_it_reads():
    from assistant.finance import statements
    from assistant.index.statement_pages import _package_modules, rule_fingerprint

    names = [m.__name__ for m in _package_modules(statements)]
    assert "assistant.finance.statements" in names and "assistant.finance.registry" in names
    assert len(rule_fingerprint()) == 16


def test_bm25_search_ranks_by_score_then_row_within_the_allowed_rows(tmp_path):
    build(tmp_path / "idx")
    idx = Index.open(tmp_path / "idx")
    every = idx.bm25_search("revenue footwear dividends", k=10)
    assert [s for _, s in every] == sorted((s for _, s in every), reverse=True) and all(s > 0 for _, s in every)
    assert {r for r, _ in every} == {0, 2, 5}  # the chunks that hold one of the words, no others
    assert idx.bm25_search("revenue footwear dividends", k=10, rows=np.array([5, 2, 5])) == \
        [(r, s) for r, s in every if r in (2, 5)]
    assert idx.bm25_search("revenue footwear dividends", k=1) == every[:1]


def test_threads_searching_a_fresh_index_read_each_search_file_once(tmp_path, monkeypatch):
    """Eight threads' first searches at once: one of them reads the BM25 and faiss files, the others wait for it."""
    import threading
    import time

    import assistant.index.store as store

    build(tmp_path / "idx")
    idx = Index.open(tmp_path / "idx")
    reads = {"bm25": 0, "faiss": 0}
    real_bm25, real_faiss = store._load_bm25, store._read_faiss

    def slow(kind, real):
        def read(path):
            reads[kind] += 1
            time.sleep(0.05)  # the other threads arrive while this one reads
            return real(path)
        return read

    monkeypatch.setattr(store, "_load_bm25", slow("bm25", real_bm25))
    monkeypatch.setattr(store, "_read_faiss", slow("faiss", real_faiss))
    barrier, found, errors = threading.Barrier(8), [], []

    def search():
        barrier.wait()
        try:
            found.append((idx.bm25_search("revenue grew", 1)[0][0], idx.dense_search(EMB.embed(["dividends"])[0], 1)[0][0]))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=search) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and reads == {"bm25": 1, "faiss": 1}
    assert len(found) == 8 and len(set(found)) == 1
