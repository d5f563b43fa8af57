/// Whether a question asks what something includes: "does Growth include SMS?", "is the chat
/// widget part of Starter?", "does Chat come with a chatbot?", "can I get SMS on Growth?".
/// The dialog answers it yes or no from the catalog instead of describing a product.
///
///     InclusionReading.read(words, questions: QuestionReading.questionClauses(words)).asks   // "does growth have sms" → true
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
        // "ok and is there an ab testing thing for emails" fell back (blind audit 47).
        ("is there", true), ("are there", true),
    ])

    /// What a question may ask the contents of that is no product: "does the trial include
    /// sms?" asks about the free trial (blind audit 39 answered "Brightwave SMS includes SMS").
    static let otherSubjects: Set<String> = ["trial", "demo", "onboarding", "migration", "discount", "refund"]

    /// Whether the message asks what something includes, and whether it asks it of the company
    /// itself: "do you do sms + email in one place?", "do you have a chatbot?" — what any of
    /// its products offers, not what the product a feature word happens to name includes (blind
    /// audit 40: "No — Brightwave SMS doesn't include email campaigns"). One pass over the words.
    /// `questions`: the message's clauses that ask (`QuestionReading.questionClauses`).
    static func read(_ words: MessageWords, questions: [Range<Int>]) -> (asks: Bool, ofCompany: Bool) {
        var asks = false
        var ofCompany = false
        // The verb of a clause that asks: "just got your newsletter. how do i get off your list"
        // asks nothing about what a product includes (blind audit 46 answered "Yes — email campaigns").
        for index in 0..<words.count where words[index].isWord
            && (questions.isEmpty || questions.contains { $0.contains(index) })
            && (phrases.match(words, at: index) != nil && !isOtherVerb(words, at: index) || asksWhatItDoes(words, at: index)) {
            // The subject right before the verb: "does the (free) trial include …" asks no product's.
            if !(index > 0 && otherSubjects.contains(words[index - 1].text)) { asks = true }
            // "do you have …", or the phrase "do you do" itself.
            if words.text(index - 1) == "you" || (words[index].text == "do" && words.text(index + 1) == "you") { ofCompany = true }
        }
        return (asks, asks && ofCompany)
    }

    /// "does growth do sms?", "can starter do automations": "do" after "does" or "can" and a
    /// subject of up to three words (blind audit 45 described Brightwave SMS instead).
    static func asksWhatItDoes(_ words: MessageWords, at index: Int) -> Bool {
        guard words[index].text == "do", index >= 2, words.text(index - 1).map(people.contains) == false else { return false }
        return words.anyWord(before: index, upTo: 4) { word, between in
            between >= 1 && (word.text == "does" || word.text == "can")
        }
    }

    /// Words after "get" that make it another verb: "how do i get off your list", "get started".
    static let getParticles: Set<String> = [
        "off", "out", "rid", "back", "in", "into", "started", "to", "through", "hold", "refunded", "deleted", "removed",
        "unsubscribed", "charged", "billed", "locked", "logged", "paid", "help", "it", "this", "that",
    ]

    /// Words after "is there" that ask for a product, not what one includes: "is there anything
    /// with sms under 40?" (blind audit 53 answered what Brightwave SMS lacks).
    static let searchedFor: Set<String> = ["anything", "something", "another"]

    /// Whether the verb at `index` is "get" used otherwise than for what something includes,
    /// or any verb of including with what someone owns after it: "where did you get my email
    /// from?", "do you have my address" ask about a person's details (blind audit 51 answered
    /// "Yes — you get email campaigns").
    static func isOtherVerb(_ words: MessageWords, at index: Int) -> Bool {
        let next = words.text(index + 1)
        if next.map(possessives.contains) == true { return true }
        if words[index].text == "is" || words[index].text == "are", words.text(index + 1) == "there",
           words.text(index + 2).map(searchedFor.contains) == true { return true }
        return (words[index].text == "get" || words[index].text == "got") && next.map(getParticles.contains) == true
    }

    static let possessives: Set<String> = ["my", "our", "his", "her", "their", "me", "us"]

    /// Subjects that make "do" an action of the visitor's or the bot's: "can we do wed instead?".
    static let people: Set<String> = ["you", "we", "i", "they", "he", "she", "u", "ya", "someone", "anyone", "one"]
}
