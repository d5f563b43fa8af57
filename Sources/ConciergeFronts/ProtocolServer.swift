import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
import ConciergeNLU
import Foundation

/// The JSON-lines protocol as a pure state machine (swift-nio style): request lines, loaded
/// sessions and commit results go in; actions come out (load these sessions, commit these
/// turns, forget this session, write these response lines). It does no I/O and reads no
/// clock: the driver (`concierge serve`'s `ServeDriver`) performs the actions, passes the
/// time in, and reports back.
///
/// With a store (`storesTurns`), the turns of the requests at hand are committed together
/// (group commit), and a response is written only once its turn is stored, so a response with
/// `lead_captured` never acknowledges a lead that is not durable. While one commit runs, the
/// next batches are computed and queued; they are committed together when it is over. A
/// refused commit is answered `internal`, its sessions go back to what they were, and the
/// batches queued on top of them are computed again.
///
/// Each session has its own random source seeded from its id, so the same input (with the
/// same times) always gives the same output, however sessions interleave.
///
///     var server = ProtocolServer(bot: bot, storesTurns: false)
///     server.receive([.line(line)], now: date, timeZone: .gmt)
///     // [.write([#"{"id":null,"session":"s1","replies":[{"text":"Hi there! …"#])]
public struct ProtocolServer {
    /// What the driver must do, in order.
    public enum Action: Equatable, Sendable {
        /// Write these response lines (without newlines), in order.
        case write([[UInt8]])
        /// Read these sessions from the store, then call `sessionsLoaded`.
        case loadSessions([String])
        /// Read the stored responses of these answered requests (resent now), then call
        /// `answersLoaded`.
        case loadAnswers([AnswerAddress])
        /// Store these turns in one transaction (all or nothing), then call `commitFinished`.
        /// Only one commit is asked for at a time.
        case commit([TurnCommit])
        /// Delete every trace of the session from the store, then call `forgetFinished`.
        /// Asked for only when no commit is running or waiting.
        case forget(ForgetSubject)
    }

    /// A conversation of the table: the dialog's memory and the session's own random source.
    struct Entry {
        var dialog: DialogSession
        var random: SplitMix64
        /// The store's revision and the keys of the remembered answers, as of this entry's last turn.
        var history: SessionHistory

        /// Session `id` at `dialog` (a new conversation by default), with the random source its
        /// id seeds.
        init(_ id: String, dialog: DialogSession = DialogSession(), history: SessionHistory = SessionHistory()) {
            self.dialog = dialog
            random = SplitMix64(seed: ProtocolServer.seed(for: id))
            self.history = history
        }
    }

    public private(set) var bot: Bot
    /// Whether turns go to a store: with none, nothing is loaded, committed or waited for.
    public let storesTurns: Bool
    public let maxLineBytes: Int
    /// How many computed turns may wait behind the commit in flight before the driver should
    /// wait for it (`mustAwaitCommit`): bounds memory and how long a response waits.
    public let maxQueuedTurns: Int
    /// Whether other processes write the same store: then a session leaves the table once its
    /// turns are stored, and is read again for its next request, never served from a copy
    /// another process may have moved on.
    public let sharesStore: Bool
    var encoder = ProtocolResponseEncoder()
    var sessions: [String: Entry] = [:]
    /// Requests read but not computed yet: waiting for their sessions, or behind a forget.
    var waiting: [WaitingRequest] = []
    var isLoading = false
    /// Responses of resent requests read from the store for the run about to be computed
    /// (nil: the store no longer has it).
    var readAnswers: [AnswerAddress: String?] = [:]
    /// A forget waiting for the commits before it, or running.
    var pendingForget: WaitingRequest?
    var isForgetting = false
    /// The batches whose commit is running.
    var committing: [PendingBatch]?
    /// Batches computed while that commit runs; the next commit takes them all.
    var queued: [PendingBatch] = []

    public init(bot: Bot, storesTurns: Bool, maxLineBytes: Int = LineFramer.defaultMaxLineBytes,
                maxQueuedTurns: Int = 2_048, sharesStore: Bool = false) {
        self.bot = bot
        self.storesTurns = storesTurns
        self.sharesStore = sharesStore
        self.maxLineBytes = maxLineBytes
        self.maxQueuedTurns = maxQueuedTurns
    }

