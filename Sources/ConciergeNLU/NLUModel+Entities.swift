import ConciergeEntities
import ConciergeText
import Foundation

extension NLUModel {
    /// The entities of a message: built-in entities (resolved against the injected clock)
    /// and the bot's lookup entities, with overlaps settled by the one merge policy of
    /// `EntityMerger` (docs/slot-filling.md).
    func entities(in text: String, tokens: [Token], now: Date, timeZone: TimeZone) -> [EntityMatch] {
        let builtin = BuiltinEntityExtractor(now: now, timeZone: timeZone, defaultCountryCode: defaultCountryCode)
            .extract(from: text)
        let lookupMatches = lookup.matches(in: tokens, text: text)
        return merger.merge(builtin: builtin, lookup: lookupMatches, learned: [])
    }
}
