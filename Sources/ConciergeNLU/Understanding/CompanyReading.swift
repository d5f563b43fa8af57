/// Reads the company a visitor works for: "I work at Acme", "I'm with Northwind", "the
/// company is called Vela Travel", "our company is Acme Corp", "a startup called Vela",
/// "head of marketing at Acme", "… at Acme Inc", and "from Acme Corp" after a name. The name
/// is kept as written (legal suffixes included) and ends at punctuation, "and", "we" and
/// the like.
///
///     CompanyReading.read(words, text: "I work at Acme and we are 12", after: nil)   // "Acme"
enum CompanyReading {
    /// What a cue asks of the name after it.
    enum CueKind {
        /// The cue is only about companies: any name follows ("I work at acme").
        case companyOnly
        /// The cue also reads places and people ("I'm with my team"): the name needs a capital.
        case needsCapital
        /// The cue also reads counts ("we are 12"): the name starts with a capitalised word.
        case needsCapitalWord
    }

    /// Phrases after which a company name follows, with what they ask of it.
    static let cues = PhraseTable<CueKind>([
        ("i work at", .companyOnly), ("i work for", .companyOnly), ("we work at", .companyOnly), ("working at", .companyOnly),
        ("working for", .companyOnly), ("i am working at", .companyOnly), ("i am working for", .companyOnly), ("i work with", .needsCapital),
        ("i am with", .needsCapital), ("i am at", .needsCapital), ("we are called", .companyOnly), ("we are", .needsCapitalWord),
        ("the company is called", .companyOnly), ("company is called", .companyOnly), ("the company is", .companyOnly),
        ("our company is", .companyOnly), ("my company is", .companyOnly), ("company is", .companyOnly), ("company name is", .companyOnly),
        ("the company name is", .companyOnly), ("our company name is", .companyOnly), ("company name", .companyOnly), ("company", .companyOnly),
        ("the name of the company is", .companyOnly), ("the company's name is", .companyOnly), ("startup called", .companyOnly),
        ("agency called", .companyOnly), ("company called", .companyOnly), ("business called", .companyOnly), ("firm called", .companyOnly),
        ("shop called", .companyOnly), ("store called", .companyOnly), ("brand called", .companyOnly), ("chain called", .companyOnly),
        ("i run", .needsCapital), ("i own", .needsCapital), ("founder of", .companyOnly), ("cofounder of", .companyOnly), ("ceo of", .companyOnly),
        ("owner of", .companyOnly),
        // "I'm the CMO of Heliotrope Retail" (blind audit 51 asked the company again).
        ("cmo of", .needsCapital), ("cto of", .needsCapital), ("coo of", .needsCapital), ("cfo of", .needsCapital),
        // Not "director of": "director of Sales" is a department.
        ("president of", .needsCapital), ("managing director of", .needsCapital),
        ("i represent", .needsCapital), ("on behalf of", .needsCapital), ("marketing at", .companyOnly), ("sales at", .companyOnly),
        ("manager at", .companyOnly), ("director at", .companyOnly), ("head of growth at", .companyOnly), ("marketer at", .companyOnly),
        ("cmo at", .companyOnly), ("ceo at", .companyOnly), ("cto at", .companyOnly), ("vp at", .companyOnly), ("founder at", .companyOnly),
        ("lead at", .companyOnly), ("engineer at", .companyOnly), ("consultant at", .companyOnly), ("employee at", .companyOnly),
        // "we're 12 people at Acme", "40 of us at Northwind" (session 19): a head count, then where.
        ("people at", .companyOnly), ("of us at", .companyOnly), ("employees at", .companyOnly), ("staff at", .companyOnly),
        ("marketers at", .companyOnly), ("folks at", .companyOnly),
        // "agency is Northlight Creative", "our shop is Petal & Stem": the kind of business and its name.
        ("agency is", .companyOnly), ("our agency is", .companyOnly), ("my agency is", .companyOnly), ("studio is", .needsCapital),
        ("business is", .needsCapital), ("our business is", .needsCapital), ("shop is", .needsCapital), ("our shop is", .needsCapital),
        ("store is", .needsCapital), ("our store is", .needsCapital), ("firm is", .companyOnly), ("our firm is", .companyOnly),
        ("brand is", .needsCapital), ("our brand is", .needsCapital), ("organisation is", .needsCapital), ("organization is", .needsCapital),
        ("startup is", .needsCapital), ("agency name is", .companyOnly), ("business name is", .companyOnly),
        ("clinic is", .needsCapital), ("practice is", .needsCapital), ("charity is", .needsCapital), ("ngo is", .needsCapital),
        ("nonprofit is", .needsCapital), ("association is", .needsCapital), ("foundation is", .needsCapital),
        ("school is", .needsCapital), ("restaurant is", .needsCapital), ("salon is", .needsCapital), ("cafe is", .needsCapital),
        ("bakery is", .needsCapital), ("gym is", .needsCapital), ("hotel is", .needsCapital),
        // "were called Pixel & Pine" (we're without its apostrophe), "practice name is Smile
        // Studio Köln" (blind audit 65 asked the company again).
        ("were called", .needsCapital), ("we are named", .companyOnly), ("were named", .needsCapital),
        ("practice name is", .needsCapital), ("clinic name is", .needsCapital), ("shop name is", .needsCapital),
        ("store name is", .needsCapital), ("studio name is", .needsCapital), ("brand name is", .needsCapital),
        ("salon name is", .needsCapital), ("restaurant name is", .needsCapital), ("organisation name is", .needsCapital),
        ("organization name is", .needsCapital), ("charity name is", .needsCapital), ("school name is", .needsCapital),
    ])
    /// Kinds of business a name in brackets follows: "a digital agency (Fable Digital, 18
    /// people)", "the Valencia NGO (Fundación Mar Abierto)".
    static let businessNouns: Set<String> = [
        "agency", "company", "business", "startup", "firm", "studio", "shop", "store", "brand", "clinic", "practice",
        "charity", "ngo", "nonprofit", "association", "foundation", "organisation", "organization", "school",
        "restaurant", "salon", "cafe", "bakery", "gym", "hotel", "chain", "coop", "cooperative",
    ]
    /// Words a company name never starts with: "I work at a bank", "I work for myself", "at home".
    static let rejectedFirst: Set<String> = [
        "a", "an", "and", "or", "but", "so", "as", "too", "also", "either", "again", "some", "home", "myself", "least", "most", "this", "that", "it", "my", "our", "your", "their",
        "his", "her", "you", "all", "what", "which", "work", "school", "night", "the", "me", "us", "them", "him",
        "lunch", "the moment", "moment", "present", "times", "first", "called", "not", "no", "still", "in", "on",
        "currently", "now", "here", "there", "looking", "interested", "from", "sales", "marketing", "support",
        "finance", "hr", "it", "legal", "ops", "operations", "engineering", "accounting", "procurement",
        "customer", "product", "management", "headquarters", "hq", "team",
        "once", "any", "peak", "max", "maximum", "best", "minimum", "full", "scale", "times", "different", "various",
        // "I would rather not say the company name yet" (blind audit 61 stored "yet").
        "yet", "anymore", "already", "though", "anyway", "either", "instead", "please", "thanks", "just", "right",
    ]
    /// Words that end a company name: "Acme and we…", "Acme in London", "Acme for 3 years".
    static let enders: Set<String> = [
        "and", "we", "i", "but", "so", "because", "where", "in", "for", "since", "with", "as", "which", "who", "that",
        "our", "my", "to", "on", "from", "here", "now", "currently", "too", "also", "at", "is", "are", "was", "were",
        "has", "have", "had", "do", "does", "did", "can", "will", "would", "about", "if", "or", "then", "right",
        "a", "an", "the", "they", "it", "you", "me", "there", "when", "while", "looking", "want", "need", "not",
        "please", "thanks", "by", "via", "like", "than", "what", "how", "why", "any", "just", "based", "located",
        "doing", "making", "selling", "today", "yet", "anymore", "still", "already", "headquartered", "instead",
        "rather", "either", "though", "anyway", "btw",
    ]
    /// Legal forms: "at Acme Inc" is a company even without a cue word before it.
    static let legalSuffixes: Set<String> = [
        "inc", "corp", "corporation", "ltd", "llc", "gmbh", "plc", "co", "sa", "ag", "bv", "pty", "limited", "srl",
        "sas", "sarl", "oy", "ab", "llp", "lp", "nv", "spa", "kg", "group", "holdings",
    ]
    static let suffixIntroducers: Set<String> = ["at", "from", "with", "for", "of"]

