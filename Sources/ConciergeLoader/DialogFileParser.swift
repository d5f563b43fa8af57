import ConciergeBot
import ConciergeText
import Yams

/// A name one dialog file uses and the checks across files must resolve.
struct DialogReference {
    enum Kind: String {
        case intent, slot, state, entity
    }

    var kind: Kind
    var name: String
    var location: SourceLocation
}

/// What one dialog file declares, with the references the cross-file checks resolve.
struct ParsedDialogFile {
    var path: String
    var settings: [(settings: DialogSettings, explicitStart: Bool, location: SourceLocation)] = []
    var globals: [Transition] = []
    var states: [StateDefinition] = []
    var faq: [FAQEntry] = []
    /// FAQ entries with their own questions, as intents for NLU training.
    var faqIntents: [ParsedFile.Intent] = []
    var references: [DialogReference] = []
    /// `catalog:` sections (normally one per bot).
    var catalogs: [ParsedCatalog] = []
}

/// Turns one dialog file into a `ParsedDialogFile`, reporting every problem local to the file.
///
///     var parser = DialogFileParser(path: "dialogs/main.yml", text: yaml)
///     let file = parser.parse()
///     parser.diagnostics   // problems found in this file
struct DialogFileParser {
    static let topLevelKeys = ["settings", "globals", "states", "faq", "catalog"]
    static let settingsKeys = [
        "start", "session_timeout_minutes", "form_timeout_minutes", "hand_back_on", "support_answers", "profile_slots", "offer_human_after", "handoff_after",
        "did_you_mean_margin", "frustration_threshold", "digression_confidence", "handoff_state", "labels", "messages",
        "languages", "business_hours", "status_intents",
    ]
    static let messageKeys = EngineMessage.allCases.map(\.rawValue)
    static let stateKeys = ["say", "buttons", "on", "then", "form", "handoff", "final", "lead", "products", "withdraw_consent"]
    static let formKeys = ["fields", "max_attempts", "give_up", "done"]
    static let fieldKeys = [
        "slot", "ask", "invalid", "optional", "entity", "pattern", "values", "min", "max", "when", "yes_no", "retry_invalid",
        "digression_confidence",
    ]
    static let faqKeys = ["questions", "patterns", "intent", "title", "answer", "buttons", "follow_ups"]
    static let followUpKeys = ["questions", "answer", "buttons"]
    static let branchKeys = ["if", "goto"]

    var reader: YAMLReader
    var file: ParsedDialogFile

    var diagnostics: DiagnosticCollector { reader.diagnostics }

    init(path: String, text: String) {
        reader = YAMLReader(source: YAMLSource(path: path, text: text))
        file = ParsedDialogFile(path: path)
    }

    mutating func parse() -> ParsedDialogFile {
        guard let root = reader.compose() else { return file }
        let expected = "a mapping with 'settings', 'globals', 'states', 'faq' or 'catalog'"
        guard let entries = reader.mapping(root, expected: expected) else { return file }
        for entry in reader.known(entries, allowed: DialogFileParser.topLevelKeys, in: "a dialog file") {
            switch entry.key {
            case "settings": parseSettings(entry)
            case "globals":
                for transition in reader.mapping(entry.value, expected: "a mapping of intents to states") ?? [] {
                    file.globals += parseTransitions(transition.value, intent: transition.key, at: transition.location)
                }
            case "states": parseStates(entry.value)
            case "catalog": parseCatalog(entry.value, at: entry.location)
            default: parseFAQ(entry.value)
            }
        }
        return file
    }

    mutating func refer(_ kind: DialogReference.Kind, _ name: String, at location: SourceLocation) {
        file.references.append(DialogReference(kind: kind, name: name, location: location))
    }

    // MARK: Settings

