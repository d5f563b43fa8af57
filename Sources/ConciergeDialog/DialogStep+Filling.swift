import ConciergeBot
import ConciergeNLU
import ConciergeJSON
import Foundation

/// A value a message offers for a slot, where it is in the message, and whether it answers
/// the question asked.
struct SlotCandidate {
    var slot: String
    var value: JSONValue
    /// Unicode scalar offsets in the message; nil for a value that is the whole answer.
    var span: Range<Int>?
}

/// What filling did with one message: the slots it filled (or held for consent), and the
/// reason the answer to the question asked was rejected.
struct SlotFilling {
    var filled: [String] = []
    var rejection: Rejection?
    /// The facts filled beyond the question asked, in words ("$100 a month").
    var noted: [String] = []
    /// The message corrected a value ("Got it — 30 people, not 40").
    var corrected = false
    /// Values the message said again, in words ("tomorrow 3pm, as I said"): held already.
    var restated: [String] = []
}

/// Why an answer does not fit its question: an engine phrase and its arguments.
struct Rejection: Hashable {
    var key: EngineMessage
    var arguments: [String: String] = [:]
}

/// The word lists of the slot-filling policy, built once (a generic `DialogStep` cannot hold
/// static constants).
enum SlotPolicy {
    /// Entities whose values are bare numbers a message is full of (prices, versions, counts).
    static let numericEntities: Set<String> = ["number", "money", "percentage", "ordinal", "duration"]
    /// Entities whose question a message with a number in it tries to answer.
    static let numericAnswerEntities: Set<String> = ["phone", "number", "money"]
    /// Entities that are contact details: personal wherever they appear in a message.
    static let contactEntities: Set<String> = ["email", "phone"]
    /// What may follow a company's name after a comma ("Acme, Inc.").
    static let legalForms: Set<String> = ["inc", "ltd", "llc", "llp", "gmbh", "corp", "co", "plc", "sa", "ag", "bv", "srl", "pty"]
}