    /// How many sessions the table holds.
    public var sessionCount: Int { sessions.count }

    /// Whether a commit is running (`commitFinished` is expected).
    public var isCommitting: Bool { committing != nil }

    /// Whether the driver should wait for the running commit before reading more input: so
    /// many turns wait behind it, or a forget does (it runs only once everything before it is
    /// stored).
    public var mustAwaitCommit: Bool {
        committing != nil && (pendingForget != nil || queued.reduce(0) { $0 + $1.answers.count } > maxQueuedTurns)
    }

    /// Request lines, read at `now` (relative dates resolve in `timeZone`).
    public mutating func receive(_ frames: [LineFramer.Frame], now: Date, timeZone: TimeZone) -> [Action] {
        waiting += frames.map { WaitingRequest(request: decode($0), now: now, timeZone: timeZone) }
        return advance()
    }

    /// The sessions asked for by `.loadSessions`, with their revisions and the keys of their
    /// remembered answers (none: a new session).
    public mutating func sessionsLoaded(_ loaded: [String: StoredSession], histories: [String: SessionHistory] = [:]) -> [Action] {
        isLoading = false
        var failures: [String: String] = [:]
        for (id, session) in loaded {
            let history = histories[id] ?? SessionHistory()
            switch session {
            case .found(var dialog):
                // Stored by an earlier version of the bot, perhaps: a state that is gone starts over.
                bot.continuing(&dialog)
                sessions[id] = Entry(id, dialog: dialog, history: history)
            case .absent: sessions[id] = Entry(id, history: history)
            case .failed(let message): failures[id] = message
            }
        }
        if !failures.isEmpty { refuseRequests(of: failures) }
        return advance()
    }

    /// The end of the commit asked for by `.commit`: nil when the turns are stored, else why not.
    public mutating func commitFinished(failure: String?) -> [Action] {
        guard var batches = committing else { return [] }
        committing = nil
        if let failure {
            // Every session these batches touched is read again from the store, which holds
            // them as they were before: the failure may be another process having moved one on.
            for batch in queued { forgetSessions(of: batch) }
            for index in batches.indices.reversed() { settle(&batches[index], failure: failure) }
            // The queued batches stood on the restored sessions: compute them again, before
            // the forget (if any) that came after them.
            waiting = queued.flatMap(\.requests) + (pendingForget.map { [$0] } ?? []) + waiting
            queued.removeAll()
            pendingForget = nil
        } else {
            for index in batches.indices { settle(&batches[index], failure: nil) }
            forgetStoredSessions()
        }
        return [.write(batches.flatMap { $0.responses.compactMap { $0 } })] + advance()
    }

    /// Answers with `bot` from now on (the bot files were edited and loaded again). Every
    /// session goes on; one whose dialog state no longer exists starts over at its next
    /// message, its slots kept. Turns already computed keep the replies of the bot before.
    /// Returns how many sessions start over.
    @discardableResult
    public mutating func reloaded(_ bot: Bot) -> Int {
        self.bot = bot
        var restarted = 0
        for id in Array(sessions.keys) {
            // Taken out and put back, so the session's storage changes in place.
            guard var entry = sessions.removeValue(forKey: id) else { continue }
            if bot.continuing(&entry.dialog) != nil { restarted += 1 }
            sessions[id] = entry
        }
        return restarted
    }

    /// The end of the forget asked for by `.forget`.
    public mutating func forgetFinished(_ result: Result<ForgetResult, StoreFailure>) -> [Action] {
        guard let forget = pendingForget, case .request(let request) = forget.request else { return [] }
        pendingForget = nil
        isForgetting = false
        let response: [UInt8]
        switch result {
        case .success(let forgotten):
            for id in forgotten.sessionIDs { sessions.removeValue(forKey: id) }
            response = encoder.forgotten(forgotten, id: request.id, session: request.session)
        case .failure(let failure):
            response = encoder.error(ProtocolError(code: .internal, message: "the store could not forget: \(failure.message)",
                                                   id: request.id, session: request.session))
        }
        return [.write([response])] + advance()
    }

    /// FNV-1a of the session id: a stable seed (Swift's `hashValue` changes per process).
    static func seed(for session: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in session.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
