import Foundation

/// The PostgreSQL store: one database per bot, shared by any number of `serve` workers on any
/// number of hosts. Each worker holds one connection (libpq, synchronous like the store
/// protocol); a batch of turns is one statement (`concierge_commit`, see `PostgreSQLSchema`),
/// durable when it returns (the server's `synchronous_commit`). A session's turns are applied
/// one at a time and in order, whichever worker computed them: the commit locks the session
/// and refuses turns computed on a revision that is no longer the stored one.
///
///     let store = try PostgreSQLStore(url: "postgresql://concierge@db.internal/brightwave", botName: "brightwave")
///     try store.commit(TurnCommit(sessionID: "web-42", session: next, turn: entry, leads: [lead], at: now))
public struct PostgreSQLStore: ConversationStore {
    /// The URL without its password.
    public let url: String
    public let botName: String
    public let settings: StoreSettings
    /// Commits, forgets and migrations.
    let connection: PostgreSQLConnection
    /// Reads: a front reads the next sessions on it while a commit runs on the other.
    let reader: PostgreSQLConnection

    /// Connects and opens the bot's tables, creating them in an empty database. Refuses,
    /// without writing to it, a database of another bot, with a newer schema, or with tables
    /// that are not a Concierge store. `settings.busyTimeout` bounds every wait for a session
    /// locked by another worker.
    ///
    /// With `mustExist` (the commands that only read or delete) an empty database is refused
    /// instead of getting the tables.
    public init(url: String, botName: String, settings: StoreSettings = StoreSettings(), mustExist: Bool = false) throws {
        if let problem = PostgreSQLURL.problem(url) { throw StoreError.cannotCreate(path: PostgreSQLURL.withoutPassword(url), reason: problem) }
        self.url = PostgreSQLURL.withoutPassword(url)
        self.botName = botName
        self.settings = settings
        connection = try PostgreSQLConnection(url: url, lockTimeout: settings.busyTimeout)
        reader = try PostgreSQLConnection(url: url, lockTimeout: settings.busyTimeout)
        if mustExist, case .empty = try wrapping({ try found(connection.query) }) {
            throw StoreError.cannotCreate(path: self.url, reason: "the database holds no Concierge store yet (nothing recorded for the bot '\(botName)'?)")
        }
        try openSchema()
    }

    /// Many workers share one database.
    public var isShared: Bool { true }

    public func close() throws {
        connection.close()
        reader.close()
    }

    /// What the database holds before we write anything.
    private enum Found {
        case empty
        case foreign
        case store(bot: String?, version: Int)
    }

    private func found(_ query: (String, [String?]) throws -> [[String?]]) throws -> Found {
        let tables = try query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", []).compactMap { $0.first ?? nil }
        if tables.isEmpty { return .empty }
        guard tables.contains("meta") else { return .foreign }
        let meta = try query("SELECT key, value FROM meta", [])
        let values = Dictionary(meta.compactMap { row in row.count == 2 ? row[0].map { ($0, row[1] ?? "") } : nil },
                                uniquingKeysWith: { first, _ in first })
        return .store(bot: values["bot"], version: values["schema_version"].flatMap { Int($0) } ?? 0)
    }

    /// Checks whose the database is, then migrates an empty one or our own older schema.
    private func openSchema() throws {
        if case .some(let version) = try check(wrapping { try found(connection.query) }), version == PostgreSQLSchema.version { return }
        try wrapping {
            try connection.transaction { query in
                // One migrator at a time; the others find the work done.
                _ = try query("SELECT pg_advisory_xact_lock(hashtextextended('concierge migrations', 0))", [])
                guard let from = try check(found(query)) else {
                    _ = try query("CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL)", [])
                    _ = try query("INSERT INTO meta (key, value) VALUES ('bot', $1), ('schema_version', '0')", [botName])
                    try migrate(from: 0, query)
                    return
                }
                try migrate(from: from, query)
            }
        }
    }

    private func migrate(from version: Int, _ query: (String, [String?]) throws -> [[String?]]) throws {
        guard version < PostgreSQLSchema.version else { return }
        for migration in PostgreSQLSchema.migrations[version...] {
            for script in migration { _ = try query(script, []) }
        }
        _ = try query("UPDATE meta SET value = $1 WHERE key = 'schema_version'", [String(PostgreSQLSchema.version)])
    }

    /// The schema version of our own store (nil: an empty database); throws for anything else.
    private func check(_ found: Found) throws -> Int? {
        switch found {
        case .empty:
            return nil
        case .foreign:
            throw StoreError.notAStore(path: url)
        case .store(let bot, let version):
            guard let bot else { throw StoreError.notAStore(path: url) }
            guard bot == botName else { throw StoreError.otherBot(path: url, found: bot, expected: botName) }
            guard version <= PostgreSQLSchema.version else {
                throw StoreError.newerSchema(path: url, found: version, supported: PostgreSQLSchema.version)
            }
            return version
        }
    }

    /// Runs `body`, turning the server's errors into store errors.
    func wrapping<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as PostgreSQLError {
            if error.isLockTimeout { throw StoreError.sessionLocked(sessionID: nil, seconds: settings.busyTimeout) }
            throw StoreError.database(path: url, message: error.message)
        }
    }
}
