"""ingest: files, directories, stdin, JSONL/JSON, encodings and every bad input, on the example articles."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from warta.ingest import limits, read_inputs
from warta.model import Document, InputError


def read(*inputs: object) -> tuple[list[Document], list[InputError]]:
    errors: list[InputError] = []
    docs = list(read_inputs([str(i) for i in inputs], errors.append))
    return docs, errors


@pytest.fixture(scope="module")
def articles(example_dir: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*.txt"))}


def test_example_directory_gives_four_text_documents_and_skips_gold(example_dir: Path, articles) -> None:
    docs, errors = read(example_dir)
    assert errors == []  # gold.json is side data beside the articles, not an error
    assert [d.id for d in docs] == sorted(articles)
    for doc in docs:
        assert doc.html is None and doc.text == articles[doc.id].replace("\r\n", "\n")
        assert doc.source.endswith(f"{doc.id}.txt")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_legacy_and_bom_encodings_read_identically(tmp_path: Path, articles, encoding: str) -> None:
    for stem, text in articles.items():
        (tmp_path / f"{stem}.txt").write_bytes(text.encode(encoding))
    docs, errors = read(tmp_path)
    assert errors == []
    assert {d.id: d.text for d in docs} == articles


def test_crlf_and_nul_are_normalised(tmp_path: Path, articles) -> None:
    text = next(iter(articles.values()))
    (tmp_path / "a.txt").write_bytes(text.replace("\n", "\r\n").encode() + b"\x00")
    docs, _ = read(tmp_path / "a.txt")
    assert docs[0].text == text


def test_html_file_and_extension_less_sniffing(tmp_path: Path, articles) -> None:
    body = "".join(f"<p>{line}</p>" for line in next(iter(articles.values())).splitlines() if line)
    page = f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"
    (tmp_path / "page.htm").write_text(page, encoding="utf-8")
    (tmp_path / "noext").write_text(page, encoding="utf-8")
    (tmp_path / "plain").write_text("Kalimat biasa tanpa markup.\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))  # skipped by extension
    docs, errors = read(tmp_path)
    assert errors == []
    kinds = {d.id: ("html" if d.html else "text") for d in docs}
    assert kinds == {"noext": "html", "page": "html", "plain": "text"}


def test_mixed_directory_with_every_kind(tmp_path: Path, articles) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    texts = list(articles.items())
    (tmp_path / "sub" / f"{texts[0][0]}.txt").write_text(texts[0][1], encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("tersembunyi", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("tersembunyi", encoding="utf-8")
    rows = [{"id": stem, "text": text, "outlet": "Contoh"} for stem, text in texts[1:3]]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": texts[3][0], "html": f"<p>{texts[3][1]}</p>"}) + "\n")
    docs, errors = read(tmp_path)
    assert errors == []
    assert sorted(d.id for d in docs) == sorted(articles)
    assert all(".hidden" not in d.source and "secret" not in d.source for d in docs)
    assert {d.source.rsplit("/", 1)[-1] for d in docs} >= {"batch.jsonl:1", "batch.jsonl:2", "more.jsonl.gz:1"}


def test_jsonl_records_carry_metadata(tmp_path: Path, articles) -> None:
    stem, text = next(iter(articles.items()))
    row = {"id": 7, "text": text, "url": "https://contoh.id/a", "outlet": "Contoh", "title": "Judul",
           "published": "2023-09-14T10:49:00+07:00", "authors": "Aditya", "extra": "ignored"}
    path = tmp_path / "a.jsonl"
    path.write_text("\ufeff" + json.dumps(row, ensure_ascii=False) + "\r\n", encoding="utf-8")
    docs, errors = read(path)
    assert errors == []
    (doc,) = docs
    assert (doc.id, doc.url, doc.text, doc.source) == ("7", "https://contoh.id/a", text, f"{path}:1")
    assert doc.meta == {"outlet": "Contoh", "title": "Judul", "published": "2023-09-14T10:49:00+07:00",
                        "authors": ["Aditya"]}


def test_json_array_file(tmp_path: Path, articles) -> None:
    path = tmp_path / "arts.json"
    path.write_text(json.dumps([{"id": k, "text": v} for k, v in articles.items()], indent=2), encoding="utf-8")
    docs, errors = read(path)
    assert errors == [] and [d.id for d in docs] == list(articles)


def test_bad_jsonl_lines_are_named_and_the_rest_kept(tmp_path: Path, articles) -> None:
    stem, text = next(iter(articles.items()))
    lines = [json.dumps({"id": "a", "text": text}), "{not json", json.dumps({"id": "b", "title": "x"}),
             "", json.dumps(["list"]), json.dumps({"id": "c", "html": f"<p>{text}</p>"})]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = read(path)
    assert [d.id for d in docs] == ["a", "c"]
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "line 2" in errors[0].error and "not valid JSON" in errors[0].error
    assert "neither `text` nor `html`" in errors[1].error


def test_overlong_jsonl_line_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, articles) -> None:
    text = next(iter(articles.values()))
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 1000)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": text * 3}) + "\n" + json.dumps({"id": "ok", "text": "x"}))
    docs, errors = read(path)
    assert [d.id for d in docs] == ["ok"]
    assert len(errors) == 1 and "line 1 is longer" in errors[0].error


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, articles) -> None:
    rows = "\n".join(json.dumps({"id": k, "text": v}) for k, v in articles.items())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(rows.encode())))
    docs, errors = read("-")
    assert errors == [] and [d.id for d in docs] == list(articles)
    text = next(iter(articles.values()))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1252"))))
    docs, errors = read("-")
    assert errors == [] and docs[0].text == text and docs[0].id == "stdin" and docs[0].source == "<stdin>"


def test_ids_are_unique_within_one_read(example_dir: Path) -> None:
    docs, errors = read(example_dir, example_dir / "000_e1deb9fd549663be.txt")
    ids = [d.id for d in docs]
    assert errors == [] and len(ids) == len(set(ids)) == 5
    assert ids[-1] == "000_e1deb9fd549663be-2"


def test_bad_inputs_are_reported_and_the_batch_continues(tmp_path: Path, example_dir: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "fake.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.py").write_text("print(1)")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url>x</url></urlset>')
    (tmp_path / "blank.html").write_text("<html><body><script>var a = 1;</script></body></html>")
    (tmp_path / "broken.gz").write_bytes(gzip.compress(b"Kalimat yang cukup panjang. " * 50)[:-30])
    (tmp_path / "corrupt.gz").write_bytes(b"\x1f\x8b" + b"bukan gzip sama sekali " * 10)
    inputs = ["empty.txt", "blob.bin", "fake.txt", "nothing", "missing.txt", "sitemap.xml", "blank.html",
              "broken.gz", "corrupt.gz"]
    docs, errors = read(*(tmp_path / i for i in inputs), example_dir / "001_402311446c9ba439.txt")
    assert [d.id for d in docs] == ["001_402311446c9ba439"]
    by_name = {Path(e.source).name: e.error for e in errors}
    assert set(by_name) == set(inputs)
    assert "empty" in by_name["empty.txt"] and "binary" in by_name["blob.bin"] and "binary" in by_name["fake.txt"]
    assert "no article files" in by_name["nothing"] and "no such file" in by_name["missing.txt"]
    assert "not an RSS or Atom feed" in by_name["sitemap.xml"] and "no visible text" in by_name["blank.html"]
    assert "not a readable gzip" in by_name["corrupt.gz"]
    for err in errors:  # one sentence each
        assert err.error.endswith(".") and "\n" not in err.error and "Traceback" not in err.error


def test_oversized_file_is_refused_from_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 articles) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 500)
    text = next(iter(articles.values()))
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    (tmp_path / "big.html.gz").write_bytes(gzip.compress(f"<html><body><p>{text}</p></body></html>".encode()))
    (tmp_path / "small.txt").write_text("Kalimat pendek.", encoding="utf-8")
    docs, errors = read(tmp_path)
    assert [d.id for d in docs] == ["small"]
    assert sorted(Path(e.source).name for e in errors) == ["big.html.gz", "big.txt"]
    assert all("larger than" in e.error for e in errors)


def test_other_url_schemes_are_refused() -> None:
    docs, errors = read("file:///etc/passwd", "ftp://example.com/x")
    assert docs == [] and len(errors) == 2 and all("only http and https" in e.error for e in errors)


def test_directory_with_only_side_data_is_reported(tmp_path: Path) -> None:
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"id": "a", "url": "https://contoh.id/a"}) + "\n")
    (tmp_path / "gold.json").write_text(json.dumps({"stories": []}))
    docs, errors = read(tmp_path)
    assert docs == [] and len(errors) == 1 and "no article files" in errors[0].error
