"""What a store knows of each document beyond an event record: the language it was read in
and every outlet that published its text (the same wire copy on several sites is one
document with several sources, :mod:`eventwire.store.sources`).

Exports from a store add both to the record's ``document`` and to each mention's, as
``language`` and ``sources`` (event-schema.md: fields may be added; none is changed).
``extract`` (no store) notes the documents it reads (:meth:`Documents.add`) and gives its
records the same two fields, as a store would hold them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..records import Document, Event, event_to_record


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    language: str | None                      # ISO 639-1; None when it was not recorded
    sources: tuple[Mapping[str, Any], ...]    # {url, published, title, outlet}, read order


class Documents:
    """The :class:`DocumentInfo` of a store's documents, by document id."""

    def __init__(self, info: Mapping[str, DocumentInfo] | None = None) -> None:
        self.info = dict(info or {})

    @classmethod
    def load(cls, con: Any, ids: Iterable[str] | None = None, *,
             schema: tuple[bool, bool] | None = None) -> Documents:
        """Read from a store's connection: of ``ids``, or of every document (one scan of two
        narrow columns and of the sources table, not of the texts). ``schema``: whether the
        store has documents.language and the sources table, when the caller knows."""
        from ..store.sources import has_column, has_table, sources_by_document

        ids = None if ids is None else sorted(set(ids))
        if ids is not None and not ids:
            return cls()
        language, has_sources = schema or (has_column(con, "documents", "language"),
                                           has_table(con, "sources"))
        sql = f"SELECT id, {'language' if language else 'NULL'} FROM documents"
        params: list[Any] = []
        if ids is not None:        # one id by "=" (the primary key's index); a list, one scan
            sql += " WHERE id = ?" if len(ids) == 1 else " WHERE id IN (SELECT unnest(?))"
            params.append(ids[0] if len(ids) == 1 else ids)
        languages = dict(con.execute(sql, params).fetchall())
        sources = sources_by_document(con, ids) if has_sources else {}
        return cls({d: DocumentInfo(lang, tuple(sources.get(d, ())))
                    for d, lang in languages.items()})

    def add(self, doc: Document) -> None:
        """Note a document read in this run (``extract``): its language, and its outlet after
        those its text was read from before; an outlet with the same address and date is one
        outlet, as in a store (:func:`eventwire.store.sources.add_sources`)."""
        from ..store.sources import source_json

        outlet = source_json(doc.url, doc.published, doc.title, doc.outlet)
        info = self.info.get(doc.id)
        if info is None:
            self.info[doc.id] = DocumentInfo(doc.language, (outlet,))
        elif not any((s["url"], s["published"]) == (outlet["url"], outlet["published"])
                     for s in info.sources):
            self.info[doc.id] = DocumentInfo(info.language, (*info.sources, outlet))

    def document(self, doc: Mapping[str, Any]) -> dict[str, Any]:
        """A record's ``document`` with ``language`` and ``sources`` added when known."""
        info = self.info.get(doc.get("id"))
        if info is None:
            return dict(doc)
        sources = [dict(s) for s in info.sources] or [{
            "url": doc.get("url"), "published": doc.get("published"), "title": doc.get("title"),
            "outlet": None}]
        return {**doc, "language": info.language, "sources": sources}

    def record(self, e: Event) -> dict[str, Any]:
        """The public record of ``e`` with its documents' language and sources."""
        rec = event_to_record(e)
        if not self.info:
            return rec
        rec["document"] = self.document(rec["document"])
        rec["mentions"] = [{**m, "document": self.document(m["document"])}
                           for m in rec["mentions"]]
        if any(len(self.info[d].sources) > 1 for d in self._ids(e) if d in self.info):
            rec["mentions"] = self._per_outlet(rec)
        return rec

    @staticmethod
    def _ids(e: Event) -> set[str]:
        return {m.document.id for m in e.mentions} | {e.document.id}

    @staticmethod
    def _per_outlet(rec: dict[str, Any]) -> list[dict[str, Any]]:
        """The record's reports, one per outlet of each report's text (issue 12, item 8: the
        same wire copy run by three outlets is three reports, each with its address and date),
        in the order of the reports, then of the outlets' addresses and dates (the order of
        the outlets read is not kept by a store, so it orders neither)."""
        out: dict[tuple, dict[str, Any]] = {}
        for m in rec["mentions"] or [{"document": rec["document"], "evidence": rec["evidence"]}]:
            doc = m["document"]
            for s in sorted(doc.get("sources") or [doc],
                            key=lambda s: (s.get("url") or "", s.get("published") or "")):
                copy = {**doc, "url": s.get("url"), "published": s.get("published"),
                        "title": s.get("title") or doc.get("title")}
                key = (doc.get("id"), copy["url"], copy["published"],
                       tuple(m["evidence"].get("span") or ()))
                out.setdefault(key, {**m, "document": copy})
        return list(out.values())

    def urls(self, e: Event) -> list[str]:
        """The address of every outlet of every report of ``e`` (the record's own first)."""
        refs = [m.document for m in e.mentions] or [e.document]
        out = []
        for ref in refs:
            info = self.info.get(ref.id)
            out += [ref.url] if ref.url else []
            out += [s["url"] for s in info.sources if s.get("url")] if info else []
        return list(dict.fromkeys(out))

    def hosts(self, e: Event) -> list[str]:
        """The web hosts of :meth:`urls`, sorted, without ``www.``."""
        hosts = {host(u) for u in self.urls(e)}
        return sorted(h.removeprefix("www.") for h in hosts if h)


def host(url: str) -> str:
    """The host of a URL, "" when it has none or cannot be parsed (a stored URL is text
    from the input, not checked)."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


NO_DOCUMENTS = Documents()
