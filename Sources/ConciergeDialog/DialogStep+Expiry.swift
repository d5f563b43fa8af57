import ConciergeBot
import ConciergeJSON
import ConciergeNLU
import Foundation

/// A conversation that starts over: on a restart, or after a silence longer than the session's
/// (or an open form's) timeout, keeping the profile slots.
extension DialogStep {
    /// Clears the conversation but keeps the profile slots (and `keeping`), and goes back to
    /// the start state.
    mutating func resetConversation(keeping: Set<String> = []) {
        var profile = Set(settings.profileSlots).union(keeping)
        // What sales already has stays too: "can we do tuesday 10am instead" the day after the
        // chat timed out moves the demo they hold (blind audit 32: "not December 19", and the
        // lead never heard of it).
        profile.formUnion(session.passedOn ?? [])
        // Personal details kept across the restart keep the consent they were given under:
        // without it the next lead would ask again for what is already held.
        if let consent = machine.consentSlot,
           machine.slots.contains(where: { $0.personal && profile.contains($0.name) && session.slots[$0.name] != nil }) {
            profile.insert(consent)
        }
        // In name order: a replay of the turn gives the same actions (a dictionary's order is not stable).
        for name in session.slots.keys.sorted() where !profile.contains(name) { actions.append(.eraseSlot(name)) }
        session.slots = session.slots.filter { profile.contains($0.key) }
        session.pending = nil
        session.heldSlots = nil
        session.form = nil
        session.confirming = nil
        session.skippedBeforeRefusal = nil
        session.lastFilled = nil
        session.replyDueAt = nil
        session.consentAskedForPerson = nil
        session.buttons = []
        session.consecutiveFallbacks = 0
        previousFallbacks = 0
        session.state = settings.start
    }

    /// After the timeout the flow restarts; true when it did. The profile slots stay, and so
    /// do the visitor's answers to forms: who comes back days later and asks for sales is not
    /// asked again what they told (blind audit 38: "ugh i already told you"). A restart the
    /// visitor asks for clears them. A message that answers the question the open form was
    /// asking ("back. any day next week after 3pm" to the demo's time) picks that form up
    /// again, without the personal details and consent the reset cleared (blind audit 41: the
    /// time was noted and the request went nowhere).
    mutating func expireIfIdle(_ parse: ParseResult) -> Bool {
        // A person owes a handed-off conversation an answer, however long it takes; a form
        // in progress is picked up again within `formTimeout`.
        let timeout = session.form != nil ? max(settings.sessionTimeout, settings.formTimeout) : settings.sessionTimeout
        guard let last = session.lastActivity, session.state != nil, !isHandedOff,
              now.timeIntervalSince(last) > timeout else { return false }
        // A lead form left halfway by a visitor who agreed: sales gets it before the reset.
        if session.form != nil { _ = passOnUnfinishedLead() }
        let from = session.state
        let openForm = session.form
        // "hi again, changed my mind, yes you can store my email: jonas@…" hours after turning
        // the consent question down: the form it refused is taken up again (blind audit 46:
        // the consent was kept and the demo went nowhere).
        let refusedForm = session.confirming.flatMap { target in
            understanding.grantsConsent && machine.states[target].map(asksConsent) == true ? target : nil
        }
        let skippedBeforeRefusal = session.skippedBeforeRefusal
        resetConversation(keeping: machine.formAnswerSlots)
        transitions.append(DialogTransition(from: from, to: settings.start, trigger: .reset))
        if let refusedForm {
            session.confirming = refusedForm
            session.skippedBeforeRefusal = skippedBeforeRefusal
        }
        if let openForm, let from {
            session.state = from
            session.form = openForm
            // "yes. Lena Vogt, lena@…" to the consent question it was asking (blind audit 44).
            let answersYesNo = askedField?.yesNo == true && (understanding.answer == .yes || understanding.answer == .no
                || saysYesWithDetails)
            if holdsAskedValue(parse) || answersYesNo {
                transitions.append(DialogTransition(from: settings.start, to: from, trigger: .formResumed))
            } else {
                session.state = settings.start
                session.form = nil
            }
        }
        events.append(.sessionExpired)
        actions.append(.emit(.sessionExpired))
        return true
    }
}
