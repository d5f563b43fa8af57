import ConciergeBot
import ConciergeJSON
import ConciergeNLU

/// Consent, enforced by the engine: personal values (slots marked `personal`) given before
/// consent is yes are held out of `slots`, events and the stored transcript; a yes releases
/// them, a no or leaving the form erases them, and a withdrawal erases them from the slots.
extension DialogStep {
    /// Whether the user said yes to keeping personal data. A bot without a consent slot never
    /// gets it: its personal slots stay pending (`check` warns).
    var hasConsent: Bool {
        guard let slot = machine.consentSlot, let value = session.slots[slot] else { return false }
        return value == .bool(true) || value.displayText.lowercased() == Understanding.Answer.yes.rawValue
    }

    /// Whether this turn held a personal value for consent (a `holdPersonal` action).
    var heldPersonalThisTurn: Bool {
        actions.contains { if case .holdPersonal = $0 { true } else { false } }
    }

    /// After the consent slot changed: a yes moves the held values into the slots, a no erases them.
    mutating func applyConsent() {
        if hasConsent {
            // A yes taken by a `serve` worker that never held the details typed before it (another
            // worker did): say why they are asked again rather than ask as if never given.
            let lost = (session.heldSlots ?? []).filter { session.pending?[$0] == nil }
            if !lost.isEmpty, !settings.messages[.detailsAgain].isEmpty { say(.detailsAgain) }
            // "yes, email only": the phone held with it is dropped, not released.
            dropPendingNamedToErase()
            // In name order: the actions of a turn are the same every time it is replayed. A value
            // the same message gave after its yes ("yes. the email should be d.ok@…") is newer.
            for (name, value) in (session.pending ?? [:]).sorted(by: { $0.key < $1.key }) where session.slots[name] == nil {
                session.slots[name] = value
                actions.append(.setSlot(name, value))
            }
            session.pending = nil
            session.heldSlots = nil
        } else {
            if let state = currentState, asksConsent(state) {
                refusedIn = session.state
                refusedSkipped = session.form?.skipped ?? []
            }
            if hasPersonalData { session.erasedDetails = true }
            erasePending()
            eraseCompanyIfAsked()
            for slot in machine.slots where slot.personal { eraseStored(slot.name) }
        }
    }

    /// Forgets the held values of the details the message says not to keep ("don't keep my
    /// phone, email only"); true when it held any.
    @discardableResult
    mutating func dropPendingNamedToErase() -> Bool {
        var dropped = false
        guard understanding.refusesContactDetails else { return false }
        for slot in machine.slots where slot.personal {
            guard let detail = Self.contactDetail(of: slot), understanding.contactDetailsToErase.contains(detail),
                  session.pending?.removeValue(forKey: slot.name) != nil else { continue }
            session.heldSlots?.removeAll { $0 == slot.name }
            actions.append(.eraseSlot(slot.name))
            dropped = true
        }
        return dropped
    }

    /// Forgets the personal values held for consent.
    mutating func erasePending() {
        for name in (session.pending ?? [:]).keys.sorted() { actions.append(.eraseSlot(name)) }
        session.pending = nil
        session.heldSlots = nil
    }

    /// Whether the message withdraws consent for some details and keeps others ("don't keep
    /// my number, email is fine"), or names only some of those kept while a way to reach the
    /// visitor stays ("please don't keep my phone number" with an e-mail kept too; a name alone
    /// reaches nobody, so "don't keep my email" then withdraws it all).
    var withdrawsPartly: Bool {
        let erase = understanding.contactDetailsToErase
        // "don't contact me and remove my phone number" takes them all.
        guard hasConsent, !erase.isEmpty, !understanding.refusesContact else { return false }
        if !understanding.contactDetailsToKeep.isEmpty { return true }
        return machine.slots.contains { slot in
            guard slot.personal, session.slots[slot.name] != nil, let detail = Self.contactDetail(of: slot) else { return false }
            return detail != .name && !erase.contains(detail)
        }
    }

    /// Erases only the personal slots of the details the message names to erase; the others
    /// and the consent stay. False when the message does not ask for that.
    mutating func withdrawPartly() -> Bool {
        guard withdrawsPartly else { return false }
        eraseCompanyIfAsked()
        for slot in machine.slots where slot.personal {
            guard let detail = Self.contactDetail(of: slot), understanding.contactDetailsToErase.contains(detail),
                  eraseStored(slot.name) else { continue }
            session.erasedDetails = true
        }
        keptConsent = true
        return true
    }

