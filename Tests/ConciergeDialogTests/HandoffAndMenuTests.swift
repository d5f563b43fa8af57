@testable import ConciergeDialog
import ConciergeEntities
import ConciergeJSON
import ConciergeNLU
import Foundation
import Testing

/// Handoff as a state, menus of labelled intents only, and intents that would throw away
/// progress.
@Suite struct HandoffAndMenuTests {
    static let human = LeadBot.message("talk to a person", "talk_to_human", decision: .exactExample)
    static let sales = LeadBot.message("talk to sales", "contact_sales", decision: .exactExample)

    @Test func handedOffTheBotOnlyAcknowledges() {
        let (outputs, session) = LeadBot.play([
            Self.human, LeadBot.message("hello??", "greet", decision: .exactExample), Self.sales, LeadBot.message("asdf"),
        ])
        #expect(outputs[0].events.map(\.type) == ["handoff"])
        for output in outputs.dropFirst() {
            #expect(LeadBot.text(output) == "A person will read this.")
            #expect(output.events == [])
            #expect(output.messages.flatMap(\.buttons).isEmpty)
            #expect(output.state == "human")
        }
        #expect(session.transcript.map(\.user) == ["talk to a person", "hello??", "talk to sales", "asdf"])
    }

    /// An e-mail given to the person waits for consent; a yes in another process, which no
    /// longer holds it (held values are never stored), asks for it again instead of claiming it.
    @Test func aYesToPassingOnDetailsNoLongerHeldAsksForThemAgain() {
        let address = "kim@example.org"
        let text = "my login email is \(address)"
        let (outputs, session) = LeadBot.play([Self.human, LeadBot.message(text, entities: [LeadBot.email(address, in: text)])])
        #expect(outputs[1].actions.contains(.say(.engine(.handoffContactConsent), arguments: [:])))
        #expect(session.pending?["email"] == .string(address))
        #expect(outputs[1].slots["email"] == nil)
        #expect(outputs[1].storedText == "my login email is [email]")
        var stored = session
        stored.pending = nil
        let (again, after) = LeadBot.play([LeadBot.answer("yes", .yes)], session: stored)
        #expect(again[0].actions.contains(.say(.engine(.handoffContactAgain), arguments: [:])))
        #expect(after.slots["consent"] == "yes")
        let (kept, held) = LeadBot.play([LeadBot.answer("yes", .yes)], session: session)
        #expect(kept[0].actions.contains(.say(.engine(.handoffContactKept), arguments: [:])))
        #expect(held.slots["email"] == .string(address))
        #expect(held.state == "human")
    }

    @Test func theDeskHandsBack() {
        var (_, session) = LeadBot.play([Self.human])
        var random = SplitMix64(seed: 1)
        let output = LeadBot.machine.handBack(session: &session, now: Date(timeIntervalSince1970: 1_795_435_300), random: &random)
        #expect(LeadBot.text(output) == "Back with the bot.")
        #expect(session.state == "welcome")
        #expect(!LeadBot.machine.isHandedOff(session))
    }

    @Test func aRestartInAFormIsConfirmedUnlessCertain() {
        let vague = LeadBot.message("how do I start it?", "restart", 0.54)
        let (outputs, session) = LeadBot.play([Self.sales, LeadBot.message("newsletters"), vague, LeadBot.answer("no", .no)])
        #expect(LeadBot.text(outputs[2]) == "Start over?")
        #expect(outputs[2].messages.last?.buttons.map(\.label) == ["Yes", "No"])
        #expect(LeadBot.text(outputs[3]) == "How many people?")
        #expect(session.slots["need"] == "newsletters")
        let (confirmed, restarted) = LeadBot.play([Self.sales, LeadBot.message("newsletters"), vague, LeadBot.message("/yes")])
        #expect(confirmed.last?.state == "welcome")
        #expect(restarted.slots["need"] == nil)
    }

    @Test func aGreetingInAFormAsksTheQuestionAgain() {
        let (outputs, session) = LeadBot.play([Self.sales, LeadBot.message("hi", "greet", decision: .exactExample)])
        #expect(LeadBot.text(outputs[1]) == "What do you need?")
        #expect(session.form?.slot == "need")
    }

    /// Labelled intents only, and never one that restarts or erases: a guess must be safe to click.
    @Test func fallbacksOfferOnlyLabelledIntentsThatDestroyNothing() {
        let ranking = [IntentScore(name: "greet", confidence: 0.2), IntentScore(name: "forget_me", confidence: 0.15),
                       IntentScore(name: "book_demo", confidence: 0.1), IntentScore(name: "restart", confidence: 0.05)]
        let (outputs, _) = LeadBot.play([LeadBot.message("zzz", "oos", 0.2, decision: .fallback, ranking: ranking)])
        #expect(outputs[0].messages.flatMap(\.buttons).map(\.label) == ["Book a demo"])
    }

    @Test func didYouMeanNeverOffersToErase() {
        let ranking = [IntentScore(name: "book_demo", confidence: 0.45), IntentScore(name: "forget_me", confidence: 0.4)]
        let (outputs, _) = LeadBot.play([LeadBot.message("book or forget", "book_demo", 0.45, ranking: ranking)])
        #expect(!outputs[0].messages.flatMap(\.buttons).map(\.label).contains("Erase my details"))
    }

    /// A person is no guess: a handoff the classifier reads under 0.5 falls back (with a
    /// person offered once fallbacks repeat); at 0.5 or more it hands over.
    @Test(arguments: [(0.35, false), (0.49, false), (0.5, true), (0.8, true)])
    func aHandoffNeedsMoreThanAGuess(confidence: Double, handsOver: Bool) {
        let ranking = [IntentScore(name: "talk_to_human", confidence: confidence), IntentScore(name: "book_demo", confidence: 0.05)]
        let (outputs, _) = LeadBot.play([LeadBot.message("tell me a joke", "talk_to_human", confidence, ranking: ranking)])
        #expect((outputs[0].state == "human") == handsOver)
        #expect(outputs[0].events.map(\.type) == (handsOver ? ["handoff"] : []))
    }

    @Test func ofAGreetingAndAQuestionTheQuestionIsAnswered() {
        let ranking = [IntentScore(name: "greet", confidence: 0.5), IntentScore(name: "book_demo", confidence: 0.4)]
        let (outputs, _) = LeadBot.play([LeadBot.message("hi there, can I see a demo", "greet", 0.5, ranking: ranking)])
        #expect(outputs[0].state == "demo_form")
    }

    @Test func anotherLanguageIsToldWhichOneTheBotSpeaks() {
        let spanish = LeadBot.message("hola, cuánto cuesta?", reading: Understanding(language: LanguageGuess(code: "es", confidence: 0.95)))
        let (outputs, _) = LeadBot.play([spanish])
        #expect(LeadBot.text(outputs[0]) == "I speak English.")
        // A person may speak Spanish: the way to one is offered.
        #expect(outputs[0].messages.first?.buttons == [Button(label: "Talk to a human", intent: "talk_to_human")])
    }
}
