/// Reads the name a visitor gives for themselves: "I'm Ana", "my name is Ana Lopez",
/// "Ana here", "this is Ana from Acme", "name's Bob", "call me Jo". A name is one to three
/// words (joined by "de", "van", "la"…), capitalised or not, none of them a word of
/// `NameStopWords`: "I'm interested", "I'm the head of marketing", "I'm on Growth" are no names.
///
///     PersonNameReading.read(words, text: "this is Ana from Acme")   // "Ana", and the item after it
///     PersonNameReading.read(words, text: "Name: Ana Lopez")        // "Ana Lopez", labelled from "Name"
enum PersonNameReading {
    /// How a phrase before a name cues it.
    enum Cue: Sendable {
        /// "my name is": a colon may come first ("my name is: Ana").
        case label
        /// "I'm", "call me".
        case plain
        /// "ask for", "i literally just said": only a known given name follows ("I said Acme"
        /// answers for a company as often).
        case givenName
    }
    /// Phrases after which a name follows. "It's Ana" is left to `freeText`: "it's Acme"
    /// answers for a company just as often.
    static let cues = PhraseTable<Cue>([
        ("my name is", .label), ("my name", .label), ("name is", .label), ("the name is", .label), ("names", .label),
        ("my names", .label), ("name", .label), ("i am", .plain), ("i am called", .label), ("this is", .plain),
        ("call me", .plain), ("you can call me", .label), ("they call me", .label), ("people call me", .label),
        // "call me: 07700 900123, ask for Maya", "i literally just said Maya" (blind audit 61
        // asked the name again, then sent the lead without it).
        ("ask for", .givenName), ("i said", .givenName), ("i just said", .givenName), ("i already said", .givenName),
        ("i literally said", .givenName), ("i literally just said", .givenName), ("as i said", .givenName),
        ("like i said", .givenName),
    ])
    /// Words that join the parts of a name: "Ana de la Cruz", "Jan van Dijk".
    static let connectors: WordSet = ["de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "bin", "al", "el", "du"]
    /// Words naming something other than the visitor before "name is": "the company name is
    /// Fernleaf Labs", "our shop's name is Petal" name a business, not the person.
    static let otherOwners: Set<String> = [
        "company", "company's", "business", "business's", "agency", "agency's", "shop", "shop's", "store", "store's",
        "brand", "brand's", "firm", "firm's", "startup", "organisation", "organization", "org", "studio", "practice",
        "clinic", "restaurant", "cafe", "bakery", "salon", "charity", "nonprofit", "product", "app", "website", "site",
        "domain", "workspace", "account", "user", "file", "list", "campaign", "project", "event", "project's", "page",
        // Someone else's name: "her name is Mei Lin" (a new hire), "his name's Tom".
        "her", "his", "their", "colleague's", "boss's", "manager's", "hire's", "partner's", "assistant's",
    ]
    /// Titles before a name: "I'm Dr. Katrin Vogel", "this is Mr Patel".
    static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "herr", "frau"]
    static let greetings: WordSet = ["hi", "hello", "hey", "hiya", "yo", "morning", "greetings", "ok", "okay", "so", "well", "there"]

    /// The name, the index of the item after it, and where a label before it starts ("my name
    /// is", "Name:"): the label is no free text ("Name" is no answer to "what do you need?").
    static func read(_ words: MessageWords, text: String) -> (fact: Understanding.TextFact, next: Int, labelStart: Int?)? {
        var index = 0
        while index < words.count {
            if words[index].roles.contains(.nameCue), let (cue, length) = cues.match(words, at: index),
               // "name" alone is a cue only as a label: "name: Ana".
               !(length == 1 && words.text(index + 1) != ":"),
               // "this is Ana" introduces only at the start ("add it to my This Is Stormzy playlist").
               words[index].text != "this" || opensClause(words, at: index),
               !namesSomethingElse(words, cueAt: index) {
                var start = index + length
                if cue == .label, start < words.count, words[start].text == ":" { start += 1 }
                // "I'm Dr. Katrin Vogel": the title is no part of the name.
                if start + 1 < words.count, titles.contains(words[start].text) {
                    start += words[start + 1].text == "." ? 2 : 1
                }
                if let span = nameSpan(words, from: start), cue != .givenName || FirstNames.contains(words[span.lowerBound].text) {
                    return (fact(words, span, text: text), span.upperBound, cue == .label ? words[index].start : nil)
                }
            }
            index += 1
        }
        return (leadingName(words, text: text) ?? signature(words, text: text) ?? namedAsMe(words, text: text))
            .map { ($0.fact, $0.next, nil) }
    }

