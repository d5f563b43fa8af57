import ConciergeEntities
import ConciergeText

/// Reads a message's `Understanding` from its text, tokens and entities, in one pass over
/// the words: the answer and question readings, the name and company, the number facts
/// (`NumberFactsReading`), the correction, the free text, sentiment and language.
///
///     UnderstandingReader.read("I'm Ana from Acme, we're 12 people", tokens: tokens, entities: entities)
///     // personName "Ana", company "Acme", headCount 12 (.explicit)
enum UnderstandingReader {
    /// Entities that are contact details: cut out of a free-text answer.
    static let contactEntities: Set<String> = ["email", "phone", "url"]

    /// `identifyLanguage` false skips the language identifier for a message the bot already
    /// recognised with certainty (one of its own patterns or examples): it is in its language.
    /// `lookup` are the bot's lookup values in the message ("on Growth"): facts of their own,
    /// left out of a free-text answer like a head count.
    static func read(_ text: String, tokens: [Token], entities: [EntityMatch], lookup: [EntityMatch] = [],
                     identifyLanguage: Bool = true) -> Understanding {
        let words = MessageWords(tokens: tokens)
        var understanding = Understanding(sentiment: Sentiment.score(text),
                                          language: identifyLanguage ? LanguageIdentifier.identify(text) : nil)
        let contactSpans = entities.filter { $0.entity == "email" || $0.entity == "phone" }.map { $0.start..<$0.end }
        guard words.contentCount > 0 else {
            understanding.givesContactDetailsOnly = ContactOnlyReading.read(words, contacts: contactSpans, name: nil)
            return understanding
        }
        understanding.isQuestion = QuestionReading.isQuestion(words)
        if let language = understanding.language, language.code != "en" {
            understanding.asksForPersonInOwnLanguage = PersonRequestReading.asks(words, language: language.code)
        }
        understanding.othersContacts = contactSpans.isEmpty ? [] : OthersContactReading.spans(words, contacts: contactSpans)
        understanding.ownedValues = lookup.isEmpty ? [] : OwnedValueReading.spans(words, values: lookup.map { $0.start..<$0.end })
        understanding.refusesPerson = PersonRequestReading.refuses(words)
        understanding.asksInstead = PersonRequestReading.asksInstead(words)
        understanding.asksBotMeanwhile = WaitingReading.asksBotMeanwhile(words)
        understanding.asksWait = WaitingReading.asksWait(words)
        understanding.asksIfBot = WaitingReading.asksIfBot(words)
        understanding.saysNoCompany = NoCompanyReading.says(words)
        understanding.saysNoBudget = NoBudgetReading.says(words)
        understanding.isCodeOrMath = CodeOrMathReading.read(text)
        understanding.personWordsDescribeSelf = PersonRequestReading.personWordsDescribeSelf(words)
        understanding.contentWordCount = words.contentCount
        understanding.reportsFailure = OutcomeReading.reportsFailure(words)
        understanding.reportsSuccess = OutcomeReading.reportsSuccess(words)
        understanding.asksRepeat = OutcomeReading.asksRepeat(words)
        let details = ContactDetailsReading.read(words)
        (understanding.contactDetailsToErase, understanding.contactDetailsToKeep) = (details.erase, details.keep)
        let instructs = details.instructs || (details.refusesBare && !contactSpans.isEmpty)
        understanding.refusesContactDetails = instructs && !details.erase.isEmpty
        let companyErasure = CompanyErasureReading.read(words)
        understanding.companyErasure = companyErasure.erasure
        (understanding.selfDescriptions, understanding.selfDenials) = SelfDescriptionReading.spans(words)
        understanding.opensWithYes = AnswerReading.opensWithYes(words)
        understanding.takesOffer = OfferAcceptanceReading.read(words)
        understanding.leavesForm = FormExitReading.read(words)
        understanding.nameClause = NameClauseReading.read(words, text: text)
        understanding.opensWithNo = AnswerReading.opensWithNo(words)
        understanding.endsWithFarewell = FarewellReading.endsWithFarewell(words)
        understanding.opensWithUnsure = AnswerReading.opensWithUnsure(words)
        understanding.yesBeforeQuestion = understanding.isQuestion && AnswerReading.opensWithYes(words, plainOnly: true)
        understanding.productPreference = ProductPreferenceReading.read(words)
        understanding.comparesWithNamed = ProductPreferenceReading.compares(words)
        // The clauses that ask, found once for the two readings that look inside them.
        let questions = understanding.isQuestion || entities.contains(where: { $0.entity == "date" })
            ? QuestionReading.questionClauses(words) : []
        if understanding.isQuestion {
            (understanding.asksInclusion, understanding.asksInclusionOfCompany) = InclusionReading.read(words, questions: questions)
        }
        // "growth + sms, total per month?" asks a price without a word of price ("12 people in
        // total on Growth" asks nothing).
        // Nor does "add crm sync on top of growth, total?" need more than its question mark.
        // "so mail pro with 40% off would be what?": a percentage off, asked, is a price question too.
        understanding.percentOff = PriceQuestionReading.percentOff(words, entities: entities)
        let asks = understanding.isQuestion || words.items.last?.text == "?"
        understanding.asksPrice = PriceQuestionReading.asks(words)
            || asks && (PriceQuestionReading.asksTotal(words) || understanding.percentOff != nil)
            || PriceQuestionReading.asksYearAmount(words, isQuestion: understanding.isQuestion)
        understanding.asksYearlyPrice = understanding.asksPrice && PriceQuestionReading.asksPerYear(words)
        let answer = AnswerReading.read(words)
        // A question is no answer ("yes, why do you need it?"), but "can I skip this?" still skips.
        understanding.answer = understanding.isQuestion && answer != .skip && answer != .decline ? nil : answer
        if understanding.answer == .no { understanding.nameAfterNo = NameAfterNoReading.name(words, text: text) }
        let name = PersonNameReading.read(words, text: text)
        understanding.personName = name?.fact
        understanding.company = CompanyReading.read(words, text: text, afterName: name?.next)
        let facts = NumberFactsReading.read(words, entities: entities)
        // "me and 2 managers" is three, whatever "2 managers" alone says.
        let solo = SoloReading.read(words)
        understanding.headCount = TeamSumReading.read(words) ?? ((solo?.value ?? 0) >= 2 ? solo
            : facts.headCount?.evidence == .explicit ? facts.headCount : solo ?? facts.headCount)
        understanding.budget = facts.budget
        understanding.numbers = facts.numbers
        // "you can keep my email" is no need, name or company: cut out of the free text like the e-mail.
        let consent = understanding.isQuestion ? nil : ConsentReading.read(words)
        understanding.grantsConsent = consent != nil
        understanding.asksIfErased = ErasureQuestionReading.read(words, isQuestion: understanding.isQuestion)
        understanding.refusesContact = words.count > 2 && ContactRefusalReading.read(words)
        let contacts = entities.filter { contactEntities.contains($0.entity) }.map { $0.start..<$0.end }
        // An e-mail or a phone can be corrected too: "my email is actually ana.l@acme.com".
        let hasFact = facts.headCount != nil || facts.budget != nil || !facts.numbers.isEmpty
            || understanding.personName != nil || understanding.company != nil || !contacts.isEmpty
            // "make it 4pm Thursday instead" moves a date.
            || entities.contains { $0.entity == "date" || $0.entity == "time" }
        understanding.isCorrection = CorrectionReading.isCorrection(words, hasFact: hasFact, oldValue: facts.replacesValue)
        understanding.correctsWithNo = hasFact && CorrectionReading.opensWithNoAndValue(words)
        understanding.replacement = ReplacementReading.read(words, text: text)
        let ruledOut = ExcludedDates.spans(words, entities: entities)
        // "no!! not today. wednesday the 9th at 2pm": a date ruled out beside another moves it.
        if !ruledOut.isEmpty, entities.contains(where: { entity in
            (entity.entity == "date" || entity.entity == "time") && !ruledOut.contains(entity.start..<entity.end)
        }) {
            understanding.isCorrection = true
        }
        understanding.excludedDates = ruledOut + ExcludedDates.deferred(words, entities: entities)
            + ExcludedDates.described(words, entities: entities)
        understanding.saysOnlyWhen = ExcludedDates.saysOnlyWhen(words)
        understanding.startDates = StartDates.spans(words, entities: entities)
        understanding.askedDates = StartDates.askedDates(words, entities: entities, questions: questions)
        understanding.keepsTimeOfDay = SameTimeReading.keepsTimeOfDay(words)
        understanding.weekdayDates = WeekdayDates.spans(words, entities: entities)
        let decision = DecisionReading.read(words)
        understanding.decision = decision?.answer
        understanding.statedNeeds = NeedReading.read(words, text: text)
        // "don't keep my phone, email is fine" instructs about details: those clauses answer no
        // question ("Tulip Logistics, bram@…, please don't keep my phone" still names the company).
        let instructions = (!details.erase.isEmpty && instructs ? details.clauses : []) + companyErasure.clauses
        readFreeText(&understanding, text, words, entities: entities, lookup: lookup,
                     cut: contacts + instructions + (consent.map { [$0] } ?? []) + (decision?.clauses ?? []),
                     nameLabel: name?.labelStart)
        // After the free text, which finds a bare name ("Ana, ana@acme.com"). Consent given with
        // them ("ok I changed my mind, you can store it. Sofia, sofia@…") asks for nothing more.
        understanding.givesContactDetailsOnly = !contactSpans.isEmpty && ContactOnlyReading.read(
            words, contacts: contactSpans + (consent.map { [$0] } ?? []), name: understanding.personName.map { $0.start..<$0.end })
        if contactSpans.isEmpty, let name = understanding.personName {
            understanding.givesNameOnly = ContactOnlyReading.read(words, contacts: [name.start..<name.end], name: nil)
        }
        return understanding
    }

