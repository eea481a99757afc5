"""The REPL in a real terminal (tmux): a draft that fails verification never stays on screen.

The model is ``FakeLLM`` scripted to invent a figure; the terminal is a tmux pane, so prompt_toolkit, the rich
status line and the answer are drawn exactly as an analyst sees them. The whole pane, scroll-back included, is
read after the answer: the invented figure must not be anywhere in it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INVENTED = "$10.8 billion"
DRIVER = f'''
import sys
from assistant.api import Assistant
from assistant.config import load_settings
from assistant.faces.repl import run_repl
from assistant.llm.fake import FakeLLM

llm = FakeLLM("Meta cut its capital expenditure by {INVENTED} in 2023 to redesign its data centres [1].")
assistant = Assistant(load_settings(index_dir=sys.argv[1], llm="fake", embedder="hash"), llm=llm)
code = run_repl(assistant, history_file=sys.argv[3])
open(sys.argv[2], "w").write(str(len(llm.prompts)))
sys.exit(code)
'''

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux; .ci/run installs it)"
)


def _tmux(sock: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True, check=True).stdout


def _wait_for(sock: str, predicate, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(sock, "capture-pane", "-p", "-J", "-S", "-2000", "-t", "mia")
        if predicate(screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"timed out; the pane shows:\n{screen}")


def test_unverified_figure_never_remains_on_the_screen(tmp_path):
    from assistant.api import Assistant
    from assistant.config import load_settings

    index = tmp_path / "idx"
    Assistant(load_settings(index_dir=index, llm="fake", embedder="hash")).ingest(ROOT / "corpus", progress=False)
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    calls = tmp_path / "calls"
    sock = f"mia-test-{tmp_path.name}"
    command = f"cd {ROOT} && PYTHONPATH={ROOT} {sys.executable} {driver} {index} {calls} {tmp_path / 'history'}; sleep 30"
    _tmux(sock, "new-session", "-d", "-s", "mia", "-x", "110", "-y", "45", command)
    try:
        _wait_for(sock, lambda s: "mia>" in s)
        _tmux(sock, "send-keys", "-t", "mia", "Why did Meta cut its capital expenditure in 2023?", "Enter")
        screen = _wait_for(sock, lambda s: s.count("mia>") >= 2)  # the answer is printed, the prompt is back
        assert "Why did Meta cut" in screen
        assert INVENTED not in screen and "10.8" not in screen  # not even in the scroll-back
        assert "Sources" in screen or "declined" in screen  # the checked answer (quoted passages) is there
        _tmux(sock, "send-keys", "-t", "mia", "/exit", "Enter")
        deadline = time.monotonic() + 30
        while not calls.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert calls.exists() and int(calls.read_text()) >= 1, "the model wrote a draft (the test drove the model)"
    finally:
        subprocess.run(["tmux", "-L", sock, "kill-server"], capture_output=True)
