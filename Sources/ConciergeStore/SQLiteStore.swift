import ConciergeDialog
import Foundation
import GRDB

/// How a store behaves beyond where it is: the bot's `mask_personal_data` setting, how long
/// to wait for another process, and an optional size cap.
///
///     StoreSettings(maskPersonalData: true)
public struct StoreSettings: Hashable, Sendable {
    /// Replace e-mails and phone numbers in stored transcripts (not in sessions or leads).
    public var maskPersonalData: Bool
    /// How long a write waits for another connection before failing as `locked`.
    public var busyTimeout: TimeInterval
    /// A cap on the file size in pages (`PRAGMA max_page_count`): a quota, or a full disk in tests.
    public var maxPageCount: Int?

    /// Seals the details a session holds for consent, so another process can take it up
    /// (`PendingSeal`); without one they are never stored.
    public var pendingSeal: PendingSeal?

    public init(maskPersonalData: Bool = false, busyTimeout: TimeInterval = 5, maxPageCount: Int? = nil,
                pendingSeal: PendingSeal? = nil) {
        self.maskPersonalData = maskPersonalData
        self.busyTimeout = busyTimeout
        self.maxPageCount = maxPageCount
        self.pendingSeal = pendingSeal
    }
}

/// The SQLite store: one file per bot in WAL mode, private to its owner, with turns committed
/// cheaply and leads fsynced. Several instances (and processes) may share a file: WAL lets
/// readers run beside the writer, and writers wait up to `busyTimeout` for each other.
///
///     let store = try SQLiteStore(path: StoreFile.defaultPath(botName: "brightwave", environment: env),
///                                 botName: "brightwave")
///     try store.commit(TurnCommit(sessionID: "web-42", leads: [lead], at: now))   // on disk when this returns
///     let ephemeral = try SQLiteStore.inMemory(botName: "brightwave")   // --no-store
public struct SQLiteStore: ConversationStore {
    /// The file, or `:memory:`.
    public let path: String
    public let botName: String
    public let settings: StoreSettings
    let queue: DatabaseQueue
    /// The turns this instance stored last for each session (see `SessionTail`).
    let tails = TailCache()

    /// Opens the store at `path`, creating it (0600) when missing. Refuses, without writing
    /// to it, a file that is not SQLite, truncated, read-only, another bot's or newer.
    public init(path: String, botName: String, settings: StoreSettings = StoreSettings()) throws {
        self.path = path
        self.botName = botName
        self.settings = settings
        do {
            try StoreFile.prepare(path: path)
            queue = try DatabaseQueue(path: path, configuration: Self.configuration(settings))
            try Self.openSchema(queue, path: path, botName: botName, file: true)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// An ephemeral store that lives as long as the value (`--no-store`).
    public static func inMemory(botName: String, settings: StoreSettings = StoreSettings()) throws -> SQLiteStore {
        try SQLiteStore(memoryFor: botName, settings: settings)
    }

    private init(memoryFor botName: String, settings: StoreSettings) throws {
        path = ":memory:"
        self.botName = botName
        self.settings = settings
        do {
            queue = try DatabaseQueue(configuration: Self.configuration(settings))
            try Self.openSchema(queue, path: path, botName: botName, file: false)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Closes the connection; the last connection to close checkpoints and removes the WAL.
    public func close() throws {
        do { try queue.close() } catch { throw StoreError.wrapping(error, path: path) }
    }

    private static func configuration(_ settings: StoreSettings) -> Configuration {
        var configuration = Configuration()
        configuration.label = "ConciergeStore"
        configuration.busyMode = .timeout(settings.busyTimeout)
        configuration.foreignKeysEnabled = true
        let maxPageCount = settings.maxPageCount
        configuration.prepareDatabase { db in
            // Deleted rows are overwritten with zeros, not just unlinked: `forget` relies on it.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // In WAL mode NORMAL survives a crash of the process (commits are in the WAL, in the
            // OS cache) without an fsync per turn; lead commits switch to FULL.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A checkpoint copies the WAL's pages into the database and fsyncs both files. At
            // SQLite's default (every 1,000 pages) a busy server checkpointed after nearly
            // every batch of turns, rewriting the same hot session pages each time; every
            // 10,000 pages (40 MB) copies each hot page once for many batches. The WAL file is
            // then cut back to 4 MB so it does not keep its peak size.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
            try db.execute(sql: "PRAGMA journal_size_limit = 4194304")
            try db.execute(sql: "PRAGMA cache_size = -16384")
            if let maxPageCount {
                try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)")
            }
        }
        return configuration
    }

    /// What the file holds before we write anything.
    private enum Found {
        case empty
        case foreign
        case store(bot: String?, version: Int)
    }

    /// Reads `meta` first and writes only to an empty file or our own older schema.
    private static func openSchema(_ queue: DatabaseQueue, path: String, botName: String, file: Bool) throws {
        let found = try queue.read { db -> Found in
            let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty { return .empty }
            guard tables.contains("meta") else { return .foreign }
            let bot = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'bot'")
            let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'").flatMap { Int($0) }
            return .store(bot: bot, version: version ?? 0)
        }
        switch found {
        case .foreign:
            throw StoreError.notAStore(path: path)
        case .store(let bot, let version):
            guard let bot, version > 0 else { throw StoreError.notAStore(path: path) }
            guard bot == botName else { throw StoreError.otherBot(path: path, found: bot, expected: botName) }
            guard version <= Schema.version else {
                throw StoreError.newerSchema(path: path, found: version, supported: Schema.version)
            }
            if version == Schema.version { return }
        case .empty:
            break
        }
        if file {
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        }
        try Schema.migrator(botName: botName).migrate(queue)
    }

    /// Runs `body` on the connection, turning SQLite errors into store errors.
    func perform<Value>(_ body: (Database) throws -> Value) throws -> Value {
        do {
            return try queue.writeWithoutTransaction(body)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }
}
