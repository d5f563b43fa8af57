/// Whether a message gives consent in words to keeping the visitor's contact details, when
/// nobody asked yet: "the email is tom@… and yes you may store it", "ok fine, you can keep my
/// email", "feel free to contact me", "I agree to you storing my details". A negation before
/// the phrase in its clause ("no, you can't keep it", "I don't agree") gives none, and so does
/// a question ("can you keep my email?" asks how it works).
///
///     ConsentReading.read(words)   // "you can keep my email. jules@…" → the scalar span of "you can keep my email"
///     ConsentReading.read(words)   // "you can call me Ana" → nil
enum ConsentReading {
    /// Phrases that permit on their own ("i agree$", "you have my consent"), and verbs of
    /// keeping or contacting that permit with an object after them ("you can keep" + "it").
    enum Grant: Sendable {
        case phrase
        /// "you can keep" + "it", "me", "my email", "the details".
        case needsObject
        /// "you can use" + "my email", "our details": only a named detail (not "you can use it for free").
        case needsDetail
    }

    /// In the words `MessageWords` normalizes to ("don't" → "do not", "you're" → "you are").
    static let phrases: PhraseTable<Grant> = {
        var phrases: [(String, Grant)] = [
            ("i agree$", .phrase), ("i agree to", .phrase), ("i consent", .phrase), ("i give consent", .phrase),
            ("i give my consent", .phrase), ("you have my consent", .phrase), ("you have my permission", .phrase),
            ("i give permission", .phrase), ("consent given", .phrase), ("happy to be contacted", .phrase),
            ("fine to be contacted", .phrase), ("ok to be contacted", .phrase), ("okay to be contacted", .phrase),
            // "yes consent", "consent: yes", "yes, I agree", "agreed".
            ("yes consent", .phrase), ("yes i consent", .phrase), ("consent yes", .phrase), ("yes to consent", .phrase),
            ("agreed$", .phrase), ("yes you have my consent", .phrase),
        ]
        let keeping = ["store", "keep", "save", "contact", "email", "e-mail", "text", "record", "hold", "pass",
                       "forward"]
        let using = ["use", "have", "share"]
        let openers = ["you can", "you may", "you could", "feel free to", "ok to", "okay to", "fine to",
                       "happy for you to", "go ahead and", "please", "you are welcome to", "it is ok to",
                       "it is okay to", "it is fine to", "that is fine to", "you have permission to"]
        for opener in openers {
            for verb in keeping { phrases.append(("\(opener) \(verb)", .needsObject)) }
            for verb in using { phrases.append(("\(opener) \(verb)", .needsDetail)) }
        }
        // "…, ok to store", "fine to keep." at the end of a clause: the details just given.
        for opener in ["ok to", "okay to", "fine to", "you can", "you may", "feel free to", "happy for you to"] {
            for verb in ["store", "keep", "save"] { phrases.append(("\(opener) \(verb)$", .phrase)) }
        }
        // "yes store my info", "yes keep it".
        for verb in ["store", "keep", "save"] { phrases.append(("yes \(verb)", .needsObject)) }
        return PhraseTable(phrases)
    }()

    /// What a keeping verb must be followed by: the details themselves.
    static let objects: Set<String> = [
        "it", "them", "that", "this", "my", "me", "those", "these", "the", "our", "everything", "all",
    ]
    /// Words of the details one keeps, after "my" / "the": "my email", "the details".
    static let detailWords: Set<String> = [
        "email", "e-mail", "mail", "address", "details", "detail", "info", "information", "data", "number",
        "phone", "name", "contact", "contacts", "mobile", "cell",
    ]
    static let negators: Set<String> = ["not", "never", "no", "nope", "nah", "cannot", "dont", "without"]

    /// The span (Unicode scalar offsets) of the clause that gives consent, nil when none does.
    static func read(_ words: MessageWords) -> Range<Int>? {
        for clause in words.clauses() {
            var index = clause.lowerBound
            while index < clause.upperBound {
                guard let (grant, length) = phrases.match(words, at: index) else {
                    index += 1
                    continue
                }
                let after = index + length
                let negated = words.items[clause.lowerBound..<index].contains { negators.contains($0.text) }
                if !negated, grants(grant, words, at: after, before: clause.upperBound) {
                    return words[clause.lowerBound].start..<words[clause.upperBound - 1].end
                }
                index = after
            }
        }
        return nil
    }

    /// Whether the words after a phrase complete it: "it" / "them" / "me", or "my email" / "the
    /// details" / "my contact details" right after a verb of keeping; a named detail after one
    /// of using (not "you can use Slack", "you can call me Ana").
    private static func grants(_ grant: Grant, _ words: MessageWords, at index: Int, before end: Int) -> Bool {
        if case .phrase = grant { return true }
        guard index < end, objects.contains(words[index].text) else { return false }
        let object = words[index].text
        let determiner = object == "my" || object == "the" || object == "our"
        if case .needsObject = grant, !determiner { return true }
        return determiner && (index + 1..<min(end, index + 4)).contains { detailWords.contains(words[$0].text) }
    }
}
