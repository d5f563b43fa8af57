import ConciergeBot
import ConciergeEntities
import ConciergeNLU
import Foundation
import ConciergeJSON

/// Slot filling and forms: entities fill every slot they map to (a correction overwrites),
/// a form asks for its first empty slot, checks answers and re-asks with the reason.
extension DialogStep {
    /// Fills slots from the message's entities: a match fills the slots mapped to its entity,
    /// or the slot it is named after (learned free-text slots). Values for fields of the
    /// current form are checked first; rejected ones come back with the reason.
    mutating func fillSlots(_ found: [EntityMatch]) -> (filled: [String], invalid: [String: String]) {
        let fields = currentState?.form?.fields ?? []
        let asked = session.form.flatMap { progress in fields.first { $0.slot == progress.slot } }
        let askedEntity = asked.map { $0.entity ?? machine.entity(of: $0.slot) ?? "text" }
        let entities = MoneyReading.prepare(found, text: message, asking: askedEntity)
        var filled: [String] = []
        var invalid: [String: String] = [:]
        var corrections: [(slot: String, old: JSONValue, new: JSONValue)] = []
        defer { confirm(corrections) }
        // A message that is nothing but one value ("55") answers the question asked, and
        // changes no other slot.
        let bare = entities.count == 1 && entities[0].text.count >= message.trimmedWhitespace.count - 1
        for match in entities {
            for slot in machine.slots where !filled.contains(slot.name) && invalid[slot.name] == nil {
                if bare, let asked, asked.slot != slot.name, session.slots[slot.name] != nil { continue }
                let field = fields.first { $0.slot == slot.name }
                let accepts = match.entity == slot.name || (slot.entity != nil && match.entity == slot.entity)
                    || (field?.entity != nil && match.entity == field?.entity)
                guard accepts else { continue }
                var match = match
                // A learned free-text value answering its own question ("Northwind" of "Northwind
                // Traders") is the whole short answer, as the user wrote it.
                if match.entity == slot.name, asked?.slot == slot.name, slot.entity == nil {
                    let whole = FreeText.answer(message)
                    if whole.split(separator: " ").count <= 5, whole.count > match.text.count {
                        match.value = .string(whole)
                    }
                }
                if let field, let reason = DialogStep.check(match.value, text: match.text, against: field) {
                    invalid[slot.name] = reason
                    continue
                }
                if let old = session.slots[slot.name], old.displayText.lowercased() != match.value.displayText.lowercased() {
                    corrections.append((slot.name, old, match.value))
                }
                session.slots[slot.name] = match.value
                filled.append(slot.name)
            }
        }
        return (filled, invalid)
    }

    /// Handles a message while a form waits for an answer; false lets the message be routed
    /// like any other (a digression: an FAQ, help, a human…).
    mutating func handleForm(parse: ParseResult, strong: Bool, filled: [String], invalid: [String: String]) -> Bool {
        guard let progress = session.form, let state = currentState, let form = state.form,
              let field = form.fields.first(where: { $0.slot == progress.slot }) else {
            session.form = nil
            return false
        }
        if let reason = invalid[field.slot] {
            reject(field, of: form, reason: reason)
            return true
        }
        if field.yesNo, let answer = YesNo.read(parse.text) {
            session.slots[field.slot] = .string(answer ? "yes" : "no")
            advanceForm()
            return true
        }
        if filled.contains(where: { slot in form.fields.contains { $0.slot == slot } }) {
            advanceForm()
            return true
        }
        if field.optional, YesNo.read(parse.text) == false {
            // "no thanks" to an optional question skips it.
            skip(field)
            return true
        }
        let routable = actedIntent != ParseResult.outOfScope && machine.handles(actedIntent, in: state)
        let confident = strong || (parse.decision == .classifier && parse.intent.confidence >= (field.digressionConfidence ?? settings.digressionConfidence))
        if routable, confident { return false }
        if field.yesNo {
            if routable, parse.decision != .fallback { return false }
            reject(field, of: form, reason: "Sorry, I just need a yes or a no here.")
            return true
        }
        if isFreeText(field) {
            let text = FreeText.answer(parse.text)
            if let reason = DialogStep.check(.string(text), text: text, against: field) {
                reject(field, of: form, reason: reason)
            } else {
                session.slots[field.slot] = .string(text)
                advanceForm()
            }
            return true
        }
        if routable, parse.decision != .fallback { return false }
        reject(field, of: form, reason: missingValue(field))
        return true
    }

    func isFreeText(_ field: FormField) -> Bool {
        if let entity = field.entity { return entity == "text" }
        return machine.entity(of: field.slot) == nil
    }

