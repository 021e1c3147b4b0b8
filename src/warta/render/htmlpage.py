"""Briefs -> one self-contained HTML page for editors (inline CSS, no scripts, no external assets).

Every string that comes from an article is passed through `html.escape`, and links are emitted only
for http(s) URLs, so hostile page text or `javascript:` URLs stay inert. The pieces (`story_html`,
`page`, `source_chip`) are public so that the web service builds its pages from the same parts.
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib.resources import files
from urllib.parse import urlsplit

from warta.model import Article, Brief, Claim, InputError
from warta.render.labels import (
    Labels,
    agreed_title,
    by_time,
    cited_outlets,
    copied_from,
    document_labels,
    format_iso_date,
    in_order,
    iso_published,
    outlet_name,
    publication_line,
    story_labels,
)


@cache
def stylesheet() -> str:
    return files("warta.render").joinpath("style.css").read_text(encoding="utf-8")


def e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) link, else None (no javascript:, data:, relative paths)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def source_chip(article: Article) -> str:
    """The outlet's name, linking to the article when it has a safe URL; the title shows on hover."""
    tip = article.title or article.source
    url = safe_url(article.url)
    if url:
        return (
            f'<a class="src" href="{e(url)}" title="{e(tip)}" rel="noopener noreferrer">'
            f"{e(outlet_name(article))}</a>"
        )
    return f'<span class="src" title="{e(tip)}">{e(outlet_name(article))}</span>'


def _chips(sources: list[str], by_id: dict[str, Article], labels: Labels) -> str:
    """One chip per cited article of each independent outlet behind the sources (linked), followed by the
    outlets that only republished its text (`cited_outlets`)."""
    firsts: dict[str, Article] = {}
    for s in in_order(sources, by_id):
        if (a := by_id.get(s)) is not None:
            firsts.setdefault(outlet_name(a), a)
    chips = []
    for outlet, ids, copies in cited_outlets(sources, by_id):
        if outlet not in firsts:  # an id the story does not hold
            chips.append(f'<span class="src">{e(outlet)}</span>')
            continue
        copied = " ".join(source_chip(firsts[c]) for c in copies)
        copied = f' <span class="copied">({e(labels.copied_by)} {copied})</span>' if copies else ""
        own = [by_id[i] for i in ids if i in by_id] or [firsts[outlet]]
        chips.append(" ".join(map(source_chip, own)) + copied)
    return " ".join(chips)


def _when(claim: Claim, labels: Labels) -> str:
    """The day a relative word of the text (`hari ini`) stands for."""
    if not claim.when:
        return ""
    day = f'<time datetime="{e(claim.when.date)}">{e(format_iso_date(claim.when.date, labels.lang))}</time>'
    return f' <span class="when">({e(claim.when.words.lower())}: {day})</span>'


def _claim_items(claims: list[Claim], by_id: dict[str, Article], labels: Labels) -> str:
    return "".join(f"<li>{e(c.text)}{_when(c, labels)} {_chips(c.sources, by_id, labels)}</li>" for c in claims)


