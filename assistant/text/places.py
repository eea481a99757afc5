"""Names of places: countries and the world's regions (shared by the document reader and the answerer).

A place is never a company: "Europe's shoppers" in a report's title names where its subject is, not who it is
about (``documents.metadata.named_companies``); the answerer reads the places a sentence is scoped to.
"""

from __future__ import annotations

import re

__all__ = ["COUNTRIES", "REGION_WORDS", "is_place_name"]

COUNTRIES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus
    belgium bolivia bosnia botswana brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus
    czechia denmark ecuador egypt estonia ethiopia finland france georgia germany ghana greece guatemala hungary
    iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kuwait laos
    latvia lebanon libya lithuania luxembourg malaysia mexico mongolia morocco mozambique myanmar namibia nepal
    netherlands nigeria norway oman pakistan panama paraguay peru philippines poland portugal qatar romania russia
    rwanda senegal serbia singapore slovakia slovenia spain sweden switzerland syria taiwan tanzania thailand tunisia
    turkey türkiye uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe britain england scotland
    wales""".split()
)  # fmt: skip
# continents, regions and the words that make a region of them ("Western Europe", "the Middle East", "Asia-Pacific")
REGION_WORDS = frozenset(
    """europe asia africa america americas oceania eurasia scandinavia nordics benelux iberia balkans caribbean
    apac emea latam eu uk us usa u.s. u.k. north south east west western eastern northern southern central middle
    united states kingdom arab emirates new zealand saudi arabia sri lanka hong kong latin asia-pacific the""".split()
)  # fmt: skip


def is_place_name(name: str) -> bool:
    """Is ``name`` a country or a region of the world ("Europe", "Western Europe", "the United States", "Asia-Pacific",
    "Japan"), every word a place's word and at least one a country or a continent? "South Pole Capital" is not."""
    words = [w.lower().strip(".,") for w in re.split(r"\s+", name.strip()) if w]
    if not words or not all(w in COUNTRIES or w in REGION_WORDS for w in words):
        return False
    core = {"europe", "asia", "africa", "america", "americas", "oceania", "eurasia", "scandinavia", "nordics",
            "benelux", "iberia", "balkans", "caribbean", "apac", "emea", "latam", "eu", "uk", "us", "usa", "u.s.",
            "u.k.", "states", "kingdom", "emirates", "zealand", "arabia", "lanka", "kong", "asia-pacific"}
    return any(w in COUNTRIES or w in core for w in words)
