"""query.definitions reads some bodies under a flag set for the span of one reading (``and_labels``: an "and" inside
a label may name one row; ``_whole_names_only``: no one-word row). The flag holds for the thread that set it only:
a question read at the same time in another thread (the Python API may be shared by threads) reads as before."""

from __future__ import annotations

import threading

from assistant.query import definitions as D


def _in_other_thread(read):
    seen = []
    t = threading.Thread(target=lambda: seen.append(read()))
    t.start()
    t.join()
    return seen


def test_a_reading_flag_is_local_to_the_thread_that_set_it():
    with D.and_labels(terms=True):
        assert D._AND_LABELS.get() == "terms"
        assert _in_other_thread(D._AND_LABELS.get) == [False]
        with D._no_terms():
            assert D._AND_LABELS.get() is False
        assert D._AND_LABELS.get() == "terms"
    assert D._AND_LABELS.get() is False
    with D._whole_names_only():
        assert D._ONE_WORD_ROWS.get() is False
        assert _in_other_thread(D._ONE_WORD_ROWS.get) == [True]
    assert D._ONE_WORD_ROWS.get() is True
