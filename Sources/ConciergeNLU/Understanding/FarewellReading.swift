/// Whether a message ends by taking leave: "ok emailing privacy. bye", "thanks, cya". What
/// comes before is said on the way out: "emailing privacy" is no need for email campaigns
/// (blind audit 46 suggested products to a visitor saying goodbye).
///
///     FarewellReading.endsWithFarewell(words)   // "ok emailing privacy. bye" → true
enum FarewellReading {
    static let farewells: Set<String> = [
        "bye", "goodbye", "byebye", "cya", "ciao", "tschüss", "tschüs", "adios", "gtg", "ttyl",
    ]

    static func endsWithFarewell(_ words: MessageWords) -> Bool {
        guard let last = words.items.lastIndex(where: { $0.isWord }) else { return false }
        // "bye for now", "bye then": the farewell may close with a word or two.
        let tail = words.items[max(0, last - 2)...last].map(\.text)
        return tail.contains(where: farewells.contains) && !(words.items.last?.text == "?")
    }
}
