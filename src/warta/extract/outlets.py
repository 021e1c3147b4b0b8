"""Which outlet published a text: the outlets.toml registry, URL domains and printed signatures.

The registry is data (src/warta/data/outlets.toml), not code, so adding an outlet needs no release.
Unknown outlets still get a name: the registrable domain of their URL (tldextract's bundled public
suffix snapshot, never fetched), written as a readable site name. A plain text without a URL is named by
the site its lede prints (`TRANSKEPRI.COM -`, `BANDUNG, iNewsPemalang.id -`): `outlet_for_site`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import tldextract


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    signatures: tuple[str, ...]
    wire: bool = False
    networks: tuple[str, ...] = ()  # regional brands' domains (`tribun*.com`), see outlets.toml

    @property
    def domain(self) -> str | None:
        return self.domains[0] if self.domains else None


@dataclass(frozen=True, slots=True)
class Registry:
    outlets: tuple[Outlet, ...]
    by_domain: dict[str, Outlet]
    signature_re: re.Pattern[str]
    by_signature: dict[str, Outlet]


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The bundled outlet registry, read once."""
    raw = tomllib.loads(resources.files("warta.data").joinpath("outlets.toml").read_text(encoding="utf-8"))
    outlets = tuple(
        Outlet(o["name"], tuple(o.get("domains", ())), tuple(o.get("signatures", ())), bool(o.get("wire")),
               tuple(o.get("networks", ())))
        for o in raw.get("outlet", [])
    )
    by_domain = {d.lower(): o for o in outlets for d in o.domains}
    by_signature = {s: o for o in outlets for s in o.signatures}
    alts = "|".join(re.escape(s) for s in sorted(by_signature, key=len, reverse=True))
    sig_re = re.compile(rf"(?<![\w.])(?:{alts})(?![\w])") if alts else re.compile(r"(?!x)x")
    return Registry(outlets, by_domain, sig_re, by_signature)


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=8192)
def host_of(url: str) -> str | None:
    """Lower-case host name of a web URL without `www.`/`m.`/`amp.` and port; None for other schemes."""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("", "http", "https"):
        return None
    if not host:
        return None
    return re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host.lower())


@lru_cache(maxsize=8192)
def registrable_domain(url: str) -> str | None:
    """eTLD+1 of a URL (`sumsel.tribunnews.com` -> `tribunnews.com`), from the offline suffix list."""
    host = host_of(url)
    if not host:
        return None
    parts = _extractor()(host)
    if not parts.domain or not parts.suffix:
        return None  # not a public domain name ("localhost", "javascript:")
    return f"{parts.domain}.{parts.suffix}"


def outlet_for_url(url: str) -> Outlet | None:
    """Registry entry for the longest matching domain suffix of the URL's host."""
    host = host_of(url)
    if not host:
        return None
    reg = registry()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        hit = reg.by_domain.get(".".join(labels[i:]))
        if hit:
            return hit
    return None


def outlet_for_site(site: str) -> tuple[str, str | None]:
    """(display name, domain) of the outlet a lede names itself by: a registry signature, a site name with a
    public suffix (`HARIANMUBA.BACAKORAN.CO` -> bacakoran.co, under the registry's name when it has one or runs
    the site as a regional brand, `TRIBUNSUMSEL.COM` -> Tribunnews.com), else the name as printed
    (`HUKAMANEWS`), with no domain."""
    reg = registry()
    known = reg.by_signature.get(site)
    if known is not None:
        return known.name, known.domain
    domain = registrable_domain(site)
    if domain is None:
        return site, None
    known = outlet_for_url(site) or next(
        (o for o in reg.outlets if any(fnmatchcase(domain, pattern) for pattern in o.networks)), None
    )
    return (known.name, known.domain) if known is not None else (readable_name(domain), domain)


def readable_name(domain: str) -> str:
    """A display name for an unregistered domain: `merahputih.com` -> `Merahputih.com`."""
    return domain[:1].upper() + domain[1:]


def find_signatures(text: str) -> Iterator[tuple[int, Outlet]]:
    """Registry signatures printed in a text, with their offsets, in order; lazily, since callers mostly
    want the first one and the scan is the costly part."""
    reg = registry()
    return ((m.start(), reg.by_signature[m.group(0)]) for m in reg.signature_re.finditer(text))
