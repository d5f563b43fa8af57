import Foundation
import GRDB

/// Why the store refused to open or to write, worded for the person running the bot.
///
///     StoreError.otherBot(path: "a.sqlite", found: "acme", expected: "brightwave").description
///     // "the store 'a.sqlite' belongs to the bot 'acme', not 'brightwave'; pass --store with another file"
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case notSQLite(path: String)
    case truncated(path: String, size: Int, expected: Int)
    case damaged(path: String, message: String)
    case readOnly(path: String)
    case notAFile(path: String)
    case cannotCreate(path: String, reason: String)
    case notAStore(path: String)
    case otherBot(path: String, found: String, expected: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case locked(path: String)
    case full(path: String)
    /// Deleted rows are gone from the database but still in the write-ahead log, because
    /// another connection is reading.
    case checkpointBlocked(path: String)
    case unreadableSession(id: String, message: String)
    case notAnEmail(String)
    case database(path: String, message: String)
    /// Another process applied turns to the session since this one read it.
    case conflict(sessionID: String, stored: Int, read: Int)
    /// Another process held the session longer than the lock timeout.
    case sessionLocked(sessionID: String?, seconds: Double)
    /// The database server cannot be reached (or the connection broke).
    case unreachable(url: String, message: String)
    /// The server refused the login or the database.
    case refused(url: String, message: String)
    /// The key file for sealing details held for consent (`PendingSeal`) cannot be used.
    case unusableSealKey(path: String, message: String)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            "the store '\(path)' is not a SQLite database; it was left untouched (pass --store with another file)"
        case .truncated(let path, let size, let expected):
            "the store '\(path)' is truncated (\(size) bytes, its header says \(expected)); it was left untouched — restore it from a backup"
        case .damaged(let path, let message):
            "the store '\(path)' is damaged (\(message)); it was left untouched — restore it from a backup"
        case .readOnly(let path):
            "the store '\(path)' is read-only; make it writable (chmod 600) or pass --store with another file"
        case .notAFile(let path):
            "the store '\(path)' is not a regular file"
        case .cannotCreate(let path, let reason):
            "cannot create the store '\(path)': \(reason)"
        case .notAStore(let path):
            "'\(path)' is a SQLite database but not a Concierge store; it was left untouched"
        case .otherBot(let path, let found, let expected):
            "the store '\(path)' belongs to the bot '\(found)', not '\(expected)'; pass --store with another file"
        case .newerSchema(let path, let found, let supported):
            "the store '\(path)' has schema version \(found), newer than this concierge understands (\(supported)); upgrade concierge"
        case .locked(let path):
            "the store '\(path)' is locked by another process (is another concierge running on it?)"
        case .full(let path):
            "the store '\(path)' is full (disk or size limit reached); nothing of this turn was written"
        case .checkpointBlocked(let path):
            "the rows were deleted from '\(path)', but another process is reading the store, so old pages are still in its write-ahead log; run forget again when it has stopped"
        case .notAnEmail(let text):
            "'\(text)' is not an e-mail address (an argument with @ is taken as one); nothing was deleted"
        case .unreadableSession(let id, let message):
            "the saved session '\(id)' cannot be read (\(message)); start it afresh"
        case .database(let path, let message):
            "the store '\(path)' failed: \(message)"
        case .conflict(let sessionID, let stored, let read):
            "session \(sessionID) was changed by another process (revision \(stored), read at \(read)); nothing of this batch was stored — send the request again"
        case .sessionLocked(let sessionID, let seconds):
            "session \(sessionID ?? "?") is locked by another process for more than \(seconds) s (a stuck worker?); nothing of this batch was stored — send the request again"
        case .unreachable(let url, let message):
            "cannot reach the store '\(url)': \(message)"
        case .refused(let url, let message):
            "the store '\(url)' refused the connection: \(message)"
        case .unusableSealKey(let path, let message):
            "the seal key '\(path)' cannot be used: \(message)"
        }
    }

    /// The store error for a SQLite error, so callers see one kind of error.
    static func wrapping(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .database(path: path, message: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        case .SQLITE_FULL: return .full(path: path)
        case .SQLITE_NOTADB: return .notSQLite(path: path)
        case .SQLITE_CORRUPT: return .damaged(path: path, message: error.message ?? "corrupt")
        case .SQLITE_READONLY: return .readOnly(path: path)
        default: return .database(path: path, message: error.message ?? error.description)
        }
    }
}
