"""The one Settings object.

Precedence, lowest first: field defaults < ``mia.toml`` (or the file named by ``MIA_CONFIG``) <
``MIA_*`` environment variables < keyword arguments (what the CLI passes from its options).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


INDEX_NAME_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$")


def check_index_name(name: str) -> str:
    """An index name is one folder name of safe characters (letters, digits, ".", "_", "-"; not starting
    with "." or "-"): never a path, never "." or "..". Returns the name; raises ValueError."""
    if not isinstance(name, str) or not INDEX_NAME_RE.match(name) or name.endswith("."):
        raise ValueError(
            f"bad index name {name!r}: use letters, digits, '.', '_' or '-' (one folder name, not a path); "
            "for a folder of your choice use --index-path")
    return name


def _toml_path() -> Path:
    return Path(os.environ.get("MIA_CONFIG", "mia.toml"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MIA_", extra="ignore", validate_default=True)

    # where things live
    index_root: Path = Field(Path("indexes"), description="Folder that holds named indexes.")
    index: str = Field("default", description="Name of the index to use (one folder name under index_root).")
    index_dir: Path | None = Field(
        None, description="An index folder of your choice, used instead of index_root/index (--index-path)."
    )
    cache_dir: Path = Field(
        Path(os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache"))) / "mia",
        description="Where the assembled GGUF model and other caches are kept.",
    )

    history_file: Path = Field(Path.home() / ".mia_history", description="The chat REPL's input history.")

    # embeddings
    embedder: Literal["minilm", "hash"] = Field("minilm", description="Embedding model: bundled MiniLM or the hash fake.")
    embed_backend: Literal["torch", "onnx"] = Field(
        "onnx", description="Runtime for MiniLM: onnx (exported once into cache_dir; same vectors, faster) or torch."
    )
    embed_batch_size: int | None = Field(
        None, ge=1, description="Chunks per embedding batch; unset: each runtime's measured best (64 for fp32 and "
        "int8 MiniLM on ONNX or torch, 16 for the bf16 document embedder).")
    embed_int8: bool = Field(
        False,
        description="ONNX MiniLM with int8 weights (about 2x less CPU per chunk; other vectors, so an index "
        "built with it is named all-MiniLM-L6-v2-int8 and needs int8 queries).",
    )
    embed_bf16: Literal["auto", "off"] = Field(
        "auto",
        description="Ingest embeds documents with MiniLM in bfloat16 on torch where the processor multiplies bf16 "
        "natively (auto; about 1.8x less CPU per chunk than fp32 ONNX, vectors within cosine 0.9999 of fp32, so "
        "the index keeps the fp32 name and fp32 queries); off: the query embedder embeds documents too.",
    )

    # chunking
    chunk_tokens: int = Field(240, description="Max word pieces per chunk (MiniLM reads 256, minus special tokens).")
    chunk_overlap: int = Field(32, description="Word pieces repeated between neighbouring chunks.")

    # ingest
    ingest_workers: int = Field(
        1, ge=0, le=1, description="Processes that read, chunk and extract facts while the main one embeds (0: none)."
    )
    checkpoint_s: float = Field(300.0, description="A long ingest commits what it has at least this often (seconds).")
    read_timeout_s: float = Field(
        120.0, ge=0, description="A file the reader process has not read in this many seconds is skipped as timed "
        "out and the reader restarted (0: no bound; ingest_workers=0 reads in-process, without a bound).")

    # index
    ann_threshold: int = Field(200_000, description="Above this many vectors FAISS uses HNSW instead of exact search.")

    # retrieval
    k: int = Field(8, description="Hits handed to the answer stage.")
    candidates: int = Field(50, description="Hits taken from each of BM25 and dense search before fusion.")
    min_evidence: float = Field(0.35, description="Below this evidence score mia refuses instead of answering.")
    use_facts: bool = Field(
        True, description="Answer metric and ratio questions from the extracted facts table before trying the LLM."
    )

    # generation
    llm: Literal["llama", "openai", "fake"] = Field("llama", description="LLM backend.")
    model_path: Path | None = Field(None, description="A GGUF file; default is the bundled Gemma 3 270M.")
    llm_chat: Literal["auto", "chat", "completion"] = Field(
        "auto",
        description="Prompt style: chat template (instruction models) or plain completion (base models). "
        "llama.cpp: auto treats the bundled model as base and a GGUF with a chat template and an instruct-like "
        "name as chat. OpenAI-compatible servers: auto sends chat messages and switches to /completions when "
        "the served model has no chat template.",
    )
    llm_timeout: float = Field(120.0, gt=0, description="Seconds an OpenAI-compatible server may take per request.")
    llm_retries: int = Field(
        2, ge=0, le=10, description="Retries when the server is unreachable, times out or is busy (429/502/503/504)."
    )
    base_url: str | None = Field(None, description="OpenAI-compatible server, e.g. http://localhost:8080/v1.")
    api_key: str | None = Field(None, description="API key for the OpenAI-compatible server.")
    model_name: str = Field("default", description="Model name sent to the OpenAI-compatible server.")
    n_ctx: int = Field(2048, description="Context window for llama.cpp.")
    n_threads: int | None = Field(None, description="Threads for llama.cpp (default: all cores).")
    llm_flash_attn: bool = Field(
        True, description="llama.cpp's fused (flash) attention for the in-process model (issue 15: with llm_batch "
        "1024, the first token came 0.74x as late as with neither, same run).")
    llm_batch: int = Field(1024, ge=32, description="Prompt tokens llama.cpp evaluates per step (n_batch = n_ubatch): "
                           "a whole prompt's evidence in one step.")
    max_tokens: int = Field(160, description="Max tokens generated per answer.")
    temperature: float = Field(0.0, description="Sampling temperature (0 = greedy).")
    rephrase: Literal["auto", "always", "never"] = Field(
        "auto",
        description="May the LLM reword a quoted (extractive) answer? auto: only a model other than the bundled "
        "270M one (a model_path or a server); its draft is verified, and the quote is shown when it fails.",
    )
    generate: Literal["auto", "always", "never"] = Field(
        "auto",
        description="May the LLM write an answer when no quoted passage or computed figure answers? auto: only a "
        "model other than the bundled 270M one (a model_path, a server, or the test fake); the bundled model's "
        "checked sentences were wrong 8 times of 9 in our evals, so with it mia declines and lists the closest "
        "passages instead.",
    )
    context_tokens: int = Field(
        700, description="Token budget for the sources placed in the prompt as whole passages (context_sentences=0; "
        "prefill time grows with it)."
    )
    context_sentences: int = Field(
        240, ge=0, description="Token budget for the sources placed in the prompt as the sentences and table rows of "
        "each passage that best match the question (issue 15: a short prompt gives the first word sooner: 658 ms "
        "against 1,481 ms for whole passages in one run); 0: whole passages within context_tokens. On by default "
        "since the generated-draft gate (answer/gen_gate.py): with generation forced, 240 tokens gave no more wrong "
        "answers than whole passages on either FinanceBench fold (eval/README.md).")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_toml_path())
        return (init_settings, env_settings, toml)

    @field_validator("index")
    @classmethod
    def _index_is_a_name(cls, value: str) -> str:
        return check_index_name(value)

    @field_validator("k")
    @classmethod
    def _k_is_positive(cls, value: int) -> int:
        if value < 1:
            raise ValueError(f"k must be at least 1, not {value}")
        return value

    @property
    def index_path(self) -> Path:
        """``index_dir`` when given, else ``index_root/index`` (an index name is never a path)."""
        return self.index_dir if self.index_dir is not None else self.index_root / self.index

    def with_overrides(self, **kw: Any) -> "Settings":
        """A copy with the non-None keyword values applied (CLI options)."""
        data = self.model_dump()
        data.update({k: v for k, v in kw.items() if v is not None})
        return Settings(**data)


def load_settings(**overrides: Any) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
