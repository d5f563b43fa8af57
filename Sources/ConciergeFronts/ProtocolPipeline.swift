import ConciergeStore
import Dispatch
import Synchronization

/// `ProtocolServer`'s group commit with the store's work moved off the answering thread:
/// while one batch's turns are written on a background thread, the next batch is computed.
///
/// A batch's responses are still handed out only after its commit succeeded, so a response
/// (one with `lead_captured` above all) never acknowledges a turn that is not stored. What
/// changes is when the store's CPU time is spent: SQLite, the session JSON and the transcript
/// rows of one batch overlap with the NLU and dialog of the next, so on two cores the store
/// costs `serve` little of its throughput. Commits stay one at a time and in order.
///
///     var pipeline = ProtocolPipeline(server: server)
///     write(pipeline.submit(frames, maxLineBytes: limit))   // the batch before's responses, if any
///     write(pipeline.drain())                                // this batch's, once it is stored
public struct ProtocolPipeline {
    public private(set) var server: ProtocolServer
    /// The batch whose turns are being stored, with its responses still to settle.
    private var inFlight: InFlight?
    private let queue = DispatchQueue(label: "concierge.store-commit")

    struct InFlight {
        var batch: TurnBatch
        /// Nil when the batch had nothing to store (only refused lines).
        var commit: BackgroundCommit?
    }

    public init(server: ProtocolServer) {
        self.server = server
    }

    /// Whether a batch is waiting for its commit; `drain` hands out its responses.
    public var hasPendingResponses: Bool { inFlight != nil }

    /// Computes the responses to `frames` and starts storing their turns. Returns the
    /// responses of the batch submitted before, now that it is stored (or refused), in order;
    /// this batch's come from the next `submit` or `drain`.
    ///
    /// When the store refuses the batch before, this one was computed on top of sessions
    /// that must go back: both are undone, the refused one is answered `internal`, and this
    /// one is computed again from the restored sessions.
    public mutating func submit(_ frames: [LineFramer.Frame], maxLineBytes: Int) -> [[UInt8]] {
        let requests = server.read(frames, maxLineBytes: maxLineBytes)
        // Without a store there is nothing to overlap; a forget must find every earlier turn
        // stored, so it waits for the one in flight and runs synchronously.
        guard let store = server.store, !requests.contains(where: \.isForget) else {
            var responses = drain()
            var batch = server.compute(requests)
            responses += server.finish(&batch)
            return responses
        }
        var batch = server.compute(requests)
        var responses: [[UInt8]] = []
        if var previous = takeInFlight() {
            let failure = previous.commit?.wait()
            if failure != nil {
                server.restore(batch.before)
                server.settle(&previous.batch, failure: failure)
                batch = server.compute(requests)
            } else {
                server.settle(&previous.batch, failure: nil)
            }
            responses = previous.batch.responses.compactMap { $0 }
        }
        let commit = batch.turns.isEmpty ? nil : BackgroundCommit(store: store, turns: batch.commits, on: queue)
        inFlight = InFlight(batch: batch, commit: commit)
        return responses
    }

    /// Waits for the batch in flight to be stored and returns its responses, in order
    /// (`internal` errors when the store refused it); empty when none is in flight.
    public mutating func drain() -> [[UInt8]] {
        guard var previous = takeInFlight() else { return [] }
        server.settle(&previous.batch, failure: previous.commit?.wait())
        return previous.batch.responses.compactMap { $0 }
    }

    private mutating func takeInFlight() -> InFlight? {
        defer { inFlight = nil }
        return inFlight
    }
}

/// One batch's turns being committed on a background queue.
final class BackgroundCommit: Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Why the store refused the batch; nil once it is stored.
    private let failure = Mutex<String?>(nil)

    init(store: any ConversationStore, turns: [TurnCommit], on queue: DispatchQueue) {
        queue.async { [self] in
            do {
                try store.commit(turns)
            } catch {
                let message = "\(error)"
                failure.withLock { $0 = message }
            }
            done.signal()
        }
    }

    /// Blocks until the commit is over: nil when the turns are stored, else why not.
    func wait() -> String? {
        done.wait()
        return failure.withLock { $0 }
    }
}
