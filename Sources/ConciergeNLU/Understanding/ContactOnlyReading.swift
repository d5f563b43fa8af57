/// Whether a message only gives contact details: an e-mail or a phone number with nothing
/// around it but the words that introduce it ("my email is …", "you can reach me on …",
/// "Ana, ana@acme.com"). Such a visitor wants to be contacted; the "email" of "my email is"
/// is no need for email campaigns.
///
///     ContactOnlyReading.read(words, contacts: [12..<24], name: nil)   // "my email is ana@acme.com" → true
///     ContactOnlyReading.read(words, contacts: [13..<25], name: nil)   // "send pricing to ana@acme.com" → false
enum ContactOnlyReading {
    /// The words that introduce or frame contact details, and greetings around them.
    static let framing: Set<String> = [
        "my", "our", "the", "a", "email", "e-mail", "mail", "address", "phone", "number", "mobile", "cell", "tel",
        "telephone", "whatsapp", "work", "personal", "best", "direct", "is", "it", "its", "this", "that", "here",
        "heres", "here's", "it's", "i'm", "me", "i", "am", "im", "name", "you", "can", "could", "reach", "contact", "call", "text", "at",
        "on", "via", "by", "or", "and", "also", "just", "ok", "okay", "sure", "yes", "yeah", "hi", "hello", "hey",
        "thanks", "thank", "please", "pls", "to", "use", "try", "get", "in", "touch", "with",
        // "ok I changed my mind, you can store it. …": what goes with consent given in words.
        "changed", "mind", "fine", "actually", "after", "all", "alright",
    ]

    /// `contacts`: the spans of the message's e-mails and phone numbers; `name`: the span of
    /// the person's name it states, if any.
    static func read(_ words: MessageWords, contacts: [Range<Int>], name: Range<Int>?) -> Bool {
        guard !contacts.isEmpty else { return false }
        for index in 0..<words.count {
            let word = words[index]
            let span = word.start..<max(word.end, word.start + 1)
            if word.isBreak || contacts.contains(where: { $0.overlaps(span) }) || name?.overlaps(span) == true { continue }
            guard word.isWord, framing.contains(word.text) else { return false }
        }
        return true
    }
}