    /// The company, from the cues, from "from …" after the name ending at `afterName`, or from a legal suffix.
    static func read(_ words: MessageWords, text: String, afterName: Int?) -> Understanding.TextFact? {
        if let afterName, let span = named(fromAfterName(words, at: afterName), words) {
            return PersonNameReading.fact(words, span, text: text)
        }
        var index = 0
        while index < words.count {
            let roles = words[index].roles
            if roles.contains(.companyCue), let (kind, length) = cues.match(words, at: index) {
                var start = index + length + (words.text(index + length) == ":" || words.text(index + length) == "=" ? 1 : 0)
                // "clinic is called Sourire Dental", "the shop is named Petal".
                if start + 1 < words.count, words[start].text == "called" || words[start].text == "named" { start += 1 }
                // "company" alone is a cue as a label ("company: Acme") or before a capitalised
                // name ("5 people, company Orbit Labs"), not in "a company like ours".
                let labelOnly = length == 1 && words.text(index + 1) != ":" && words.text(index + 1) != "="
                    && !(index + 1 < words.count && words[index + 1].isWord && words[index + 1].capitalized)
                let capitalWord = kind != .needsCapitalWord || (start < words.count && words[start].isWord)
                if !labelOnly, capitalWord, let span = named(span(words, from: start, needsCapital: kind != .companyOnly), words) {
                    return PersonNameReading.fact(words, span, text: text)
                }
            }
            if index > 0, words[index].text == "(", businessNouns.contains(words[index - 1].text),
               let span = named(span(words, from: index + 1, needsCapital: true), words) {
                return PersonNameReading.fact(words, span, text: text)
            }
            if roles.contains(.companyIntroducer), let span = span(words, from: index + 1, needsCapital: false),
               let suffix = span.dropFirst().first(where: { legalSuffixes.contains(words[$0].text) }) {
                return PersonNameReading.fact(words, span.lowerBound..<(suffix + 1), text: text)
            }
            index += 1
        }
        return nil
    }

