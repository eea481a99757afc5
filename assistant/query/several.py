"""Several measures asked in one question, each asked on its own.

"For fiscal 2025 versus fiscal 2024, by what percentage did Acme's net income grow, by what percentage did its diluted
share count change, and by what percentage did diluted EPS grow?" asks three figures that share one subject, one
pair of periods and one set of instructions. ``measures_asked`` reads the sentence's grammar: the asking sentence
holds two or more clauses, each opened by a question phrase ("by what percentage did", "what was", "how much did",
"by how many points did", "what share of the votes ... supported") and joined by commas or "and"; the words before the first clause (the periods:
"For fiscal 2025 versus fiscal 2024, ") and the question's other sentences (the instructions: "Round each to one
decimal place.") belong to every clause. A clause that names no company is given the first clause's company: its
"its" is that company's, and a clause without either names the company before its measure ("did Acme's diluted EPS
grow"). Each sub-question is then answered as any question is; the caller joins the answers only when every one is
answered.

Imports: ``finance.registry`` (whether a phrase names a metric).
"""

from __future__ import annotations

import re

from ..finance.registry import metric_for_phrase

# a clause that asks a figure: a question phrase up to its auxiliary verb ("what was", "how much did", "by how many
# points did", "what share of ... was")
_OPENER = r"(?:by\s+)?(?:what|how\s+(?:much|many))\b"
_ASKING = (r"(?:[^,;?]*?\b(?:did|was|were|is|are|has|have|had|does|do)\b|\s+(?:share|percentage|percent|proportion|portion)"
           r"\b[^,;?]*?\b[a-z]+ed\b)")
_JOIN = re.compile(rf"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?={_OPENER}{_ASKING})", re.I)
_AUX = re.compile(r"\b(?:did|was|were|is|are|has|have|had|does|do)\s+", re.I)
# a word of a company's name: capitalised, or digits then capitalised letters ("3M", "4Front", "7-Eleven"); never a
# year, a period ("2Q23") or a form ("10-K")
# (session 31, f31-fbx: "did 3M's net sales and its diluted EPS change" is two measures of 3M like any filer's)
_NAME_WORD = r"(?:[A-Z][\w&.\-]*|(?!\d{1,2}-[A-Z]\b)\d+(?:-?[A-Z][A-Za-z&]*)+(?![\w.\-]))"
# the company a clause names: "Acme's", "Acme Corp.'s", "ACME’s", "3M's"
_POSSESSIVE = re.compile(rf"\b((?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD})['’]s?(?=\s)")
# a period a clause names itself
_PERIOD = re.compile(r"\b(?:19|20)\d{2}\b|\bFY\s?'?\d{2}|\b(?:quarter|months|weeks|half|year|annual|fiscal)\b|\bQ[1-4]\b",
                     re.I)
# a sentence ends at "?", "!" or "." before a space and a capital (never inside "Corp.'s" or "3.5")
_SENTENCES = re.compile(r".+?(?:[?!](?=\s|$)|\.(?=\s+[A-Z\"“(])|\.?$)", re.S)


# one clause, two measures of one company sharing its verb: "by what percentage did Acme's A and its B grow ...", "how
# much did Acme's A and B grow ..." (without "its", each of A and B a measure by itself, never one measure whose name
# holds "and": ``_two_measures``)
# (session 30) the owner may be "its" when the words before the clause name the company ("Using Acme's 2025 10-K, by
# what percentage did its revenues and its diluted EPS change?"), each part keeping those words
_SHARED_VERB = re.compile(rf"(?P<head>{_OPENER}[^,;?]*?\bdid\s+)(?P<owner>(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}['’]s?|its)"
                          r"\s+(?P<a>[^,;?]+?)\s+and\s+(?P<its>its\s+)?(?P<b>[^,;?]+?)\s+"
                          r"(?P<rest>(?:grow|change|increase|decrease|rise|fall|decline)\b[^?]*)$", re.I)