    /// The free text of the message (what answers a name, company or need question), and what
    /// it says beyond the facts other readings took (head counts, lookup values, contacts…).
    static func readFreeText(_ understanding: inout Understanding, _ text: String, _ words: MessageWords,
                             entities: [EntityMatch], lookup: [EntityMatch], cut: [Range<Int>],
                             nameLabel: Int? = nil) {
        // Who decides is cut out of the free text: its no is no answer to a name, company or
        // need question ("Northgate Advisory GmbH. final sign-off is with our COO").
        // "beeline apiaries. and no, i don't want to give my email": the no turns a detail down in
        // the clauses cut out; the rest answers the question.
        // Not when a detail is kept: "i'd rather not go through a questionnaire. just have someone
        // email me" turns the form down and asks for the e-mail (blind audit 40).
        let refusesDetailOnly = understanding.refusesContactDetails && understanding.contactDetailsToKeep.isEmpty
            && [.no, .decline, .skip].contains(understanding.answer)
        let answer = understanding.decision != nil && understanding.decision == understanding.answer || refusesDetailOnly
            ? nil : understanding.answer
        // "more leads from our webinars i guess. btw do you do sms too?": the statement before
        // the question is an answer all the same (blind audits 27 and 28), the question cut out.
        // Not a remark to the bot: "u didnt answer. is a human there right now" (blind audit 30).
        let question = understanding.isQuestion ? QuestionReading.questionAfterStatement(words).flatMap { start in
            words.items[..<start].contains { $0.text == "you" || $0.text == "your" } ? nil : start
        } : nil
        let asks = understanding.isQuestion && question == nil
        var cut = cut
        if let question { cut.append(words[question].start..<(words[words.count - 1].end + 1)) }
        // "lmao ok. bye bot", "Acme Corp, thanks bye": the farewell's clause is said on the way
        // out, no part of a need or a company (blind audit 64 stored the first as the need).
        if understanding.endsWithFarewell, let last = words.clauses().last, !last.isEmpty {
            cut.append(words[last.lowerBound].start..<(words[last.upperBound - 1].end + 1))
        }
        understanding.freeText = FreeTextReading.read(
            text, words, answer: answer, isQuestion: asks,
            sentiment: understanding.sentiment, contacts: cut.sorted { $0.lowerBound < $1.lowerBound })
        understanding.freeTextBeforeQuestion = question != nil && understanding.freeText != nil
        // A question or a yes / no answer has no free text to split into facts and the rest.
        guard understanding.freeText != nil else { return }
        understanding.quotedName = QuotedNameReading.read(text)
        let clauses = words.clauses()
        let factSpans = FactClauses.facts(of: understanding, entities: entities) + lookup.map { $0.start..<$0.end }
        var factClauses = FactClauses.read(words, clauses: clauses, facts: factSpans)
        if understanding.company == nil {
            let named = understanding.personName.map { [$0.start..<$0.end] } ?? []
            understanding.company = ListedCompanyReading.read(words, clauses: clauses, text: text,
                                                              excluded: factClauses + cut + named)
            if let company = understanding.company {
                factClauses.append(company.start..<company.end)
                understanding.companyIsListed = true
                understanding.companyMayBeName = ListedCompanyReading.mayBeName(company.value)
            }
        }
        // The person's name is a fact of its own too: "Tiny Pottery and Mia Chen" names a company and a person.
        // "Name: Jonas Weber" with its label: "Name" alone is no need or company.
        if let name = understanding.personName { factClauses.append((nameLabel ?? name.start)..<name.end) }
        let cuts = (cut + factClauses).sorted { $0.lowerBound < $1.lowerBound }
        for everyRun in [false, true] {
            var rest = factClauses.isEmpty ? understanding.freeText : FreeTextReading.read(
                text, words, answer: answer, isQuestion: asks, sentiment: understanding.sentiment, contacts: cuts,
                everyRun: everyRun)
            // "500/month" leaves "month": framing words alone answer nothing. A message that is only
            // such a word ("email" to "what do you need?") had nothing cut from it: it is the answer.
            if !factClauses.isEmpty || !cut.isEmpty, let left = rest, !hasContentWord(left) { rest = nil }
            if everyRun { understanding.needBeyondFacts = rest } else { understanding.freeTextBeyondFacts = rest }
        }
        understanding.isProperName = understanding.freeTextBeyondFacts.map(isProperName) ?? false
        understanding.isLoneProperWord = !factClauses.isEmpty && understanding.freeTextBeyondFacts.map(isLoneProperWord) == true
        understanding.freeTextIsRequest = understanding.freeText.map { free in
            FreeTextReading.requestVerbs.contains(String(free.prefix { $0.isLetter }).lowercased())
        } ?? false
        // The free text, not the message: "I already told you, Vela Travel" names the company,
        // but "ok im back" is about the writer though "im" went as a lead-in.
        understanding.freeTextSpeaksOfSelf = understanding.freeText.map { free in
            speaksOfSelf(free) || (opensWithSelf(words) && !MessageWords.startsUppercase(free))
        } ?? false
        understanding.onlyIntroducesSelf = understanding.freeTextBeyondFacts.map { onlyIntroducesSelf($0, in: text) } ?? false
        // "Ana Lima", "Carlos, carlos@acme.com": a person's name on its own is their name, whatever was asked.
        if understanding.personName == nil, understanding.company == nil, let rest = understanding.freeTextBeyondFacts,
           isBarePersonName(rest), let range = text.range(of: rest) {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            understanding.personName = Understanding.TextFact(
                value: rest, start: start, end: start + rest.unicodeScalars.count)
        }
    }

