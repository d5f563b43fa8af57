import ConciergeBot
import ConciergeJSON
import ConciergeNLU

/// Corrections (the slot-filling policy's third rule, docs/dialog-files.md): a written value
/// named with the one it replaces, a bare correction of the slot filled last, and the
/// confirmation of each change in human words, passed on to sales when they have the value.
extension DialogStep {
    /// "sorry, I meant 30": a correction whose value no slot took changes the slot filled last.
    mutating func correctLastFilled(filling: inout SlotFilling,
                                    corrections: inout [(slot: String, old: JSONValue, new: JSONValue)]) {
        guard understanding.isCorrection, filling.filled.isEmpty, let last = session.lastFilled,
              let slot = machine.slot(named: last), let old = session.slots[last] else { return }
        let value: JSONValue?
        switch slot.kind {
        case .headCount:
            let team = understanding.numbers.first { $0.evidence != .counted }
            value = (understanding.headCount?.value ?? team?.value).map { .number($0) }
        case .budget: value = understanding.budget?.value
        case .value where slot.entity.map(SlotPolicy.numericEntities.contains) == true:
            value = understanding.numbers.first.map { .number($0.value) }
        default: value = nil
        }
        guard let value, value.displayText != old.displayText else { return }
        if let field = fieldOfCurrentForm(last), DialogStep.check(value, against: field) != nil { return }
        // `confirm` records the change and says it.
        session.slots[last] = value
        filling.filled.append(last)
        corrections.append((last, old, value))
    }

    /// "it's John not Jon": the slot holding the old value (whatever its case) gets the new one,
    /// when it fits the slot's question, and the change is confirmed.
    mutating func replaceWrittenValue(_ filling: inout SlotFilling,
                                      _ corrections: inout [(slot: String, old: JSONValue, new: JSONValue)]) {
        guard let replacement = understanding.replacement else { return }
        let old = replacement.old.lowercased()
        for slot in machine.slots where !filling.filled.contains(slot.name) {
            guard let known = session.slots[slot.name] ?? session.pending?[slot.name] else { continue }
            // A phone number is written with spaces or without: "+44 7700 900999, not +44 7700
            // 900123" names the "+447700900123" held, and the new one is stored as the entity reads it.
            let isPhone = slot.entity == "phone" && !DialogStep.phoneDigits(old).isEmpty
            guard known.displayText.lowercased() == old
                    || (isPhone && DialogStep.samePhone(known.displayText, old)) else { continue }
            let newDigits = DialogStep.phoneDigits(replacement.new)
            let newPhone = isPhone ? contacts.first { $0.entity == "phone" && DialogStep.phoneDigits($0.text) == newDigits } : nil
            let value = newPhone?.value ?? JSONValue.string(replacement.new)
            if let field = fieldOfCurrentForm(slot.name), DialogStep.check(value, against: field) != nil { return }
            store(SlotCandidate(slot: slot.name, value: value), personal: slot.personal)
            filling.filled.append(slot.name)
            corrections.append((slot.name, known, value))
            return
        }
    }

    /// The digits of a phone number as written ("+44 7700 900123" → "447700900123").
    static func phoneDigits(_ text: String) -> String {
        String(text.unicodeScalars.filter { ("0"..."9").contains($0) })
    }

    /// Two ways of writing one phone number: the same digits, or the national form of the
    /// international one ("07700 900123" and "+44 7700 900123": the digits after the trunk 0
    /// end the other, at least 7 of them).
    static func samePhone(_ first: String, _ second: String) -> Bool {
        let digits = [first, second].map { phoneDigits($0).drop { $0 == "0" } }
        guard let shorter = digits.min(by: { $0.count < $1.count }), let longer = digits.max(by: { $0.count < $1.count }),
              shorter.count >= 7 else { return false }
        return longer.hasSuffix(shorter)
    }

