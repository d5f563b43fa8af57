import ConciergeLoader
import ConciergeBot
@testable import ConciergeDialog
import ConciergeEntities
import ConciergeNLU
import Foundation
import Testing
import ConciergeJSON

/// A small bot whose NLU results the tests write by hand, so the machine is tested alone.
private let machine: DialogMachine = {
    let intents = """
        slots:
          team_size: number
          email: {entity: email, personal: false}   # a bot without a consent question
          company: text
          plan: text
          referrer: text      # asked by no form
        intents:
          book_demo:
            examples: [book a demo, I want a demo, show me a demo, demo please, schedule a demo]
          talk_to_human:
            examples: [a human please, talk to a person, real person, get me an agent, human]
          greet:
            examples: [hi, hello, hey, good morning, hiya]
        """
    let dialog = """
        settings:
          start: welcome
          profile_slots: [email]
          session_timeout_minutes: 30
          offer_human_after: 2
          handoff_after: 3
          labels:
            book_demo: Book demo
            talk_to_human: Talk to human
          messages:
            empty: "I didn't catch anything there. Could you type your question?"
            fallback: "Sorry, I didn't understand that."
            offer_human: "Would you like to talk to a person?"
            human_button: Talk to a human
            did_you_mean: "Did you mean one of these?"
            answer_missing: "Sorry, I couldn't find {expected} in that."
            not_an_option: "Sorry, '{value}' isn't one of the options: {options}."
            pattern_mismatch: "Sorry, '{value}' doesn't look right."
            number_between: "Sorry, please give a number between {min} and {max}."
            corrected: "Got it — {new}, not {old}."
            leave_form_offer: "We can leave these questions for now."
            leave_form_button: Leave the questions
            expect_email: "an email address"
            handoff_waiting: "A person will read this."
        globals:
          talk_to_human: human
          greet: welcome
        states:
          welcome:
            say: ["Hi {company|there}! (a)", "Hi {company|there}! (b)"]
            on:
              book_demo: form
          form:
            form:
              fields:
                - slot: email
                  ask: Your email?
                - slot: team_size
                  ask: How many people?
                  min: 1
                  max: 500
                - slot: plan
                  ask: Which plan?
                  values: [starter, growth]
                - slot: company
                  ask: Company?
                  optional: true
                  pattern: "[A-Z].*"
              max_attempts: 2
              give_up: human
              done: booked
          booked:
            then:
              - if: team_size >= 50
                goto: big
              - goto: small
          big:
            say: Big team of {team_size}.
            final: true
          small:
            say: Small team.
            final: true
          human:
            handoff: true
            say: A person will reply within 2 hours.
        faq:
          why_email:
            questions: [why my email, why do you need my email, what is my email for, email why, do I have to give my email]
            answer: Only for the demo.
        """
    let result = BotLoader().load(files: [(path: "intents/bot.yml", contents: intents), (path: "dialogs/main.yml", contents: dialog)])
    return DialogMachine(bot: result.definition ?? BotDefinition(settings: BotSettings(), intents: []))
}()

/// A parse result as NLU would give it: by default every number entity is a number NLU
/// read, and the whole text a free-text answer.
private func parse(_ text: String, _ intent: String = "oos", _ confidence: Double = 0.9,
                   ranking: [IntentScore]? = nil, entities: [EntityMatch] = [],
                   decision: ParseResult.Decision = .classifier, understanding: Understanding? = nil) -> ParseResult {
    let numbers = entities.filter { $0.entity == "number" }.compactMap { match in
        match.value.numberValue.map { Understanding.NumberFact(value: $0, start: match.start, end: match.end, evidence: .bare) }
    }
    return ParseResult(text: text, intent: IntentScore(name: intent, confidence: confidence),
                       ranking: ranking ?? [IntentScore(name: intent, confidence: confidence)], entities: entities,
                       decision: decision, understanding: understanding ?? Understanding(numbers: numbers, freeText: text))
}

private func entity(_ name: String, _ value: JSONValue, _ text: String) -> EntityMatch {
    EntityMatch(entity: name, value: value, text: text, start: 0, end: text.unicodeScalars.count)
}

/// Plays parse results from a fresh session, a minute apart.
private func play(_ parses: [ParseResult], session: DialogSession = DialogSession(), seed: UInt64 = 1)
    -> (outputs: [DialogOutput], session: DialogSession) {
    playDialog(machine, parses, session: session, seed: seed, start: Date(timeIntervalSince1970: 1_000_000))
}

private func text(_ output: DialogOutput?) -> String {
    LeadBot.text(output)
}

@Test func formAsksEachQuestionAndFollowsTheCondition() {
    let (outputs, session) = play([
        parse("demo", "book_demo"),
        parse("a@b.co", entities: [entity("email", "a@b.co", "a@b.co")]),
        parse("80", entities: [entity("number", 80, "80")]),
        parse("growth"),
        parse("Acme"),
    ])
    #expect(outputs.map(text) == ["Your email?", "How many people?", "Which plan?", "Company?", "Big team of 80."])
    #expect(outputs[2].messages.last?.buttons.map(\.label) == ["starter", "growth"])
    #expect(session.state == "big")
    #expect(session.slots == ["email": "a@b.co", "team_size": 80, "plan": "growth", "company": "Acme"])
}

