import ConciergeBot

/// The diagnostics of persona files (`personas/*.yml`, docs/simulate.md).
///
///     diagnostics.emit(.unknownBehaviour("slang", candidates: names), at: location)
///     // error: unknown behaviour 'slang'; did you mean 'slang_typos'?
extension LoaderMessage {
    static func unknownGoal(_ name: String) -> LoaderMessage {
        .unknownReference("goal", name, candidates: PersonaGoal.names,
                          hint: "expected one of " + PersonaGoal.names.map { "'\($0)'" }.joined(separator: ", "))
    }
    static func unknownBehaviour(_ name: String) -> LoaderMessage {
        let names = PersonaBehaviour.allCases.map(\.rawValue)
        return .unknownReference("behaviour", name, candidates: names,
                                 hint: "expected one of " + names.map { "'\($0)'" }.joined(separator: ", "))
    }
    static func unknownPhrasing(_ key: String, candidates: [String]) -> LoaderMessage {
        .unknownReference("phrasing", key, candidates: candidates,
                          hint: "'say' keys are acts (\(PersonaLoader.acts.joined(separator: ", "))) or fact names")
    }
    static func unknownPlaceholder(_ name: String, candidates: [String]) -> LoaderMessage {
        .unknownReference("placeholder", "{\(name)}", candidates: candidates.map { "{\($0)}" },
                          hint: "placeholders name a fact, {value} or {mistake}")
    }
    static func missingPhrasing(_ act: String, for reason: String) -> LoaderMessage {
        .error("missing 'say: \(act):' phrasings, needed by \(reason)")
    }
    static let missingMistakes = LoaderMessage.error(
        "behaviour 'correction' needs 'mistakes:', the facts first given wrong (e.g. team_size: 12)")
    static let conflictingConsent = LoaderMessage.error(
        "'consent_refused' and 'consent_refused_then_given' contradict each other; keep one")
    static let faqGoalWithoutIDs = LoaderMessage.error("goal 'faq' needs 'faq:', the FAQ ids that must be answered")
    static func goalOption(_ key: String, goal: String) -> LoaderMessage {
        .error("'\(key)' only applies to goal '\(goal)'")
    }
    static func mistakeWithoutFact(_ name: String) -> LoaderMessage {
        .error("mistake '\(name)' has no fact of that name; a correction needs the right value in 'facts:'")
    }
    static func duplicatePersona(_ name: String) -> LoaderMessage { .error("persona '\(name)' is defined twice") }
    static let emptyPhrasings = LoaderMessage.error("expected at least one phrasing")
}
