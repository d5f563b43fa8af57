import CLibPQ
import Foundation
import Synchronization

/// One libpq connection, used by one thread at a time (a lock around every call), that opens
/// again by itself after the server went away: a failed call throws, the next one reconnects.
/// Parameters and results travel as text; `nil` is SQL NULL.
///
///     let connection = try PostgreSQLConnection(url: "postgresql://bot@db.internal/brightwave")
///     let rows = try connection.query("SELECT value FROM meta WHERE key = $1", ["bot"])   // [["brightwave"]]
final class PostgreSQLConnection: Sendable {
    /// The URL without its password, for messages.
    let displayURL: String
    private let url: String
    /// Seconds a statement waits for a lock (a session locked by another process) before failing.
    private let lockTimeout: Double
    private let handle: Mutex<OpaquePointer?>

    /// Connects, or throws `unreachable` (no server there) or `refused` (login or database).
    init(url: String, lockTimeout: Double = 5) throws {
        self.url = url
        self.lockTimeout = lockTimeout
        displayURL = PostgreSQLURL.withoutPassword(url)
        handle = Mutex(nil)
        try handle.withLock { connection in connection = try open() }
    }

    deinit {
        handle.withLock { connection in
            if let connection { PQfinish(connection) }
        }
    }

    /// Ends the connection; a later call opens a new one.
    func close() {
        handle.withLock { connection in
            if let connection { PQfinish(connection) }
            connection = nil
        }
    }

    /// Runs one statement; its result rows as text.
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        try handle.withLock { connection in
            let live = try connected(&connection)
            return try run(sql, parameters, on: live)
        }
    }

    /// Runs a statement that changes nothing; when the connection turns out to be broken (the
    /// server restarted since the last call), once more on a new connection.
    func read(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        try handle.withLock { connection in
            let live = try connected(&connection)
            do {
                return try run(sql, parameters, on: live)
            } catch StoreError.unreachable where PQstatus(live) != CONNECTION_OK {
                return try run(sql, parameters, on: try connected(&connection))
            }
        }
    }

    /// Runs one statement without parameters (several separated by `;` are allowed).
    func execute(_ sql: String) throws {
        try query(sql)
    }

    /// Runs `body` inside BEGIN … COMMIT on this connection, rolled back when it throws.
    func transaction<Value>(_ body: (_ query: (String, [String?]) throws -> [[String?]]) throws -> Value) throws -> Value {
        try handle.withLock { connection in
            let live = try connected(&connection)
            try run("BEGIN", [], on: live)
            do {
                let value = try body { sql, parameters in try run(sql, parameters, on: live) }
                try run("COMMIT", [], on: live)
                return value
            } catch {
                // The connection may be gone, then there is nothing to roll back.
                if PQstatus(live) == CONNECTION_OK { _ = try? run("ROLLBACK", [], on: live) }
                throw error
            }
        }
    }

    private func open() throws -> OpaquePointer {
        guard let connection = PQconnectdb(url) else { throw StoreError.unreachable(url: displayURL, message: "out of memory") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(connection)
            PQfinish(connection)
            throw Self.connectionError(message, url: displayURL)
        }
        // Times as numbers and UTF-8 text, whatever the server's defaults; bounded lock waits.
        let settings = "SET client_encoding = 'UTF8'; SET TimeZone = 'UTC'; SET lock_timeout = '\(Int(lockTimeout * 1000))ms'"
        let result = PQexec(connection, settings)
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_COMMAND_OK else {
            let message = Self.message(connection)
            PQfinish(connection)
            throw StoreError.database(path: displayURL, message: message)
        }
        return connection
    }

    /// The open connection, opened again when the server dropped it since.
    private func connected(_ connection: inout OpaquePointer?) throws -> OpaquePointer {
        if let live = connection, PQstatus(live) == CONNECTION_OK { return live }
        if let dead = connection { PQfinish(dead) }
        connection = nil
        let fresh = try open()
        connection = fresh
        return fresh
    }

    @discardableResult
    private func run(_ sql: String, _ parameters: [String?], on connection: OpaquePointer) throws -> [[String?]] {
        // Without parameters, PQexec: it also runs several statements (a migration).
        let result = parameters.isEmpty ? PQexec(connection, sql) : withParameters(parameters) { values in
            PQexecParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        defer { PQclear(result) }
        guard let result else { throw StoreError.unreachable(url: displayURL, message: Self.message(connection)) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK:
            return []
        case PGRES_TUPLES_OK:
            return Self.rows(result)
        default:
            if PQstatus(connection) != CONNECTION_OK {
                throw StoreError.unreachable(url: displayURL, message: Self.message(connection))
            }
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = PQresultErrorMessage(result).map { String(cString: $0) } ?? "failed"
            throw PostgreSQLError(state: state, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    private func withParameters<Result>(_ parameters: [String?], _ body: ([UnsafePointer<CChar>?]) -> Result) -> Result {
        let copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { for copy in copies { free(copy) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    private static func rows(_ result: OpaquePointer) -> [[String?]] {
        let count = PQntuples(result)
        let columns = PQnfields(result)
        return (0..<count).map { row in
            (0..<columns).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    private static func message(_ connection: OpaquePointer) -> String {
        PQerrorMessage(connection).map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
    }

    /// A refused login or a missing database is the user's to fix; anything else is the network.
    static func connectionError(_ message: String, url: String) -> StoreError {
        let refusals = ["password authentication failed", "does not exist", "no password supplied", "permission denied",
                        "no pg_hba.conf entry"]
        if refusals.contains(where: message.contains) { return .refused(url: url, message: message) }
        return .unreachable(url: url, message: message)
    }
}

/// An error the server reported for a statement, with its SQLSTATE.
struct PostgreSQLError: Error, Hashable, Sendable, CustomStringConvertible {
    var state: String
    var message: String
    var description: String { message }

    /// `lock_not_available`: `lock_timeout` passed while waiting.
    var isLockTimeout: Bool { state == "55P03" }
}
