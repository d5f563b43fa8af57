/// Whether a message says there is no company to name: "im a freelancer, no company. just
/// book it", "self-employed", "I don't have a company", or none the visitor will say: "id
/// rather not say the company name". To the company question that is an answer, not a name to
/// store nor a question to ask again (blind audit 29).
///
///     NoCompanyReading.says(words)   // "no company, just me" → true; "our company is Acme" → false
enum NoCompanyReading {
    /// In the words `MessageWords` normalizes to.
    static let phrases = PhraseTable<Bool>([
        ("no company", true), ("not a company", true), ("do not have a company", true), ("i have no company", true),
        ("there is no company", true), ("no company name", true), ("no business name", true),
        ("i am a freelancer", true), ("i am freelance", true), ("freelance$", true), ("freelancer$", true),
        ("freelancer here", true), ("i am self employed", true),
        ("self employed", true), ("sole trader", true), ("sole proprietor", true), ("i am a sole trader", true),
        ("just for myself", true), ("for personal use", true), ("i am a private person", true), ("private person", true),
        ("not a business", true), ("no business", true), ("i do not have a business", true),
        // A company the visitor will not name (blind audit 43: asked again until a handoff).
        ("rather not say the company", true), ("rather not say the company name", true), ("rather not name the company", true),
        ("rather not give the company", true), ("rather not give the company name", true), ("skip the company", true),
        ("not giving the company", true), ("not saying the company", true), ("do not want to give the company", true),
        ("do not want to say the company", true), ("do not want to name the company", true), ("company is confidential", true),
        ("company name is confidential", true), ("company name is private", true),
    ])

    static func says(_ words: MessageWords) -> Bool {
        phrases.occurs(in: words)
    }
}
