"""The store's schema, as named, ordered migrations from the first table on.

A migration is never edited once released: a schema change is a new migration at the end.
``schema_migrations`` records the names applied, so opening a database brings it up to date,
and a database written by a newer eventwire is refused instead of damaged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_documents", """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,            -- sha256 of the clean text
            source VARCHAR NOT NULL,           -- input path, or "-"
            line INTEGER,                      -- 1-based line in a .jsonl input
            title VARCHAR, url VARCHAR, published DATE, published_from VARCHAR,
            dateline VARCHAR, outlet VARCHAR,
            text VARCHAR NOT NULL
        );
    """),
    Migration("0002_events", """
        -- One row per (merged) event: the full JSON record plus flat columns for filtering,
        -- named as in eventwire.export.flat. No secondary (ART) indexes: DuckDB keeps min/max
        -- zone maps on every column, its planner did not use ART indexes for the IN-list
        -- lookups of merging (EXPLAIN: sequential scans, ~6 ms per 100k reports), and each
        -- index made every commit slower (measured with benchmarks/store.py).
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY,
            label VARCHAR NOT NULL, event_type VARCHAR, sub_event_type VARCHAR,
            date_start DATE, date_end DATE,
            location_name VARCHAR, location_country VARCHAR, location_iso2 VARCHAR,
            location_geonameid BIGINT, location_latitude DOUBLE, location_longitude DOUBLE,
            fatalities_best BIGINT, document_id VARCHAR NOT NULL, document_published DATE,
            confidence DOUBLE,
            n_mentions INTEGER NOT NULL,
            record JSON NOT NULL
        );
        -- Each event as the pipeline handed it over (one per document): merging is always
        -- recomputed from these, so the result does not depend on batch boundaries.
        CREATE TABLE reports (
            report_id VARCHAR NOT NULL,        -- the event id the pipeline gave
            event_id VARCHAR NOT NULL,         -- the merged event it belongs to
            merge_key VARCHAR,                 -- digest of eventwire.merge.merge_key
            document_id VARCHAR NOT NULL,
            record JSON                        -- NULL: a lone report, the same as its event's
        );
        -- Where each event is told: one row per report sentence.
        CREATE TABLE mentions (
            event_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,              -- 0 = the event's own evidence
            document_id VARCHAR NOT NULL,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            sentence VARCHAR NOT NULL
        );
    """),
    Migration("0003_failures", """
        CREATE TABLE failures (
            source VARCHAR NOT NULL, line INTEGER, stage VARCHAR NOT NULL,
            message VARCHAR NOT NULL
        );
    """),
    Migration("0005_review", """
        -- Analysts' reviews, an append-only audit trail (eventwire/store/review.py): a
        -- re-run rewrites events but never this table; report_ids let a review follow its
        -- event when merging changes the event's id.
        CREATE TABLE reviews (
            seq INTEGER PRIMARY KEY,           -- order of the reviews
            event_id VARCHAR NOT NULL,         -- the event's id when reviewed
            report_ids VARCHAR[] NOT NULL,     -- its reports then
            action VARCHAR NOT NULL,           -- accept, reject, correct
            changes JSON NOT NULL,             -- the corrected fields as given
            before JSON NOT NULL, after JSON NOT NULL,   -- those fields in the record
            note VARCHAR NOT NULL, reviewer VARCHAR NOT NULL,
            reviewed_at TIMESTAMP NOT NULL     -- UTC
        );
    """),
    Migration("0004_merge_blocks", """
        -- After 0005: that one was released first, and migrations apply in this order.
        -- Merging across runs (eventwire/store/merging.py). Each report's blocking keys as
        -- rows, so a new report finds the stored reports it may tell the same event as
        -- without reading the store; component_id: set when the report was clustered (the
        -- id of its event then); NULL marks reports stored before this migration, which get
        -- their keys on the next write.
        ALTER TABLE reports ADD COLUMN component_id VARCHAR;
        CREATE TABLE report_keys (key VARCHAR NOT NULL, report_id VARCHAR NOT NULL);
        -- Every outlet that published a document's text (the same wire copy on several
        -- sites): its address, date and title; the document row keeps the first one read.
        CREATE TABLE sources (
            document_id VARCHAR NOT NULL, url VARCHAR, published DATE, title VARCHAR,
            outlet VARCHAR, source VARCHAR NOT NULL
        );
    """),
    Migration("0006_columns", """
        -- What filters, summaries and the API read of an event as real columns (named as in
        -- eventwire.export.flat, so merging writes them with the others), filled from the
        -- record for events stored before; the language each document was read in.
        ALTER TABLE documents ADD COLUMN language VARCHAR;   -- ISO 639-1; NULL: not recorded
        ALTER TABLE events ADD COLUMN date_precision INTEGER;
        ALTER TABLE events ADD COLUMN location_admin1 VARCHAR;
        ALTER TABLE events ADD COLUMN location_geo_precision INTEGER;
        ALTER TABLE events ADD COLUMN actor1_name VARCHAR;
        ALTER TABLE events ADD COLUMN actor1_inter INTEGER;
        ALTER TABLE events ADD COLUMN actor1_country VARCHAR;
        ALTER TABLE events ADD COLUMN actor2_name VARCHAR;
        ALTER TABLE events ADD COLUMN actor2_inter INTEGER;
        ALTER TABLE events ADD COLUMN actor2_country VARCHAR;
        ALTER TABLE events ADD COLUMN claim_source VARCHAR;
        ALTER TABLE events ADD COLUMN claim_kind VARCHAR;
        UPDATE events SET
            date_precision = TRY_CAST(record->>'$.date.precision' AS INTEGER),
            location_admin1 = record->>'$.location.admin1',
            location_geo_precision = TRY_CAST(record->>'$.location.geo_precision' AS INTEGER),
            actor1_name = record->>'$.actor1.name',
            actor1_inter = TRY_CAST(record->>'$.actor1.inter' AS INTEGER),
            actor1_country = record->>'$.actor1.country',
            actor2_name = record->>'$.actor2.name',
            actor2_inter = TRY_CAST(record->>'$.actor2.inter' AS INTEGER),
            actor2_country = record->>'$.actor2.country',
            claim_source = record->>'$.claim.source', claim_kind = record->>'$.claim.kind';
        -- Lookups by one value ("="), which DuckDB answers from an ART index: an event's
        -- reports and a document's (the API's event and document pages), a document's
        -- outlets. DuckDB's planner does not use them for IN lists or joins (0002's note);
        -- the cost on ingest is measured in the README (benchmarks/store.py).
        CREATE INDEX reports_event_id ON reports (event_id);
        CREATE INDEX reports_document_id ON reports (document_id);
        CREATE INDEX sources_document_id ON sources (document_id);
    """),
    Migration("0007_review_state", """
        -- Each event's review state (accepted, rejected, corrected; NULL: not reviewed), the
        -- state of its last review (eventwire/store/review.py): kept up to date by reviews
        -- and by every write that rewrites events, so SQL over the store can filter on it.
        ALTER TABLE events ADD COLUMN review_state VARCHAR;
        UPDATE events SET review_state = s.state FROM (
            SELECT c.event_id, CASE arg_max(r.action, r.seq) WHEN 'accept' THEN 'accepted'
                WHEN 'reject' THEN 'rejected' ELSE 'corrected' END AS state
            FROM (SELECT r.seq, coalesce(
                    (SELECT e.event_id FROM events e WHERE e.event_id = r.event_id),
                    (SELECT min(p.event_id) FROM reports p
                     WHERE p.report_id IN (SELECT unnest(r.report_ids)))) AS event_id
                  FROM reviews r) c
            JOIN reviews r ON r.seq = c.seq WHERE c.event_id IS NOT NULL GROUP BY c.event_id
        ) s WHERE events.event_id = s.event_id;
    """),
    Migration("0008_id_hashes", """
        -- Merging looks a batch's ids up (report ids, blocking keys, components, events):
        -- reading the id strings whole was the one cost of merging that grew with the store
        -- (benchmarks/store_size.py). Each id column looked up gets a 64-bit integer twin
        -- derived from the id (eventwire/store/lookup.py: id_hash, the first 16 hex digits of
        -- its sha256 less 2^63), with an ART index (0009): a few ids are found in the index,
        -- many by reading 8 bytes a row. Every write fills them (merging.py). IF NOT EXISTS:
        -- applying it again (a test rolls a store back to 0006) changes nothing.
        CREATE OR REPLACE TEMPORARY MACRO id_hash(id) AS
            (('0x' || left(sha256(id), 16))::UBIGINT::HUGEINT - 9223372036854775808)::BIGINT;
        ALTER TABLE report_keys ADD COLUMN IF NOT EXISTS key_hash BIGINT;
        UPDATE report_keys SET key_hash = id_hash(key);
        ALTER TABLE reports ADD COLUMN IF NOT EXISTS report_id_hash BIGINT;
        ALTER TABLE reports ADD COLUMN IF NOT EXISTS event_id_hash BIGINT;
        ALTER TABLE reports ADD COLUMN IF NOT EXISTS component_id_hash BIGINT;
        UPDATE reports SET report_id_hash = id_hash(report_id), event_id_hash = id_hash(event_id),
            component_id_hash = id_hash(component_id);
        ALTER TABLE events ADD COLUMN IF NOT EXISTS event_id_hash BIGINT;
        UPDATE events SET event_id_hash = id_hash(event_id);
        ALTER TABLE mentions ADD COLUMN IF NOT EXISTS event_id_hash BIGINT;
        UPDATE mentions SET event_id_hash = id_hash(event_id);
        DROP MACRO id_hash;
    """),
    Migration("0009_id_hash_indexes", """
        -- The twins' indexes (0008): DuckDB cannot index a column updated in the same
        -- transaction.
        CREATE INDEX IF NOT EXISTS report_keys_key_hash ON report_keys (key_hash);
        CREATE INDEX IF NOT EXISTS reports_report_id_hash ON reports (report_id_hash);
        CREATE INDEX IF NOT EXISTS reports_event_id_hash ON reports (event_id_hash);
        CREATE INDEX IF NOT EXISTS reports_component_id_hash ON reports (component_id_hash);
        CREATE INDEX IF NOT EXISTS events_event_id_hash ON events (event_id_hash);
        CREATE INDEX IF NOT EXISTS mentions_event_id_hash ON mentions (event_id_hash);
    """),
    Migration("0010_admin2", """
        -- The second-level region (county, district) as a real column beside 0006's admin1,
        -- filled from the record for the events stored before (a record written before the
        -- places stage kept admin2 has none: its exports look the region up,
        -- eventwire.places.admin). IF NOT EXISTS: applying it again changes nothing.
        ALTER TABLE events ADD COLUMN IF NOT EXISTS location_admin2 VARCHAR;
        UPDATE events SET location_admin2 = record->>'$.location.admin2'
            WHERE location_admin2 IS NULL;
    """),
    Migration("0011_sentence_vectors", """
        -- The sentence encoder's vectors of the texts merging compares (each report's
        -- headline and sentence; eventwire/store/vectors.py), so that a later run reads them
        -- instead of encoding old text again. One row per text and encoder: text_hash is
        -- the text's 64-bit twin (lookup.py's id_hash, as 0008's), indexed; the text itself
        -- is compared on reading, so two texts sharing a hash never share a vector. Vectors
        -- of another encoder or release are never read. Filled by every write; reports
        -- stored before this get theirs when merging next compares them (a migration cannot
        -- run the encoder). IF NOT EXISTS: applying it again changes nothing.
        CREATE TABLE IF NOT EXISTS sentence_vectors (
            text_hash BIGINT NOT NULL,
            encoder VARCHAR NOT NULL,          -- the encoder's class, as module.name
            encoder_version VARCHAR NOT NULL,  -- its package's version
            text VARCHAR NOT NULL,
            vector BLOB NOT NULL               -- float16, little-endian, one per dimension
        );
        CREATE INDEX IF NOT EXISTS sentence_vectors_text_hash ON sentence_vectors (text_hash);
    """),
    Migration("0012_confidence_with_crime", """
        -- Each event's confidence with ordinary crime and policing counted, for
        -- `export --include-crime` (eventwire.records.kept_confidence), filled from the record
        -- for the events stored before; a record written before it existed has none (NULL:
        -- such an event is kept by its `confidence`). IF NOT EXISTS: applying it again
        -- changes nothing.
        ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence_with_crime DOUBLE;
        UPDATE events SET confidence_with_crime = (record->>'$.confidence_with_crime')::DOUBLE
            WHERE confidence_with_crime IS NULL;
    """),
    Migration("0013_targets", """
        -- What each event hit (Event.targets) as eventwire.export.flat's column, "kind: text"
        -- pairs joined by "; ", so that filters can ask for kinds (store.filters.EventFilter),
        -- filled from the record for the events stored before (NULL: nothing hit is named).
        -- No lambdas: DuckDB 2 refuses the arrow syntax, releases before 1.3 the new one.
        -- IF NOT EXISTS: applying it again changes nothing.
        ALTER TABLE events ADD COLUMN IF NOT EXISTS targets VARCHAR;
        UPDATE events SET targets = (
            SELECT string_agg(j.kinds[i] || ': ' || j.texts[i], '; ' ORDER BY i)
            FROM (SELECT json_extract_string(events.record, '$.targets[*].kind') AS kinds,
                         json_extract_string(events.record, '$.targets[*].text') AS texts) j,
                 range(1, len(j.kinds) + 1) r(i))
            WHERE targets IS NULL AND json_array_length(record, '$.targets') > 0;
    """),
    Migration("0014_report_keys_beyond", """
        -- The blocking-key rows of a big event's reports that no new report's sample of the
        -- event can take (eventwire/store/heads.py): kept, not looked up by merging, put back
        -- when reprocessing rewrites their component. IF NOT EXISTS: applying it again
        -- changes nothing.
        CREATE TABLE IF NOT EXISTS report_keys_beyond (
            key VARCHAR NOT NULL, report_id VARCHAR NOT NULL, key_hash BIGINT
        );
    """),
    Migration("0015_tally_parts", """
        -- Big events' tallies (eventwire/store/stored_tallies.py), so that a new process
        -- grows such an event without reading all of its reports: each part a pickled tally
        -- of some of the event's reports, read only by the code that wrote it (format); the
        -- event's row names its parts (tally_stamp; NULL: none, as for every event stored
        -- before). IF NOT EXISTS: applying it again changes nothing.
        ALTER TABLE events ADD COLUMN IF NOT EXISTS tally_stamp BIGINT;
        CREATE TABLE IF NOT EXISTS tally_parts (
            stamp BIGINT NOT NULL,             -- the event row's tally_stamp
            reports INTEGER NOT NULL,          -- the reports the part tallies
            format VARCHAR NOT NULL,           -- stored_tallies.code_version of its writer
            tally BLOB NOT NULL                -- pickled, zlib-compressed
        );
        CREATE INDEX IF NOT EXISTS tally_parts_stamp ON tally_parts (stamp);
    """),
)

SCHEMA_VERSION = len(MIGRATIONS)

_BOOKKEEPING = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL
    )
"""


