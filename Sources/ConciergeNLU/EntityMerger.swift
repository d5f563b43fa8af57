import ConciergeBot
import ConciergeEntities
import ConciergeJSON

/// Merges the entities of one message from its three sources — built-in entities, lookup
/// entities and the learned tagger — into one non-overlapping list, and maps that list to
/// slot values. Pure: the same inputs always give the same output.
///
/// The policy (docs/slot-filling.md explains it with examples):
/// 1. The tagger decides *which slot* a span is. Its spans are taken in order of start
///    (longer first on a tie); one overlapping an already accepted span is dropped.
/// 2. A tagger span for a slot filled by entity X is replaced by the X match (built-in or
///    lookup) that overlaps it most — then the longer, then the lookup one, then the earlier —
///    keeping that match's span, text and normalized value, under the slot's name. With no
///    such match the tagger span is dropped: a slot of X only ever holds X's normalized values.
/// 3. A tagger span for a free-text slot is kept as it is, and overrides any built-in or
///    lookup match it overlaps ("Studio 54" as a company is not the number 54), unless it
///    takes only part of an e-mail, a phone number or a link ("7788" of "555-201-7788").
/// 4. A tagger span for a slot the bot does not declare is dropped.
/// 5. Built-in and lookup matches not overlapping an accepted span are kept under their own
///    names; among overlapping ones the longer span wins, then lookup over built-in for the
///    same length (the bot's own vocabulary is more specific), then the earlier start, then
///    input order.
/// 6. Spans with `end <= start` are ignored. The output is sorted by start.
///
///     let merger = EntityMerger(slots: bot.slots)   // team_size: number, company: text
///     merger.merge(
///         builtin: [EntityMatch(entity: "number", value: 40, text: "40", start: 7, end: 9)],
///         lookup: [],
///         learned: [EntityMatch(entity: "team_size", value: "40 people", text: "40 people", start: 7, end: 16)]
///     )
///     // [EntityMatch(entity: "team_size", value: 40, text: "40", start: 7, end: 9)]
public struct EntityMerger: Sendable {
    /// What fills a slot: a named entity (built-in or lookup), or free text from the tagger.
    enum Filler: Hashable, Sendable {
        case entity(String)
        case text
    }

    /// The name the bot files use for free-text slots, accepted as well as a nil entity.
    static let freeText = "text"

    let slots: [SlotDefinition]
    let fillers: [String: Filler]

    public init(slots: [SlotDefinition]) {
        self.slots = slots
        var fillers: [String: Filler] = [:]
        for slot in slots where fillers[slot.name] == nil {
            if let entity = slot.entity, entity != Self.freeText {
                fillers[slot.name] = .entity(entity)
            } else {
                fillers[slot.name] = .text
            }
        }
        self.fillers = fillers
    }

    /// A built-in or lookup match and what ranks it.
    private struct Deterministic {
        var match: EntityMatch
        var isLookup: Bool
        var order: Int
        var length: Int { match.end - match.start }
    }