    private mutating func parseSettings(_ entry: MappingEntry) {
        var settings = DialogSettings(start: "", location: entry.location)
        var explicitStart = false
        defer { file.settings.append((settings, explicitStart, entry.location)) }
        guard let entries = reader.mapping(entry.value, expected: "a mapping of dialog settings") else { return }
        for setting in reader.known(entries, allowed: DialogFileParser.settingsKeys, in: "dialog settings") {
            let location = reader.source.location(of: setting.value)
            switch setting.key {
            case "start":
                if let name = name(setting.value, kind: .state) {
                    settings.start = name
                    explicitStart = true
                }
            case "handoff_state": settings.handoffState = name(setting.value, kind: .state)
            case "profile_slots":
                for node in reader.sequence(setting.value, expected: "a list of slot names") ?? [] {
                    if let slot = name(node, kind: .slot) { settings.profileSlots.append(slot) }
                }
            case "labels":
                for label in reader.mapping(setting.value, expected: "a mapping of intents to button labels") ?? [] {
                    refer(.intent, label.key, at: label.location)
                    if let text = reader.string(label.value, expected: "a button label") { settings.labels[label.key] = text }
                }
            case "messages": parseMessages(setting.value, into: &settings.messages)
            case "languages": if let codes = parseLanguages(setting.value) { settings.languages = codes }
            case "business_hours": settings.businessHours = parseBusinessHours(setting)
            case "session_timeout_minutes":
                if let minutes = number(setting.value, in: 1...525_600, at: location) { settings.sessionTimeout = minutes * 60 }
            case "form_timeout_minutes":
                if let minutes = number(setting.value, in: 1...525_600, at: location) { settings.formTimeout = minutes * 60 }
            case "hand_back_on":
                for node in reader.sequence(setting.value, expected: "a list of intents") ?? [] {
                    if let intent = name(node, kind: .intent) { settings.handBackIntents.append(intent) }
                }
            case "support_answers":
                for node in reader.sequence(setting.value, expected: "a list of intents") ?? [] {
                    if let intent = name(node, kind: .intent) { settings.supportAnswers.append(intent) }
                }
            case "status_intents":
                for node in reader.sequence(setting.value, expected: "a list of intents") ?? [] {
                    if let intent = name(node, kind: .intent) { settings.statusIntents.append(intent) }
                }
            case "offer_human_after":
                if let count = number(setting.value, in: 1...100, at: location) { settings.offerHumanAfter = Int(count) }
            case "handoff_after":
                if let count = number(setting.value, in: 1...100, at: location) { settings.handoffAfter = Int(count) }
            case "did_you_mean_margin":
                if let margin = number(setting.value, in: 0...1, at: location) { settings.didYouMeanMargin = margin }
            case "digression_confidence":
                if let level = number(setting.value, in: 0...1, at: location) { settings.digressionConfidence = level }
            default:
                if let level = number(setting.value, in: -100...0, at: location) { settings.frustrationThreshold = level }
            }
        }
    }

    private mutating func parseMessages(_ node: Node, into messages: inout DialogMessages) {
        for entry in reader.known(reader.mapping(node, expected: "a mapping of built-in messages") ?? [],
                                  allowed: DialogFileParser.messageKeys, in: "messages") {
            guard let key = EngineMessage(rawValue: entry.key) else { continue }
            if key.isLabel {
                if let label = reader.string(entry.value, expected: "a button label") {
                    messages[key] = [Template(literal: label)]
                }
                continue
            }
            let variations = templates(entry.value, arguments: Set(key.placeholders))
            if !variations.isEmpty { messages[key] = variations }
        }
    }

    // MARK: Values

    /// A number within `range`, or nil after a diagnostic.
    mutating func number(_ node: Node, in range: ClosedRange<Double>, at location: SourceLocation) -> Double? {
        guard let text = reader.string(node, expected: "a number") else { return nil }
        guard let value = Double(text.trimmingSpaces), value.isFinite, range.contains(value) else {
            reader.diagnostics.emit(.numberOutOfRange(YAMLReader.describe(node), range: range), at: location)
            return nil
        }
        return value
    }

    /// A name of something defined elsewhere, recorded as a reference.
    mutating func name(_ node: Node, kind: DialogReference.Kind) -> String? {
        guard let text = reader.string(node, expected: "a \(kind.rawValue) name")?.trimmingSpaces else { return nil }
        refer(kind, text, at: reader.source.location(of: node))
        return text
    }

    mutating func flag(_ node: Node) -> Bool {
        guard node.scalar != nil, let value = node.bool else {
            reader.wrongType(node, expected: "true or false")
            return false
        }
        return value
    }

