from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.config import Settings
from assistant.llm import get_llm
from assistant.llm.base import LLM, Prompt, complete
from assistant.llm.fake import FakeLLM, copy_first_numeric_sentence

SOURCES_PROMPT = (
    'Sources:\n[1] Example, page 1\n"""\nAn example says 5 things.\n"""\n\nQuestion: q\nAnswer: ok [1].\n\n'
    'Sources:\n[1] 3M_2018_10K, page 60\n"""\nCash flow matters. Capital spending was $1,577 million in 2018. '
    'More text.\n"""\n[2] Other, page 2\n"""\nRevenue was $9 billion.\n"""\n\nQuestion: capex?\nAnswer:'
)


# -------------------------------------------------------------------------------------------------- fake


def test_fake_copies_the_first_numeric_sentence_of_the_last_source_one():
    assert complete(FakeLLM(), Prompt(text=SOURCES_PROMPT), max_tokens=100) == (
        "Capital spending was $1,577 million in 2018 [1]."
    )


def test_fake_without_sources_does_not_know():
    assert copy_first_numeric_sentence("Question: what?") == "I don't know."


def test_fake_scripts_strings_sequences_and_functions():
    assert complete(FakeLLM("fixed"), Prompt(text="x"), max_tokens=10) == "fixed"
    seq = FakeLLM(["one", "two"])
    assert [complete(seq, Prompt(text="x"), max_tokens=10) for _ in range(3)] == ["one", "two", "two"]
    fn = FakeLLM(lambda p: p.text.upper())
    assert complete(fn, Prompt(text="abc"), max_tokens=10) == "ABC"
    assert [p.text for p in fn.prompts] == ["abc"]


def test_fake_streams_pieces_and_honours_stop_and_max_tokens():
    llm = FakeLLM("alpha beta gamma\n\nQuestion: delta")
    pieces = list(llm.stream(Prompt(text="x"), max_tokens=50, stop=("\n\n",)))
    assert pieces == ["alpha", " beta", " gamma"]
    assert list(llm.stream(Prompt(text="x"), max_tokens=2)) == ["alpha", " beta"]


def test_fake_is_an_llm_and_counts_tokens():
    llm = FakeLLM()
    assert isinstance(llm, LLM)
    assert llm.count_tokens("Revenue was $1.2 billion.") == 8


def test_prompt_messages():
    assert Prompt(system="s", user="u").messages() == [
        {"role": "system", "content": "s"},
        {"role": "user", "content": "u"},
    ]
    assert Prompt(text="t").messages() == [{"role": "user", "content": "t"}]


def test_get_llm_picks_backends_lazily():
    assert isinstance(get_llm(Settings(llm="fake")), FakeLLM)
    from assistant.llm.llama import LlamaLLM
    from assistant.llm.openai import OpenAILLM

    llama = get_llm(Settings(llm="llama"))
    assert isinstance(llama, LlamaLLM) and llama._llama is None  # nothing loaded yet
    assert isinstance(get_llm(Settings(llm="openai", base_url="http://127.0.0.1:9/v1")), OpenAILLM)
    with pytest.raises(ValueError, match="base_url"):
        get_llm(Settings(llm="openai"))


def test_llama_rejects_a_missing_model_file(tmp_path):
    from assistant.llm.llama import LlamaLLM

    with pytest.raises(FileNotFoundError, match="nope.gguf"):
        LlamaLLM(tmp_path / "nope.gguf")


def test_llama_takes_its_prefill_settings_from_the_settings():
    # issue 15: llama.cpp's flash attention and prompt batch are settings (measured with bench_answer's arms)
    from assistant.llm.llama import LlamaLLM

    plain = LlamaLLM.from_settings(Settings())
    assert (plain.flash_attn, plain.n_batch) == (Settings().llm_flash_attn, Settings().llm_batch)
    tuned = LlamaLLM.from_settings(Settings(llm_flash_attn=not plain.flash_attn, llm_batch=1024))
    assert tuned.flash_attn is not plain.flash_attn and tuned.n_batch == 1024 and tuned._llama is None
    with pytest.raises(ValueError):
        Settings(llm_batch=8)  # fewer than 32 prompt tokens a step is refused


def test_instruction_models_are_recognised_by_template_and_name(tmp_path):
    from pathlib import Path

    from assistant.llm.llama import is_instruction_model

    template = {"tokenizer.chat_template": "{{ messages }}"}
    assert is_instruction_model(Path("qwen2.5-0.5b-instruct-q4_k_m.gguf"), template, bundled=False)
    assert is_instruction_model(Path("gemma-3-1b-it-Q4_K_M.gguf"), template, bundled=False)
    assert not is_instruction_model(Path("gemma-3-1b-it-Q4_K_M.gguf"), {}, bundled=False)  # no template
    assert not is_instruction_model(Path("gemma-3-270m.gguf"), template, bundled=False)
    assert not is_instruction_model(Path("whatever-it.gguf"), template, bundled=True)