# a period closing the second measure's words: "for the fourth quarter of 2025", "in fiscal 2025", "for Q3 2025"
_PERIOD_TAIL = re.compile(r"\s+((?:for|in|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+"
                          r"(?:of\s+)?|Q[1-4]\s+(?:of\s+)?|fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d\d)$", re.I)


# a clause asking a move of one measure ("How much did Acme's diluted EPS grow in Q2 2026 year over year"): its question
# phrase and auxiliary, the owner, the measure, then the verb of the move with its periods
_MOVE_CLAUSE = re.compile(rf"^(?P<head>(?:by\s+)?(?:how\s+much|what\s+percentage|how\s+many\s+percentage\s+points)\s+"
                          rf"did\s+)(?P<owner>(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}['’]s?|its)\s+(?P<a>[^,;?]+?)\s+"
                          r"(?P<rest>(?:grow|change|increase|decrease|rise|fall|decline)\b[^,;?]*)$", re.I)
# "..., and how did net income growth compare?": the same move asked of another measure, for the same periods
_COMPARE_CLAUSE = re.compile(r"\s*,?\s+and\s+how\s+did\s+(?:its\s+|the\s+)?(?P<b>[a-z][a-z&'’ -]*?)(?:['’]s)?"
                             r"(?:\s+(?:growth|change|increase|rise|decline|fall|move))?\s+compare(?:\s+with\s+that)?\s*\??$",
                             re.I)
# session 33 (#10): the first move named by a pronoun, the other measure after "with" / "to": "..., and how does that
# compare with its net income growth?", "how did this compare to the growth in operating income?", "how does it compare
# with gross profit's growth?"
_MOVE_NOUN = r"(?:growth|change|increase|rise|decline|decrease|fall|move)"
_PRONOUN_COMPARE = re.compile(r"\s*,?\s+and\s+how\s+(?:does|did|do)\s+(?:that|this|it)(?:\s+" + _MOVE_NOUN + r")?\s+"
                              r"compare\s+(?:with|to|against)\s+(?:its\s+|the\s+)?(?:" + _MOVE_NOUN +
                              r"\s+(?:in|of)\s+(?:its\s+|the\s+)?(?P<after>[a-z][a-z&'’ -]*?)|"
                              r"(?P<before>[a-z][a-z&'’ -]*?)(?:['’]s)?(?:\s+" + _MOVE_NOUN + r")?)\s*\??$", re.I)


def _compared_move(sentence: str) -> list[str] | None:
    """"How much did Acme's diluted EPS grow in Q2 2026 year over year, and how did net income growth compare?": the
    move asked of the first measure, then the same move of the second (its owner, verb and periods), each a question of
    its own; None for any other sentence. General rule (session 32, #10): "how did <measure> (growth) compare" after a
    clause asking a measure's move asks that move of the other measure; both must be metrics mia knows, two different
    ones (``registry.metric_for_phrase``). Session 33 (#10): so does "how does that / this / it compare with <measure>
    (growth)" or "... with the growth in <measure>" (``_PRONOUN_COMPARE``)."""
    tail = _COMPARE_CLAUSE.search(sentence)
    if tail is not None:
        b = tail.group("b")
    elif (tail := _PRONOUN_COMPARE.search(sentence)) is not None:
        b = tail.group("after") or tail.group("before")
    else:
        return None
    first = _MOVE_CLAUSE.match(sentence[:tail.start()].strip())
    b = b.strip()
    if first is None or not _two_measures(first.group("a"), b) or metric_for_phrase(b) is None:
        return None
    head, owner, rest = first.group("head"), first.group("owner"), first.group("rest")
    asked = sentence[:tail.start()].strip()
    return [f"{asked}?", f"{head}{owner} {b} {rest}?"]


