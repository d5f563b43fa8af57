import ArgumentParser
import ConciergeBot
import ConciergeStore
import Foundation

/// `--store PATH|URL` / `--no-store`: where conversations and leads are kept — a SQLite file
/// (default: one per bot under `$XDG_DATA_HOME/concierge/`), a PostgreSQL database shared by
/// many workers (`postgresql://USER[:PASSWORD]@HOST[:PORT]/DB`, or `postgres://`; the password
/// may come from `PGPASSWORD`), or nowhere.
///
///     concierge leads --bot brightwave --store /var/lib/concierge/brightwave.sqlite
///     concierge serve --bot brightwave --store postgresql://concierge@db.internal/brightwave
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store: a SQLite file (default: $XDG_DATA_HOME/concierge/<bot name>.sqlite) or postgresql://USER[:PASSWORD]@HOST[:PORT]/DB.",
                               valueName: "path|url"))
    var store: String?

    @Flag(name: .customLong("no-store"), help: "Keep nothing: an in-memory store that ends with the process.")
    var noStore = false

    @Option(name: .customLong("seal-key"),
            help: ArgumentHelp("A key file (32 random bytes, or a longer secret) sealing the details visitors type before consent, so another worker can take the conversation up (default with a SQLite file: '<store>.seal-key', created when missing; with PostgreSQL: none, they are never stored).",
                               valueName: "path"))
    var sealKey: String?

    /// Seconds to wait for another process holding the store (SQLite) or a session (PostgreSQL); hidden, for tests and scripts.
    @Option(name: .customLong("busy-timeout"), help: .hidden)
    var busyTimeout: Double = 5

    func validate() throws {
        if store != nil, noStore { throw ValidationError("--store and --no-store exclude each other") }
        if busyTimeout < 0 { throw ValidationError("--busy-timeout must not be negative") }
        guard let store else { return }
        if PostgreSQLURL.isURL(store) {
            if let problem = PostgreSQLURL.problem(store) { throw ValidationError("--store: \(problem)") }
            return
        }
        // Any other URL would become a folder named after its scheme ("mysql:") with a SQLite
        // file in it: refuse it instead of storing somewhere nobody looks.
        if let scheme = store.range(of: "://").map({ store[..<$0.lowerBound] }), !scheme.isEmpty,
           scheme.allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }) {
            throw ValidationError("--store takes the path of a SQLite file or a postgresql:// URL; '\(scheme)://' URLs are not supported")
        }
    }

    /// The file this bot's store lives in (or its database URL); nil with --no-store.
    func path(botName: String) -> String? {
        noStore ? nil : store ?? StoreFile.defaultPath(botName: botName, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens (or creates) the store, printing a refusal and exiting 1 when it cannot be used.
    /// `mustExist` is for commands that only read or delete: they never create an empty store.
    /// `sealsPending` is for the commands that converse (`serve`, `chat`): they seal the details
    /// held for consent with `--seal-key` or the SQLite store's own key (`PendingSeal`).
    func open(botName: String, maskPersonalData: Bool = false, mustExist: Bool = false,
              sealsPending: Bool = false) throws -> any ConversationStore {
        var settings = StoreSettings(maskPersonalData: maskPersonalData, busyTimeout: busyTimeout)
        do {
            guard let path = path(botName: botName) else { return try SQLiteStore.inMemory(botName: botName, settings: settings) }
            if sealsPending { settings.pendingSeal = try pendingSeal(storePath: path) }
            if PostgreSQLURL.isURL(path) {
                return try PostgreSQLStore(url: path, botName: botName, settings: settings, mustExist: mustExist)
            }
            if mustExist, !FileManager.default.fileExists(atPath: path) {
                printError("error: there is no store at '\(path)' (nothing recorded yet for the bot '\(botName)'?); pass --store")
                throw ExitCode(1)
            }
            return try SQLiteStore(path: path, botName: botName, settings: settings)
        } catch let error as StoreError {
            printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}

extension StoreOptions {
    /// The seal for details held for consent: `--seal-key`, else the key beside a SQLite
    /// file (made on first use, private to its owner like the store), else none.
    func pendingSeal(storePath path: String) throws -> PendingSeal? {
        if let sealKey { return try PendingSeal(keyFile: sealKey) }
        return PostgreSQLURL.isURL(path) ? nil : try PendingSeal.beside(storePath: path)
    }
}

/// `--since DATE`: only what happened at or after a date (`2026-11-01` or a full ISO 8601 time).
struct SinceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only from this date on, e.g. 2026-11-01 or 2026-11-01T09:00:00Z.", valueName: "date"))
    var since: String?

    func validate() throws {
        if let since, ReferenceClock.parse(since) == nil {
            throw ValidationError("--since expects a date such as 2026-11-01 or 2026-11-01T09:00:00Z, not '\(since)'")
        }
    }

    var date: Date? { since.flatMap(ReferenceClock.parse)?.date }
}

/// Runs a store operation, printing a store error and exiting 1 instead of a stack of Swift.
func withStore<Value>(_ body: () throws -> Value) throws -> Value {
    do {
        return try body()
    } catch let error as StoreError {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}
