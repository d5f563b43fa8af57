import ConciergeDialog
import ConciergeEngine

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

/// What a store keeps of a session for `serve` besides the session: how many turns were
/// applied to it (its revision, which the next turn's commit must follow) and the keys of the
/// requests it answered last. Their responses stay in the store (about 1 KB each, 100 per
/// session): a resend is rare, and reads its response back (`ProtocolServer.Action.loadAnswers`).
///
///     server.sessionsLoaded(["s1": .found(session)], histories: ["s1": SessionHistory(revision: 4, answeredKeys: ["7"])])
public struct SessionHistory: Equatable, Sendable {
    public var revision: Int
    /// Oldest first, at most `AnsweredRequest.remembered`.
    public var answeredKeys: [String]

    public init(revision: Int = 0, answeredKeys: [String] = []) {
        self.revision = revision
        self.answeredKeys = answeredKeys
    }
}
