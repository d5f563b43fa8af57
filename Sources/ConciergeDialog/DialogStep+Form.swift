import ConciergeBot
import ConciergeEntities
import ConciergeNLU
import ConciergeJSON

/// Forms: a form asks for its first empty slot, takes answers (several at once), lets people
/// skip optional questions, decline the form or digress, re-asks with what is expected, and
/// after repeated non-answers offers a way out instead of a loop.
extension DialogStep {
    /// Handles a message while a form waits for an answer; false lets the message be routed
    /// like any other (a digression: an FAQ, help, a human…).
    mutating func handleForm(_ filling: SlotFilling) -> Bool {
        guard let progress = session.form, let state = currentState, let form = state.form,
              let field = form.fields.first(where: { $0.slot == progress.slot }) else {
            session.form = nil
            return false
        }
        if let handled = leaveFormInWords(filling) { return handled }
        // "im a freelancer, no company. just book it": nothing to name, so nothing to ask again
        // (blind audit 29: the company question came back, then trapped the visitor). So for
        // "id rather not say the company name" while another question is asked (blind audit 43).
        if understanding.saysNoCompany, understanding.company == nil, understanding.nameAfterNo == nil {
            let companies = form.fields.filter { machine.slot(named: $0.slot)?.kind == .company && session.slots[$0.slot] == nil }
            for company in companies where session.form?.skipped.contains(company.slot) == false {
                session.form?.skipped.append(company.slot)
            }
            if !companies.isEmpty, !filling.filled.contains(where: { slot in form.fields.contains { $0.slot == slot } }) {
                if companies.contains(where: { $0.slot == field.slot }) { advanceForm() } else { reaskPendingQuestion() }
                return true
            }
        }
        if skipUndecidedBudget(field, of: form, filling) || skipUnsureBeforeQuestion(field, of: form, filling) { return true }
        // "no email. phone only: 0176…" to the demo's e-mail question: the phone filled makes
        // the question moot (its `when` no longer holds), no wrong answer (blind audit 31).
        if !filling.filled.isEmpty, field.when.map({ !$0.holds(in: session.slots) }) == true {
            advanceForm()
            return true
        }
        if filling.filled.contains(where: { slot in form.fields.contains { $0.slot == slot } }) {
            // An optional question passed over for another ("Thursday around 10am" or the
            // company to "how many people? (or say skip)") is skipped: asking it again after
            // each answer held the demo request back (blind audit 23). Not for a correction,
            // nor for contact details, which only bring the consent question forward.
            let answeredOther = filling.filled.contains { slot in
                slot != field.slot && slot != machine.consentSlot && machine.slot(named: slot)?.personal != true
                    && form.fields.contains { $0.slot == slot }
            }
            if field.optional, answeredOther, !filling.corrected, !filling.filled.contains(field.slot),
               !progress.skipped.contains(field.slot) {
                session.form?.skipped.append(field.slot)
            }
            skipDetailsTurnedDown(in: form, asked: field)
            answerSideQuestion(filling, asked: field)
            advanceForm()
            return true
        }
        if let rejection = filling.rejection {
            reject(field, of: form, because: rejection)
            return true
        }
        // "what happens after I book?" to the consent question: a question the bot has no answer
        // for is no wrong answer to apologise for ("I just need a yes or a no"); it falls back,
        // and the question follows.
        if understanding.isQuestion, understanding.answer == nil, decision == .fallback { return false }
        // "I changed my mind, don't contact me and remove my phone number": the erasure, not a
        // no to the question.
        if digresses, withdraws(actedIntent) { return false }
        // "no phone" to the optional phone question: that detail is turned down, so skipped.
        if field.optional, let slot = machine.slot(named: field.slot), let detail = Self.contactDetail(of: slot),
           understanding.contactDetailsToErase.contains(detail), !understanding.contactDetailsToKeep.contains(detail) {
            // "no phone. actually can we do a demo instead of a quote?": turned down, and the
            // request goes its way (blind audit 30: the quote's lead was sent instead).
            if digresses, !machine.isSmallTalk(actedIntent) {
                session.form?.skipped.append(field.slot)
                return false
            }
            skip(field)
            return true
        }
        switch understanding.answer {
        case .decline? where field.slot == machine.consentSlot:
            // "I don't want to give my details" to the consent question is a no.
            store(SlotCandidate(slot: field.slot, value: .string(Understanding.Answer.no.rawValue)), personal: false)
            applyConsent()
            advanceForm()
            return true
        case .skip? where field.optional, .unsure? where field.optional:
            skip(field)
            return true
        case .unsure?:
            // "not sure" to a required question is no answer: it counts as a try. "hmm let me
            // think" heard "Sorry, I couldn't find an answer in that" (blind audit 60).
            let unsure = field.yesNo || settings.messages[.answerUnsure].isEmpty ? missingValue(field) : Rejection(key: .answerUnsure)
            reject(field, of: form, because: unsure)
            return true
        case .no? where field.optional && !field.yesNo && !digresses:
            // "no thanks" to an optional question skips it ("NO. delete my data. GDPR erasure
            // request" is that request).
            skip(field)
            return true
        case .decline? where digresses && leadsToHandoff(actedIntent), .skip? where digresses && leadsToHandoff(actedIntent):
            // "forget it. talk to a human": the person asked for, not the offer of one (blind audit 26).
            return false
        case .skip? where offeredWayOut:
            // "just continue without company name" after the offer to leave the questions: the
            // visitor goes on without this answer (blind audit 28: it was stored as the company).
            skip(field)
            return true
        case .decline?, .skip?:
            offerWayOut(field, of: form)
            return true
        case .no? where !field.yesNo && !digresses:
            // "nah" to a required question: like a skip, the way out is offered.
            offerWayOut(field, of: form)
            return true
        case .yes? where !field.yesNo && !digresses:
            // "ok" to "what's the name of your company?" acknowledges; it is no wrong answer.
            ask(field)
            return true
        default:
            break
        }
        // Only a confident request or a question leaves the form (`isDigression`); a guess is no answer.
        if digresses { return false }
        // Facts beyond the question ("we're on Growth, not Starter" to "what do you need?")
        // were noted: no wrong answer to apologise for or count, the question simply follows.
        if !filling.noted.isEmpty {
            ask(field)
            return true
        }
        // "Tomorrow 3pm, as I said" to the consent question: the time is kept, not an answer
        // to reject.
        if !filling.restated.isEmpty {
            say(.noted, arguments: ["facts": filling.restated.joined(separator: ", ")])
            ask(field)
            return true
        }
        reject(field, of: form, because: missingValue(field))
        return true
    }

