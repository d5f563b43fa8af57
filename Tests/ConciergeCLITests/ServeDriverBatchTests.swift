@testable import concierge
import ConciergeTestSupport
import ConciergeEngine
import ConciergeDialog
import ConciergeFronts
import ConciergeStore
import Foundation
import Testing
import ConciergeJSON

/// Group commit: the turns of a batch are stored in one transaction before any of their
/// responses exists, and a refused batch acknowledges nothing.
@Suite struct ServeDriverBatchTests {
    /// The kill test's lead conversation: its last answer captures a lead with consent.
    static let leadConversation = [
        "can someone from sales contact me?",
        "We want to automate our email campaigns and win back lapsed customers",
        "we're 40 people with about $20k a year, starting next month",
        "Globex", "yes, I'm the CMO", "sure", "I'm Ana Lopez", "ana@globex.com", "skip",
    ]

    static let utc = TimeZone(secondsFromGMT: 0) ?? .current

    func makeServer(_ store: (any ConversationStore)?, maxQueuedTurns: Int = 2_048) throws -> ServeDriver {
        ServeDriver(bot: try DemoBot.bot(), clock: .fixed(DemoBot.now, timeZone: Self.utc), store: store,
                    maxQueuedTurns: maxQueuedTurns)
    }

    func frame(_ session: String, _ text: String, id: Int) throws -> LineFramer.Frame {
        let request: JSONValue = ["session": .string(session), "text": .string(text), "id": .number(Double(id))]
        var json = JSONWriter()
        json.value(request)
        return .line(ArraySlice(json.bytes))
    }

    func parse(_ responses: [[UInt8]]) throws -> [JSONValue] {
        try responses.map { try JSONParser.parse($0) }
    }

    @Test func aBatchWithALeadIsStoredInOneDurableCommitBeforeItsResponses() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var server = try makeServer(store)
        var frames: [LineFramer.Frame] = []
        for (index, text) in Self.leadConversation.enumerated() {
            frames.append(try frame("lead", text, id: index))
            frames.append(try frame("other", index.isMultiple(of: 2) ? "hi" : "how much is it?", id: 100 + index))
        }
        let responses = try parse(server.respond(to: frames))

