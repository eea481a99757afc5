"""The package's and the tests' Python sources hold no control characters.

A regex written in a plain (not raw) string turns ``"\\b"`` into a backspace, ``"\\f"`` into a form feed: the
pattern then silently matches nothing. Such characters have no place in a source file, so one in any ``.py`` file
of ``assistant/``, ``tests/`` or ``eval/`` fails here with its file, line and column.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!$)")


def control_characters(text: str) -> list[tuple[int, int, str]]:
    """(line, column, the character's escape) of every control character in ``text`` but tab and line ends."""
    out = []
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): it splits at \f and \v too
        out += [(n, m.start() + 1, repr(m.group())) for m in CONTROL.finditer(line)]
    return out


def test_control_characters_are_found():
    # the check itself: a backspace where "\b" was meant, and a form feed, are reported; tabs are not
    assert control_characters('pattern = re.compile("\bsales\b")\n') == [(1, 23, "'\\x08'"), (1, 29, "'\\x08'")]
    assert control_characters("x = 1\n\ty = '\f'\n") == [(2, 7, "'\\x0c'")]
    assert control_characters("\tindented = True\r\n") == []


def test_no_source_holds_a_control_character():
    found = []
    for folder in ("assistant", "tests", "eval"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found += [f"{path.relative_to(ROOT)}:{line}:{col} {ch}"
                      for line, col, ch in control_characters(path.read_text(encoding="utf-8"))]
    assert not found, "control characters in sources (a regex in a non-raw string?): " + ", ".join(found)
