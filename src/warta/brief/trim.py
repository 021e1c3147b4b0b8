"""Light trimming of source sentences before they are shown: dateline prefixes and stray marks.

A brief shows sentences of the articles, so the only edits allowed are ones that remove what is not
part of the statement: the dateline/outlet prefix of a lede (`MOSKWA, KOMPAS.com -`, `TEMPO.CO, Jakarta -`,
`Jakarta, CNN Indonesia --`, `JAKARTA (ANTARA) -`), an editor's initials after the last sentence
(`(det/wis)`), surrounding whitespace, and, when a claim is shown on its own, a discourse marker that tied it
to the sentence before it in its article (`Sementara itu,`, `Seperti diketahui,`: `trim_opener`).
"""

from __future__ import annotations

import re

from warta.lang.tokens import stopwords

# Up to six capitalised (or dotted outlet) tokens, optionally a parenthesised wire, then a dash. A token is atomic
# (`(?>...)`): what may follow a shorter one (the same word going on) is never a separator or a dash, so the
# matches are the same, without trying every shorter token of every sentence that has no dateline.
_PREFIX_TOKEN = r"(?>[A-Z][\w.'’]*(?:-[A-Z][\w.]*)*|\([A-Z][\w .]*\)|[a-z]\w*\.(?:com|co\.id|id|co|net))"
_DATELINE = re.compile(
    rf"^\s*(?:{_PREFIX_TOKEN}(?:\s*[,|/]\s*|\s+)){{0,5}}{_PREFIX_TOKEN}\s*"
    # an en or em dash may touch the first word; a hyphen too, after a wire or outlet in brackets (`(Pos Kota) -Dirjen`)
    r"(?:(?:--|-\s*-|[-–—|])\s+(?=\S)|[–—](?=[A-Z\"“])|(?<=\)\s)-(?=[A-Z\"“]))"
)
# an editor's initials or short name after the last sentence: "... dimakamkan. (det/wis)", "(ant/rd)", "(*)",
# "(* / win)", "(embun)"
_CREDIT_TAIL = re.compile(
    r"(?<=[.!?\"”])\s*\((?:(?:[a-z]{1,5}|\*)(?:\s?/\s?[a-z]{1,5})+|\*|(?-i:[a-z]{2,8}))\)\s*$", re.IGNORECASE
)
# a site name glued to the first word when the line break was lost: "TIMETODAY.IDTimnas ...", "SKOR.idJonatan ..."
_GLUED_SITE = re.compile(r"^[A-Z][A-Za-z0-9-]{2,}\.(?:CO\.ID|COM|ID|NET|CO|co\.id|com|id|net|co)(?=[A-Z][a-z])")
# a short lower-case site tag: "jfid – Gunung Marapi meletus ..."
_TAG = re.compile(r"^[a-z][a-z0-9]{1,9}\s+[–—|]\s+(?=[A-Z])")


# A discourse marker that links a sentence to the one before it and says nothing itself: shown alone, the sentence
# reads better without it (`Sementara itu, polisi ...` -> `Polisi ...`). Markers that carry meaning stay
# (`Sebelumnya,` dates it, `Kemudian,` orders it, `Oleh karena itu,` gives a cause).
_OPENER = re.compile(
    r"^(?:sementara itu|selain itu|(?:seperti|sebagaimana) (?:diketahui|(?:dilaporkan|diberitakan)(?: sebelumnya)?)|"
    r"diketahui|"
    r"kabar terbaru|informasi yang (?:didapat|dihimpun|diperoleh)|data (?:yang )?(?:terhimpun|dihimpun)|"
    r"(?:tak|tidak) hanya itu|di sisi lain|namun|akan tetapi),\s+(?=[\w\"“])",
    re.IGNORECASE,
)


def trim_opener(sentence: str) -> str:
    """The sentence without a discourse marker that opens it (`_OPENER`), its first letter capitalised; as it is
    when no marker opens it or fewer than four words would remain."""
    m = _OPENER.match(sentence)
    if m is None or len(sentence) - m.end() < 20 or sentence.count(" ", m.end()) < 3:
        return sentence
    rest = sentence[m.end() :]
    return rest[:1].upper() + rest[1:]


def trim_credit(sentence: str) -> str:
    """The sentence with whitespace normalised and without an editor's initials after it (`(det/wis)`)."""
    text = " ".join(sentence.split())
    return _CREDIT_TAIL.sub("", text) if text.endswith(")") else text  # the test first: the scan is slow


def trim_dateline(sentence: str) -> str:
    """The sentence without a leading dateline/outlet prefix (kept as is when nothing would remain)."""
    text = trim_credit(sentence)
    glued = _GLUED_SITE.match(text)
    if glued and len(text[glued.end() :].split()) >= 4:
        return text[glued.end() :]
    if not ("-" in text or "–" in text or "—" in text or "|" in text):  # every dateline ends with a dash or a bar
        return text
    tag = _TAG.match(text)
    m = _DATELINE.match(text) or (tag if tag and tag.group(0).split()[0] not in stopwords() else None)
    if not m:
        return text
    prefix, rest = text[: m.end()], text[m.end() :]
    head = re.split(r"\s*(?:--|-\s*-|[-–—|])\s*$", prefix.strip())[0]
    # "Kim Jong Un - Putin ...": several plain title-case words are a name, not a dateline.
    if len(head.split()) > 1 and not re.search(r"[,(.]", head) and not head.isupper():
        return text
    # A real dateline is followed by a statement, not by a fragment.
    if len(rest.split()) < 4 or not rest[:1].isalnum() and rest[:1] not in "\"“'‘":
        return text
    return rest
