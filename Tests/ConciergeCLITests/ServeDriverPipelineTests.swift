@testable import concierge
import ConciergeEngine
import ConciergeDialog
import ConciergeFronts
import ConciergeStore
import Foundation
import Synchronization
import Testing

/// The overlapped group commit: batches are computed while a commit runs, and a batch's
/// responses only come out once its turns are stored.
@Suite struct ServeDriverPipelineTests {
    let batchTests = ServeDriverBatchTests()

    func frames(_ session: String, _ texts: [String], firstID: Int) throws -> [LineFramer.Frame] {
        try texts.enumerated().map { try batchTests.frame(session, $1, id: firstID + $0) }
    }

    /// Batches of two interleaved conversations, the lead one ending with a captured lead.
    func batches() throws -> [[LineFramer.Frame]] {
        let lead = ServeDriverBatchTests.leadConversation
        return try stride(from: 0, to: lead.count, by: 3).map { start in
            let texts = Array(lead[start..<min(start + 3, lead.count)])
            return try frames("lead", texts, firstID: start) + frames("other", ["hi", "how much is it?"], firstID: 100 + start)
        }
    }

    @Test func theResponsesAreThoseOfTheSynchronousServerInOrder() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var pipeline = try batchTests.makeServer(store)
        var control = try batchTests.makeServer(RecordingStore(try SQLiteStore.inMemory(botName: "brightwave")))
        var expected: [[UInt8]] = []
        var received: [[UInt8]] = []
        for (index, batch) in try batches().enumerated() {
            expected += control.respond(to: batch)
            let answered = pipeline.submit(batch)
            // The first batch's responses wait at least for the second submit.
            if index == 0 { #expect(answered.isEmpty) }
            received += answered
        }
        #expect(pipeline.hasPendingResponses)
        received += pipeline.drain()
        #expect(!pipeline.hasPendingResponses)
        #expect(pipeline.drain().isEmpty)

        #expect(received == expected)
        // However the batches were grouped into commits, every turn was stored once, in order.
        #expect(store.commits.flatMap { $0.map(\.sessionID) } == expected.indices.map { $0 % 5 < 3 ? "lead" : "other" })
        #expect(try store.leads(since: nil).map(\.email) == ["ana@globex.com"])
        #expect(try store.loadSession(id: "lead")?.turns == ServeDriverBatchTests.leadConversation.count)
    }

