/// Whether a message reports that something tried did not work: "I already did that", "it
/// still says wrong password", "that didn't help", "same problem". After an answer, such a
/// message says the answer did not help.
///
///     FailureReading.reportsFailure(words)   // "I did the reset and it still fails" → true
enum FailureReading {
    /// In the words `MessageWords` normalizes to ("didn't" → "did not").
    static let phrases = PhraseTable<Bool>([
        ("still", true), ("already", true), ("did not work", true), ("does not work", true), ("not working", true),
        ("did not help", true), ("does not help", true), ("not helpful", true), ("no luck", true),
        ("same problem", true), ("same issue", true), ("same error", true), ("tried that", true), ("tried it", true),
        ("tried this", true), ("tried everything", true), ("nothing happens", true), ("nothing happened", true),
        ("i did that", true), ("did that", true), ("done that", true), ("that is what i did", true),
    ])

    static func reportsFailure(_ words: MessageWords) -> Bool {
        (0..<words.count).contains { phrases.match(words, at: $0) != nil }
    }
}
