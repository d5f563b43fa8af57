/// The tags one intent's messages may carry: `O` and the `B`/`I` pair of every slot that
/// intent's training examples annotate, renumbered densely in the `SlotLabels` layout so
/// the constrained Viterbi applies unchanged, with the transitions among them copied out.
///
/// Decoding within the predicted intent's scope, as snips-nlu does with a slot filler per
/// intent, never proposes a slot the intent has never had, and it is the tagger's main
/// cost saving: Viterbi is quadratic in the tags, and an intent has a handful of the
/// dataset's slots. An intent without slots needs no tagging at all.
///
///     // slots: 0 city, 1 date, 2 artist; "GetWeather" annotates city and date
///     let scope = SlotTagScope(slots: [0, 1], tagCount: 7, transitions: weights)
///     scope.tagCount             // 5: O, B-city, I-city, B-date, I-date
///     scope.globalTag(3)         // 3 (B-date)
struct SlotTagScope: Sendable {
    /// The slots in scope, as indices into the tagger's labels, ascending.
    let slots: [Int]
    /// The tagger's tags in scope, in the scope's order.
    let view: SlotTagView
    /// The tagger's transitions among the tags in scope, in `Viterbi`'s layout.
    let transitions: [Float]

    var tagCount: Int { 1 + 2 * slots.count }

    init(slots: [Int], tagCount globalCount: Int, transitions global: [Float]) {
        self.slots = slots
        let count = 1 + 2 * slots.count
        let globalTags = (0..<count).map { local -> Int in
            guard let position = SlotLabels.slot(ofTag: local) else { return 0 }
            return SlotLabels.isInside(local) ? SlotLabels.inside(slots[position]) : SlotLabels.begin(slots[position])
        }
        view = SlotTagView(tags: globalTags, tagCount: globalCount)
        var transitions = [Float](repeating: 0, count: Viterbi.transitionCount(tagCount: count))
        for (local, tag) in globalTags.enumerated() {
            transitions[Viterbi.startIndex(to: local, tagCount: count)] =
                global[Viterbi.startIndex(to: tag, tagCount: globalCount)]
            transitions[Viterbi.endIndex(from: local, tagCount: count)] =
                global[Viterbi.endIndex(from: tag, tagCount: globalCount)]
            for (previousLocal, previous) in globalTags.enumerated() {
                transitions[Viterbi.index(from: previousLocal, to: local, tagCount: count)] =
                    global[Viterbi.index(from: previous, to: tag, tagCount: globalCount)]
            }
        }
        self.transitions = transitions
    }

    /// The tagger's tag for a tag of the scope.
    func globalTag(_ local: Int) -> Int { Int(view.tags[local]) }

    /// One scope per intent of the training examples, from the slots their gold tags use.
    static func scopes(intents: [String?], gold: [[Int]], tagCount: Int, transitions: [Float]) -> [String: SlotTagScope] {
        var slotsByIntent: [String: Set<Int>] = [:]
        for (intent, tags) in zip(intents, gold) {
            guard let intent else { continue }
            slotsByIntent[intent, default: []].formUnion(tags.compactMap(SlotLabels.slot(ofTag:)))
        }
        return slotsByIntent.mapValues {
            SlotTagScope(slots: $0.sorted(), tagCount: tagCount, transitions: transitions)
        }
    }
}