    /// "Got it — 30 people, not 12." for each value the message changed.
    /// A corrected value that sales already has is passed on (`lead_updated`), and so is a field
    /// of a lead given after the lead went out ("oh, and the demo in German please").
    mutating func confirm(_ corrections: [(slot: String, old: JSONValue, new: JSONValue)], added: [String] = []) {
        var changes = fieldsGivenAfterLead(added)
        if !changes.isEmpty { say(.addedToRequest) }
        for correction in corrections {
            guard let slot = machine.slot(named: correction.slot) else { continue }
            actions.append(.confirmSlot(correction.slot, old: correction.old, new: correction.new))
            // Consent given again after a no ("ok, you can keep the email after all") is said in
            // its own words, not "Got it — yes, not no."
            if correction.slot == machine.consentSlot {
                if hasConsent { say(.consentKept) }
                continue
            }
            say(.corrected, arguments: [
                "slot": correction.slot, "new": display(correction.new, of: slot), "old": display(correction.old, of: slot),
            ])
            if (session.passedOn ?? []).contains(correction.slot), let value = session.slots[correction.slot] {
                changes[correction.slot] = value
            }
        }
        guard !changes.isEmpty, hasConsent else { return }
        events.append(.leadUpdated(changes: changes))
        actions.append(.emit(.leadUpdated(changes: changes)))
    }

    /// The lead fields this turn filled for the first time after a lead was passed on, outside
    /// any form (a form in progress passes its fields on when it ends): sales hears of them now,
    /// and they count as passed on, so a later correction or erasure reaches sales too.
    mutating func fieldsGivenAfterLead(_ filled: [String]) -> [String: JSONValue] {
        // Not in the turn a lead went out (a session that expired with a form open passes it on
        // first): what the message says next is no addition to it.
        guard !(session.passedOn ?? []).isEmpty, hasConsent, session.form == nil, requestedForm == nil,
              !events.contains(where: { if case .leadCaptured = $0 { true } else { false } }) else { return [:] }
        var fields: [String: JSONValue] = [:]
        for name in filled where machine.leadFieldSlots.contains(name) && !(session.passedOn ?? []).contains(name) {
            if let value = session.slots[name] { fields[name] = value }
        }
        guard !fields.isEmpty else { return [:] }
        session.passedOn = Set((session.passedOn ?? []) + fields.keys).sorted()
        return fields
    }

    /// The new number of "60 not 40" for the slot that holds 40 (a plain number, a head count):
    /// the one other number of the message; nil when there is none or more than one.
    func replacedNumber(_ known: JSONValue?, of slot: SlotDefinition, parse: ParseResult) -> SlotCandidate? {
        guard case .number(let old)? = known, namesStoredNumber(known, parse: parse) else { return nil }
        // Only numbers NLU took for quantities: not "one" in "which one should we get for 8 people".
        let quantities = understanding.numbers + [understanding.headCount].compactMap { $0 }
        let (machine, correcting) = (machine, understanding.isCorrection)
        let others = parse.entities.filter { entity in
            Self.holdsNumber(entity.entity, correcting: correcting, machine: machine) && entity.value.numeric != old
                && quantities.contains { $0.start == entity.start }
        }
        guard others.count == 1, let new = others.first, let value = new.value.numeric else { return nil }
        return SlotCandidate(slot: slot.name, value: .number(value), span: new.start..<new.end)
    }

    func namesStoredNumber(_ known: JSONValue?, parse: ParseResult) -> Bool {
        // "is Enterprise 349 for all 60 of us?" asks; it corrects nothing.
        guard let old = known?.numeric, !understanding.isQuestion else { return false }
        let (machine, correcting) = (machine, understanding.isCorrection)
        return parse.entities.contains { Self.holdsNumber($0.entity, correcting: correcting, machine: machine) && $0.value.numeric == old }
    }

    /// Whether an entity of that name is a number, or, in a correction, one the tagger named
    /// after a slot of numbers ("we're actually 15 not 12": `team_size` 12 and 15). Not beside
    /// no correction: "mail starter is for 3 people, we're 20" keeps 20 (blind audit 54).
    /// Static, so that the closures that ask it copy no step (a copy per slot and turn cost 5%
    /// of `bench-turns`).
    static func holdsNumber(_ entity: String, correcting: Bool, machine: DialogMachine) -> Bool {
        entity == "number" || correcting && machine.slot(named: entity)?.entity == "number"
    }
}