def applied(con: Any) -> list[str]:
    """Names of the migrations applied to a database, in order."""
    rows = con.execute("SELECT name FROM schema_migrations ORDER BY version").fetchall()
    return [r[0] for r in rows]


def check_readable(con: Any, path: str) -> None:
    """Check, without writing, that a store opened read-only has this eventwire's schema.

    Reading never migrates (only writing does): an older store is refused with what to run.
    """
    tables = _tables(con)
    if "schema_migrations" not in tables:
        if not tables:
            raise StoreError(f"{path} holds no eventwire store yet: fill it with "
                             f"`eventwire ingest PATH... --db {path}` first")
        raise _not_a_store(path, tables)
    done = _known_applied(con, path)
    if len(done) < SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by an older eventwire (schema version {len(done)}, this one "
            f"reads {SCHEMA_VERSION}), and reading never changes a store: run "
            f"`eventwire ingest PATH... --db {path}` once (it upgrades the store before "
            "writing), then read it again")


def _tables(con: Any) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}


def _not_a_store(path: str, tables: set[str]) -> StoreError:
    return StoreError(f"{path} is a DuckDB database but not an eventwire store (tables: "
                      f"{', '.join(sorted(tables))}): choose another --db path")


def _known_applied(con: Any, path: str) -> list[str]:
    """The migrations applied, refused when a newer eventwire applied some we do not know."""
    done = applied(con)
    known = [m.name for m in MIGRATIONS]
    if done != known[:len(done)]:
        newer = [n for n in done if n not in known]
        raise StoreError(
            f"{path} has schema version {len(done)} ({', '.join(newer or done[-1:])}) but this "
            f"eventwire knows version {SCHEMA_VERSION}: upgrade eventwire "
            f"(pip install -U eventwire) or use another --db path")
    return done


def migrate(con: Any, path: str, upto: int = SCHEMA_VERSION) -> list[str]:
    """Apply the missing migrations (up to ``upto``), each in its own transaction.

    Returns the names applied. Raises :class:`StoreError` for a database this eventwire cannot
    read: not an eventwire store, or written by a newer version.
    """
    tables = _tables(con)
    if tables and "schema_migrations" not in tables:
        raise _not_a_store(path, tables)
    con.execute(_BOOKKEEPING).fetchall()
    done = _known_applied(con, path)
    names = []
    for version, m in enumerate(MIGRATIONS[len(done):upto], start=len(done) + 1):
        con.execute("BEGIN TRANSACTION").fetchall()
        try:
            con.execute(m.sql).fetchall()
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())",
                        [version, m.name]).fetchall()
            con.execute("COMMIT").fetchall()
        except Exception as exc:
            con.execute("ROLLBACK").fetchall()
            raise StoreError(f"{path}: migration {m.name} failed ({exc}); the database is left "
                             f"at version {version - 1}: report this as a bug") from exc
        names.append(m.name)
    return names
