"""Discrepancies and timeline on small hand-written stories, and the example's timeline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from warta.brief import make_brief
from warta.brief.discrepancies import counts
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
