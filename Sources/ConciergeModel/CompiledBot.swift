import ConciergeBinary
import ConciergeBot
import ConciergeNLU

/// Everything a start of a bot needs, as training left it: the checked definition, the
/// trained NLU model, and the warnings loading printed (a start from a compiled model reads
/// no bot file, and still shows them).
///
///     let compiled = CompiledBot(definition: definition, nlu: NLUModel.train(bot: definition),
///                                warnings: result.warnings.map(\.description))
///     let bytes = try ModelFile.encode(compiled, identity: identity)
public struct CompiledBot: Sendable {
    public var definition: BotDefinition
    public var nlu: NLUModel
    /// The loader's warnings, as printed.
    public var warnings: [String]

    public init(definition: BotDefinition, nlu: NLUModel, warnings: [String]) {
        self.definition = definition
        self.nlu = nlu
        self.warnings = warnings
    }
}

/// What of a compiled model's definition a start reads: only what the command uses. The NLU
/// model, the settings, entities, slots and intents (their patterns) are always read.
///
///     try ModelFile.decode(storage, identity: identity, reading: [])          // `parse`: no dialog, no examples
///     try ModelFile.decode(storage, identity: identity, reading: .dialog)     // a bot that holds conversations
public struct ModelParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The dialog definition: most of a small bot's definition, and its slowest part to
    /// decode (a `Codable` tree).
    public static let dialog = ModelParts(rawValue: 1 << 0)
    /// The intents' examples: most of a large bot, read only to train on (`concierge test`).
    public static let examples = ModelParts(rawValue: 1 << 1)
    public static let all: ModelParts = [.dialog, .examples]
}

/// The sections of a model file, each named by four letters. A reader skips sections it
/// does not know, so a new kind of table is a new section.
enum ModelSection: String, CaseIterable {
    /// The loader's warnings.
    case warnings = "WARN"
    /// The bot's definition (`BotDefinition+Binary`), its intents without their examples.
    case definition = "BDEF"
    /// The intents' examples: only read for a command that asks for them (`concierge test`).
    case examples = "EXMP"
    /// NLU settings: threshold, ranking length, calling code, which models exist.
    case nluSettings = "NLUS"
    /// The exact-example rules.
    case rules = "RULE"
    /// The intent classifier (vocabulary, IDF, weights).
    case classifier = "CLSF"
    /// The slot tagger.
    case tagger = "TAGR"

    var tag: UInt32 {
        rawValue.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }
}

extension CompiledBot {
    /// The bytes of each section.
    func sections() throws -> [(ModelSection, [UInt8])] {
        var warningsWriter = BinaryWriter()
        warningsWriter.write(UInt64(warnings.count))
        for warning in warnings { warningsWriter.write(warning) }
        var definitionWriter = BinaryWriter()
        try definition.write(to: &definitionWriter)
        var examplesWriter = BinaryWriter()
        definition.writeExamples(to: &examplesWriter)
        var settings = BinaryWriter()
        settings.write(nlu.threshold)
        settings.write(nlu.rankingLength)
        settings.write(nlu.defaultCountryCode)
        var rules = BinaryWriter()
        nlu.rules.write(to: &rules)
        var parts: [(ModelSection, [UInt8])] = [
            (.warnings, warningsWriter.bytes), (.definition, definitionWriter.bytes), (.examples, examplesWriter.bytes),
            (.nluSettings, settings.bytes), (.rules, rules.bytes),
        ]
        if let classifier = nlu.classifier {
            var writer = BinaryWriter()
            try classifier.write(to: &writer)
            parts.append((.classifier, writer.bytes))
        }
        if let tagger = nlu.tagger {
            var writer = BinaryWriter()
            try tagger.write(to: &writer)
            parts.append((.tagger, writer.bytes))
        }
        return parts
    }

    /// The compiled bot from its sections' readers. The lookup entities and the entity merger
    /// are rebuilt from the definition: they are small, and building them trains nothing.
    /// The definition holds the parts asked for: without `.examples` its intents have none,
    /// without `.dialog` it has no dialog.
    static func read(sections: [ModelSection: BinaryReader], parts: ModelParts) throws(BinaryFormatError) -> CompiledBot {
        func section(_ name: ModelSection) throws(BinaryFormatError) -> BinaryReader {
            guard let reader = sections[name] else { throw BinaryFormatError("the \(name.rawValue) section is missing", at: 0) }
            return reader
        }
        var warningsReader = try section(.warnings)
        let warningCount = try warningsReader.readCount(minimumSize: 4)
        var warnings: [String] = []
        for _ in 0..<warningCount { warnings.append(try warningsReader.readString()) }
        var definitionReader = try section(.definition)
        var definition = try BotDefinition.read(from: &definitionReader, dialog: parts.contains(.dialog))
        if parts.contains(.examples) {
            var examplesReader = try section(.examples)
            try definition.readExamples(from: &examplesReader)
        }
        var settings = try section(.nluSettings)
        let threshold = try settings.readDouble()
        let rankingLength = try settings.readInt()
        let countryCode = try settings.readString()
        var rulesReader = try section(.rules)
        let rules = try RuleMatcher.read(from: &rulesReader, patterns: definition.intents)
        var classifier: IntentClassifier?
        if var reader = sections[.classifier] { classifier = try IntentClassifier.read(from: &reader) }
        var tagger: SlotTagger?
        if var reader = sections[.tagger] { tagger = try SlotTagger.read(from: &reader) }
        guard rankingLength >= 0 else { throw BinaryFormatError("the ranking length is negative", at: settings.offset) }
        var nlu = NLUModel(
            rules: rules, classifier: classifier, threshold: threshold, defaultCountryCode: countryCode,
            lookup: LookupEntityMatcher(entities: definition.entities), merger: EntityMerger(slots: definition.slots),
            tagger: tagger)
        nlu.rankingLength = rankingLength
        return CompiledBot(definition: definition, nlu: nlu, warnings: warnings)
    }
}
