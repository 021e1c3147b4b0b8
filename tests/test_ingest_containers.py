"""ingest: RSS/Atom feeds and WARC archives built in the test around the example articles."""

from __future__ import annotations

import gzip
import io
from html import escape
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest import read_inputs
from warta.model import Document, InputError


def read(*inputs: object) -> tuple[list[Document], list[InputError]]:
    errors: list[InputError] = []
    return list(read_inputs([str(i) for i in inputs], errors.append)), errors


@pytest.fixture(scope="module")
def articles(example_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*.txt"))]


def page(text: str) -> str:
    body = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html><html><head><title>Berita</title></head><body><article>{body}</article></body></html>"


def rss(items: list[str]) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Kabar Contoh</title>
<link>https://contoh.id/</link>{''.join(items)}</channel></rss>"""


def test_rss_items_prefer_full_content_over_summary(tmp_path: Path, articles: list[str]) -> None:
    items = [
        f"""<item><title>Putin {i}</title><link>https://contoh.id/{i}</link><author>redaksi@contoh.id (Budi)</author>
        <pubDate>Thu, 14 Sep 2023 10:49:00 +0700</pubDate><description>Ringkasan {i}.</description>
        <content:encoded><![CDATA[{page(text)}]]></content:encoded></item>"""
        for i, text in enumerate(articles[:2])
    ] + ["<item><title>Hanya ringkasan</title><link>https://contoh.id/s</link>"
         "<description>Ringkasan saja tanpa isi penuh.</description></item>"]
    path = tmp_path / "kabar.rss"
    path.write_text(rss(items), encoding="utf-8")
    docs, errors = read(path)
    assert errors == []
    assert [d.url for d in docs] == ["https://contoh.id/0", "https://contoh.id/1", "https://contoh.id/s"]
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert "Vladimir Putin" in docs[0].html and "Ringkasan" not in docs[0].html
    assert "Ringkasan saja tanpa isi penuh." in (docs[2].html or docs[2].text or "")
    assert docs[0].meta["outlet"] == "Kabar Contoh" and docs[0].meta["title"] == "Putin 0"
    assert docs[0].meta["published"] == "2023-09-14T10:49:00+07:00"
    assert len({d.id for d in docs}) == 3
    again, _ = read(path)
    assert [d.id for d in again] == [d.id for d in docs]  # stable across reads


def test_atom_feed_with_extension_less_name(tmp_path: Path, articles: list[str]) -> None:
    entries = "".join(
        f"""<entry><title>Berita {i}</title><link href="https://contoh.id/atom/{i}"/><id>urn:x:{i}</id>
        <updated>2023-09-14T10:49:00+07:00</updated><author><name>Penulis {i}</name></author>
        <content type="text">{escape(text)}</content></entry>"""
        for i, text in enumerate(articles)
    )
    path = tmp_path / "atomfeed"
    path.write_text(f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Contoh</title>'
                    f"{entries}</feed>", encoding="utf-8")
    docs, errors = read(path)
    assert errors == [] and len(docs) == len(articles)
    assert docs[1].text.strip() == articles[1].strip().replace("\r\n", "\n")
    assert docs[1].meta["authors"] == ["Penulis 1"]


def test_feed_without_items_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text(rss([]), encoding="utf-8")
    docs, errors = read(path)
    assert docs == [] and len(errors) == 1 and "no items" in errors[0].error


def warc_bytes(records: list[tuple[str, str, str]], gz: bool) -> bytes:
    """A WARC with one response per (url, content type, body), plus a request record to skip."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")),
                                                      http_headers=headers))
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    return out.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_only(tmp_path: Path, articles: list[str], gz: bool) -> None:
    records = [(f"https://contoh.id/{i}", "text/html; charset=utf-8", page(t)) for i, t in enumerate(articles)]
    records.insert(1, ("https://contoh.id/logo.css", "text/css", "body { color: red }"))
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    path.write_bytes(warc_bytes(records, gz))
    docs, errors = read(path)
    assert errors == []
    assert [d.url for d in docs] == [f"https://contoh.id/{i}" for i in range(len(articles))]
    assert all(d.html and d.source.startswith(f"{path}#") for d in docs)
    assert "Kim Jong" in docs[0].html


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_the_records_before(tmp_path: Path, articles: list[str], gz: bool) -> None:
    records = [(f"https://contoh.id/{i}", "text/html", page(t)) for i, t in enumerate(articles[:3])]
    data = warc_bytes(records, gz)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 400])  # inside the last request record's predecessor
    docs, errors = read(path)
    assert [d.url for d in docs] == ["https://contoh.id/0", "https://contoh.id/1"]
    assert len(errors) == 1 and "truncated" in errors[0].error and "#" in errors[0].source


def test_gzipped_single_page(tmp_path: Path, articles: list[str]) -> None:
    path = tmp_path / "halaman.html.gz"
    path.write_bytes(gzip.compress(page(articles[0]).encode("cp1252", errors="replace")))
    docs, errors = read(path)
    assert errors == [] and docs[0].id == "halaman" and "Vladimir Putin" in docs[0].html


def test_malformed_warc_record_is_one_error(tmp_path: Path, articles: list[str]) -> None:
    good = warc_bytes([("https://contoh.id/0", "text/html", page(articles[0]))], gz=False)
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>" + b" " * 20
    path = tmp_path / "mixed.warc"
    path.write_bytes(good + broken)
    docs, errors = read(path)
    assert [d.url for d in docs] == ["https://contoh.id/0"]
    assert len(errors) == 1 and errors[0].source == f"{path}#3" and "cannot be read" in errors[0].error
