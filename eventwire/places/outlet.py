"""The outlet's country and home town from its web address: priors for the places it names.

A country-code domain (``cbc.ca``, ``bbc.co.uk``, ``abc.net.au``) tells the outlet's country.
Generic domains (``.com``) and country codes sold as generic names (``.tv``, ``.io``) tell
nothing. A local paper's host often names its town (``theparisnews.com``,
``richmondregister.com``, ``edmontonjournal.com``): what is left of a host label once the
masthead words ("news", "register", "journal") are set aside is looked up as a town.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

# Country codes that are marketed worldwide as generic names: not evidence of a country.
GENERIC_CCTLDS = frozenset({"tv", "io", "co", "me", "fm", "ai", "ly", "cc", "ws", "to", "am",
                            "gg", "la", "nu", "tk", "vc", "sh", "ac", "is", "it", "so"})
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


def outlet_towns(gaz: Gazetteer, url: str | None) -> tuple[int, ...]:
    """Towns (gazetteer entries) the outlet's host names: those of the longest name in the
    host that towns of HOST_TOWN_MIN_POPULATION or more bear as their own name, in the
    outlet's country when its domain tells it, else in the country (or countries, when tied)
    with the most towns of that name: a generic domain named after "Paris" is the paper of one
    of the four American Parises, one named after "Washington" may be the capital's."""
    country = outlet_country(url)
    for sub in host_town_names(url):
        towns = [i for i in gaz.lookup(sub)
                 if gaz.feature[i].startswith("PPL")
                 and gaz.population[i] >= HOST_TOWN_MIN_POPULATION
                 and gaz.name[i].lower().replace(" ", "") == sub
                 and (country is None or gaz.country[i] == country)]
        if towns:
            counts = Counter(gaz.country[i] for i in towns)
            most = max(counts.values())
            return tuple(i for i in towns if counts[gaz.country[i]] == most)
    return ()
