/// A message as a free-text answer (a name, a company, a need): without the lead-ins people
/// type before it ("I just said:", "as I said", "well,", "um", "ok so", "sorry, I meant") and,
/// when what follows is short, without "it's", "we are", "I'm", "my name is", "the company is"…;
/// without trailing punctuation and thanks. Nil for a question, a no / skip / decline / unsure
/// answer, a complaint (the text kept scores ≤ -2, or the message ≤ -3), a greeting alone,
/// or nothing left; after a yes
/// ("yes, it's Acme") the rest is the text.
///
///     FreeTextReading.read("I just said: Vela Travel", words, ...)   // "Vela Travel"
enum FreeTextReading {
    /// Lead-ins always removed (true) or only before a short answer of up to four words (false).
    static let leadIns = PhraseTable<Bool>([
        ("i just said", true), ("i said", true), ("i already said", true), ("as i said", true),
        ("like i said", true), ("i told you", true), ("i already told you", true), ("already told you", true),
        ("again", true), ("well", true), ("um", true), ("umm", true), ("uh", true), ("er", true), ("erm", true),
        ("hmm", true), ("so", true), ("ok so", true), ("okay so", true), ("ok", true), ("okay", true),
        // Alone in their clause they acknowledge ("ok cool. next wednesday"); "Great Lakes Co" keeps its word.
        ("cool$", true), ("great$", true), ("nice$", true), ("perfect$", true), ("awesome$", true), ("alright$", true),
        ("fine$", true), ("got it$", true), ("sounds good$", true), ("thanks$", true), ("thank you$", true),
        ("sure", true), ("yes", true), ("yeah", true), ("yep", true), ("sorry", true), ("i meant", true),
        ("sorry i meant", true), ("actually", true), ("correction", true), ("basically", true),
        ("honestly", true), ("hi", true), ("hello", true), ("hey", true), ("oh", true), ("right", true),
        // "back. where were we" (blind audit 55 stored the name "back"); alone in its clause.
        ("back$", true), ("im back$", true), ("i am back$", true), ("ok back$", true), ("back again$", true),
        // "actually wait, …": a pause, no company called Wait.
        ("wait", true), ("hold on", true), ("hang on", true), ("one sec", true), ("one second", true),
        // A yes in another language alone in its clause (`AnswerPhrases`): "sí" answers, it is no need.
        ("ja$", true), ("sí$", true), ("si$", true), ("oui$", true), ("sim$", true),
        // Sighs: "ugh. fine", "meh ok" name no company (blind audit 26).
        ("ugh", true), ("urgh", true), ("argh", true), ("meh", true), ("sigh", true), ("whatever$", true),
        // Laughter: "lmao ok. bye bot" is no need (blind audit 64).
        ("lol", true), ("lmao", true), ("lmfao", true), ("haha", true), ("hahaha", true), ("rofl", true),
        // "ok changed my mind. yes you can store it" names no company (blind audit 29).
        ("changed my mind", true), ("i changed my mind", true), ("i have changed my mind", true),
        ("on second thought", true), ("on second thoughts", true),
        ("it is", false), ("it is called", false), ("its", false), ("its called", false), ("it is named", false), ("fine it is", false), ("alright it is", false), ("that is", false), ("we are", false), ("we are called", false),
        ("i am", false), ("my name is", false), ("name is", false), ("the name is", false), ("this is", false),
        ("call me", false), ("our company is", false), ("my company is", false), ("the company is", false),
        ("company is", false), ("the company is called", false), ("company name is", false), ("we work at", false),
        ("i work at", false), ("i work for", false), ("our need is", false), ("we need", false), ("i need", false),
        ("it would be", false), ("that would be", false), ("answer is", false), ("the answer is", false),
    ])
    /// Words after the answer that are not part of it: "Acme, thanks", "Ana please".
    static let trailing: Set<String> = [
        "thanks", "thank", "you", "please", "lol", "haha", "cheers", "ty", "thx", "btw", "fyi", "tho",
        "lmao", "hahaha",
    ]
    static let greetings: Set<String> = [
        "hi", "hello", "hey", "hiya", "yo", "howdy", "greetings", "morning", "afternoon", "evening", "good", "there",
        "sup", "hola", "bonjour", "thanks", "thank", "you", "bye", "goodbye", "cheers", "ok", "okay", "what", "is",
        // "k", "kk": an ok typed short answers nothing either.
        "k", "kk", "okk", "okie", "oki", "okey",
        "up", "wassup", "whatsup", "how", "are", "again", "hii", "heya", "guys", "all", "folks", "team",
        // Farewells: "ok, thanks anyway, cya" answers nothing.
        "anyway", "anyways", "cya", "ttyl", "later", "laters", "see", "ya", "soon", "ciao", "bb", "byebye", "doei",
        "tschüss", "adios", "adiós", "salut", "care", "take", "for", "now", "much", "so", "very", "great",
    ]