    /// Words that make a name an organisation's: "Grace Church", "Rose Studio".
    static let organisationWords: Set<String> = [
        "church", "school", "academy", "college", "university", "studio", "studios", "shop", "store", "stores", "cafe",
        "bakery", "clinic", "dental", "hotel", "restaurant", "bar", "gardens", "garden", "travel", "media", "design",
        "designs", "labs", "lab", "agency", "partners", "consulting", "solutions", "systems", "foundation", "trust",
        "club", "salon", "spa", "farm", "farms", "books", "press", "records", "films", "games", "foods", "kitchen",
        "house", "home", "homes", "motors", "auto", "tech", "digital", "marketing", "associates", "brothers", "sons",
        // "Lindqvist Logistics, jan.lindqvist@…" is the company (blind audit 48 made it the name).
        "logistics", "group", "holdings", "industries", "transport", "freight", "retail", "services", "software",
        "analytics", "capital", "ventures", "health", "fitness", "beauty", "brewing", "brewery", "coffee", "events",
        "energy", "construction", "builders", "realty", "properties", "insurance", "apparel", "outdoors", "supply",
        "supplies", "interiors", "architects", "productions", "publishing", "pharmacy", "vet", "veterinary",
    ]

    /// One to three words of letters, the first a known given name and none a common word or a
    /// legal form: "Ana Lima", "carlos", "Mary-Jane O'Neil" (not "Tom's Bakery", "Rose Gardens Ltd").
    static func isBarePersonName(_ text: String) -> Bool {
        // Three words of a name fit in 40 bytes; most free text does not, and is not split.
        guard text.utf8.count <= 40, text.utf8.lazy.filter({ $0 == 0x20 }).count <= 2 else { return false }
        let parts = text.split(separator: " ").map { $0.lowercased() }
        guard (1...3).contains(parts.count), let first = parts.first,
              FirstNames.contains(first.split(separator: "-").first.map(String.init) ?? first) else { return false }
        return parts.allSatisfy { part in
            !organisationWords.contains(part) &&
            part.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } && !part.hasSuffix("'s")
                && !CompanyReading.legalSuffixes.contains(part) && (part == first || !NameStopWords.contains(part))
        }
    }

    /// The words that open a statement about the writer: "I'm head of marketing", "i decide".
    static let firstPersonOpeners: Set<String> = ["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself"]

    /// "I'm the IT lead", "im a florist": the writer, an article and up to three words, in
    /// `rest` or just before it in `text` (a short answer loses "I'm" as a lead-in).
    static func onlyIntroducesSelf(_ rest: String, in text: String) -> Bool {
        // At most "i am the head of it": longer free text (most needs) is no introduction, and
        // is not split.
        guard rest.utf8.count <= 48, rest.utf8.lazy.filter({ $0 == 0x20 }).count <= 5 else { return false }
        // Only "I'm", "I am" or an article opens one: any other first word ends it before a split.
        let opening = rest.prefix { $0.isLetter || $0 == "'" || $0 == "’" }.lowercased()
        guard ["i'm", "i’m", "im", "i", "the", "a", "an"].contains(opening) else { return false }
        var words = rest.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map { String($0.map { $0 == "’" ? "'" : $0 }) }
        if words.first == "i'm" || words.first == "im" {
            words.removeFirst()
        } else if words.count >= 2, words[0] == "i", words[1] == "am" {
            words.removeFirst(2)
        } else {
            // Most free texts start with neither: the message is searched only after an article.
            guard let first = words.first, ["the", "a", "an"].contains(first), let range = text.range(of: rest) else { return false }
            let before = text[..<range.lowerBound].lowercased().map { $0 == "’" ? "'" : $0 }
            let lead = String(before).trimmingHorizontalSpaces
            guard ["i'm", "im", "i am"].contains(where: { lead == $0 || lead.hasSuffix(" " + $0) }) else { return false }
        }
        return (2...4).contains(words.count) && ["the", "a", "an"].contains(words[0])
    }

    /// Whether a text opens with the writer as its subject: "I'm head of marketing, I sign off…".
    static func speaksOfSelf(_ text: String) -> Bool {
        if let ascii = ASCIIWords(text) { return firstPersonOpeners.contains(ascii.lowercasedPrefix { $0 != 0x2C }) }
        // The apostrophe replaced character by character: Foundation's `replacingOccurrences`
        // is NSString and CoreFoundation on Linux, in memory for the rest of a `serve` (issue #18).
        let first = String(text.prefix { !$0.isWhitespace && $0 != "," }.lowercased().map { $0 == "’" ? "'" : $0 })
        return firstPersonOpeners.contains(first)
    }

    /// Words that may come before the subject of a statement: "ok im back", "so i'm the owner".
    static let statementFillers: Set<String> = ["ok", "okay", "so", "well", "yes", "yeah", "hi", "hey", "hello", "sorry",
                                                "and", "but", "oh", "right", "alright"]

    /// Whether the message's first word beyond fillers is the writer ("ok im back").
    /// Not when the writer only points back at an answer: "i just told you.. sunwise travel"
    /// names the company (blind audit 45 asked for it again).
    static func opensWithSelf(_ words: MessageWords) -> Bool {
        guard let first = words.items.firstIndex(where: { $0.isWord && !statementFillers.contains($0.text) }),
              firstPersonOpeners.contains(words[first].text) else { return false }
        return !words.anyWord(from: first + 1, upTo: 3) { FreeTextReading.sayingVerbs.contains($0.text) }
    }

    /// Whether a text holds a word beyond the words that only frame facts ("month", "per", "we").
    static func hasContentWord(_ text: String) -> Bool {
        // Framing words alone are a few short words; a longer rest holds content (and is not split).
        guard text.utf8.count <= 24 else { return true }
        if let ascii = ASCIIWords(text) {
            return ascii.lowercasedRuns(of: ASCIIWords.isAlphanumeric).contains { !FactClauses.fillers.contains($0) }
        }
        return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { !FactClauses.fillers.contains($0.lowercased()) }
    }

    /// Two to four words, every one capitalised and none a common word: "Lumen Dental"
    /// (the free text, so "we're Lumen Dental" counts too).
    /// A function word, a question word or a verb of everyday talk: no topic of its own
    /// ("tell", "know" are in any bot's examples; "account", "price" are topics).
    static func isCommonWord(_ normalized: String) -> Bool {
        FollowUpMatcher.functionWords.contains(normalized) || topicFreeWords.contains(normalized)
    }

    static let topicFreeWords: Set<String> = [
        "what", "whats", "how", "why", "where", "when", "who", "whom", "which", "tell", "know", "want", "need", "get",
        "got", "have", "has", "had", "like", "make", "go", "say", "think", "give", "take", "let", "mean", "thing",
        "things", "something", "much", "many", "more", "most", "some", "one", "not", "all", "out", "from", "into",
        "than", "now", "don't", "dont", "isn't", "can't", "cant", "won't", "yours", "mine", "who's",
    ]

    /// One capitalised word of letters that is no common word and no given name: "Acme",
    /// "Kornfeld", not "Thanks", "Ana" or "A".
    static func isLoneProperWord(_ text: String) -> Bool {
        guard !text.contains(" "), text.count >= 2, let first = text.unicodeScalars.first, first.properties.isUppercase,
              text.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "&" || $0 == "'" }) else { return false }
        return !NameStopWords.contains(text.lowercased()) && !FirstNames.contains(text.lowercased())
    }

    static func isProperName(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        return (2...4).contains(parts.count) && parts.first != "&" && parts.last != "&" && parts.allSatisfy { part in
            // "Carter & Sons Plumbing": an ampersand joins the words of a name.
            if part == "&" { return true }
            guard let first = part.unicodeScalars.first, first.properties.isUppercase else { return false }
            // "St. Aidan's Academy": an abbreviation's full stop belongs to the name.
            return part.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" || $0 == "'" || $0 == "." }
                && !NameStopWords.contains(part.lowercased().filter { $0 != "." })
        }
    }
}
