import ConciergeBot
import ConciergeText
import Yams

/// What one intents file declares, with the places the cross-file checks point at.
struct ParsedFile {
    struct Settings {
        var settings: BotSettings
        var location: SourceLocation
    }

    struct Slot {
        var name: String
        var entity: String
        var kind: SlotKind = .value
        /// nil: the default of the kind and entity (`SlotDefinition.defaultPersonal`).
        var personal: Bool?
        var location: SourceLocation
        var entityLocation: SourceLocation
    }

    struct Entity {
        var definition: EntityDefinition
        /// For each value, its synonyms' places, in order.
        var synonymLocations: [[SourceLocation]]
    }

    struct AnnotatedExample {
        var example: Example
        /// For each annotation, where its slot name is written.
        var slotLocations: [SourceLocation]
    }

    struct Intent {
        var name: String
        var location: SourceLocation
        var examples: [AnnotatedExample]
        var patterns: [PhrasePattern]
        /// False when the examples or patterns had errors, so "no examples" would be noise.
        var complete: Bool
    }

    var path: String
    var settings: [Settings] = []
    var slots: [Slot] = []
    var entities: [Entity] = []
    var intents: [Intent] = []
}

/// Turns one intents file into a `ParsedFile`, reporting every problem local to the file:
/// YAML syntax, value types, unknown keys, settings values, annotation and pattern syntax.
///
///     var parser = IntentFileParser(path: "intents/sales.yml", text: yaml)
///     let file = parser.parse()
///     parser.diagnostics   // problems found in this file
struct IntentFileParser {
    static let topLevelKeys = ["settings", "slots", "entities", "intents"]
    static let settingsKeys = ["name", "fallback_threshold", "default_country_code", "mask_personal_data"]
    static let slotKeys = ["entity", "kind", "personal"]
    static let entityKeys = ["fuzzy", "values"]
    static let intentKeys = ["examples", "patterns"]

    private var reader: YAMLReader
    private var file: ParsedFile
    private let tokenizer: Tokenizer

    var diagnostics: DiagnosticCollector { reader.diagnostics }

    init(path: String, text: String, tokenizer: Tokenizer = Tokenizer()) {
        reader = YAMLReader(source: YAMLSource(path: path, text: text))
        file = ParsedFile(path: path)
        self.tokenizer = tokenizer
    }

    mutating func parse() -> ParsedFile {
        guard let root = reader.compose() else { return file }
        let expected = "a mapping with 'settings', 'slots', 'entities' or 'intents'"
        guard let entries = reader.mapping(root, expected: expected) else { return file }
        for entry in reader.known(entries, allowed: IntentFileParser.topLevelKeys, in: "an intents file") {
            switch entry.key {
            case "settings": parseSettings(entry)
            case "slots": parseSlots(entry.value)
            case "entities": parseEntities(entry.value)
            default: parseIntents(entry.value)
            }
        }
        return file
    }

    // MARK: Settings

