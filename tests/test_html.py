"""extract.html: main text and declared metadata of pages built around the example articles."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from html import escape
from pathlib import Path

import pytest

from warta.extract import extract_document
from warta.extract import html as html_mod
from warta.extract.html import html_to_text
from warta.model import Document, WartaError

NAV = "<nav><ul>" + "".join(f"<li><a href='/k{i}'>Kategori {i}</a></li>" for i in range(12)) + "</ul></nav>"
FOOTER = "<footer><p>Copyright 2023 Contoh Media. Seluruh hak cipta dilindungi.</p></footer>"


@pytest.fixture(scope="module")
def body_lines(example_dir: Path) -> list[str]:
    """The prose lines of one example article (long lines only: the example's own boilerplate is short)."""
    text = (example_dir / "000_e1deb9fd549663be.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if len(line.strip()) > 80 and "Baca" not in line]


def page(lines: list[str], head: str = "", body_extra: str = "") -> str:
    paras = "".join(f"<p>{escape(line)}</p>" for line in lines)
    return (f"<!DOCTYPE html><html lang='id-ID'><head><meta charset='utf-8'><title>Judul | Contoh</title>{head}"
            f"</head><body>{NAV}<main><article><h1>Putin terima undangan Kim</h1>{paras}</article>"
            f"{body_extra}</main>{FOOTER}</body></html>")


def test_main_text_one_paragraph_per_line_without_navigation(body_lines: list[str]) -> None:
    result = html_to_text(page(body_lines))
    lines = result.text.splitlines()
    for line in body_lines:
        assert " ".join(line.split()) in lines
    assert not any("Kategori" in line or "Copyright" in line for line in lines)


def test_json_ld_news_article_metadata(body_lines: list[str]) -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Situs"},
        {"@type": "NewsArticle", "headline": "Putin Terima Undangan Kim Jong Un",
         "datePublished": "2023-09-14T10:49:00+07:00", "author": [{"@type": "Person", "name": "Aditya Jaya Iswara"}],
         "publisher": {"@type": "Organization", "name": "Kompas.com"},
         "url": "https://www.kompas.com/global/read/2023/09/14/putin"}]}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    meta = html_to_text(page(body_lines, head), url="https://kompas.com/x?utm=1").meta
    assert meta["title"] == "Putin Terima Undangan Kim Jong Un"
    assert meta["authors"] == ["Aditya Jaya Iswara"]
    assert meta["outlet"] == "Kompas.com"
    assert meta["url"] == "https://www.kompas.com/global/read/2023/09/14/putin"
    assert meta["published"] == datetime(2023, 9, 14, 10, 49, tzinfo=timezone(timedelta(hours=7)))
    assert meta["published_has_time"] is True
    assert meta["language"] == "id"


def test_open_graph_and_time_element(body_lines: list[str]) -> None:
    head = ("<meta property='og:title' content='Judul OG'><meta property='og:site_name' content='Tempo.co'>"
            "<meta name='author' content='Oleh: Budi dan Sari'><link rel='canonical' href='https://tempo.co/a'>")
    extra = "<time datetime='2023-09-14T03:49:00Z'>14 September 2023</time>"
    meta = html_to_text(page(body_lines, head, extra)).meta
    assert (meta["title"], meta["outlet"], meta["url"]) == ("Judul OG", "Tempo.co", "https://tempo.co/a")
    assert meta["authors"] == ["Budi", "Sari"]
    assert meta["published"] == datetime(2023, 9, 14, 3, 49, tzinfo=UTC) and meta["published_has_time"]


@pytest.mark.parametrize(
    ("site", "url", "outlet"),
    [
        ("CBS Detroit", "https://detroit.cbslocal.com/2019/11/20/a", "CBS Detroit"),  # the domain's first letters
        ("Wall Street Journal", "https://www.wsj.com/articles/a", "Wall Street Journal"),  # its initials
        ("U.S.", "https://www.reuters.com/article/us-global-markets", "Reuters.com"),  # a section, not the site
        ("Hosted", "https://hosted.ap.org/citizensvoice/article/a", "Ap.org"),  # a host's label
    ],
)
def test_a_declared_site_name_is_kept_only_when_it_names_the_domain(
    body_lines: list[str], site: str, url: str, outlet: str
) -> None:
    head = f"<meta property='og:site_name' content='{site}'><link rel='canonical' href='{url}'>"
    doc = Document(id="a", source="a.html", html=page(body_lines, head))
    assert extract_document(doc).outlet == outlet


def test_date_without_time_or_zone(body_lines: list[str]) -> None:
    head = "<meta property='article:published_time' content='2023-09-14'>"
    meta = html_to_text(page(body_lines, head)).meta
    assert meta["published"].date().isoformat() == "2023-09-14" and meta["published"].tzinfo is not None
    assert meta["published_has_time"] is False


def test_malformed_html_still_yields_text(body_lines: list[str]) -> None:
    broken = "<html><body><div><p>" + "<p>".join(escape(line) for line in body_lines) + "<div><span>"
    assert body_lines[0].split()[0] in html_to_text(broken).text


def test_short_fragment_as_in_a_feed_item() -> None:
    result = html_to_text("<p>Presiden tiba di Jakarta.</p><p>Ia disambut menteri.</p>")
    assert result.text == "Presiden tiba di Jakarta.\nIa disambut menteri."


