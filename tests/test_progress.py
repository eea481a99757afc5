"""The status line's callbacks: stages and a word count of the draft, never the draft's words."""

from io import StringIO

from rich.console import Console

from assistant.faces.progress import Progress, progress_callbacks


def test_callbacks_count_the_drafts_words_and_follow_the_stages():
    progress = Progress(Console(file=StringIO(), force_terminal=False))  # not started: no spinner thread
    on_token, on_stage = progress_callbacks(progress)
    on_stage("searching")
    assert progress.text().startswith("searching…") and "words" not in progress.text()
    on_token("Revenue rose to")
    on_token(" $12.4 billion")
    assert "writing the answer… · 5 words" in progress.text()
    assert "12.4" not in progress.text()  # the unchecked draft is counted, never shown
    on_stage("checking")
    assert progress.text().startswith("checking…") and "words" not in progress.text()