/// The slot-filling policy (docs/dialog-files.md, "Slot filling"):
/// 1. the answer to the question being asked fills that slot first;
/// 2. another slot fills only on clear evidence of it: people words for a head count, money or
///    budget words for a budget, "I'm …" for a name, "I work at …" for a company, an e-mail,
///    a phone, a date or a lookup value for slots of those entities — a bare number never
///    fills a slot it does not answer;
/// 3. a filled slot changes only by an explicit correction or a new answer to its own question;
/// 4. a value fills one slot, and personal values wait for consent.
extension DialogStep {
    mutating func fillSlots(_ parse: ParseResult, clicked: Bool) -> SlotFilling {
        var filling = SlotFilling()
        let asked = askedField
        // A question the bot cannot place ("what's the weather like today?") tells nothing
        // about the visitor: its date or number is not theirs.
        // "could we do Thursday 10am instead?" moves a value: a correction asked as a question.
        // Its e-mail or phone is theirs all the same: "can you email me a summary? it's hannah@…".
        // So does a question about the request's status ("nobody emailed me about the demo on
        // saturday?"): its day is the one booked, not a new one (blind audit 32).
        let unplaced = asked == nil && understanding.isQuestion && !understanding.isCorrection && !clicked
            && (parse.intent.name == ParseResult.outOfScope || settings.statusIntents.contains(parse.intent.name))
        if unplaced, contacts.isEmpty { return filling }
        // "can i move it to thursday 2pm" outside any form, with no date held here: it moves a
        // demo booked elsewhere, so its date is no project timeline (blind audit 57).
        let movesNothing = asked == nil && session.form == nil && requestedForm == nil && understanding.isCorrection
            && !machine.dateSlots.contains { session.slots[$0] != nil || session.pending?[$0] != nil }
        var used: [Range<Int>] = []
        var corrections: [(slot: String, old: JSONValue, new: JSONValue)] = []
        var noted: [String] = []
        // "it's John not Jon" names the value it replaces: that slot is settled first.
        replaceWrittenValue(&filling, &corrections)
        for slot in fillingOrder(asked: asked, parse: parse) where !filling.filled.contains(slot.name)
            && (!unplaced || SlotPolicy.contactEntities.contains(slot.entity ?? "")) && !(movesNothing && slot.entity == "date") {
            let isAsked = slot.name == asked?.slot
            let known = session.slots[slot.name] ?? session.pending?[slot.name]
            // A name stated again with its cue ("my name is John") is news, not noise.
            // Consent given in words ("ok, you can keep my email") after a no is news too.
            // A company named with its cue ("company is Tessellate") corrects a guess as well, and
            // a detail typed again while held for consent replaces the one held: nothing was kept.
            // A name standing among facts without a cue does not ("SSO + SLA, 120 people, Q1":
            // blind audit 39 replaced the company with it).
            let restated = (slot.kind == .personName && understanding.personName != nil)
                || (slot.personal && session.slots[slot.name] == nil)
                || (slot.kind == .company && understanding.company != nil && !understanding.companyIsListed)
                || (slot.name == machine.consentSlot && understanding.grantsConsent && !hasConsent)
                || namesStoredNumber(known, parse: parse) || movesHeldTime(known, of: slot, parse: parse)
            if known != nil, !isAsked, !understanding.isCorrection, !restated { continue }
            guard let candidate = replacedNumber(known, of: slot, parse: parse)
                    ?? candidate(for: slot, asked: isAsked, parse: parse, clicked: clicked),
                  !(candidate.span.map { span in used.contains { $0.overlaps(span) } } ?? false) else { continue }
            if let field = fieldOfCurrentForm(slot.name),
               let rejection = DialogStep.check(candidate.value, against: field) {
                if isAsked { filling.rejection = rejection }
                continue
            }
            if let span = candidate.span { used.append(span) }
            // "Q1" said again while the timeline holds Q1 restates the timeline: it is no value
            // for another slot of the same entity (blind audit 39 made it the demo's time).
            if known == nil, !isAsked, holdsElsewhere(candidate.value, of: slot) { continue }
            if let known, known.displayText.lowercased() == candidate.value.displayText.lowercased() {
                if !isAsked, !slot.personal, [.value, .headCount, .budget].contains(slot.kind) { filling.restated.append(display(known, of: slot)) }
                continue
            }
            store(candidate, personal: slot.personal)
            filling.filled.append(slot.name)
            // "max 60 dollars a month" after "max 60 dollars": the same amount, said more
            // precisely, corrects nothing.
            let refines = known.map { $0["amount"] != nil && $0["amount"] == candidate.value["amount"] && $0["period"] == nil } ?? false
            if let known, !refines {
                corrections.append((slot.name, known, candidate.value))
            } else if refines {
                noted.append(display(candidate.value, of: slot))
            } else if !isAsked || postponedConsent, !slot.personal, slot.name != machine.consentSlot, slot.kind != .decisionMaker {
                noted.append(display(candidate.value, of: slot))
            }
        }
        if let consent = machine.consentSlot, filling.filled.contains(consent) { applyConsent() }
        // "my email is rob@…, please don't contact me again" is no offer to keep it.
        if !hasConsent, heldPersonalThisTurn, !understanding.refusesContact {
            say(.consentNeeded)
            consentNotice = messages.indices.last
        }
        correctLastFilled(filling: &filling, corrections: &corrections)
        filling.corrected = !corrections.isEmpty
        confirm(corrections, added: filling.filled)
        // "like 30ish, … tuesday 10am": with other facts noted, the answer to the question is
        // said too, or it reads as dropped (blind audit 31).
        // Free text (a need, a company) is no fact to repeat back.
        if !noted.isEmpty, let asked, filling.filled.contains(asked.slot), let slot = machine.slot(named: asked.slot),
           !slot.personal, slot.name != machine.consentSlot,
           slot.kind == .headCount || slot.kind == .budget || (slot.kind.holdsEntityValue && slot.entity.map { $0 != "text" } ?? false),
           let value = session.slots[slot.name], !corrections.contains(where: { $0.slot == slot.name }),
           !noted.contains(display(value, of: slot)) {
            noted.insert(display(value, of: slot), at: 0)
        }
        if !noted.isEmpty, asked != nil {
            say(.noted, arguments: ["facts": noted.joined(separator: ", ")])
        }
        filling.noted = noted
        if let last = filling.filled.last { session.lastFilled = last }
        return filling
    }

    /// Whether the message holds a value of the entity the question asked wants (a date, an
    /// e-mail…), whatever language the rest is in: "maandag om 10 uur? sorry - Monday at 10".
    /// A head count or a budget asked for: "20, je l'ai déjà dit", "200 euros par mois".
    func holdsAskedValue(_ parse: ParseResult) -> Bool {
        guard let field = askedField, let slot = machine.slot(named: field.slot) else { return false }
        switch slot.kind {
        case .headCount:
            return understanding.headCount != nil || understanding.numbers.filter { $0.evidence != .counted }.count == 1
        case .budget: return understanding.budget != nil
        case .value, .startDate:
            guard let entity = field.entity ?? slot.entity, entity != "text" else { return false }
            return parse.entities.contains { $0.entity == entity }
        default: return false
        }
    }

