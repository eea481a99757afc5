"""mia: a local market-intelligence research assistant."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Assistant", "Answer", "Settings", "__version__"]


def __getattr__(name: str):  # lazy, so `import assistant` stays cheap
    if name == "Assistant":
        from .api import Assistant

        return Assistant
    if name == "Answer":
        from .types import Answer

        return Answer
    if name == "Settings":
        from .config import Settings

        return Settings
    raise AttributeError(name)