        #expect(responses.count == frames.count)
        #expect(responses.allSatisfy { $0["error"] == nil })
        #expect(responses.map { $0["id"] } == frames.indices.map { .number(Double($0.isMultiple(of: 2) ? $0 / 2 : 100 + $0 / 2)) })
        // One commit held every turn, the lead among them, so the whole batch was fsynced
        // before `respond` returned anything.
        #expect(store.commits.map(\.count) == [frames.count])
        #expect(store.commits.first?.contains { !$0.leads.isEmpty } == true)
        let acknowledged = responses.filter { response in
            guard case .array(let events)? = response["events"] else { return false }
            return events.contains { $0["type"] == "lead_captured" }
        }
        #expect(acknowledged.count == 1)
        #expect(try store.leads(since: nil).map(\.email) == ["ana@globex.com"])
        #expect(try store.loadSession(id: "lead")?.turns == Self.leadConversation.count)
    }

    @Test func oneLineAtATimeIsABatchOfOne() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var server = try makeServer(store)
        for index in 0..<3 {
            _ = server.respond(to: [try frame("s", "hi", id: index)])
        }
        #expect(store.commits.map(\.count) == [1, 1, 1])
    }

    @Test func aRefusedBatchIsAnsweredInternalAndLeavesSessionsAsTheyWere() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var server = try makeServer(store)
        var control = try makeServer(nil)
        let opening = [try frame("a", "I'd like a demo", id: 1)]
        _ = server.respond(to: opening)
        _ = control.respond(to: opening)

        store.failing = true
        let refused = try parse(server.respond(to: [
            try frame("a", "ana@acme.com", id: 2), try frame("b", "hello", id: 3), try frame("a", "40", id: 4),
        ]))
        #expect(refused.map { $0["error"]?["code"] } == [.string("internal"), .string("internal"), .string("internal")])
        #expect(refused.map { $0["id"] } == [2, 3, 4])
        #expect(try store.loadSession(id: "b") == nil)

        // Nothing of the refused batch happened: "a" continues from its first turn.
        store.failing = false
        let retry = [try frame("a", "ana@acme.com", id: 2)]
        #expect(server.respond(to: retry) == control.respond(to: retry))
        #expect(try store.loadSession(id: "a")?.turns == 2)
    }

    @Test func aFullDiskAnswersInternalAndKeepsWhatWasAcknowledged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bot.sqlite").path
        let stored = try {
            let store = try SQLiteStore(path: path, botName: "brightwave")
            defer { try? store.close() }
            var server = try makeServer(store)
            _ = server.respond(to: [try frame("kept", "hi", id: 0)])
            return try store.report(since: nil, funnel: FunnelStates()).messages
        }()
        #expect(stored == 1)

        let full = try SQLiteStore(path: path, botName: "brightwave", settings: StoreSettings(maxPageCount: 1))
        defer { try? full.close() }
        var server = try makeServer(full)
        let big = String(repeating: "lorem ipsum ", count: 2_000)
        let responses = try parse(server.respond(to: (1...20).map { try frame("s\($0)", big, id: $0) }))
        #expect(responses.allSatisfy { $0["error"]?["code"] == "internal" })
        #expect(try full.loadSession(id: "kept") != nil)
        #expect(try full.loadSession(id: "s1") == nil)
    }

    @Test func aForgetInABatchStoresTheTurnsBeforeItAndErasesThem() throws {
        let store = RecordingStore(try SQLiteStore.inMemory(botName: "brightwave"))
        var server = try makeServer(store)
        let forget: LineFramer.Frame = .line(ArraySlice(#"{"session":"a","type":"forget","id":2}"#.utf8))
        let responses = try parse(server.respond(to: [
            try frame("a", "hello", id: 1), forget, try frame("b", "hello", id: 3),
        ]))
        #expect(responses.map { $0["id"] } == [1, 2, 3])
        #expect(responses[1]["forgotten"]?["turns"] == 1)
        #expect(try store.loadSession(id: "a") == nil)
        #expect(try store.loadSession(id: "b") != nil)
        #expect(store.commits.map(\.count) == [1, 1])
    }
}

/// A store that records each batch it is given and can be told to refuse them.
final class RecordingStore: ConversationStore, @unchecked Sendable {
    private let base: SQLiteStore
    private let lock = NSLock()
    private var recorded: [[TurnCommit]] = []
    private var refusing = false
    private var refusals = 0

    init(_ base: SQLiteStore) {
        self.base = base
    }

    struct Refused: Error {}

    var commits: [[TurnCommit]] { lock.withLock { recorded } }

    var failing: Bool {
        get { lock.withLock { refusing } }
        set { lock.withLock { refusing = newValue } }
    }

    /// How many of the next commits to refuse (then the store takes them again).
    var refuseNext: Int {
        get { lock.withLock { refusals } }
        set { lock.withLock { refusals = newValue } }
    }

    func loadConversations(ids: [String]) throws -> [String: StoredConversation] { try base.loadConversations(ids: ids) }
    func responses(to addresses: [AnswerAddress]) throws -> [AnswerAddress: String] { try base.responses(to: addresses) }

    func commit(_ turns: [TurnCommit]) throws {
        let refused = lock.withLock {
            guard refusals > 0 else { return refusing }
            refusals -= 1
            return true
        }
        if refused { throw Refused() }
        lock.withLock { recorded.append(turns) }
        try base.commit(turns)
    }

    func leads(since: Date?) throws -> [LeadRecord] { try base.leads(since: since) }
    func forget(_ subject: ForgetSubject) throws -> ForgetResult { try base.forget(subject) }
    func report(since: Date?, funnel: FunnelStates) throws -> StoreReport { try base.report(since: since, funnel: funnel) }
}
