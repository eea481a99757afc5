"""#11 (reports): a price's change computed from one sentence that gives the price's unit after its figure ("US$610 per
thousand cubic feet (Mcf) in 2025 from US$655 in 2024", "EUR 1,840 a tonne in 2025, up from EUR 2,030 a tonne"): the
unit is read past, the figures keep their periods. Fictional report sentences and questions written for these tests
(a note on speciality gases and one on recycled plastics)."""

from __future__ import annotations

from assistant.answer import prose_changes as changes
from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_one_page

GASES = DocMeta(doc_id="dgas", doc="speciality_gases_2026", source="/r/speciality_gases_2026.pdf",
                title="Speciality gases: prices and plants, 2023-2025")  # fmt: skip
PAGE = ("Prices\n\nNeon was the exception. The average contract price of purified neon fell to US$610 per thousand cubic "
        "feet (Mcf)\u00b9 in 2025 from US$655 in 2024, as two Ukrainian plants restarted, ending the shortage of "
        "2022-2023.\n\n\u00b9 One thousand cubic feet is about 28 cubic metres.\n")


def _pair(sentence: str, question: str, year: int) -> str | None:
    p = changes.pair_in(sentence, "sentence", "", question, frozenset({year}), frozenset())
    return changes.change_text(p, question) if p else None


def test_a_price_s_unit_between_its_figure_and_period_is_read_past():
    q = "By what percentage did the average contract price of purified neon fall in 2025?"
    assert _pair(PAGE.split("\n\n")[1], q, 2025) == "Down 6.9%: US$610 (2025) against US$655 (2024)"
    q = "By what percentage did the price of recycled PET flakes change in 2025?"
    s = "Recycled PET flakes sold for EUR 1,840 a tonne in 2025, down from EUR 2,030 a tonne in 2024, as virgin resin got cheaper."
    shown = _pair(s, q, 2025) or ""  # (a currency code before the figures is read past too)
    assert shown.startswith("Down 9.4%:") and "1,840 (2025) against" in shown and "2,030 (2024)" in shown, shown
    # "a year earlier" is no unit: still the base of the change
    assert _pair("Neon plants sold 4,200 cylinders in 2025, up from 2,900 a year earlier.", "By how much did cylinder sales "
                 "change in 2025, in percent?", 2025) == "Up 44.8%: 4,200 (2025) against 2,900 (2024)"
    # a price for another thing between the figures is still no pair
    assert _pair("Neon fell to US$610 in 2025 from US$655 for krypton in 2024.", q, 2025) is None


def test_the_percentage_fall_of_a_price_is_computed_from_its_sentence():
    ex = ask_one_page("To one decimal place, what was the percentage decline in neon's average price under contract in "
                      "2025?", PAGE, GASES)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert "6.9%" in text and "US$610" in text and "US$655" in text, text
