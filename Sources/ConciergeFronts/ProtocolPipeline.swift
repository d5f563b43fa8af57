import ConciergeEngine
import ConciergeStore
import Dispatch
import Synchronization

/// `ProtocolServer`'s group commit with the store's work moved off the answering thread:
/// while one commit runs on a background thread, the next batches are computed; when it is
/// over, the batches computed meanwhile are committed together, in one transaction.
///
/// A batch's responses are still handed out only after its commit succeeded, so a response
/// (one with `lead_captured` above all) never acknowledges a turn that is not stored. What
/// changes is when the store's time is spent: SQLite, the session JSON and the transcript
/// rows of one commit overlap with the NLU and dialog of the next batches, and a slow commit
/// (an fsync) makes the next one larger instead of making the answering thread wait. Commits
/// stay one at a time and in order.
///
///     var pipeline = ProtocolPipeline(server: server)
///     write(pipeline.submit(frames, maxLineBytes: limit))   // responses of earlier batches now stored, if any
///     write(pipeline.drain())                                // all the rest, once stored
public struct ProtocolPipeline {
    public private(set) var server: ProtocolServer
    /// How many computed turns may wait for the commit in flight before `submit` waits for
    /// it too: bounds memory and how long a response waits behind a slow disk.
    public let maxQueuedTurns: Int
    /// The batches being stored in one transaction, with their responses still to settle.
    private var inFlight: InFlight?
    /// Batches computed while that commit runs, with their requests, to compute them again
    /// should it fail (they were computed on top of its sessions). The next commit takes them all.
    private var queued: [Queued] = []
    private let queue = DispatchQueue(label: "concierge.store-commit")

    struct InFlight {
        var batches: [TurnBatch]
        /// Nil when the batches had nothing to store (only refused lines).
        var commit: BackgroundCommit?
    }

    struct Queued {
        var requests: [FrameRequest]
        var batch: TurnBatch
    }

    public init(server: ProtocolServer, maxQueuedTurns: Int = 2_048) {
        self.server = server
        self.maxQueuedTurns = maxQueuedTurns
    }

    /// Whether batches are waiting for their commit; `drain` hands out their responses.
    public var hasPendingResponses: Bool { inFlight != nil || !queued.isEmpty }

    /// Computes the responses to `frames` and has their turns stored. Returns the responses
    /// of earlier batches whose commit is over (stored, or refused and answered `internal`),
    /// in order; the rest come from a later `submit` or from `drain`.
    ///
    /// When the store refuses a commit, the batches computed meanwhile stood on sessions
    /// that must go back: all are undone, the refused ones are answered `internal`, and the
    /// others are computed again from the restored sessions.
    public mutating func submit(_ frames: [LineFramer.Frame], maxLineBytes: Int) -> [[UInt8]] {
        let requests = server.read(frames, maxLineBytes: maxLineBytes)
        // Without a store there is nothing to overlap; a forget must find every earlier turn
        // stored, so it waits for them all and runs synchronously.
        guard server.store != nil, !requests.contains(where: \.isForget) else {
            var responses = drain()
            var batch = server.compute(requests)
            responses += server.finish(&batch)
            return responses
        }
        queued.append(Queued(requests: requests, batch: server.compute(requests)))
        var responses: [[UInt8]] = []
        if let inFlight {
            let queuedTurns = queued.reduce(0) { $0 + $1.batch.turns.count }
            guard (inFlight.commit?.isOver ?? true) || queuedTurns > maxQueuedTurns else { return [] }
            responses = settleInFlight()
        }
        startCommit()
        return responses
    }

    /// Waits until every batch is stored and returns their responses, in order (`internal`
    /// errors for those the store refused); empty when none is pending.
    public mutating func drain() -> [[UInt8]] {
        var responses = settleInFlight()
        if !queued.isEmpty {
            startCommit()
            responses += settleInFlight()
        }
        return responses
    }

    /// Hands every queued batch to one background commit.
    private mutating func startCommit() {
        guard inFlight == nil, !queued.isEmpty else { return }
        let batches = queued.map(\.batch)
        queued.removeAll()
        let turns = batches.flatMap(\.commits)
        let commit = turns.isEmpty ? nil : server.store.map { BackgroundCommit(store: $0, turns: turns, on: queue) }
        inFlight = InFlight(batches: batches, commit: commit)
    }

    /// Waits for the commit in flight and answers its batches.
    private mutating func settleInFlight() -> [[UInt8]] {
        guard var flight = inFlight else { return [] }
        inFlight = nil
        let failure = flight.commit?.wait()
        if failure != nil {
            // Newest first, so each session ends as it was before the first batch that touched it.
            for index in queued.indices.reversed() { server.restore(queued[index].batch.before) }
            for index in flight.batches.indices.reversed() { server.settle(&flight.batches[index], failure: failure) }
            for index in queued.indices { queued[index].batch = server.compute(queued[index].requests) }
        } else {
            for index in flight.batches.indices { server.settle(&flight.batches[index], failure: nil) }
        }
        return flight.batches.flatMap { $0.responses.compactMap { $0 } }
    }
}

/// Turns being committed on a background queue.
final class BackgroundCommit: Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Why the store refused the batch; nil once it is stored.
    private let failure = Mutex<String?>(nil)
    private let over = Atomic<Bool>(false)

    init(store: any ConversationStore, turns: [TurnCommit], on queue: DispatchQueue) {
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
