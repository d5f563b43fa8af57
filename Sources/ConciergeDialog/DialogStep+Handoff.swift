import ConciergeBot
import ConciergeNLU
import Foundation

/// Handoff as a state: once a person has the conversation, the bot only acknowledges each
/// message (no menus, no fallbacks, no second handoff event) and keeps the transcript, until
/// the desk hands it back, the user clearly asks to start over with the bot, or takes the
/// conversation back with one of the `hand_back_on` intents.
extension DialogStep {
    mutating func waitForPerson(_ parse: ParseResult) {
        let wantsBot = parse.decision == .pattern || parse.decision == .exactExample
        if wantsBot, DialogStep.first(machine.dialog.globals, intent: parse.intent.name, slots: session.slots)?.target
            == DialogDefinition.restartTarget {
            handBack()
            enter(DialogDefinition.restartTarget, reason: .requested, trigger: .intent(parse.intent.name, global: true))
            return
        }
        // "Never mind, I'll ask the bot": the user takes the conversation back.
        // Waiting for a person, the bot has nothing else to do with a message: the classifier's
        // first choice above the fallback threshold is enough.
        if settings.handBackIntents.contains(parse.intent.name), parse.decision != .fallback {
            handBack()
            events.append(.handoffCancelled)
            actions.append(.emit(.handoffCancelled))
            // A question in the same message ("… How much is SMS?") is answered now.
            for clause in understanding.clauseIntents where !settings.handBackIntents.contains(clause.name) {
                if let faq = machine.faqByIntent[clause.name] { answer(faq) }
            }
            return
        }
        say(.handoffWaiting)
    }

    /// After the handoff message: whether a person answers now, or when they will.
    mutating func sayBusinessHours() {
        guard let hours = settings.businessHours else { return }
        if hours.isOpen(at: now) {
            say(.handoffOpen)
            return
        }
        let opening = hours.nextOpening(after: now)
        let language = settings.languages.first ?? EnglishDateWords.language
        if language == EnglishDateWords.language {
            let opens = EnglishDateWords.weekdayAndTime(opening, calendar: hours.calendar)
            say(.handoffClosed, arguments: ["opens": opens])
            return
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.timeZone = TimeZone(identifier: hours.timeZone)
        formatter.setLocalizedDateFormatFromTemplate("EEEE HH:mm")
        say(.handoffClosed, arguments: ["opens": formatter.string(from: opening)])
    }

    /// Leaves the handoff state (see `DialogMachine.handBack`).
    mutating func handBack() {
        guard isHandedOff else { return }
        transitions.append(DialogTransition(from: session.state, to: settings.start, trigger: .reset))
        session.lastActivity = now
        session.state = settings.start
        session.form = nil
        session.consecutiveFallbacks = 0
        say(.handback)
    }
}
