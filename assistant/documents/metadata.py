"""Document metadata: guessed from the file name and the first pages, overridden by a sidecar file.

File names like ``3M_2018_10K``, ``AMCOR_2023Q2_10Q``, ``AMCOR_2022_8K_dated-2022-07-01`` or
``PEPSICO_2023Q1_EARNINGS`` carry company, period and type; cover pages carry "FORM 10-K", "For the fiscal
year ended December 31, 2018" and the registrant's name. A sidecar ``<stem>.meta.json`` / ``.meta.yaml``
(or ``<file name>.meta.json``) next to the document wins over every guess; keys mia does not know go to
``extra``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from ..text.names import squash

FIELDS = ("title", "company", "doc_type", "fiscal_year", "period", "date")
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")

_ANNUAL_TYPES = {"10-K", "20-F", "40-F", "annual report"}

# File-name tokens (upper-cased, without "-") that name a document type.
_TYPE_TOKENS = {
    "10K": "10-K",
    "10Q": "10-Q",
    "8K": "8-K",
    "6K": "6-K",
    "20F": "20-F",
    "40F": "40-F",
    "S1": "S-1",
    "EARNINGS": "earnings release",
    "PRESSRELEASE": "press release",
    "ANNUALREPORT": "annual report",
    "AR": "annual report",
    "MARKETREPORT": "market report",
}

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_DATE = r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})"
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_COMPANY_SUFFIX = re.compile(
    r"(?:[,\s]+(?:inc|incorporated|corp|corporation|company|co|plc|ltd|limited|llc|l\.p|lp|n\.v|s\.a|ag|se)\.?)+$",
    re.I,
)


class SidecarError(ValueError):
    """A sidecar file that cannot be used; the message names the sidecar and the problem."""


# ----------------------------------------------------------------------------------------------- helpers


def parse_date(text: str) -> str | None:
    """'December 31, 2018' / 'Dec. 31, 2018' -> '2018-12-31'; None when it is not a real date."""
    m = re.fullmatch(_DATE, text.strip())
    if not m:
        return None
    month = _MONTHS.get(m.group(1).lower())
    if not month:
        return None
    try:
        return dt.date(int(m.group(3)), month, int(m.group(2))).isoformat()
    except ValueError:
        return None


def company_key(name: str) -> str:
    """A comparison key for company names: 'AMCOR PLC', 'Amcor plc' and 'AMCOR' all give 'amcor'."""
    return squash(_COMPANY_SUFFIX.sub("", name.strip()))


def tidy_company(name: str) -> str:
    """'JPMorgan Chase & Co.' -> 'JPMorgan Chase'; 'CVS HEALTH CORPORATION' -> 'CVS Health'."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    stripped = _COMPANY_SUFFIX.sub("", name).strip(" ,&")
    name = stripped or name
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    if name.isupper() and any(c.isalpha() for c in name):
        # Shouted names: keep short vowel-less words as acronyms ("CVS", "3M"), soften the rest ("AMCOR").
        name = " ".join(w if _looks_like_acronym(w) else w.capitalize() for w in name.split(" "))
    return name


def _looks_like_acronym(word: str) -> bool:
    return len(word) <= 3 and (any(c.isdigit() for c in word) or not re.search(r"[AEIOU]", word))


def _quarter_period(quarter: int, year: int) -> str:
    return f"Q{quarter} {year}"


# ----------------------------------------------------------------------------------------------- file name


def parse_file_name(stem: str) -> dict[str, Any]:
    """What a file stem says: company, doc_type, fiscal_year, quarter, date (only what is there)."""
    out: dict[str, Any] = {}
    date_match = re.search(r"(?:dated[-_ ]?)?(\d{4})-(\d{2})-(\d{2})", stem, re.I)
    if date_match:
        try:
            out["date"] = dt.date(*map(int, date_match.groups())).isoformat()
        except ValueError:
            pass
        stem = stem[: date_match.start()] + stem[date_match.end() :]
    tokens = [t for t in re.split(r"[_\s]+", stem) if t and t.lower() != "dated"]
    company_tokens: list[str] = []
    seen_marker = False
    for token in tokens:
        upper = token.upper().replace("-", "")
        period = re.fullmatch(r"(?:FY)?(\d{4})(?:Q([1-4]))?|Q([1-4])(\d{4})", upper)
        if period:
            year = period.group(1) or period.group(4)
            quarter = period.group(2) or period.group(3)
            if 1900 <= int(year) <= 2100:
                out.setdefault("fiscal_year", int(year))
                if quarter:
                    out.setdefault("quarter", int(quarter))
                seen_marker = True
                continue
        if upper in _TYPE_TOKENS:
            out.setdefault("doc_type", _TYPE_TOKENS[upper])
            seen_marker = True
            continue
        if not seen_marker:
            company_tokens.append(token)
    # Only call the leading words a company when the name also had a period or a type: "market_outlook.md"
    # says nothing about a company.
    # Lower-case leading words ("hbm_memory_2024") name a topic, not a company: filings are named like
    # "AMCOR_2023Q2_10Q" or "3M_2018_10K".
    if (
        company_tokens
        and seen_marker
        and not all(t.isdigit() for t in company_tokens)
        and all(t[0].isupper() or t[0].isdigit() for t in company_tokens)
    ):
        out["company"] = " ".join(company_tokens)
    return out


