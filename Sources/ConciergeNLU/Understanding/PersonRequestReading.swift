/// Whether a message written in another language than English asks for a person: the bot
/// cannot answer it, but a person may speak it ("ich möchte mit einem Mitarbeiter sprechen",
/// "quiero hablar con una persona"). Read only for a message identified as another language,
/// by the words for a person, a human, an agent or customer service in the languages
/// visitors write in most.
///
///     PersonRequestReading.asks(words, language: "de")   // "ich möchte mit einem Mitarbeiter sprechen" → true
enum PersonRequestReading {
    static let personWords: [String: Set<String>] = [
        "de": ["mitarbeiter", "mitarbeiterin", "mensch", "menschen", "person", "berater", "beraterin", "kundendienst",
               "kundenservice", "support", "jemandem", "jemand", "ansprechpartner", "agent"],
        "es": ["persona", "humano", "agente", "asesor", "asesora", "operador", "operadora", "alguien", "soporte"],
        "fr": ["personne", "humain", "conseiller", "conseillère", "agent", "quelqu'un", "opérateur", "support"],
        "pt": ["pessoa", "humano", "atendente", "agente", "alguém", "operador", "suporte", "consultor"],
        "it": ["persona", "umano", "operatore", "operatrice", "qualcuno", "agente", "consulente"],
        "nl": ["persoon", "mens", "medewerker", "iemand", "klantenservice", "agent"],
    ]

    /// The English words for a person a visitor may turn down: "I don't want to talk to a person".
    static let englishPersonWords: Set<String> = [
        "human", "humans", "person", "people", "agent", "agents", "someone", "somebody", "operator", "representative",
        "staff", "employee",
    ]

    /// Verbs a negation turns into a refusal: "don't want", "do not need". "I can't reach a
    /// person" and "why can't I talk to a human?" ask for one.
    /// "I didn't even ask for a human" turns one down as "I don't want one" does.
    static let wantingVerbs: Set<String> = ["want", "need", "wish", "like", "require", "wanna", "ask", "asked", "request", "requested"]

    /// Verbs that call off a person asked for: "cancel the human thing", "forget the person".
    static let cancellingVerbs: Set<String> = ["cancel", "forget", "scrap", "drop", "skip", "ditch"]

    /// Whether the message turns a person down: "no" right before a word for a person ("no
    /// human please"), a negated "want" / "need" with one after it in the same clause ("I
    /// don't want to talk to a person"), or a verb that calls one off up to three words before
    /// it ("cancel the human thing"); "not a bot, a real person" asks for one.
    ///
    ///     PersonRequestReading.refuses(words)   // "i dont want a human, just answer" → true
    static func refuses(_ words: MessageWords) -> Bool {
        var refusingFrom: Int?
        var cancellingFrom: Int?
        for index in 0..<words.count {
            let word = words[index]
            if word.isBreak { refusingFrom = nil; cancellingFrom = nil; continue }
            guard word.isWord else { continue }
            if cancellingVerbs.contains(word.text) { cancellingFrom = index }
            if word.roles.contains(.personWord) {
                if let from = refusingFrom, index - from <= 6 { return true }
                if let from = cancellingFrom, index - from <= 3 { return true }
                if index > 0, words[index - 1].text == "no" { return true }
            } else if word.roles.contains(.wantingVerb) {
                // "i dont want a checklist i want someone to FIX it": the wanting said last counts.
                let negated = index > 0 && (index - 2...index - 1).contains { $0 >= 0 && words[$0].roles.contains(.negator) }
                refusingFrom = negated ? index : nil
            }
        }
        return false
    }

    /// Words that put the rest of the message in place of what was asked before: "can you just
    /// book me a demo instead", "i'd rather book it myself".
    static let replacingWords: Set<String> = ["instead", "rather"]

    /// Whether the message asks for something in place of what it asked before (blind audit 48:
    /// "2 hours?? ok actually can you just book me a demo instead" waited for the person).
    ///
    ///     PersonRequestReading.asksInstead(words)   // "can you just book me a demo instead" → true
    static func asksInstead(_ words: MessageWords) -> Bool {
        words.items.contains { $0.isWord && replacingWords.contains($0.text) }
    }

    /// Whether the message's words for a person all say what the visitor is: "I'm a real estate
    /// agent in Toronto, solo", "we are two agents" — no request for one. False without any.
    ///
    ///     PersonRequestReading.personWordsDescribeSelf(words)   // "I'm a real estate agent" → true
    ///     PersonRequestReading.personWordsDescribeSelf(words)   // "I'm a customer, get me an agent" → false
    static func personWordsDescribeSelf(_ words: MessageWords) -> Bool {
        var found = false
        for index in 0..<words.count where words[index].isWord && words[index].roles.contains(.personWord) {
            found = true
            // "i am a real estate agent": "i am" or "we are" at most four words before, in the same clause.
            var before = index - 1
            var describes = false
            while before >= 1, index - before <= 5, !words[before].isBreak {
                if (words[before - 1].text == "i" && words[before].text == "am")
                    || (words[before - 1].text == "we" && words[before].text == "are") {
                    describes = true
                    break
                }
                before -= 1
            }
            if !describes { return false }
        }
        return found
    }

    static func asks(_ words: MessageWords, language: String) -> Bool {
        guard let wanted = personWords[language] else { return false }
        return words.items.contains { $0.isWord && wanted.contains($0.text) }
    }
}
