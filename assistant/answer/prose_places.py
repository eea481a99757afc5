"""A country and its adjective name one place; a sentence opening with another place is about that place (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_places.py``):

- **"Italy" and "Italian" name one place** (``place_forms``): a question about heat pump sales in Italy is about
  the sentence "Italian sales fell 20%", and one about "Polish installers" about a sentence on Poland.
- **One place however written** (``same_place``, session 28): "the U.S.", "US" and "the United States of America" are
  one place, as are "the U.K." and "Great Britain"; "the" and a sentence's full stop are no part of a name.
- **A sentence opening with another place is that place's** (``opens_with_other_place``): "Polish sales are now
  58% below their 2022 peak" right after "Italian sales have fallen every year since their peak" is about
  Poland, not Italy: the subject named in the sentences before it is not lent to a sentence that names its own.
"""

from __future__ import annotations

import re

__all__ = ["labels_other_place", "opens_with_other_place", "place_forms", "place_key", "same_place"]

_NATIONS = {  # country -> adjective(s)
    "argentina": "argentine argentinian", "australia": "australian", "austria": "austrian", "belgium": "belgian",
    "brazil": "brazilian", "britain": "british", "bulgaria": "bulgarian", "canada": "canadian", "chile": "chilean",
    "china": "chinese", "colombia": "colombian", "croatia": "croatian", "czechia": "czech", "denmark": "danish",
    "egypt": "egyptian", "estonia": "estonian", "finland": "finnish", "france": "french", "germany": "german",
    "greece": "greek", "hungary": "hungarian", "iceland": "icelandic", "india": "indian", "indonesia": "indonesian",
    "ireland": "irish", "israel": "israeli", "italy": "italian", "japan": "japanese", "kenya": "kenyan",
    "korea": "korean", "latvia": "latvian", "lithuania": "lithuanian", "malaysia": "malaysian", "mexico": "mexican",
    "morocco": "moroccan", "netherlands": "dutch", "nigeria": "nigerian", "norway": "norwegian",
    "pakistan": "pakistani", "peru": "peruvian", "philippines": "filipino philippine", "poland": "polish",
    "portugal": "portuguese", "romania": "romanian", "russia": "russian", "saudi arabia": "saudi",
    "singapore": "singaporean", "slovakia": "slovak slovakian", "slovenia": "slovenian", "spain": "spanish",
    "sweden": "swedish", "switzerland": "swiss", "taiwan": "taiwanese", "thailand": "thai", "turkey": "turkish",
    "ukraine": "ukrainian", "vietnam": "vietnamese", "europe": "european", "africa": "african", "asia": "asian",
    "scotland": "scottish", "wales": "welsh", "england": "english",
}
_KEY = {country: country for country in _NATIONS}
_KEY.update({adj: country for country, adjs in _NATIONS.items() for adj in adjs.split()})


def place_key(word: str) -> str | None:
    """The country a country name or adjective names ("Italian" -> "italy"), or None."""
    return _KEY.get(word.lower().removesuffix("'s").removesuffix("’s"))


# one place written several ways: "the U.S.", "US", "the United States of America"; "the U.K.", "Great Britain"
_SAME_PLACE = {
    "united states": ("u.s.", "u.s", "us", "usa", "u.s.a.", "u.s.a", "united states", "united states of america"),
    "united kingdom": ("u.k.", "u.k", "uk", "united kingdom", "great britain", "britain"),
}
_NAME_KEY = {alias: key for key, aliases in _SAME_PLACE.items() for alias in aliases}


def _name_key(name: str) -> str:
    low = re.sub(r"^the\s+", "", " ".join(name.lower().split()))
    return _NAME_KEY.get(low) or _NAME_KEY.get(low.rstrip(".")) or place_key(low.rstrip(".")) or low.rstrip(".")


def same_place(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` name one place ("the U.S." and "United States", "Canada." and "Canada")?"""
    return bool(a.strip()) and _name_key(a) == _name_key(b)


def place_forms(entity: str) -> set[str]:
    """Every form of a place named by ``entity`` ("italy" -> {"italy", "italian"}); {entity} for any other name."""
    key = place_key(entity)
    if key is None:
        return {entity}
    return {key, *_NATIONS[key].split()}


_OPENING = re.compile(r"^\s*(?:(?:In|On|By|During|At|Since|After)\s+[^,]{0,30},\s+)?(?:the\s+)?([A-Z][a-z]+)")


def opens_with_other_place(sentence: str, asked: set[str] | frozenset[str]) -> bool:
    """Does ``sentence`` open with a place (a country or its adjective) that is none of the places ``asked`` (lower
    case names) names? False when no place is asked or the sentence opens with none."""
    asked_places = {k for e in asked if (k := place_key(e))}
    if not asked_places:
        return False
    m = _OPENING.match(sentence)
    key = place_key(m.group(1)) if m else None
    return key is not None and key not in asked_places


def labels_other_place(label: str, asked: set[str] | frozenset[str]) -> bool:
    """Is a table row's ``label`` another place than every place ``asked`` names ("Germany", "United Kingdom", "Spain
    and Portugal" when Europe is asked)? False when no place is asked or the label names none (its whole, a name of
    one place written several ways, or its first word: "Rest of Europe", "Total" name none). General rule (session 33,
    #11): a row labelled with a place holds that place's figures, never the asked whole's."""
    asked_places = {k for e in asked if (k := place_key(e))}
    if not asked_places:
        return False
    low = re.sub(r"^the\s+", "", " ".join(label.lower().split())).rstrip(".")
    words = low.split()
    key = _NAME_KEY.get(low) or place_key(low) or (place_key(words[0]) if words else None)
    return key is not None and key not in asked_places
