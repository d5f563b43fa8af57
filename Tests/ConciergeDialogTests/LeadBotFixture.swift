import ConciergeBot
@testable import ConciergeDialog
import ConciergeEntities
import ConciergeJSON
import ConciergeLoader
import ConciergeNLU
import Foundation
import Testing

/// A lead bot like the demo bot's, whose NLU results the tests write by hand: slots of each
/// kind, personal slots, a consent question, a demo request, a handoff with business hours.
enum LeadBot {
    static let intents = """
        slots:
          team_size: number
          budget: money
          company: text
          name: text
          email: email
          phone: phone
          need: text
          consent: text
          decision_maker: text
          lead_score: text
          lead_tier: text
        intents:
          contact_sales:
            examples: [talk to sales, I want to buy, contact sales, sales please, get a quote]
          book_demo:
            examples: [book a demo, I want a demo, show me a demo, demo please, schedule a demo]
          talk_to_human:
            examples: [a human please, talk to a person, real person, get me an agent, human]
          greet:
            examples: [hi, hello, hey, good morning, hiya]
          restart:
            examples: [start over, restart, begin again, reset, from the top]
          forget_me:
            examples: [delete my data, forget me, withdraw my consent, remove my details, erase my info]
        """
    static let dialog = """
        settings:
          start: welcome
          handoff_state: human
          labels: {book_demo: Book a demo, talk_to_human: Talk to a human, contact_sales: Talk to sales,
                   restart: Start over, forget_me: Erase my details}
          messages:
            fallback: "Sorry?"
            human_button: Talk to a human
            answer_missing: "I need {expected}."
            expect_number: "a number"
            expect_name: "a name"
            yes_or_no: "Yes or no?"
            corrected: "Got it — {new}, not {old}."
            noted: "Noted: {facts}."
            head_count_value: "{value} people"
            leave_form_offer: "We can leave these questions."
            leave_form_button: Leave the questions
            form_left: "Left."
            confirm_restart: "Start over?"
            yes_button: "Yes"
            no_button: "No"
            handoff_waiting: "A person will read this."
            handoff_contact_consent: "May I pass it on?"
            handoff_contact_kept: "Kept for the person."
            handoff_contact_again: "Please type it again."
            handoff_contact_dropped: "Not kept."
            handback: "Back with the bot."
            already_requested: "Already requested."
            language_unsupported: "I speak {languages}."
            nothing_to_erase: "You gave me none."
            nothing_kept: "None were kept."
            contact_given: "What shall we do with it?"
            details_again: "Once more, please."
            consent_needed: "Only with your OK."
            form_paused: "Kept for later."
            already_erased: "Erased already."
            date_passed: "{value} is over."
        globals:
          greet: hello
          restart: restart
          talk_to_human: human
          contact_sales: lead_form
          book_demo: demo_form
          forget_me: forgotten
        states:
          hello:
            then:
              - goto: welcome
          welcome:
            say: Hi!
            final: true
          lead_form:
            form:
              fields:
                - slot: need
                  ask: What do you need?
                - slot: team_size
                  ask: How many people?
                  min: 1
                  max: 100000
                - slot: budget
                  ask: Budget?
                  optional: true
                - slot: company
                  ask: Company?
                - slot: decision_maker
                  ask: Do you decide?
                  yes_no: true
                - slot: consent
                  ask: May I store your details?
                  yes_no: true
                - slot: name
                  ask: Name?
                  when: consent == yes
                - slot: email
                  ask: Email?
                  when: consent == yes
              max_attempts: 3
              give_up: human
              done: scored
          scored:
            lead:
              fields: [need, team_size, budget, company, decision_maker, name, email]
              contact: [name, email, phone]
              consent: consent
              tiers: {hot: 50, cold: 0}
            then:
              - if: consent == no
                goto: declined
              - goto: thanks
          thanks:
            say: Thanks {name}!
            final: true
          declined:
            say: Nothing kept.
            final: true
          demo_form:
            form:
              fields:
                - slot: company
                  ask: Company?
                - slot: consent
                  ask: May I store your details?
                  yes_no: true
                - slot: email
                  ask: Email?
                  when: consent == yes
              done: demo_requested
          demo_requested:
            lead:
              request: demo
              fields: [company, email]
              contact: [name, email, phone]
              consent: consent
              tiers: {any: 0}
            then:
              - if: consent == no
                goto: declined
              - goto: booked
          booked:
            say: Booked for {email}.
            final: true
          forgotten:
            withdraw_consent: true
            say: Erased.
            final: true
          human:
            handoff: true
            say: A person will take over.
        """

