/// How a message wants products ordered, when it says so: by price ("what's your cheapest
/// plan", "as cheap as possible", "the most affordable one with SMS", "best value") or by
/// scope ("the most powerful plan", "the most complete package", "all-in-one"). A negated
/// phrase ("not the cheapest", "doesn't have to be the cheapest") says nothing.
///
///     ProductPreferenceReading.read(words)   // "whats ur cheapest plan" → .lowestPrice
///     ProductPreferenceReading.read(words)   // "the most complete package" → .widestScope
enum ProductPreferenceReading {
    static let phrases = PhraseTable<Understanding.ProductPreference>([
        ("cheapest", .lowestPrice), ("cheap", .lowestPrice), ("cheaper", .lowestPrice), ("least expensive", .lowestPrice),
        ("less expensive", .lowestPrice), ("least costly", .lowestPrice), ("lowest price", .lowestPrice),
        ("lowest priced", .lowestPrice), ("lowest cost", .lowestPrice), ("lowest - cost", .lowestPrice),
        ("lowest - priced", .lowestPrice), ("low cost", .lowestPrice), ("low - cost", .lowestPrice),
        ("most affordable", .lowestPrice), ("affordable", .lowestPrice), ("most economical", .lowestPrice),
        ("inexpensive", .lowestPrice), ("budget option", .lowestPrice), ("budget friendly", .lowestPrice),
        ("budget - friendly", .lowestPrice), ("best value", .lowestPrice), ("best price", .lowestPrice),
        ("best deal", .lowestPrice), ("bang for the buck", .lowestPrice), ("bang for my buck", .lowestPrice),
        ("entry level", .lowestPrice), ("entry - level", .lowestPrice), ("smallest plan", .lowestPrice),
        ("basic plan", .lowestPrice), ("spend as little", .lowestPrice), ("save money", .lowestPrice), ("nothing fancy", .lowestPrice),
        ("costs the least", .lowestPrice), ("cost the least", .lowestPrice), ("costs least", .lowestPrice),
        ("least money", .lowestPrice), ("lowest priced", .lowestPrice), ("lowest prices", .lowestPrice),
        ("most powerful", .widestScope), ("most complete", .widestScope), ("most features", .widestScope),
        ("most advanced", .widestScope), ("most comprehensive", .widestScope), ("biggest plan", .widestScope),
        ("top plan", .widestScope), ("top tier", .widestScope), ("top - tier", .widestScope), ("highest tier", .widestScope),
        ("all in one", .widestScope), ("all - in - one", .widestScope), ("full package", .widestScope),
        ("full suite", .widestScope), ("everything included", .widestScope), ("premium plan", .widestScope),
        // Hyphenated words the tokenizer may keep whole.
        ("low-cost", .lowestPrice), ("lowest-cost", .lowestPrice), ("lowest-priced", .lowestPrice),
        ("budget-friendly", .lowestPrice), ("entry-level", .lowestPrice), ("top-tier", .widestScope),
        ("all-in-one", .widestScope),
    ])

    /// Words that negate a preference just before it: "not the cheapest", "don't need the cheapest".
    static let negations: Set<String> = ["not", "no", "never", "without"]

    /// Whether the message compares with something it names: "cheaper than SMS", "Chat instead".
    static func compares(_ words: MessageWords) -> Bool {
        (0..<words.count).contains { words[$0].text == "than" || words[$0].text == "instead" }
    }

    static func read(_ words: MessageWords) -> Understanding.ProductPreference? {
        var index = 0
        while index < words.count {
            guard let (value, length) = phrases.match(words, at: index) else {
                index += 1
                continue
            }
            if !negated(words, before: index) { return value }
            index += length
        }
        return nil
    }

    /// A negation among the five words before, within the clause: "not the cheapest",
    /// "it doesn't have to be the cheapest".
    static func negated(_ words: MessageWords, before index: Int) -> Bool {
        var at = index - 1
        var seen = 0
        while at >= 0, seen < 5, !words[at].isBreak {
            if negations.contains(words[at].text) { return true }
            at -= 1
            seen += 1
        }
        return false
    }
}

extension Understanding {
    /// How a message wants products ordered (`ProductPreferenceReading`).
    public enum ProductPreference: String, Hashable, Sendable {
        /// "cheapest", "as cheap as possible", "most affordable", "best value": cheapest first.
        case lowestPrice
        /// "most powerful", "most complete", "all-in-one": the widest product first.
        case widestScope
    }
}