    /// "Sorry, 2000 is our member list — the team is only 5 people": a message that names the
    /// number a slot holds beside a new value for it corrects that slot.
    /// The order slots are offered the message in: the question asked first, then the other
    /// questions of the form (a date in a demo form is the demo's time, not the project's), then
    /// every other slot. A request that opens a form ("a demo on thursday afternoon") fills that
    /// form's questions; a correction and a named stored number go to the slots they change.
    func fillingOrder(asked: FormField?, parse: ParseResult) -> [SlotDefinition] {
        let fields = Set((currentState?.form ?? requestedForm)?.fields.map(\.slot) ?? [])
        var order = (asked.flatMap { machine.slot(named: $0.slot) }.map { [$0] } ?? [])
            + machine.slots.filter { $0.name != asked?.slot && fields.contains($0.name) }
            + machine.slots.filter { !fields.contains($0.name) }
        if understanding.isCorrection, asked == nil {
            // "make it 4pm Thursday instead" moves the date already given, not an empty one.
            let held = Set(session.slots.keys).union((session.pending ?? [:]).keys)
            order = order.filter { held.contains($0.name) } + order.filter { !held.contains($0.name) }
        }
        // "sorry, we're 60 not 40" names the stored 40, and "friday 3pm" moves the demo held for
        // 10:00: that slot changes first, not the one asked. An empty date slot asked for keeps
        // the time: "tomorrow 3pm" answers "when would suit you for a demo?", whatever else
        // holds a time.
        let asksEmptyDate = asked.flatMap { machine.slot(named: $0.slot) }.map { slot in
            slot.entity == "date" && session.slots[slot.name] == nil && session.pending?[slot.name] == nil
        } ?? false
        if let named = order.first(where: { slot in
            let known = session.slots[slot.name] ?? session.pending?[slot.name]
            return namesStoredNumber(known, parse: parse) || (!asksEmptyDate && movesHeldTime(known, of: slot, parse: parse))
        }) {
            order = [named] + order.filter { $0.name != named.name }
        }
        return order
    }

    /// An upset message outside any form that opens none ("ugh, I have a campaign going out
    /// tomorrow", "I'm paying 39 a month for this"): its dates and sums are no plan or budget.
    var complainsOutsideForm: Bool {
        session.form == nil && (understanding.sentiment < 0 || understanding.reportsFailure) && requestedForm == nil
    }

    /// A message outside any form about an account's support matter ("same amount twice, 99
    /// dollars on the 1st" after the refund answer): its sums are charges, not a budget (blind
    /// audit 45 stored $99 as one).
    var speaksOfSupportMatter: Bool {
        guard session.form == nil, requestedForm == nil else { return false }
        return settings.supportAnswers.contains(actedIntent) || followsSupportAnswer
    }

    /// The form the acted intent opens from here (a state's or a global transition), when no
    /// form is in progress.
    var requestedForm: FormDefinition? {
        guard session.form == nil else { return nil }
        return transition(for: actedIntent).flatMap { machine.states[$0.target]?.form }
    }

    /// "sure - Jonas Weber, jonas@…", "sure. name is Tom Ashdown": a yes of its own clause,
    /// then the details a consent question asks for.
    var saysYesWithDetails: Bool {
        understanding.opensWithYes && (understanding.personName != nil || !contacts.isEmpty)
    }

    /// The form field being asked, if a form waits for an answer.
    var askedField: FormField? {
        guard let progress = session.form else { return nil }
        return fieldOfCurrentForm(progress.slot)
    }

    func fieldOfCurrentForm(_ slot: String) -> FormField? {
        currentState?.form?.fields.first { $0.slot == slot }
    }

    /// Sets a slot, or holds a personal value until consent (masked in the transcript).
    mutating func store(_ candidate: SlotCandidate, personal: Bool) {
        // "Bram, +31 6 1234 5678 — please don't keep my phone": masked, and never held.
        if personal, understanding.refusesContactDetails, let slot = machine.slot(named: candidate.slot),
           let detail = Self.contactDetail(of: slot), understanding.contactDetailsToErase.contains(detail) {
            mask(candidate)
            return
        }
        if personal, !hasConsent {
            var pending = session.pending ?? [:]
            pending[candidate.slot] = candidate.value
            session.pending = pending
            session.slots[candidate.slot] = nil
            actions.append(.holdPersonal(slot: candidate.slot))
        } else {
            session.slots[candidate.slot] = candidate.value
            actions.append(.setSlot(candidate.slot, candidate.value))
        }
        if personal, !hasConsent { mask(candidate) }
    }

    /// Masks a personal value in the stored text: its span, or the whole message when it has none.
    mutating func mask(_ candidate: SlotCandidate) {
        masks.append(candidate.span.map { ($0.lowerBound, $0.upperBound, candidate.slot) }
                     ?? (0, message.unicodeScalars.count, candidate.slot))
    }
}
