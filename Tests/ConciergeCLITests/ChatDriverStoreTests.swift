@testable import concierge
import ConciergeTestSupport
import ConciergeEngine
import ConciergeDialog
import ConciergeFronts
import ConciergeNLU
import ConciergeStore
import Foundation
import Testing

/// The REPL on a store: turns are committed, sessions resume, `/reset` and `/forget`.
@Suite struct ChatDriverStoreTests {
    let now = DemoBot.now

    func chat(_ store: (any ConversationStore)?, _ id: String = "s1", next: String = "fresh") throws -> ChatDriver {
        ChatDriver(bot: try DemoBot.bot(), seed: 42, store: store, sessionID: id, newSessionID: { _ in next })
    }

    /// The hot lead of tests/lead.yml, up to (not including) the last answer.
    static let leadTurns = [
        "can someone from sales contact me?", "We want to automate our email campaigns",
        "we're 40 people with about $20k a year, starting next month", "Globex", "yes, I'm the CMO", "sure",
        "I'm Ana Lopez", "ana@globex.com",
    ]

    @Test func aStoredSessionResumesWithItsPendingQuestion() throws {
        let store = try SQLiteStore.inMemory(botName: "brightwave")
        var first = try chat(store)
        _ = first.start(now: now)
        _ = first.handle("I'd like to book a demo", now: now)
        let asked = first.handle("we're 40 people", now: now).lines
        #expect(asked.last == .bot("What's the name of your company?"))

        // A new REPL on the same store and session id: no greeting, the question again.
        var second = try chat(store)
        #expect(second.start(now: now) == [.notice("resumed session s1 (2 turns)"),
                                           .bot("What's the name of your company?")])
        #expect(second.session.slots["team_size"] == 40)
        #expect(second.session.form?.slot == "company")
        guard case .bot(let next)? = second.handle("Acme", now: now).lines.last else { Issue.record("no question"); return }
        #expect(next.hasPrefix("When would suit you for a 30-minute demo?"))

        // Another id is a new conversation.
        var other = try chat(store, "s2")
        guard case .bot(let greeting)? = other.start(now: now).first else { Issue.record("no greeting"); return }
        #expect(greeting.contains("bot"))
        let report = try store.report(since: nil, funnel: FunnelStates())
        #expect(report.messages == 3)
        #expect(report.conversations == 1)
    }

    @Test func theLeadIsStoredBeforeTheReplyThatAcknowledgesIt() throws {
        let store = try SQLiteStore.inMemory(botName: "brightwave")
        var chat = try chat(store)
        _ = chat.start(now: now)
        for line in Self.leadTurns { _ = chat.handle(line, now: now) }
        #expect(try store.leads(since: nil).isEmpty)
        let thanks = chat.handle("skip", now: now).lines
        #expect(thanks.contains { if case .bot(let text) = $0 { text.contains("Thank you!") && text.contains("ana@globex.com") } else { false } })
        let leads = try store.leads(since: nil)
        #expect(leads.map(\.sessionID) == ["s1"])
        #expect(leads.first?.fields["email"] == "ana@globex.com")
    }

    @Test func forgetDeletesTheSessionAndStartsANewOne() throws {
        let store = try SQLiteStore.inMemory(botName: "brightwave")
        var chat = try chat(store)
        _ = chat.start(now: now)
        for line in Self.leadTurns + ["skip"] { _ = chat.handle(line, now: now) }
        let lines = chat.handle("/forget", now: now).lines
        #expect(lines.first == .notice("forgot 1 session (s1): 9 transcript turns, 1 lead; new session fresh"))
        guard case .bot(let greeting)? = lines.dropFirst().first else { Issue.record("\(lines)"); return }
        #expect(greeting.contains("bot"))
        #expect(chat.sessionID == "fresh")
        #expect(chat.session.slots.isEmpty)
        #expect(try store.leads(since: nil).isEmpty)
        #expect(try store.loadSession(id: "s1") == nil)
        // The next message belongs to the new session.
        _ = chat.handle("how much is it?", now: now)
        #expect(try store.loadSession(id: "fresh") != nil)
        #expect(try store.report(since: nil, funnel: FunnelStates()).messages == 1)
    }

    @Test func forgetWithoutAStoreSaysThereIsNothing() throws {
        var chat = try chat(nil)
        _ = chat.start(now: now)
        _ = chat.handle("book a demo", now: now)
        #expect(chat.handle("/forget", now: now).lines == [.notice("nothing is stored: this chat runs without a store (--no-store)")])
        #expect(chat.sessionID == "s1")
        #expect(chat.handle("/state", now: now).lines.last == .detail("session", "s1 (not stored)"))
    }

    @Test func resetKeepsTheSessionIdAndStoresTheFreshSessionWithoutATurn() throws {
        let store = try SQLiteStore.inMemory(botName: "brightwave")
        var chat = try chat(store)
        _ = chat.start(now: now)
        _ = chat.handle("book a demo", now: now)
        #expect(chat.handle("/reset", now: now).lines.first == .notice("conversation reset"))
        #expect(chat.sessionID == "s1")
        let stored = try #require(try store.loadSession(id: "s1"))
        #expect(stored.form == nil && stored.turns == 0)
        #expect(try store.report(since: nil, funnel: FunnelStates()).messages == 1)
        // After a reset there is nothing to resume: the next run greets.
        var again = try self.chat(store)
        #expect(again.start(now: now).first != .notice("resumed session s1 (0 turns)"))
        #expect(again.session.form == nil)
    }

    @Test func aTurnTheStoreRefusesChangesNothing() throws {
        var chat = try chat(RefusingStore())
        _ = chat.start(now: now)
        let lines = chat.handle("book a demo", now: now).lines
        #expect(lines.count == 1)
        guard case .error(let message)? = lines.first else { Issue.record("\(lines)"); return }
        #expect(message.hasPrefix("the store could not save this turn"))
        #expect(chat.session.state == "welcome")
        #expect(chat.session.form == nil)
        guard case .error? = chat.handle("/reset", now: now).lines.first else { Issue.record("reset stored"); return }
        guard case .error? = chat.handle("/forget", now: now).lines.first else { Issue.record("forgot"); return }
        #expect(chat.sessionID == "s1")
    }

    @Test func generatedSessionIdsNameTheTimeAndDiffer() {
        var random = SplitMix64(seed: 7)
        let first = ChatSession.generatedSessionID(now: now, random: &random)
        let second = ChatSession.generatedSessionID(now: now, random: &random)
        #expect(first.hasPrefix("repl-20250106-090000-"))
        #expect(first.count == "repl-20250106-090000-".count + 6)
        #expect(first != second)
    }
}

/// A store whose disk is gone: every write fails.
struct RefusingStore: ConversationStore {
    struct Refused: Error {}
    func loadConversations(ids: [String]) throws -> [String: StoredConversation] { [:] }
    func responses(to addresses: [AnswerAddress]) throws -> [AnswerAddress: String] { [:] }
    func commit(_ turns: [TurnCommit]) throws { throw Refused() }
    func leads(since: Date?) throws -> [LeadRecord] { [] }
    func forget(_ subject: ForgetSubject) throws -> ForgetResult { throw Refused() }
    func report(since: Date?, funnel: FunnelStates) throws -> StoreReport { throw Refused() }
}
