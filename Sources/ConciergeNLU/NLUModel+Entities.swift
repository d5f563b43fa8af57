import ConciergeEntities
import ConciergeText
import Foundation

extension NLUModel {
    /// The entities of a message from the three sources — built-in entities (resolved
    /// against the injected clock), the bot's lookup entities, and the learned tagger's slot
    /// spans (tagged with the intent NLU settled on) — with overlaps settled by the one merge
    /// policy of `EntityMerger` (docs/slot-filling.md).
    func entities(in text: String, tokens: [Token], intent: String?, now: Date, timeZone: TimeZone) -> [EntityMatch] {
        entitiesAndFacts(in: text, tokens: tokens, intent: intent, now: now, timeZone: timeZone).merged
    }

    /// The merged entities, and the built-in and lookup ones before the merge: what the
    /// message states (numbers, money, phones, dates; a plan, a city), which the
    /// `Understanding` reads whatever slot the tagger would give them.
    func entitiesAndFacts(in text: String, tokens: [Token], intent: String?, now: Date, timeZone: TimeZone)
        -> (merged: [EntityMatch], builtin: [EntityMatch], lookup: [EntityMatch]) {
        let builtin = BuiltinEntityExtractor(now: now, timeZone: timeZone, defaultCountryCode: defaultCountryCode)
            .extract(from: text)
        let lookupMatches = lookup.matches(in: tokens, text: text) { word in classifier?.knowsWord(word) ?? false }
        let learned = slots(text, tokens: tokens, intent: intent)
        return (merger.merge(builtin: builtin, lookup: lookupMatches, learned: learned), builtin, lookupMatches)
    }
}
