"""The lede prefix of Indonesian news: `MOSKWA, KOMPAS.com -`, `TEMPO.CO, Jakarta -`, `Jakarta (ANTARA) -`,
`SOLO (DutaJatim.com) -`, `KONTAN.CO.ID - TOKYO.`, `JAKARTA, KANALINDONESIA.COM:`, `SKOR.idJonatan ...`.

It names the place (dateline), the outlet and sometimes the wire, and it marks where the article starts,
which is why boilerplate.py uses it too. House styles vary in separators (spaced, unspaced or double
dashes, a colon, a bar), so the head is cut with one pattern and its comma-separated parts are sorted
into places, outlet names and wires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.extract.outlets import registry

WIRES = {
    "antara": "Antara", "lkbn antara": "Antara", "antaranews": "Antara", "afp": "AFP",
    "agence france-presse": "AFP", "reuters": "Reuters", "ap": "AP", "associated press": "AP",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "xinhua": "Xinhua", "yonhap": "Yonhap", "bernama": "Bernama",
    "mina": "MINA", "sputnik": "Sputnik", "tass": "TASS", "anadolu": "Anadolu", "anadolu agency": "Anadolu",
    "efe": "EFE", "dpa": "DPA",
}  # fmt: skip
WIRE_RE = "|".join(sorted((re.escape(w) for w in WIRES), key=len, reverse=True))

_HEAD = re.compile(
    r"^(?P<head>[^\n]{2,90}?)(?:\s+[-–—]{1,2}(?:\s+|$)|(?<=[A-Z)])[-–—]{1,2}\s+|\s*[-–—]{2}\s*|(?P<colon>:)\s+"
    r"|\s+\|\s+)"
)
# What _HEAD needs within its reach (a spaced or doubled dash, a dash after a capital, a colon, a bar):
# most lines have none, and this scan is several times cheaper than _HEAD's lazy one.
_HEAD_SEPARATOR = re.compile(r"\s[-–—|]|[-–—]{2}|[A-Z)][-–—]|:\s")
_HEAD_REACH = 96
_GLUED = re.compile(r"^(?P<sig>[A-Za-z0-9-]{3,30}(?:\.[A-Za-z]{2,4}){1,2})(?=[A-Z][a-z])")
_PLACE = re.compile(r"^[A-Z][\w'’.]*(?:[\s-]+[A-Z][\w'’.]*){0,3}$")
DOMAINISH = re.compile(r"\w\.(?:com|co|id|net|news|org|tv|info|biz)\b", re.IGNORECASE)
_PAREN = re.compile(r"\(\s*([^()]{2,40}?)\s*\)")
_AFTER_PLACE = re.compile(r"^([A-Z][A-Z .'’-]{2,30})\.\s+[A-Z]")
_WORD = re.compile(r"\w+")
Site = tuple[str, ...]  # names in a URL's host, squashed: ("zonasurabayaraya", "pikiranrakyat")
_PART_SEP = re.compile(r"\s*[,|]\s*")
_GLUED_PLACE = re.compile(r"^(.+\.(?:com|co\.id|id|net|news))\.([A-Z][\w\s-]+)$", re.IGNORECASE)


def wire_name(token: str) -> str | None:
    return WIRES.get(" ".join(token.lower().split()))


@dataclass(slots=True)
class Head:
    places: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    wires: list[str] = field(default_factory=list)
    end: int = 0  # where the head ends in the line (the article's first word)

    @property
    def place(self) -> str | None:
        """The desk's city. Of two places the second is its state or country in the wires' style (`HAYWARD, Calif.`,
        `HANOI, Vietnam`, `SLEMAN, DIY`); else the first names the outlet (`MATA INDONESIA, JAKARTA`)."""
        if len(self.places) < 2:
            return self.places[0] if self.places else None
        first, last = self.places[0], self.places[-1]
        region = last.endswith(".") or last.isupper() and len(last) <= 3 or first.isupper() and not last.isupper()
        return first if region else last

    def add(self, part: str, site: Site, place_ok: bool) -> bool:
        """Sort one part of a head into wires, outlets or places; False when it is none of them."""
        name = wire_name(part)
        if name:
            self.wires.append(name)
        elif _is_outlet(part, site):
            self.outlets.append(part)
        elif place_ok and _PLACE.match(part):
            self.places.append(part)
        else:
            return False
        return True


def _squash(s: str) -> str:
    return "".join(_WORD.findall(s.lower()))


def _is_outlet(part: str, site: Site) -> bool:
    if part in registry().by_signature or DOMAINISH.search(part) or _OUTLET_WORD.search(part):
        return True
    squashed = _squash(part)
    return len(squashed) > 3 and any(squashed in (label, label.removesuffix("news")) for label in site)


# a name only an outlet has (`HUKAMANEWS`, `TANGSELXPRESS`, `JABAR EKSPRES`, `INDONESIAONLINE`, `HARIANE`): what
# tells an unregistered outlet from a place when no URL names the site
_OUTLET_WORD = re.compile(r"(?:NEWS|ONLINE|EKSPRES|EXPRESS|XPRESS|TIMES|POST)$|^HARIAN")


def lede_head(text: str, site: Site = (), whole_line: bool = False) -> Head | None:
    """The dateline head of a lede, or None when the line does not start with one. `site` holds the
    names in the page's host (`jabarekspres`, `zonasurabayaraya`) so that an unregistered outlet's name
    is not taken for a place;
    `whole_line` reads a bare dateline line (`Jakarta -`, `Detikkasus.com | Majene-Sulbar`)."""
    g = _GLUED.match(text)
    if g:
        return Head(outlets=[g.group("sig")], end=g.end())
    m = _HEAD.match(text) if _HEAD_SEPARATOR.search(text, 0, _HEAD_REACH) else None
    if m:
        head, rest = m.group("head"), text[m.end() :]
    elif whole_line and len(text) <= 60:
        head, rest = text.strip(" -–—"), ""
    else:
        return None
    if len(head.split()) > 8:
        return None
    out = Head(end=m.end() if m else len(text))
    for pm in _PAREN.finditer(head):  # "(ANTARA)", "(DutaJatim.com)": a wire or the outlet, never the place
        if not out.add(pm.group(1), site, place_ok=False):
            return None
    for part in _PART_SEP.split(_PAREN.sub(" ", head)):
        part = part.strip(" -–—")
        if not part:
            continue
        glued = _GLUED_PLACE.match(part)  # "TRANSKEPRI.COM.JAKARTA"
        if glued:
            out.outlets.append(glued.group(1))
            part = glued.group(2)
        if not out.add(part, site, place_ok=True):
            return None
    if m and m.group("colon") and not out.outlets and (len(out.places) != 1 or " " in out.places[0]):
        return None  # "Kepala BNPB: ..." is a quote, not a dateline
    if not out.places and out.outlets:
        after = _AFTER_PLACE.match(rest)  # "KONTAN.CO.ID - TOKYO. ..."
        if after:
            out.places.append(after.group(1).strip())
        elif whole_line and _PLACE.match(rest.strip()):  # "Detikkasus.com | Majene-Sulbar"
            out.places.append(rest.strip())
    if not (out.places or out.outlets or out.wires):
        return None
    return out