    /// The confidence at which a request in a message that also answers the form's question
    /// ("no", "skip") leaves the form.
    static var sureOfRequest: Double { 0.99 }

    /// How long a statement answering a free-text question of this kind may be and still be
    /// the answer rather than a request ("Kestrel Software", "email marketing").
    static func shortAnswerWords(_ kind: SlotKind) -> Int {
        switch kind {
        case .company, .personName: 5
        case .need: 4
        default: 0
        }
    }

    /// Asks the first question of the current form whose slot is neither filled nor held for
    /// consent, or leaves for `done` when none is left.
    /// A date answered in a form that is over by now (a demo "today at 17:00", the form finished
    /// the next morning) is no plan any more: it is said so and asked again. The value is the
    /// visitor's local time, whose offset the dialog does not know: it is over when it is over
    /// in the last time zone (UTC−12), so no visitor's future is taken for the past.
    mutating func forgetPassedDates(of form: FormDefinition) {
        for field in form.fields where machine.dateSlots.contains(field.slot) {
            guard let value = session.slots[field.slot], let end = DialogStep.lastMoment(of: value),
                  end.addingTimeInterval(12 * 3600) < now, !settings.messages[.datePassed].isEmpty else { continue }
            session.slots[field.slot] = nil
            actions.append(.eraseSlot(field.slot))
            say(.datePassed, arguments: ["value": dateWords(value) ?? value.displayText])
        }
    }

    mutating func advanceForm(depth: Int = 0) {
        guard let form = currentState?.form else { return }
        var progress = session.form ?? FormProgress(slot: "")
        forgetPassedDates(of: form)
        // "Sofia, sofia@…, no phone": an optional detail the message refuses is not asked for.
        if understanding.refusesContactDetails {
            for field in form.fields where field.optional && !progress.skipped.contains(field.slot) {
                guard let slot = machine.slot(named: field.slot), let detail = Self.contactDetail(of: slot),
                      understanding.contactDetailsToErase.contains(detail) else { continue }
                progress.skipped.append(field.slot)
            }
        }
        let open = openFields(of: form, skipped: progress.skipped)
        // Details just typed before the consent question are held for it: it comes next, so a
        // visitor who leaves halfway has been asked, rather than told "only if you agree" and
        // never asked.
        let consentFirst = heldPersonalThisTurn ? open.first { $0.slot == machine.consentSlot } : nil
        // And a no ends the form there: without consent, nobody can follow up on its answers.
        let refused = machine.consentSlot.map { slot in
            form.fields.contains { $0.slot == slot } && session.slots[slot] != nil && !hasConsent
        } ?? false
        guard !refused, let next = consentFirst ?? open.first
        else {
            session.form = nil
            if let done = form.done { enter(done, reason: .requested, trigger: .formDone, depth: depth + 1) }
            return
        }
        if next.slot != progress.slot {
            // Asked and left unanswered ("no, 15 people" corrects the team size instead).
            if let consent = machine.consentSlot, progress.slot == consent, session.slots[consent] == nil {
                progress.consentPutOff = true
            }
            progress.slot = next.slot
            progress.attempts = 0
        }
        session.form = progress
        ask(next)
    }

