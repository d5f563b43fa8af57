import GRDB

/// A connection that holds an exclusive lock on the store until closed: exclusive locking
/// mode from the first access (so WAL readers are locked out too) and a write left open.
/// For the tests of a store locked by another process (store tests and the CLI's).
///
///     let holder = try lockingConnection(path)
///     // opening `path` now fails as locked
///     try holder.close()
public func lockingConnection(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
    let holder = try DatabaseQueue(path: path, configuration: configuration)
    try holder.writeWithoutTransaction { db in
        try db.execute(sql: "BEGIN EXCLUSIVE; UPDATE meta SET value = value")
    }
    return holder
}
