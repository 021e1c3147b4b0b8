"""Briefs -> Markdown for reading in a terminal or pasting into an editor's notes.

Article text is hostile: every source string is folded onto one line and Markdown/HTML punctuation is
backslash-escaped, so a sentence can neither open a heading or list nor smuggle in raw HTML or links.
"""

from __future__ import annotations

import re

from warta.model import Article, Brief, Claim, InputError
from warta.render.labels import (
    Labels,
    agreed_title,
    by_time,
    cited_outlets,
    copied_from,
    document_labels,
    format_iso_date,
    outlet_name,
    publication_line,
    story_labels,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_SPACE = re.compile(r"\s+")


def md(text: str | None) -> str:
    """One line of inert Markdown text."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text or "").strip())


def _outlets(sources: list[str], by_id: dict[str, Article], labels: Labels) -> str:
    """`Kompas.com ×2 (disalin Tribunnews.com), Okezone`: the witnesses (with how many of an outlet's articles say
    it, when more than one), and who republished their text."""
    return ", ".join(
        md(o) + (f" ×{len(ids)}" if len(ids) > 1 else "")
        + (f" ({labels.copied_by} {', '.join(map(md, copies))})" if copies else "")
        for o, ids, copies in cited_outlets(sources, by_id)
    )


def _cite(sources: list[str], by_id: dict[str, Article], labels: Labels) -> str:
    return f"[{_outlets(sources, by_id, labels)}]"


def _when(claim: Claim, labels: Labels) -> str:
    """` (hari ini: 14 Sep 2017)`: the day a relative word of the text stands for."""
    return f" ({md(claim.when.words.lower())}: {format_iso_date(claim.when.date, labels.lang)})" if claim.when else ""


def _claims(claims: list[Claim], by_id: dict[str, Article], labels: Labels) -> list[str]:
    return [f"- {md(c.text)}{_when(c, labels)} {_cite(c.sources, by_id, labels)}" for c in claims]


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", f"### {title}", "", *lines] if lines else []


def _story(brief: Brief) -> list[str]:
    labels: Labels = story_labels(brief)
    by_id = {a.id: a for a in by_time(brief.story.articles)}  # publication order, for every citation

    def published(a: Article, stamp: str) -> str:
        original = copied_from(a, by_id)
        return f"{md(outlet_name(a))} {stamp}".rstrip() + (f" ({labels.copy_of} {md(original)})" if original else "")

    when = " · ".join(published(a, stamp) for a, stamp in publication_line(brief.story.articles, labels.lang))
    lines = [f"## {md(brief.headline)}", "", when, ""]
    lines += _claims(brief.summary, by_id, labels)
    lines += _section(agreed_title(brief, labels), _claims(brief.agreed, by_id, labels))
    only = [f"- **{_outlets(c.sources, by_id, labels)}**: {md(c.text)}{_when(c, labels)}" for c in brief.only_in]
    lines += _section(labels.only_in, only)
    lines += _section(
        labels.quotes,
        [
            f"- {md(q.speaker) + ': ' if q.speaker else ''}“{md(q.text)}” {_cite(q.sources, by_id, labels)}"
            for q in brief.quotes
        ],
    )
    lines += _section(
        labels.entities,
        [
            f"- **{md(e.name)}** ({labels.entity_types.get(e.type, e.type)})"
            + (f": {', '.join(md(a) for a in e.aliases)}" if e.aliases else "")
            for e in brief.entities
        ],
    )
    lines += _section(
        labels.timeline,
        [
            f"- {format_iso_date(t.date, labels.lang)}: {md(t.text)} {_cite(t.sources, by_id, labels)}"
            for t in brief.timeline
        ],
    )
    discrepancies: list[str] = []
    for d in brief.discrepancies:
        discrepancies.append(f"- {md(d.about)}")
        discrepancies += ["  " + line for line in _claims(d.claims, by_id, labels)]
    lines += _section(labels.discrepancies, discrepancies)
    return lines


def render_markdown(briefs: list[Brief], errors: list[InputError]) -> str:
    lines: list[str] = []
    for b in briefs:
        if lines:
            lines.append("")
        lines += _story(b)
    if errors:
        if lines:
            lines.append("")
        lines += [f"## {document_labels(briefs).errors}", ""]
        lines += [f"- {md(e.source)}: {md(e.error)}" for e in errors]
    return "\n".join(lines) + "\n"
