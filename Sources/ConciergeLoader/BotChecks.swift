import ConciergeBot
import ConciergeEntities
import ConciergeText

/// The checks that need the whole bot: duplicates across files, references between slots,
/// entities and annotations, overlapping examples and patterns, and how many examples there are.
/// Assembles the `BotDefinition` from the parsed files.
///
///     var checks = BotChecks()
///     let definition = checks.run(files, botLocation: location)
///     checks.diagnostics   // problems between files
struct BotChecks {
    /// The slot entity that means "free text, filled by the learned tagger".
    static let freeTextEntity = "text"
    /// The name the classifier gives messages below the fallback threshold.
    static let fallbackIntent = "oos"
    static let minimumExamples = 5

    var diagnostics = DiagnosticCollector()
    let tokenizer: Tokenizer

    init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// Text folded for duplicate detection: lowercased, runs of whitespace as one space.
    static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
        guard lowered.utf8.allSatisfy({ $0 < 0x80 }) else {
            return lowered.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // ASCII, nearly every example: on bytes, as Character's grapheme breaking was a
        // tenth of a load's time.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lowered.utf8.count)
        var space = false
        for byte in lowered.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                space = !bytes.isEmpty
                continue
            }
            if space { bytes.append(0x20) }
            space = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// - Parameter filesHadErrors: whether reading a file failed, so "no intents" may be untrue.
    mutating func run(_ files: [ParsedFile], botLocation: SourceLocation, filesHadErrors: Bool = false) -> BotDefinition {
        let settings = checkSettings(files)
        let entities = checkEntities(files.flatMap(\.entities))
        let slots = checkSlots(files.flatMap(\.slots), entities: entities)
        let intents = checkIntents(files.flatMap(\.intents), slots: slots)
        if intents.isEmpty, !filesHadErrors {
            diagnostics.emit(.noIntents, at: botLocation)
        }
        return BotDefinition(
            settings: settings,
            intents: intents,
            entities: entities,
            slots: slots)
    }

    private mutating func checkSettings(_ files: [ParsedFile]) -> BotSettings {
        let all = files.flatMap(\.settings)
        guard let first = all.first else { return BotSettings() }
        for again in all.dropFirst() {
            diagnostics.emit(.duplicateSettings, at: again.location, notes: [.firstDefined(at: first.location)])
        }
        return first.settings
    }

    private mutating func checkEntities(_ parsed: [ParsedFile.Entity]) -> [EntityDefinition] {
        var entities: [EntityDefinition] = []
        var byName: [String: SourceLocation] = [:]
        for entity in parsed {
            let definition = entity.definition
            if let first = byName[definition.name] {
                diagnostics.emit(.duplicateEntity(definition.name), at: definition.location, notes: [.firstDefined(at: first)])
                continue
            }
            byName[definition.name] = definition.location
            if BuiltinEntity(rawValue: definition.name) != nil || definition.name == BotChecks.freeTextEntity {
                diagnostics.emit(.entityShadowsBuiltin(definition.name), at: definition.location)
            }
            if definition.values.isEmpty {
                diagnostics.emit(.entityWithoutValues(definition.name), at: definition.location)
            }
            checkValues(entity)
            entities.append(definition)
        }
        return entities
    }

    /// Values listed once, and each synonym (values included) mapping to one value only.
    private mutating func checkValues(_ entity: ParsedFile.Entity) {
        let definition = entity.definition
        var values: [String: SourceLocation] = [:]
        var owners: [String: (value: String, location: SourceLocation)] = [:]
        for value in definition.values {
            let key = BotChecks.fold(value.value)
            if let first = values[key] {
                diagnostics.emit(.duplicateEntityValue(value.value, entity: definition.name), at: value.location,
                                 notes: [.firstDefined(at: first)])
                continue
            }
            values[key] = value.location
            owners[key] = (value.value, value.location)
        }
        for (index, value) in definition.values.enumerated() {
            let locations = index < entity.synonymLocations.count ? entity.synonymLocations[index] : []
            for (offset, synonym) in value.synonyms.enumerated() {
                let location = offset < locations.count ? locations[offset] : value.location
                let key = BotChecks.fold(synonym)
                if let owner = owners[key] {
                    if owner.value == value.value {
                        diagnostics.emit(.redundantSynonym(synonym, value: value.value), at: location)
                    } else {
                        diagnostics.emit(.conflictingSynonym(synonym, value: value.value, other: owner.value),
                                         at: location, notes: [.firstMapped(to: owner.value, at: owner.location)])
                    }
                    continue
                }
                owners[key] = (value.value, location)
            }
        }
    }

    /// Whether a slot without `personal:` holds personal data: a person's name, an e-mail
    /// address or a phone number.
    ///
    ///     BotChecks.defaultPersonal(kind: .value, entity: "email")   // true
    static func defaultPersonal(kind: SlotKind, entity: String) -> Bool {
        kind == .personName || entity == BuiltinEntity.email.rawValue || entity == BuiltinEntity.phone.rawValue
    }

