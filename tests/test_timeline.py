"""The timeline on hand-written stories: scheduled days ahead, comparison points, states and sayings."""

from __future__ import annotations

from datetime import datetime

import pytest

from warta.brief import make_brief
from warta.model import Article, Story

TUESDAY = datetime(2024, 3, 5, 10, 0)  # publication: Tuesday 5 March 2024


def _days(text: str, language: str = "id") -> list[str]:
    art = Article(id="a", source="a", paragraphs=[text], outlet="Harian A", language=language, published=TUESDAY)
    return [e.date for e in make_brief(Story("s", [art])).timeline]


@pytest.mark.parametrize(("text", "days"), [
    # a day scheduled after publication is on the timeline
    ("Pawai budaya itu akan digelar di alun-alun kota pada 20 Maret mendatang.", ["2024-03-20"]),
    ("The city council will vote on the new budget on March 28.", ["2024-03-28"]),
    # near misses: a day ahead with nothing that schedules it (a deadline), or more than a year ahead
    ("Izin tinggal para pengungsi berlaku hingga 30 Maret 2024.", []),
    ("Jembatan baru itu akan diresmikan pada 1 Juni 2026.", []),
])
def test_a_scheduled_day_ahead(text: str, days: list[str]) -> None:
    assert _days(text, "en" if text.startswith("The") else "id") == days


@pytest.mark.parametrize(("text", "days", "language"), [
    # the day a figure is compared with is not the day of the change
    ("Harga cabai merah naik menjadi Rp 80.000 per kilogram, naik dari Rp 65.500 pada Senin.", [], "id"),
    ("The index slipped to 4,210.5, down from 4,250.2 late on Monday.", [], "en"),
    ("Ticket prices will fall from around $12.50 today to $9 by 2030.", [], "en"),
    # near misses: a change on a day that is written out for itself, a count, a clock time
    ("Harga cabai merah naik menjadi Rp 80.000 per kilogram pada Senin.", ["2024-03-04"], "id"),
    ("More than 200 fishermen blocked the harbour entrance on Monday.", ["2024-03-04"], "en"),
    ("The harbour was closed from 10 p.m. Monday after the storm.", ["2024-03-04"], "en"),
])
def test_a_comparison_point_is_no_happening(text: str, days: list[str], language: str) -> None:
    assert _days(text, language) == days


@pytest.mark.parametrize(("text", "days", "language"), [
    # a state that still holds today
    ("Hingga hari ini ucapan belasungkawa untuk sang pelatih masih terus berdatangan.", [], "id"),
    ("The bridge is still closed to lorries today.", [], "en"),
    # near misses: what happens today, and a programme's last day
    ("Hari ini ucapan belasungkawa untuk sang pelatih mulai berdatangan.", ["2024-03-05"], "id"),
    ("Bazar buku murah itu berlangsung hingga Senin (4/3/2024) di gedung pameran.", ["2024-03-04"], "id"),
])
def test_a_state_until_today_is_no_happening(text: str, days: list[str], language: str) -> None:
    assert _days(text, language) == days


def test_the_day_a_quotation_was_said_gives_way_to_what_happened() -> None:
    text = ("Banjir merendam ratusan rumah di tepi sungai pada Minggu (3/3/2024). "
            '"Kami sudah menyiapkan dapur umum bagi warga," kata kepala desa, Senin (4/3/2024).')
    assert _days(text) == ["2024-03-03"]


@pytest.mark.parametrize("text", [
    # a day the speaker names inside the quotation is a happening in their words
    'Banjir merendam ratusan rumah pada Minggu (3/3/2024). "Senin (4/3) kami menutup jalan desa," kata kepala desa.',
    # a story whose only date is a saying keeps it
    '"Kami sudah menyiapkan dapur umum bagi warga," kata kepala desa, Senin (4/3/2024).',
])
def test_a_quotation_keeps_a_day_it_names_or_the_only_day(text: str) -> None:
    assert "2024-03-04" in _days(text)


@pytest.mark.parametrize(("text", "days"), [
    ("Correction, March 4, 2024: An earlier version of this story misstated the harbour's name.", []),
    # near miss: the same date in a report of what happened
    ("The harbour authority corrected its figures on March 4, 2024.", ["2024-03-04"]),
])
def test_a_correction_notes_date_is_no_happening(text: str, days: list[str]) -> None:
    assert _days(text, "en") == days
