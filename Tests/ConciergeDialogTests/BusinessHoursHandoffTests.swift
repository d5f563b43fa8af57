import ConciergeBot
@testable import ConciergeDialog
import ConciergeLoader
import ConciergeNLU
import Foundation
import Testing

/// What a handoff promises about the reply is true for the (injected) time: open, closing
/// soon, closed; and a wait past the promise is owned up to.
@Suite struct BusinessHoursHandoffTests {
    static let machine: DialogMachine = {
        let intents = """
            intents:
              talk_to_human:
                examples: [a human please, talk to a person, real person]
              faq/pricing:
                examples: [how much is it, what does it cost, pricing]
            """
        let dialog = """
            settings:
              start: welcome
              handoff_state: human
              business_hours:
                time_zone: Europe/Berlin
                days: [mon, tue, wed, thu, fri]
                open: "09:00"
                close: "18:00"
                reply_within_minutes: 120
              messages:
                fallback: "Sorry?"
                handoff_waiting: "Added for the person."
                handoff_open: "Within 2 hours."
                handoff_closed: "Closed; we open {opens}."
                handoff_closing: "Closing soon; maybe {opens}."
                handoff_overdue: "Sorry, it is taking longer."
                handoff_still_waiting: "Still waiting for the person."
            globals:
              talk_to_human: human
            faq:
              pricing:
                title: Pricing
                intent: faq/pricing
                answer: It costs $29.
            states:
              welcome:
                say: Hi.
              human:
                handoff: true
                say: A person will take over.
            """
        let result = BotLoader().load(files: [(path: "intents/bot.yml", contents: intents),
                                              (path: "dialogs/main.yml", contents: dialog)])
        return DialogMachine(bot: result.definition ?? BotDefinition(settings: BotSettings(), intents: []))
    }()

    static let human = LeadBot.message("talk to a person", "talk_to_human", 1, decision: .exactExample)

    /// Berlin local time (CET, UTC+1 in December) of 2026-12-`day` at `hour`:`minute`.
    static func berlin(_ day: Int, _ hour: Int, _ minute: Int) -> Date {
        var components = DateComponents(year: 2026, month: 12, day: day, hour: hour, minute: minute)
        components.timeZone = TimeZone(identifier: "Europe/Berlin")
        return Calendar(identifier: .gregorian).date(from: components) ?? Date.distantPast
    }

    static func handOff(at date: Date) -> (DialogOutput, DialogSession) {
        var random = SplitMix64(seed: 1)
        return machine.step(DialogInput(parse: human, now: date), session: DialogSession(), random: &random)
    }

    @Test(arguments: [
        (4, 15, 0, "Within 2 hours."),                     // Friday afternoon: a reply by 17:00
        (4, 17, 55, "Closing soon; maybe Monday 09:00."),  // Friday 17:55: two hours would end Monday
        (5, 11, 0, "Closed; we open Monday 09:00."),       // Saturday
        (7, 8, 30, "Closed; we open Monday 09:00."),       // Monday before opening
    ])
    func theHandoffPromiseIsTrueForTheTime(day: Int, hour: Int, minute: Int, promise: String) {
        let (output, session) = Self.handOff(at: Self.berlin(day, hour, minute))
        #expect(output.messages.map(\.text) == ["A person will take over.", promise])
        #expect(session.replyDueAt != nil)
    }

    @Test func aWaitPastThePromiseIsOwnedUpTo() {
        let (_, handedOff) = Self.handOff(at: Self.berlin(3, 10, 0))
        var random = SplitMix64(seed: 1)
        let hello = LeadBot.message("hello??")
        let (early, _) = Self.machine.step(DialogInput(parse: hello, now: Self.berlin(3, 10, 30)),
                                           session: handedOff, random: &random)
        #expect(early.messages.map(\.text) == ["Added for the person."])
        let (late, _) = Self.machine.step(DialogInput(parse: hello, now: Self.berlin(3, 12, 30)),
                                          session: handedOff, random: &random)
        #expect(late.messages.map(\.text) == ["Sorry, it is taking longer."])
        #expect(late.events.isEmpty)
    }

    /// The apology is said once: the next messages hear that the conversation is still with the
    /// team, or when it opens if it closed meanwhile (blind audit 60 said it three times running).
    @Test func theApologyForTheWaitIsNotRepeated() {
        var (_, session) = Self.handOff(at: Self.berlin(3, 15, 0))
        var random = SplitMix64(seed: 1)
        var replies: [[String]] = []
        for (hour, minute) in [(17, 30), (17, 40), (18, 30)] {
            let (output, next) = Self.machine.step(DialogInput(parse: LeadBot.message("hello??"), now: Self.berlin(3, hour, minute)),
                                                   session: session, random: &random)
            replies.append(output.messages.map(\.text))
            session = next
        }
        #expect(replies[0] == ["Sorry, it is taking longer."])
        #expect(replies[1] == ["Still waiting for the person."])
        #expect(replies[2].first?.hasPrefix("Closed; we open") == true, "\(replies[2])")
    }

    @Test func aQuestionThePersonIsLateForIsAnsweredByTheBot() {
        let (_, handedOff) = Self.handOff(at: Self.berlin(3, 10, 0))
        var random = SplitMix64(seed: 1)
        let pricing = LeadBot.message("how much is it", "faq/pricing", 0.95)
        let (late, _) = Self.machine.step(DialogInput(parse: pricing, now: Self.berlin(3, 12, 30)),
                                          session: handedOff, random: &random)
        #expect(late.messages.map(\.text) == ["It costs $29.", "Still waiting for the person."])
        #expect(late.messages.allSatisfy { $0.buttons.isEmpty })
    }
}
