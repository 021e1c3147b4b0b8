"""extract: Document -> Article, the article's own prose plus metadata.

Plain text is first unwrapped if it was hard-wrapped (unwrap.py), then goes to the line rules of
boilerplate.py. HTML goes through `warta.extract.html.html_to_text` (trafilatura), whose text then gets
only the phrase rules of the same rule set (trafilatura keeps "Baca juga" links, captions, credits and
Indonesian template lines), not the length rules and main-block choice meant for raw page text: on
bench/aeb.py those cost 3k real words. Metadata comes from the text (metadata.py), then from what the
HTML or the container declared (`doc.meta`), then from the URL. `extract_documents` streams in bounded
chunks and adds cross-article template statistics per outlet (templates.py).

An article whose text reads as neither Indonesian nor English is refused with an error naming its language: the
quote, name and date rules downstream would misread it and its brief would wear Indonesian labels over Portuguese
prose. `languages=None` lifts the check (bench/aeb.py measures extraction on pages in a dozen languages).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any

from warta.extract.boilerplate import Line, build_lines, label_lines, line_key, strip_inline_links
from warta.extract.metadata import read_metadata
from warta.extract.outlets import (
    Outlet,
    find_signatures,
    outlet_for_url,
    readable_name,
    registrable_domain,
    registry,
)
from warta.extract.templates import TemplateStats
from warta.extract.unwrap import unglue_date_line, unwrap
from warta.extract.urls import site_names, slug_tokens, url_date
from warta.lang.dates import WIB, parse_published
from warta.lang.language import detect_language
from warta.model import Article, Document, ErrorSink, InputError, WartaError

__all__ = ["extract_document", "extract_documents"]

MAX_TEXT_CHARS = 2_000_000
_BINARY_SAMPLE = 2_000  # characters that decide whether a text is binary data
_QUICK_SAMPLE = 500  # ... of which these usually suffice
_LANGUAGE_SAMPLE = 600  # characters of body text: enough for one document's language, cheap
LANGUAGES = frozenset({"id", "en"})  # what the brief's rules read; py3langid's Malay counts as Indonesian
_EPOCH_MS_MIN, _EPOCH_MS_MAX = 1e11, 1e14  # epoch numbers from 1e11 on are milliseconds (1973 onwards)
CHUNK = 256  # documents buffered for template statistics
EARLIEST_YEAR = 1990  # stamps before it are CMS placeholders (`0001-01-01`, the 1970 epoch), not publication times
FUTURE_SLACK = timedelta(days=2)  # a stamp later than now by more is a typo or a placeholder (`2099-12-31`)
MIN_BODY_WORDS = 5  # fewer words of body (a headline, a truncated page) hold no sentence a brief can cite
_WEB_URL = re.compile(r"https?://[^\s/]+\.[^\s/]+", re.IGNORECASE)
_ALNUM = re.compile(r"[^0-9a-z]")  # what is left of a lower-cased name to compare with a domain
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


@dataclass(slots=True)
class _Prepared:
    doc: Document
    text: str
    lines: list[Line]
    outlet_key: str | None
    html_meta: dict[str, Any] = field(default_factory=dict)


def _page_text(doc: Document) -> tuple[str, dict[str, Any]]:
    if doc.text is not None:
        return doc.text, {}
    if doc.html is None:
        raise WartaError(doc.source, "the document has neither text nor HTML.")
    try:
        from warta.extract.html import html_to_text
    except ImportError as exc:  # pragma: no cover - html.py ships with the package
        raise WartaError(doc.source, "HTML extraction is not available.") from exc
    try:
        got = html_to_text(doc.html, doc.url)
    except ValueError as exc:
        raise WartaError(doc.source, str(exc).rstrip(".") + ".") from exc
    return got.text, dict(got.meta or {})


def _check_text(doc: Document, text: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
    sample = text[:_BINARY_SAMPLE]
    if not sample.strip():
        raise WartaError(doc.source, "the document is empty.")
    # the start decides for almost every text; only a doubtful one is looked at further (counting letters
    # char by char is a tenth of the extraction time at 2,000 characters)
    if _looks_binary(sample[:_QUICK_SAMPLE]) and _looks_binary(sample):
        raise WartaError(doc.source, "the document looks like binary data, not article text.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(sample: str) -> bool:
    bad = len(_CONTROL.findall(sample))
    letters = sum(map(str.isalpha, sample))
    return bad > 0.02 * len(sample) or letters < 0.3 * len(sample.replace(" ", "").replace("\n", ""))


def _url_outlet(url: str | None) -> tuple[Outlet | None, str | None]:
    if not url:
        return None, None
    return outlet_for_url(url), registrable_domain(url)


def _url_of(doc: Document, html_meta: dict[str, Any]) -> str | None:
    """The document's web address; anything but an http(s) URL (`javascript:`) is not one."""
    url = doc.url or _meta_str(html_meta, "url") or _meta_str(doc.meta, "url")
    return url if url and _WEB_URL.match(url) else None


