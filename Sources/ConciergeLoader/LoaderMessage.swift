import ConciergeBot
/// The loader's diagnostics, one named constructor each, so their wording lives in one place
/// and tests and docs can refer to them by name.
///
///     diagnostics.emit(.unknownKey("exmaples", in: "an intent", expected: ["examples", "patterns"]), at: location)
///     // error: unknown key 'exmaples' in an intent; did you mean 'examples'?
struct LoaderMessage: Hashable, Sendable {
    var severity: Diagnostic.Severity
    var text: String

    static func error(_ text: String) -> LoaderMessage { LoaderMessage(severity: .error, text: text) }
    static func warning(_ text: String) -> LoaderMessage { LoaderMessage(severity: .warning, text: text) }

    // MARK: Files and YAML

    static func missingIntentsFolder(_ path: String) -> LoaderMessage {
        .error("no intents folder: '\(path)' does not exist or is not a folder")
    }
    static func unreadableFile(_ reason: String) -> LoaderMessage { .error("cannot read file: \(reason)") }
    static let invalidUTF8 = LoaderMessage.error("file is not valid UTF-8 text")
    static func yamlSyntax(_ problem: String) -> LoaderMessage { .error("YAML syntax error: \(problem)") }
    static func duplicateKey(_ key: String) -> LoaderMessage {
        .error("duplicate key '\(key)' in the same mapping")
    }
    static let aliasNotSupported = LoaderMessage.error("YAML aliases of lists or mappings are not supported in intent files")
    static let multipleDocuments = LoaderMessage.error("an intents file holds one YAML document; remove the '---' separator")
    static func wrongType(expected: String, found: String) -> LoaderMessage {
        .error("expected \(expected), found \(found)")
    }
    static func unknownKey(_ key: String, in context: String, expected: [String]) -> LoaderMessage {
        if let suggestion = Suggestions.closest(to: key, among: expected) {
            return .error("unknown key '\(key)' in \(context); did you mean '\(suggestion)'?")
        }
        return .error("unknown key '\(key)' in \(context); expected \(expected.map { "'\($0)'" }.joined(separator: ", "))")
    }
    static let invalidKey = LoaderMessage.error("expected a name (a plain string) as key")

    // MARK: Settings

    static let duplicateSettings = LoaderMessage.error("settings given twice; a bot has one 'settings' section")
    static func invalidFallbackThreshold(_ value: String) -> LoaderMessage {
        .error("fallback_threshold must be a number between 0 and 1, found '\(value)'")
    }
    static func invalidCountryCode(_ value: String) -> LoaderMessage {
        .error("default_country_code must be 1 to 3 digits (like \"1\" or \"44\"), found '\(value)'")
    }
    static let emptyBotName = LoaderMessage.error("the bot name must not be empty")

    // MARK: Slots and entities

    static func duplicateSlot(_ name: String) -> LoaderMessage { .error("slot '\(name)' is declared twice") }
    static func unknownEntity(_ entity: String, slot: String, candidates: [String]) -> LoaderMessage {
        .error("slot '\(slot)' is filled by unknown entity '\(entity)'\(Suggestions.didYouMean(entity, among: candidates))")
    }
    static func unknownSlotKind(_ kind: String, slot: String) -> LoaderMessage {
        let kinds = SlotKind.allCases.map(\.rawValue)
        if let suggestion = Suggestions.closest(to: kind, among: kinds) {
            return .error("unknown kind '\(kind)' of slot '\(slot)'; did you mean '\(suggestion)'?")
        }
        return .error("unknown kind '\(kind)' of slot '\(slot)'; expected one of: \(kinds.joined(separator: ", "))")
    }
    static func duplicateEntity(_ name: String) -> LoaderMessage { .error("entity '\(name)' is declared twice") }
    static func entityShadowsBuiltin(_ name: String) -> LoaderMessage {
        .error("entity '\(name)' has the name of a built-in entity; choose another name")
    }
    static func duplicateEntityValue(_ value: String, entity: String) -> LoaderMessage {
        .error("value '\(value)' is listed twice in entity '\(entity)'")
    }
    static func conflictingSynonym(_ synonym: String, value: String, other: String) -> LoaderMessage {
        .error("synonym '\(synonym)' maps to '\(value)' but already maps to '\(other)'")
    }
    static func redundantSynonym(_ synonym: String, value: String) -> LoaderMessage {
        .warning("synonym '\(synonym)' of '\(value)' is listed twice or repeats the value")
    }
    static let emptyEntityValue = LoaderMessage.error("empty entity value")
    static func entityWithoutValues(_ name: String) -> LoaderMessage { .error("entity '\(name)' has no values") }
    static let entityValueShape = LoaderMessage.error(
        "expected an entity value: 'value' or 'value: [synonym, …]'")

    // MARK: Intents and examples

    static func duplicateIntent(_ name: String) -> LoaderMessage { .error("intent '\(name)' is defined twice") }
    static func reservedIntent(_ name: String) -> LoaderMessage {
        .error("intent name '\(name)' is reserved for the fallback intent")
    }
    static func emptyIntent(_ name: String) -> LoaderMessage {
        .error("intent '\(name)' has no examples and no patterns")
    }
    static func fewExamples(_ name: String, count: Int) -> LoaderMessage {
        .warning("intent '\(name)' has only \(count) example\(count == 1 ? "" : "s"); give at least 5 for good recognition")
    }
    static let noIntents = LoaderMessage.error("the bot defines no intents; add some under 'intents:' in an intents file")
    static let exampleNotString = LoaderMessage.error(
        "expected an example (a string); quote examples that contain ': ' or start with '['")
    static let emptyExample = LoaderMessage.error("empty example")
    static let blockLineWithoutDash = LoaderMessage.error(
        "in an examples block ('|'), each line must be an example starting with '- '")
    static func annotation(_ message: String) -> LoaderMessage { .error(message) }
    static func unknownSlot(_ slot: String, candidates: [String]) -> LoaderMessage {
        if let suggestion = Suggestions.closest(to: slot, among: candidates) {
            return .error("unknown slot '\(slot)'; did you mean '\(suggestion)'?")
        }
        return .error("unknown slot '\(slot)'; declare it under 'slots:'")
    }
    static func duplicateExampleAcrossIntents(_ text: String, intent: String, other: String) -> LoaderMessage {
        .error("example '\(text)' of intent '\(intent)' is also an example of intent '\(other)'")
    }
    static func duplicateExample(_ text: String, intent: String) -> LoaderMessage {
        .warning("example '\(text)' is listed twice in intent '\(intent)'")
    }
    static func exampleCapturedByPattern(_ text: String, intent: String, other: String) -> LoaderMessage {
        .warning("example '\(text)' of intent '\(intent)' matches a pattern of intent '\(other)', "
            + "so it will never reach '\(intent)'")
    }
    static let patternNotString = LoaderMessage.error("expected a pattern (a string)")
    static func patternSyntax(_ message: String) -> LoaderMessage { .error("invalid pattern: \(message)") }
}

/// Collects the diagnostics of one load, in the order found; `sorted` gives them by place.
struct DiagnosticCollector: Sendable {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func emit(_ message: LoaderMessage, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(message.severity, at: location, message.text, notes: notes))
    }

    /// By file, line and column; diagnostics at the same place keep the order they were found in.
    var sorted: [Diagnostic] { diagnostics.sortedByPlace() }
}

extension Diagnostic.Note {
    static func firstDefined(at location: SourceLocation) -> Diagnostic.Note {
        Diagnostic.Note(location: location, message: "first defined here")
    }
}
