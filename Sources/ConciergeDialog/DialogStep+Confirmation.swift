import ConciergeBot
import ConciergeNLU

/// Pending confirmations: a restart asked for in the middle of a form ("Start over?"), and the
/// offer to say yes after all once consent was refused.
extension DialogStep {
    /// The answer to a pending confirmation: yes enters the state, no goes on with the form;
    /// anything else drops the confirmation (false: handle the message as usual).
    mutating func answerConfirmation(_ click: ButtonClick, parse: ParseResult) -> Bool {
        guard let target = session.confirming else { return false }
        session.confirming = nil
        let skippedBefore = session.skippedBeforeRefusal ?? []
        session.skippedBeforeRefusal = nil
        let answer: Understanding.Answer? = switch click {
        case .yes: .yes
        case .no: .no
        // "ok, you can keep my email" after a refusal of consent gives it.
        default: understanding.grantsConsent && machine.states[target].map(asksConsent) == true ? .yes : understanding.answer
        }
        switch answer {
        case .yes:
            if let state = machine.states[target], asksConsent(state), let consent = machine.consentSlot {
                // "actually yes, keep my email": consent after a refusal, and back to the form.
                session.slots[consent] = .string(Understanding.Answer.yes.rawValue)
                applyConsent()
                reopenRefusedForm(target, consent: consent, skippedBefore: skippedBefore, parse: parse, clicked: click != .none)
                return true
            }
            enter(target, reason: .requested, trigger: .intent(actedIntent, global: true))
            return true
        case .no?, .decline?:
            // No to a restart goes on with the form; after a refusal of consent, a no is
            // just a message ("no thanks").
            guard target == DialogDefinition.restartTarget else { return false }
            reaskPendingQuestion()
            return true
        default:
            guard let state = machine.states[target], asksConsent(state) else { return false }
            // "ok fine, use dr.weber@… then" after turning the e-mail down: a change of mind. The
            // form takes it up again with the address held, and asks for consent (blind audit
            // 70: "Great — anything else?", and the demo was lost).
            // Not an address given with a question or a request the bot answers ("my account
            // email is ana@…, can I get a refund?").
            let answersElse = machine.faqByIntent[parse.intent.name] != nil && parse.intent.confidence >= DialogMachine.certainConfidence
            if let consent = machine.consentSlot, changesMindWithDetails, !understanding.isQuestion, !answersElse {
                session.slots[consent] = nil
                actions.append(.eraseSlot(consent))
                reopenRefusedForm(target, consent: consent, skippedBefore: skippedBefore, parse: parse, clicked: false)
                return true
            }
            // "wait, why do you need consent?" after a refusal: the offer to say yes stays open
            // over a question (entering any state closes it).
            session.confirming = target
            return false
        }
    }

    /// Back into the form a refusal of consent left, at its consent question or past it: the
    /// optional questions before consent were asked already, so left empty they stay skipped,
    /// and so do those the form had passed over ("freelance, no company", blind audit 30). The
    /// details given with the message are kept, not asked for again ("actually yes fine, do
    /// it. sam@pixelhaus.studio, Sam Okafor", blind audit 28).
    mutating func reopenRefusedForm(_ target: String, consent: String, skippedBefore: [String], parse: ParseResult, clicked: Bool) {
        transitions.append(DialogTransition(from: session.state, to: target, trigger: .intent(actedIntent, global: false)))
        session.state = target
        let fields = machine.states[target]?.form?.fields ?? []
        let before = fields.prefix { $0.slot != consent }
        let passed = before.filter { ($0.optional || skippedBefore.contains($0.slot)) && session.slots[$0.slot] == nil }
        session.form = FormProgress(slot: "", skipped: passed.map(\.slot))
        _ = fillSlots(parse, clicked: clicked)
        advanceForm()
    }

    /// The message gives the visitor's own e-mail or phone after they turned consent down, and
    /// turns nothing down with it ("ok fine, use dr.weber@… then").
    var changesMindWithDetails: Bool {
        !understanding.refusesContactDetails && !understanding.refusesContact && understanding.answer != .no
            && contacts.contains { !understanding.othersContacts.contains($0.start..<$0.end) }
    }
}
