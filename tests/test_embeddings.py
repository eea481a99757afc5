from __future__ import annotations

import numpy as np
import pytest

from assistant.config import load_settings
from assistant.index.embeddings import get_embedder
from assistant.index.embeddings.base import Embedder, normalise_rows
from assistant.index.embeddings.hash import HashEmbedder


def test_hash_embedder_is_deterministic_normalised_float32():
    emb = HashEmbedder()
    a = emb.embed(["capital expenditure in 2018", "dividends paid", ""])
    assert a.dtype == np.float32 and a.shape == (3, 384)
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0, atol=1e-6)
    assert np.array_equal(a, HashEmbedder().embed(["capital expenditure in 2018", "dividends paid", ""]))
    assert not a[2].any()  # no words, no direction


def test_hash_embedder_ranks_shared_words_higher():
    emb = HashEmbedder()
    q = emb.embed(["capital expenditure"])[0]
    near, far = emb.embed(["the capital expenditure for the year", "revenue from footwear sales"])
    assert q @ near > q @ far


def test_hash_embedder_counts_pieces_and_satisfies_protocol():
    emb = HashEmbedder(dim=64)
    assert emb.count_tokens(["3M's capex: $1,577", ""]) == [9, 0]  # 3M ' s capex : $ 1 , 577
    assert isinstance(emb, Embedder) and emb.dim == 64 and emb.name == "hash-64"


def test_normalise_rows_leaves_zero_rows_alone():
    out = normalise_rows(np.array([[3.0, 4.0], [0.0, 0.0]]))
    assert out.dtype == np.float32 and np.allclose(out, [[0.6, 0.8], [0.0, 0.0]])


def test_get_embedder_by_name():
    assert isinstance(get_embedder(load_settings(embedder="hash")), HashEmbedder)