    /// "please don't keep my phone number" in the middle of a form: only that detail goes (in
    /// the chat, the store and any lead passed on), and the form goes on. False for any other
    /// target or withdrawal.
    mutating func eraseSomeInForm(goingTo target: String) -> Bool {
        guard machine.states[target]?.withdrawConsent == true, session.form != nil,
              !settings.messages[.erasedSome].isEmpty, withdrawPartly() else { return false }
        say(.erasedSome)
        _ = passOnErasure(withdrawn: false)
        reaskPendingQuestion()
        return true
    }

    /// Erases the company slots (kind `company`) when the message asks to forget the visitor's
    /// company ("please forget my name and company"): a company is no contact detail, so
    /// consent leaves it, but a visitor who asks for it to go must see it go, in the stored
    /// transcript and any lead too (blind audit 66). True when one held a value.
    @discardableResult
    mutating func eraseCompanyIfAsked() -> Bool {
        guard understanding.companyErasure != nil else { return false }
        var erasedAny = false
        for slot in machine.slots where slot.kind == .company {
            if eraseStored(slot.name) { erasedAny = true }
        }
        return erasedAny
    }

    /// Erases a slot's stored value: from the session, and, through `erased`, from the stored
    /// transcript and any lead passed on (it was stored unmasked, so the edge must erase it
    /// there too). True when it held one.
    @discardableResult
    mutating func eraseStored(_ name: String) -> Bool {
        guard let value = session.slots.removeValue(forKey: name) else { return false }
        erased[name] = value.displayText
        actions.append(.eraseSlot(name))
        return true
    }

    /// "delete my company name too", whatever the classifier made of it: only the company goes,
    /// the contact details and the consent stay, and a form goes on. False for any other message.
    mutating func forgetCompanyOnly() -> Bool {
        guard understanding.companyErasure == .companyOnly, !settings.messages[.erasedCompany].isEmpty else { return false }
        eraseCompanyIfAsked()
        keptConsent = true
        say(.erasedCompany)
        _ = passOnErasure(withdrawn: false)
        reaskPendingQuestion()
        return true
    }

    /// The kind of contact detail a personal slot holds.
    static func contactDetail(of slot: SlotDefinition) -> Understanding.ContactDetail? {
        if slot.kind == .personName { return .name }
        switch slot.entity {
        case "email": return .email
        case "phone": return .phone
        default: return nil
        }
    }

    /// Details erased after a lead passed them on: sales is told (`lead_updated` with them
    /// null, and the consent no on a withdrawal), so they are gone there too. True when it was.
    mutating func passOnErasure(withdrawn: Bool) -> Bool {
        let passed = Set(session.passedOn ?? [])
        var changes: [String: JSONValue] = [:]
        for name in erased.keys where passed.contains(name) { changes[name] = .null }
        guard !changes.isEmpty else { return false }
        if withdrawn, let consent = machine.consentSlot { changes[consent] = .string(Understanding.Answer.no.rawValue) }
        session.passedOn = (session.passedOn ?? []).filter { changes[$0] == nil }
        events.append(.leadUpdated(changes: changes))
        actions.append(.emit(.leadUpdated(changes: changes)))
        return !settings.messages[.withdrawalPassedOn].isEmpty
    }

    /// Entering a state that withdraws consent: erases what the message asks to (all of it,
    /// some of it, or nothing held), says so when the state's own words would not be true, and
    /// tells sales when a lead passed the details on. Nil when the turn is answered here;
    /// otherwise whether sales was told (`withdrawal_passed_on` follows the state's words).
    mutating func withdrawOnEntering() -> Bool? {
        // "don't keep my phone, email only" before any consent scopes it: the phone is not
        // held, the rest waits for the yes as before.
        if !hasConsent, !understanding.contactDetailsToKeep.isEmpty, session.pending?.isEmpty == false,
           !settings.messages[.erasedSome].isEmpty {
            dropPendingNamedToErase()
            say(.erasedSome)
            reaskPendingQuestion()
            return nil
        }
        // "erase my details and company" with no details given: the company goes all the same.
        if !hasPersonalData, eraseCompanyIfAsked() {
            keptConsent = true
            say(.erasedCompany)
        }
        // "Done — I've erased…" would not be true: this chat holds nothing of theirs.
        guard hasPersonalData else {
            // Details typed in this chat, held for consent by a process that no longer has them:
            // none are kept, which is not the same as none given.
            // Erased earlier in this chat: "did you delete my number?" hears yes.
            if session.erasedDetails == true, !settings.messages[.alreadyErased].isEmpty {
                say(.alreadyErased)
            } else {
                say(session.heldSlots?.isEmpty == false && !settings.messages[.nothingKept].isEmpty ? .nothingKept : .nothingToErase)
            }
            session.heldSlots = nil
            return nil
        }
        if withdrawPartly() {
            // Sales keeps the rest and may still reply: "nobody will contact you" would be false.
            say(.erasedSome)
            _ = passOnErasure(withdrawn: false)
            return nil
        }
        withdrawConsent()
        return passOnErasure(withdrawn: true)
    }