    /// "the company is Berger Bikes, Tomas Berger is me": one to three capitalised words opening
    /// a clause, then "is me" or "is my name" (blind audit 33: the name was asked again).
    private static func namedAsMe(_ words: MessageWords, text: String) -> (fact: Understanding.TextFact, next: Int)? {
        for start in 0..<words.count where start == 0 || words[start - 1].isBreak {
            var end = start
            while end < words.count, end - start < 3, words[end].capitalized, isNameWord(words[end]) { end += 1 }
            guard end > start, words.text(end) == "is" else { continue }
            if words.text(end + 1) == "me" || (words.text(end + 1) == "my" && words.text(end + 2) == "name") {
                return (fact(words, start..<end, text: text), end)
            }
        }
        return nil
    }

    /// Two or three capitalised words standing alone after another clause or "and" (and before
    /// the next one or "and"), or opening the message before a clause break, the first a known
    /// given name or a word of an e-mail address in the message (one word, when the e-mail
    /// comes next and spells it): "a newsletter for my shop.
    /// Mia Chen", "2 people and Mia Chen, Acme", "Henrik Dahl, henrik.dahl@nordhaven.com".
    private static func signature(_ words: MessageWords, text: String) -> (fact: Understanding.TextFact, next: Int)? {
        let mailed = emailNameWords(text)
        // "tom reyes, 0044 7700 900123": a given name and a surname in lowercase, standing
        // alone right before a phone or an e-mail, are a name too (blind audit 40).
        for start in 0..<words.count {
            let opensMessage = start == 0
            // "sure. dev patel, dev@loopkit.io": a name the e-mail address spells may be lowercase.
            let spelled = mailed.contains(words[start].text)
            let casual = !words[start].capitalized && FirstNames.contains(words[start].text)
            // "helena.vasquez@fernbrookdental" (an address mistyped): words glued into one token
            // are no name (blind audit 42 renamed the visitor "vasquez").
            guard opensMessage || words[start].spaced, opensMessage || words[start - 1].isBreak || words[start - 1].text == "and" || saysItIs(words, before: start),
                  words[start].capitalized || spelled || casual,
                  FirstNames.contains(words[start].text) || spelled else { continue }
            var end = start
            while end < words.count, end - start < 4 {
                if words[end].capitalized || spelled || casual, isNameWord(words[end]) {
                    end += 1
                } else if connectors.contains(words[end].text), end + 1 < words.count, words[end + 1].capitalized {
                    // "Pieter de Vries": a lowercase particle between capitalised parts.
                    end += 1
                } else {
                    break
                }
            }
            // "Lindqvist Logistics, jan.lindqvist@…": a word of a business makes it the company's name.
            if (start..<end).contains(where: { UnderstandingReader.organisationWords.contains(words[$0].text)
                || CompanyReading.legalSuffixes.contains(words[$0].text) }) { continue }
            // "yep. Carla Mendes carla@…": an e-mail right after the name ends it too.
            let mailFollows = end < words.count && words[end].text.contains("@") && words[end].spaced
            let standsAlone = opensMessage ? end < words.count && (words[end].isBreak || mailFollows)
                : end == words.count || words[end].isBreak || words[end].text == "and" || mailFollows
            // A given name alone is a name when the e-mail that follows spells it: "yes - Mira,
            // mira@ostwind.coffee" (blind audit 35).
            let mailNext = mailFollows || (end + 1 < words.count && words[end].isBreak && words[end + 1].text.contains("@"))
            let contactNext = mailNext || (end + 1 < words.count && words[end].isBreak && words[end + 1].isNumber)
            if casual, !spelled, end - start != 2 || !contactNext { continue }
            if end - start >= 2 || (end - start == 1 && spelled && mailNext), standsAlone {
                return (fact(words, start..<end, text: text), end)
            }
            // "…, Tom from Pixelhaus, tom@pixelhaus.io": a given name the address spells, then
            // "from" and a company (blind audit 50 asked for both again).
            if end - start == 1, spelled, words.text(end) == "from", end + 1 < words.count, words[end + 1].isWord,
               !opensMessage || words.count > end + 2 {
                return (fact(words, start..<end, text: text), end)
            }
        }
        return nil
    }

    /// "yes, it's Jo Fenwick, jo@…", "hi its anna kowalski, …": "it is" opening a clause (after
    /// a greeting, perhaps) before a signature.
    private static func saysItIs(_ words: MessageWords, before start: Int) -> Bool {
        guard start >= 2, ["is", "'s", "’s"].contains(words[start - 1].text), words[start - 2].text == "it" else { return false }
        return start == 2 || words[start - 3].isBreak
            || greetings.contains(words[start - 3].text, words[start - 3].key) && (start == 3 || words[start - 4].isBreak)
    }

