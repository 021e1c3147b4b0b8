"""Briefs -> Markdown for reading in a terminal or pasting into an editor's notes.

Article text is hostile: every source string is folded onto one line and Markdown/HTML punctuation is
backslash-escaped, so a sentence can neither open a heading or list nor smuggle in raw HTML or links.
"""

from __future__ import annotations

import re

from warta.model import Brief, Claim, InputError
from warta.render.labels import (
    Labels,
    agreed_title,
    document_labels,
    format_iso_date,
    outlet_map,
    publication_line,
    source_outlets,
    story_labels,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_SPACE = re.compile(r"\s+")


def md(text: str | None) -> str:
    """One line of inert Markdown text."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text or "").strip())


def _cite(sources: list[str], outlets: dict[str, str]) -> str:
    return "[" + ", ".join(md(o) for o in source_outlets(sources, outlets)) + "]"


def _claims(claims: list[Claim], outlets: dict[str, str]) -> list[str]:
    return [f"- {md(c.text)} {_cite(c.sources, outlets)}" for c in claims]


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", f"### {title}", "", *lines] if lines else []


def _story(brief: Brief) -> list[str]:
    labels: Labels = story_labels(brief)
    outlets = outlet_map(brief)
    when = " · ".join(
        f"{md(outlets[a.id])} {stamp}".rstrip() for a, stamp in publication_line(brief.story.articles, labels.lang)
    )
    lines = [f"## {md(brief.headline)}", "", when, ""]
    lines += _claims(brief.summary, outlets)
    lines += _section(agreed_title(brief, labels), _claims(brief.agreed, outlets))
    lines += _section(
        labels.only_in,
        [f"- **{', '.join(md(o) for o in source_outlets(c.sources, outlets))}**: {md(c.text)}" for c in brief.only_in],
    )
    lines += _section(
        labels.quotes,
        [
            f"- {md(q.speaker) + ': ' if q.speaker else ''}“{md(q.text)}” {_cite(q.sources, outlets)}"
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
            f"- {format_iso_date(t.date, labels.lang)}: {md(t.text)} {_cite(t.sources, outlets)}"
            for t in brief.timeline
        ],
    )
    discrepancies: list[str] = []
    for d in brief.discrepancies:
        discrepancies.append(f"- {md(d.about)}")
        discrepancies += ["  " + line for line in _claims(d.claims, outlets)]
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
