import ConciergeEngine
import ConciergeDialog
import Foundation
import Testing
@testable import ConciergeStore

@Suite struct StoreReportTests {
    let funnel = FunnelStates(formStates: ["demo_form"], completionStates: ["demo_booked", "demo_booked_standard"])

    /// Three conversations:
    /// - a: opens, asks pricing, says gibberish twice, asks for a person (handoff: requested);
    /// - b: books a demo through the form to the end, lead captured (hot);
    /// - c: starts the form, falls back three times (handoff: repeated_fallback), gives up.
    func fixture() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory(botName: "bot")
        var clock = Fixture.now
        func turn(_ session: String, _ text: String, _ intent: String, _ state: String,
                  _ events: [DialogEvent] = [], leads: [LeadRecord] = []) throws {
            clock += 10
            try store.commit(TurnCommit(sessionID: session, session: DialogSession(state: state),
                                        turn: TranscriptEntry(text: text, intent: intent, confidence: 0.8, state: state, events: events),
                                        leads: leads, at: clock))
        }
        try turn("a", "", "oos", "welcome")   // the widget opening: not a message
        try turn("a", "how much?", "pricing", "welcome", [.faqAnswered(id: "pricing")])
        try turn("a", "Blorp", "oos", "welcome")
        try turn("a", "blorp ", "oos", "welcome")
        try turn("a", "a person please", "talk_to_human", "human", [.handoff(reason: .requested, transcript: [])])
        try turn("b", "book a demo", "book_demo", "demo_form")
        try turn("b", "ana@acme.com", "inform", "demo_form")
        try turn("b", "40", "inform", "demo_form")
        try turn("b", "Acme", "inform", "demo_booked_standard", leads: [Fixture.lead("b", tier: "hot", at: clock)])
        try turn("c", "demo", "book_demo", "demo_form")
        try turn("c", "zzz", "oos", "demo_form")
        try turn("c", "qqq", "oos", "demo_form")
        try turn("c", "blorp", "oos", "human", [.handoff(reason: .repeatedFallback, transcript: [])])
        return store
    }

    @Test func countsTrafficFallbacksFunnelAndHandoffs() throws {
        let report = try fixture().report(since: nil, funnel: funnel)
        #expect(report.conversations == 3)
        #expect(report.messages == 12)
        #expect(report.fallbacks == 5)
        #expect(abs(report.fallbackRate - 5.0 / 12.0) < 1e-9)
        #expect(report.topIntents.first == StoreReport.Count("oos", 5))
        #expect(report.topIntents.contains(StoreReport.Count("inform", 3)))
        #expect(report.topFallbacks == [StoreReport.Count("blorp", 3), StoreReport.Count("qqq", 1), StoreReport.Count("zzz", 1)])
        #expect(report.funnel.started == 2)
        #expect(report.funnel.completed == 1)
        #expect(report.funnel.captured == 1)
        #expect(report.funnel.capturedByTier == [StoreReport.Count("hot", 1)])
        #expect(report.handoffsByReason == [StoreReport.Count("repeated_fallback", 1), StoreReport.Count("requested", 1)])
    }

    @Test func sinceKeepsOnlyLaterTurns() throws {
        // Conversation a's turns are the first five (10 s apart): from the 6th on only b and c remain.
        let report = try fixture().report(since: Fixture.now.addingTimeInterval(55), funnel: funnel)
        #expect(report.conversations == 2)
        #expect(report.messages == 8)
        #expect(report.handoffsByReason == [StoreReport.Count("repeated_fallback", 1)])
    }

    @Test func anEmptyStoreReportsZeros() throws {
        let report = try SQLiteStore.inMemory(botName: "bot").report(since: nil, funnel: FunnelStates())
        #expect(report.messages == 0 && report.fallbackRate == 0 && report.topIntents.isEmpty)
        #expect(report.funnel.started == 0)
    }
}
