"""Who a report's "we" is: the author a question may name ("What does Harrow & Vane expect ...?").

Rules (each with a test on hand-written report openings in ``tests/test_prose_voice.py``):

- **A report's author is named in its opening, not in its sentences about others** (``author_names``): a name next
  to the kind of document in the masthead or byline ("(Harrow & Vane Securities, Sector Note)", "Research memo,
  Crossway Health Advisors, healthcare team", "Published by Calder Advisory"), a research house's name that opens the
  report's first sentences as the one estimating ("Calder Brooke Advisory (CBA) estimates that ..."; its initialism
  too) when the report speaks as "we", and the
  publisher the reader found in the byline (``DocMeta.extra["publisher"]``). Only the opening of the first page is
  read (``OPENING_CHARS``): a name a report quotes later ("IEA estimates ...") is a source, not the author.
- The extractive answerer treats those names as the names of every candidate of the report
  (``extract.extract``: they join the document's aliases), so a question naming the author as the one who
  expects, assumes or estimates ("What does CBA expect ...?", "Has Harrow & Vane changed its forecast?") is
  answered by the report's own sentences ("We expect ...", "Our 2026 forecast ..."), which never name it. A
  sentence another name opens still counts as about that name (``scoring.subject_score``), and one attributed to
  someone else is still shown as theirs (``gates.attributed_to``).
"""

from __future__ import annotations

import re

from ..text.months import MONTH

__all__ = ["OPENING_CHARS", "author_names", "colophon_names"]

OPENING_CHARS = 900  # the part of a report's first page that holds its masthead, byline and first sentences

# the kind of document a masthead or byline names beside its author
_DOC_KIND = re.compile(
    r"(?i)^(?:(?:sector|industry|equity|credit|market|research|strategy|policy|client|investor|briefing|special|"
    r"thematic|company|flash|morning|weekly|monthly|quarterly|annual)\s+){0,2}(?:note|memo|memorandum|report|"
    r"research|review|outlook|analysis|brief|briefing|bulletin|update|commentary|newsletter|survey|study|"
    r"white\s*paper|insight|primer|initiation|comment)$")
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:&\s+)?(?:[A-Z][\w'’.-]*|&|of|and|for|de|la))*"
_BY = re.compile(rf"(?:^|[\s(|*])(?:[Pp]ublished|[Pp]repared|[Ii]ssued|[Ww]ritten|[Cc]ompiled)\s+by\s+(?:the\s+)?({_NAME})")
# "Calder Brooke Advisory (CBA) estimates that ...", "Contoso Research expects ...": the first sentences' estimator
_ESTIMATOR = re.compile(
    rf"(?:^|[.!?]\s+|\n)({_NAME})(?:\s+\(([A-Z][A-Za-z&]{{1,7}})\))?\s+(?:estimates|expects|forecasts|calculates|"
    r"projects|believes|finds|reckons|thinks|sees)\b")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# an estimator opening a report is its author only when named as a research house is ("Calder Brooke Advisory",
# "Northwind Research"): "Contoso Holdings expects revenue to ..." opens a report about Contoso
_HOUSE = re.compile(r"(?i)\b(?:advisory|advisors|advisers|research|securities|partners|consulting|consultants|"
                    r"analytics|intelligence|associates|economics|insights|institute|strategies|equities|markets)$")
_ROLE = re.compile(r"(?i)\b(?:editor|analyst|analysts|correspondent|reporter|team|desk|writer|economist|staff)$")
_NOT_AUTHOR = frozenset("""the a an this that these those it its we our they their author date page summary
    executive contents introduction""".split())
_SEPARATORS = re.compile(r"\s*(?:[,;|()*_•·]|\s[-–—]\s|\.\s|\n)\s*")


def _clean(name: str) -> str | None:
    words = name.strip(" .,'’").split()
    while words and words[0].lower() in _NOT_AUTHOR:
        words = words[1:]
    name = " ".join(words)
    if not name or not name[:1].isupper() or name.lower() in _NOT_AUTHOR or len(words) > 6 or _ROLE.search(name):
        return None
    if re.fullmatch(r"(?i)(?:" + MONTH + r"|"
                    r"\d.*)", name):  # fmt: skip
        return None
    return name


def author_names(first_page: str, publisher: str | None = None) -> list[str]:
    """The names of the report's author that its first page's opening gives (a masthead or byline naming it beside
    the kind of document, "Published by X", the estimator opening its first sentences of a report written in the
    first person, with its initialism) and the reader's ``publisher``; the names as written, most certain first."""
    out: list[str] = []
    if publisher and not re.search(r"(?i)\bmia\b|sample\s+corpus", publisher):
        out.append(publisher.strip())
    opening = (first_page or "")[:OPENING_CHARS]
    for line in opening.splitlines():
        pieces = [p for p in _SEPARATORS.split(line) if p and p.strip()]
        for i, piece in enumerate(pieces):
            if not (_DOC_KIND.match(piece.strip()) or _ROLE.search(piece.strip())):
                # the name beside the kind of document, or beside the desk or team that wrote it ("Harbour Freight
                # Review | Ports and shipping desk": a masthead; session 27)
                continue
            for j in (i - 1, i + 1):  # the name beside the kind of document: "Harrow & Vane Securities, Sector Note"
                if 0 <= j < len(pieces) and re.fullmatch(_NAME, pieces[j].strip()):
                    name = _clean(pieces[j])
                    if name and not _DOC_KIND.match(name):
                        out.append(name)
    for m in _BY.finditer(opening):
        name = _clean(m.group(1))
        if name:
            out.append(name)
    if _FIRST_PERSON.search(first_page or ""):  # a report that speaks as "we": the estimator it opens with is it
        for m in _ESTIMATOR.finditer(opening):
            name = _clean(m.group(1))
            if name and _HOUSE.search(name):
                out.append(name)
                if m.group(2):
                    out.append(m.group(2))
    return list(dict.fromkeys(out))


# a colophon: the line closing a report that says who prepared it ("Prepared by Harbour Lane Research.")
_COLOPHON = re.compile(rf"(?m)^\s*(?:[*_]+\s*)?(?:Prepared|Published|Issued|Written|Compiled)\s+by\s+(?:the\s+)?({_NAME})")


def colophon_names(last_page: str) -> list[str]:
    """The author a report's closing colophon names: a line of its last page opening with "Prepared by X" (or
    published, issued, written, compiled). Rule (session 27, #11): a report names its author in its masthead or in
    the colophon that closes it; a name the report's sentences mention ("prepared by the regulator's staff") is not
    it, so only a line opening with those words counts."""
    out = [n for m in _COLOPHON.finditer(last_page or "") if (n := _clean(re.split(r"\.\s", m.group(1))[0]))]
    return list(dict.fromkeys(out))
