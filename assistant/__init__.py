"""mia: a local market-intelligence research assistant.

``from assistant import Assistant`` is the entry point (``api.py``). The package is one folder per stage; the
map and the import order are in DEVELOPERS.md. This top module may import anything below it; nothing imports it.
"""

from __future__ import annotations

import sys

__version__ = "0.1.0"

__all__ = ["Assistant", "Answer", "Settings", "__version__"]


def __getattr__(name: str):  # lazy, so `import assistant` (and every `import assistant.x`) stays cheap
    if name == "Assistant":
        from .api import Assistant

        _jupyter_display()
        return Assistant
    if name == "Answer":
        from .types import Answer

        _jupyter_display()
        return Answer
    if name == "Settings":
        from .config import Settings

        return Settings
    raise AttributeError(name)


def _jupyter_display() -> None:
    """In IPython/Jupyter, an ``Answer`` shows itself rendered (``faces/render.py``): answer text with its [n]
    markers and a sources table. ``types.Answer`` stays plain data; the renderer is registered here."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None and hasattr(ipython, "get_ipython") else None
    if shell is None:
        return
    from .faces import render
    from .types import Answer

    formatters = shell.display_formatter.formatters
    formatters["text/html"].for_type(Answer, render.to_html)
    formatters["text/markdown"].for_type(Answer, render.to_markdown)