def _section(title: str, body: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<section{cls}><h3>{e(title)}</h3>{body}</section>" if body else ""


def _published(brief: Brief, labels: Labels, by_id: dict[str, Article]) -> str:
    items = []
    for a, stamp in publication_line(brief.story.articles, labels.lang):
        original = copied_from(a, by_id)
        copy = f" ({e(labels.copy_of)} {e(original)})" if original else ""
        when = f'<time datetime="{e(iso_published(a))}">{e(stamp)}</time>' if stamp else ""
        items.append(f'<li class="meta">{source_chip(a)}{when}{copy}</li>')
    return f'<ul class="outlets">{"".join(items)}</ul>'


def _quotes(brief: Brief, by_id: dict[str, Article], labels: Labels) -> str:
    out = []
    for q in brief.quotes:
        who = f"<b>{e(q.speaker)}</b> " if q.speaker else ""
        cite = _chips(q.sources, by_id, labels)
        out.append(f"<blockquote><p>“{e(q.text)}”</p><footer>{who}{cite}</footer></blockquote>")
    return "".join(out)


def _entities(brief: Brief, labels: Labels) -> str:
    items = []
    for ent in brief.entities:
        alias = f'<span class="alias">{e(", ".join(ent.aliases))}</span>' if ent.aliases else ""
        kind = labels.entity_types.get(ent.type, ent.type)
        items.append(f'<li><b>{e(ent.name)}</b><span class="kind">{e(kind)}</span>{alias}</li>')
    return f'<ul class="chips">{"".join(items)}</ul>' if items else ""


def _timeline(brief: Brief, labels: Labels, by_id: dict[str, Article]) -> str:
    items = "".join(
        f'<li><time datetime="{e(t.date)}">{e(format_iso_date(t.date, labels.lang))}</time>'
        f"{e(t.text)} {_chips(t.sources, by_id, labels)}</li>"
        for t in brief.timeline
    )
    return f'<ol class="timeline">{items}</ol>' if items else ""


def _discrepancies(brief: Brief, by_id: dict[str, Article], labels: Labels) -> str:
    return "".join(
        f'<div class="diff"><p class="about">{e(d.about)}</p><ul>{_claim_items(d.claims, by_id, labels)}</ul></div>'
        for d in brief.discrepancies
    )


def _sources(brief: Brief, labels: Labels) -> str:
    """Every article of the story: outlet, title (linked when safe), time, authors and wire credits."""
    items = []
    for a, stamp in publication_line(brief.story.articles, labels.lang):
        title, url = a.title or a.source.rstrip("/").rsplit("/", 1)[-1], safe_url(a.url)
        title_html = f'<a href="{e(url)}" rel="noopener noreferrer">{e(title)}</a>' if url else e(title)
        extra = " · ".join(x for x in (stamp, ", ".join(a.authors), ", ".join(a.wire)) if x)
        items.append(f'<li>{source_chip(a)} {title_html}<span class="meta"> {e(extra)}</span></li>')
    return f'<ul class="sources">{"".join(items)}</ul>'


def _wrap(tag: str, items: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<{tag}{cls}>{items}</{tag}>" if items else ""


def story_html(brief: Brief) -> str:
    """One story as an <article> element."""
    labels = story_labels(brief)
    by_id = {a.id: a for a in by_time(brief.story.articles)}
    only = "".join(
        f"<li>{_chips(c.sources, by_id, labels)}{e(c.text)}{_when(c, labels)}</li>" for c in brief.only_in
    )
    parts = [
        f'<article class="story" id="story-{e(brief.id)}" lang="{labels.lang}">',
        f"<h2>{e(brief.headline)}</h2>",
        _published(brief, labels, by_id),
        _section(labels.summary, _wrap("ol", _claim_items(brief.summary, by_id, labels)), "summary"),
        _section(agreed_title(brief, labels), _wrap("ul", _claim_items(brief.agreed, by_id, labels), "claims")),
        _section(labels.only_in, _wrap("ul", only, "only")),
        _section(labels.quotes, _quotes(brief, by_id, labels)),
        _section(labels.entities, _entities(brief, labels)),
        _section(labels.timeline, _timeline(brief, labels, by_id)),
        _section(labels.discrepancies, _discrepancies(brief, by_id, labels)),
        _section(labels.sources, _sources(brief, labels)),
        "</article>",
    ]
    return "".join(parts)


def errors_html(errors: list[InputError], labels: Labels) -> str:
    if not errors:
        return ""
    items = "".join(f"<li><code>{e(err.source)}</code>: {e(err.error)}</li>" for err in errors)
    return f'<section class="errors"><h2>{e(labels.errors)}</h2><ul>{items}</ul></section>'


def list_html(items: list[tuple[str, str, str]]) -> str:
    """A list of stories as (href, headline, meta line) rows."""
    rows = "".join(
        f'<li><a href="{e(href)}">{e(headline)}</a><span class="meta">{e(meta)}</span></li>'
        for href, headline, meta in items
    )
    return f'<ol class="toc">{rows}</ol>'


def toc_html(briefs: list[Brief], labels: Labels) -> str:
    """In-page contents: each story's headline, size, outlets and first publication."""
    items = []
    for b in briefs:
        timed = [a for a in by_time(b.story.articles) if a.published]
        first = publication_line(timed[:1], labels.lang)[0][1] if timed else ""
        meta = f"{len(b.story.articles)} {labels.articles} · " + ", ".join(b.story.outlets)
        items.append((f"#story-{b.id}", b.headline, meta + (f" · {first}" if first else "")))
    return list_html(items)


def page(title: str, body: str, *, lang: str = "id", count: str = "", home: str = "#") -> str:
    """A complete HTML document around `body` (already escaped HTML)."""
    return (
        f'<!doctype html>\n<html lang="{e(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{e(title)}</title><style>{stylesheet()}</style></head><body>"
        f'<header class="site"><a class="brand" href="{e(home)}">warta</a>'
        f'<span class="count">{e(count)}</span></header>'
        f"{body}</body></html>\n"
    )


def render_html(briefs: list[Brief], errors: list[InputError]) -> str:
    labels = document_labels(briefs)
    n_articles = len({a.id for b in briefs for a in b.story.articles})
    count = f"{len(briefs)} {labels.stories} · {n_articles} {labels.articles}"
    toc = toc_html(briefs, labels) if len(briefs) > 1 else ""
    stories = "".join(story_html(b) for b in briefs) or f'<p class="empty">{e(labels.no_stories)}</p>'
    title = briefs[0].headline if len(briefs) == 1 else f"warta: {count}"
    return page(title, f"<main>{toc}{stories}</main>{errors_html(errors, labels)}", lang=labels.lang, count=count)