    /// The machine, with slot kinds as an author would declare them.
    static let machine: DialogMachine = {
        let result = BotLoader().load(files: [(path: "intents/bot.yml", contents: intents),
                                              (path: "dialogs/main.yml", contents: dialog)])
        var definition = result.definition ?? BotDefinition(settings: BotSettings(), intents: [])
        let kinds: [String: (SlotKind, Bool)] = [
            "team_size": (.headCount, false), "budget": (.budget, false), "company": (.company, false),
            "name": (.personName, true), "email": (.value, true), "phone": (.value, true), "need": (.need, false),
        ]
        for index in definition.slots.indices {
            if let (kind, personal) = kinds[definition.slots[index].name] {
                definition.slots[index].kind = kind
                definition.slots[index].personal = personal
            }
        }
        return DialogMachine(bot: definition)
    }()

    /// One visitor message as NLU would read it.
    static func message(_ text: String, _ intent: String = "oos", _ confidence: Double = 0.9,
                        decision: ParseResult.Decision = .classifier, entities: [EntityMatch] = [],
                        reading: Understanding = Understanding(), ranking: [IntentScore]? = nil) -> ParseResult {
        var reading = reading
        if reading.freeText == nil, reading.answer == nil, !reading.isQuestion {
            reading.freeText = text
            reading.freeTextBeyondFacts = text
        }
        // A need is every part beyond facts; a reading that gives only the first part gives it for both.
        if reading.needBeyondFacts == nil { reading.needBeyondFacts = reading.freeTextBeyondFacts }
        return ParseResult(text: text, intent: IntentScore(name: intent, confidence: confidence),
                           ranking: ranking ?? [IntentScore(name: intent, confidence: confidence)],
                           entities: entities, decision: decision, understanding: reading)
    }

    static func answer(_ text: String, _ answer: Understanding.Answer) -> ParseResult {
        message(text, reading: Understanding(answer: answer))
    }

    static func email(_ address: String, in text: String? = nil) -> EntityMatch {
        let text = text ?? address
        let start = text.unicodeScalars.count - address.unicodeScalars.count
        return EntityMatch(entity: "email", value: .string(address), text: address, start: start,
                           end: text.unicodeScalars.count)
    }

    /// Plays messages from `session`, a minute apart from Monday 2026-11-23 10:00 UTC.
    static func play(_ messages: [ParseResult], session: DialogSession = DialogSession(), seed: UInt64 = 1,
                     start: Date = Date(timeIntervalSince1970: 1_795_435_200)) -> (outputs: [DialogOutput], session: DialogSession) {
        playDialog(machine, messages, session: session, seed: seed, start: start)
    }

    static func text(_ output: DialogOutput?) -> String {
        output?.messages.map(\.text).joined(separator: " / ") ?? ""
    }
}

/// Plays parse results through `machine` from `session`, a minute apart from `start`, with
/// one seeded random source: the outputs and the session after the last.
func playDialog(_ machine: DialogMachine, _ messages: [ParseResult], session: DialogSession = DialogSession(),
                seed: UInt64 = 1, start: Date) -> (outputs: [DialogOutput], session: DialogSession) {
    var random = SplitMix64(seed: seed)
    var session = session
    var outputs: [DialogOutput] = []
    for (index, message) in messages.enumerated() {
        let input = DialogInput(parse: message, now: start + Double(index) * 60)
        let (output, next) = machine.step(input, session: session, random: &random)
        outputs.append(output)
        session = next
    }
    return (outputs, session)
}
