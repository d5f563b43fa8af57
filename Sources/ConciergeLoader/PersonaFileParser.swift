import ConciergeBot
import ConciergeJSON
import Foundation
import Yams

/// Turns the top-level entries of one persona file into a `Persona`, reporting every problem
/// at its node and carrying on, so one run lists all of a file's mistakes.
///
///     var parser = PersonaFileParser(reader: reader, defaultName: "ana", location: location)
///     let persona = parser.parse(entries)   // check parser.reader.diagnostics for errors
struct PersonaFileParser {
    var reader: YAMLReader
    let defaultName: String
    let location: SourceLocation

    mutating func parse(_ entries: [MappingEntry]) -> Persona? {
        let known = reader.known(entries, allowed: PersonaLoader.keys, in: "a persona")
        func entry(_ key: String) -> MappingEntry? { known.first { $0.key == key } }
        guard let goalEntry = entry("goal") else {
            reader.diagnostics.emit(.missingKey("goal", in: "a persona"), at: location)
            return nil
        }
        var persona = Persona(name: defaultName, goal: PersonaGoal(kind: .lead), location: location)
        if let node = entry("name")?.value, let name = reader.string(node, expected: "the persona's name") { persona.name = name }
        if let node = entry("description")?.value { persona.description = reader.string(node, expected: "a description") ?? "" }
        persona.facts = facts(entry("facts")?.value)
        persona.mistakes = facts(entry("mistakes")?.value)
        persona.behaviours = behaviours(entry("behaviours")?.value)
        persona.phrasings = phrasings(entry("say"), factNames: Array(persona.facts.keys) + Array(persona.mistakes.keys))
        if let node = entry("required_success")?.value, let share = number(node, in: 0...1) { persona.requiredSuccess = share }
        if let node = entry("max_turns")?.value, let turns = number(node, in: 1...200) { persona.maxTurns = Int(turns) }
        if let node = entry("max_fallbacks")?.value, let count = number(node, in: 0...200) { persona.maxFallbacks = Int(count) }
        if let node = entry("starts_at")?.value { persona.startsAt = time(node) }
        persona.goal = goal(goalEntry, faq: entry("faq"), excluded: entry("exclude_products"))
        for name in persona.mistakes.keys.sorted() where persona.facts[name] == nil {
            let place = entry("mistakes").map { reader.source.location(of: $0.value) } ?? location
            reader.diagnostics.emit(.mistakeWithoutFact(name), at: place)
        }
        requireWhatBehavioursNeed(persona, behavioursEntry: entry("behaviours"))
        return persona
    }

    private mutating func goal(_ entry: MappingEntry, faq: MappingEntry?, excluded: MappingEntry?) -> PersonaGoal {
        var goal = PersonaGoal(kind: .lead)
        if let name = reader.string(entry.value, expected: "a goal name") {
            if name == "pricing_answer" {
                goal = PersonaGoal(kind: .faq, faq: ["pricing"])
            } else if let kind = PersonaGoal.Kind(rawValue: name) {
                goal.kind = kind
            } else {
                reader.diagnostics.emit(.unknownGoal(name), at: reader.source.location(of: entry.value))
            }
        }
        if let faq {
            if goal.kind == .faq { goal.faq += strings(faq.value) } else { reader.diagnostics.emit(.goalOption("faq", goal: "faq"), at: faq.location) }
        }
        if goal.kind == .faq, goal.faq.isEmpty { reader.diagnostics.emit(.faqGoalWithoutIDs, at: entry.location) }
        if let excluded {
            if goal.kind == .suggestions {
                goal.excludedProducts = strings(excluded.value)
            } else {
                reader.diagnostics.emit(.goalOption("exclude_products", goal: "suggestions"), at: excluded.location)
            }
        }
        return goal
    }

    private mutating func facts(_ node: Node?) -> [String: JSONValue] {
        guard let node else { return [:] }
        var facts: [String: JSONValue] = [:]
        for entry in reader.mapping(node, expected: "a mapping of fact names to values") ?? [] {
            facts[entry.key] = TranscriptLoader.json(entry.value)
        }
        return facts
    }

