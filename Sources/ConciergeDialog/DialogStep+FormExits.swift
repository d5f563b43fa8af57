import ConciergeBot
import ConciergeEntities
import ConciergeNLU
import ConciergeJSON

/// A form's ways out: an answer that does not fit is re-asked with what is expected or skipped,
/// repeated misses offer a way out, and a form is left, paused for a digression, or passed
/// on to sales when it stops before its end.
extension DialogStep {
    /// An answer that does not fit: says what is expected and asks again; an optional
    /// question is skipped; after repeated misses the person is offered a way out, and the
    /// form's `give_up` is taken only when that is refused too.
    mutating func reject(_ field: FormField, of form: FormDefinition, because rejection: Rejection) {
        guard var progress = session.form else { return }
        progress.attempts += 1
        if field.optional, !field.retryInvalid || progress.attempts >= form.maxAttempts {
            skip(field)
            return
        }
        session.form = progress
        if progress.attempts >= form.maxAttempts, let giveUp = form.giveUp {
            session.form = nil
            enter(giveUp, reason: .maxAttempts, trigger: .giveUp)
            return
        }
        if let invalid = field.invalid, !invalid.isEmpty, let state = session.state {
            // The author's own words for a wrong answer say what to do, skipping included.
            say(.fieldInvalid(state: state, slot: field.slot), invalid)
            ask(field)
        } else {
            say(rejection.key, arguments: rejection.arguments)
            ask(field)
            if field.optional { say(.saySkip) }
        }
        // The last try before the form's way out: say there is another way than answering.
        if !field.optional, progress.attempts + 1 >= form.maxAttempts { offerWayOut(field, of: form) }
    }

    /// A required question the person will not or cannot answer: leave the form (what they
    /// told stays) or talk to a person. An optional one is skipped.
    mutating func offerWayOut(_ field: FormField, of form: FormDefinition) {
        if field.optional {
            skip(field)
            return
        }
        var choices: [Button] = []
        if let leave = settings.messages.label(.leaveFormButton) { choices.append(Button(label: leave, payload: EngineButton.leaveForm)) }
        choices += humanButtons
        say(.leaveFormOffer, buttons: choices)
    }

    /// Whether the last reply offered to leave the form's questions (`offerWayOut`).
    var offeredWayOut: Bool {
        session.buttons.contains { $0.payload == EngineButton.leaveForm }
    }

    /// Leaves the form: what the user told stays; personal values waiting for consent are erased.
    /// "Leave the questions": the form ends. A visitor who agreed to be contacted and gave a
    /// way to reach them has what they told passed on (blind audit 40: "just have someone email
    /// me" left with nothing sent), as a goodbye halfway does.
    mutating func leaveForm() {
        if passOnUnfinishedLead() { return }
        endForm()
        say(.formLeft)
    }

    /// "stop. i said no demo", "no i dont want a demo. are you storing this?": the questions end,
    /// not only the one asked (blind audit 61 went on to the company, then the demo time). A
    /// question beside it is answered, a person asked for is handed over; what was told stays,
    /// but nothing is passed on. A goodbye goes its way and the form waits: "i dont have a
    /// company. this is a test. goodbye" was asked the demo's time. The result of `handleForm`
    /// when the message leaves or pauses the form; nil when it does neither.
    mutating func leaveFormInWords(_ filling: SlotFilling) -> Bool? {
        guard filling.filled.isEmpty else { return nil }
        if understanding.leavesForm {
            endForm()
            if answerDigressedFAQ() { return true }
            if digresses, leadsToHandoff(actedIntent) { return false }
            say(.formLeft)
            return true
        }
        if understanding.endsWithFarewell, let goodbye = transition(for: actedIntent)?.target, pauseForm(goingTo: goodbye) {
            return true
        }
        return nil
    }

    /// Ends the form without passing anything on: personal values waiting for consent are erased.
    mutating func endForm() {
        session.form = nil
        erasePending()
    }

    /// Leaves an optional question unanswered and moves on.
    mutating func skip(_ field: FormField) {
        guard var progress = session.form else { return }
        progress.skipped.append(field.slot)
        session.form = progress
        advanceForm()
    }

