import ConciergeDialog
import ConciergeEngine
import ConciergeFronts
import ConciergeStore
import Dispatch
import Foundation
import Synchronization

/// Performs what `ProtocolServer` asks for: the one place where `serve` touches the store and
/// the clock. Store work runs on one serial queue, so loads, commits and forgets reach the
/// store one at a time and in order; a commit runs there in the background while the next
/// lines are computed, and its responses come out once it is over.
///
///     var driver = ServeDriver(bot: bot, clock: .system(timeZone: .current), store: store)
///     write(driver.submit(frames))   // responses of earlier batches now stored, if any
///     write(driver.drain())          // all the rest, once stored
struct ServeDriver {
    /// Where "now" comes from: fixed (`--now`, reproducible) or the system clock per read.
    enum Clock: Sendable {
        case fixed(Date, timeZone: TimeZone)
        case system(timeZone: TimeZone)

        var now: (Date, TimeZone) {
            switch self {
            case .fixed(let date, let zone): (date, zone)
            case .system(let zone): (Date(), zone)
            }
        }
    }

    private(set) var server: ProtocolServer
    let clock: Clock
    let store: (any ConversationStore)?
    private let queue = DispatchQueue(label: "concierge.store")
    /// The commit the server asked for, running on `queue`.
    private var commit: BackgroundCommit?
    /// With a shared store: the sessions as this process last stored them (`SharedSessionCache`).
    private var cache: SharedSessionCache?
    /// Whether the server asked for a forget during this `submit`.
    private var forgot = false

    /// A driver for `bot`, storing turns in `store` when there is one.
    init(bot: Bot, clock: Clock, store: (any ConversationStore)?, maxLineBytes: Int = LineFramer.defaultMaxLineBytes,
         maxQueuedTurns: Int = 2_048) {
        server = ProtocolServer(bot: bot, storesTurns: store != nil, maxLineBytes: maxLineBytes,
                                maxQueuedTurns: maxQueuedTurns, sharesStore: store?.isShared ?? false)
        self.clock = clock
        self.store = store
        cache = store?.isShared == true ? SharedSessionCache() : nil
    }

    /// Answers with `bot` from now on; returns how many sessions start over (their state is gone).
    mutating func reloaded(_ bot: Bot) -> Int {
        server.reloaded(bot)
    }

    /// Whether responses wait for a commit; `drain` hands them out.
    var hasPendingResponses: Bool { server.isCommitting }

    /// Computes the responses to `frames` and has their turns stored. Returns the responses
    /// whose commit is over (stored, or refused and answered `internal`), in order; the rest
    /// come from a later `submit` or from `drain`.
    mutating func submit(_ frames: [LineFramer.Frame]) -> [[UInt8]] {
        let earlier = commit
        let (now, timeZone) = clock.now
        var output: [[UInt8]] = []
        forgot = false
        perform(server.receive(frames, now: now, timeZone: timeZone), into: &output)
        // The commit that was running before these lines: settled now if it is over, or if
        // too many turns (or a forget) wait behind it. A commit started by these lines is left
        // to run, unless a forget was among them: forgets are rare, and a desk that sends one
        // gets the answers to everything it sent with it.
        if let earlier, earlier === commit, earlier.isOver || server.mustAwaitCommit {
            settleCommit(into: &output)
        }
        if forgot { output += drain() }
        return output
    }

    /// Waits until every computed turn is stored and returns the remaining responses, in
    /// order (`internal` errors for those the store refused); empty when none is pending.
    mutating func drain() -> [[UInt8]] {
        var output: [[UInt8]] = []
        while commit != nil { settleCommit(into: &output) }
        return output
    }

    /// The responses to `frames` once all are stored: `submit` then `drain`.
    mutating func respond(to frames: [LineFramer.Frame]) -> [[UInt8]] {
        submit(frames) + drain()
    }

    private mutating func settleCommit(into output: inout [[UInt8]]) {
        guard let running = commit else { return }
        commit = nil
        let failure = running.wait()
        if failure == nil { cache?.stored(running.turns) } else { cache?.forget(running.turns.map(\.sessionID)) }
        perform(server.commitFinished(failure: failure), into: &output)
    }

