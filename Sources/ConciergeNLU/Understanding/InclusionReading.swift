/// Whether a question asks what something includes: "does Growth include SMS?", "is the chat
/// widget part of Starter?", "does Chat come with a chatbot?", "can I get SMS on Growth?".
/// The dialog answers it yes or no from the catalog instead of describing a product.
///
///     InclusionReading.asks(words)   // "does growth have sms" → true; "what does growth cost" → false
enum InclusionReading {
    /// In the words `MessageWords` normalizes to.
    static let phrases = PhraseTable<Bool>([
        ("include", true), ("includes", true), ("included", true), ("including", true), ("have", true),
        ("has", true), ("got", true), ("support", true), ("supports", true), ("supported", true), ("offer", true),
        ("offers", true), ("contain", true), ("contains", true), ("come with", true), ("comes with", true),
        ("part of", true), ("get", true), ("cover", true), ("covers", true), ("covered", true), ("bundled", true),
        ("in it", true), ("inside", true), ("do you do", true),
        // "does it do instagram scheduling" (blind audit 28: it got the company blurb).
        ("does it do", true), ("can it do", true), ("handle", true), ("handles", true), ("allow", true),
        ("allows", true),
    ])

    static func asks(_ words: MessageWords) -> Bool {
        (0..<words.count).contains { words[$0].isWord && phrases.match(words, at: $0) != nil }
    }
}
