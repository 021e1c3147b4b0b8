"""Discrepancies of match minutes and capacities (what two outlets tell in other words), of names spelt two ways and
of days one outlet counts from its publication; and the near misses."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from warta.brief import make_brief
from warta.brief.discrepancies import measures
from warta.model import Article, RelativeDay, Story

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


def _story(*articles: tuple[str, str, list[str], datetime, bool]) -> Story:
    """A story of (id, outlet, paragraphs, publication, whether the publication gives its time)."""
    return Story("s", [Article(id=i, source=i, paragraphs=paragraphs, outlet=outlet, language="id",
                               published=published, published_has_time=timed)
                       for i, outlet, paragraphs, published, timed in articles])


def _spellings(story: Story) -> list[str]:
    return [d.about for d in make_brief(story).discrepancies if d.about.startswith("ejaan nama")]


# IndoSum, the general who invited the TNI chief to Washington, as Pos Kota and CNN Indonesia wrote him
_DUNFORD = ("Namun Menlu Retno menjelaskan, pasca insiden itu Panglima Angkatan Bersenjata AS Jenderal Joseph F "
            "Dunford, Jr yang mengundang Panglima TNI Jenderal Gatot Nurmantyo berkeinginan untuk bisa komunikasi "
            "dengan Jenderal Gatot. Saat ini komunikasi itu tengah diatur waktunya")
_DURFORT = ("Panglima TNI Jenderal Gatot Nurmantyo hendak memenuhi undangan dari Pangab AS Jenderal Joseph. F. Durfort "
            "Jr. dalam acara Chiefs of Defence Conference on Country Violent Extremist Organizations, Oktober 23 - 24 "
            "di Washington, D.C.")
_DURFORD = ("Sedianya, Gatot bersama istrinya dijadwalkan pergi ke AS demi memenuhi undangan dari Panglima Angkatan "
            "Bersenjata AS Jenderal Joseph F Durford, Jr. Gatot untuk menghadiri acara konferensi bernama Chiefs of "
            "Defence conference on country violent Extremist organizations (VEOs) di Washington pada 23 - 24 Oktober "
            "mendatang.")
_OCT = datetime(2017, 10, 24, 12, 0, tzinfo=WIB)


def test_one_person_spelt_differently_by_outlets_is_a_discrepancy() -> None:
    """Each article writes the general one way; `Joseph. F. Durfort`, which its dots kept from being read as a name,
    is found after the same given names."""
    [d] = [d for d in make_brief(_story(
        ("pk1", "poskotanews", [_DUNFORD], _OCT, True),
        ("pk2", "poskotanews", [_DURFORT], _OCT - timedelta(days=1), True),
        ("cnn", "cnn indonesia", [_DURFORD], _OCT, True),
    )).discrepancies if d.about.startswith("ejaan nama")]
    assert d.about == "ejaan nama: Joseph F Dunford vs Joseph. F. Durfort vs Joseph F Durford"
    assert [c.sources for c in d.claims] == [["pk1"], ["pk2"], ["cnn"]]
    assert "Joseph. F. Durfort" in d.claims[1].text


# the devset's badminton story: merahputih.com and skor.id on the last Indonesian men's singles champion
_HERYANTO = ("Gelar juara tunggal putra terakhir diperoleh Heryanto Arbi setelah mengalahkan Ardy Wiranata di final "
             "Indonesia pada 1994.")
_HARIYANTO = ("Jonatan Christie pun bakal tercatat sebagai tunggal putra Indonesia keenam yang berhasil meraih gelar "
              "All England, mengikuti jejak sukses lima legenda Merah Putih: Joe Hok Tan (1959), Rudy Hartono "
              "(1968-1974, 1976), Liem Swie King (1978, 1979, 1981), Ardy B. Wiranata (1991), dan Hariyanto Arbi "
              "(1993, 1994).")
_MAR = datetime(2024, 3, 18, 9, 0, tzinfo=WIB)


def test_a_name_each_outlet_spells_its_own_way_is_a_discrepancy() -> None:
    assert _spellings(_story(("mp", "merahputih.com", [_HERYANTO], _MAR, True),
                             ("skor", "skor.id", [_HARIYANTO], _MAR, True))) == [
        "ejaan nama: Heryanto Arbi vs Hariyanto Arbi"]


@pytest.mark.parametrize("a, b", [
    # an article that writes both spellings has slipped within itself: it sides with neither
    ([_HERYANTO, _HARIYANTO], [_HARIYANTO]),
    # two spellings Indonesian accepts (before and after 1972: `dj` / `j`), as `Moskwa` / `Moskow`
    (['" Bukan Djanur mundur, " ujar Media Officer Persib, Irfan Suryadireja kepada Bola.net, Selasa (6/6/2017).'],
     ['" Coach Djanur hari ini tidak hadir latihan bersama tim, " ujar Media Officer Persib, Irfan Suryadiredja, '
      "kepada kumparan (kumparan.com), Selasa (6/6)."]),
    # the same names in another order: a slip, but not of spelling (and the custom for Japanese names)
    (["Menurut Dirlantas Polda Jawa Timur Kombes Pol Latif Usman, kecelakaan yang terjadi pada Vanessa Angel dan "
      "keluarga disebabkan oleh supir yang mengantuk."],
     ["Berdasarkan keterangan dari Dirlantas Polda Jatim, Kombes Usman Latif, semula kendaraan yang digunakan, yaitu "
      "Mitsubishi Pajero Sport Nomor Polisi B 1264 BJU, berangkat dari Jakarta."]),
])
def test_spellings_that_tell_no_discrepancy(a: list[str], b: list[str]) -> None:
    assert _spellings(_story(("a", "Harian A", a, _MAR, True), ("b", "Portal B", b, _MAR, True))) == []


def test_the_examples_spellings_of_known_names_are_no_discrepancy(example_dir: Path) -> None:
    """`Kim Jong Un` / `Kim Jong-un`, `Putin` / `Vladimir Putin`: the gazetteer's spellings and a short name."""
    from warta import extract, read

    assert make_brief(Story("example", list(extract(read([example_dir]))))).discrepancies == []