def measures_asked(question: str) -> list[str] | None:
    """The question's measures asked each on its own (two or more), or None when it asks one."""
    sentences = [s for s in (m.group(0) for m in _SENTENCES.finditer(question)) if s.strip()]
    asking = [i for i, s in enumerate(sentences) if s.rstrip().endswith("?")]
    if len(asking) != 1:
        return None
    at = asking[0]
    sentence = sentences[at].strip()
    compared = _compared_move(sentence)
    if compared is not None:
        return [" ".join(x for x in (sentences_before(sentences, at), c, sentences_after(sentences, at)) if x).strip()
                for c in compared]
    first = re.search(rf"(?:^|(?<=[,;]\s)|(?<=\s)){_OPENER}", sentence, re.I)
    if first is None:
        return None
    prefix, body = sentence[:first.start()], sentence[first.start():].rstrip("?").strip()
    clauses = [c.strip() for c in _JOIN.split(body) if c and c.strip()]
    if len(clauses) == 1 and (shared := _SHARED_VERB.match(body)) and (
            shared.group("its") or _two_measures(shared.group("a"), _PERIOD_TAIL.sub("", shared.group("b")))):
        # "by what percentage did Acme's net income and its diluted EPS grow in 2025?": two measures of one company,
        # the second named with "its", sharing the clause's verb and periods: each asked with them
        head, owner, rest = shared.group("head"), shared.group("owner"), shared.group("rest")
        if owner == "its" and not _POSSESSIVE.search(prefix + " " + sentences_before(sentences, at)):
            return None  # "its" of no company named before: each part would ask of nobody
        a, b = shared.group("a"), shared.group("b")
        if (tail := _PERIOD_TAIL.search(b)) and not _PERIOD.search(a):
            # "... did its revenues and its diluted EPS for the fourth quarter of 2025 change from the fourth quarter
            # of 2024?": the period after the second measure is both measures' (session 30)
            b, rest = b[:tail.start()], f"{tail.group(1)} {rest}"
        asked = [f"{prefix}{head}{owner} {m.strip()} {rest}?" for m in (a, b)]
        return [" ".join(x for x in (sentences_before(sentences, at), a if prefix.strip() else a[0].upper() + a[1:],
                                     sentences_after(sentences, at)) if x).strip() for a in asked]
    if len(clauses) < 2 or not all(re.match(_OPENER + _ASKING, c, re.I) for c in clauses):
        return None
    if any(_PERIOD.search(c) for c in clauses):
        return None  # a clause of its own period ("... in 2025 and how much did it change from 2024?"): the periods
        # are not shared, and a clause read alone would lose the ones it leans on
    aux = _AUX.search(clauses[0])
    owner = _POSSESSIVE.search(clauses[0][aux.end():]) if aux else None
    out = []
    for i, c in enumerate(clauses):
        if i and owner is not None and _AUX.search(c) and not _POSSESSIVE.search(c[_AUX.search(c).end():]):
            if re.search(r"\bits\b", c, re.I):
                c = re.sub(r"\bits\b", owner.group(0), c, count=1, flags=re.I)
            else:
                aux = _AUX.search(c)
                c = c[:aux.end()] + owner.group(0) + " " + c[aux.end():]
        asked = f"{prefix}{c}?" if prefix.strip() else f"{c[0].upper()}{c[1:]}?"
        out.append(" ".join(x for x in (sentences_before(sentences, at), asked, sentences_after(sentences, at))
                            if x).strip())
    return out


def _two_measures(a: str, b: str) -> bool:
    """Whether "A and B" names two measures: each a metric by itself (``registry.metric_for_phrase``), two different
    ones, and the whole no metric of its own ("revenues and diluted earnings per share"; never "research and
    development expenses" or "sales and marketing expenses")."""
    first, second = metric_for_phrase(a), metric_for_phrase(b)
    return bool(first and second and first != second and metric_for_phrase(f"{a} and {b}") is None)


def sentences_before(sentences: list[str], at: int) -> str:
    return " ".join(s.strip() for s in sentences[:at])


def sentences_after(sentences: list[str], at: int) -> str:
    return " ".join(s.strip() for s in sentences[at + 1:])