    /// The lowercased words of the local parts of the message's e-mail addresses:
    /// "henrik.dahl@nordhaven.com" → ["henrik", "dahl"].
    static func emailNameWords(_ text: String) -> Set<String> {
        // A character, not a string, to look for: `contains("@")` is Foundation's search
        // (NSString on Linux, CoreFoundation's tables in memory; BENCHMARKS.md, issue #18).
        let at: Character = "@"
        // Without the byte of "@" there is no such character: most messages end here, unwalked.
        guard text.utf8.contains(UInt8(ascii: "@")), text.contains(at) else { return [] }
        var found: Set<String> = []
        for token in text.split(whereSeparator: \.isWhitespace) where token.contains(at) {
            let local = token.prefix { $0 != "@" }
            for part in local.split(whereSeparator: { !$0.isLetter }) where part.count >= 2 {
                found.insert(part.lowercased())
            }
        }
        return found
    }

    /// Whether a cue starting with "name" follows a word for something other than the visitor:
    /// "the company name is Acme" is the company's name.
    private static func namesSomethingElse(_ words: MessageWords, cueAt index: Int) -> Bool {
        let first = words[index].text == "the" ? index + 1 : index
        guard first < words.count, words[first].text.hasPrefix("name"), first > 0 else { return false }
        var owner = first - 1
        // "our shop's name is …": the clitic comes as its own word, glued to the owner.
        if owner > 0, !words[owner].spaced, ["is", "'s", "’s"].contains(words[owner].text) { owner -= 1 }
        return otherOwners.contains(words[owner].text)
    }

    /// Whether only greetings come before item `index` in its clause: "hi, this is Ana".
    private static func opensClause(_ words: MessageWords, at index: Int) -> Bool {
        var at = index - 1
        while at >= 0, !words[at].isBreak {
            if !greetings.contains(words[at].text, words[at].key) { return false }
            at -= 1
        }
        return true
    }

    /// "Ana here", "Ana from Acme": a name opening the message; "here" after a capitalised name
    /// or closing its clause ("ana here, …"), "from" after capitalised names only.
    private static func leadingName(_ words: MessageWords, text: String) -> (fact: Understanding.TextFact, next: Int)? {
        var start = 0
        while start < words.count, greetings.contains(words[start].text, words[start].key) || words[start].isBreak { start += 1 }
        guard let span = nameSpan(words, from: start), span.upperBound < words.count else { return nil }
        let after = words[span.upperBound].text
        let capitalized = span.allSatisfy { words[$0].capitalized || connectors.contains(words[$0].text, words[$0].key) }
        if after == "here", capitalized || words.clauseEnds(after: span.upperBound) {
            return (fact(words, span, text: text), span.upperBound + 1)
        }
        guard after == "from", capitalized else { return nil }
        return (fact(words, span, text: text), span.upperBound)
    }

    /// Up to three name words from `start`, with connectors between them.
    static func nameSpan(_ words: MessageWords, from start: Int) -> Range<Int>? {
        guard start < words.count, isNameWord(words[start]) else { return nil }
        var end = start + 1
        var parts = 1
        while end < words.count, parts < 3 {
            let word = words[end]
            // "Mary-Jane": the hyphen's halves are one part.
            if !word.spaced, word.isWord, isNameWord(word) {
                end += 1
                continue
            }
            if connectors.contains(word.text, word.key), end + 1 < words.count, isNameWord(words[end + 1]) {
                end += 2
                parts += 1
                continue
            }
            guard isNameWord(word) else { break }
            end += 1
            parts += 1
        }
        return start..<end
    }

    static func isNameWord(_ word: MessageWord) -> Bool {
        guard word.isWord, word.text.utf8.count <= 20, !NameStopWords.contains(word.text, word.key) else { return false }
        var letters = 0
        for scalar in word.text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                letters += 1
            } else if scalar != "'" && scalar != "’" && scalar != "-" {
                return false
            }
        }
        // A shouted word is capitalised for emphasis, not as a name: "im SELLING".
        if !word.capitalized || word.shouted, looksLikeVerbOrAdjective(word.text, letters: letters) { return false }
        return letters >= 2 || word.capitalized
    }

    /// A lower-case word shaped like a verb or an adjective: "browsing", "exhausted", "helpful",
    /// "unimportant". Capitalised words pass ("Irving"), and so do the names these endings
    /// would catch ("ahmed", "mohammed": -med).
    static func looksLikeVerbOrAdjective(_ text: String, letters: Int) -> Bool {
        if letters >= 5, text.hasSuffix("ing") { return true }
        guard letters >= 6 else { return false }
        if text.hasSuffix("ed") { return !text.hasSuffix("med") }
        for suffix in ["ful", "less", "ous", "ive", "able", "ible", "ness", "ment"] where text.hasSuffix(suffix) {
            return true
        }
        return letters >= 7 && text.hasPrefix("un")
    }

    static func fact(_ words: MessageWords, _ span: Range<Int>, text: String) -> Understanding.TextFact {
        let start = words[span.lowerBound].start
        let end = words[span.upperBound - 1].end
        return Understanding.TextFact(value: text.scalarSlice(start, end), start: start, end: end)
    }
}
