"""Render on a hand-built brief (sentences from the example articles) and on the real pipeline."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from warta.model import Article, Brief, Claim, Discrepancy, Entity, InputError, Quote, Story, TimelineEntry
from warta.render import render_html, render_json, render_markdown, to_dict

WIB = timezone(timedelta(hours=7))
KCNA = (
    "Putin menerima undangan tersebut dengan senang hati dan menegaskan kembali keinginannya untuk selalu "
    "meneruskan sejarah dan tradisi persahabatan Rusia-DPRK"
)
ACCEPT = "Presiden Rusia Vladimir Putin menerima undangan Kim Jong Un untuk mengunjungi Korea Utara."
PESKOV = (
    "Pada Rabu, juru bicara Kremlin Dmitry Peskov mengatakan tidak ada rencana bagi Putin untuk mengunjungi "
    "Pyongyang."
)


def _article(aid: str, outlet: str, published: datetime | None, has_time: bool = True, **kw) -> Article:
    return Article(
        id=aid, source=f"examples/{aid}.txt", paragraphs=[ACCEPT], outlet=outlet, published=published,
        published_has_time=has_time, language="id", story="s1", **kw,
    )


@pytest.fixture()
def brief() -> Brief:
    articles = [
        _article("000", "Kompas.com", datetime(2023, 9, 14, 10, 49, tzinfo=WIB), url="https://www.kompas.com/x"),
        _article("001", "Okezone", datetime(2023, 9, 14, 12, 13, tzinfo=WIB), url="javascript:alert(1)",
                 title="Update Perang Rusia Ukraina, Putin Terima Undangan Kim Jong-un ke Korea Utara"),
        _article("002", "Tempo.co", datetime(2023, 9, 14, tzinfo=WIB), has_time=False),
        _article("003", "detikNews", datetime(2023, 9, 14, 23, 37, tzinfo=WIB)),
    ]
    return Brief(
        story=Story("s1", articles),
        headline="Putin Terima Undangan Kim Jong Un ke Korut",
        summary=[Claim(ACCEPT, ["003", "002", "001", "000"])],
        agreed=[Claim(ACCEPT, ["000", "001", "002"])],
        only_in=[Claim(PESKOV, ["002"])],
        quotes=[Quote("KCNA", KCNA, ["000", "001", "002"])],
        entities=[Entity("Kim Jong Un", "person", ["Kim Jong-un", "Kim"], ["000", "001"])],
        timeline=[TimelineEntry("2023-09-13", "Kim Jong Un bertemu Putin di Kosmodrom Vostochny.", ["001"])],
        discrepancies=[Discrepancy("nama kota", [Claim("MOSKWA", ["000"]), Claim("MOSKOW", ["001"])])],
    )


def test_json_contract(brief: Brief) -> None:
    err = InputError("bad.html", "the file is empty")
    doc = json.loads(render_json([brief], [err]))
    assert doc == to_dict([brief], [err])
    assert set(doc) == {"warta_version", "articles", "stories", "errors"}
    arts = {a["id"]: a for a in doc["articles"]}
    assert list(arts) == ["000", "001", "002", "003"]
    assert arts["000"]["published"] == "2023-09-14T10:49:00+07:00"
    assert arts["002"]["published"] == "2023-09-14"
    assert {"story", "near_copy_of", "paragraphs", "wire", "dateline"} <= set(arts["000"])
    story = doc["stories"][0]
    assert story["first_published"] == "2023-09-14T10:49:00+07:00"
    assert story["last_published"] == "2023-09-14"  # a bare date sorts at the end of its day
    assert story["outlets"] == ["Kompas.com", "Okezone", "Tempo.co", "detikNews"]
    assert story["only_in"] == [{"text": PESKOV, "sources": ["002"], "outlets": ["Tempo.co"]}]
    assert story["quotes"][0]["speaker"] == "KCNA"
    assert story["discrepancies"][0]["claims"][1]["sources"] == ["001"]
    assert doc["errors"] == [{"source": "bad.html", "error": "the file is empty"}]
    brief.headline = "Putin “senang hati”"
    assert "“senang hati”" in render_json([brief], [])  # ensure_ascii=False


def test_json_explicit_articles(brief: Brief) -> None:
    doc = to_dict([], [], articles=brief.story.articles[:1])
    assert [a["id"] for a in doc["articles"]] == ["000"] and doc["stories"] == []


def test_markdown_sections(brief: Brief) -> None:
    text = render_markdown([brief], [InputError("bad.html", "the file is empty")])
    lines = text.splitlines()
    assert lines[0] == "## Putin Terima Undangan Kim Jong Un ke Korut"
    # a date-only article shows its date again: a blank would read as undated
    assert lines[2] == ("Kompas.com 14 Sep 2023 10:49 WIB · Okezone 12:13 WIB · detikNews 23:37 WIB · "
                        "Tempo.co 14 Sep 2023")
    assert f"- {ACCEPT} [Kompas.com, Okezone, detikNews, Tempo.co]" in lines  # outlets in publication order
    for title in ("### Sepakat sebagian besar media", "### Hanya satu media", "### Kutipan",
                  "### Tokoh, tempat, lembaga", "### Kronologi", "### Perbedaan antarmedia", "## Masalah input"):
        assert title in lines
    assert f"- **Tempo.co**: {PESKOV}" in lines
    assert f"- KCNA: “{KCNA}” [Kompas.com, Okezone, Tempo.co]" in lines
    assert "- 13 Sep 2023: Kim Jong Un bertemu Putin di Kosmodrom Vostochny. [Okezone]" in lines


def test_markdown_english_and_empty_sections(brief: Brief) -> None:
    for a in brief.story.articles:
        a.language = "en"
    brief.quotes, brief.discrepancies, brief.agreed = [], [], [Claim(ACCEPT, ["000", "001", "002", "003"])]
    text = render_markdown([brief], [])
    assert "### Reported by all outlets" in text and "### Only one outlet" in text
    assert "### Quotes" not in text and "Kutipan" not in text and "### Where outlets differ" not in text


def test_markdown_neutralises_markup(brief: Brief) -> None:
    brief.headline = "Judul\n## palsu <script>x</script> [klik](http://evil)"
    first = render_markdown([brief], []).splitlines()[0]
    assert first.startswith("## Judul ") and "<script>" not in first and "[klik](" not in first


def test_html_is_escaped_and_self_contained(brief: Brief) -> None:
    brief.only_in = [Claim('<img src=x onerror="alert(1)">', ["002"])]
    page = render_html([brief], [InputError("<b>x</b>", "bad")])
    assert page.startswith("<!doctype html>") and "<style>" in page
    assert "<img" not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert "<script" not in page and "javascript:" not in page
    assert 'href="https://www.kompas.com/x"' in page
    assert 'title="Update Perang Rusia Ukraina' in page  # title on hover, no link for a bad URL
    assert "&lt;b&gt;x&lt;/b&gt;" in page
    for external in ('src="http', "<link", "@import", "url("):
        assert external not in page
    assert brief.headline in page and "Kutipan" in page


def test_real_pipeline(example_dir) -> None:
    from warta import brief, extract, group, read

    briefs = brief(group(extract(read([example_dir]))))
    doc = to_dict(briefs, [])
    assert len(doc["articles"]) == 4
    ids = {a["id"] for a in doc["articles"]}
    for story in doc["stories"]:
        for claim in story["summary"] + story["agreed"] + story["only_in"]:
            assert set(claim["sources"]) <= ids
    md = render_markdown(briefs, [])
    page = render_html(briefs, [])
    for b in briefs:
        assert b.headline.split()[0] in md and b.headline.split()[0] in page


def test_republished_copy_is_shown_beside_its_original(example_dir, tmp_path) -> None:
    """A second outlet running Kompas's text is a near copy: citations name Kompas once, the copier after it, and
    a claim only Kompas (and its copier) reports is still 'only one outlet'."""
    from warta import brief, extract, group, read

    for f in example_dir.glob("0*.txt"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    kompas = (example_dir / "000_e1deb9fd549663be.txt").read_text(encoding="utf-8")
    for old, new in (("kompas.com", "tribunnews.com"), ("Kompas.com", "Tribunnews.com"), ("KOMPAS", "TRIBUNNEWS")):
        kompas = kompas.replace(old, new)
    (tmp_path / "004_copy.txt").write_text(kompas, encoding="utf-8")
    briefs = brief(group(extract(read([tmp_path]))))
    assert len(briefs) == 1
    copy = next(a for a in briefs[0].story.articles if a.id == "004_copy")
    assert copy.outlet == "Tribunnews.com" and copy.near_copy_of == "000_e1deb9fd549663be"
    md = render_markdown(briefs, [])
    assert "Tribunnews.com 10:49 WIB (salinan dari Kompas.com)" in md
    assert "[Kompas.com (disalin Tribunnews.com), Okezone, detikNews, Tempo.co]" in md
    only = md.split("### Hanya satu media")[1].split("###")[0]
    assert "- **Kompas.com (disalin Tribunnews.com)**: " in only and "- **Tribunnews.com" not in only
    assert "Tribunnews.com, " not in only  # never two outlets under "only one"
    page = render_html(briefs, [])
    assert '<span class="copied">(disalin <span class="src"' in page
    doc = to_dict(briefs, [])
    assert all("Tribunnews.com" not in c["outlets"] for c in doc["stories"][0]["summary"])  # a copy is no witness


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://www.tempo.co/a", True), ("http://x.id/b?c=1", True), (" JavaScript:alert(1)", False),
     ("javascript://x.id/%0aalert(1)", False), ("data:text/html,x", False), ("//evil.example/x", False),
     ("/relatif", False), ("http://[::1", False), (None, False)],
)  # fmt: skip
def test_only_http_links(url: str | None, ok: bool) -> None:
    from warta.render.htmlpage import safe_url

    assert (safe_url(url) is not None) == ok


def test_two_articles_of_one_outlet_are_counted_in_a_citation() -> None:
    arts = [_article("a1", "CNN Indonesia", datetime(2023, 9, 14, 10, 0, tzinfo=WIB)),
            _article("a2", "CNN Indonesia", datetime(2023, 9, 14, 15, 0, tzinfo=WIB)),
            _article("b1", "Kompas.com", datetime(2023, 9, 14, 11, 0, tzinfo=WIB))]
    brief = Brief(story=Story("s1", arts), headline="Putin", summary=[Claim(ACCEPT, ["a1", "b1", "a2"])])
    assert f"- {ACCEPT} [CNN Indonesia ×2, Kompas.com]" in render_markdown([brief], []).splitlines()
    assert render_html([brief], []).count('class="src"') >= 3  # one chip per cited article


def test_a_relative_day_is_shown_with_its_date_everywhere(brief: Brief) -> None:
    """`Hari ini` in a brief read a week later names no day: each output gives the date beside it, and the store
    reads it back."""
    from warta.model import RelativeDay
    from warta.store.codec import brief_from_story_dict

    today = "Hari ini, Putin menerima undangan Kim Jong Un untuk mengunjungi Korea Utara <i>x</i>."
    brief.summary = [Claim(today, ["000"], when=RelativeDay("Hari ini", "2023-09-14"))]
    story = to_dict([brief], [])["stories"][0]
    assert story["summary"][0]["when"] == {"words": "Hari ini", "date": "2023-09-14"}
    assert "when" not in story["agreed"][0]  # a text without one has no such field
    assert "(hari ini: 14 Sep 2023) [Kompas.com]" in render_markdown([brief], [])
    page = render_html([brief], [])
    assert '(hari ini: <time datetime="2023-09-14">14 Sep 2023</time>)' in page and "<i>x</i>" not in page
    assert brief_from_story_dict(story, brief.story).summary[0].when == RelativeDay("Hari ini", "2023-09-14")
