"""Hard-wrapped plain text (a text file or e-mail wrapped at ~72 columns) -> one paragraph per line; and the
line break a scraper lost after a date line (`Tuesday, January 18, 2005Through a telethon, ...`) put back.

The line rules of boilerplate.py judge each line by its own features, so a sentence broken over three
lines becomes three fragments and a wrapped lede loses its head. Fixed-width wrapping is undone here by
its own signature: a line is continued on the next one when the next line's first word would not have
fitted on it. Nothing in the field's libraries does this (textwrap only wraps), hence our own code.
"""

from __future__ import annotations

import re

from warta.extract.boilerplate import ends_sentence
from warta.lang.dates import MONTH_RE, WEEKDAY_RE

_MIN_LINES = 6  # fewer non-blank lines than this: too little to tell a wrap width
_WIDTHS = (30, 120)  # plausible wrap widths; scraped text has longer lines
_MIN_BREAKS = 3  # wrapped breaks (unterminated line, lower-case continuation) to call a text hard-wrapped
_FULL = 0.75  # a line this close to the wrap width is a full line
_BREAK_SHARE = 0.1  # ... and at least this share of the full lines
_LEADING_UPPER = re.compile(r"[\"'“‘]*[A-Z]")
# The first word of a line a wrapper made (not markup, a URL, a handle or a table cell): with a
# capital, the line may open a new paragraph, so it is joined only after such a word.
_ODD_WORD = re.compile(r"[<>=@|]|://")
_MAX_WORD = 25


def _width(lengths: list[int]) -> int:
    """The wrap width: the length that nine lines in ten stay within (a long URL may stick out)."""
    ordered = sorted(lengths)
    return ordered[int(0.9 * (len(ordered) - 1))]


def _wrapped_break(line: str, nxt: str, width: int) -> bool:
    return len(line) >= _FULL * width and not ends_sentence(line) and nxt[:1].islower()


def _continues(line: str, nxt: str, width: int) -> bool:
    """Whether `nxt` continues `line`: its first word would not have fitted, and it does not open a new
    sentence right after one ended (a paragraph break without a blank line)."""
    if len(line) < width // 2:
        return False
    first = nxt.split(" ", 1)[0]
    if len(line) + 1 + len(first) <= width:
        return False
    if nxt[:1].islower():
        return True
    plain = len(first) <= _MAX_WORD and not _ODD_WORD.search(first)
    return plain and not (ends_sentence(line) and _LEADING_UPPER.match(nxt))


def unwrap(text: str) -> str:
    """`text` with hard-wrapped paragraphs joined back into one line each; other text unchanged."""
    lines = [ln.strip() for ln in text.split("\n")]
    filled = [ln for ln in lines if ln]
    if len(filled) < _MIN_LINES:
        return text
    width = _width([len(ln) for ln in filled])
    if not _WIDTHS[0] <= width <= _WIDTHS[1]:
        return text
    full = sum(1 for ln in filled if len(ln) >= _FULL * width)
    breaks = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a and b and _wrapped_break(a, b, width))
    if breaks < max(_MIN_BREAKS, _BREAK_SHARE * full):
        return text
    out: list[str] = []
    prev = ""  # the previous line as wrapped
    for ln in lines:
        if ln and prev and _continues(prev, ln, width):
            # a word broken at its hyphen by the wrapper (`Jong-` / `un`) is joined without a space
            glue = "" if len(prev) > 1 and prev[-1] in "-–—" and prev[-2].isalnum() else " "
            out[-1] += glue + ln
        else:
            out.append(ln)
        prev = ln
    return "\n".join(out)


# a full date opening a line, a year glued to the capitalised word after it (English and Indonesian order), or, in
# the English order of a dateline (`Saturday, March 26, 2005 Up to four times ...`), a space between them
_GLUED_DATE = re.compile(
    rf"^((?:{WEEKDAY_RE}),?\s+(?:(?:{MONTH_RE})\s+\d{{1,2}},?\s+(?:19|20)\d\d[ \t]*"
    rf"|\d{{1,2}}\s+(?:{MONTH_RE}),?\s+(?:19|20)\d\d))(?=(?-i:[A-Z])|[\"“])",
    re.IGNORECASE | re.MULTILINE,
)


def unglue_date_line(text: str) -> str:
    """The text with a date line that lost its line break put on a line of its own, where the extractor reads it as
    the publication date and not as the first words of the lede."""
    return _GLUED_DATE.sub(lambda m: m.group(1).rstrip() + "\n", text)
