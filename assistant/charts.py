"""Facts tables shaped for plotting: periods in time order x companies, and a chart with its sources.

Used by ``Assistant.facts(wide=True, chart=True)`` and by the faces' Excel export. matplotlib is imported only
when a chart is drawn."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["facts_chart", "period_key", "sources_caption", "wide_facts"]

_SCALES = [(1e12, "trillions"), (1e9, "billions"), (1e6, "millions"), (1e3, "thousands")]


def period_key(period: Any) -> tuple[int, int, str]:
    """Time order of period labels: FY2023 < Q1 2024 < ... < Q4 2024 < FY2024 (a year after its quarters)."""
    text = str(period or "")
    year = re.search(r"(?:19|20)\d\d", text)
    quarter = re.search(r"\bQ([1-4])\b", text, re.I)
    half = re.search(r"\b(?:H([12])|(6|9)M)\b", text, re.I)
    sub = int(quarter.group(1)) if quarter else (int(half.group(1) or 0) * 2 or int(half.group(2) or 0) // 3
                                                   if half else 5)
    return (int(year.group()) if year else 0, sub, text)


def wide_facts(frame: "pd.DataFrame") -> "pd.DataFrame":
    """A long facts table as a plot-ready one: periods (time order) as the index, one column per company,
    amounts in base units."""
    import pandas as pd

    if frame.empty:
        return pd.DataFrame(index=pd.Index([], name="period"))
    data = frame.assign(company=frame["company"].fillna("").replace("", "(no company)"))
    wide = data.pivot_table(index="period", columns="company", values="amount", aggfunc="first")
    wide = wide.reindex(sorted(wide.index, key=period_key))
    wide.columns.name = "company"
    return wide


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
