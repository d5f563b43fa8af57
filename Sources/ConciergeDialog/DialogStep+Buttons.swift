import ConciergeBot
import ConciergeNLU

/// Which button a message clicks: a button's payload or label, one of the engine's own, or an
/// offer of one button taken up in words.
extension DialogStep {
    /// A button click: `/intent` of a known intent (even from an older reply), the label of a
    /// button of the last reply, or one of the engine's own buttons; `/unknown` is a stale button.
    func resolveButton(_ text: String) -> ButtonClick {
        let trimmed = String(text.trimmedWhitespace)
        switch trimmed {
        case EngineButton.leaveForm: return .leaveForm
        case EngineButton.yes: return .yes
        case EngineButton.no: return .no
        default: break
        }
        if trimmed.hasPrefix("/"), trimmed.count > 1, !trimmed.contains(where: \.isWhitespace) {
            let intent = String(trimmed.dropFirst())
            guard machine.intents.contains(intent) else { return .stale }
            let label = session.buttons.first { $0.intent == intent }?.label ?? machine.label(for: intent) ?? intent
            return .intent(label: label, intent: intent)
        }
        let folded = trimmed.lowercased()
        guard let clicked = session.buttons.first(where: { $0.label.lowercased() == folded }) ?? acceptedOffer else { return .none }
        if clicked.payload != trimmed, clicked.payload.hasPrefix("/") { return resolveButton(clicked.payload) }
        guard let intent = clicked.intent, machine.intents.contains(intent) else { return .none }
        return .intent(label: clicked.label, intent: intent)
    }

    /// "yes" to a reply that asked a question and offered one button ("Want to pick a demo slot
    /// right now?" with "Book a demo"): that button (blind audit 55 fell back). So is a yes that
    /// goes on with the form's facts ("yes pls, next tuesday 10am", blind audit 58 noted the
    /// time and booked nothing), and an offer of a form taken up in words of its own after any
    /// reply ("ok then i book one. 4 people, …" after the demo-language answer, blind audit 58).
    /// A person offered beside the one button is no second offer: "yes, set it up again" to
    /// "…I can get a person to check, or shall I set it up again?" takes the demo (blind audits
    /// 65 and 66 got the onboarding answer and "you're welcome").
    var acceptedOffer: Button? {
        let offers = session.buttons.filter { $0.intent != machine.humanIntent }
        guard offers.count == 1, let offer = offers.first, !understanding.isQuestion else { return nil }
        let opensForm = offer.intent.map(opensForm) ?? false
        if understanding.takesOffer, opensForm { return offer }
        let yes = understanding.answer == .yes && understanding.contentWordCount <= 3
            || understanding.opensWithYes && opensForm && understanding.answer != .no
        guard yes, session.transcriptLog.last?.bot.last?.trimmedWhitespace.hasSuffix("?") == true else { return nil }
        return offer
    }
}
