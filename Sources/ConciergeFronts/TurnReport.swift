import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import Foundation
import ConciergeJSON

/// What happened in one turn, kept for `/debug` and `/why`: the state before, the reply, and
/// the bot's definition to name the transition that fired.
///
///     let report = TurnReport(previousState: "welcome", reply: reply, bot: bot)
///     report.debugLines   // ranking, entities, slots, state transition, events
///     report.whyLines     // "decision: classifier — pricing at 0.87 ≥ threshold 0.50", …
struct TurnReport: Sendable {
    var previousState: String?
    var reply: Reply
    /// The NLU threshold in force, to compare the classifier's confidence with.
    var threshold: Double
    var dialog: DialogDefinition?

    init(previousState: String?, reply: Reply, bot: Bot) {
        self.previousState = previousState
        self.reply = reply
        threshold = bot.nlu.threshold
        dialog = bot.definition.dialog
    }

    var debugLines: [ChatLine] {
        let nlu = reply.nlu
        let ranking = nlu.ranking.prefix(5).map { "\($0.name) \(Self.format($0.confidence))" }
        let entities = nlu.entities.map { "\($0.entity)=\($0.value.displayText) (\"\($0.text)\" \($0.start)–\($0.end))" }
        return [
            .detail("intent", "\(reply.intent) (\(decisionName))"),
            .detail("ranking", ranking.isEmpty ? "—" : ranking.joined(separator: ", ")),
            .detail("entities", entities.isEmpty ? "—" : entities.joined(separator: ", ")),
            .detail("slots", Self.slotsText(reply.slots)),
            .detail("state", "\(previousState ?? "(new)") → \(reply.state)"),
            .detail("events", reply.events.isEmpty ? "—" : reply.events.map(Self.describe).joined(separator: ", ")),
        ]
    }

    var whyLines: [ChatLine] {
        [.detail("decision", decisionExplanation), .detail("transition", transitionExplanation)]
    }

    private var decisionName: String { reply.button == nil ? reply.nlu.decision.rawValue : "button" }

    /// Which NLU stage chose the intent, and why.
    var decisionExplanation: String {
        let nlu = reply.nlu
        if let button = reply.button {
            return "button — the message picked the button '\(button)', which means \(reply.intent)"
        }
        let intent = nlu.intent.name
        switch nlu.decision {
        case .pattern: return "pattern — a pattern of \(intent) matched the message"
        case .exactExample: return "exact example — the message is one of \(intent)'s examples"
        case .classifier:
            return "classifier — \(intent) at \(Self.format(nlu.intent.confidence)) ≥ threshold \(Self.format(threshold))"
        case .fallback:
            let best = nlu.ranking.first.map { "\($0.name) at \(Self.format($0.confidence))" } ?? "nothing"
            return "fallback — the best guess, \(best), is below threshold \(Self.format(threshold))"
        case .empty: return "empty — nothing to classify"
        }
    }

    /// Which transitions the dialog machine took (it reports them), or why it stayed.
    var transitionExplanation: String {
        let to = reply.state
        var parts = reply.transitions.map(Self.describe)
        if let id = reply.events.lazy.compactMap(Self.faqID).first { parts.append("FAQ answer '\(id)'") }
        if parts.isEmpty { return "none — stayed in \(to)" }
        return parts.joined(separator: "; ") + " (now in \(to))"
    }

    /// "welcome → demo_form on `book_demo` (global)".
    static func describe(_ transition: DialogTransition) -> String {
        let move = "\(transition.from ?? "(new)") → \(transition.to)"
        switch transition.trigger {
        case .intent(let intent, let global): return "\(move) on `\(intent)`" + (global ? " (global)" : "")
        case .then: return "\(move) by `then:`"
        case .formDone: return "\(move): form done"
        case .giveUp: return "\(move): form given up"
        case .handoff(let reason): return "\(move): handoff (\(reason.rawValue))"
        case .reset: return "\(move): restart"
        case .formResumed: return "\(move): form picked up again"
        }
    }

    static func faqID(_ event: DialogEvent) -> String? {
        if case .faqAnswered(let id) = event { return id }
        return nil
    }

    static func handoffReason(_ event: DialogEvent) -> String? {
        if case .handoff(let reason, _) = event { return reason.rawValue }
        return nil
    }

    /// An event in a few words; `if case` rather than `switch` so new event types still read.
    static func describe(_ event: DialogEvent) -> String {
        if let id = faqID(event) { return "\(event.type)(\(id))" }
        if let reason = handoffReason(event) { return "\(event.type)(\(reason))" }
        return event.type
    }

    static func slotsText(_ slots: [String: JSONValue]) -> String {
        slots.isEmpty ? "—" : slots.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.displayText)" }
            .joined(separator: ", ")
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
