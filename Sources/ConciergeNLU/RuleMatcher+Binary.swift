import ConciergeBinary
import ConciergeBot

// The rules' part of a compiled model: the exact-example table (`ExampleTable`), used in
// place. Patterns are not stored: they are part of the bot's definition, which the compiled
// model holds too.

extension RuleMatcher {
    /// Writes the exact-example table.
    ///
    ///     rules.write(to: &writer)
    ///     let back = try RuleMatcher.read(from: &reader, patterns: bot.intents)
    public func write(to writer: inout BinaryWriter) {
        examples.write(to: &writer)
    }

    /// The table written by `write`, with the patterns of `patterns`' intents.
    public static func read(from reader: inout BinaryReader, patterns: [IntentDefinition]) throws(BinaryFormatError) -> RuleMatcher {
        RuleMatcher(examples: try ExampleTable.read(from: &reader), patterns: patterns)
    }
}
