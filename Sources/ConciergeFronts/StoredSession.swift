import ConciergeDialog

/// A session as the store gave it back to a driver, for the fronts' cores to take up.
///
///     server.sessionsLoaded(["s1": .found(session), "s2": .absent])
///     chat.resume(.failed("database is locked"), now: date)
public enum StoredSession: Equatable, Sendable {
    case found(DialogSession)
    /// The store has no such session: a new conversation.
    case absent
    /// The store could not read it, and says why.
    case failed(String)
}

/// Why the store refused what a driver asked of it, as a front reports it.
public struct StoreFailure: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