# ------------------------------------------------------------------------------------------- openai SSE


class _Handler(BaseHTTPRequestHandler):
    pieces = ["3M spent ", "$1,577 million", " [1].", "\n\nQuestion: extra"]
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        if body.get("model") == "broken":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b'{"error": "model exploded"}')
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        self.wfile.write(b": keep-alive comment\n\n")
        first = {"choices": [{"index": 0, "delta": {"role": "assistant"}}]}
        self.wfile.write(f"data: {json.dumps(first)}\n\n".encode())
        for p in self.pieces:  # this server ignores "stop", like some do
            event = {"choices": [{"index": 0, "delta": {"content": p}}]}
            self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, *args):
        pass


@pytest.fixture
def sse_server():
    _Handler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_openai_backend_streams_sse_tokens(sse_server):
    from assistant.llm.openai import OpenAILLM

    llm = OpenAILLM(sse_server + "/", model="tiny", api_key="secret")
    prompt = Prompt(system="be brief", user="capex?", text="ignored for chat models")
    pieces = list(llm.stream(prompt, max_tokens=20, stop=("\n\n",)))
    assert pieces == ["3M spent ", "$1,577 million", " [1]."]
    (req,) = _Handler.requests
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer secret"
    assert req["body"]["stream"] is True and req["body"]["model"] == "tiny" and req["body"]["max_tokens"] == 20
    assert req["body"]["messages"] == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "capex?"}]
    assert req["body"]["stop"] == ["\n\n"]
    assert llm.instruct and llm.count_tokens("abcdefgh") == 2
    llm.close()


def test_openai_backend_without_key_sends_no_auth_header(sse_server):
    from assistant.llm.openai import OpenAILLM

    assert complete(OpenAILLM(sse_server), Prompt(user="q"), max_tokens=5).startswith("3M spent")
    assert _Handler.requests[0]["auth"] is None


def test_openai_backend_reports_server_errors(sse_server):
    from assistant.llm.openai import LLMServerError, OpenAILLM

    with pytest.raises(LLMServerError, match="HTTP 500.*model exploded"):
        complete(OpenAILLM(sse_server, model="broken"), Prompt(user="q"), max_tokens=5)


# --------------------------------------------------------------------------------------------- real model


@pytest.mark.slow
def test_bundled_gemma_assembles_once_loads_and_generates(tmp_path):
    from assistant.llm.llama import LlamaLLM, bundled_model_path

    path = bundled_model_path(tmp_path)
    stamp = path.stat().st_mtime_ns
    assert bundled_model_path(tmp_path) == path and path.stat().st_mtime_ns == stamp  # reused, not rebuilt
    assert not list(path.parent.glob("*.part"))

    llm = get_llm(Settings(llm="llama", cache_dir=tmp_path, n_ctx=512, n_threads=2))
    assert isinstance(llm, LlamaLLM) and not llm.instruct  # the bundled model is a base model
    assert llm.count_tokens("Revenue grew 5 percent.") > 3
    pieces = list(llm.stream(Prompt(text="The capital of France is"), max_tokens=4, stop=("\n\n",)))
    assert 1 <= len(pieces) <= 4 and "".join(pieces).strip()


# ------------------------------------------------------------------------------ openai: base models, retries


class _BaseModelHandler(BaseHTTPRequestHandler):
    """A server whose model has no chat template (a base model), busy for the first ``busy`` requests."""

    requests: list[dict] = []
    busy = 0
    completion = "Acme Cloud spent $55.7 billion on capital expenditures in fiscal year 2024 [1]."

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body})
        if type(self).busy > 0:
            type(self).busy -= 1
            self.send_response(503)
            self.end_headers()
            self.wfile.write(b'{"error": "loading model"}')
            return
        if self.path.endswith("/chat/completions"):
            self.send_response(400)
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "Cannot use chat template functions because '
                             b'tokenizer.chat_template is not set"}}')
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for word in self.completion.split(" "):
            event = {"choices": [{"index": 0, "text": word + " "}]}
            self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, *args):
        pass


