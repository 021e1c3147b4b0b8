"""Publication stamps and date mentions in Indonesian and English news text."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from warta.lang.dates import find_dates, parse_published

WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("stamp", "expected", "has_time"),
    [
        ("Kompas.com - 14/09/2023, 10:49 WIB", datetime(2023, 9, 14, 10, 49, tzinfo=WIB), True),
        ("Kamis, 14 Sep 2023 23:37 WIB", datetime(2023, 9, 14, 23, 37, tzinfo=WIB), True),
        ("Rahman Asmardika , Jurnalis-Kamis, 14 September 2023 |12:13 WIB",
         datetime(2023, 9, 14, 12, 13, tzinfo=WIB), True),
        ("Senin, 15 Jan 2021 08:10 WITA", datetime(2021, 1, 15, 8, 10, tzinfo=timezone(timedelta(hours=8))), True),
        ("Selasa, 5 Mei 2020 | 11:58 WIT", datetime(2020, 5, 5, 11, 58, tzinfo=timezone(timedelta(hours=9))), True),
        (" date 2024-03-17", datetime(2024, 3, 17, tzinfo=WIB), False),
        ("28/3/2021, 12.08 WIB", datetime(2021, 3, 28, 12, 8, tzinfo=WIB), True),
        ("2021-01-14T06:56:00+08:00", datetime(2021, 1, 14, 6, 56, tzinfo=timezone(timedelta(hours=8))), True),
        ("2021-01-14T06:56:00Z", datetime(2021, 1, 14, 6, 56, tzinfo=UTC), True),
        ("2023-09-14T03:49:00+00:00", datetime(2023, 9, 14, 3, 49, tzinfo=UTC), True),
        ("2023-09-14 03:49:00.123-04:00", datetime(2023, 9, 14, 3, 49, tzinfo=timezone(timedelta(hours=-4))), True),
        ("2023-09-14T10:49+07", datetime(2023, 9, 14, 10, 49, tzinfo=WIB), True),
        ("Thu, 14 Sep 2023 03:49:00 +0000", datetime(2023, 9, 14, 3, 49, tzinfo=UTC), True),
        ("Thu, 14 Sep 2023 03:49:00 GMT", datetime(2023, 9, 14, 3, 49, tzinfo=UTC), True),
        ("14/09/2023 10:49 GMT+7", datetime(2023, 9, 14, 10, 49, tzinfo=WIB), True),
        ("Kamis, 14 Sep 2023 10:00-12:00 WIB", datetime(2023, 9, 14, 10, 0, tzinfo=WIB), True),  # a range
    ],
)
def test_parse_published(stamp: str, expected: datetime, has_time: bool) -> None:
    got = parse_published(stamp)
    assert got is not None
    assert got[0] == expected and got[0].utcoffset() == expected.utcoffset()
    assert got[1] is has_time


def test_parse_published_none_without_a_full_date() -> None:
    assert parse_published("Kamis (14/9) pagi") is None
    assert parse_published("tanpa tanggal") is None


def test_find_dates_indonesian_forms() -> None:
    text = ("KCNA melaporkan pada Kamis (14/9/2023) bahwa pertemuan Rabu (13/9) berlangsung di Vostochny; "
            "pada 13 Sept. 2023 Kim tiba Selasa pagi, dan kemarin Putin berbicara. Rabu, 13 September "
            "disebut juga Wednesday, Sept. 13, 2023 pukul 10.30 WIB.")
    got = find_dates(text, date(2023, 9, 14))
    by_text = {m.text: m for m in got}
    assert by_text["Kamis (14/9/2023)"].date == date(2023, 9, 14)
    assert by_text["Rabu (13/9)"].date == date(2023, 9, 13)
    assert by_text["13 Sept. 2023"].date == date(2023, 9, 13)
    assert by_text["Selasa"].date == date(2023, 9, 12) and by_text["Selasa"].weekday_only
    assert by_text["kemarin"].date == date(2023, 9, 13)
    assert by_text["Rabu, 13 September"].date == date(2023, 9, 13)
    english = next(m for m in got if m.text.startswith("Wednesday"))
    assert english.date == date(2023, 9, 13) and english.time == time(10, 30, tzinfo=english.time.tzinfo)
    assert all(text[m.start : m.end] == m.text for m in got)
    assert [m.start for m in got] == sorted(m.start for m in got)


def test_find_dates_needs_a_base_for_relative_mentions() -> None:
    got = find_dates("Kim tiba pada Selasa pagi dan hari ini bertemu Putin, Kamis (14/9).", None)
    assert got == []


def test_find_dates_year_nearest_to_base_and_no_false_hits() -> None:
    got = find_dates("Banjir terjadi Selasa (31/12) malam.", date(2020, 1, 2))
    assert got[0].date == date(2019, 12, 31)
    assert find_dates("Skor akhir 3/1 dan magnitudo 6.2, dua minggu lalu.", date(2020, 1, 2)) == []
    assert find_dates("hari ini", datetime(2020, 1, 2, 10, 0, tzinfo=WIB))[0].date == date(2020, 1, 2)
    weekdays = find_dates("Minggu lalu sepi, tetapi Minggu pagi ramai.", date(2023, 12, 4))
    assert [(m.text, m.date) for m in weekdays] == [("Minggu", date(2023, 12, 3))] and weekdays[0].start > 20


def test_find_dates_ignores_month_words_only_case_folding_reads() -> None:
    """`ſept` matches the month pattern under re.IGNORECASE but is no month: skipped, not a crash."""
    assert find_dates("Rapat 14 ſept 2023, lalu Kamis (14/9/2023).")[-1].date == date(2023, 9, 14)
    assert [m.date for m in find_dates("14 ſept 2023")] == []


@pytest.mark.parametrize(("text", "day"), [("KEMARİN banjir surut", "2024-03-04"), ("beſok pagi", "2024-03-06"),
                                           ("hari ını ada rapat", "2024-03-05")])
def test_letters_ignorecase_folds_to_ascii_neither_raise_nor_lose_the_day(text: str, day: str) -> None:
    assert [str(m.date) for m in find_dates(text, datetime(2024, 3, 5, 9))] == [day]


def test_a_day_name_inside_a_name_is_no_date() -> None:
    base = datetime(2017, 4, 19, 3, 46)
    text = "Di bawahnya ada Reading (79 poin) dan Sheffield Wednesday (75). Diskon Black Friday ramai."
    assert find_dates(text, base) == []  # a club, a shopping day
    assert find_dates("Dikutip dari Sunday Times, Senin (17/4).", base)[0].date == date(2017, 4, 17)  # a paper
    assert [d.date for d in find_dates("Two men died at Abu Ghraib Friday.", base)] == [date(2017, 4, 14)]


def test_a_range_of_days_dates_its_first_day() -> None:
    base = datetime(2016, 11, 26, 9, 0)
    got = find_dates("Kongres yang digelar pada 23 - 27 November itu dibuka Presiden.", base)
    assert [(d.text, d.date) for d in got] == [("23 - 27 November", date(2016, 11, 23))]
    got = find_dates("Pameran berlangsung 5-6 Desember 2016 di Jakarta.", base)  # not the 5th of June
    assert [d.date for d in got] == [date(2016, 12, 5)]


@pytest.mark.parametrize(("text", "days"), [
    # `kemarin` after a stretch of time is "last": no day is named
    ("Taman bermain itu merumahkan sebagian karyawannya pada April kemarin.", []),
    ("Ia sempat memimpin balapan GP Italia di Mugello, akhir pekan kemarin.", []),
    ("City gagal meraih trofi pada musim kemarin.", []),
    # a day named ahead is not the last such day
    ("Trump akan berada di Korea Selatan Selasa pekan depan.", []),
    ("Milan akan menghadapi SPAL di San Siro pada Rabu mendatang.", []),
    ("Pertandingan Sabtu nanti diperkirakan akan seru.", []),
    ("The ceasefire talks resume next Thursday.", []),
    # a day that recurs, or a place
    ("Ia wajib lapor ke pihak kepolisian setiap Senin dan Kamis.", []),
    ("Serial itu tayang di HBO setiap Senin pukul delapan pagi.", []),
    ("Restoran baru itu dibangun di kawasan Pasar Minggu, Jakarta Selatan.", []),
    # a relative day capitalised inside a sentence names a paper, a show or a film
    ("Richardson, via USA Today, said the fight was provoked.", []),
    ("Ia tampil di Today Show membawakan lagu barunya.", []),
    # near misses: yesterday, a weekday, a weekday after a place, a day at the start of a sentence
    ("Surat itu beredar luas di kalangan wartawan, kemarin.", ["2017-11-04"]),
    ("Kaka bermain melawan Columbus Crew pada Sabtu.", ["2017-11-04"]),
    ("JPO di Pasar Minggu, Jakarta Selatan, roboh Sabtu petang.", ["2017-11-04"]),
    ("Today, the council voted to close the bridge.", ["2017-11-05"]),
])
def test_days_that_are_not_the_day_named(text: str, days: list[str]) -> None:
    assert [str(m.date) for m in find_dates(text, datetime(2017, 11, 5, 13, 30))] == days
