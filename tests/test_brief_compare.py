"""Discrepancies and timeline on small hand-written stories, and the example's timeline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from warta.brief import make_brief
from warta.brief.discrepancies import counts, measures
from warta.model import Article, Story

WIB = timezone(timedelta(hours=7))


def _art(i: str, outlet: str, text: str, hour: int) -> Article:
    return Article(id=i, source=i, paragraphs=[text], outlet=outlet, language="id",
                   published=datetime(2024, 3, 5, hour, 0, tzinfo=WIB), published_has_time=True)


def _flood(n_a: str, n_b: str, tail_b: str = "") -> Story:
    return Story("banjir", [
        _art("a", "Harian A", "Banjir bandang melanda Kabupaten Sumbawa pada Senin (4/3/2024) malam. "
             f"Sebanyak {n_a} orang tewas akibat banjir bandang di Sumbawa tersebut. Ratusan rumah terendam.", 9),
        _art("b", "Portal B", "Banjir bandang menerjang Kabupaten Sumbawa, Senin (4/3/2024) malam. "
             f"Sebanyak {n_b} orang meninggal akibat banjir bandang di Sumbawa{tail_b}. Jalan utama terputus.", 15),
    ])


def test_counts_reads_kind_and_number() -> None:
    assert counts("Sebanyak 46 orang tewas dan 12 orang luka-luka.") == {"dead": 46, "injured": 12}
    assert counts("tiga orang meninggal dunia") == {"dead": 3}
    assert counts("Gempa bermagnitudo 6,2 terjadi pukul 01.28 WIB.") == {}


def test_different_death_tolls_are_a_discrepancy_with_the_later_marked() -> None:
    brief = make_brief(_flood("46", "56"))
    assert len(brief.discrepancies) == 1
    d = brief.discrepancies[0]
    assert "46" in d.about and "56" in d.about and "lebih baru: 56" in d.about
    assert [c.sources for c in d.claims] == [["a"], ["b"]]


def test_three_tolls_make_one_discrepancy() -> None:
    story = _flood("46", "56")
    story.articles.append(_art("c", "Kabar C", "Banjir bandang di Sumbawa, Senin (4/3/2024) malam, menewaskan banyak "
                               "warga. Korban meninggal akibat banjir bandang di Sumbawa berjumlah 61 orang.", 20))
    [d] = make_brief(story).discrepancies
    assert d.about.startswith("korban meninggal: 46 vs 56 vs 61") and "lebih baru: 61" in d.about
    assert [c.sources for c in d.claims] == [["a"], ["b"], ["c"]]


def test_partial_counts_are_not_tolls() -> None:
    assert counts("Sebanyak 17 orang luka-luka yang dibawa ke RSUD Cicalengka.") == {}
    assert counts("Korban meninggal akibat banjir berjumlah 21 orang.") == {"dead": 21}


def test_same_toll_is_no_discrepancy() -> None:
    assert make_brief(_flood("46", "46")).discrepancies == []


def test_unrelated_numbers_are_no_discrepancy() -> None:
    story = Story("x", [
        _art("a", "Harian A", "Sebanyak 46 orang tewas dalam kecelakaan bus di Subang pada Sabtu malam.", 9),
        _art("b", "Portal B", "Gempa di Cianjur pekan lalu membuat 56 orang meninggal dan ribuan mengungsi.", 15),
    ])
    assert make_brief(story).discrepancies == []


def test_timeline_resolves_weekday_dates() -> None:
    brief = make_brief(_flood("46", "46"))
    assert [e.date for e in brief.timeline] == ["2024-03-04"]
    assert set(brief.timeline[0].sources) == {"a", "b"}


def test_example_timeline(example_dir, gold) -> None:
    from test_brief import _story

    brief = make_brief(_story(example_dir, gold))
    dates = [e.date for e in brief.timeline]
    assert "2023-09-13" in dates and "2023-09-14" in dates
    assert dates == sorted(dates)
    assert all(e.sources for e in brief.timeline)


def _two(a: str, b: str, published_b: bool = True) -> Story:
    second = _art("b", "Portal B", b, 15)
    if not published_b:
        second.published, second.published_has_time = None, False
    return Story("x", [_art("a", "Harian A", a, 9), second])


_QUAKE = "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada {} siang. Ratusan rumah rusak berat."


def test_aligned_reports_of_different_days_are_a_date_discrepancy() -> None:
    [d] = make_brief(_two(_QUAKE.format("Senin (4/3/2024)"), _QUAKE.format("Minggu (3/3/2024)"))).discrepancies
    assert d.about.startswith("tanggal: 2024-03-03 vs 2024-03-04") and "lebih baru: 2024-03-03" in d.about
    assert [c.sources for c in d.claims] == [["b"], ["a"]]  # in date order


def test_dates_of_different_happenings_are_no_discrepancy() -> None:
    other = "Bantuan logistik untuk para korban tiba di posko Cianjur pada Selasa (5/3/2024) sore."
    assert make_brief(_two(_QUAKE.format("Senin (4/3/2024)"), other)).discrepancies == []


def test_measures_reads_units_zones_and_thousands() -> None:
    m, said = measures("Gempa magnitudo 6,2 terjadi pukul 02.28 WITA, merusak 2.000 rumah sejauh 6 km dari pusat.")
    assert m == {"magnitudo": (6.2, "6,2"), "pukul": (88.0, "02.28 WITA"), "rumah": (2000.0, "2.000"),
                 "kilometer": (6.0, "6")}
    assert "pukul 02.28 WITA" in said
    assert measures("Sebanyak 3 gerbong KA Commuter Line dan 8 gerbong KA Turangga anjlok.")[0] == {}  # which is which?


_ERUPTION = "Gunung Marapi di Kabupaten Tanah Datar, Sumatera Barat, meletus pada Minggu (3/12/2023) pukul {}."


def test_aligned_reports_of_different_clock_times_are_a_discrepancy() -> None:
    [d] = make_brief(_two(_ERUPTION.format("14.45 WIB"), _ERUPTION.format("14.54 WIB"))).discrepancies
    assert d.about.startswith("pukul: 14.45 WIB vs 14.54 WIB")
    assert [c.sources for c in d.claims] == [["a"], ["b"]]


@pytest.mark.parametrize("b", [
    _ERUPTION.format("15.45 WITA"),  # the same instant in central Indonesian time
    "Kereta Api Turangga tiba di Stasiun Cicalengka pada Minggu (3/12/2023) pukul 14.54 WIB.",  # another moment
])
def test_same_instant_or_another_moment_is_no_clock_discrepancy(b: str) -> None:
    assert make_brief(_two(_ERUPTION.format("14.45 WIB"), b)).discrepancies == []


def test_a_short_sentence_the_other_says_in_full_differs_in_its_clock_time() -> None:
    story = _two("Bom meledak di depan Gereja Katedral Makassar, Minggu pagi. Diketahui ledakan terjadi pada pukul "
                 "10.28 Wita.", "Bom meledak di depan Gereja Katedral Makassar, Minggu pagi. Kapolda Sulawesi Selatan "
                 "menjelaskan, ledakan terjadi sekitar pukul 10.35 WITA.")
    [d] = make_brief(story).discrepancies
    assert d.about.startswith("pukul: 10.28 Wita vs 10.35 WITA")


def test_reports_of_one_quake_in_other_words_differ_in_its_clock_time() -> None:
    """One magnitude and one day tell one quake, though the rest is worded apart: the clock times are compared."""
    story = _two("Gempa dengan magnitudo 6,2 yang terjadi di Kabupaten Majene, Sulawesi Barat, pada Jumat (15/1/2021) "
                 "pukul 01.28 WIB menimbulkan korban jiwa dan kerusakan bangunan. Warga diminta menjauhi bangunan "
                 "yang retak. Hotel dan kantor gubernur di Mamuju rusak berat.",
                 "Gempa dengan magnitudo 6,2 mengguncang wilayah sekitar 6 kilometer timur laut Majene, Sulawesi "
                 "Barat, Jumat (15/1/2021) sekitar pukul 21.28 WIB dan mengakibatkan 3 orang tewas. Ribuan warga "
                 "mengungsi ke perbukitan. Jalan poros Majene-Mamuju tertutup longsor.")
    [d] = make_brief(story).discrepancies
    assert d.about.startswith("pukul: 01.28 WIB vs 21.28 WIB")


_SPOKESMAN = "Juru bicara Polda Jawa Barat Kombes {} mengatakan korban gempa sudah dievakuasi dari lokasi longsor."


def test_different_holders_of_one_role_are_a_name_discrepancy() -> None:
    [d] = make_brief(_two(_SPOKESMAN.format("Ibrahim Tompo"), _SPOKESMAN.format("Budi Santoso"))).discrepancies
    assert d.about.startswith("juru bicara polda jawa barat: Ibrahim Tompo vs Budi Santoso")
    assert [c.sources for c in d.claims] == [["a"], ["b"]]


@pytest.mark.parametrize("b", [
    _SPOKESMAN.format("Budi Santoso") + " Sebelumnya Ibrahim Tompo meninjau lokasi.",  # B names both people
    _SPOKESMAN.format("Ibrahim Tompoh"),  # a spelling variant
    _SPOKESMAN.format("Tompo"),  # a short form
])
def test_role_holders_that_may_both_be_right_are_no_discrepancy(b: str) -> None:
    assert make_brief(_two(_SPOKESMAN.format("Ibrahim Tompo"), b)).discrepancies == []


def test_undated_article_borrows_its_neighbours_date_for_weekdays_only() -> None:
    story = _two(_QUAKE.format("Senin (4/3/2024)"),
                 "Warga Cianjur mulai mengungsi ke lapangan desa pada Minggu malam. Kemarin bantuan mulai datang.",
                 published_b=False)
    days = {e.date: e.sources for e in make_brief(story).timeline}
    assert days.get("2024-03-03") == ["b"]  # Sunday before the neighbour's Tuesday 5/3
    assert "2024-03-04" in days and len(days) == 2  # "kemarin" needs the article's own date


def test_example_timeline_places_tempos_tuesday(example_dir, gold) -> None:
    from test_brief import _story

    brief = make_brief(_story(example_dir, gold))
    tempo = next(a.id for a in brief.story.articles if a.outlet == "Tempo.co" and a.published is None)
    assert any(e.date == "2023-09-12" and tempo in e.sources for e in brief.timeline)


@pytest.mark.parametrize(("text", "day"), [
    # a written-out date wins over the other day the sentence names in passing
    ("Real Madrid menjadi juara setelah menang 4-1 atas Juventus pada laga final di Cardiff, Sabtu (2/3/2024) "
     "atau Minggu dini hari WIB.", "2024-03-02"),
    # a weekday wins over the quotation's `hari ini` and `besok`: the speaker's days, not the reader's (a quotation
    # that names no day of its own dates only its saying, and is left out)
    ('"Betul ada operasi tangkap tangan di Tegal hari ini, tunggu konferensi pers besok," kata Agus di Jakarta, '
     "Senin.", "2024-03-04"),
])
def test_a_sentence_is_filed_under_the_day_it_writes_out(text: str, day: str) -> None:
    brief = make_brief(Story("x", [_art("a", "Harian A", text, 9)]))  # published Tuesday 5 March 2024
    assert [e.date for e in brief.timeline] == [day]


def test_a_sentence_with_two_dates_is_shown_once_and_the_later_date_takes_another() -> None:
    story = _two("Dua mahasiswa mendaki Gunung Marapi sejak Jumat (1/3/2024) hingga Minggu (3/3/2024) sore.",
                 "Gunung Marapi di Sumatera Barat meletus dengan dentuman keras pada Minggu (3/3/2024) sore.")
    timeline = make_brief(story).timeline
    assert [(t.date, t.text[:12]) for t in timeline] == [("2024-03-01", "Dua mahasisw"), ("2024-03-03", "Gunung Marap")]