@pytest.fixture
def base_server():
    _BaseModelHandler.requests, _BaseModelHandler.busy = [], 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BaseModelHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_openai_backend_falls_back_to_completions_for_a_base_model(base_server):
    from assistant.llm.openai import OpenAILLM

    llm = OpenAILLM(base_server, model="base")
    prompt = Prompt(system="be brief", user="capex?", text="Sources: ...\nQuestion: capex?\nAnswer:")
    assert llm.instruct
    assert complete(llm, prompt, max_tokens=30).startswith("Acme Cloud spent $55.7 billion")
    assert not llm.instruct  # from now on the plain-text prompt is completed
    paths = [r["path"] for r in _BaseModelHandler.requests]
    assert paths == ["/v1/chat/completions", "/v1/completions"]
    assert _BaseModelHandler.requests[1]["body"]["prompt"] == prompt.text
    complete(llm, prompt, max_tokens=5)
    assert _BaseModelHandler.requests[-1]["path"] == "/v1/completions"  # no second chat attempt
    forced = OpenAILLM(base_server, chat="chat")
    from assistant.llm.openai import LLMServerError

    with pytest.raises(LLMServerError, match="HTTP 400.*chat_template"):
        complete(forced, prompt, max_tokens=5)


def test_openai_backend_retries_a_busy_server_then_gives_up(base_server):
    from assistant.llm.openai import LLMServerError, OpenAILLM

    _BaseModelHandler.busy = 2
    llm = OpenAILLM(base_server, chat="completion", retries=2, backoff=0.01)
    assert complete(llm, Prompt(text="q"), max_tokens=3).startswith("Acme")
    assert len(_BaseModelHandler.requests) == 3
    _BaseModelHandler.busy = 5
    with pytest.raises(LLMServerError, match="HTTP 503.*after 2 attempt"):
        complete(OpenAILLM(base_server, chat="completion", retries=1, backoff=0.01), Prompt(text="q"), max_tokens=3)


def test_openai_settings_reach_the_backend():
    from assistant.config import Settings
    from assistant.llm.openai import OpenAILLM

    llm = OpenAILLM.from_settings(Settings(llm="openai", base_url="http://127.0.0.1:9/v1", llm_timeout=3.5,
                                           llm_retries=0, llm_chat="completion"))
    assert llm.retries == 0 and not llm.instruct and llm._client.timeout.read == 3.5


def test_assistant_open_with_llm_openai_answers_through_the_server(base_server, tmp_path):
    from assistant.api import Assistant

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "acme.md").write_text("# Acme Cloud capex\n\nAcme Cloud spent $55.7 billion on capital expenditures in "
                                  "fiscal year 2024, up from $32.3 billion a year earlier.\n")
    Assistant.open(tmp_path / "idx", embedder="hash", llm="fake").ingest(docs, progress=False)
    a = Assistant.open(tmp_path / "idx", llm="openai", base_url=base_server, embedder="hash", llm_retries=0)
    answer = a.ask("How much did Acme Cloud spend on capital expenditures in fiscal year 2024?")
    assert "$55.7 billion" in answer.text and answer.citations
    assert answer.mode == "rag" and [r["path"] for r in _BaseModelHandler.requests][-1] == "/v1/completions"


# ------------------------------------------------------------------------------ llama: AMX CPUs load without repacking

_XEON_FLAGS = "processor\t: 0\nflags\t\t: fpu sse4_2 avx2 avx512f avx512_bf16 amx_bf16 amx_tile amx_int8\n"
_EPYC_FLAGS = "processor\t: 0\nflags\t\t: fpu sse4_2 avx2 avx512f avx512_bf16 avx512_vnni\n"


def test_cpu_has_amx_reads_the_flags_line_only():
    from assistant.llm.llama import cpu_has_amx

    assert cpu_has_amx(_XEON_FLAGS)
    assert not cpu_has_amx(_EPYC_FLAGS)
    assert not cpu_has_amx("model name\t: amx_tile lookalike\n")  # only the flags line counts
    assert not cpu_has_amx("")


class _Params:
    def __init__(self):
        self.use_extra_bufts = True
        self.n_gpu_layers = 0


class _Lib:
    """The two things the loader touches in llama_cpp.llama_cpp: a default-parameters factory."""

    def __init__(self, params_type=_Params):
        self.llama_model_default_params = params_type


def test_weights_not_repacked_turns_extra_buffers_off_only_while_open():
    from assistant.llm.llama import weights_not_repacked

    lib = _Lib()
    original = lib.llama_model_default_params
    with weights_not_repacked(lib):
        inside = lib.llama_model_default_params()
        assert inside.use_extra_bufts is False and inside.n_gpu_layers == 0
    assert lib.llama_model_default_params is original
    assert lib.llama_model_default_params().use_extra_bufts is True


def test_weights_not_repacked_leaves_a_library_without_the_field_alone():
    from assistant.llm.llama import weights_not_repacked

    class Old:  # a llama.cpp from before the field existed
        n_gpu_layers = 0

    lib = _Lib(Old)
    with weights_not_repacked(lib):
        assert lib.llama_model_default_params is Old
    assert lib.llama_model_default_params is Old
