"""A metric across companies and years, drawn with matplotlib, its sources in the caption (notebooks)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["facts_chart", "sources_caption"]

_SCALES = [(1e12, "trillions"), (1e9, "billions"), (1e6, "millions"), (1e3, "thousands")]


def sources_caption(frame: "pd.DataFrame", limit: int = 6) -> str:
    """'Sources: hyperscaler_capex_2024 p.4; hyperscaler_capex_q4_2024 p.1' for the rows of a facts table."""
    pages: dict[str, set[int]] = {}
    for doc, page in zip(frame.get("doc", []), frame.get("page", [])):
        if doc:
            pages.setdefault(str(doc), set()).add(int(page))
    parts = [f"{doc} p.{', '.join(str(p) for p in sorted(ps))}" for doc, ps in sorted(pages.items())]
    more = f"; and {len(parts) - limit} more" if len(parts) > limit else ""
    return "Sources: " + "; ".join(parts[:limit]) + more if parts else "Sources: none"


def facts_chart(frame: "pd.DataFrame", metric: str, *, kind: str | None = None, ax: Any = None) -> Any:
    """Draw ``frame`` (from ``Assistant.facts``) as one line (or bar group) per company over the periods, in
    a common scale, with the sources in the caption. Returns the matplotlib Figure (None when empty)."""
    import matplotlib.pyplot as plt

    from ..api import wide_facts

    wide = wide_facts(frame)
    if wide.empty:
        return None
    biggest = float(wide.abs().max().max() or 0)
    scale, word = next(((s, w) for s, w in _SCALES if biggest >= s), (1.0, ""))
    units = sorted({str(u) for u in frame.get("unit", []) if u})
    unit = "/".join(units)
    shown = wide / scale
    if ax is None:
        fig, ax = plt.subplots(figsize=(7, 4))
    else:
        fig = ax.figure
    kind = kind or ("bar" if len(shown.index) < 2 else "line")
    shown.plot(ax=ax, kind=kind, marker="o" if kind == "line" else None)
    ax.set_title(f"{metric} by company")
    ax.set_xlabel("period")
    ax.set_ylabel(" ".join(x for x in (unit, word) if x) or "value")
    ax.legend(title="company", fontsize="small")
    fig.text(0.01, 0.01, sources_caption(frame), fontsize=7, ha="left", va="bottom", wrap=True)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig
