"""The evidence trail of one answer: what an analyst hands a reviewer so every figure can be checked without mia.

For each claim (sentence) of the answer: the quotes it cites, each with its document, 1-based page, the file's
path and the file's sha256 (as recorded in the index manifest when the file was ingested, and whether the
file on disk still has it). For a calculation: the formula, the expression with the numbers and every input
with its own quote. ``build_trail`` returns a plain dict (the JSON form); ``trail_markdown`` renders it;
``write_trail`` writes ``.json`` or ``.md`` by the file's suffix, atomically. The CLI (``mia ask --export``)
and the REPL (``/export --trail``) both call ``write_trail``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from ..types import Answer, Citation

__all__ = ["TRAIL_SUFFIXES", "build_trail", "trail_markdown", "write_trail"]

TRAIL_SUFFIXES = (".json", ".md", ".markdown")
_MARKERS = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(\[$\u201c-])|\n+")
_INPUT = re.compile(r'^Input:\s*"(?P<label>[^"]+)",\s*(?P<period>[^:]+):\s*(?P<value>.+?)\s*$')


class ManifestSource(Protocol):
    """What the trail needs of an index: the manifest (source path -> doc_id, sha256, ...)."""

    def manifest(self) -> Mapping[str, Mapping[str, Any]]: ...


def _markers(sentence: str) -> list[int]:
    return [int(n) for group in _MARKERS.findall(sentence) for n in re.split(r"\s*[,;]\s*", group)]


def _clean(sentence: str) -> str:
    return re.sub(r"\s+", " ", _MARKERS.sub("", sentence)).strip().rstrip(".").strip()


def claims_of(text: str) -> list[str]:
    """The answer's sentences, each with its own [n] markers (a marker after the full stop stays with it)."""
    text = re.sub(r"(\.)\s+(\[\d[\d,; ]*\])", r" \2\1", text.strip())  # "x. [1]" -> "x [1]."
    return [s.strip() for s in _SENTENCE_END.split(text) if re.search(r"\w", s or "")]


def file_sha256(path: Path) -> str | None:
    """The sha256 of a file's bytes, None when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _documents(citations: Sequence[Citation], index: ManifestSource | None) -> dict[str, dict[str, Any]]:
    """One entry per cited file: path, sha256 recorded at ingest (manifest), sha256 now, status."""
    manifest: Mapping[str, Mapping[str, Any]] = {}
    if index is not None:
        try:
            manifest = index.manifest()
        except Exception:  # noqa: BLE001 - a trail without recorded hashes is still a trail; status says so
            manifest = {}
    names = [Path(src).name for src in manifest]
    # a file moved since it was indexed is still found by its name, when that name is unique in the index
    by_name = {Path(src).name: rec for src, rec in manifest.items() if names.count(Path(src).name) == 1}
    docs: dict[str, dict[str, Any]] = {}
    for c in citations:
        if c.source in docs:
            continue
        rec = manifest.get(c.source) or by_name.get(Path(c.source).name) or {}
        recorded = rec.get("sha256")
        path = Path(c.source)
        now = file_sha256(path)
        if now is None:
            status = "file not found at this path"
        elif recorded is None:
            status = "no hash recorded in the index; sha256 is of the file now"
        else:
            status = "matches the indexed file" if now == recorded else "CHANGED since it was indexed"
        docs[c.source] = {
            "doc": c.doc,
            "path": str(path.resolve()) if now is not None else c.source,
            "sha256": recorded or now,
            "sha256_recorded": recorded,
            "sha256_now": now,
            "status": status,
        }
    return docs


def _evidence(c: Citation, doc: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "n": c.n,
        "quote": c.quote,
        "doc": c.doc,
        "page": c.page,
        "page_end": c.page_end if c.page_end and c.page_end != c.page else None,
        "path": doc["path"],
        "sha256": doc["sha256"],
    }


def _calculation(answer: Answer, claims: Sequence[dict[str, Any]], by_n: Mapping[int, dict[str, Any]]) -> dict | None:
    """Formula, expression and inputs of a computed answer, each input with the evidence it was read from."""
    formula = next((c for c in claims if c["text"].startswith("Formula:")), None)
    inputs: list[dict[str, Any]] = []
    structured = getattr(answer, "inputs", None) or ()
    for item in structured:  # structured inputs, when the answer carries them
        rec = {k: getattr(item, k, None) for k in ("label", "period", "value", "unit", "doc", "page")}
        rec["evidence"] = [e for e in by_n.values() if e["doc"] == rec["doc"] and e["page"] == rec["page"]][:1]
        inputs.append(rec)
    if not inputs:
        for c in claims:
            m = _INPUT.match(_clean(c["text"]))
            if m:
                inputs.append({"label": m["label"], "period": m["period"].strip(), "value": m["value"],
                               "evidence": [by_n[n] for n in c["citations"] if n in by_n]})
    if formula is None and not inputs:
        return None
    text = _clean(formula["text"])[len("Formula:"):].strip() if formula else ""
    name, _, rest = text.partition(" = ")
    how, _, expression = rest.partition("; ")
    return {
        "subject": answer.subject,
        "formula": f"{name} = {how}" if how else text,
        "expression": expression,
        "inputs": inputs,
    }


def build_trail(answer: Answer, index: ManifestSource | None = None) -> dict[str, Any]:
    """The evidence trail of ``answer`` as a JSON-ready dict. ``index`` supplies the files' recorded sha256."""
    docs = _documents(answer.citations, index)
    by_n = {c.n: _evidence(c, docs[c.source]) for c in answer.citations}
    claims = []
    for sentence in claims_of(answer.text) if not answer.refused else []:
        cited = _markers(sentence)
        claims.append({
            "text": _clean(sentence) + ("." if re.search(r"[.!?]\W*$", sentence) else ""),
            "citations": cited,
            "evidence": [by_n[n] for n in cited if n in by_n],
        })
    return {
        "question": answer.question,
        "answer": answer.text,
        "mode": answer.mode,
        "refused": answer.refused,
        "verified": bool(answer.verification.supported),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "claims": claims,
        "calculation": _calculation(answer, claims, by_n),
        "sources": [by_n[n] for n in sorted(by_n)],
        "documents": list(docs.values()),
    }


# ---- Markdown ---------------------------------------------------------------------------------------------
def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in str(text).splitlines() or [""])


def _where(e: Mapping[str, Any]) -> str:
    pages = f"pages {e['page']}-{e['page_end']}" if e.get("page_end") else f"page {e['page']}"
    return f"[{e['n']}] {e['doc']}, {pages}"


def trail_markdown(trail: Mapping[str, Any]) -> str:
    lines = [
        "# Evidence trail",
        "",
        f"**Question:** {trail['question']}",
        "",
        f"**Answer** (mode `{trail['mode']}`, {'checked against its sources' if trail['verified'] else 'not verified'}, "
        f"{trail['created']}):",
        "",
        _quote_block(trail["answer"]),
        "",
        "Every page number is 1-based, as a PDF viewer shows it. Check a file with `sha256sum PATH` (or "
        "`shasum -a 256 PATH`) against the hash below, open it at the page and find the quoted text.",
        "",
    ]
    if trail["refused"]:
        lines += ["mia declined to answer; there are no claims to check.", ""]
    if trail["claims"]:
        lines += ["## Claims", ""]
    for i, claim in enumerate(trail["claims"], 1):
        lines += [f"**Claim {i}.** {claim['text']}", ""]
        if not claim["evidence"]:
            lines += ["No citation: this sentence rests on no quoted source.", ""]
        for e in claim["evidence"]:
            lines += [f"- {_where(e)} — `{e['path']}`", "", _quote_block(e["quote"]), ""]
    calc = trail.get("calculation")
    if calc:
        lines += ["## Calculation", ""]
        if calc.get("subject"):
            lines.append(f"- computed: {calc['subject']}")
        if calc.get("formula"):
            lines.append(f"- formula: {calc['formula']}")
        if calc.get("expression"):
            lines.append(f"- with the numbers: {calc['expression']}")
        lines += ["", "| input | period | value | source | quote |", "|---|---|---|---|---|"]
        for inp in calc["inputs"]:
            ev = inp.get("evidence") or []
            src = "; ".join(_where(e) for e in ev) or "–"
            quote = " / ".join(" ".join(str(e["quote"]).split()) for e in ev).replace("|", "\\|") or "–"
            value = inp.get("value")
            value = f"{value} {inp.get('unit') or ''}".strip() if value is not None else "–"
            lines.append(f"| {inp.get('label')} | {inp.get('period') or '–'} | {value} | {src} | {quote} |")
        lines.append("")
    if trail["documents"]:
        lines += ["## Files", "", "| document | path | sha256 | status |", "|---|---|---|---|"]
        for d in trail["documents"]:
            lines.append(f"| {d['doc']} | `{d['path']}` | `{d['sha256'] or '–'}` | {d['status']} |")
        lines.append("")
    return "\n".join(lines)


def write_trail(answer: Answer, index: ManifestSource | None, path: Path) -> Path:
    """Write the trail of ``answer`` to ``path``: JSON for ``.json``, Markdown for ``.md``/``.markdown``.

    Raises ``ValueError`` (one line naming the file) for another suffix; the write is atomic."""
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix not in TRAIL_SUFFIXES:
        raise ValueError(f"{path}: an evidence trail is written as .md or .json")
    trail = build_trail(answer, index)
    text = json.dumps(trail, indent=2, ensure_ascii=False) if suffix == ".json" else trail_markdown(trail)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")
    os.replace(tmp, path)
    return path