@pytest.mark.parametrize("bad", ["just some words, no markup at all", "",
                                 "<html><body><script>var x = 1;</script></body></html>"])
def test_not_html_or_no_text_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        html_to_text(bad)


def test_oversized_page_is_refused(monkeypatch: pytest.MonkeyPatch, body_lines: list[str]) -> None:
    monkeypatch.setattr(html_mod, "MAX_HTML_CHARS", 1000)
    with pytest.raises(ValueError, match="larger than"):
        html_to_text(page(body_lines))


def test_headline_and_link_label_lines_are_not_body(body_lines: list[str]) -> None:
    extra = "<p>Baca juga: Kim Jong Un tiba di Rusia</p><p>Related: Another story elsewhere</p>"
    lines = html_to_text(page(body_lines[:2] + [extra] + body_lines[2:])).text.splitlines()
    assert lines[0] == " ".join(body_lines[0].split())  # the <h1> headline is meta, not a paragraph
    assert not any(line.startswith(("Baca juga", "Related")) for line in lines)


def test_body_split_over_sibling_containers_is_joined(body_lines: list[str]) -> None:
    """trafilatura alone keeps only the first `article-body` chunk of such a page (checked: 10 of 21 lines)."""
    half = len(body_lines) // 2
    chunks = ["<div class='grid'><div class='article-body'>" + "".join(f"<p>{escape(line)}</p>" for line in part)
              + "</div></div>" for part in (body_lines[:half], body_lines[half:])]
    ad = "<div class='ad'><p>Promo</p></div>"
    text = html_to_text(f"<html><body>{NAV}<article>{chunks[0]}{ad}{chunks[1]}</article>{FOOTER}</body></html>").text
    for line in body_lines:
        assert " ".join(line.split()) in text
    assert "Promo" not in text


def test_full_stage_on_html_keeps_headings_and_short_paragraphs(example_dir: Path, gold: dict) -> None:
    """HTML main text gets only the phrase rules: a sub-heading and a one-line paragraph (dropped by the
    plain-text length and main-block rules) stay, while `Baca juga`, captions, promos and a related-article
    list go."""
    from warta.extract import extract_document
    from warta.model import Document

    name = "000_e1deb9fd549663be.txt"
    raw = (example_dir / name).read_text(encoding="utf-8").split("\n")
    body = [" ".join(raw[n - 1].split()) for n in gold["articles"][name]["body"]]
    heading, short = "Kerja Sama Militer", "Putin tersenyum."
    junk = ["Baca juga: Isi Pertemuan Kim Jong Un dan Putin di Rusia",
            "Kim Jong Un tiba di stasiun Vostochny. (Foto: AFP/Handout)",
            "Dapatkan update berita pilihan setiap hari dari Kompas.com di Grup Telegram, klik link t.me/abc."]
    related = ["Berita Terkait", "Jokowi Tinjau Lokasi Banjir di Bekasi", "Harga Cabai Naik Jelang Tahun Baru"]
    junk += related
    lines = [*body[:3], heading, short, *junk[:3], *body[3:], *related]
    paras = "".join(f"<h2>{escape(x)}</h2>" if x == heading else f"<p>{escape(x)}</p>" for x in lines)
    html = (f"<!DOCTYPE html><html lang='id'><head><title>Putin terima undangan Kim</title></head><body>{NAV}"
            f"<main><article><h1>Putin terima undangan Kim</h1>{paras}</article></main>{FOOTER}</body></html>")
    art = extract_document(Document(id="h", source="h.html", html=html))
    assert art.paragraphs == [x for x in lines if x not in junk]
    assert art.dateline == gold["articles"][name]["dateline"]


def test_dateline_found_below_a_caption_kept_from_html(example_dir: Path, gold: dict) -> None:
    from warta.extract import extract_document
    from warta.model import Document

    name = "000_e1deb9fd549663be.txt"
    raw = (example_dir / name).read_text(encoding="utf-8").split("\n")
    body = [" ".join(raw[n - 1].split()) for n in gold["articles"][name]["body"]]
    caption = "Presiden Rusia Vladimir Putin menyambut Pemimpin Korea Utara Kim Jong Un di Vostochny, Rabu (13/9/2023)."
    html = ("<html><head><title>Putin terima undangan Kim</title></head><body><article>"
            + "".join(f"<p>{escape(x)}</p>" for x in [caption, *body]) + "</article></body></html>")
    art = extract_document(Document(id="c", source="c.html", html=html))
    assert art.paragraphs[1:] == body
    assert art.dateline == gold["articles"][name]["dateline"]


@pytest.mark.parametrize("body", ["<p>Gempa Majene</p>", "<p>Gempa</p><p>Majene, Sulbar</p>"])
def test_truncated_page_is_an_input_error_not_an_empty_story(body: str) -> None:
    doc = Document(id="p", source="cut.html", html=f"<html><body>{body}</body></html>")
    with pytest.raises(WartaError, match="too little article text") as err:
        extract_document(doc)
    assert err.value.report.source == "cut.html"


def test_short_feed_summary_is_still_an_article() -> None:
    html = "<html><body><p>Presiden tiba di Jakarta.</p><p>Ia disambut menteri.</p></body></html>"
    art = extract_document(Document(id="f", source="feed.xml#1", html=html))
    assert art.paragraphs == ["Presiden tiba di Jakarta.", "Ia disambut menteri."]