# IndoSum: Pos Kota on 13 September 2017 and kumparan on the 14th, on Halimah Yacob's inauguration
_POSKOTA = [
    "SINGAPURA – Negara tetangga, Singapura, akan mencatat sejarah. Hal itu terjadi dengan akan tampilnya Halimah "
    "Yacob menjadi wanita pertama yang menjabat sebagai Presiden Singapura.",
    "Halimah Yacob besok, Rabu (13/9/17) akan dilantik setelah Departemen Pemilu menyatakan, hanya dialah yang layak "
    "mendapatkan sertifikat untuk pencalonan ini.",
    "Halimah sebelumnya dikenal sebagai Ketua Parlemen Singapura. Pengalamannya menjabat Ketua Parlemen Singapura "
    "selama tiga tahun turut membantu Halimah dalam memenuhi syarat pencalonan.",
]
_KUMPARAN = [
    "Hari ini, Halimah Yacob akan dilantik sebagai Presiden Singapura. Halimah mengaku sangat tersentuh atas dukungan "
    "semua pihak hingga akhirnya dia terpilih sebagai presiden perempuan pertama di negeri singa itu.",
    "Halimah dipilih sebagai pengganti Tony Tan setelah kandidat lainnya tidak memenuhi kriteria yang ditetapkan untuk "
    "mengikuti pemilihan.",
]


def _inauguration(kumparan: list[str], hour: int = 6, timed: bool = True) -> Story:
    return _story(("pk", "poskotanews", _POSKOTA, datetime(2017, 9, 13, 9, 32, tzinfo=WIB), True),
                  ("ku", "kumparan", kumparan, datetime(2017, 9, 14, hour, 45, tzinfo=WIB), timed))


def test_a_relative_day_against_a_written_date_is_a_date_discrepancy() -> None:
    [d] = make_brief(_inauguration(_KUMPARAN)).discrepancies
    assert d.about == "tanggal: 2017-09-13 vs 2017-09-14 (laporan yang lebih baru: 2017-09-14)"
    assert [c.sources for c in d.claims] == [["pk"], ["ku"]]
    assert d.claims[1].when == RelativeDay("Hari ini", "2017-09-14")


@pytest.mark.parametrize("kumparan, hour, timed", [
    (_KUMPARAN, 0, True),  # published after midnight: written the day before, maybe
    (_KUMPARAN, 6, False),  # a publication day without its time
    (['"Hari ini, Halimah Yacob akan dilantik sebagai Presiden Singapura," kata juru bicara pemerintah Singapura.',
      *_KUMPARAN[1:]], 6, True),  # a speaker's day
])
def test_relative_days_that_may_be_another_day_are_no_discrepancy(kumparan: list[str], hour: int, timed: bool) -> None:
    assert make_brief(_inauguration(kumparan, hour, timed)).discrepancies == []


def test_devset_names_spelt_differently_by_outlets(devset: Path) -> None:
    """The devset's Makassar bombing: the police spokesman is `E. Zulpan` in two outlets, `E Zulfan` in suara.com."""
    from warta import extract, read

    paths = sorted((devset / "articles").glob("d05_*.txt"))
    found = [d for d in make_brief(Story("d05", list(extract(read(paths))))).discrepancies
             if d.about.startswith("ejaan nama")]
    assert [d.about for d in found] == ["ejaan nama: Zulpan vs Zulfan"]
