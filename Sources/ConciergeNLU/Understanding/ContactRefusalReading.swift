/// Whether a message refuses being contacted at all ("don't contact me", "leave me alone"):
/// a withdrawal that names one detail ("… and remove my phone number") still takes them all.
///
///     ContactRefusalReading.read(words)   // "I changed my mind, don't contact me" → true
enum ContactRefusalReading {
    /// In the words `MessageWords` normalizes to ("don't" → "do not").
    static let phrases = PhraseTable<Bool>([
        ("do not contact me", true), ("dont contact me", true), ("never contact me", true), ("stop contacting me", true),
        ("do not want to be contacted", true), ("no longer want to be contacted", true), ("leave me alone", true),
        ("no more contact", true), ("do not call or email me", true), ("do not email or call me", true),
    ])

    static func read(_ words: MessageWords) -> Bool {
        phrases.occurs(in: words)
    }
}
