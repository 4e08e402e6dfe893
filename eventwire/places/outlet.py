"""The outlet's country and home town from its web address: priors for the places it names.

An outlet our directory lists (``data/outlets.tsv``, and a user's own table) has the
country and home town the directory gives it. Otherwise a country-code domain (``cbc.ca``,
``bbc.co.uk``, ``abc.net.au``) tells the outlet's country; generic domains (``.com``) and
country codes sold as generic names (``.tv``, ``.io``) tell nothing. A local paper's host
often names its town (``theparisnews.com``, ``richmondregister.com``): what is left of a host
label once the masthead words ("news", "register", "journal") are set aside is looked up as a
town.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..errors import ResourceError
from ..lexicon import read_table, table_rows
from .gazetteer import COUNTRY_FEATURES

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

# Country codes that are marketed worldwide as generic names: not evidence of a country.
GENERIC_CCTLDS = frozenset({"tv", "io", "co", "me", "fm", "ai", "ly", "cc", "ws", "to", "am",
                            "gg", "la", "nu", "tk", "vc", "sh", "ac", "is", "it", "so", "ms"})
# The country-code domains that are not the ISO 3166 code of their country.
CCTLD_TO_ISO2 = {"uk": "GB", "su": "RU"}

_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?([^/:?#]+)", re.IGNORECASE)

# Words of newspaper and broadcaster names; a town named inside one of them does not count
# ("mercury" in mercurynews, "enterprise", "globe": towns too, but here mastheads).
MASTHEAD_WORDS = frozenset("""
    news daily weekly times post herald tribune register gazette courier journal star telegram
    chronicle mercury press record recorder sun observer examiner guardian leader enterprise
    sentinel advocate bulletin dispatch citizen eagle globe independent intelligencer ledger
    enquirer inquirer mail messenger mirror monitor online item review standard statesman
    telegraph today union voice world local network media free democrat republican pioneer
    banner beacon argus reporter transcript express plain dealer current patch radio channel
    report sports live city province state county valley region metro wire newspaper
    newspapers paper papers magazine reader focus spectator age nation national tv
    television morning evening sunday community journalism headlines info
    """.split())
# A name this short inside a host is too often part of another word ("alex" in alextimes).
HOST_TOWN_MIN_LETTERS = 5
# Towns smaller than this rarely have a paper of their own; below it, chance substrings win.
HOST_TOWN_MIN_POPULATION = 5_000
# A first-level region a host names is the outlet's home from this population (summed over its
# places) up: the threshold strength.py takes a region as a place on its own from.
HOST_REGION_MIN_POPULATION = 200_000
# Labels that are not the outlet's name: subdomains for devices and sections, second levels.
_NOT_NAME_LABELS = frozenset({"www", "m", "mobile", "amp", "edition", "co", "com", "net", "org",
                              "ac", "gov", "news"})


def outlet_country(url: str | None) -> str | None:
    """ISO alpha-2 code of the country of the outlet at ``url`` (or a bare domain), or None."""
    host = outlet_host(url)
    if not host:
        return None
    tld = host.rsplit(".", 1)[-1]
    if len(tld) != 2 or not (tld.isascii() and tld.isalpha()) or tld in GENERIC_CCTLDS:
        return None
    return CCTLD_TO_ISO2.get(tld, tld.upper())


def outlet_host(url: str | None) -> str | None:
    """The lower-case host name of ``url`` (or of a bare domain), None when there is none."""
    m = _HOST.match(url.strip()) if url else None
    return m.group(1).rstrip(".").lower() if m else None


def host_labels(url: str | None) -> tuple[str, ...]:
    """The name parts of the host at ``url``: lower-case letters, no TLD, no "www" or "co"."""
    host = outlet_host(url)
    if not host:
        return ()
    labels = host.split(".")[:-1]
    words = [w for label in labels for w in label.split("-")]
    return tuple(w for w in words if w.isascii() and w.isalpha() and w not in _NOT_NAME_LABELS)


def _masthead_mask(label: str) -> list[bool]:
    """Which letters of a host label belong to a masthead word."""
    mask = [False] * len(label)
    for word in MASTHEAD_WORDS:
        start = label.find(word)
        while start != -1:
            mask[start:start + len(word)] = [True] * len(word)
            start = label.find(word, start + 1)
    return mask


def host_town_names(url: str | None) -> tuple[str, ...]:
    """Substrings of the host that may name a town, longest first: every run of at least
    HOST_TOWN_MIN_LETTERS letters not wholly inside a masthead word."""
    out: list[str] = []
    for label in host_labels(url):
        mask = _masthead_mask(label)
        for a in range(len(label)):
            for b in range(a + HOST_TOWN_MIN_LETTERS, len(label) + 1):
                if not all(mask[a:b]):
                    out.append(label[a:b])
    return tuple(sorted(set(out), key=lambda s: (-len(s), s)))


def host_runs(url: str | None) -> tuple[str, ...]:
    """Runs of two or more whole hyphenated words of a host label, longest first
    ("ouham-pende" and "pende-echo" of "ouham-pende-echo"): a name of several words as a
    host writes it, which :func:`host_labels` splits."""
    host = outlet_host(url)
    if not host:
        return ()
    out = {"-".join(words[a:b]) for label in host.split(".")[:-1]
           for words in [label.split("-")] for a in range(len(words))
           for b in range(a + 2, len(words) + 1)}
    return tuple(sorted(out, key=lambda s: (-len(s), s)))


def host_regions(gaz: Gazetteer, url: str | None) -> tuple[int, ...]:
    """First-level regions, of any population, a host names by whole hyphenated words
    (:func:`host_runs`: "ouham-pende-echo"), in the domain's country when it tells one. Too
    weak a sign to make the outlet's home on its own (:func:`host_home` wants a populous
    region: a small one abroad may bear the name of a river or a valley at home), but a
    dateline naming a town inside one confirms it
    (:meth:`.geoparser.Geoparser.home_dateline`)."""
    country = outlet_country(url)
    return tuple(dict.fromkeys(
        i for run in host_runs(url) for i in gaz.lookup(run.replace("-", " "))
        if gaz.feature[i] == "ADM1" and _letters(gaz.name[i]) == _letters(run)
        and (country is None or gaz.country[i] == country)))


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def host_home(gaz: Gazetteer, url: str | None) -> OutletHome:
    """What an outlet nobody listed says by its address: the country of its country-code
    domain, and the place its host names, the longest name first. A host that names a
    country ("timesofmalta", "nigerianewsdirect") gives that country, not a town of its
    name (Malta in Brazil); one that names a first-level region ("texastribune") gives the
    region (and its country's towns of that name) as home, not a namesake town abroad; else
    the towns of :func:`outlet_towns`."""
    country = outlet_country(url)
    for sub in host_town_names(url):
        areas = _host_areas(gaz, sub, country)
        if areas:
            found = {gaz.country[i] for i in areas}
            if all(gaz.feature[i] in COUNTRY_FEATURES for i in areas) and len(found) == 1:
                return OutletHome(found.pop(), ())
            towns = [i for i in _host_towns(gaz, sub, country) if gaz.country[i] in found]
            return OutletHome(country or (found.pop() if len(found) == 1 else None),
                              tuple(sorted({*areas, *towns})))
        if _host_towns(gaz, sub, country):
            return OutletHome(country, outlet_towns(gaz, url))
    return OutletHome(country, ())


def _host_areas(gaz: Gazetteer, sub: str, country: str | None) -> list[int]:
    """Countries and large first-level regions a host substring names (or, for a country,
    its demonym: "nigerian"), in the domain's country when it has one."""
    named = [*gaz.lookup(sub), *_spaced_areas(gaz).get(sub, ())]   # "newzealand"
    out = [i for i in named
           if (gaz.feature[i] in COUNTRY_FEATURES
               or (gaz.feature[i] == "ADM1" and gaz.population[i] >= HOST_REGION_MIN_POPULATION))
           and _squash(gaz.name[i]) == sub]
    demonym = gaz.demonyms.get(sub)
    if demonym is not None and gaz.feature[demonym] in COUNTRY_FEATURES:
        out.append(demonym)
    return [i for i in dict.fromkeys(out) if country is None or gaz.country[i] == country]


def _spaced_areas(gaz: Gazetteer) -> dict[str, tuple[int, ...]]:
    """Countries and first-level regions of several words by their name written as one
    ("newzealand", "northcarolina"), as hosts write them; read once for the last gazetteer
    asked about (a process uses one)."""
    if not _SPACED or _SPACED[0] is not gaz:
        spaced: dict[str, list[int]] = {}
        for i in (*gaz.countries.values(), *gaz.admin1s.values()):
            if " " in gaz.name[i]:
                spaced.setdefault(_squash(gaz.name[i]), []).append(i)
        _SPACED[:] = [gaz, {k: tuple(v) for k, v in spaced.items()}]
    return _SPACED[1]


# [the last gazetteer asked about, its areas of several words by squashed name]
_SPACED: list = []


def _host_towns(gaz: Gazetteer, sub: str, country: str | None) -> list[int]:
    return [i for i in gaz.lookup(sub)
            if gaz.feature[i].startswith("PPL")
            and gaz.population[i] >= HOST_TOWN_MIN_POPULATION
            and _squash(gaz.name[i]) == sub
            and (country is None or gaz.country[i] == country)]


def _squash(name: str) -> str:
    return name.lower().replace(" ", "")


def outlet_towns(gaz: Gazetteer, url: str | None) -> tuple[int, ...]:
    """Towns (gazetteer entries) the outlet's host names: those of the longest name in the
    host that towns of HOST_TOWN_MIN_POPULATION or more bear as their own name, in the
    outlet's country when its domain tells it, else in the country (or countries, when tied)
    with the most towns of that name: a generic domain named after "Paris" is the paper of one
    of the four American Parises, one named after "Washington" may be the capital's."""
    country = outlet_country(url)
    for sub in host_town_names(url):
        towns = _host_towns(gaz, sub, country)
        if towns:
            counts = Counter(gaz.country[i] for i in towns)
            most = max(counts.values())
            return tuple(i for i in towns if counts[gaz.country[i]] == most)
    return ()


# --------------------------------------------------------------------------- the directory


@dataclass(frozen=True, slots=True)
class Outlet:
    """One outlet of the directory: its country (None: an international outlet, whatever its
    domain) and, for a local or regional paper, its home town and that town's region."""

    domain: str
    country: str | None
    town: str | None = None
    admin1: str | None = None


@dataclass(frozen=True, slots=True)
class OutletHome:
    """What the outlet of an article says about where its places are."""

    country: str | None
    towns: tuple[int, ...] = ()


class Outlets:
    """A directory of news outlets by domain (see ``data/outlets.tsv``)."""

    def __init__(self, outlets: Iterable[Outlet] = ()) -> None:
        self.by_domain: Mapping[str, Outlet] = MappingProxyType(
            {o.domain: o for o in outlets})

    @classmethod
    def read(cls, path: Path | str | None = None) -> Outlets:
        """The bundled directory, or the table at ``path`` (same format)."""
        if path is None:
            return cls(_outlet(row, "eventwire/data/outlets.tsv")
                       for row in read_table("outlets.tsv"))
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ResourceError(f"cannot read the outlet table {path}: {e}") from e
        return cls(_outlet(row, str(path)) for row in table_rows(text))

    def __or__(self, other: Outlets) -> Outlets:
        """Both directories; ``other``'s rows win."""
        return Outlets({**self.by_domain, **other.by_domain}.values())

    def __len__(self) -> int:
        return len(self.by_domain)

    def find(self, url: str | None) -> Outlet | None:
        """The outlet of the host at ``url``: its domain or the longest listed parent."""
        labels = (outlet_host(url) or "").split(".")
        for k in range(len(labels) - 1):
            found = self.by_domain.get(".".join(labels[k:]))
            if found is not None:
                return found
        return None


def _outlet(row: list[str], source: str) -> Outlet:
    cells = [c.strip() for c in row] + [""] * (4 - len(row))
    domain, country, town, admin1 = cells[:4]
    if "." not in domain or (country and len(country) != 2) or bool(town) != bool(admin1):
        raise ResourceError(f"{source}: bad outlet row {row!r}: want domain, ISO2 country "
                            "(or empty), and a home town with its region (or neither)")
    return Outlet(domain.lower(), country.upper() or None, town or None, admin1 or None)


def home_town(gaz: Gazetteer, outlet: Outlet) -> int | None:
    """The most populous town of the outlet's town name in its country and region."""
    if outlet.town is None:
        return None
    towns = [i for i in gaz.lookup(outlet.town)
             if gaz.feature[i].startswith("PPL") and gaz.country[i] == outlet.country
             and gaz.admin1_name(gaz.admin1[i]) == outlet.admin1]
    return max(towns, key=lambda i: gaz.population[i], default=None)


def outlet_home(gaz: Gazetteer, outlets: Outlets, url: str | None) -> OutletHome:
    """The country and home towns of the outlet at ``url``: the directory's when it lists the
    outlet, else those its domain and host name tell."""
    listed = outlets.find(url)
    if listed is None:
        return host_home(gaz, url)
    town = home_town(gaz, listed)
    return OutletHome(listed.country, () if town is None else (town,))


def outlet_directory(path: Path | str | None = None) -> Outlets:
    """The bundled directory, with the table at ``path`` (if any) added over it."""
    bundled = Outlets.read()
    return bundled if path is None else bundled | Outlets.read(path)


def unresolved(gaz: Gazetteer, outlets: Outlets) -> list[Outlet]:
    """Outlets whose home town the gazetteer does not hold (they keep their country only)."""
    return [o for o in outlets.by_domain.values()
            if o.town is not None and home_town(gaz, o) is None]
