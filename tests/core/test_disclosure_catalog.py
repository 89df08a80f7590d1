"""The catalogue of Law Art. 11 contents and the forms of Art. 12(1)."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.disclosure_catalog import (
    CATEGORIES,
    FORM_LABELS,
    LOUDSPEAKER_DAYS,
    POSTING_DAYS,
    DisclosureForm,
    get_category,
)

EVERY_VILLAGE = {1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12}
PERMANENT = {4, 13}
LOUDSPEAKER = {7, 8, 9, 10, 11, 12}


def test_fourteen_contents_numbered_in_order() -> None:
    assert [c.number for c in CATEGORIES] == list(range(1, 15))
    assert all(get_category(c.number) is c for c in CATEGORIES)


@pytest.mark.parametrize("number", [0, 15, -1])
def test_unknown_number(number: int) -> None:
    assert get_category(number) is None


def test_every_village_items_art_13_2() -> None:
    assert {c.number for c in CATEGORIES if c.every_village} == EVERY_VILLAGE
    assert POSTING_DAYS == 30
    for c in CATEGORIES:
        assert c.min_posting_days == (POSTING_DAYS if c.number in EVERY_VILLAGE else None)


def test_permanent_items_4_and_13() -> None:
    assert {c.number for c in CATEGORIES if c.permanent} == PERMANENT


def test_loudspeaker_items_7_to_12() -> None:
    assert LOUDSPEAKER_DAYS == 3
    for c in CATEGORIES:
        assert c.loudspeaker_days == (3 if c.number in LOUDSPEAKER else 0)


def test_names_are_nfc_and_distinct() -> None:
    for attr in ("short_vi", "name_vi", "name_en"):
        names = [getattr(c, attr) for c in CATEGORIES]
        assert len(set(names)) == 14
        assert all(n.strip() and unicodedata.is_normalized("NFC", n) for n in names)
    procedures = CATEGORIES[12]
    assert procedures.name("en") == "Administrative procedures"
    assert procedures.name() == procedures.name_vi == procedures.name("vi")


def test_forms_are_the_cli_values() -> None:
    assert [f.value for f in DisclosureForm] == [
        "notice_board",
        "portal",
        "loudspeaker",
        "village_head",
        "letter",
        "dialogue",
        "reception",
        "mass_org",
        "social_network",
        "other",
    ]


@pytest.mark.parametrize("form", list(DisclosureForm))
def test_every_form_has_labels(form: DisclosureForm) -> None:
    vi, en = FORM_LABELS[form]
    assert form.label() == vi and form.label("en") == en
    assert vi and en and unicodedata.is_normalized("NFC", vi)


def test_some_labels() -> None:
    assert DisclosureForm.NOTICE_BOARD.label() == "Niêm yết"
    assert DisclosureForm.LOUDSPEAKER.label() == "Loa truyền thanh"
