@testable import ConciergeDialog
import ConciergeEntities
import ConciergeJSON
import ConciergeNLU
import Foundation
import Testing

/// Consent is enforced by the engine: personal values wait, masked, until a yes.
@Suite struct ConsentTests {
    static let demo = LeadBot.message("book a demo", "book_demo", decision: .exactExample)

    @Test func anEmailGivenBeforeConsentAppearsNowhereUntilYes() {
        let early = LeadBot.message("Acme, ana@acme.com", entities: [LeadBot.email("ana@acme.com", in: "Acme, ana@acme.com")],
                                    reading: Understanding(company: .init(value: "Acme", start: 0, end: 4)))
        let (outputs, session) = LeadBot.play([Self.demo, early, LeadBot.answer("yes", .yes)])
        let held = outputs[1]
        #expect(held.slots == ["company": "Acme"])
        #expect(held.storedText == "Acme, [email]")
        #expect(!held.events.description.contains("ana@"))
        #expect(held.actions.contains(.holdPersonal(slot: "email")))
        // The yes releases it: the e-mail is not asked again and the request is passed on.
        #expect(outputs[2].slots["email"] == "ana@acme.com")
        #expect(LeadBot.text(outputs[2]) == "Booked for ana@acme.com.")
        guard case .leadCaptured(let lead, _, _, _)? = outputs[2].events.first else {
            Issue.record("no lead")
            return
        }
        #expect(lead["request"] == "demo")
        #expect(lead["email"] == "ana@acme.com")
        #expect(session.transcript.allSatisfy { !$0.user.contains("ana@") })
    }

    @Test(arguments: [LeadBot.answer("no", .no), LeadBot.answer("I don't want to give my details", .decline)])
    func aRefusalErasesWhatWasHeld(_ refusal: ParseResult) {
        let early = LeadBot.message("ana@acme.com", entities: [LeadBot.email("ana@acme.com")])
        let (outputs, session) = LeadBot.play([Self.demo, LeadBot.message("Acme"), early, refusal])
        #expect(session.pending == nil)
        #expect(session.slots["email"] == nil)
        #expect(session.slots["consent"] == "no")
        #expect(outputs.last?.events == [])
        #expect(LeadBot.text(outputs.last) == "Nothing kept.")
    }

    @Test func theYesButtonAnswersTheConsentQuestion() {
        let (outputs, session) = LeadBot.play([Self.demo, LeadBot.message("Acme"), LeadBot.message("/yes")])
        #expect(outputs[1].messages.last?.buttons.map(\.payload) == ["/yes", "/no"])
        #expect(session.slots["consent"] == "yes")
        #expect(session.form?.slot == "email")
    }

    @Test func aSecondDemoRequestIsNotBookedTwice() {
        let (outputs, _) = LeadBot.play([
            Self.demo, LeadBot.message("Acme"), LeadBot.answer("sure", .yes),
            LeadBot.message("ana@acme.com", entities: [LeadBot.email("ana@acme.com")]), Self.demo,
        ])
        #expect(outputs[3].events.map(\.type) == ["lead_captured"])
        #expect(outputs[4].events == [])
        #expect(LeadBot.text(outputs[4]) == "Already requested.")
    }

    @Test func withdrawingConsentErasesPersonalSlots() {
        let (outputs, session) = LeadBot.play([
            Self.demo, LeadBot.message("Acme"), LeadBot.answer("sure", .yes),
            LeadBot.message("ana@acme.com", entities: [LeadBot.email("ana@acme.com")]),
            LeadBot.message("delete my data", "forget_me", decision: .exactExample),
        ])
        #expect(session.slots["email"] == nil)
        #expect(session.slots["consent"] == "no")
        #expect(session.slots["company"] == "Acme")
        #expect(outputs.last?.actions.contains(.eraseSlot("email")) == true)
        // Stored unmasked after the yes: the store is told to erase it, the transcript forgets it.
        #expect(outputs.last?.erasure == PersonalDataErasure(values: ["email": "ana@acme.com"]))
        #expect(!session.transcript.contains { $0.user.contains("ana@acme.com") || $0.bot.joined().contains("ana@acme.com") })
        #expect(session.transcript.contains { $0.user == "[email]" })
    }