    /// Asks the first empty question of the current form, or leaves it for `done` when all are filled.
    mutating func advanceForm(depth: Int = 0) {
        guard let form = currentState?.form else { return }
        var progress = session.form ?? FormProgress(slot: "")
        guard let next = form.fields.first(where: {
            session.slots[$0.slot] == nil && !progress.skipped.contains($0.slot) && ($0.when?.holds(in: session.slots) ?? true)
        })
        else {
            session.form = nil
            if let done = form.done { enter(done, reason: .requested, depth: depth + 1) }
            return
        }
        if next.slot != progress.slot {
            progress.slot = next.slot
            progress.attempts = 0
        }
        session.form = progress
        ask(next)
    }

    mutating func ask(_ field: FormField) {
        say(field.ask, buttons: field.values.map { Button(label: $0, payload: $0) })
    }

    /// After a digression, the form asks its pending question again.
    mutating func reaskPendingQuestion() {
        guard let progress = session.form,
              let field = currentState?.form?.fields.first(where: { $0.slot == progress.slot }) else { return }
        ask(field)
    }

    /// An invalid answer: says what was wrong and asks again, skips an optional question,
    /// or after too many attempts takes the form's way out.
    mutating func reject(_ field: FormField, of form: FormDefinition, reason: String) {
        guard var progress = session.form else { return }
        progress.attempts += 1
        if field.optional, !field.retryInvalid || progress.attempts >= form.maxAttempts {
            skip(field)
            return
        }
        session.form = progress
        if progress.attempts >= form.maxAttempts, let giveUp = form.giveUp {
            session.form = nil
            enter(giveUp, reason: .maxAttempts)
            return
        }
        if let invalid = field.invalid, !invalid.isEmpty {
            say(invalid)
        } else {
            messages.append(BotMessage(text: reason))
        }
        ask(field)
    }

    /// Leaves an optional question unanswered and moves on.
    mutating func skip(_ field: FormField) {
        guard var progress = session.form else { return }
        progress.skipped.append(field.slot)
        session.form = progress
        advanceForm()
    }

    /// "Got it — team size is now 30 (it was 40)." for each value the message changed.
    mutating func confirm(_ corrections: [(slot: String, old: JSONValue, new: JSONValue)]) {
        guard !corrections.isEmpty else { return }
        let changes = corrections.map { "\($0.slot.replacing("_", by: " ")) is now \($0.new.displayText) "
            + "(it was \($0.old.displayText))" }
        messages.append(BotMessage(text: "Got it — \(ProductMatcher.list(changes))."))
    }

    /// Why a message did not answer the question, in words.
    func missingValue(_ field: FormField) -> String {
        let entity = field.entity ?? machine.entity(of: field.slot) ?? "text"
        let nouns = [
            "email": "an email address", "phone": "a phone number", "number": "a number", "url": "a web address",
            "date": "a date", "time": "a time", "money": "an amount", "percentage": "a percentage",
            "duration": "a duration", "ordinal": "a position like 'first'",
        ]
        if let noun = nouns[entity] { return "Sorry, I couldn't find \(noun) in that." }
        if !field.values.isEmpty { return "Sorry, please choose one of: \(DialogStep.list(field.values))." }
        return "Sorry, I didn't get that."
    }

    /// The reason `value` does not fit the field's pattern, allowed values or range; nil when it fits.
    static func check(_ value: JSONValue, text: String, against field: FormField) -> String? {
        let shown = value.displayText
        if let pattern = field.pattern, let regex = try? Regex(pattern), (try? regex.wholeMatch(in: shown)) == nil {
            return "Sorry, '\(text)' doesn't look right for this question."
        }
        if !field.values.isEmpty, !field.values.contains(where: { $0.lowercased() == shown.lowercased() }) {
            return "Sorry, '\(text)' isn't one of the options: \(list(field.values))."
        }
        guard field.min != nil || field.max != nil else { return nil }
        guard let number = value.numeric else { return "Sorry, I need a number here." }
        switch (field.min, field.max) {
        case let (min?, max?) where number < min || number > max:
            return "Sorry, please give a number between \(JSONValue.number(min).displayText) and \(JSONValue.number(max).displayText)."
        case let (min?, nil) where number < min:
            return "Sorry, please give a number of at least \(JSONValue.number(min).displayText)."
        case let (nil, max?) where number > max:
            return "Sorry, please give a number of at most \(JSONValue.number(max).displayText)."
        default:
            return nil
        }
    }

    static func list(_ values: [String]) -> String {
        guard values.count > 1, let last = values.last else { return values.first ?? "" }
        return values.dropLast().joined(separator: ", ") + " or " + last
    }
}