    /// "Ana from Acme Corp", "Ana here, from Acme", "Ana at Northwind".
    private static func fromAfterName(_ words: MessageWords, at index: Int) -> Range<Int>? {
        var at = index
        while at < words.count, words[at].isBreak || words[at].text == "here" { at += 1 }
        guard at < words.count else { return nil }
        if words[at].text == "from" || words[at].text == "at" || words[at].text == "with" {
            return span(words, from: at + 1, needsCapital: false)
        }
        return at > index && words[at - 1].text == "," ? listedAfterName(words, at: at) : nil
    }

    /// "anna kowalski, nordlicht brewing, 8 people, anna.k@…": the item after the name in a
    /// list of facts (a number or an address follows) is the company (blind audit 45 asked for
    /// it again). One to four words, no number, not opening with a function word or a verb
    /// ("Ana, looking for email tools").
    private static func listedAfterName(_ words: MessageWords, at start: Int) -> Range<Int>? {
        var end = start
        while end < words.count, !words[end].isBreak { end += 1 }
        let items = start..<end
        guard (1...4).contains(items.count), items.allSatisfy({ words[$0].isWord || words[$0].text == "&" }),
              !NameStopWords.contains(words[start].text, words[start].key),
              end < words.count, words[end].text == ",",
              (end..<words.count).contains(where: { words[$0].isNumber || words[$0].text.contains("@") }) else { return nil }
        return items
    }

    /// A span that names something: not a number alone ("from 2004", "at 19"), nor a count
    /// with its hedges and people words ("the whole company is like 25", blind audit 37).
    private static func named(_ span: Range<Int>?, _ words: MessageWords) -> Range<Int>? {
        guard let span, span.contains(where: { words[$0].isWord && !countWords.contains(words[$0].text) }),
              let last = span.last, !attributeNouns.contains(words[last].text) else { return nil }
        return span
    }

    /// Words that end a thing a company has, not its name: "my company VAT number" (blind audit
    /// 67 stored the company as "VAT number"), "company email", "company Logo".
    static let attributeNouns: Set<String> = [
        "number", "id", "address", "email", "e-mail", "account", "accounts", "details", "info", "size", "policy",
        "card", "website", "domain", "logo", "profile", "settings", "invoice", "invoices",
    ]

    /// Words around a number that make it a count, not a name.
    static let countWords = NumberContext.approximators.union(HeadCountReading.peopleWords)

    /// Up to five items of a company name from `start`; glued punctuation ("Books&Co",
    /// "Yahoo!"'s inner marks) stays inside, a spaced break ends it.
    static func span(_ words: MessageWords, from start: Int, needsCapital: Bool) -> Range<Int>? {
        guard start < words.count else { return nil }
        let first = words[start]
        guard first.isWord || first.isNumber, !rejectedFirst.contains(first.text),
              !needsCapital || first.capitalized || first.isNumber else { return nil }
        var end = start + 1
        while end < words.count, end - start < 5 {
            let word = words[end]
            if word.kind == .punctuation || word.kind == .symbol {
                // "Books&Co", "Ben & Jerry's": an ampersand or a glued mark between two parts.
                let gluedBothSides = !word.spaced && end + 1 < words.count && !words[end + 1].spaced
                guard word.text == "&" || (gluedBothSides && word.text != ","),
                      end + 1 < words.count, words[end + 1].isWord || words[end + 1].isNumber else { break }
                end += 2
                continue
            }
            // "Halvorsen Retail AS": the Nordic legal form in capitals, not the word "as" (blind audit 39).
            let nordicForm = (word.text == "as" || word.text == "asa") && word.shouted && end > start
            guard word.isWord || word.isNumber, !enders.contains(word.text) || nordicForm else { break }
            end += 1
            if nordicForm { break }
        }
        return start..<end
    }
}