    /// Words a company or a person's name never opens with: "delete all of it", "remove my
    /// phone" to "what's your company?" is a request, not a name.
    static let requestVerbs: Set<String> = [
        "delete", "remove", "erase", "forget", "wipe", "stop", "cancel", "unsubscribe", "withdraw",
    ]

    /// Words that only join an answer to contact details cut out of it: "Ana Lopez and my email is …".
    static let connectors: Set<String> = [
        "and", "my", "our", "email", "e", "mail", "is", "phone", "number", "at", "or", "also", "here", "s", "it",
        "you", "can", "reach", "me", "contact", "address", "mobile", "cell", "tel", "on", "via", "by", "the", "its",
    ]

    /// - Parameter everyRun: with cut-out `contacts`, every run of words with content between
    ///   them, joined by commas, rather than the first: a need keeps all it says ("we run 3
    ///   bakeries, about 40 staff, need email campaigns" → "we run 3 bakeries, need email
    ///   campaigns"), where a name or a company is the first run.
    static func read(_ text: String, _ words: MessageWords, answer: Understanding.Answer?, isQuestion: Bool,
                     sentiment: Double, contacts: [Range<Int>] = [], everyRun: Bool = false) -> String? {
        guard !isQuestion, sentiment > -3, answer == nil || answer == .yes else { return nil }
        guard let start = (0..<words.count).first(where: { !words[$0].isBreak }),
              let first = afterLeadIns(words, from: start) else { return nil }
        let end = words.count - 1
        guard !contacts.isEmpty else {
            return value(text, words, first...end, start: start, answer: answer, sentiment: sentiment)
        }
        // An e-mail or a phone number (or, for `freeTextBeyondFacts`, a clause stating another
        // fact) is never part of a name, a company or a need: the answer is a run of words
        // with content between them.
        func isCut(_ index: Int) -> Bool {
            contacts.contains { $0.overlaps(words[index].start..<max(words[index].end, words[index].start + 1)) }
        }
        var values: [String] = []
        var index = first
        while let runStart = (index...end).first(where: { !isCut($0) && isContent(words[$0]) }) {
            var runEnd = runStart
            while runEnd < end, !isCut(runEnd + 1) { runEnd += 1 }
            index = runEnd + 1
            // "Ana Lopez and my email is …": the joining words before the cut go too.
            while runEnd > runStart, !isContent(words[runEnd]) { runEnd -= 1 }
            // A later run joins clause by clause, and only a clause that says something ("need
            // email campaigns"): a word or two left between facts ("march", "Kornfeld", "no
            // budget") is a fact no reading took, not part of the need.
            let pieces = values.isEmpty ? [runStart...runEnd] : clauses(of: runStart...runEnd, in: words)
                .filter { piece in piece.filter { words[$0].isWord || words[$0].isNumber }.count >= 3 }
            for piece in pieces {
                if let value = value(text, words, piece, start: start, answer: answer, sentiment: sentiment) {
                    values.append(value)
                }
            }
            if !everyRun || index > end { break }
        }
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// The parts of `run` between breaks.
    private static func clauses(of run: ClosedRange<Int>, in words: MessageWords) -> [ClosedRange<Int>] {
        var clauses: [ClosedRange<Int>] = []
        var first: Int?
        for index in run {
            if words[index].isBreak {
                if let start = first { clauses.append(start...(index - 1)) }
                first = nil
            } else if first == nil {
                first = index
            }
        }
        if let start = first { clauses.append(start...run.upperBound) }
        return clauses
    }

    /// The answer in `words[run]`, without trailing breaks and thanks; nil when it holds only
    /// greetings or parts of a yes, or is a complaint.
    private static func value(_ text: String, _ words: MessageWords, _ run: ClosedRange<Int>, start: Int,
                              answer: Understanding.Answer?, sentiment: Double) -> String? {
        let first = run.lowerBound
        var last = run.upperBound
        while last >= first, words[last].isBreak || (words[last].isWord && trailing.contains(words[last].text)) {
            last -= 1
        }
        guard first <= last, words.items[first...last].contains(where: { $0.isWord || $0.isNumber }) else { return nil }
        if words.items[first...last].allSatisfy({ $0.isBreak || greetings.contains($0.text) }) { return nil }
        // After a yes, only what is not itself part of the answer ("yes please" leaves nothing);
        // nor is "and no," left of a refusal cut out an answer.
        if answer == .yes || answer == nil, words.items[first...last].allSatisfy({ word in
            word.isBreak || word.roles.contains(.neutral) || (answer == nil && AnswerReading.negators.contains(word.text))
        }) {
            return nil
        }
        let value = text.scalarSlice(words[first].start, words[last].end)
        // A complaint is no answer; the apology of "sorry, I meant Vela Travel" is not the answer either.
        guard !value.isEmpty else { return nil }
        // Only a part of a negative message can score lower than the message.
        let whole = first == start && last == words.count - 1
        return (whole || sentiment >= 0 ? sentiment : Sentiment.score(value)) <= -2 ? nil : value
    }

    /// A word of an answer, not a break or a connector to contact details.
    private static func isContent(_ word: MessageWord) -> Bool {
        !word.isBreak && !(word.isWord && connectors.contains(word.text))
    }

    /// The first item after every lead-in (a short-answer lead-in only when four words or
    /// fewer follow); nil when the message is nothing but lead-ins ("yes", "ok so").
    /// Verbs with which people point back at what they already wrote.
    static let sayingVerbs: Set<String> = [
        "said", "told", "mentioned", "wrote", "typed", "gave", "answered", "stated", "explained", "say", "tell",
    ]

    /// Where the answer starts after a first clause that only points back at an earlier answer
    /// ("I literally told you, Kettle & Co", "as I mentioned above: Acme", "like I wrote before —
    /// Ana"): up to six words with a verb of saying, then a break, then more.
    private static func afterSayingClause(_ words: MessageWords, from start: Int) -> Int? {
        // Where the first clause ends, before any lookup: most messages have no such clause.
        var index = start
        while index < words.count, index - start <= 6, !words[index].isBreak { index += 1 }
        guard index < words.count, words[index].isBreak, index - start <= 6,
              words.items[start..<index].contains(where: { sayingVerbs.contains($0.text) }) else { return nil }
        while index < words.count, words[index].isBreak { index += 1 }
        return index < words.count ? index : nil
    }

    private static func afterLeadIns(_ words: MessageWords, from start: Int) -> Int? {
        var first = afterSayingClause(words, from: start) ?? start
        while first < words.count, words[first].roles.contains(.leadIn), let (always, length) = leadIns.match(words, at: first) {
            var next = first + length
            while next < words.count, words[next].isBreak { next += 1 }
            guard next < words.count else { return always ? nil : first }
            // "it's called Hafenblick Hotel, we are in Hamburg": short up to the clause's end.
            if !always {
                let clause = words.items[next...].prefix { !$0.isBreak }
                guard clause.filter({ $0.isWord || $0.isNumber }).count <= 4 else { break }
            }
            first = next
        }
        return first
    }
}
