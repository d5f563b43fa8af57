import GRDB

/// The store's tables, one migration per schema version. A migration is never edited once
/// released: a change is a new migration that also bumps `meta.schema_version`.
///
///     try Schema.migrator(botName: "brightwave").migrate(queue)
enum Schema {
    /// The newest schema this code reads and writes.
    static let version = 3

    static func migrator(botName: String) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // Which bot and schema the file belongs to, so another bot's file or a newer
            // schema is refused before anything is written.
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE session (
                    id TEXT PRIMARY KEY NOT NULL,
                    data TEXT,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE TABLE turn (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    at DATETIME NOT NULL,
                    text TEXT NOT NULL,
                    intent TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    state TEXT,
                    events TEXT NOT NULL DEFAULT '[]'
                );
                CREATE INDEX turn_by_session ON turn(session_id);
                CREATE INDEX turn_by_time ON turn(at);
                CREATE TABLE lead (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    captured_at DATETIME NOT NULL,
                    email TEXT,
                    name TEXT,
                    company TEXT,
                    phone TEXT,
                    tier TEXT,
                    score REAL,
                    consent INTEGER NOT NULL,
                    fields TEXT NOT NULL DEFAULT '{}'
                );
                CREATE INDEX lead_by_time ON lead(captured_at);
                CREATE INDEX lead_by_session ON lead(session_id);
                CREATE INDEX lead_by_email ON lead(email COLLATE NOCASE);
                """)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('bot', ?), ('schema_version', '1')",
                           arguments: [botName])
        }
        migrator.registerMigration("v2") { db in
            // The bot's texts of each turn, and a session's transcript tail as the ids of the
            // turns that hold it (`SessionTail`): a session row no longer carries its last 20
            // turns, which made it the bulk of every commit. Older rows keep NULL: a tail is
            // stored by reference only to turns written with their reply.
            //
            // No index of turns by session: turns arrive in random session order, so each
            // batch inserted into most of that index's pages, writing ~200 pages per batch to
            // the WAL (more than all the rest). Only `forget` and `report` look turns up by
            // session, and both read the whole table anyway (`forget` then rewrites the file).
            try db.execute(sql: """
                ALTER TABLE turn ADD COLUMN reply TEXT;
                ALTER TABLE session ADD COLUMN tail TEXT;
                DROP INDEX turn_by_session;
                UPDATE meta SET value = '2' WHERE key = 'schema_version';
                """)
        }
        migrator.registerMigration("v3") { db in
            // Retry-safe requests and many processes: a session's revision counts the turns
            // applied to it, so a turn computed on an older copy is refused (`Revisions`); the
            // requests it answered last are kept with their responses, keyed by the revision
            // of their turn, so keeping the last 100 is a range delete on the primary key.
            try db.execute(sql: """
                ALTER TABLE session ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE answered (
                    session_id TEXT NOT NULL,
                    revision INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    response TEXT NOT NULL,
                    PRIMARY KEY (session_id, revision)
                ) WITHOUT ROWID;
                UPDATE meta SET value = '3' WHERE key = 'schema_version';
                """)
        }
        return migrator
    }
}