@Test func aBareNumberFillsOnlyTheQuestionItAnswers() {
    let (outputs, _) = play([
        parse("demo for 10, a@b.co", "book_demo", entities: [entity("number", 10, "10"), entity("email", "a@b.co", "a@b.co")]),
    ])
    // The e-mail is evidence enough on its own; "10" says nothing about what it counts.
    #expect(text(outputs.last) == "How many people?")
    #expect(outputs.last?.slots["team_size"] == nil)
    #expect(outputs.last?.slots["email"] == "a@b.co")
}

@Test func correctionOverwritesAndInvalidValuesAreExplained() {
    let (outputs, _) = play([
        parse("demo", "book_demo"),
        parse("a@b.co", entities: [entity("email", "a@b.co", "a@b.co")]),
        parse("900", entities: [entity("number", 900, "900")]),
        parse("10", entities: [entity("number", 10, "10")]),
        parse("actually 30", entities: [entity("number", 30, "30")],
              understanding: Understanding(numbers: [.init(value: 30, start: 9, end: 11, evidence: .bare)], isCorrection: true)),
        parse("platinum"),
    ])
    #expect(text(outputs[2]) == "Sorry, please give a number between 1 and 500. / How many people? / We can leave these questions for now.")
    #expect(outputs[4].slots["team_size"] == 30)
    #expect(text(outputs[4]) == "Got it — 30, not 10. / Which plan?")
    #expect(text(outputs[5]) == "Sorry, 'platinum' isn't one of the options: starter, growth. / Which plan? / We can leave these questions for now.")
}

@Test func optionalFieldIsSkippedOnABadAnswer() {
    let (outputs, _) = play([
        parse("demo", "book_demo"),
        parse("a@b.co", entities: [entity("email", "a@b.co", "a@b.co")]),
        parse("5", entities: [entity("number", 5, "5")]),
        parse("starter"),
        parse("lowercase inc"),
    ])
    #expect(outputs.last?.state == "small")
    #expect(outputs.last?.slots["company"] == nil)
}

@Test func digressionIsAnsweredAndTheQuestionAskedAgain() {
    let (outputs, _) = play([
        parse("demo", "book_demo"),
        parse("why do you need my email", "faq/why_email", 0.95),
    ])
    #expect(text(outputs.last) == "Only for the demo. / Your email?")
    #expect(outputs.last?.events == [.faqAnswered(id: "why_email")])
    #expect(outputs.last?.state == "form")
}

@Test func tooManyInvalidAnswersTakeTheWayOut() {
    let (outputs, _) = play([parse("demo", "book_demo"), parse("no"), parse("still no")])
    // The last try before the way out offers to leave the form or talk to a person.
    #expect(text(outputs[1]) == "Sorry, I couldn't find an email address in that. / Your email? / We can leave these questions for now.")
    #expect(outputs[1].messages.last?.buttons.map(\.label) == ["Leave the questions", "Talk to a human"])
    #expect(outputs[2].state == "human")
    guard case .handoff(let reason, let transcript)? = outputs[2].events.first else {
        Issue.record("no handoff event")
        return
    }
    #expect(reason == .maxAttempts)
    #expect(transcript.map(\.user) == ["demo", "no", "still no"])
}

@Test func fallbacksOfferThenHandOver() {
    var question = Understanding(freeText: "how do i fix z?")
    question.isQuestion = true
    let (outputs, _) = play([parse("?? x"), parse("?? y"), parse("how do i fix z?", understanding: question)])
    #expect(outputs[0].messages.map(\.text) == ["Sorry, I didn't understand that."])
    #expect(outputs[1].messages.last?.buttons.first == Button(label: "Talk to a human", intent: "talk_to_human"))
    #expect(outputs[2].messages.map(\.text) == ["A person will reply within 2 hours."])
    #expect(outputs[2].state == "human")
    #expect(outputs[2].events.map(\.type) == ["handoff"])
}

/// A third fallback that asks nothing and complains of nothing only offers the person again.
@Test func aThirdJokeOnlyOffersAPerson() {
    let (outputs, _) = play([parse("?? x"), parse("?? y"), parse("?? z")])
    #expect(outputs[2].state != "human")
    #expect(outputs[2].events.isEmpty)
    #expect(outputs[2].messages.last?.buttons.first == Button(label: "Talk to a human", intent: "talk_to_human"))
}

