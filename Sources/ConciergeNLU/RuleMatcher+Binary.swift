import ConciergeBinary
import ConciergeBot

// The rules' part of a compiled model: the exact examples (the message key and its one
// intent), in key order. Patterns are not stored: they are part of the bot's definition,
// which the compiled model holds too.

extension RuleMatcher {
    /// Writes the exact-example table.
    ///
    ///     rules.write(to: &writer)
    ///     let back = try RuleMatcher.read(from: &reader, patterns: bot.intents)
    public func write(to writer: inout BinaryWriter) {
        let intents = Array(Set(exampleIntents.values)).sorted()
        let intentIndex = Dictionary(uniqueKeysWithValues: intents.enumerated().map { ($1, $0) })
        writer.write(UInt64(intents.count))
        for intent in intents { writer.write(intent) }
        writer.write(UInt64(exampleIntents.count))
        for (key, intent) in exampleIntents.sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            writer.write(UInt32(intentIndex[intent] ?? 0))
        }
    }

    /// The table written by `write`, with the patterns of `patterns`' intents.
    public static func read(from reader: inout BinaryReader, patterns: [IntentDefinition]) throws(BinaryFormatError) -> RuleMatcher {
        let intentCount = try reader.readCount(minimumSize: 4)
        var intents: [String] = []
        intents.reserveCapacity(intentCount)
        for _ in 0..<intentCount { intents.append(try reader.readString()) }
        let count = try reader.readCount(minimumSize: 8)
        var exampleIntents: [String: String] = [:]
        exampleIntents.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.readString()
            let index = Int(try reader.read(UInt32.self))
            guard index < intents.count else { throw BinaryFormatError("an example names an unknown intent", at: reader.offset - 4) }
            exampleIntents[key] = intents[index]
        }
        return RuleMatcher(exampleIntents: exampleIntents, patterns: patterns)
    }
}
