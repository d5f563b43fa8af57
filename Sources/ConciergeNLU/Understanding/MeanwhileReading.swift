/// Whether a message waiting for a person asks the bot itself for an answer in the meantime:
/// "while i wait, how do i stop a campaign?", "can the bot at least tell me the price?".
///
///     MeanwhileReading.asksBot(words)   // "in the meantime, what does Growth cost?" → true
enum MeanwhileReading {
    /// In the words `MessageWords` normalizes to.
    static let phrases = PhraseTable<Bool>([
        ("while i wait", true), ("while i am waiting", true), ("while waiting", true), ("while we wait", true),
        ("in the meantime", true), ("meanwhile", true), ("in the mean time", true), ("until then", true),
        ("until they reply", true), ("until someone replies", true), ("before they reply", true),
        ("can the bot", true), ("can you bot", true), ("you the bot", true), ("can you at least", true),
        ("could you at least", true), ("at least tell me", true), ("at least answer", true),
    ])

    static func asksBot(_ words: MessageWords) -> Bool {
        (0..<words.count).contains { phrases.match(words, at: $0) != nil }
    }
}
