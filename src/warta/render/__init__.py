"""render: Brief -> Markdown, JSON (the contract in DESIGN.md) and one self-contained HTML page."""

from warta.render.htmlpage import render_html
from warta.render.jsondoc import article_dict, render_json, story_dict, to_dict
from warta.render.markdown import render_markdown

article_to_dict = article_dict  # the name the CLI uses

__all__ = [
    "render_json", "to_dict", "render_markdown", "render_html", "story_dict", "article_dict", "article_to_dict",
]