@pytest.mark.slow
def test_minilm_torch_embeds_counts_and_ranks():
    from assistant.index.embeddings.minilm import load_minilm

    emb = load_minilm("torch", batch_size=4)
    texts = ["Purchases of property, plant and equipment were $1,577 million.",
             "The boiling point of mercury is 356.7 degrees Celsius.",
             "Capital expenditures increased in fiscal 2018.", "Net sales of footwear"]
    vecs = emb.embed(texts)
    assert vecs.shape == (4, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    q = emb.embed(["How much did the company spend on capital expenditure?"])[0]
    scores = vecs @ q
    assert scores[0] > scores[1] and scores[2] > scores[1]
    counts = emb.count_tokens(texts + [""])
    assert counts[-1] == 0 and all(0 < c < 30 for c in counts[:-1])
    assert emb.count_tokens(["word " * 600]) == [600]  # no truncation when counting
    assert emb.max_tokens == 254 and emb.name == "all-MiniLM-L6-v2"


@pytest.mark.slow
def test_minilm_onnx_matches_torch(tmp_path):
    pytest.importorskip("onnx", reason="exporting MiniLM to ONNX needs the onnx package")
    from assistant.index.embeddings.minilm import load_minilm

    texts = ["Purchases of property, plant and equipment were $1,577 million.", "short", "word " * 400]
    torch_vecs = load_minilm("torch").embed(texts)
    onnx_emb = load_minilm("onnx", cache_dir=tmp_path, batch_size=2)
    onnx_vecs = onnx_emb.embed(texts)
    assert onnx_vecs.dtype == np.float32 and onnx_emb.name == "all-MiniLM-L6-v2"
    assert np.all(np.sum(torch_vecs * onnx_vecs, axis=1) > 0.999)
    assert onnx_emb.model_path().is_file()  # exported once into the cache
    # batches of texts sorted by length (little padding) give the vectors each text gets alone
    alone = np.vstack([onnx_emb.embed([t]) for t in texts])
    assert np.allclose(onnx_vecs, alone, atol=1e-5)


def test_minilm_pickles_without_its_model(tmp_path):
    import pickle

    from assistant.index.embeddings.minilm import OnnxMiniLM, TorchMiniLM

    for emb in (TorchMiniLM(batch_size=8), OnnxMiniLM(tmp_path, batch_size=8, quantized=True)):
        copy = pickle.loads(pickle.dumps(emb))
        assert type(copy) is type(emb) and copy.name == emb.name and copy.batch_size == 8
        assert copy.count_tokens(["Net sales rose 9%."]) == emb.count_tokens(["Net sales rose 9%."])
    assert copy.model_path() == emb.model_path()  # the same exported model, nothing loaded yet


def test_embedder_for_makes_the_embedder_an_index_recorded():
    from assistant.index.embeddings import embedder_for

    settings = load_settings(embedder="minilm", embed_int8=True)
    emb = embedder_for("hash-64", settings)
    assert isinstance(emb, HashEmbedder) and emb.dim == 64 and emb.name == "hash-64"


def test_embedder_for_keeps_fp32_and_int8_minilm_apart(tmp_path):
    # settings asking for int8 do not turn an fp32 index's queries into int8 ones, nor the reverse
    # (only the tokenizer is loaded here: the model loads on the first embed)
    from assistant.index.embeddings import embedder_for

    fp32 = embedder_for("all-MiniLM-L6-v2", load_settings(embed_int8=True, embed_backend="onnx", cache_dir=tmp_path))
    assert fp32.name == "all-MiniLM-L6-v2" and not getattr(fp32, "quantized", False)
    int8 = embedder_for("all-MiniLM-L6-v2-int8", load_settings(embed_int8=False, embed_backend="torch",
                                                               cache_dir=tmp_path))
    assert int8.name == "all-MiniLM-L6-v2-int8" and int8.quantized


def test_embedder_for_an_unknown_name_says_which_index_and_what_it_has():
    from assistant.index.embeddings import EmbedderUnavailable, embedder_for
    from assistant.index.store import IndexMismatch

    with pytest.raises(EmbedderUnavailable, match=r"indexes/contoso: built with embedder 'e5-large'.*hash-N") as err:
        embedder_for("e5-large", load_settings(), where="indexes/contoso")
    assert isinstance(err.value, IndexMismatch) and "\n" not in str(err.value)


def test_onnx_runtime_options_come_from_the_environment(monkeypatch):
    from assistant.index.embeddings.minilm import runtime_options

    monkeypatch.delenv("MIA_ONNX_THREADS", raising=False)
    monkeypatch.delenv("MIA_ONNX_SPIN", raising=False)
    assert runtime_options() == (0, False)  # the runtime's thread count, no spinning on a shared machine
    monkeypatch.setenv("MIA_ONNX_THREADS", "2")
    monkeypatch.setenv("MIA_ONNX_SPIN", "1")
    assert runtime_options() == (2, True)
    monkeypatch.setenv("MIA_ONNX_THREADS", "two")
    with pytest.raises(ValueError, match="MIA_ONNX_THREADS='two'"):
        runtime_options()


# ---- bf16 document embedding (issue 15) ---------------------------------------------------------------------

def test_bf16_native_reads_the_processors_flags():
    from assistant.index.embeddings.minilm import bf16_native

    assert bf16_native("processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_bf16 avx512_vnni\n")
    assert bf16_native("flags\t\t: fpu avx512f amx_tile amx_bf16\n")
    assert not bf16_native("flags\t\t: fpu sse2 avx2 fma avx512f avx512bw\n")  # AVX-512 without bf16: emulated
    assert not bf16_native("model name\t: some processor\n")  # no flags line


def test_document_embedder_is_bf16_only_for_fp32_minilm_where_native(tmp_path):
    # documents go to bf16 MiniLM (same name, so the index still records the fp32 model and gets fp32 queries)
    # only when the processor multiplies bf16 natively; int8, the hash fake and "off" keep their own embedder
    pytest.importorskip("torch", reason="bf16 MiniLM runs on torch")
    from assistant.index.embeddings import document_embedder
    from assistant.index.embeddings.minilm import Bf16MiniLM, OnnxMiniLM

    settings = load_settings(cache_dir=tmp_path)
    fp32 = OnnxMiniLM(tmp_path)
    docs = document_embedder(fp32, settings, native=True)
    assert isinstance(docs, Bf16MiniLM) and docs.name == fp32.name and docs.dim == fp32.dim
    assert docs.precision == "bf16" and fp32.precision == "fp32"
    assert docs.count_tokens(["Contoso's net sales rose 9%."]) == fp32.count_tokens(["Contoso's net sales rose 9%."])
    assert document_embedder(fp32, settings, native=False) is fp32
    assert document_embedder(fp32, load_settings(cache_dir=tmp_path, embed_bf16="off"), native=True) is fp32
    int8 = OnnxMiniLM(tmp_path, quantized=True)
    assert int8.precision == "int8" and document_embedder(int8, settings, native=True) is int8
    fake = HashEmbedder()
    assert document_embedder(fake, settings, native=True) is fake


def test_document_embedder_takes_the_batch_size_of_the_settings(tmp_path):
    # the settings' batch size reaches the bf16 document embedder too; unset, each runtime keeps its own best
    pytest.importorskip("torch", reason="bf16 MiniLM runs on torch")
    from assistant.index.embeddings import document_embedder, get_embedder
    from assistant.index.embeddings.minilm import BATCH, BF16_BATCH, OnnxMiniLM

    fp32 = OnnxMiniLM(tmp_path)
    assert document_embedder(fp32, load_settings(cache_dir=tmp_path), native=True).batch_size == BF16_BATCH
    assert document_embedder(fp32, load_settings(cache_dir=tmp_path, embed_batch_size=8), native=True).batch_size == 8
    unset = get_embedder(load_settings(cache_dir=tmp_path, embed_backend="onnx"))
    assert unset.batch_size == BATCH != BF16_BATCH
    assert get_embedder(load_settings(cache_dir=tmp_path, embed_backend="onnx", embed_batch_size=8)).batch_size == 8


def test_embedder_for_checks_the_precisions_an_index_records(tmp_path):
    # an fp32 MiniLM index whose chunks were embedded in bf16 is queried in fp32 (interchangeable vectors); a
    # precision whose vectors the name's queries do not match is refused in one line naming the index
    from assistant.index.embeddings import EmbedderUnavailable, embedder_for

    settings = load_settings(embed_backend="onnx", cache_dir=tmp_path)
    q = embedder_for("all-MiniLM-L6-v2", settings, precisions=["bf16", "fp32"])
    assert q.name == "all-MiniLM-L6-v2" and q.precision == "fp32"
    with pytest.raises(EmbedderUnavailable, match=r"indexes/northwind: chunks embedded by all-MiniLM-L6-v2 at "
                                                  r"precision int8.*they match: bf16, fp32"):
        embedder_for("all-MiniLM-L6-v2", settings, where="indexes/northwind", precisions=["fp32", "int8"])
    with pytest.raises(EmbedderUnavailable, match="precision bf16"):
        embedder_for("all-MiniLM-L6-v2-int8", settings, precisions=["bf16"])
    with pytest.raises(EmbedderUnavailable, match="precision fp32.*they match: none"):
        embedder_for("hash-64", settings, precisions=["fp32"])
    assert embedder_for("hash-64", settings, precisions=[]).name == "hash-64"


@pytest.mark.slow
def test_bf16_minilm_vectors_are_the_fp32_ones(tmp_path):
    pytest.importorskip("onnx", reason="exporting MiniLM to ONNX needs the onnx package")
    from assistant.index.embeddings.minilm import Bf16MiniLM, bf16_native, load_minilm

    if not bf16_native():
        pytest.skip("this processor has no native bf16 (mia embeds in fp32 here)")
    texts = ["Contoso's operating income rose to $1.2 billion in fiscal 2024, driven by cloud services.",
             "Northwind Traders did not pay a dividend.", "short", "word " * 400]
    fp32 = load_minilm("onnx", cache_dir=tmp_path).embed(texts)
    bf16 = Bf16MiniLM(batch_size=2, threads=2).embed(texts)  # two batches side by side
    assert bf16.dtype == np.float32 and bf16.shape == fp32.shape
    assert np.allclose(np.linalg.norm(bf16, axis=1), 1.0, atol=1e-5)
    assert np.all(np.sum(fp32 * bf16, axis=1) > 0.999)
    one_thread = Bf16MiniLM(batch_size=2, threads=1).embed(texts)  # the same batches one after the other
    assert np.allclose(bf16, one_thread, atol=1e-6)


@pytest.mark.slow
def test_bf16_packed_products_give_the_plain_products_vectors():
    """Issue 15: the bf16 encoder lays its weight matrices out once in oneDNN's format and runs the feed-forward
    GELU inside its product; the vectors are the plain products' (F.linear, F.gelu) up to bf16 rounding."""
    torch = pytest.importorskip("torch")
    from assistant.index.embeddings import minilm

    if not minilm.bf16_native():
        pytest.skip("this processor has no native bf16 (mia embeds in fp32 here)")
    pack, linear = minilm.linear_ops(packed=True)
    weight = torch.linspace(-1, 1, 64 * 16).reshape(64, 16).to(torch.bfloat16)
    assert pack(weight).is_mkldnn  # laid out once, at load (this torch has oneDNN: the fast path is in use)
    assert minilm.linear_ops(packed=False)[0](weight) is weight
    texts = ["Contoso's operating income rose to $1.2 billion in fiscal 2024, driven by cloud services.",
             "Northwind Traders did not pay a dividend.", "short", "Fabrikam backlog " * 120]
    tok = minilm.tokenizer(minilm.model_dir(), truncate=True)
    pooled = []
    for packed in (True, False):
        encoder = minilm.bert_bf16(minilm.model_dir(), packed=packed)
        out = np.zeros((len(texts), minilm.DIM), np.float32)
        for rows, ids, mask in minilm.length_batches(minilm.encode(tok, texts), 2):
            with torch.inference_mode():
                out[rows] = minilm.mean_pool(encoder(torch.from_numpy(ids), torch.from_numpy(mask)).float().numpy(),
                                             mask)
        pooled.append(out / np.linalg.norm(out, axis=1, keepdims=True))
    assert np.all(np.sum(pooled[0] * pooled[1], axis=1) > 0.9999)  # two bf16 roundings of one network


@pytest.mark.slow
def test_bf16_minilm_leaves_torchs_thread_count_as_it_found_it():
    """Each torch operation of a bf16 embedding runs on one thread, but only while it embeds: torch's thread
    count is process-wide, and other torch work of the process (a torch query embedder) keeps its own."""
    torch = pytest.importorskip("torch")
    from assistant.index.embeddings.minilm import Bf16MiniLM, one_thread_ops

    before = torch.get_num_threads()
    try:
        torch.set_num_threads(2)
        emb = Bf16MiniLM(batch_size=1, threads=2)
        emb.warm()
        assert torch.get_num_threads() == 2  # loading the model changes nothing
        emb.embed(["Fabrikam's backlog grew 12% to $3.4 billion.", "Contoso paid no dividend in 2023."])
        assert torch.get_num_threads() == 2
        with one_thread_ops():
            assert torch.get_num_threads() == 1
            with one_thread_ops():  # overlapping blocks: the count comes back after the last one ends
                pass
            assert torch.get_num_threads() == 1
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)


def test_minilm_tokenizes_without_offsets_to_the_same_ids():
    # issue 15: chunking counts word pieces and embedding tokenizes chunks through encode_batch_fast (no character
    # offsets); the ids, the counts and the truncation at MAX_SEQ are the full encoder's
    from assistant.index.embeddings import minilm

    texts = ["Contoso's net revenue rose 12% to $1,577.3 million in fiscal 2024 (2023: $1,408.1 million).",
             "Northwind Traders — café résumés, naïve coöperation, 3½ stores",
             "freight " * 400, "", "Item 7. MANAGEMENT'S DISCUSSION AND ANALYSIS"]
    folder = minilm.model_dir()
    for truncate, special in ((True, True), (False, False)):
        tok = minilm.tokenizer(folder, truncate=truncate)
        full = [e.ids for e in tok.encode_batch(texts, add_special_tokens=special)]
        assert [e.ids for e in minilm.encode(tok, texts, special=special)] == full
    counter = minilm.TorchMiniLM()
    assert counter.count_tokens(texts) == [len(ids) for ids in full]
    assert counter.count_tokens(["freight " * 400]) == [400]  # counting does not truncate