    /// The user withdrew consent in the chat: personal slots and the consent are erased.
    mutating func withdrawConsent() {
        if let slot = machine.consentSlot { session.slots[slot] = .string(Understanding.Answer.no.rawValue) }
        applyConsent()
    }

    /// The message with each span holding a personal value without consent replaced by
    /// `[slot]`, for the transcript and the store.
    func masked(_ text: String) -> String {
        DialogStep.masking(text, masks.map { (start: $0.start, end: $0.end, label: $0.slot) })
    }

    /// `text` with each span (Unicode scalar offsets) replaced by `[label]`; overlapping or
    /// out-of-range spans are left out.
    ///
    ///     DialogStep.masking("mail ana@x.com", [(5, 14, "email")])   // "mail [email]"
    static func masking(_ text: String, _ spans: [(start: Int, end: Int, label: String)]) -> String {
        guard !spans.isEmpty, !text.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        for span in spans.sorted(by: { $0.start < $1.start }) where span.start >= index && span.end <= scalars.count {
            result.append(contentsOf: scalars[index..<span.start])
            result.append(contentsOf: "[\(span.label)]".unicodeScalars)
            index = span.end
        }
        if index < scalars.count { result.append(contentsOf: scalars[index...]) }
        return String(result)
    }

    /// "I'll only keep your contact details if you agree to it", said outside any form beside an
    /// answer ("my account email is kasia@…, can I get a refund?"), asks nothing a "yes" could
    /// answer: it becomes `consent_question`, with Yes / No.
    mutating func askConsentOutsideForm() {
        // "my email is j.behrens@…, just delete everything": the turn asks whether to erase it;
        // a second yes-or-no question beside it could not be told apart (blind audit 68), and
        // "only if you agree" before it says nothing the question does not.
        if let target = session.confirming, machine.states[target]?.withdrawConsent == true {
            withdrawConsentNotice()
            return
        }
        // Nor beside "Start over?" (a refused form's offer to say yes does not ask).
        guard session.confirming != DialogDefinition.restartTarget,
              let index = consentNotice, messages.indices.contains(index), session.form == nil, !isHandedOff,
              session.pending?.isEmpty == false, !settings.messages[.consentQuestion].isEmpty,
              !actions.contains(.say(.engine(.contactGiven), arguments: [:])) else { return }
        withdrawConsentNotice()
        say(.consentQuestion, buttons: yesNoButtons)
        session.consentAsked = true
    }

    /// The yes or no to `consent_question`: a yes keeps the details and asks what to do with
    /// them (`contact_given`), a no erases them. Anything else goes on as a message, the
    /// details still held. True when the message answered it.
    mutating func answerConsentQuestion() -> Bool {
        guard session.consentAsked == true else { return false }
        session.consentAsked = nil
        // "no you may NOT keep it, i want it deleted, are you stupid": the no it opens with
        // answers, whatever the question after it (blind audit 69 handed over and asked again).
        let openingNo: Understanding.Answer? = understanding.opensWithNo ? .no : nil
        switch understanding.grantsConsent ? .yes : understanding.answer ?? openingNo {
        case .yes?:
            giveConsent()
            say(.consentKept)
            if followsSupportAnswer, let handoff = machine.handoffState {
                // "delete my data" → "my email is …" → "yes": the team takes the request.
                enter(handoff, reason: .requested, trigger: .handoff(.requested))
            } else if !settings.messages[.contactGiven].isEmpty {
                say(.contactGiven, buttons: contactRequestButtons + humanButtons)
            }
        case .no?, .decline?:
            erasePending()
            session.erasedDetails = true
            say(.consentDeclined)
        default:
            return false
        }
        return true
    }

    /// Whether one of the last three replies gave an answer of `support_answers`, or of one of
    /// their follow-ups (a fallback or the consent question may come between): contact details
    /// now are for a person.
    var followsSupportAnswer: Bool {
        guard !settings.supportAnswers.isEmpty, machine.handoffState != nil else { return false }
        return settings.supportAnswers.contains { intent in
            machine.faqByIntent[intent].map { answeredRecently($0, followUps: true) } ?? false
        }
    }

    /// Whether an e-mail is kept or held for consent.
    var holdsEmail: Bool {
        machine.slots.contains { Self.contactDetail(of: $0) == .email && (session.slots[$0.name] != nil || session.pending?[$0.name] != nil) }
    }
}
