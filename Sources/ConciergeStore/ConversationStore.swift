import ConciergeEngine
import ConciergeDialog
import Foundation

/// Where conversations, transcripts and leads live between turns and restarts. SQLite today
/// (`SQLiteStore`), PostgreSQL next: this is the one seam between the engine and a database.
///
/// Synchronous on purpose: a front must not answer before the turn is stored. A front with
/// several requests at hand stores their turns together, and may compute the next ones on
/// another thread meanwhile (`serve` does).
///
///     let store = try SQLiteStore(path: "brightwave.sqlite", botName: "brightwave")
///     let session = try store.loadSession(id: "web-42") ?? DialogSession()
///     try store.commit(TurnCommit(sessionID: "web-42", session: next, turn: entry, leads: leads, at: now))
///     // every lead in `leads` is on disk now: only then write the reply
public protocol ConversationStore: Sendable {
    /// What is saved under each of `ids` (a new conversation for an unknown id): the session,
    /// its revision and the keys of the requests it answered last. One read for many sessions.
    func loadConversations(ids: [String]) throws -> [String: StoredConversation]

    /// The stored responses of answered requests (to answer a resend again), by address; an
    /// address with no stored answer (pruned, or never answered) is missing from the result.
    func responses(to addresses: [AnswerAddress]) throws -> [AnswerAddress: String]

    /// Stores a batch of turns in one transaction, all or nothing, in order: each turn's
    /// session, transcript entry and captured leads. When any turn has leads the commit is
    /// durable (fsynced) before this returns; otherwise it survives a crash of the process but
    /// may be lost with the power. One transaction for many turns is what makes a store-backed
    /// server nearly as fast as an in-memory one.
    func commit(_ turns: [TurnCommit]) throws

    /// The leads captured at or after `since` (all when nil), oldest first.
    func leads(since: Date?) throws -> [LeadRecord]

    /// Deletes every trace of a person: sessions, transcripts and leads, then rewrites the
    /// files so the deleted bytes are gone from disk too.
    func forget(_ subject: ForgetSubject) throws -> ForgetResult

    /// Aggregates over the turns and leads at or after `since` (all when nil).
    func report(since: Date?, funnel: FunnelStates) throws -> StoreReport

    /// The stored revision of each of `ids` that is stored (how many turns were applied to it):
    /// a cheap check that a session read earlier is still current.
    func revisions(of ids: [String]) throws -> [String: Int]

    /// Whether other processes (on other hosts) may write the same store at the same time, so
    /// a front must read a session again for each request instead of keeping its copy.
    var isShared: Bool { get }

    /// Ends the connection; the store is not used afterwards.
    func close() throws
}

extension ConversationStore {
    public var isShared: Bool { false }

    /// Read through the whole conversations by default.
    public func revisions(of ids: [String]) throws -> [String: Int] {
        try loadConversations(ids: ids).mapValues(\.revision)
    }

    /// Nothing to close by default.
    public func close() throws {}

    /// The session saved under `id`, or nil when there is none (a new conversation).
    public func loadSession(id: String) throws -> DialogSession? {
        try loadConversations(ids: [id])[id]?.session
    }

    /// Stores one turn atomically (a batch of one).
    public func commit(_ turn: TurnCommit) throws {
        try commit([turn])
    }
}

/// Which dialog states make up the lead funnel, taken from the bot's dialog: the states with
/// a form (qualification started) and the states its `done` leads to (completed).
///
///     FunnelStates(formStates: ["demo_form"], completionStates: ["demo_booked", "demo_booked_standard"])
public struct FunnelStates: Hashable, Sendable {
    public var formStates: Set<String>
    public var completionStates: Set<String>

    public init(formStates: Set<String> = [], completionStates: Set<String> = []) {
        self.formStates = formStates
        self.completionStates = completionStates
    }
}

/// What a store holds of one conversation besides its transcript: the session, how many turns
/// were applied to it (its revision) and the keys of the requests it answered last, oldest
/// first (their responses stay in the store: `responses(to:)`).
///
///     let stored = try store.loadConversations(ids: ["web-42"])["web-42"] ?? StoredConversation()
///     stored.answeredKeys.last   // "\"m-7\""
public struct StoredConversation: Hashable, Sendable {
    /// Nil for a new conversation (or one known only through a lead).
    public var session: DialogSession?
    public var revision: Int
    public var answeredKeys: [String]

    public init(session: DialogSession? = nil, revision: Int = 0, answeredKeys: [String] = []) {
        self.session = session
        self.revision = revision
        self.answeredKeys = answeredKeys
    }
}
