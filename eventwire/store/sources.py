"""Every outlet a document's text came from (issue 12, item 8).

A document's id is the digest of its clean text, so the same wire copy run by three outlets is
one document; each outlet's address, publication date and title is kept as a row of
``sources``. Reading the text again from another outlet, or with a corrected ``--published``,
adds that source instead of being skipped as "already stored".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..records import Document

if TYPE_CHECKING:
    from .database import Store

_COLUMNS = ("document_id", "url", "published", "title", "outlet", "source")


def _row(d: Document) -> tuple[str, str | None, date | None, str | None, str | None, str]:
    return (d.id, d.url, d.published, d.title, d.outlet, d.source)


def add_sources(store: Store, docs: Sequence[Document]) -> int:
    """Record the outlets of ``docs`` not yet known (same document, url and date); returns
    how many were added."""
    if not docs:
        return 0
    import pyarrow as pa

    rows = sorted({_row(d) for d in docs}, key=repr)
    table = pa.table({name: pa.array([r[i] for r in rows], pa.date32() if name == "published"
                                     else pa.string()) for i, name in enumerate(_COLUMNS)})
    return store._insert_new(
        "sources", table, "s.document_id = n.document_id AND s.url IS NOT DISTINCT FROM n.url "
        "AND s.published IS NOT DISTINCT FROM n.published",
        only=("document_id", [d.id for d in docs]))


def sources_of(store: Store, document_id: str) -> list[tuple[str | None, date | None]]:
    """The (url, published) of every outlet of a document, in the order they were read."""
    return [tuple(r) for r in store._run(
        "SELECT url, published FROM sources WHERE document_id = ? ORDER BY rowid",
        [document_id])]


def source_json(url: str | None, published: date | None, title: str | None,
                outlet: str | None) -> dict[str, Any]:
    """One outlet of a document as exports and the API show it (``document.sources``)."""
    return {"url": url, "published": published.isoformat() if published else None,
            "title": title, "outlet": outlet}


def has_table(con: Any, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
                            "AND table_name = ?", [name]).fetchone()[0])


def has_column(con: Any, table: str, column: str) -> bool:
    # duckdb_columns(): a third of the time of information_schema.columns (3 ms at 50k rows).
    return bool(con.execute("SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'main' "
                            "AND table_name = ? AND column_name = ?",
                            [table, column]).fetchone()[0])


def sources_by_document(con: Any, ids: Sequence[str] | None = None
                        ) -> dict[str, list[dict[str, Any]]]:
    """Every outlet of each document (of ``ids``, or all), in the order they were read
    (the store has the sources table: migration 0004).

    One id is looked up through the ``sources_document_id`` index; a list or all documents
    is one scan (DuckDB uses no index for IN lists)."""
    sql = "SELECT document_id, url, published, title, outlet FROM sources"
    params: list[Any] = []
    if ids is not None:
        ids = list(ids)
        if not ids:
            return {}
        sql += " WHERE document_id = ?" if len(ids) == 1 else \
            " WHERE document_id IN (SELECT unnest(?))"
        params.append(ids[0] if len(ids) == 1 else ids)
    out: dict[str, list[dict[str, Any]]] = {}
    for doc, *src in con.execute(sql + " ORDER BY rowid", params).fetchall():
        out.setdefault(doc, []).append(source_json(*src))
    return out
