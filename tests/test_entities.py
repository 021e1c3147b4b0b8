"""Name finding on hand-written sentences: titles stripped, gazetteer names, parenthesised aliases."""

from __future__ import annotations

from warta.lang.entities import canonicalize, find_entities, name_key


def _names(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_entities(text)}


def test_titles_are_stripped_and_places_split_off() -> None:
    got = _names("Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan Sergei Shoigu di Moskwa.")
    assert got["Vladimir Putin"] == "person" and got["Sergei Shoigu"] == "person"
    assert got["Rusia"] == "place" and got["Moskwa"] == "place"


def test_parenthesised_alias_is_linked() -> None:
    ms = find_entities("Bupati itu melapor ke Badan Nasional Penanggulangan Bencana (BNPB) dan Korea Utara (Korut).")
    korut = next(m for m in ms if m.name == "Korut")
    assert korut.canonical == "Korea Utara"
    assert any(m.canonical == "Badan Nasional Penanggulangan Bencana" for m in ms)


def test_acronym_must_fit_the_name_before_it() -> None:
    ms = find_entities("Ketua Ikatan Dokter Indonesia (IDI) hadir di sana.")
    assert next(m for m in ms if m.name == "IDI").alias_of != "Indonesia"


def test_rank_inside_an_organisation_starts_a_person() -> None:
    got = _names("Hal itu disampaikan Kabid Humas Polda Sulsel Kombes E Zulpan kepada wartawan.")
    assert got.get("Zulpan") == "person" and "Polda Sulsel" in got


def test_organisation_and_trailing_person_are_two_names() -> None:
    got = _names("Hal itu disampaikan juru bicara Kementerian Luar Negeri Budi Santoso kepada wartawan.")
    assert "Budi Santoso" in got and got["Budi Santoso"] == "person"


def test_sentence_initial_common_word_is_not_a_name() -> None:
    got = _names("Undangan Joko diterima panitia di Bandung.")
    assert "Undangan Joko" not in got and "Bandung" in got


def test_canonical_forms_and_keys() -> None:
    assert canonicalize("Korut dan AS bertemu di Moskow") == "Korea Utara dan Amerika Serikat bertemu di Moskwa"
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un")