    /// The form's questions still to ask, in its order: neither filled nor held for consent,
    /// not skipped, and wanted (`when`).
    func openFields(of form: FormDefinition, skipped: [String]) -> [FormField] {
        let pending = session.pending ?? [:]
        return form.fields.filter {
            session.slots[$0.slot] == nil && pending[$0.slot] == nil && !skipped.contains($0.slot)
                && ($0.when?.holds(in: session.slots) ?? true)
        }
    }

    /// The consent question asked early, as details were typed (`advanceForm`), and answered
    /// with something else ("4", "Sam's Bakery"): no trap of "I just need a yes or a no" — the
    /// form's own next question takes the message, and consent is asked again at its place.
    mutating func postponeEarlyConsent() {
        guard var progress = session.form, progress.slot == machine.consentSlot, let form = currentState?.form,
              !understanding.isQuestion, understanding.answer == nil, !understanding.grantsConsent,
              !understanding.refusesContactDetails, !saysYesWithDetails,
              let next = openFields(of: form, skipped: progress.skipped).first, next.slot != progress.slot else { return }
        progress.slot = next.slot
        progress.attempts = 0
        progress.consentPutOff = true
        session.form = progress
        postponedConsent = true
    }

    /// "yes that's fine", said after the early consent question was put off: the consent the
    /// held details wait for, since no yes answers the question asked meanwhile (a head count,
    /// a budget, a company). The form goes back to its consent question, which the message
    /// answers; the form then goes on in its own order.
    mutating func resumePostponedConsent() {
        guard var progress = session.form, progress.consentPutOff == true, let consent = machine.consentSlot,
              progress.slot != consent, understanding.answer == .yes, !understanding.isQuestion, !hasConsent, session.slots[consent] == nil,
              !(session.pending ?? [:]).isEmpty, let form = currentState?.form,
              form.fields.contains(where: { $0.slot == consent }), let asked = askedField, !asked.yesNo,
              let kind = machine.slot(named: asked.slot)?.kind, kind != .yesNo, kind != .decisionMaker else { return }
        progress.slot = consent
        progress.attempts = 0
        progress.consentPutOff = nil
        session.form = progress
    }

    mutating func ask(_ field: FormField) {
        guard let state = session.state else { return }
        var choices = field.values.map { Button(label: $0, payload: $0) }
        if field.yesNo, choices.isEmpty { choices = yesNoButtons }
        if field.slot == machine.consentSlot { withdrawConsentNotice() }
        say(.field(state: state, slot: field.slot), field.ask, buttons: choices)
        actions.append(.ask(slot: field.slot))
    }

    /// After a digression, the form asks its pending question again.
    mutating func reaskPendingQuestion() {
        guard let field = askedField else { return }
        ask(field)
    }

    /// "no budget set yet, we're a non-profit. discounts?": an optional budget question that is
    /// not decided is not asked, now or later, and a question beside it is answered (blind
    /// audit 38: the budget was asked again, twice). True when the message is done with.
    /// "not sure. whats a typical price for that?" to an optional question: passed over, and
    /// the question answered (blind audit 42 answered it and asked the budget again).
    mutating func skipUnsureBeforeQuestion(_ field: FormField, of form: FormDefinition, _ filling: SlotFilling) -> Bool {
        guard field.optional, understanding.opensWithUnsure, understanding.isQuestion, !filling.filled.contains(field.slot),
              !filling.filled.contains(where: { slot in form.fields.contains { $0.slot == slot } }) else { return false }
        _ = answerDigressedFAQ()
        skip(field)
        return true
    }

    mutating func skipUndecidedBudget(_ field: FormField, of form: FormDefinition, _ filling: SlotFilling) -> Bool {
        guard understanding.saysNoBudget, understanding.budget == nil else { return false }
        let budgets = form.fields.filter { open in
            open.optional && machine.slot(named: open.slot)?.kind == .budget && session.slots[open.slot] == nil
        }
        for budget in budgets where session.form?.skipped.contains(budget.slot) == false {
            session.form?.skipped.append(budget.slot)
        }
        guard budgets.contains(where: { $0.slot == field.slot }),
              !filling.filled.contains(where: { slot in form.fields.contains { $0.slot == slot } }) else { return false }
        _ = answerDigressedFAQ()
        advanceForm()
        return true
    }

    /// "ok yes but no phone" to the consent question, "Dana, dana@…, no phone" to the name:
    /// an optional contact detail the form asks later is turned down now, so not asked (blind
    /// audit 65 asked for the phone next). Only while the form asks for consent or a contact
    /// detail: "sms, no email" as a need speaks of channels.
    mutating func skipDetailsTurnedDown(in form: FormDefinition, asked field: FormField) {
        guard field.slot == machine.consentSlot || machine.slot(named: field.slot)?.personal == true else { return }
        for other in form.fields where other.optional && other.slot != field.slot && knownSlots[other.slot] == nil {
            guard let slot = machine.slot(named: other.slot), let detail = Self.contactDetail(of: slot),
                  understanding.contactDetailsToErase.contains(detail), !understanding.contactDetailsToKeep.contains(detail),
                  session.form?.skipped.contains(other.slot) == false else { continue }
            session.form?.skipped.append(other.slot)
        }
    }
}
