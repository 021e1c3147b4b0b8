"""brief: Story -> Brief, a multi-source extractive summary with verified citations.

`make_brief` aligns the story's sentences across articles (`align`), groups them into claims (`claims`),
picks the summary (`summary`), splits agreement from one-outlet-only reports, and adds quotes, entities,
a timeline and discrepancies. Deterministic: same story, same brief.
"""

from __future__ import annotations

from warta.brief.align import SentenceIndex, index_for, supports
from warta.brief.claims import agreed, group_claims, only_in
from warta.brief.discrepancies import story_discrepancies
from warta.brief.entities import story_entities, with_speakers
from warta.brief.quotes import story_quotes
from warta.brief.summary import headline, summarize
from warta.brief.timeline import story_timeline
from warta.model import Brief, Story

__all__ = ["make_brief", "supports", "SentenceIndex"]


def make_brief(story: Story, length: int | None = None) -> Brief:
    """The brief of one story; `length` caps the summary's sentences (default: about 5 or 100 words)."""
    ix = index_for(story)
    groups = group_claims(ix)
    summary = summarize(ix, groups, max_sentences=length) if length else summarize(ix, groups)
    entities, alias = story_entities(ix)
    quotes = story_quotes(story, alias)
    entities = with_speakers(entities, quotes, [a.id for a in story.articles])
    return Brief(
        story=story,
        headline=headline(ix, summary),
        summary=summary,
        agreed=agreed(ix, groups),
        only_in=only_in(ix, groups),
        quotes=quotes,
        entities=entities,
        timeline=story_timeline(ix),
        discrepancies=story_discrepancies(ix, entities),
    )
