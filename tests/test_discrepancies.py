"""Discrepancies of match minutes and capacities: what two outlets tell in other words, and the near misses."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from warta.brief import make_brief
from warta.brief.discrepancies import measures
from warta.model import Article, Story

WIB = timezone(timedelta(hours=7))


def _two(a: str, b: str) -> Story:
    return Story("s", [
        Article(id=i, source=i, paragraphs=[text], outlet=outlet, language="id",
                published=datetime(2024, 3, 10, hour, 0, tzinfo=WIB), published_has_time=True)
        for i, outlet, text, hour in (("a", "Harian A", a, 9), ("b", "Portal B", b, 15))
    ])


_MATCH_A = ("Persija Jakarta mengalahkan Persib Bandung 2 - 1 dalam laga pekan ke-20 Liga 1 di Stadion Patriot, "
            "Bekasi, Sabtu (9/3/2024). {} Pelatih Thomas Doll puas dengan permainan anak asuhnya.")
_MATCH_B = ("Persija Jakarta menundukkan Persib Bandung 2 - 1 di Stadion Patriot, Sabtu (9/3/2024). {} "
            "Kemenangan ini membawa Macan Kemayoran naik ke peringkat ketiga.")


def test_one_substitution_at_two_minutes_is_a_discrepancy() -> None:
    [d] = make_brief(_two(
        _MATCH_A.format("Riko Simanjuntak dimasukkan pada menit ke-70 menggantikan Witan Sulaeman."),
        _MATCH_B.format("Riko Simanjuntak masuk menggantikan Witan Sulaeman pada menit ke - 64."),
    )).discrepancies
    assert d.about.startswith("menit ke: 70 vs 64")
    assert [c.outlets for c in d.claims] == [["Harian A"], ["Portal B"]]


@pytest.mark.parametrize("a, b", [
    # a scorer's second goal, which the other outlet also gives: another act, not another minute for one act
    ("Marko Simic mencetak gol pada menit ke-20. Marko Simic kembali mencetak gol pada menit ke-64.",
     "Gol kedua Marko Simic tercipta pada menit ke-64."),
    # two substitutions told alike, of different players: nobody named in both
    ("Pelatih memasukkan Riko pada menit ke-70 untuk menggantikan Witan yang cedera.",
     "Pelatih memasukkan Hanno pada menit ke-64 untuk menggantikan Ryo yang cedera."),
])
def test_minutes_of_other_acts_are_no_discrepancy(a: str, b: str) -> None:
    assert make_brief(_two(_MATCH_A.format(a), _MATCH_B.format(b))).discrepancies == []


_PRISON_A = ("Sebanyak 120 narapidana kabur dari Lapas Kelas IIA Banda Raya, Kamis (7/3/2024) malam. {} "
             "Polisi masih memburu para napi yang melarikan diri.")
_PRISON_B = ("Ratusan narapidana Lapas Kelas IIA Banda Raya melarikan diri pada Kamis (7/3/2024) malam. {} "
             "Kepala lapas mengaku kewalahan menjaga para penghuni.")


def test_one_place_with_two_capacities_is_a_discrepancy() -> None:
    [d] = make_brief(_two(
        _PRISON_A.format("Lapas itu seharusnya hanya menampung 880 orang, tetapi kini dihuni 2.100 narapidana."),
        _PRISON_B.format("Kapasitas lapas tersebut sebenarnya hanya 1.136 orang."),
    )).discrepancies
    assert d.about.startswith("kapasitas: 880 vs 1.136")


@pytest.mark.parametrize("a, b", [
    ("Rutan Salemba berkapasitas 1.500 orang.", "Rutan Pondok Bambu berkapasitas 700 orang."),  # two named places
    ("Bus yang membawa mereka berkapasitas 40 penumpang.", "Aula pengadilan berkapasitas 300 orang."),  # no word alike
])
def test_capacities_of_two_places_are_no_discrepancy(a: str, b: str) -> None:
    assert make_brief(_two(_PRISON_A.format(a), _PRISON_B.format(b))).discrepancies == []


@pytest.mark.parametrize("text, unit, value", [
    ("Pelatih memasukkan Riko pada menit ke-70.", "menit ke", 70.0),
    ("Casemiro membuka skor pada menit 24 setelah lolos dari jebakan offside.", "menit ke", 24.0),
    ("Stadion berkapasitas 40.000 penonton itu penuh.", "kapasitas", 40000.0),
    ("Kapasitas maksimal rutan tersebut diketahui hanya 561 orang.", "kapasitas", 561.0),
])
def test_measures_reads_minutes_and_capacities(text: str, unit: str, value: float) -> None:
    assert measures(text)[0][unit][0] == value


@pytest.mark.parametrize("text", [
    "Dia mencetak dua gol pada menit ke-20 dan ke-64.",  # two minutes: which act is which is not known
    "Gol penyeimbang lahir pada menit 45 + 2.",  # stoppage time: written two ways
    "Dalam 45 menit 3 gol tercipta.",  # a duration, then a count
    "Gedung olahraga itu kini menampung 300 pengungsi.",  # who are there, not how many it holds
    "Posko di balai desa hanya menampung 50 orang.",  # ... however few
    "Ponsel ini dibekali baterai berkapasitas 5.000 mAh.",  # not people
    "Kapasitas lapas yang diisi 1.800 narapidana itu jauh terlampaui.",  # who are in it
    "Okupansi hotel mencapai kapasitas 80 persen.",  # a share
])
def test_measures_reads_no_minute_or_capacity_in_near_misses(text: str) -> None:
    assert not {"menit ke", "kapasitas"} & measures(text)[0].keys()
