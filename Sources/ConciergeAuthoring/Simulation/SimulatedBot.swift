import ConciergeBot
import ConciergeEngine
import Foundation

/// What the simulator reads once from the bot's definition, the way a visitor reads the
/// page: which questions ask for consent, which slots hold personal data or facts, where a
/// handoff leads, and how the bot's own fallback and language phrases start.
///
///     let bot = SimulatedBot(SimulationEngine(Bot(definition: definition)))
///     bot.consentSlots    // ["consent"]: the slot each lead takes its consent from
///     bot.personalSlots   // ["email", "name", "phone"]
struct SimulatedBot: Sendable {
    let engine: SimulationEngine
    /// The slots `lead:` states take consent from.
    let consentSlots: Set<String>
    /// Slots marked personal, and every lead's contact slots; name, email, phone when none is.
    let personalSlots: Set<String>
    /// Slots form questions ask, but consent: any value in them must be one of the visitor's facts.
    let factSlots: Set<String>
    let leadFields: Set<String>
    /// Slots asked as yes/no questions: their answers mean nothing out of context.
    let yesNoSlots: Set<String>
    let kinds: [String: SlotKind]
    let sessionTimeoutMinutes: Double
    /// The literal openings of the fallback, "did you mean" and "talk to a person?" phrases.
    let fallbackOpenings: [String]
    let languageNoticeOpenings: [String]
    let businessHours: BusinessHours?
    /// The openings of the handoff phrases for an open and a closed desk.
    let handoffOpenOpenings: [String]
    let handoffClosedOpenings: [String]

    init(_ engine: SimulationEngine) {
        self.engine = engine
        let dialog = engine.definition.dialog
        let states = dialog?.states ?? []
        let leads = states.compactMap(\.lead)
        consentSlots = Set(leads.map(\.consent))
        var personal = Set(engine.definition.slots.filter(\.personal).map(\.name)).union(leads.flatMap(\.contact))
        if personal.isEmpty { personal = ["name", "email", "phone"] }
        personalSlots = personal
        factSlots = Set(states.flatMap { $0.form?.fields.map(\.slot) ?? [] }).subtracting(consentSlots)
        leadFields = Set(leads.flatMap(\.fields))
        let fields = states.flatMap { $0.form?.fields ?? [] }
        yesNoSlots = Set(fields.filter { $0.yesNo }.map(\.slot) + engine.definition.slots.filter { $0.kind == .yesNo || $0.kind == .decisionMaker }.map(\.name))
        kinds = Dictionary(engine.definition.slots.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        sessionTimeoutMinutes = (dialog?.settings.sessionTimeout ?? 1800) / 60
        let messages = dialog?.settings.messages
        fallbackOpenings = [EngineMessage.fallback, .offerHuman, .didYouMean]
            .flatMap { messages?[$0] ?? [] }.compactMap(SimulatedBot.opening)
        languageNoticeOpenings = (messages?[.languageUnsupported] ?? []).compactMap(SimulatedBot.opening)
        businessHours = dialog?.settings.businessHours
        handoffOpenOpenings = (messages?[.handoffOpen] ?? []).compactMap(SimulatedBot.opening)
        handoffClosedOpenings = (messages?[.handoffClosed] ?? []).compactMap(SimulatedBot.opening)
    }

    /// The text of a template before its first slot, when long enough to recognise it.
    static func opening(_ template: Template) -> String? {
        var text = ""
        for segment in template.segments {
            guard case .text(let words) = segment else { break }
            text += words
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= 8 ? trimmed : nil
    }

    func isFallback(_ reply: Reply) -> Bool {
        reply.messages.contains { message in fallbackOpenings.contains { message.text.hasPrefix($0) } }
    }

    /// Whether a handoff reply at `date` says what is true of the desk then: the open phrase
    /// in business hours, the closed one outside them. True when the bot sets no hours.
    func handoffNoticeIsTrue(_ reply: Reply, at date: Date) -> Bool {
        guard let hours = businessHours else { return true }
        let (right, wrong) = hours.isOpen(at: date)
            ? (handoffOpenOpenings, handoffClosedOpenings) : (handoffClosedOpenings, handoffOpenOpenings)
        let says = { (openings: [String]) in
            reply.messages.contains { message in openings.contains { message.text.hasPrefix($0) } }
        }
        return (right.isEmpty || says(right)) && !says(wrong)
    }

    func saysLanguageNotice(_ reply: Reply) -> Bool {
        reply.messages.contains { message in languageNoticeOpenings.contains { message.text.hasPrefix($0) } }
    }
}
