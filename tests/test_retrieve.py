from __future__ import annotations

import pytest

from assistant.index.embeddings.hash import HashEmbedder
from assistant.index.store import Index, IndexWriter
from assistant.query.entities import companies_in, proper_names
from assistant.retrieve.filters import Filters
from assistant.retrieve.fusion import rrf, weighted
from assistant.retrieve.hints import steer
from assistant.retrieve.retriever import Retriever
from assistant.text.periods import periods_in
from assistant.types import Chunk, DocMeta, Page

EMB = HashEmbedder()

SHARED = ["capital expenditure was spent on new plants and equipment",
          "revenue grew in the footwear segment", "dividends paid to shareholders"]
DOCS = [
    # stem, company, type, year, page texts
    ("3M_2018_10K", "3M", "10-K", 2018, SHARED + ["3M sells post-it notes"]),
    ("3M_2019_10K", "3M", "10-K", 2019, SHARED + ["3M sells adhesives"]),
    ("NIKE_2019_10K", "Nike, Inc.", "10-K", 2019, SHARED + ["Nike sells running shoes"]),
    ("AMERICANWATERWORKS_2021_10K", None, "10-K", 2021, SHARED + ["regulated water utility"]),
    ("NIKE_2023Q2_10Q", "Nike, Inc.", "10-Q", 2023, SHARED + ["quarterly footwear results"]),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Index:
    path = tmp_path_factory.mktemp("retrieve") / "idx"
    writer = IndexWriter.begin(path, EMB.name, EMB.dim)
    for n, (stem, company, doc_type, year, texts) in enumerate(DOCS):
        doc_id = f"{n:016x}"
        source = f"/data/{stem}.pdf"
        meta = DocMeta(doc_id=doc_id, doc=stem, source=source, company=company, doc_type=doc_type,
                       fiscal_year=year, pages=len(texts))
        pages = [Page(doc_id, stem, source, i + 1, t) for i, t in enumerate(texts)]
        chunks = [Chunk(f"{doc_id}:{i}", doc_id, stem, source, i + 1, i + 1, 0, len(t), t, None, i)
                  for i, t in enumerate(texts)]
        writer.add_document(meta, pages, chunks, EMB.embed(texts), [])
    writer.commit()
    return Index.open(path)


def docs_of(hits) -> list[str]:
    return [h.chunk.doc for h in hits]


def test_filters_parse():
    f = Filters.parse(["company=3M", "type=10-K", "doc=3M_2018_10K", "year=2018", "year=2016-2017"])
    assert f.companies == ["3M"] and f.doc_types == ["10-K"] and f.docs == ["3M_2018_10K"]
    assert (f.year_min, f.year_max) == (2016, 2018)
    assert Filters.parse([]).is_empty()
    for bad in (["colour=red"], ["year=last"], ["company"]):
        with pytest.raises(ValueError, match="filter"):
            Filters.parse(bad)


def test_filters_allow(index):
    metas = {d.doc: d for d in index.documents()}
    assert Filters.parse(["company=nike"]).allows(metas["NIKE_2019_10K"])
    assert Filters.parse(["company=American Water Works"]).allows(metas["AMERICANWATERWORKS_2021_10K"])
    assert not Filters.parse(["company=3M"]).allows(metas["NIKE_2019_10K"])
    assert Filters.parse(["type=10q"]).allows(metas["NIKE_2023Q2_10Q"])
    assert not Filters.parse(["type=10q"]).allows(metas["NIKE_2019_10K"])
    assert Filters.parse(["year=2018-2019"]).allows(metas["3M_2019_10K"])
    assert not Filters.parse(["year=2020-2022"]).allows(metas["3M_2019_10K"])
    assert Filters.parse(["doc=3m_2018_10k"]).allows(metas["3M_2018_10K"])


def test_periods_in_questions():
    p = periods_in("What was 3M's FY2018 capex versus fiscal 2017 and Q2 2023? Revenue was $2,019 million.")
    assert p.years == {2018, 2017, 2023} and p.quarters == {(2, 2023)}
    assert periods_in("In 2023Q4 and FY22").quarters == {(4, 2023)}
    assert periods_in("In 2023Q4 and FY22").years == {2023, 2022}
    assert periods_in("Sales of 1,577 units and 2019.5 tonnes").years == set()


def test_company_detection(index):
    docs = index.documents()
    assert set(companies_in("What is 3M's capex?", docs)) == {"3m"}
    assert set(companies_in("How did NIKE do?", docs)) == {"nike"}  # "Nike, Inc." -> "Nike"
    assert set(companies_in("American Water Works capex", docs)) == {"americanwaterworks"}  # from the stem
    assert companies_in("What is capital expenditure?", docs) == {}
    assert steer("Compare 3M and Nike", docs).doc_ids is None  # two companies: no steering
    s = steer("What was 3M's capital expenditure in FY2019?", docs)
    by_id = {d.doc_id: d.doc for d in docs}
    assert {by_id[i] for i in s.doc_ids} == {"3M_2018_10K", "3M_2019_10K"}
    assert {by_id[i] for i in s.preferred} == {"3M_2019_10K"}
    q = steer("Nike footwear results for Q2 2023", docs)
    assert {by_id[i] for i in q.preferred} == {"NIKE_2023Q2_10Q"}


def test_steering_restricts_to_the_company_and_prefers_its_year(index):
    r = Retriever(index, EMB)
    hits = r.search("What was 3M's capital expenditure in FY2019?", k=4)
    assert set(docs_of(hits)) == {"3M_2018_10K", "3M_2019_10K"}  # other years are kept, not excluded
    assert hits[0].chunk.doc == "3M_2019_10K" and "capital expenditure" in hits[0].chunk.text
    assert [h.rank for h in hits] == [0, 1, 2, 3] and hits[0].meta.company == "3M"
    assert hits[0].score >= hits[1].score
    hits = r.search("What was 3M's capital expenditure in FY2019?", k=4, steer=False)
    assert len(set(docs_of(hits))) > 2


def test_filters_apply_before_ranking(index):
    r = Retriever(index, EMB)
    # the best chunks for this query are everywhere; a filter must still return k chunks of the one doc
    hits = r.search("capital expenditure plants", k=3, filters=Filters.parse(["doc=NIKE_2023Q2_10Q"]))
    assert docs_of(hits) == ["NIKE_2023Q2_10Q"] * 3
    # an explicit company filter wins over the company the question names
    hits = r.search("3M capital expenditure", k=3, filters=Filters.parse(["company=Nike"]))
    assert set(docs_of(hits)) <= {"NIKE_2019_10K", "NIKE_2023Q2_10Q"} and hits
    assert r.search("capital expenditure", filters=Filters.parse(["year=1990"])) == []


def test_weighted_fusion_and_scores(index):
    r = Retriever(index, EMB, fusion="weighted")
    hits = r.search("regulated water utility", k=2)
    assert hits[0].chunk.text == "regulated water utility" and hits[0].dense is not None and hits[0].bm25
    assert rrf([[(1, 9.0), (2, 1.0)], [(2, 5.0)]]) == pytest.approx({1: 1 / 61, 2: 1 / 62 + 1 / 61})
    assert weighted([(1, 0.9), (2, 0.5)], [(2, 7.0), (3, 1.0)], 0.5) == pytest.approx({1: 0.5, 2: 0.5, 3: 0.0})


def test_evidence_separates_answerable_from_off_topic(index):
    r = Retriever(index, EMB)
    good = "What was 3M's capital expenditure on new plants?"
    bad = "What is the boiling point of mercury?"
    e_good, e_bad = r.evidence(good, r.search(good)), r.evidence(bad, r.search(bad))
    assert 0.0 <= e_bad < e_good <= 1.0
    assert r.evidence(good, []) == 0.0


@pytest.mark.slow
def test_minilm_retrieval_end_to_end(tmp_path):
    from assistant.index.embeddings.minilm import load_minilm

    emb = load_minilm("torch")
    texts = ["Purchases of property, plant and equipment (PP&E) were $1,577 million in 2018.",
             "Net sales increased 3.5% driven by organic growth in the Safety and Industrial segment.",
             "The Company declared a quarterly dividend of $1.36 per share.",
             "Litigation related to respirator mask claims remains pending."]
    writer = IndexWriter.begin(tmp_path / "idx", emb.name, emb.dim)
    meta = DocMeta(doc_id="a" * 16, doc="3M_2018_10K", source="/x/3M_2018_10K.pdf", company="3M",
                   fiscal_year=2018, pages=4)
    pages = [Page(meta.doc_id, meta.doc, meta.source, i + 1, t) for i, t in enumerate(texts)]
    chunks = [Chunk(f"{meta.doc_id}:{i}", meta.doc_id, meta.doc, meta.source, i + 1, i + 1, 0, len(t), t)
              for i, t in enumerate(texts)]
    writer.add_document(meta, pages, chunks, emb.embed(texts), [])
    writer.commit()
    r = Retriever(Index.open(tmp_path / "idx"), emb)
    q = "What is the FY2018 capital expenditure amount for 3M?"
    hits = r.search(q, k=2)
    assert hits[0].chunk.page == 1
    assert r.evidence(q, hits) > r.evidence("What is the boiling point of mercury?",
                                            r.search("What is the boiling point of mercury?", k=2))


def test_proper_names_and_missing_name_penalty(index):
    assert proper_names("What was Tesla's revenue? Which Nike segment grew in FY2019 per EBITDA?") == ["Tesla", "Nike"]
    r = Retriever(index, EMB)
    known, unknown = "Did Nike sell running shoes?", "Did Zorblax sell running shoes?"
    assert r.evidence(unknown, r.search(unknown)) < 0.6 * r.evidence(known, r.search(known))


def _meta(stem: str, company: str | None, year: int) -> DocMeta:
    return DocMeta(doc_id=stem.lower(), doc=stem, source=f"/data/{stem}.pdf", company=company, doc_type="10-K",
                   fiscal_year=year, pages=1)


def test_documents_sharing_a_name_are_one_company():
    # covers of different years give different names; the stem ties them together
    docs = [_meta("ADOBE_2015_10K", "Adobe Systems", 2015), _meta("ADOBE_2022_10K", "Adobe", 2022),
            _meta("MGMRESORTS_2018_10K", "MGM Resorts International", 2018),
            _meta("MGMRESORTS_2022Q4_EARNINGS", "MGM Resorts", 2022)]
    found = companies_in("What is the FY2017 operating cash flow ratio for Adobe?", docs)
    assert list(found) and len(found) == 1
    assert {d.doc for d in next(iter(found.values()))} == {"ADOBE_2015_10K", "ADOBE_2022_10K"}
    s = steer("Has MGM Resorts paid dividends in FY2022?", docs)
    assert {d.lower() for d in s.doc_ids} == {"mgmresorts_2018_10k", "mgmresorts_2022q4_earnings"}


def test_short_upper_case_forms_name_a_company_when_unambiguous():
    docs = [_meta("JPMORGAN_2021Q1_10Q", "JPMorgan Chase & Co.", 2021), _meta("MGMRESORTS_2018_10K", None, 2018),
            _meta("AMCOR_2023_10K", "Amcor plc", 2023), _meta("AMD_2015_10K", "Advanced Micro Devices", 2015)]
    found = companies_in("Which of JPM's business segments had the lowest net revenue?", docs)
    assert [[d.doc for d in ds] for ds in found.values()] == [["JPMORGAN_2021Q1_10Q"]]
    s = steer("What was MGM's interest coverage ratio in FY2018?", docs)
    assert s.doc_ids == {"mgmresorts_2018_10k"} and "MGM" in s.names
    assert "MGM" not in s.lexical_query("What was MGM's interest coverage ratio in FY2018?")
    # "AM" is too short and "AMZ" begins no name; an acronym that begins two companies' names is ambiguous
    assert companies_in("What is EBITDA for AMZ?", docs) == {}
    twins = docs + [_meta("AMCORE_2020_10K", "Amcore Financial", 2020)]
    assert companies_in("What did AMC report?", twins) == {}


def test_statement_page_hint_ranks_the_statement_first(tmp_path):
    from assistant.types import Fact

    stem, doc_id, source = "3M_2018_10K", "3m2018", "/data/3M_2018_10K.pdf"
    texts = [
        "Capital expenditure discussion: capital expenditure rose as capital expenditure plans for plants grew; "
        "we expect capital expenditure of 1.5 billion next year.",
        "Consolidated Statement of Cash Flows\nPurchases of property, plant and equipment (PP&E) (1,577) (1,373)",
        "Legal proceedings and other matters",
    ]
    meta = DocMeta(doc_id=doc_id, doc=stem, source=source, company="3M", doc_type="10-K", fiscal_year=2018,
                   pages=3)
    pages = [Page(doc_id, stem, source, i + 1, t) for i, t in enumerate(texts)]
    chunks = [Chunk(f"{doc_id}:{i}", doc_id, stem, source, i + 1, i + 1, 0, len(t), t, None, i)
              for i, t in enumerate(texts)]
    capex = Fact(doc_id=doc_id, doc=stem, source=source, page=2, label="Purchases of property, plant and equipment",
                 value=-1577, scale=1e6, unit="USD", currency="USD", metric="capital_expenditure", period="FY2018",
                 fiscal_year=2018, company="3M", quote="Purchases of property, plant and equipment (PP&E) (1,577)")
    writer = IndexWriter.begin(tmp_path / "idx", EMB.name, EMB.dim)
    writer.add_document(meta, pages, chunks, EMB.embed(texts), [capex])
    writer.commit()
    idx = Index.open(tmp_path / "idx")
    q = "What is the FY2018 capital expenditure for 3M?"
    assert Retriever(idx, EMB, hint_boost=0.0).search(q, k=3)[0].chunk.page == 1  # words alone favour the MD&A
    hits = Retriever(idx, EMB).search(q, k=3)
    assert hits[0].chunk.page == 2 and "1,577" in hits[0].chunk.text
    assert idx.rows_for_pages([(doc_id, 2)]) == {1: (doc_id, 2)}
    # without a company in the question there is no hint: the statements of every company would compete
    assert Retriever(idx, EMB).search("What is the FY2018 capital expenditure?", k=3)[0].chunk.page == 1


def test_only_filing_style_file_names_name_a_company():
    from assistant.query.entities import stem_company_part

    assert stem_company_part("3M_2018_10K") == "3M"
    assert stem_company_part("PEPSICO_2023Q1_EARNINGS") == "PEPSICO"
    assert stem_company_part("ai_accelerators_2024") is None  # a topic report: "AI" in a question names no one
    assert stem_company_part("2024_outlook") is None
    docs = [_meta("ai_accelerators_2024", None, 2024), _meta("NVIDIA_2025_10K", "NVIDIA", 2025)]
    assert list(companies_in("What was NVIDIA's AI revenue in fiscal 2025?", docs)) == ["nvidia"]


def test_a_company_filter_matches_reports_about_several_companies():
    from assistant.retrieve.filters import Filters
    from assistant.types import DocMeta

    report = DocMeta(doc_id="r" * 16, doc="chips_2024", source="chips_2024.pdf", doc_type="market report",
                     extra={"companies": ["Fabrikam", "Northwind Traders"]})
    filing = DocMeta(doc_id="f" * 16, doc="FABRIKAM_2024_10K", source="x.pdf", company="Fabrikam", doc_type="10-K")
    f = Filters.parse(["company=fabrikam"])
    assert f.allows(report) and f.allows(filing)
    assert Filters.parse(["company=Northwind Traders"]).allows(report)
    assert not Filters.parse(["company=Contoso"]).allows(report)


def test_company_groups_are_worked_out_once_and_hand_back_the_callers_documents():
    from dataclasses import replace

    from assistant.query.entities import company_groups

    docs = [DocMeta(doc_id="a" * 16, doc="ADOBE_2015_10K", source="a.pdf", company="Adobe Systems Inc"),
            DocMeta(doc_id="b" * 16, doc="ADOBE_2022_10K", source="b.pdf", company="Adobe Inc."),
            DocMeta(doc_id="c" * 16, doc="NIKE_2019_10K", source="c.pdf", company="Nike, Inc.")]
    first = company_groups(docs)
    again = [replace(d) for d in docs]  # equal documents, other objects (an index opened again)
    second = company_groups(again)
    assert {k: [d.doc for d in v] for k, v in first.items()} == {k: [d.doc for d in v] for k, v in second.items()}
    assert sorted(len(v) for v in second.values()) == [1, 2]
    assert all(d is again[[x.doc_id for x in again].index(d.doc_id)] for v in second.values() for d in v)
    renamed = [docs[0], replace(docs[1], company="Other Corp", doc="OTHER_2022_10K"), docs[2]]
    assert sorted(len(v) for v in company_groups(renamed).values()) == [1, 1, 1]  # names are part of the key