    private mutating func checkSlots(_ parsed: [ParsedFile.Slot], entities: [EntityDefinition]) -> [SlotDefinition] {
        let lookups = Set(entities.map(\.name))
        let candidates = BuiltinEntity.allCases.map(\.rawValue) + entities.map(\.name) + [BotChecks.freeTextEntity]
        var slots: [SlotDefinition] = []
        var byName: [String: SourceLocation] = [:]
        for slot in parsed {
            if let first = byName[slot.name] {
                diagnostics.emit(.duplicateSlot(slot.name), at: slot.location, notes: [.firstDefined(at: first)])
                continue
            }
            byName[slot.name] = slot.location
            let entity: String?
            if slot.entity == BotChecks.freeTextEntity {
                entity = nil
            } else if BuiltinEntity(rawValue: slot.entity) != nil || lookups.contains(slot.entity) {
                entity = slot.entity
            } else {
                diagnostics.emit(.unknownEntity(slot.entity, slot: slot.name, candidates: candidates), at: slot.entityLocation)
                entity = nil
            }
            let personal = slot.personal ?? BotChecks.defaultPersonal(kind: slot.kind, entity: slot.entity)
            slots.append(SlotDefinition(name: slot.name, entity: entity, kind: slot.kind, personal: personal,
                                        location: slot.location))
        }
        return slots
    }

    private mutating func checkIntents(_ parsed: [ParsedFile.Intent], slots: [SlotDefinition]) -> [IntentDefinition] {
        let slotNames = slots.map(\.name)
        var intents: [IntentDefinition] = []
        var byName: [String: SourceLocation] = [:]
        for intent in parsed {
            for example in intent.examples {
                for (annotation, location) in zip(example.example.annotations, example.slotLocations)
                where !slotNames.contains(annotation.slot) {
                    diagnostics.emit(.unknownSlot(annotation.slot, candidates: slotNames), at: location)
                }
            }
            if let first = byName[intent.name] {
                diagnostics.emit(.duplicateIntent(intent.name), at: intent.location, notes: [.firstDefined(at: first)])
                continue
            }
            byName[intent.name] = intent.location
            if intent.name == BotChecks.fallbackIntent {
                diagnostics.emit(.reservedIntent(intent.name), at: intent.location)
            }
            let count = intent.examples.count
            if intent.complete {
                if count == 0, intent.patterns.isEmpty {
                    diagnostics.emit(.emptyIntent(intent.name), at: intent.location)
                } else if count < BotChecks.minimumExamples, count > 0 || intent.patterns.isEmpty {
                    diagnostics.emit(.fewExamples(intent.name, count: count), at: intent.location)
                }
            }
            intents.append(IntentDefinition(
                name: intent.name, examples: intent.examples.map(\.example), patterns: intent.patterns,
                location: intent.location))
        }
        checkOverlaps(intents)
        return intents
    }

    /// The same example under two intents (or twice in one), and examples another intent's pattern takes.
    private mutating func checkOverlaps(_ intents: [IntentDefinition]) {
        var seen: [String: (intent: String, location: SourceLocation)] = [:]
        for intent in intents {
            for example in intent.examples {
                let key = BotChecks.fold(example.text)
                guard let first = seen[key] else {
                    seen[key] = (intent.name, example.location)
                    continue
                }
                let note = Diagnostic.Note(location: first.location, message: "first listed here")
                if first.intent == intent.name {
                    diagnostics.emit(.duplicateExample(example.text, intent: intent.name), at: example.location, notes: [note])
                } else {
                    diagnostics.emit(.duplicateExampleAcrossIntents(example.text, intent: intent.name, other: first.intent),
                                     at: example.location, notes: [note])
                }
            }
        }
        checkExamplesCapturedByPatterns(intents)
    }

    /// Examples another intent's pattern takes. Patterns are looked up by their required
    /// words, so an example walks only the patterns it could match: every example against
    /// every pattern was most of a load's time.
    private mutating func checkExamplesCapturedByPatterns(_ intents: [IntentDefinition]) {
        let patterns = intents.flatMap { intent in intent.patterns.map { (intent: intent.name, pattern: $0) } }
        guard !patterns.isEmpty else { return }
        var byWord: [String: [Int]] = [:]
        var unindexed: [Int] = []
        for (index, entry) in patterns.enumerated() {
            guard let required = entry.pattern.requiredWords else { unindexed.append(index); continue }
            for word in Set(required) { byWord[word, default: []].append(index) }
        }
        // The example that last made each pattern a candidate, so none is tried twice.
        var candidateOf = [Int](repeating: -1, count: patterns.count)
        var exampleNumber = 0
        for intent in intents {
            for example in intent.examples {
                exampleNumber += 1
                let words = tokenizer.tokenize(example.text).filter { $0.kind != .punctuation }.map(\.normalized)
                var candidates = unindexed
                for word in words {
                    for index in byWord[word] ?? [] where candidateOf[index] != exampleNumber {
                        candidateOf[index] = exampleNumber
                        candidates.append(index)
                    }
                }
                var reported: Set<String> = [intent.name]
                // In the order the intents and their patterns are written: each other intent
                // is reported once, with its first pattern that matches.
                for index in candidates.sorted() where !reported.contains(patterns[index].intent) {
                    let (other, pattern) = patterns[index]
                    guard pattern.matches(words) else { continue }
                    reported.insert(other)
                    diagnostics.emit(.exampleCapturedByPattern(example.text, intent: intent.name, other: other),
                                     at: example.location,
                                     notes: [Diagnostic.Note(location: pattern.location, message: "the pattern is here")])
                }
            }
        }
    }
}

extension Diagnostic.Note {
    static func firstMapped(to value: String, at location: SourceLocation) -> Diagnostic.Note {
        Diagnostic.Note(location: location, message: "first maps to '\(value)' here")
    }
}