/// Two close readings: the likelier is answered, the other offered after `did_you_mean`; one
/// that starts a form is followed alone (its question is what to answer next).
@Test func closeCandidatesAnswerTheLikelierAndOfferTheOther() {
    let ranking = [IntentScore(name: "faq/why_email", confidence: 0.48), IntentScore(name: "talk_to_human", confidence: 0.45)]
    let (outputs, _) = play([parse("email person", "faq/why_email", 0.48, ranking: ranking), parse("Talk to human")])
    #expect(outputs[0].messages.map(\.text) == ["Only for the demo.", "Did you mean one of these?"])
    #expect(outputs[0].messages.last?.buttons.map(\.label) == ["Talk to human"])
    #expect(outputs[0].state == "welcome")
    #expect(outputs[1].intent == "talk_to_human")
    #expect(outputs[1].button == "Talk to human")
    #expect(outputs[1].state == "human")

    let formFirst = [IntentScore(name: "book_demo", confidence: 0.48), IntentScore(name: "talk_to_human", confidence: 0.45)]
    let (started, _) = play([parse("demo person", "book_demo", 0.48, ranking: formFirst)])
    #expect(started[0].state == "form")
    #expect(!started[0].messages.contains { $0.text == "Did you mean one of these?" })
}

@Test func emptyMessageIsNotAFallbackAndStaleButtonsFallBack() {
    let (outputs, session) = play([parse("  ", decision: .empty), parse("👍"), parse("/gone", "greet", 0.99)])
    #expect(text(outputs[0]) == "I didn't catch anything there. Could you type your question?")
    #expect(text(outputs[1]) == text(outputs[0]))
    #expect(outputs[2].intent == "oos")
    #expect(session.consecutiveFallbacks == 1)
}

/// Silence longer than the session timeout restarts the flow (profile slots and answers to
/// forms stay, other slots go); a form in progress waits for the form timeout (a day by
/// default), a handoff for the person.
@Test(arguments: [
    ("welcome", nil, 31.0, true), ("form", "plan", 31.0, false), ("form", "plan", 25 * 60.0, true),
    ("human", nil, 3 * 24 * 60.0, false),
] as [(String, String?, Double, Bool)])
func timeoutRestartsAndKeepsProfileSlots(state: String, asked: String?, minutes: Double, expires: Bool) {
    var random = SplitMix64(seed: 1)
    let start = Date(timeIntervalSince1970: 1_000_000)
    let session = DialogSession(state: state, slots: ["email": "a@b.co", "team_size": 3, "referrer": "ad"],
                                form: asked.map { FormProgress(slot: $0) }, lastActivity: start)
    let input = DialogInput(parse: parse("hi", "greet", decision: .exactExample), now: start + minutes * 60)
    let (output, next) = machine.step(input, session: session, random: &random)
    #expect(output.events.contains(.sessionExpired) == expires)
    if expires {
        #expect(next.slots == ["email": "a@b.co", "team_size": 3])
        #expect(next.form == nil)
        #expect(output.state == "welcome")
    } else {
        #expect(next.slots["team_size"] == 3)
    }
}

@Test func contextPrefillsSlotsAndTemplatesUseDefaults() {
    var random = SplitMix64(seed: 3)
    let now = Date(timeIntervalSince1970: 0)
    let plain = machine.step(DialogInput(parse: parse("hi", "greet", decision: .exactExample), now: now),
                             session: DialogSession(), random: &random).0
    #expect(text(plain).hasPrefix("Hi there!"))
    let known = machine.step(DialogInput(parse: parse("hi", "greet", decision: .exactExample), now: now,
                                         context: ["company": "Acme", "unknown": "x"]),
                             session: DialogSession(), random: &random).0
    #expect(text(known).hasPrefix("Hi Acme!"))
    #expect(known.slots == ["company": "Acme"])
}

@Test func variationsDependOnlyOnTheSeed() {
    let greet = parse("hi", "greet", decision: .exactExample)
    let texts = (1...20).map { text(play([greet], seed: $0).outputs.first) }
    #expect(Set(texts).count == 2)
    #expect(texts == (1...20).map { text(play([greet], seed: $0).outputs.first) })
}

@Test func sessionRoundTripsThroughJSON() throws {
    let (_, session) = play([parse("demo", "book_demo"), parse("a@b.co", entities: [entity("email", "a@b.co", "a@b.co")])])
    let data = Data(session.jsonText.utf8)
    #expect(try JSONDecoder().decode(DialogSession.self, from: data) == session)
}

@Test func tenThousandFallbacksInARowKeepTheSessionBounded() throws {
    var random = SplitMix64(seed: 9)
    var session = DialogSession()
    var sizes: [Int] = []
    for index in 0..<10_000 {
        let long = index % 100 == 0 ? String(repeating: "words ", count: 2_000) : ""
        let input = DialogInput(parse: parse("zz \(index) " + long), now: Date(timeIntervalSince1970: Double(index)))
        session = machine.step(input, session: session, random: &random).1
        if index % 1_000 == 999 { sizes.append(session.jsonText.utf8.count) }
    }
    #expect(session.transcript.count == DialogSession.transcriptLimit)
    #expect(session.transcript.allSatisfy { $0.user.count <= DialogSession.transcriptTextLimit })
    // Sizes only vary with the digits of the turn counters, never with the number of turns.
    #expect(sizes.allSatisfy { $0 < 20_000 }, "\(sizes)")
    #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) < 200, "\(sizes)")
}