    /// One template or a list of variations; placeholders are recorded as slot references,
    /// except the `arguments` the engine fills itself (`{expected}` of `answer_missing`).
    mutating func templates(_ node: Node, arguments: Set<String> = []) -> [Template] {
        let items = node.sequence.map(Array.init) ?? [node]
        var result: [Template] = []
        for item in items {
            guard let text = reader.string(item, expected: "a message (a string)") else { continue }
            let place = reader.source.textPlace(of: item)
            switch Template.parse(text) {
            case .failure(let error):
                reader.diagnostics.emit(.templateSyntax(error.message), at: place.location(at: error.offset))
            case .success(let parsed):
                var template = parsed.template
                template.location = place.base
                for (slot, offset) in zip(template.slots, parsed.slotOffsets) where !arguments.contains(slot) {
                    refer(.slot, slot, at: place.location(at: offset))
                }
                result.append(template)
            }
        }
        return result
    }

    /// `label`, `{label: …, intent: …}` or `label: intent`.
    mutating func buttons(_ node: Node) -> [ButtonDefinition] {
        var result: [ButtonDefinition] = []
        for item in reader.sequence(node, expected: "a list of buttons") ?? [] {
            let location = reader.source.location(of: item)
            if item.scalar != nil, let label = reader.string(item, expected: "a button label") {
                result.append(ButtonDefinition(label: label, location: location))
                continue
            }
            guard let entries = reader.mapping(item, expected: "a button: 'label' or 'label: intent'") else { continue }
            if entries.contains(where: { $0.key == "label" }) {
                var button = ButtonDefinition(label: "", location: location)
                for entry in reader.known(entries, allowed: ["label", "intent"], in: "a button") {
                    if entry.key == "label" {
                        button.label = reader.string(entry.value, expected: "a button label") ?? ""
                    } else {
                        button.intent = name(entry.value, kind: .intent)
                    }
                }
                result.append(button)
            } else if entries.count == 1, let entry = entries.first {
                result.append(ButtonDefinition(label: entry.key, intent: name(entry.value, kind: .intent), location: location))
            } else {
                reader.wrongType(item, expected: "a button: 'label' or 'label: intent'")
            }
        }
        return result
    }

    /// `state`, `{if: condition, goto: state}` or a list of those, tried in order.
    mutating func parseTransitions(_ node: Node, intent: String, at location: SourceLocation) -> [Transition] {
        if !intent.isEmpty { refer(.intent, intent, at: location) }
        if node.scalar != nil {
            guard let target = name(node, kind: .state) else { return [] }
            return [Transition(intent: intent, target: target, location: location, targetLocation: reader.source.location(of: node))]
        }
        let items = node.sequence.map(Array.init) ?? [node]
        var result: [Transition] = []
        for item in items {
            let itemLocation = reader.source.location(of: item)
            if item.scalar != nil, let target = name(item, kind: .state) {
                result.append(Transition(intent: intent, target: target, location: itemLocation))
                continue
            }
            guard let entries = reader.mapping(item, expected: "a state name or 'if: … goto: …'") else { continue }
            var condition: Condition?
            var target: String?
            var targetLocation = itemLocation
            for entry in reader.known(entries, allowed: DialogFileParser.branchKeys, in: "a transition") {
                if entry.key == "goto" {
                    target = name(entry.value, kind: .state)
                    targetLocation = reader.source.location(of: entry.value)
                } else {
                    condition = parseCondition(entry.value)
                }
            }
            guard let target else {
                if !entries.contains(where: { $0.key == "goto" }) {
                    reader.diagnostics.emit(.missingKey("goto", in: "a transition"), at: itemLocation)
                }
                continue
            }
            result.append(Transition(intent: intent, condition: condition, target: target, location: itemLocation,
                                     targetLocation: targetLocation))
        }
        return result
    }

    mutating func parseCondition(_ node: Node) -> Condition? {
        guard let text = reader.string(node, expected: "a condition like 'team_size >= 50'") else { return nil }
        let place = reader.source.textPlace(of: node)
        switch Condition.parse(text) {
        case .failure(let error):
            reader.diagnostics.emit(.conditionSyntax(error.message), at: place.location(at: error.offset))
            return nil
        case .success(let condition):
            for clause in condition.clauses {
                refer(.slot, clause.slot, at: place.location(at: clause.offset))
            }
            return condition
        }
    }
}