    @Test func aRefusalBeforeConsentHasNothingStoredToErase() {
        let (outputs, _) = LeadBot.play([
            Self.demo, LeadBot.message("Acme"),
            LeadBot.message("ana@acme.com", entities: [LeadBot.email("ana@acme.com")]), LeadBot.answer("no", .no),
        ])
        #expect(outputs.allSatisfy { $0.erasure == nil })
    }

    /// `pending` is never stored: a worker that takes the session up from the store has the
    /// names of the held slots only, and says none were kept, not that none were given.
    @Test func anErasureAfterHeldDetailsWereLostSaysNoneWereKept() {
        let erase = LeadBot.message("delete my data", "forget_me", decision: .exactExample)
        let typed = LeadBot.message("ana@acme.com", entities: [LeadBot.email("ana@acme.com")])
        let (_, held) = LeadBot.play([Self.demo, LeadBot.message("Acme"), typed])
        #expect(held.heldSlots == ["email"])
        var stored = held
        stored.pending = nil
        let (outputs, session) = LeadBot.play([erase], session: stored)
        #expect(LeadBot.text(outputs.last) == "None were kept.")
        #expect(session.heldSlots == nil)
        let (never, _) = LeadBot.play([Self.demo, erase])
        #expect(LeadBot.text(never.last) == "You gave me none.")
    }

    /// A yes taken by a worker that never held the details typed before it says why they are
    /// asked again; the worker that holds them just keeps them.
    @Test func aYesAfterHeldDetailsWereLostSaysTheyAreNeededAgain() {
        let typed = LeadBot.message("ana@acme.com", entities: [LeadBot.email("ana@acme.com")])
        let (_, held) = LeadBot.play([Self.demo, LeadBot.message("Acme"), typed])
        var stored = held
        stored.pending = nil
        let (outputs, session) = LeadBot.play([LeadBot.answer("yes", .yes)], session: stored)
        #expect(outputs.last?.messages.first?.text == "Once more, please.")
        #expect(session.heldSlots == nil)
        let (kept, keptSession) = LeadBot.play([LeadBot.answer("yes", .yes)], session: held)
        #expect(!(kept.last?.messages.contains { $0.text == "Once more, please." } ?? true))
        #expect(keptSession.slots["email"] == "ana@acme.com")
    }

    /// "I'll only keep your details if you agree" is not said in a reply that asks for that agreement.
    @Test func aReplyThatAsksForConsentDoesNotAnnounceIt() {
        let (outputs, _) = LeadBot.play([
            Self.demo, LeadBot.message("Acme, ana@acme.com", entities: [LeadBot.email("ana@acme.com", in: "Acme, ana@acme.com")],
                                       reading: Understanding(company: .init(value: "Acme", start: 0, end: 4))),
        ])
        #expect(outputs[1].messages.last?.buttons.map(\.payload) == ["/yes", "/no"])
        #expect(!outputs[1].actions.contains(.say(.engine(.consentNeeded), arguments: [:])))
    }

    /// A name from the website is no way to reach the person: a handoff does not ask to pass it on.
    @Test func aHandoffWithOnlyAHeldNameAsksNothing() {
        var random = SplitMix64(seed: 1)
        let human = LeadBot.message("talk to a human", "talk_to_human", decision: .exactExample)
        let input = DialogInput(parse: human, now: Date(timeIntervalSince1970: 1_795_435_200), context: ["name": "Ana"])
        let (output, session) = LeadBot.machine.step(input, session: DialogSession(), random: &random)
        #expect(session.pending?["name"] == "Ana")
        #expect(session.consentAskedForPerson == nil)
        #expect(!LeadBot.text(output).contains("May I pass it on?"))
    }

    @Test func personalFactsFromTheWebsiteWaitForConsentToo() {
        var random = SplitMix64(seed: 1)
        let input = DialogInput(parse: Self.demo, now: Date(timeIntervalSince1970: 1_795_435_200),
                                context: ["email": "ana@acme.com", "company": "Acme"])
        let (output, session) = LeadBot.machine.step(input, session: DialogSession(), random: &random)
        #expect(output.slots["email"] == nil && session.pending?["email"] == "ana@acme.com")
        #expect(output.slots["company"] == "Acme")
    }
}
