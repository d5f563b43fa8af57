/// Whether a visitor asks the bot to forget the company they named: "please forget my name and
/// company", "delete our company name too", "don't keep my company". A company is not a contact
/// detail (`ContactDetailsReading` leaves it out, so "no company" still answers the company
/// question), but a visitor who asks for it to go must see it go (blind audit 66: the reply
/// said nothing was kept while the company stayed).
///
/// A clause asks it when it names a company word with "my", "our" or "me", and says to remove
/// it: a verb of erasing ("forget", "delete"), or a negated verb of keeping ("don't keep",
/// "do not store"). A clause that goes on from one that did ("erase my email, and my company
/// too") asks it too. "my company is not on the list" and "no company, I'm freelance" do not.
///
///     CompanyErasureReading.read(words)   // "delete my company name too" → (.companyOnly, [its clause])
///     // "forget my name and company. just browsing" → (.withOtherDetails, [the first clause])
enum CompanyErasureReading {
    static let companyWords: WordSet = ["company", "employer", "organisation", "organization", "business", "firm"]
    static let eraseVerbs: WordSet = ["forget", "delete", "remove", "erase", "drop", "scrap", "wipe", "clear", "lose"]
    static let keepVerbs: WordSet = ["keep", "store", "save", "hold", "record", "retain"]
    static let ownWords: WordSet = ["my", "our", "me", "us"]

    /// What the message asks: the company alone to go (`.companyOnly`), with other details
    /// ("forget my name and company", "erase my details and company": `.withOtherDetails`), or
    /// nothing of it (nil); and the spans (Unicode scalar offsets) of the clauses that ask it,
    /// which answer no question.
    static func read(_ words: MessageWords) -> (erasure: Understanding.CompanyErasure?, clauses: [Range<Int>]) {
        var erases = false
        var others = false
        var clauses: [Range<Int>] = []
        var previousErased = false
        for range in words.clauses(splitsAlso: { ContactDetailsReading.joiners.contains($0.text, $0.key) }) {
            let clause = readClause(words, range, goesOnFromErasure: previousErased)
            if clause.erases, clause.namesOthers { others = true }
            if clause.erasesCompany, let first = range.first(where: { words[$0].isWord }),
               let last = range.last(where: { words[$0].isWord }) {
                erases = true
                clauses.append(words[first].start..<words[last].end)
            }
            previousErased = clause.erases
        }
        guard erases else { return (nil, []) }
        return (others ? .withOtherDetails : .companyOnly, clauses)
    }

    /// One clause: whether it says to remove something (`erases`), and whether that is the
    /// visitor's company: an own word and a company word after the verb, with no preposition
    /// between ("remove spam from our business" removes no company).
    private static func readClause(_ words: MessageWords, _ range: Range<Int>, goesOnFromErasure: Bool)
        -> (erases: Bool, erasesCompany: Bool, namesOthers: Bool) {
        let goesOn = goesOnFromErasure && range.contains { ContactDetailsReading.continuing.contains(words[$0].text, words[$0].key) }
        var removing = goesOn
        var erases = goesOn
        var own = false
        var erasesCompany = false
        var namesOthers = false
        for index in range where words[index].isWord {
            let word = words[index]
            let negatedKeep = keepVerbs.contains(word.text, word.key)
                && (max(range.lowerBound, index - 2)..<index).contains { ["not", "never", "dont"].contains(words[$0].text) }
            // "my company name" names the company, not the visitor's name.
            let companyName = word.text == "name" && index > range.lowerBound
                && companyWords.contains(words[index - 1].text, words[index - 1].key)
            if eraseVerbs.contains(word.text, word.key) || negatedKeep {
                (removing, erases, own) = (true, true, false)
            } else if prepositions.contains(word.text) {
                removing = false
            } else if companyWords.contains(word.text, word.key) {
                // "forget the company name too please" (blind audit 69): "the" company, named
                // alone or as its name, is theirs; "delete the company account" is no company.
                let next = (index + 1 < range.upperBound) ? words[index + 1].text : nil
                let theirs = own || (words.text(index - 1) == "the" && next.map(Self.endsTheirs.contains) ?? true)
                if removing, theirs { erasesCompany = true }
            } else if removing, !companyName,
                      ContactDetailsReading.detailWords[word.text, word.key] != nil || otherDetails.contains(word.text) {
                namesOthers = true
            }
            if ownWords.contains(word.text, word.key) { own = true }
        }
        return (erases, erasesCompany, namesOthers)
    }

    /// Words for more than the company: "erase my details and company", "forget me and my company".
    static let otherDetails: Set<String> = [
        "details", "detail", "data", "info", "information", "everything", "me", "all", "contact", "contacts",
    ]
    /// Words after "the company" that keep it the visitor's: "the company name too please".
    static let endsTheirs: Set<String> = ["name", "too", "also", "as", "please", "pls", "either", "aswell", "."]
    static let prepositions: Set<String> = ["from", "in", "for", "to", "with", "on", "at", "into", "about", "by", "like"]
}