    /// The merged entities of a message, non-overlapping, sorted by start. `learned` holds
    /// the tagger's spans named by slot; `builtin` and `lookup` are named by entity.
    public func merge(builtin: [EntityMatch], lookup: [EntityMatch], learned: [EntityMatch]) -> [EntityMatch] {
        let deterministic = (lookup.map { ($0, true) } + builtin.map { ($0, false) })
            .enumerated()
            .filter { $0.element.0.end > $0.element.0.start }
            .map { Deterministic(match: $0.element.0, isLookup: $0.element.1, order: $0.offset) }
        var accepted = SpanSet()
        var merged: [EntityMatch] = []

        let claims = learned.enumerated()
            .filter { $0.element.end > $0.element.start }
            .sorted { left, right in
                if left.element.start != right.element.start { return left.element.start < right.element.start }
                if left.element.end != right.element.end { return left.element.end > right.element.end }
                return left.offset < right.offset
            }
            .map(\.element)
        for claim in claims {
            guard let filler = fillers[claim.entity] else { continue }
            let resolved: EntityMatch
            switch filler {
            case .text:
                // A piece of an e-mail, phone number or link is no free-text value: "7788" of
                // "555-201-7788" is no company (the tagger tagged it so once the demo bot grew
                // an FAQ, and the phone number was lost).
                if deterministic.contains(where: { Self.splitsContact($0.match, claim) }) { continue }
                resolved = claim
            case .entity(let name):
                let confirming = deterministic.filter { candidate in
                    candidate.match.entity == name && Self.overlap(candidate.match, claim) > 0
                        && !accepted.overlaps(candidate.match.start..<candidate.match.end)
                }
                guard let best = confirming.min(by: { Self.confirms($0, better: $1, claim: claim) }) else { continue }
                resolved = EntityMatch(
                    entity: claim.entity, value: best.match.value, text: best.match.text,
                    start: best.match.start, end: best.match.end
                )
            }
            guard !accepted.overlaps(resolved.start..<resolved.end) else { continue }
            accepted.insert(resolved.start..<resolved.end)
            merged.append(resolved)
        }

        let ranked = deterministic.sorted { left, right in
            if left.length != right.length { return left.length > right.length }
            if left.isLookup != right.isLookup { return left.isLookup }
            if left.match.start != right.match.start { return left.match.start < right.match.start }
            return left.order < right.order
        }
        for candidate in ranked where !accepted.overlaps(candidate.match.start..<candidate.match.end) {
            accepted.insert(candidate.match.start..<candidate.match.end)
            merged.append(candidate.match)
        }
        return merged.sorted { $0.start < $1.start }
    }

    /// Slot values from merged entities. For each declared slot, in order: the first entity
    /// named like the slot (a tagger span, resolved by `merge`); otherwise, for a slot filled
    /// by entity X, the first entity named X. Unfilled slots are absent.
    ///
    ///     merger.slotValues(for: [EntityMatch(entity: "plan", value: "growth", text: "pro", start: 4, end: 7)])
    ///     // ["plan": "growth"]
    public func slotValues(for entities: [EntityMatch]) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for slot in slots where values[slot.name] == nil {
            if let claimed = entities.first(where: { $0.entity == slot.name }) {
                values[slot.name] = claimed.value
            } else if case .entity(let name)? = fillers[slot.name],
                      let match = entities.first(where: { $0.entity == name }) {
                values[slot.name] = match.value
            }
        }
        return values
    }

    /// Whether `claim` takes part of a contact detail but not all of it.
    static func splitsContact(_ contact: EntityMatch, _ claim: EntityMatch) -> Bool {
        ["email", "phone", "url"].contains(contact.entity) && overlap(contact, claim) > 0
            && (claim.start > contact.start || claim.end < contact.end)
    }

    /// How many scalars two spans share.
    static func overlap(_ left: EntityMatch, _ right: EntityMatch) -> Int {
        max(0, min(left.end, right.end) - max(left.start, right.start))
    }

    /// Whether `left` confirms `claim` better than `right`: more shared scalars, then longer,
    /// then lookup, then earlier, then earlier in the input.
    private static func confirms(_ left: Deterministic, better right: Deterministic, claim: EntityMatch) -> Bool {
        let (leftShared, rightShared) = (overlap(left.match, claim), overlap(right.match, claim))
        if leftShared != rightShared { return leftShared > rightShared }
        if left.length != right.length { return left.length > right.length }
        if left.isLookup != right.isLookup { return left.isLookup }
        if left.match.start != right.match.start { return left.match.start < right.match.start }
        return left.order < right.order
    }
}

/// Disjoint spans kept sorted, for logarithmic overlap tests.
private struct SpanSet {
    private var spans: [Range<Int>] = []

    /// Whether `range` shares a scalar with any span.
    func overlaps(_ range: Range<Int>) -> Bool {
        let index = firstEnding(after: range.lowerBound)
        return index < spans.count && spans[index].lowerBound < range.upperBound
    }

    /// Adds a span that overlaps none of the others.
    mutating func insert(_ range: Range<Int>) {
        spans.insert(range, at: firstEnding(after: range.lowerBound))
    }

    /// The index of the first span ending after `offset`; disjoint sorted spans have sorted ends.
    private func firstEnding(after offset: Int) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].upperBound > offset { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
