"""The timeline on hand-written stories modelled on IndoSum and AEB sentences: scheduled days ahead, days put ahead,
comparison points, states, deadlines and sayings."""

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


@pytest.mark.parametrize(("text", "days"), [
    # a day the speaker names inside the quotation is a happening in their words
    ('Banjir merendam ratusan rumah pada Minggu (3/3/2024). "Senin (4/3) kami menutup jalan desa," kata kepala desa.',
     ["2024-03-03", "2024-03-04"]),
    # words read out in court are the day's happening
    ('"Menyatakan permohonan pemohon tidak dapat diterima," ujar Ketua Majelis Hakim saat membacakan amar putusan di '
     "Gedung MK, Jakarta, Senin (4/3/2024).", ["2024-03-04"]),
    # the speaker's own day inside the quotation: what they tell happened that day
    ('"Siang ini KPK menggeledah kantor Bea Cukai di Rawamangun," ujar juru bicara KPK melalui pesan singkat, Senin '
     "(4/3/2024).", ["2024-03-04"]),
    # a title in single marks opens no quotation
    ("‘Spider-Man: Homecoming’ mulai tayang di bioskop hari ini, Senin (4/3/2024).", ["2024-03-04"]),
    # a story whose only date is the saying of a quotation has no timeline: the quotation tells no happening
    ('"Kami sudah menyiapkan dapur umum bagi warga," kata kepala desa, Senin (4/3/2024).', []),
    ('"This is a stock that until this year had been getting clobbered," Maley said on CNBC on Monday.', []),
])
def test_a_quotation_dates_a_day_it_names_not_its_saying(text: str, days: list[str]) -> None:
    assert _days(text, "en" if "said" in text else "id") == days


def test_a_day_shows_what_happened_not_a_quotation_said_on_it() -> None:
    text = ('"Jumlah keseluruhan yang dirawat sampai pukul 00.30," kata kepala bidang kedokteran, Senin (4/3/2024). '
            "Sementara sepuluh pekerja lain masih dicari tim SAR hingga Senin (4/3/2024) pagi.")
    [entry] = make_brief(Story("s", [Article(id="a", source="a", paragraphs=[text], outlet="Harian A", language="id",
                                             published=TUESDAY)])).timeline
    assert entry.text.startswith("Sementara")


@pytest.mark.parametrize("text", [
    # a day the speaker counts from the day they spoke: `kemarin` is often "lately"
    '"Sindikat ini tidak terkait dengan para pelaku yang kemarin ditangkap di Anyer beberapa waktu lalu," ujarnya.',
    '"Kemarin saya lihat waktu debat. Alhamdulilah," ujarnya.',
])
def test_a_quoted_yesterday_is_the_speakers(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(("text", "days", "language"), [
    # a bare weekday the clause puts ahead is not the last such day
    ("His first match in charge will be away to West Ham on Saturday.", [], "en"),
    ("Kaka akan memainkan laga kandang terakhirnya melawan Columbus Crew pada Sabtu.", [], "id"),
    # near misses: the day before publication (written the day before), a saying day, a past happening
    ("Raja Salman akan menemui Presiden Vladimir Putin pada Senin.", ["2024-03-04"], "id"),
    ("The house will be turned into a police station, the minister said on Saturday.", ["2024-03-02"], "en"),
    ("The council voted on Saturday to close the bridge.", ["2024-03-02"], "en"),
])
def test_a_weekday_put_ahead(text: str, days: list[str], language: str) -> None:
    assert _days(text, language) == days


@pytest.mark.parametrize(("text", "days"), [
    # a deadline, and a sentence that announces what follows
    ("Sebelum 30 Maret, PBSI akan melakukan pemutihan bagi atlet yang mencuri umur.", []),
    ("Dikutip Senin (4/3/2024), isi pengumuman tertanggal 4 Maret tersebut sebagai berikut:", []),
    # near miss: a happening before which something else was done
    ("Tim menggelar latihan terakhir sebelum terbang ke Prancis pada Senin (4/3/2024).", ["2024-03-04"]),
])
def test_a_deadline_or_a_lead_in_is_no_happening(text: str, days: list[str]) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(("text", "days"), [
    ("Correction, March 4, 2024: An earlier version of this story misstated the harbour's name.", []),
    # near miss: the same date in a report of what happened
    ("The harbour authority corrected its figures on March 4, 2024.", ["2024-03-04"]),
])
def test_a_correction_notes_date_is_no_happening(text: str, days: list[str]) -> None:
    assert _days(text, "en") == days
