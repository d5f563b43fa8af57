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

    static func asks(_ words: MessageWords, language: String) -> Bool {
        guard let wanted = personWords[language] else { return false }
        return words.items.contains { $0.isWord && wanted.contains($0.text) }
    }
}
