/// The PostgreSQL store's tables, one migration per schema version, applied in a transaction
/// under an advisory lock so two workers starting together migrate once. A migration is never
/// edited once released: a change is a new one that bumps `meta.schema_version`.
///
/// The commit of a batch of turns is one function, `concierge_commit`, so that a batch without
/// an erasure is one statement and one round trip: it locks the batch's sessions
/// (transaction-scoped advisory locks, in a fixed order so two batches cannot deadlock), reads
/// their revisions under the locks, refuses the batch when a session moved on since its turns
/// were computed, and inserts turns, leads, answered requests and sessions set-wise.
///
///     try PostgreSQLSchema.migrations[0].forEach(connection.execute)
enum PostgreSQLSchema {
    /// The newest schema this code reads and writes.
    static var version: Int { migrations.count }

    static let migrations: [[String]] = [v1]

    private static let v1 = [
        """
        CREATE TABLE session (
            id text PRIMARY KEY,
            data text,
            revision integer NOT NULL DEFAULT 0,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE TABLE turn (
            id bigserial PRIMARY KEY,
            session_id text NOT NULL,
            at timestamptz NOT NULL,
            text text NOT NULL,
            intent text NOT NULL,
            confidence double precision NOT NULL,
            state text,
            events text NOT NULL DEFAULT '[]',
            reply text NOT NULL DEFAULT '[]'
        );
        CREATE INDEX turn_by_session ON turn (session_id);
        CREATE INDEX turn_by_time ON turn (at);
        CREATE TABLE lead (
            id bigserial PRIMARY KEY,
            session_id text NOT NULL,
            captured_at timestamptz NOT NULL,
            email text,
            name text,
            company text,
            phone text,
            tier text,
            score double precision,
            consent boolean NOT NULL,
            fields text NOT NULL DEFAULT '{}'
        );
        CREATE INDEX lead_by_time ON lead (captured_at);
        CREATE INDEX lead_by_session ON lead (session_id);
        CREATE INDEX lead_by_email ON lead (lower(email));
        CREATE TABLE answered (
            session_id text NOT NULL,
            revision integer NOT NULL,
            key text NOT NULL,
            response text NOT NULL,
            PRIMARY KEY (session_id, revision)
        );
        """,
        """
        CREATE FUNCTION concierge_commit(batch jsonb, keep integer) RETURNS text LANGUAGE plpgsql AS $$
        DECLARE
            s jsonb;
            current integer;
            revisions jsonb := '{}';
        BEGIN
            -- Durable as the SQLite store is: a batch with a lead waits for the WAL flush
            -- before it returns; one without survives the worker's crash (the server has it)
            -- but may be lost with the server's, like SQLite's synchronous = NORMAL.
            IF jsonb_array_length(batch->'leads') = 0 THEN
                PERFORM set_config('synchronous_commit', 'off', true);
            END IF;
            FOR s IN SELECT value FROM jsonb_array_elements(batch->'sessions') ORDER BY hashtextextended(value->>'id', 0), value->>'id' LOOP
                PERFORM pg_advisory_xact_lock(hashtextextended(s->>'id', 0));
                SELECT revision INTO current FROM session WHERE id = s->>'id';
                current := coalesce(current, 0);
                IF jsonb_typeof(s->'before') = 'number' AND (s->>'before')::integer <> current THEN
                    RETURN format('%s %s %s', current, s->>'before', s->>'id');
                END IF;
                revisions := revisions || jsonb_build_object(s->>'id', current);
            END LOOP;
            INSERT INTO turn (session_id, at, text, intent, confidence, state, events, reply)
                SELECT t.session_id, to_timestamp(t.at), t.text, t.intent, t.confidence, t.state, t.events, t.reply
                FROM jsonb_to_recordset(batch->'turns')
                    AS t(session_id text, at double precision, text text, intent text, confidence double precision,
                         state text, events text, reply text, n integer)
                ORDER BY t.n;
            INSERT INTO lead (session_id, captured_at, email, name, company, phone, tier, score, consent, fields)
                SELECT l.session_id, to_timestamp(l.at), l.email, l.name, l.company, l.phone, l.tier, l.score, l.consent, l.fields
                FROM jsonb_to_recordset(batch->'leads')
                    AS l(session_id text, at double precision, email text, name text, company text, phone text, tier text,
                         score double precision, consent boolean, fields text, n integer)
                ORDER BY l.n;
            INSERT INTO answered (session_id, revision, key, response)
                SELECT a.session_id, (revisions->>a.session_id)::integer + a.ordinal, a.key, a.response
                FROM jsonb_to_recordset(batch->'answered') AS a(session_id text, ordinal integer, key text, response text)
                ON CONFLICT (session_id, revision) DO UPDATE SET key = excluded.key, response = excluded.response;
            INSERT INTO session (id, data, revision, created_at, updated_at)
                SELECT x.id, x.data, (revisions->>x.id)::integer + x.count, to_timestamp(x.at), to_timestamp(x.at)
                FROM jsonb_to_recordset(batch->'sessions') AS x(id text, data text, count integer, at double precision)
                ON CONFLICT (id) DO UPDATE SET data = coalesce(excluded.data, session.data), revision = excluded.revision,
                    updated_at = excluded.updated_at;
            -- One range delete on the primary key per session past `keep` answers (a join
            -- with the batch's sessions was planned as a scan of the whole table).
            FOR s IN SELECT value FROM jsonb_array_elements(batch->'sessions') LOOP
                current := (revisions->>(s->>'id'))::integer + (s->>'count')::integer - keep;
                IF current > 0 THEN
                    DELETE FROM answered WHERE session_id = s->>'id' AND revision <= current;
                END IF;
            END LOOP;
            RETURN NULL;
        END
        $$;
        """,
    ]
}