    private mutating func behaviours(_ node: Node?) -> [PersonaBehaviour] {
        guard let node else { return [] }
        return (reader.sequence(node, expected: "a list of behaviours") ?? []).compactMap { item in
            guard let name = reader.string(item, expected: "a behaviour name") else { return nil }
            guard let behaviour = PersonaBehaviour(rawValue: name) else {
                reader.diagnostics.emit(.unknownBehaviour(name), at: reader.source.location(of: item))
                return nil
            }
            return behaviour
        }
    }

    private mutating func phrasings(_ entry: MappingEntry?, factNames: [String]) -> [String: [String]] {
        guard let entry else { return [:] }
        let keys = PersonaLoader.acts + factNames
        let placeholders = factNames + PersonaLoader.extraPlaceholders
        var phrasings: [String: [String]] = [:]
        for item in reader.mapping(entry.value, expected: "a mapping of acts and facts to phrasings") ?? [] {
            guard keys.contains(item.key) else {
                reader.diagnostics.emit(.unknownPhrasing(item.key, candidates: keys), at: item.location)
                continue
            }
            var texts: [String] = []
            for node in phrasingNodes(item.value) {
                guard let text = reader.string(node, expected: "a phrasing") else { continue }
                for name in PersonaPhrase(text).placeholders where !placeholders.contains(name) {
                    let offset = text.range(of: "{\(name)}").map { text[..<$0.lowerBound].unicodeScalars.count } ?? 0
                    reader.diagnostics.emit(.unknownPlaceholder(name, candidates: placeholders),
                                            at: reader.source.textPlace(of: node).location(at: offset))
                }
                texts.append(text)
            }
            if texts.isEmpty { reader.diagnostics.emit(.emptyPhrasings, at: item.location) }
            phrasings[item.key] = texts
        }
        return phrasings
    }

    /// A single phrasing or a list of them.
    private mutating func phrasingNodes(_ node: Node) -> [Node] {
        if node.scalar != nil, !YAMLReader.isNull(node) { return [node] }
        return reader.sequence(node, expected: "a phrasing or a list of phrasings") ?? []
    }

    private mutating func strings(_ node: Node) -> [String] {
        if node.scalar != nil, !YAMLReader.isNull(node) { return reader.string(node, expected: "a name").map { [$0] } ?? [] }
        return (reader.sequence(node, expected: "a list of names") ?? []).compactMap { reader.string($0, expected: "a name") }
    }

    /// An ISO 8601 time with its offset: `2026-01-04T15:00:00Z`.
    private mutating func time(_ node: Node) -> Date? {
        guard let text = reader.string(node, expected: "a time like 2026-01-04T15:00:00Z") else { return nil }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            reader.wrongType(node, expected: "a time like 2026-01-04T15:00:00Z")
            return nil
        }
        return date
    }

    private mutating func number(_ node: Node, in range: ClosedRange<Double>) -> Double? {
        guard let text = reader.string(node, expected: "a number") else { return nil }
        guard let value = Double(text) else {
            reader.wrongType(node, expected: "a number")
            return nil
        }
        guard range.contains(value) else {
            reader.diagnostics.emit(.numberOutOfRange(text, range: range), at: reader.source.location(of: node))
            return nil
        }
        return value
    }

    /// Behaviours that play phrasings the persona must write (or facts it must give).
    private mutating func requireWhatBehavioursNeed(_ persona: Persona, behavioursEntry: MappingEntry?) {
        let place = behavioursEntry?.location ?? location
        let needs: [(PersonaBehaviour, String)] = [
            (.faqDigression, "digression"), (.asksForHuman, "human"), (.otherLanguage, "other_language"),
            (.consentRefusedThenGiven, "consent_later"), (.nonAnswer, "non_answer"), (.declinesOffer, "decline"),
        ]
        for (behaviour, act) in needs where persona.behaves(behaviour) && persona.phrasings[act] == nil {
            reader.diagnostics.emit(.missingPhrasing(act, for: "behaviour '\(behaviour.rawValue)'"), at: place)
        }
        if persona.behaves(.correction), persona.mistakes.isEmpty { reader.diagnostics.emit(.missingMistakes, at: place) }
        if persona.behaves(.consentRefused), persona.behaves(.consentRefusedThenGiven) {
            reader.diagnostics.emit(.conflictingConsent, at: place)
        }
        if persona.phrasings["open"] == nil, !persona.behaves(.otherLanguage) || persona.goal.kind != .languageNotice {
            reader.diagnostics.emit(.missingPhrasing("open", for: "every persona (its first message)"), at: location)
        }
    }
}
