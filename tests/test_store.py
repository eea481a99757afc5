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
