"""A verb with a sense in two stages of goods ("closed": a home sale closed is a home delivered, a store closed is a
site retired) says no stage of a sentence's figure, so a question asking deliveries is not gated off a sentence
counting homes closed; a figure after an unambiguous other stage's verb still is. Fictional filers and reports."""

from __future__ import annotations

from assistant.answer import gates


def test_homes_closed_are_not_another_stage_than_homes_delivered():
    assert not gates._other_stage("How many homes did Brookfern Communities deliver in fiscal 2025?",
                                  "In fiscal 2025 we closed 2,318 homes, up from 2,104 in fiscal 2024.")
    assert not gates._other_stage("How many houses were delivered to buyers last year?",
                                  "Tallow Ridge closed 861 houses during the year at an average price of $512,000.")


def test_an_unambiguous_other_stage_still_gates():
    assert gates._other_stage("How many heat pumps were installed in 2025?",
                              "Makers shipped 412,000 heat pumps in 2025, more than were installed.")


def test_closed_asked_still_names_the_retired_stage():
    assert gates._other_stage("How many stores were closed in 2025?", "The chain built 31 stores in 2025 and remodeled 12.")
