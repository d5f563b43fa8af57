import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeJSON

/// Finds the visitor's personal facts (name, e-mail, phone: the bot's personal and contact
/// slots) where they must not be before the visitor said yes to consent, or after a no: in
/// the reply's slots and events, and in what the engine gives the store (the transcript
/// entry's text and reply, the leads).
///
///     ConsentCheck(bot: bot, persona: persona).violations(turns)
///     // ["turn 2: email in the stored transcript text before consent"]
struct ConsentCheck {
    let bot: SimulatedBot
    let persona: Persona

    /// The personal facts, mistakes included (a wrong e-mail is still personal).
    var personalFacts: [(name: String, value: JSONValue)] {
        let names = bot.personalSlots.sorted()
        return names.compactMap { name in persona.facts[name].map { (name, $0) } }
            + names.compactMap { name in persona.mistakes[name].map { (name, $0) } }
    }

    func violations(_ turns: [SimulatedTurn]) -> [String] {
        let facts = personalFacts
        guard !facts.isEmpty else { return [] }
        var found: [String] = []
        var seen = Set<String>()
        for (index, turn) in turns.enumerated() where turn.consent != .given {
            let when = turn.consent == .refused ? "after consent was refused" : "before consent"
            for (name, value) in facts {
                // One violation per fact, place and phase: the same e-mail sitting in `slots`
                // for five turns is one leak, found at its first turn.
                for (place, text) in places(turn) where ConsentCheck.shows(value, in: text)
                    && seen.insert("\(name) \(place) \(when)").inserted {
                    found.append("turn \(index): \(name) in \(place) \(when)")
                }
            }
        }
        return found
    }

    private func places(_ turn: SimulatedTurn) -> [(String, String)] {
        var places = [("the reply's slots", JSONValue.object(turn.reply.slots).jsonText),
                      ("events", turn.reply.events.jsonText)]
        if let entry = turn.commit.turn {
            places.append(("the stored transcript text", entry.text))
            places.append(("the stored reply", entry.reply.joined(separator: "\n")))
        }
        if !turn.commit.leads.isEmpty {
            places.append(("the stored leads", turn.commit.leads.map { JSONValue.object($0.fields).jsonText }.joined()))
        }
        return places
    }

    /// Whether `text` shows the value: a phone number by its last nine digits whatever the
    /// separators, anything else ignoring case (a name as whole words).
    static func shows(_ value: JSONValue, in text: String) -> Bool {
        let fact = FactMatch.display(value)
        guard !fact.isEmpty else { return false }
        let digits = fact.filter(\.isASCIIDigit)
        if digits.count >= 7, !fact.contains("@") {
            let compact = String(text.filter { !" -.()+/".contains($0) })
            return compact.contains(String(digits.suffix(9)))
        }
        let haystack = text.lowercased()
        let needle = fact.lowercased()
        var searchStart = haystack.startIndex
        while let range = haystack.range(of: needle, range: searchStart..<haystack.endIndex) {
            let before = range.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: range.lowerBound)]
            let after = range.upperBound == haystack.endIndex ? nil : haystack[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchStart = range.upperBound
        }
        return false
    }
}