    /// Why a message did not answer the question, as an engine phrase.
    func missingValue(_ field: FormField) -> Rejection {
        if field.yesNo { return Rejection(key: .yesOrNo) }
        if !field.values.isEmpty {
            return Rejection(key: .notAnOption, arguments: ["value": message, "options": field.values.joined(separator: ", ")])
        }
        let slot = machine.slot(named: field.slot)
        let expected: EngineMessage
        switch (slot?.kind, field.entity ?? slot?.entity) {
        case (.personName?, _): expected = .expectName
        case (.company?, _): expected = .expectCompany
        case (.headCount?, _): expected = settings.messages[.expectHeadCount].isEmpty ? .expectNumber : .expectHeadCount
        case (.budget?, _): expected = .expectMoney
        case (_, "email"?): expected = .expectEmail
        case (_, "phone"?): expected = .expectPhone
        case (_, "date"?), (_, "time"?): expected = .expectDate
        case (_, "money"?): expected = .expectMoney
        case (_, "number"?): expected = .expectNumber
        default: expected = .expectText
        }
        let noun = settings.messages[expected].first?.render(session.slots) ?? ""
        return Rejection(key: .answerMissing, arguments: ["expected": noun])
    }

    /// The reason `value` does not fit the field's pattern, allowed values or range; nil when it fits.
    static func check(_ value: JSONValue, against field: FormField) -> Rejection? {
        let shown = value.displayText
        if let pattern = field.pattern, let regex = try? Regex(pattern), (try? regex.wholeMatch(in: shown)) == nil {
            return Rejection(key: .patternMismatch, arguments: ["value": shown])
        }
        if !field.values.isEmpty, !field.values.contains(where: { $0.lowercased() == shown.lowercased() }) {
            return Rejection(key: .notAnOption, arguments: ["value": shown, "options": field.values.joined(separator: ", ")])
        }
        guard field.min != nil || field.max != nil else { return nil }
        guard let number = value.numeric else { return Rejection(key: .answerMissing) }
        let bounds = ["min": field.min.map { JSONValue.number($0).displayText } ?? "",
                      "max": field.max.map { JSONValue.number($0).displayText } ?? ""]
        switch (field.min, field.max) {
        case let (min?, max?) where number < min || number > max:
            return Rejection(key: .numberBetween, arguments: bounds)
        case let (min?, nil) where number < min:
            return Rejection(key: .numberAtLeast, arguments: bounds)
        case let (nil, max?) where number > max:
            return Rejection(key: .numberAtMost, arguments: bounds)
        default:
            return nil
        }
    }

    /// "gotta run, brb" in the middle of a form: the goodbye is said and the form waits, its
    /// answers kept, for the visitor to come back (within `form_timeout_minutes`). False when
    /// no form is open or the target is no final state.
    mutating func pauseForm(goingTo target: String) -> Bool {
        // A goodbye only: a final state that erases, hands over or captures a lead does that.
        guard session.form != nil, hasProgress, let state = machine.states[target], state.definition.final,
              !state.withdrawConsent, !state.handoff, state.lead == nil, state.form == nil, state.products == nil,
              !settings.messages[.formPaused].isEmpty else { return false }
        let passedOn = passOnUnfinishedLead()
        say(.state(target), state.say)
        if !passedOn { say(.formPaused) }
        return true
    }

    /// The visitor left (see `DialogMachine.close`): a lead form they agreed to is passed on
    /// as it stands. What `passOnUnfinishedLead` says is for a visitor who is there.
    mutating func closeForm() {
        guard session.form != nil, !isHandedOff, passOnUnfinishedLead() else { return }
        messages.removeAll()
    }

    /// A visitor who agreed to be contacted and gave an e-mail or a phone number, then leaves
    /// a lead form halfway ("ok good, bye"): what they told so far goes to sales now, rather
    /// than waiting for a return that may never come, and `lead_passed_early` says so — the
    /// words of the form's end are for a finished form ("you're still exploring…"). False when
    /// the form's end is no lead or there is no way to reach them.
    mutating func passOnUnfinishedLead() -> Bool {
        guard hasConsent, let form = currentState?.form, let done = form.done,
              let lead = machine.states[done]?.lead else { return false }
        let slots = session.slots
        let reachable = lead.contact.first { name in
            guard let slot = machine.slot(named: name), let detail = Self.contactDetail(of: slot) else { return false }
            return detail != .name && slots[name] != nil
        }
        guard let contact = reachable.flatMap({ slots[$0]?.displayText }) else { return false }
        session.form = nil
        guard !settings.messages[.leadPassedEarly].isEmpty else {
            enter(done, reason: .requested, trigger: .formDone)
            return true
        }
        transitions.append(DialogTransition(from: session.state, to: done, trigger: .formDone))
        session.state = done
        if scoreLead(lead) { say(.leadPassedEarly, arguments: ["contact": contact]) }
        return true
    }
}