    @Test func withNoRoomToQueueEachBatchWaitsForTheCommitBefore() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var pipeline = try batchTests.makeServer(store, maxQueuedTurns: 0)
        var counts: [Int] = []
        for batch in try batches() {
            counts.append(pipeline.submit(batch).count)
        }
        counts.append(pipeline.drain().count)
        #expect(counts == [0, 5, 5, 5])
        #expect(store.commits.map(\.count) == [5, 5, 5])
    }

    @Test func batchesComputedDuringACommitAreAnsweredAfterItAndStoredTogether() throws {
        let store = GatedStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var pipeline = try batchTests.makeServer(store)
        // The first commit is held back; submit still returns: it does not wait for the store.
        for id in 1...3 {
            #expect(pipeline.submit(try frames("s", ["hi"], firstID: id)).isEmpty)
        }
        #expect(store.commitSizes.isEmpty)
        store.open()
        let responses = try batchTests.parse(pipeline.drain())
        #expect(responses.map { $0["id"] } == [1, 2, 3])
        #expect(responses.allSatisfy { $0["error"] == nil })
        // The two batches computed while the first was being stored went in one transaction.
        #expect(store.commitSizes == [1, 2])
        #expect(try store.loadSession(id: "s")?.turns == 3)
    }

    @Test func aRefusedCommitUndoesTheBatchesComputedMeanwhileAndComputesThemAgain() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var pipeline = try batchTests.makeServer(store)
        var control = try batchTests.makeServer(nil)
        let opening = try frames("a", ["I'd like a demo"], firstID: 1)
        _ = pipeline.submit(opening)
        _ = pipeline.drain()
        _ = control.respond(to: opening)

        store.refuseNext = 1
        let refused = try frames("a", ["ana@acme.com"], firstID: 2) + frames("b", ["hello"], firstID: 3)
        #expect(pipeline.submit(refused).isEmpty)
        // Computed while the refused batch was in flight, so first on top of its sessions.
        let next = try frames("a", ["ana@acme.com"], firstID: 4) + frames("b", ["how much is it?"], firstID: 5)
        var responses = pipeline.submit(next)
        responses += pipeline.drain()
        let refusedResponses = try batchTests.parse(Array(responses.prefix(2)))
        #expect(refusedResponses.map { $0["error"]?["code"] } == [.string("internal"), .string("internal")])
        #expect(refusedResponses.map { $0["id"] } == [2, 3])

        // The next batch is answered as if the refused one never happened.
        #expect(Array(responses.dropFirst(2)) == control.respond(to: next))
        #expect(try store.loadSession(id: "a")?.turns == 2)
        #expect(try store.loadSession(id: "b")?.turns == 1)
    }

    @Test func aForgetWaitsForTheBatchInFlightAndErasesIt() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var pipeline = try batchTests.makeServer(store)
        #expect(pipeline.submit(try frames("a", ["hello", "how much is it?"], firstID: 1)).isEmpty)
        let forget: LineFramer.Frame = .line(ArraySlice(#"{"session":"a","type":"forget","id":3}"#.utf8))
        let responses = try batchTests.parse(pipeline.submit([forget] + frames("b", ["hi"], firstID: 4)))
        #expect(responses.map { $0["id"] } == [1, 2, 3, 4])
        #expect(responses[2]["forgotten"]?["turns"] == 2)
        #expect(!pipeline.hasPendingResponses)
        #expect(try store.loadSession(id: "a") == nil)
        #expect(try store.loadSession(id: "b") != nil)
    }

    @Test func withoutAStoreEachBatchIsAnsweredAtOnce() throws {
        var pipeline = try batchTests.makeServer(nil)
        let responses = try batchTests.parse(pipeline.submit(
            try frames("s", ["hi"], firstID: 1) + [.tooLong(byteCount: 9)]))
        #expect(responses.map { $0["id"] } == [1, .null])
        #expect(responses.last?["error"]?["code"] == "line_too_long")
        #expect(!pipeline.hasPendingResponses)
    }

    @Test func linesThatAreNoRequestsKeepTheirPlaceBehindTheBatchInFlight() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var pipeline = try batchTests.makeServer(store)
        _ = pipeline.submit(try frames("s", ["hi"], firstID: 1))
        // A batch of only bad lines stores nothing but still answers after the one before.
        var responses = pipeline.submit([.line(ArraySlice("nope".utf8))])
        responses += pipeline.drain()
        let parsed = try batchTests.parse(responses)
        #expect(parsed.map { $0["id"] } == [1, .null])
        #expect(parsed.last?["error"]?["code"] == "invalid_json")
        #expect(store.commits.map(\.count) == [1])
    }
}

/// A store whose commits wait until the test opens it, to see what happens meanwhile.
final class GatedStore: ConversationStore, Sendable {
    private let base: SQLiteStore
    private let gate = DispatchSemaphore(value: 0)
    private let sizes = Mutex<[Int]>([])

    init(_ base: SQLiteStore) {
        self.base = base
    }

    /// Lets every commit through from now on.
    func open() {
        gate.signal()
    }

    /// How many turns each commit done so far held.
    var commitSizes: [Int] { sizes.withLock { $0 } }

    func loadConversations(ids: [String]) throws -> [String: StoredConversation] { try base.loadConversations(ids: ids) }
    func responses(to addresses: [AnswerAddress]) throws -> [AnswerAddress: String] { try base.responses(to: addresses) }

    func commit(_ turns: [TurnCommit]) throws {
        gate.wait()
        gate.signal()
        try base.commit(turns)
        sizes.withLock { $0.append(turns.count) }
    }

    func leads(since: Date?) throws -> [LeadRecord] { try base.leads(since: since) }
    func forget(_ subject: ForgetSubject) throws -> ForgetResult { try base.forget(subject) }
    func report(since: Date?, funnel: FunnelStates) throws -> StoreReport { try base.report(since: since, funnel: funnel) }
}