def _outlet_key(doc: Document, text: str, url: str | None) -> str | None:
    """Whose template statistics a document feeds: its domain, else the outlet it names or is said to be."""
    _outlet, domain = _url_outlet(url)
    if domain:
        return domain
    named = next((o.name for _pos, o in find_signatures(text[:3000]) if not o.wire), None)
    return named or _meta_str(doc.meta, "outlet")


def _prepare(doc: Document) -> _Prepared:
    text, html_meta = _page_text(doc)
    text = _check_text(doc, text)
    if doc.text is not None:
        text = unwrap(unglue_date_line(text))
    key = _outlet_key(doc, text, _url_of(doc, html_meta))
    return _Prepared(doc, text, build_lines(text), key, html_meta)


def _meta_str(meta: dict[str, Any], key: str) -> str | None:
    v = meta.get(key)
    return v.strip() if isinstance(v, str) and v.strip() else None


def _meta_date(value: Any) -> tuple[datetime | None, bool]:
    """A container's `published`: a datetime (naive is WIB), epoch seconds or milliseconds, or a stamp
    whose offset, if any, is kept (`parse_published`)."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=WIB)), True
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < _EPOCH_MS_MAX:
        return datetime.fromtimestamp(value / 1000 if value >= _EPOCH_MS_MIN else value, UTC), True
    if isinstance(value, str) and value.strip():
        got = parse_published(value)
        if got:
            return got
    return None, False


def _names_domain(site: str, domain: str) -> bool:
    """Is a page's declared site name its domain's? It shares a part of four letters, or its first three, or its
    initials make the domain (`detikNews` detik.com, `The Jakarta Post` thejakartapost.com, `CBS Detroit`
    cbslocal.com, `Wall Street Journal` wsj.com); not `U.S.` on reuters.com nor `Hosted` on ap.org (a section, a
    host's own label), whose pages then go by their domain."""
    name, label = _ALNUM.sub("", site.lower()), _ALNUM.sub("", domain.split(".", 1)[0].lower())
    if not name or not label:
        return False
    initials = "".join(w[0] for w in site.lower().split() if w[0].isalnum())
    return (label in name or name in label or name[:3] == label[:3] or initials == label
            or any(name[k : k + 4] in label for k in range(len(name) - 3)))


def _plausible(stamp: tuple[datetime | None, bool]) -> bool:
    """A publication time to keep: given, from EARLIEST_YEAR on, and not days ahead of now. A page declaring
    `0001-01-01T00:00:00Z` (seen on a live news site) would otherwise date its story two thousand years early
    and overflow the arithmetic of its timeline; the next source in line (text, container, URL) is read instead."""
    when = stamp[0]
    if when is None:
        return False
    aware = when if when.tzinfo else when.replace(tzinfo=WIB)
    return when.year >= EARLIEST_YEAR and aware <= datetime.now(UTC) + FUTURE_SLACK


def _authors_of(value: Any) -> list[str]:
    if isinstance(value, str):
        return [a.strip() for a in re.split(r"\s*(?:,|;|\bdan\b|&)\s*", value) if a.strip()]
    if isinstance(value, list | tuple):
        return [str(a).strip() for a in value if str(a).strip()]
    return []


def _finish(p: _Prepared, template: set[str] | None, languages: Collection[str] | None) -> Article:
    doc = p.doc
    url = _url_of(doc, p.html_meta)
    site = site_names(url)
    label_lines(p.lines, template, site, slug_tokens(url), from_html=doc.text is None)
    paragraphs = [text for ln in p.lines if ln.body and (text := strip_inline_links(ln.text))]
    if not paragraphs:
        raise WartaError(doc.source, "no article text was found (only boilerplate or no running prose).")
    words = sum(len(para.split()) for para in paragraphs)
    if words < MIN_BODY_WORDS:
        count = "1 word" if words == 1 else f"{words} words"
        raise WartaError(doc.source, f"too little article text ({count}): a truncated page or a headline.")
    outlet, domain = _url_outlet(url)
    tm = read_metadata(p.lines, url, wire_outlet=bool(outlet and outlet.wire), site=site)
    hm, dm = p.html_meta, doc.meta

    # with a URL the outlet is the URL's (registry, else the page's site name, else the domain)
    if outlet is not None:
        outlet_name: str | None = outlet.name
    elif domain:
        declared = _meta_str(hm, "outlet")
        outlet_name = declared if declared and _names_domain(declared, domain) else readable_name(domain)
    else:
        outlet_name = _meta_str(hm, "outlet") or _meta_str(dm, "outlet")
        if tm.outlet is not None:
            outlet_name, domain = tm.outlet
        elif outlet_name:
            reg = next((o for o in registry().outlets if o.name == outlet_name), None)
            domain = reg.domain if reg else None

    # a page's own declarations (JSON-LD, meta tags) are more precise than text rules; both beat hints
    stamps = [
        (hm.get("published"), bool(hm.get("published_has_time"))),
        (tm.published, tm.published_has_time),
        _meta_date(dm.get("published")),
        (url_date(url), False),
    ]
    published, has_time = next(filter(_plausible, stamps), (None, False))

    title = _meta_str(hm, "title") or tm.title or _meta_str(dm, "title")
    authors = _authors_of(hm.get("authors")) or tm.authors or _authors_of(dm.get("authors"))
    language = detect_language("\n".join(paragraphs)[:_LANGUAGE_SAMPLE])
    if languages is not None and language is not None and language not in languages:
        raise WartaError(
            doc.source, f"the text reads as language '{language}', not Indonesian or English: warta does not brief it."
        )
    return Article(
        id=doc.id,
        source=doc.source,
        paragraphs=paragraphs,
        outlet=outlet_name,
        url=url,
        title=title,
        authors=authors,
        published=published,
        published_has_time=has_time,
        dateline=tm.dateline,
        wire=tm.wire or [],
        language=language or _meta_str(hm, "language"),
        domain=domain,
    )


def extract_document(doc: Document, languages: Collection[str] | None = LANGUAGES) -> Article:
    """One clean Article; raises WartaError(doc.source, ...) when the document holds no article (or one in none
    of `languages`, if given)."""
    try:
        return _finish(_prepare(doc), None, languages)
    except WartaError:
        raise
    except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
        raise WartaError(doc.source, f"the document could not be read as an article ({type(exc).__name__}).") from exc


def _fingerprint(p: _Prepared) -> int:
    return zlib.crc32(p.text.encode("utf-8", "replace"))


def extract_documents(
    docs: Iterable[Document], on_error: ErrorSink, languages: Collection[str] | None = LANGUAGES
) -> Iterator[Article]:
    """Articles of a stream of documents, in order; problems go to `on_error`, never stop the stream.

    Documents are buffered CHUNK at a time so that lines recurring across articles of one outlet
    (templates) are recognised without holding the whole input in memory.
    """
    stats = TemplateStats()
    it = iter(docs)
    while chunk := list(islice(it, CHUNK)):
        prepared: list[_Prepared] = []
        for doc in chunk:
            try:
                p = _prepare(doc)
            except WartaError as exc:
                on_error(exc.report)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad input must not stop a batch
                on_error(InputError(doc.source, f"the document could not be read ({type(exc).__name__})."))
                continue
            prepared.append(p)
            stats.add(p.outlet_key, (line_key(ln.core) for ln in p.lines), _fingerprint(p))
        templates: dict[str | None, set[str]] = {}
        for p in prepared:
            if p.outlet_key not in templates:
                templates[p.outlet_key] = stats.template(p.outlet_key)
            try:
                yield _finish(p, templates[p.outlet_key], languages)
            except WartaError as exc:
                on_error(exc.report)
            except Exception as exc:  # noqa: BLE001 - one bad input must not stop a batch
                on_error(InputError(p.doc.source, f"the document could not be extracted ({type(exc).__name__})."))
