"""The bundled example: every gold body line kept, no boilerplate line kept, metadata as annotated."""

from __future__ import annotations

import textwrap
from datetime import datetime

import pytest

from warta.extract import extract_document
from warta.extract.boilerplate import normalise
from warta.model import Document

ARTICLES = ["000_e1deb9fd549663be.txt", "001_402311446c9ba439.txt", "002_29c8b5c4ec59e6d1.txt",
            "003_6ef573377c92f455.txt"]


@pytest.fixture(scope="module")
def articles(example_dir):  # type: ignore[no-untyped-def]
    out = {}
    for name in ARTICLES:
        path = example_dir / name
        out[name] = (path.read_text(encoding="utf-8"),
                     extract_document(Document(id=path.stem, source=str(path), text=path.read_text(encoding="utf-8"))))
    return out


@pytest.mark.parametrize("name", ARTICLES)
def test_body_lines_kept_and_boilerplate_dropped(name, articles, gold):  # type: ignore[no-untyped-def]
    text, art = articles[name]
    g = gold["articles"][name]
    kept = {normalise(p) for p in art.paragraphs}
    lines = text.split("\n")
    for n in g["body"]:
        assert normalise(lines[n - 1]) in kept, f"body line {n} dropped"
    allowed = {normalise(lines[n - 1]) for n in g["body"] + g["neutral"]}
    leaked = kept - allowed
    assert not leaked, f"boilerplate kept: {sorted(leaked)[:3]}"


@pytest.mark.parametrize("name", ARTICLES)
def test_metadata_matches_gold(name, articles, gold):  # type: ignore[no-untyped-def]
    _, art = articles[name]
    g = gold["articles"][name]
    assert art.outlet == g["outlet"]
    assert art.title == g["title"]
    assert art.authors == g["authors"]
    assert art.dateline == g["dateline"]
    assert art.wire == g["wire"] or art.wire in g.get("wire_also_accepted", [])
    if g["published"]:
        assert art.published == datetime.fromisoformat(g["published"])
        assert art.published_has_time
    else:
        accepted = g.get("published_date_also_accepted")
        assert art.published is None or art.published.date().isoformat() == accepted
    assert art.language == "id"


@pytest.mark.parametrize("name", ARTICLES)
def test_hard_wrapped_text_keeps_its_body_and_metadata(name, example_dir, gold):  # type: ignore[no-untyped-def]
    """The example as a text file wrapped at 72 columns: wrapped paragraphs are joined back before the
    line rules, so no body line (the lede included) is lost and the metadata is as annotated."""
    lines = (example_dir / name).read_text(encoding="utf-8").split("\n")
    wrapped = "\n".join(textwrap.fill(line, 72) for line in lines)
    assert max(map(len, wrapped.split("\n"))) <= 72
    art = extract_document(Document(id="w", source="w.txt", text=wrapped))
    g = gold["articles"][name]
    kept = {normalise(p) for p in art.paragraphs}
    body = {normalise(lines[n - 1]) for n in g["body"]}
    assert kept == body | (kept & {normalise(lines[n - 1]) for n in g["neutral"]})
    assert (art.title, art.dateline, art.authors) == (g["title"], g["dateline"], g["authors"])
    if g["published"]:
        assert art.published == datetime.fromisoformat(g["published"])
