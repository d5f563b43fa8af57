@testable import ConciergeAuthoring
import ConciergeBot
import ConciergeDialog
@testable import ConciergeEngine
import ConciergeJSON
import ConciergeLoader
import ConciergeNLU
import Foundation
import Testing

/// A small sales bot: a lead form (team size, company, consent, e-mail when consented) and a
/// handoff, so conversations are short and the simulator's judgement is easy to follow.
enum FixtureBot {
    static let intents = """
        slots:
          team_size: number
          company: text
          email: email
          consent: text
          lead_score: text
          lead_tier: text
        intents:
          contact_sales:
            examples: [can sales contact me, I want to talk to sales, have sales call me, contact sales please, get me in touch with sales]
          talk_to_human:
            examples: [a human please, talk to a person, real person, get me an agent, someone real]
          greet:
            examples: [hi, hello, hey, good morning, hiya]
        """
    static let dialog = """
        settings:
          start: welcome
          handoff_state: human
          business_hours:
            time_zone: Europe/Berlin
            days: [mon, tue, wed, thu, fri]
            open: "09:00"
            close: "18:00"
          messages:
            fallback: "Sorry, I didn't understand that."
            handoff_open: "Someone will reply within 2 hours."
            handoff_closed: "We're closed right now; someone will reply when we open ({opens})."
        globals:
          contact_sales: lead_form
          talk_to_human: human
        states:
          welcome:
            say: "Hi! I can put you in touch with sales."
            final: true
          lead_form:
            form:
              fields:
                - slot: team_size
                  ask: "How many people are on your team?"
                - slot: company
                  ask: "What's your company called?"
                - slot: consent
                  ask: "May I store your email?"
                  yes_no: true
                - slot: email
                  ask: "Your email?"
                  when: consent == yes
              done: lead_done
          lead_done:
            lead:
              fields: [team_size, company, email]
              contact: [email]
              consent: consent
              tiers: {warm: 0}
            then:
              - if: consent == no
                goto: declined
              - goto: thanks
          thanks:
            say: "Thanks! We will email {email}."
            final: true
          declined:
            say: "No problem, nothing stored."
            final: true
          human:
            handoff: true
            say: "A person will reply here."
        """

    static let definition = BotLoader().load(files: [("intents/bot.yml", intents), ("dialogs/main.yml", dialog)]).definition
    static let bot: Bot? = definition.map { Bot(definition: $0) }

    static func persona(_ yaml: String, name: String = "p") throws -> Persona {
        let result = PersonaLoader.load(path: "personas/\(name).yml", text: yaml)
        #expect(result.diagnostics.map(\.description) == [])
        return try #require(result.persona)
    }

    static let ana = """
        goal: lead
        facts: {team_size: 12, company: Globex, email: ana@globex.com}
        say:
          open: [can sales contact me, I want to talk to sales]
          team_size: ["we're {team_size} people", "team of {team_size}"]
        """
}

/// A scripted stand-in for the dialog engine over the fixture bot's definition: a lead form
/// (team size, company, consent, then e-mail), a handoff on "human", and the fallback phrase
/// for questions. Flags make it misbehave the ways the judge must notice.
struct ScriptedSalesBot: Sendable {
    var keepsEmailsBeforeConsent = false
    var reasksCompanyOnce = false
    var leavesHandoff = false
    let definition: BotDefinition

    init() throws {
        definition = try #require(FixtureBot.definition)
    }

    var engine: SimulationEngine {
        get throws {
            let script = self
            return SimulationEngine(
                definition: definition,
                start: { _, _ in (ScriptedSalesBot.reply("Hi!", state: "welcome", slots: [:]), DialogSession(state: "welcome")) },
                step: { session, message, _, _ in script.step(&session, message.text) },
                isHandedOff: { $0.state == "human" })
        }
    }

    static let questions = ["team_size": "How many people?", "company": "Your company?", "consent": "May I store your email?",
                            "email": "Your email?"]
    static let order = ["team_size", "company", "consent", "email"]

    static func reply(_ text: String, state: String, slots: [String: JSONValue], events: [DialogEvent] = [],
                      buttons: [Button] = []) -> Reply {
        Reply(messages: [BotMessage(text: text, buttons: buttons)],
              nlu: ParseResult(text: "", intent: IntentScore(name: "oos", confidence: 1), ranking: [], entities: [], decision: .empty),
              intent: "oos", button: nil, state: state, slots: slots, events: events)
    }

    func step(_ session: inout DialogSession, _ text: String) -> Reply {
        let lower = text.lowercased()
        if session.state == "human" {
            if leavesHandoff { session.state = "welcome" }
            return Self.reply(leavesHandoff ? "Hi!" : "Noted.", state: session.state ?? "", slots: session.slots,
                              buttons: leavesHandoff ? [Button(label: "Pricing", intent: "pricing")] : [])
        }
        if lower.contains("human") {
            session.state = "human"
            // Always the open desk's promise, true or not: the judge checks it against the hours.
            var reply = Self.reply("A person will reply.", state: "human", slots: session.slots,
                                   events: [.handoff(reason: .requested, transcript: [])])
            reply.messages.append(BotMessage(text: "Someone will reply within 2 hours."))
            return reply
        }
        if text.hasSuffix("?"), session.state == "lead_form" {
            return Self.reply("Sorry, I didn't understand that.", state: "lead_form", slots: session.slots)
        }
        if keepsEmailsBeforeConsent, let email = text.split(separator: " ").first(where: { $0.contains("@") }) {
            session.slots["email"] = .string(String(email))
        }
        guard let slot = session.form?.slot else {
            guard lower.contains("sales") else { return Self.reply("Hi!", state: "welcome", slots: session.slots) }
            session.state = "lead_form"
            return ask("team_size", &session)
        }
        return answer(slot, text, &session)
    }

    private func answer(_ slot: String, _ text: String, _ session: inout DialogSession) -> Reply {
        switch slot {
        case "team_size":
            let words = text.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
            guard let number = words.compactMap({ Double($0) }).first else { return ask(slot, &session) }
            session.slots[slot] = .number(number)
        case "consent":
            session.slots[slot] = .string(text.lowercased().hasPrefix("no") ? "no" : "yes")
            if session.slots[slot] == "no" {
                session.form = nil
                session.state = "declined"
                return Self.reply("Nothing stored.", state: "declined", slots: session.slots)
            }
        default:
            session.slots[slot] = .string(text)
        }
        if reasksCompanyOnce, slot == "company", session.turns == 0 {
            session.turns = 1
            return ask(slot, &session)
        }
        guard let next = Self.order.drop(while: { $0 != slot }).dropFirst().first else {
            session.form = nil
            session.state = "thanks"
            let lead = session.slots.filter { $0.key != "consent" }
            return Self.reply("Thanks!", state: "thanks", slots: session.slots,
                              events: [.leadCaptured(lead: lead, score: 0, tier: "warm", consent: true)])
        }
        return ask(next, &session)
    }

    private func ask(_ slot: String, _ session: inout DialogSession) -> Reply {
        session.form = FormProgress(slot: slot)
        return Self.reply(Self.questions[slot] ?? "", state: "lead_form", slots: session.slots)
    }
}
