from __future__ import annotations

from pathlib import Path

import pytest

from warta.lang.regions import REGIONS, places, province_of, write_table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gempa mengguncang Kabupaten Majene, Sulawesi Barat, Jumat dini hari.", {"Sulawesi Barat"}),
        ("Laporan BPBD Mamuju dan Polda Sulbar menyebut tiga warga meninggal.", {"Sulawesi Barat"}),
        ("Kebakaran terjadi di Lapas Kelas I Tangerang, Banten.", {"Banten"}),
        ("Banjir merendam permukiman di Bekasi dan Jakarta Timur.", {"Jawa Barat", "Daerah Khusus Ibukota Jakarta"}),
        ("Didi Kempot meninggal di Solo dan dimakamkan di Ngawi.", {"Jawa Tengah", "Jawa Timur"}),
        ("Wisatawan memadati Kota Batu saat libur panjang.", {"Jawa Timur"}),
        ("Hujan deras mengguncang Malang, lalu Padang.", {"Jawa Timur", "Sumatera Barat"}),  # dictionary words too
        ("Jembatan di Kota Administrasi Jakarta Timur ambruk.", {"Daerah Khusus Ibukota Jakarta"}),
    ],
)
def test_places_name_their_provinces(text: str, expected: set[str]) -> None:
    assert {province_of(p) for p in places(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bima Sakti mengungkap kunci kebangkitan Timnas U-22.",  # a person, not the city of Bima
        "Persib Bandung kalah dari Bhayangkara FC.",  # a club's name
        "Batu itu menimpa rumah warga. Padang rumput terbakar, kata dia.",  # dictionary words opening a sentence
    ],
)
def test_names_that_are_no_indonesian_place_here(text: str) -> None:
    assert places(text) == frozenset()


def test_countries_by_their_indonesian_and_other_names() -> None:
    text = "Gempa mengguncang Turki dan Suriah; Korut dan Tiongkok mengirim bantuan, kata AS."
    assert places(text) == {"Turki", "Suriah", "Korea Utara", "Tiongkok", "Amerika Serikat"}
    assert places("Praveen Jordan dan Michael Jordan berlatih.") == frozenset()  # a name's part, no country


def test_a_regency_is_named_with_its_province() -> None:
    assert places("Gempa mengguncang Majene, lalu Kota Bandung dan Solo.") == {
        "Sulawesi Barat/Kabupaten Majene", "Jawa Barat/Kota Bandung", "Jawa Tengah/Kota Surakarta"
    }  # fmt: skip
    assert places("Banjir melanda Bandung.") == {"Jawa Barat/Kabupaten Bandung", "Jawa Barat/Kota Bandung"}


def test_a_big_city_abroad_is_named_with_its_country_and_a_club_is_no_city() -> None:
    assert places("Gempa mengguncang Osaka, lalu Tokyo.") == {"Jepang/Osaka", "Jepang/Tokyo"}
    assert places("Banjir melanda Paris dan Moskwa.") == {"Prancis/Paris", "Rusia/Moscow"}
    assert places("Barcelona mengalahkan Real Madrid.") == frozenset()


def test_shipped_table_is_what_the_register_and_the_dictionary_give(tmp_path: Path) -> None:
    write_table(tmp_path / "regions.tsv")
    assert (tmp_path / "regions.tsv").read_text(encoding="utf-8") == REGIONS.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warga Kepulauan Seribu segera menikmati air bersih dari instalasi baru.", "Kepulauan Seribu"),
        ("Pemerintah Provinsi DKI Jakarta menutup jalan itu selama sepekan.", "DKI Jakarta"),
        ("Banjir merendam permukiman di Jakarta Barat sejak Selasa pagi.", "Jakarta Barat"),
    ],
)
def test_entity_typing_reads_the_same_place_table(text: str, name: str) -> None:
    """Names take their places from this table, short names and Jakarta's cities included (the register writes
    `Kota Administrasi Jakarta Barat` and `Daerah Khusus Ibukota Jakarta`)."""
    from warta.lang.entities import find_entities

    assert [m.type for m in find_entities(text) if m.name == name] == ["place"]