    private mutating func perform(_ actions: [ProtocolServer.Action], into output: inout [[UInt8]]) {
        var actions = actions[...]
        while let action = actions.popFirst() {
            switch action {
            case .write(let lines):
                output += lines
            case .loadSessions(let ids):
                let (sessions, histories) = load(ids, through: &cache)
                actions = server.sessionsLoaded(sessions, histories: histories)[...] + actions
            case .loadAnswers(let addresses):
                actions = server.answersLoaded(readResponses(addresses), asked: addresses)[...] + actions
            case .commit(let turns):
                // Asked for only when turns are stored, that is when there is a store.
                guard let store else { continue }
                commit = BackgroundCommit(store: store, turns: turns, on: queue)
            case .forget(let subject):
                forgot = true
                actions = server.forgetFinished(forget(subject))[...] + actions
            }
        }
    }

    /// The sessions `ids` with their histories, in one read of the store. When that read
    /// fails, each is read alone, so one unreadable session fails only its own requests.
    ///
    /// A shared store reads on its own connection, here, while a commit runs on the queue:
    /// the sessions asked for are none of those being committed (the core still holds those).
    /// A file store reads on the queue, after the commits before.
    private func load(_ ids: [String], through cache: inout SharedSessionCache?) -> ([String: StoredSession], [String: SessionHistory]) {
        guard let store else { return (Dictionary(ids.map { ($0, .absent) }, uniquingKeysWith: { first, _ in first }), [:]) }
        if var shared = cache {
            // A refusal to read many is answered one by one below, each with its own error.
            if let loaded = try? shared.load(ids, from: store) {
                cache = shared
                return Self.taken(loaded, ids)
            }
            return Self.loadOneByOne(ids, from: store)
        }
        return queue.sync {
            if let loaded = try? store.loadConversations(ids: ids) { return Self.taken(loaded, ids) }
            return Self.loadOneByOne(ids, from: store)
        }
    }

    /// The stored responses of resent requests: on the shared store's own connection, or on
    /// the queue after the commits before (as `load`).
    private func readResponses(_ addresses: [AnswerAddress]) -> Result<[AnswerAddress: String], StoreFailure> {
        guard let store else { return .success([:]) }
        let read = { () -> Result<[AnswerAddress: String], StoreFailure> in
            do {
                return .success(try store.responses(to: addresses))
            } catch {
                return .failure(StoreFailure("\(error)"))
            }
        }
        return cache != nil ? read() : queue.sync(execute: read)
    }

    private static func loadOneByOne(_ ids: [String], from store: any ConversationStore)
        -> ([String: StoredSession], [String: SessionHistory]) {
        var sessions: [String: StoredSession] = [:]
        var histories: [String: SessionHistory] = [:]
        for id in ids {
            do {
                let (session, history) = taken(try store.loadConversations(ids: [id]), [id])
                sessions.merge(session) { _, new in new }
                histories.merge(history) { _, new in new }
            } catch {
                sessions[id] = .failed("\(error)")
            }
        }
        return (sessions, histories)
    }

    /// The loaded conversations as the core takes them (a new one for an id not stored).
    private static func taken(_ loaded: [String: StoredConversation], _ ids: [String])
        -> ([String: StoredSession], [String: SessionHistory]) {
        var sessions: [String: StoredSession] = [:]
        var histories: [String: SessionHistory] = [:]
        for id in ids {
            let stored = loaded[id] ?? StoredConversation()
            sessions[id] = stored.session.map(StoredSession.found) ?? .absent
            histories[id] = SessionHistory(revision: stored.revision, answeredKeys: stored.answeredKeys)
        }
        return (sessions, histories)
    }

    private mutating func forget(_ subject: ForgetSubject) -> Result<ForgetResult, StoreFailure> {
        guard let store else { return .failure(StoreFailure("no store")) }
        let result = queue.sync { store.forgetting(subject) }
        if case .success(let forgotten) = result { cache?.forget(forgotten.sessionIDs) }
        return result
    }
}

/// Turns being committed on the store's queue.
final class BackgroundCommit: Sendable {
    let turns: [TurnCommit]
    private let done = DispatchSemaphore(value: 0)
    /// Why the store refused the turns; nil once they are stored.
    private let failure = Mutex<String?>(nil)
    private let over = Atomic<Bool>(false)

    init(store: any ConversationStore, turns: [TurnCommit], on queue: DispatchQueue) {
        self.turns = turns
        queue.async { [self] in
            do {
                try store.commit(turns)
            } catch {
                let message = "\(error)"
                failure.withLock { $0 = message }
            }
            over.store(true, ordering: .releasing)
            done.signal()
        }
    }

    /// Whether the commit is over (`wait` will not block).
    var isOver: Bool { over.load(ordering: .acquiring) }

    /// Blocks until the commit is over: nil when the turns are stored, else why not.
    func wait() -> String? {
        done.wait()
        return failure.withLock { $0 }
    }
}
