"""``Filters``: which documents a search may use (company, document type, file stem, fiscal years)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..query.entities import company_matches
from ..types import DocMeta


def _reports_on(meta: DocMeta, name: str) -> bool:
    """A report about several companies (``extra["companies"]``, read from its text) matches each of them."""
    want = _norm_type(name)
    return bool(want) and any(_norm_type(c) == want for c in (meta.extra or {}).get("companies") or ())


def _norm_type(doc_type: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (doc_type or "").lower())



@dataclass
class Filters:
    """Which documents a search may use. Empty fields do not restrict."""

    companies: list[str] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)  # file stems (or doc_ids)
    year_min: int | None = None
    year_max: int | None = None

    @classmethod
    def parse(cls, items: Iterable[str]) -> "Filters":
        """From ``key=value`` strings: company, type (or doc_type), doc, year (2018 or 2016-2020)."""
        out = cls()
        for item in items:
            key, sep, value = str(item).partition("=")
            key, value = key.strip().lower(), value.strip()
            if not sep or not value:
                raise ValueError(f"filter {item!r}: expected key=value (company, type, doc, year)")
            if key == "company":
                out.companies.append(value)
            elif key in ("type", "doc_type"):
                out.doc_types.append(value)
            elif key == "doc":
                out.docs.append(value)
            elif key in ("year", "years", "fiscal_year"):
                m = re.fullmatch(r"(\d{4})\s*(?:-|\.\.|to)\s*(\d{4})|(\d{4})", value)
                if not m:
                    raise ValueError(f"filter {item!r}: year must be like 2018 or 2016-2020")
                lo, hi = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)),) * 2
                out.year_min = lo if out.year_min is None else min(out.year_min, lo)
                out.year_max = hi if out.year_max is None else max(out.year_max, hi)
            else:
                raise ValueError(f"filter {item!r}: unknown key {key!r} (company, type, doc, year)")
        return out

    def is_empty(self) -> bool:
        return not (self.companies or self.doc_types or self.docs or self.year_min or self.year_max)

    def allows(self, meta: DocMeta) -> bool:
        if self.companies and not any(company_matches(meta, c) or _reports_on(meta, c) for c in self.companies):
            return False
        if self.doc_types and _norm_type(meta.doc_type) not in {_norm_type(t) for t in self.doc_types}:
            return False
        if self.docs and not {meta.doc.lower(), meta.doc_id.lower()} & {d.lower() for d in self.docs}:
            return False
        if self.year_min is not None or self.year_max is not None:
            if meta.fiscal_year is None:
                return False
            if self.year_min is not None and meta.fiscal_year < self.year_min:
                return False
            if self.year_max is not None and meta.fiscal_year > self.year_max:
                return False
        return True