    private mutating func parseSettings(_ entry: MappingEntry) {
        var settings = BotSettings(location: entry.location)
        defer { file.settings.append(ParsedFile.Settings(settings: settings, location: entry.location)) }
        guard let entries = reader.mapping(entry.value, expected: "a mapping of settings") else { return }
        for setting in reader.known(entries, allowed: IntentFileParser.settingsKeys, in: "settings") {
            if setting.key == "mask_personal_data" {
                // A flag, read like an entity's `fuzzy`: a quoted "true" is a string, not a flag.
                if let flag = setting.value.bool, setting.value.scalar != nil {
                    settings.maskPersonalData = flag
                } else {
                    reader.wrongType(setting.value, expected: "true or false for 'mask_personal_data'")
                }
                continue
            }
            guard let value = reader.string(setting.value, expected: "a value for '\(setting.key)'") else { continue }
            let location = reader.source.location(of: setting.value)
            switch setting.key {
            case "name":
                let name = value.trimmingSpaces
                if name.isEmpty {
                    reader.diagnostics.emit(.emptyBotName, at: location)
                } else {
                    settings.name = name
                }
            case "fallback_threshold":
                if let number = Double(value.trimmingSpaces), number.isFinite, (0...1).contains(number) {
                    settings.fallbackThreshold = number
                } else {
                    reader.diagnostics.emit(.invalidFallbackThreshold(value), at: location)
                }
            default:
                let digits = value.trimmingSpaces.hasPrefix("+") ? String(value.trimmingSpaces.dropFirst()) : value.trimmingSpaces
                if (1...3).contains(digits.count), digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                    settings.defaultCountryCode = digits
                } else {
                    reader.diagnostics.emit(.invalidCountryCode(value), at: location)
                }
            }
        }
    }

    // MARK: Slots and entities

    private mutating func parseSlots(_ node: Node) {
        guard let entries = reader.mapping(node, expected: "a mapping of slot names to entities") else { return }
        for entry in entries {
            if entry.value.mapping != nil {
                if let slot = parseSlotMapping(entry) { file.slots.append(slot) }
                continue
            }
            guard let entity = reader.string(entry.value, expected: "the name of the entity that fills slot '\(entry.key)'")
            else { continue }
            file.slots.append(ParsedFile.Slot(
                name: entry.key, entity: entity.trimmingSpaces, location: entry.location,
                entityLocation: reader.source.location(of: entry.value)))
        }
    }

    /// `name: {entity: text, kind: person_name, personal: true}`; nil when it has no entity.
    private mutating func parseSlotMapping(_ entry: MappingEntry) -> ParsedFile.Slot? {
        let fields = reader.mapping(entry.value, expected: "a mapping with 'entity', 'kind' and 'personal'") ?? []
        var slot = ParsedFile.Slot(name: entry.key, entity: "", location: entry.location, entityLocation: entry.location)
        var hasEntity = false
        for field in reader.known(fields, allowed: IntentFileParser.slotKeys, in: "slot '\(entry.key)'") {
            switch field.key {
            case "entity":
                guard let entity = reader.string(field.value, expected: "the name of the entity that fills slot '\(entry.key)'")
                else { continue }
                slot.entity = entity.trimmingSpaces
                slot.entityLocation = reader.source.location(of: field.value)
                hasEntity = true
            case "kind":
                guard let text = reader.string(field.value, expected: "a slot kind")?.trimmingSpaces else { continue }
                if let kind = SlotKind(rawValue: text) {
                    slot.kind = kind
                } else {
                    reader.diagnostics.emit(.unknownSlotKind(text, slot: entry.key), at: reader.source.location(of: field.value))
                }
            default:
                // A flag, read like an entity's `fuzzy`: a quoted "true" is a string, not a flag.
                if let flag = field.value.bool, field.value.scalar != nil {
                    slot.personal = flag
                } else {
                    reader.wrongType(field.value, expected: "true or false for 'personal'")
                }
            }
        }
        guard hasEntity else {
            if !fields.contains(where: { $0.key == "entity" }) {
                reader.diagnostics.emit(.missingKey("entity", in: "slot '\(entry.key)'"), at: entry.location)
            }
            return nil
        }
        return slot
    }

    private mutating func parseEntities(_ node: Node) {
        guard let entries = reader.mapping(node, expected: "a mapping of entity names to their values") else { return }
        for entry in entries {
            var definition = EntityDefinition(name: entry.key, values: [], location: entry.location)
            var synonymLocations: [[SourceLocation]] = []
            guard let fields = reader.mapping(entry.value, expected: "a mapping with 'values' and 'fuzzy'") else { continue }
            for field in reader.known(fields, allowed: IntentFileParser.entityKeys, in: "entity '\(entry.key)'") {
                if field.key == "fuzzy" {
                    if let flag = field.value.bool, field.value.scalar != nil {
                        definition.fuzzy = flag
                    } else {
                        reader.wrongType(field.value, expected: "true or false")
                    }
                    continue
                }
                guard let items = reader.sequence(field.value, expected: "a list of entity values") else { continue }
                for item in items {
                    guard let (value, locations) = parseEntityValue(item) else { continue }
                    definition.values.append(value)
                    synonymLocations.append(locations)
                }
            }
            file.entities.append(ParsedFile.Entity(definition: definition, synonymLocations: synonymLocations))
        }
    }

    /// `value` or `value: [synonym, …]` (a single synonym may stand without brackets).
    private mutating func parseEntityValue(_ item: Node) -> (EntityDefinition.Value, [SourceLocation])? {
        let location = reader.source.location(of: item)
        if item.scalar != nil, !YAMLReader.isNull(item) {
            guard let text = item.string?.trimmingSpaces, !text.isEmpty else {
                reader.diagnostics.emit(.emptyEntityValue, at: location)
                return nil
            }
            return (EntityDefinition.Value(value: text, location: location), [])
        }
        guard let mapping = item.mapping, mapping.count == 1, let (key, value) = mapping.first, key.scalar != nil,
              let name = key.string?.trimmingSpaces else {
            reader.diagnostics.emit(.entityValueShape, at: location)
            return nil
        }
        let keyLocation = reader.source.location(of: key)
        guard !name.isEmpty else {
            reader.diagnostics.emit(.emptyEntityValue, at: keyLocation)
            return nil
        }
        var synonymNodes: [Node] = []
        if value.sequence != nil {
            synonymNodes = reader.sequence(value, expected: "a list of synonyms") ?? []
        } else if !YAMLReader.isNull(value) {
            synonymNodes = [value]
        }
        var synonyms: [String] = []
        var locations: [SourceLocation] = []
        for node in synonymNodes {
            guard let synonym = reader.string(node, expected: "a synonym (a string)")?.trimmingSpaces else { continue }
            guard !synonym.isEmpty else {
                reader.diagnostics.emit(.emptyEntityValue, at: reader.source.location(of: node))
                continue
            }
            synonyms.append(synonym)
            locations.append(reader.source.location(of: node))
        }
        return (EntityDefinition.Value(value: name, synonyms: synonyms, location: keyLocation), locations)
    }

    // MARK: Intents

    private mutating func parseIntents(_ node: Node) {
        guard let entries = reader.mapping(node, expected: "a mapping of intent names to their examples") else { return }
        for entry in entries {
            var intent = ParsedFile.Intent(name: entry.key, location: entry.location, examples: [], patterns: [], complete: true)
            defer { file.intents.append(intent) }
            guard let fields = reader.mapping(entry.value, expected: "a mapping with 'examples' and 'patterns'") else {
                intent.complete = false
                continue
            }
            for field in reader.known(fields, allowed: IntentFileParser.intentKeys, in: "intent '\(entry.key)'") {
                let errorsBefore = reader.diagnostics.diagnostics.count
                if field.key == "examples" {
                    intent.examples.append(contentsOf: parseExamples(field.value))
                } else {
                    intent.patterns.append(contentsOf: reader.phrasePatterns(field.value, tokenizer: tokenizer))
                }
                if reader.diagnostics.diagnostics.count != errorsBefore { intent.complete = false }
            }
        }
    }

    /// A list of strings, or a block scalar with one `- example` per line.
    private mutating func parseExamples(_ node: Node) -> [ParsedFile.AnnotatedExample] {
        if let scalar = node.scalar, !YAMLReader.isNull(node),
           scalar.style == .literal || scalar.style == .folded || scalar.string.contains("\n") {
            return parseExampleBlock(node, text: scalar.string)
        }
        guard let items = reader.sequence(node, expected: "a list of examples") else { return [] }
        var examples: [ParsedFile.AnnotatedExample] = []
        for item in items {
            guard item.scalar != nil, !YAMLReader.isNull(item), let raw = item.string else {
                reader.diagnostics.emit(.exampleNotString, at: reader.source.location(of: item))
                continue
            }
            if let example = parseExample(raw, place: reader.source.textPlace(of: item)) {
                examples.append(example)
            }
        }
        return examples
    }

    private mutating func parseExampleBlock(_ node: Node, text: String) -> [ParsedFile.AnnotatedExample] {
        var examples: [ParsedFile.AnnotatedExample] = []
        let fallback = TextPlace(base: reader.source.location(of: node), offsettable: false)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = String(line).trimmingSpaces
            if content.isEmpty { continue }
            let place = reader.source.blockLinePlace(of: node, index: index, content: content) ?? fallback
            guard content == "-" || content.hasPrefix("- ") || content.hasPrefix("-\t") else {
                reader.diagnostics.emit(.blockLineWithoutDash, at: place.base)
                continue
            }
            let body = String(content.unicodeScalars.dropFirst())
            if let example = parseExample(body, place: place.advanced(by: 1)) {
                examples.append(example)
            }
        }
        return examples
    }

    /// One example's annotations, with errors placed at their column when the text is on one line.
    private mutating func parseExample(_ raw: String, place: TextPlace) -> ParsedFile.AnnotatedExample? {
        let trimmed = raw.trimmingSpaces
        guard !trimmed.isEmpty else {
            reader.diagnostics.emit(.emptyExample, at: place.base)
            return nil
        }
        let leading = raw.unicodeScalars.prefix { $0.properties.isWhitespace }.count
        let place = place.advanced(by: leading)
        switch AnnotationParser.parse(trimmed) {
        case .failure(let failure):
            for error in failure.errors {
                reader.diagnostics.emit(.annotation(error.message), at: place.location(at: error.offset))
            }
            return nil
        case .success(let parsed):
            let example = Example(text: parsed.text, annotations: parsed.annotations, location: place.base)
            return ParsedFile.AnnotatedExample(example: example, slotLocations: parsed.slotOffsets.map(place.location(at:)))
        }
    }
}