# ----------------------------------------------------------------------------------------------- page text


def parse_cover(text: str) -> dict[str, Any]:
    """What the first pages say. ``text`` is the first few pages joined."""
    out: dict[str, Any] = {}
    form = re.search(r"\bFORM\s+(10-K|10-Q|8-K|6-K|20-F|40-F|S-1)\b", text, re.I)
    if form:
        out["doc_type"] = form.group(1).upper()
    elif re.search(r"\b(?:reports?|announces?)\b[^\n.]{0,80}\bresults\b", text, re.I):
        out["doc_type"] = "earnings release"
    elif re.search(r"\b(?:market|industry)\s+(?:report|outlook|overview|analysis)\b", text, re.I):
        out["doc_type"] = "market report"
    elif re.search(r"\bannual\s+report\b", text, re.I):
        out["doc_type"] = "annual report"

    year_end = re.search(r"for\s+the\s+(?:fiscal\s+)?year\s+ended:?\s+" + _DATE, text, re.I)
    quarter_end = re.search(r"for\s+the\s+quarterly\s+period\s+ended:?\s+" + _DATE, text, re.I)
    event = re.search(r"date\s+of\s+report[^:\n]*:\s*" + _DATE, text, re.I)
    if year_end and (not quarter_end or year_end.start() < quarter_end.start()):
        end = parse_date(" ".join(year_end.groups()[:2]) + ", " + year_end.group(3))
        if end:
            out["period_end"] = end
            out["fiscal_year"] = int(end[:4])
            out["period"] = f"FY{end[:4]}"
    elif quarter_end:
        end = parse_date(" ".join(quarter_end.groups()[:2]) + ", " + quarter_end.group(3))
        if end:
            out["period_end"] = end
            # Calendar-quarter guess; a file name or sidecar knows better for odd fiscal years.
            out["period"] = _quarter_period((int(end[5:7]) + 2) // 3, int(end[:4]))
    if event:
        out["event_date"] = parse_date(" ".join(event.groups()[:2]) + ", " + event.group(3))

    if "period" not in out:
        q = re.search(
            r"\b(first|second|third|fourth)[-\s]quarter(?:\s+of)?(?:\s+fiscal(?:\s+year)?)?\s+(\d{4})\b", text, re.I
        ) or re.search(r"\bQ([1-4])\s+(?:FY\s?)?(\d{4})\b", text)
        if q:
            quarter = _QUARTER_WORDS.get(q.group(1).lower()) or int(q.group(1))
            out["period"] = _quarter_period(quarter, int(q.group(2)))
            out["fiscal_year"] = int(q.group(2))

    company = _registrant(text)
    if company:
        out["company"] = company
    return out


def _registrant(text: str) -> str | None:
    lines = [ln.strip() for ln in text.splitlines()]
    for i, line in enumerate(lines):
        if re.search(r"exact\s+name\s+of\s+registrant", line, re.I):
            for prev in reversed(lines[max(0, i - 3) : i]):
                prev = re.split(r"_{3,}", prev)[-1].strip()
                if prev and not re.search(
                    r"commission|file\s+n(?:o|umber)|\d{3}-\d{3}|transition|pursuant|[☐☒]", prev, re.I
                ):
                    return tidy_company(prev)
            break
    ticker = re.search(
        r"([A-Z][\w.&,'’ -]{1,60}?)\s*\((?:NYSE|NASDAQ|Nasdaq|NYSE American|TSX|LSE)\s*:\s*[A-Z.]+\)", text
    )
    if ticker:
        # "PURCHASE, N.Y. - April 25, 2023 - PepsiCo, Inc. (NASDAQ: PEP)": the name is the last part.
        return tidy_company(re.split(r"\s[-–—]+\s|--", ticker.group(1))[-1])
    return None


def _pick_company(from_name: str | None, from_cover: str | None, extra: dict[str, Any]) -> str | None:
    """The file name is what the user chose, so it wins; the cover's spelling is used when both name the
    same company ("JPMORGAN" and "JPMorgan Chase"). A different registrant name is kept in ``extra``."""
    if not from_name or not from_cover:
        return from_name or from_cover
    a, b = company_key(from_name), company_key(from_cover)
    if a and b and (a in b or b in a):
        return from_cover
    extra["registrant"] = from_cover
    return from_name


def _first_line_title(text: str) -> str | None:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines[:15]):
        if len(line.split()) < 3 or parse_date(line) or not any(c.isalpha() for c in line):
            continue
        title = line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if title[-1] not in ".:;!?" and 0 < len(nxt) <= 40 and len(title) + len(nxt) <= 120:
            title = f"{title} {nxt}"
        return title[:150]
    return None


