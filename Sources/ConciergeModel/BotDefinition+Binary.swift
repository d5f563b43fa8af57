import ConciergeBinary
import ConciergeBot

// The bot's definition in a compiled model, so that a start from the model reads no YAML.
// Intents are written field by field with a table of file names, their examples (most of a
// large bot) apart, in a section a start does not read; the rest (settings, entities, slots,
// the dialog) as a `Codable` tree.

extension BotDefinition {
    /// What the first tree holds: everything but the intents and the dialog.
    private struct Rest: Codable {
        var settings: BotSettings
        var entities: [EntityDefinition]
        var slots: [SlotDefinition]
    }

    /// Writes the definition without the intents' examples (`writeExamples` writes those:
    /// only training and cross-validation read them, so a start leaves them in the file).
    ///
    ///     definition.write(to: &writer)
    ///     var back = try BotDefinition.read(from: &reader)           // every intent's examples empty
    ///     try back.readExamples(from: &examplesReader)               // now equal to `definition`
    public func write(to writer: inout BinaryWriter) throws {
        try BinaryValueEncoder.tree(of: Rest(settings: settings, entities: entities, slots: slots)).write(to: &writer)
        // The dialog's tree after its length, so a reader that needs no dialog skips it.
        var dialogWriter = BinaryWriter()
        try BinaryValueEncoder.tree(of: dialog).write(to: &dialogWriter)
        writer.write(UInt64(dialogWriter.bytes.count))
        writer.write(bytes: dialogWriter.bytes)
        var files = FileNames()
        for intent in intents { files.add(intent.location.file) }
        files.write(to: &writer)
        try BinaryValueEncoder.tree(of: intents.map(\.patterns)).write(to: &writer)
        writer.write(UInt64(intents.count))
        for intent in intents {
            writer.write(intent.name)
            files.write(intent.location, to: &writer)
        }
    }

    /// Writes every intent's examples, intent by intent (the intents `write` wrote, in order).
    public func writeExamples(to writer: inout BinaryWriter) {
        var files = FileNames()
        for intent in intents {
            for example in intent.examples { files.add(example.location.file) }
        }
        files.write(to: &writer)
        writer.write(UInt64(intents.count))
        for intent in intents {
            writer.write(UInt64(intent.examples.count))
            for example in intent.examples {
                writer.write(example.text)
                files.write(example.location, to: &writer)
                writer.write(UInt64(example.annotations.count))
                for annotation in example.annotations {
                    writer.write(annotation.slot)
                    writer.write(annotation.value)
                    writer.write(annotation.start)
                    writer.write(annotation.end)
                }
            }
        }
    }

    /// The definition `write` wrote; every intent's examples are empty until `readExamples`.
    /// Without `dialog`, its dialog is nil (skipped, not decoded).
    public static func read(from reader: inout BinaryReader, dialog: Bool = true) throws(BinaryFormatError) -> BotDefinition {
        let rest = try reader.readCodable(Rest.self)
        let dialogLength = try reader.readCount(minimumSize: 1)
        let dialogStart = reader.offset
        let definedDialog = dialog ? try reader.readCodable(DialogDefinition?.self) : nil
        guard reader.offset <= dialogStart + dialogLength else {
            throw BinaryFormatError("the dialog runs past its length", at: dialogStart)
        }
        _ = try reader.readBytes(dialogStart + dialogLength - reader.offset)
        let files = try readFileNames(from: &reader)
        let patternsStart = reader.offset
        let patterns = try reader.readCodable([[PhrasePattern]].self)
        let intentCount = try reader.readCount(minimumSize: 16)
        guard patterns.count == intentCount else {
            throw BinaryFormatError("the intents' patterns do not match the intents", at: patternsStart)
        }
        var intents: [IntentDefinition] = []
        intents.reserveCapacity(intentCount)
        for index in 0..<intentCount {
            let name = try reader.readString()
            let location = try readLocation(from: &reader, files: files)
            intents.append(IntentDefinition(name: name, examples: [], patterns: patterns[index], location: location))
        }
        return BotDefinition(settings: rest.settings, intents: intents, entities: rest.entities, slots: rest.slots,
                             dialog: definedDialog)
    }

    /// Fills in the intents' examples from what `writeExamples` wrote.
    public mutating func readExamples(from reader: inout BinaryReader) throws(BinaryFormatError) {
        let files = try Self.readFileNames(from: &reader)
        let countStart = reader.offset
        guard try reader.readCount(minimumSize: 8) == intents.count else {
            throw BinaryFormatError("the examples do not match the intents", at: countStart)
        }
        for index in intents.indices {
            let exampleCount = try reader.readCount(minimumSize: 24)
            var examples: [Example] = []
            examples.reserveCapacity(exampleCount)
            for _ in 0..<exampleCount {
                let text = try reader.readString()
                let exampleLocation = try Self.readLocation(from: &reader, files: files)
                let annotationCount = try reader.readCount(minimumSize: 24)
                var annotations: [SlotAnnotation] = []
                for _ in 0..<annotationCount {
                    annotations.append(SlotAnnotation(
                        slot: try reader.readString(), value: try reader.readString(),
                        start: try reader.readInt(), end: try reader.readInt()))
                }
                examples.append(Example(text: text, annotations: annotations, location: exampleLocation))
            }
            intents[index].examples = examples
        }
    }

    private static func readFileNames(from reader: inout BinaryReader) throws(BinaryFormatError) -> [String] {
        let fileCount = try reader.readCount(minimumSize: 4)
        var files: [String] = []
        for _ in 0..<fileCount { files.append(try reader.readString()) }
        return files
    }

    private static func readLocation(from reader: inout BinaryReader, files: [String]) throws(BinaryFormatError) -> SourceLocation {
        let file = Int(try reader.read(UInt32.self))
        guard file < files.count else { throw BinaryFormatError("a location names an unknown file", at: reader.offset - 4) }
        let line = Int(try reader.read(UInt32.self))
        let column = Int(try reader.read(UInt32.self))
        return SourceLocation(file: files[file], line: line, column: column)
    }
}

/// The file names of a definition's locations, each written once.
private struct FileNames {
    private(set) var names: [String] = []
    private var index: [String: UInt32] = [:]

    mutating func add(_ name: String) {
        if index[name] == nil {
            index[name] = UInt32(names.count)
            names.append(name)
        }
    }

    func write(to writer: inout BinaryWriter) {
        writer.write(UInt64(names.count))
        for name in names { writer.write(name) }
    }

    func write(_ location: SourceLocation, to writer: inout BinaryWriter) {
        writer.write(index[location.file] ?? 0)
        writer.write(UInt32(clamping: location.line))
        writer.write(UInt32(clamping: location.column))
    }
}