# ----------------------------------------------------------------------------------------------- public


def guess_metadata(path: Path, first_pages: list[str], hints: dict[str, Any] | None = None) -> dict[str, Any]:
    """Best guess of title, company, doc_type, fiscal_year, period, date (and ``extra``) for one document.

    ``hints`` are facts the reader already knows (``title`` from HTML <title>, a Markdown heading or front
    matter); they win over guesses from the text. Missing values are None.
    """
    hints = dict(hints or {})
    name = parse_file_name(Path(path).stem)
    cover = parse_cover("\n".join(first_pages)[:20_000])
    extra: dict[str, Any] = dict(hints.get("extra") or {})

    doc_type = hints.get("doc_type") or name.get("doc_type") or cover.get("doc_type")
    company = hints.get("company") or _pick_company(name.get("company"), cover.get("company"), extra)

    fiscal_year = name.get("fiscal_year") or cover.get("fiscal_year")
    if "quarter" in name:
        period = _quarter_period(name["quarter"], name["fiscal_year"])
    elif name.get("fiscal_year") and doc_type in _ANNUAL_TYPES:
        period = f"FY{name['fiscal_year']}"
    elif name.get("fiscal_year") and cover.get("period", "").startswith("FY"):
        period = f"FY{name['fiscal_year']}"
    else:
        period = cover.get("period")
    if fiscal_year is None and period:
        fiscal_year = int(re.search(r"\d{4}", period).group())
    if cover.get("period_end"):
        extra["period_end"] = cover["period_end"]
    date = name.get("date") or cover.get("event_date") or cover.get("period_end")

    title = hints.get("title")
    if not title and doc_type and re.fullmatch(r"\d+-[A-Z]|[A-Z]-\d", doc_type) and company:
        title = " ".join(str(p) for p in (company, "Form", doc_type, period or date or fiscal_year or "") if p)
    if not title:
        title = _first_line_title("\n".join(first_pages[:1])) or Path(path).stem.replace("_", " ")

    return {
        "title": title,
        "company": company,
        "doc_type": doc_type,
        "fiscal_year": fiscal_year,
        "period": period,
        "date": date,
        "extra": extra,
    }


def find_sidecar(path: Path) -> Path | None:
    """``<stem>.meta.json|yaml|yml`` or ``<name>.meta.json|yaml|yml`` next to ``path``, if there is one."""
    path = Path(path)
    for base in (path.with_suffix(""), path):
        for suffix in SIDECAR_SUFFIXES:
            candidate = base.parent / (base.name + suffix)
            if candidate.is_file():
                return candidate
    return None


def is_sidecar(path: Path) -> bool:
    return Path(path).name.lower().endswith(SIDECAR_SUFFIXES)


def load_sidecar(sidecar: Path) -> dict[str, Any]:
    """Read a sidecar into ``{field: value, ..., "extra": {...}}``. Raises ``SidecarError``."""
    try:
        raw_text = sidecar.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(f"sidecar {sidecar.name}: cannot read ({exc.__class__.__name__})") from None
    try:
        if sidecar.name.lower().endswith(".json"):
            data = json.loads(raw_text) if raw_text.strip() else {}
        else:
            import yaml

            data = yaml.safe_load(raw_text) or {}
    except Exception as exc:  # json.JSONDecodeError, yaml.YAMLError
        first_line = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise SidecarError(f"sidecar {sidecar.name}: invalid ({first_line})") from None
    if not isinstance(data, dict):
        raise SidecarError(f"sidecar {sidecar.name}: expected a mapping of keys to values")
    return normalise_fields(data, source=sidecar.name)


def normalise_fields(data: dict[str, Any], source: str = "metadata") -> dict[str, Any]:
    """Known fields coerced to their types (fiscal_year int, date ISO string); the rest under ``extra``."""
    out: dict[str, Any] = {}
    extra: dict[str, Any] = dict(data.get("extra") or {}) if isinstance(data.get("extra"), dict) else {}
    for key, value in data.items():
        if key == "extra":
            continue
        if key not in FIELDS:
            extra[key] = value.isoformat() if isinstance(value, dt.date) else value
            continue
        if value is None:
            out[key] = None
        elif key == "fiscal_year":
            try:
                out[key] = int(value)
            except (TypeError, ValueError):
                raise SidecarError(f"{source}: fiscal_year must be a year, got {value!r}") from None
        elif key == "date":
            out[key] = value.isoformat() if isinstance(value, dt.date) else str(value)
        else:
            out[key] = str(value)
    out["extra"] = extra
    return out


def merge(guessed: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` wins field by field; ``extra`` dicts are merged the same way."""
    merged = {**guessed, **{k: v for k, v in override.items() if k != "extra"}}
    merged["extra"] = {**guessed.get("extra", {}), **override.get("extra", {})}
    return merged
