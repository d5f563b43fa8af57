/// Whether a number counts people, on explicit evidence only: a people word after it ("12
/// people", "30 marketers", "a 5-person team", "12 of us", "30 strong"), or a team word or
/// "we are" before it ("a team of 12", "team size: 40", "we're about 30") when nothing but
/// people could follow. "A chain of 4 bookstores" counts bookstores.
///
///     HeadCountReading.isHeadCount(mention, words)   // "we are about 30" → true
enum HeadCountReading {
    static let peopleWords: Set<String> = [
        "people", "person", "persons", "ppl", "folks", "folk", "employees", "employee", "staff", "staffers",
        "marketers", "marketer", "agents", "users", "seats", "colleagues", "heads", "fte", "ftes",
        "engineers", "developers", "devs", "reps", "salespeople", "workers", "guys", "humans", "humans",
        "teammates", "coworkers", "co-workers", "designers", "writers", "people's", "individuals", "heads",
        "operators", "managers", "marketeers", "specialists", "consultants", "freelancers", "contractors",
        "sellers", "recruiters", "editors", "analysts", "advisors", "advisers", "nurses", "teachers",
        "associates", "accountants", "lawyers", "doctors", "drivers", "volunteers", "interns", "licenses", "logins",
    ]
    /// Words between a number and its people word: "12 full-time people", "30 sales reps".
    static let modifiers: Set<String> = [
        "full", "time", "fulltime", "part", "parttime", "sales", "marketing", "support", "customer", "service",
        "tech", "technical", "remote", "office", "internal", "in", "house", "inhouse", "active", "total", "core",
        "dev", "content", "design", "it", "hr", "ops", "product", "people", "other", "more", "or", "so", "ish",
        "odd", "permanent", "local", "onsite", "global", "team", "of", "our", "the", "main", "email", "digital",
    ]
    /// Words before a number that make it a head count: "a team of 12", "team size: 40".
    static let cuesBefore: Set<String> = [
        "team", "headcount", "staff", "employees", "people", "seats", "users", "members", "crew", "group", "size",
        "workforce", "colleagues", "marketers", "agents", "employ", "employing", "company",
        "business", "agency", "startup", "firm", "organisation", "organization", "department",
    ]
    /// What may follow a head count given by a cue before it: nothing, or a people word, or these
    /// (what a team does next: "a team of 3 looking for an email tool").
    static let allowedAfter: Set<String> = [
        "total", "in", "now", "currently", "at", "and", "but", "or", "so", "ish", "strong", "right", "today", "max",
        "of", "here", "altogether", "overall", "give", "roughly", "approx", "approximately", "i", "we", "people",
        "including", "plus", "soon", "atm", "or so", "these", "this", "last", "by", "already", "next", "tops",
        "maybe", "probably", "though", "thanks", "please", "looking", "who", "that", "working", "wanting", "trying",
        "interested", "with", "for", "doing", "needing", "running", "selling", "searching", "hoping", "planning",
    ]

    /// Words near a head count that make it the marketing team's: "marketing org is 85 people".
    static let ownTeamWords: Set<String> = ["marketing", "marketers", "team", "department", "dept", "org", "crew"]
    /// Words near a head count that make it the whole company's: "~1200 employees".
    static let companyWideWords: Set<String> = [
        "employees", "employee", "company", "companywide", "overall", "total", "headcount", "workforce", "staff",
    ]

    /// Of two head counts in a message, the team's wins: +1 with a word of the team in its clause
    /// (up to four words before it, or the word after it), -1 with a word of the whole company.
    ///
    ///     // "we have ~1200 employees, marketing org is 85 people": 1200 → -1, 85 → 1
    static func teamWeight(_ mention: NumberMention, _ words: MessageWords) -> Int {
        var own = false
        var companyWide = false
        func look(at index: Int) -> Bool {
            let word = words[index]
            if word.isBreak { return false }
            if ownTeamWords.contains(word.text) { own = true }
            if companyWideWords.contains(word.text) { companyWide = true }
            return true
        }
        var index = mention.first - 1
        while index >= max(0, mention.first - 4), look(at: index) { index -= 1 }
        if mention.after < words.count { _ = look(at: mention.after) }
        return (own ? 1 : 0) - (companyWide ? 1 : 0)
    }

    /// Departments a count of people works in: "5 in marketing", "3 in sales".
    static let departments: Set<String> = ["marketing", "sales", "support", "comms", "communications", "growth", "ecommerce"]

    /// Words that make the "members" after them a team: "12 team members", "5 staff members".
    static let teamMembers: Set<String> = ["team", "staff", "crew", "marketing", "sales", "support", "board", "faculty"]
    /// People words that say nothing of whose people they are: "4000 people" may be a team or
    /// the recipients of a campaign.
    static let genericPeople: Set<String> = ["people", "persons", "person", "ppl", "folks", "folk", "humans", "individuals", "guys"]
    /// Verbs that make the generic people after them an audience, not a team: "we email 5000
    /// people", "reaching 300 folks".
    static let audienceVerbs: Set<String> = [
        "reach", "reached", "reaching", "reaches", "email", "emailed", "emailing", "emails", "mail", "mailed", "mailing",
        "text", "texted", "texting", "message", "messaged", "messaging", "send", "sent", "sending", "sends",
        "notify", "notified", "notifying", "target", "targeted", "targeting", "contact", "contacted", "contacting",
        "invite", "invited", "inviting", "serve", "served", "serving", "spam", "spammed",
    ]
    /// Words before "to" that make the people after it an audience: "went out to 4000 people",
    /// "sent it to 300 people" (but "we grew to 40 people" is a team).
    static let audienceBeforeTo: Set<String> = [
        "out", "go", "goes", "went", "going", "gone", "it", "them", "campaign", "newsletter", "newsletters",
        "message", "messages", "email", "emails", "sms", "texts", "mailing", "blast", "delivered", "deliver",
        "delivering", "sent", "send", "sending", "mailed", "emailed", "texted", "messaged",
    ]

    /// Verbs of what a product allows, just before a number of people: "starter covers 3
    /// people right? we are 2" gives the plan's limit, not the team (blind audit 64 stored 3).
    static let limitVerbs: Set<String> = [
        "covers", "cover", "covered", "includes", "include", "included", "allows", "allow", "supports", "support",
    ]
    /// Words of a need before such a verb: "we need a plan that covers 12 people" and "something
    /// that supports our 8 people" give the team.
    static let needWords: Set<String> = ["need", "needs", "want", "wants", "looking", "something", "anything", "that", "which", "our"]

    /// A number of people a product allows, said of the product, not of what the visitor needs.
    static func isProductLimit(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        NumberContext.clauseHas(limitVerbs, before: mention.first, within: 3, words)
            && !NumberContext.clauseHas(needWords, before: mention.first, within: 6, words)
    }

    static func isHeadCount(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        guard !mention.isMoney, mention.value >= 1, mention.value.rounded() == mention.value,
              !isProductLimit(mention, words) else { return false }
        if let (after, at) = NumberContext.wordAfter(words, mention.after), peopleAfter(after, at, words) {
            return !(genericPeople.contains(after) && isAudience(mention, words))
        }
        guard let (before, at) = NumberContext.wordBefore(words, mention.first) else { return false }
        let cue = cuesBefore.contains(before)
            || (before == "are" && at > 0 && words[at - 1].text == "we")
            || (before == "us" && at > 0 && words[at - 1].text == "of")
        guard cue else { return false }
        guard let (after, _) = NumberContext.wordAfter(words, mention.after) else { return true }
        return allowedAfter.contains(after) || peopleWords.contains(after)
    }

    /// Whether the verb before the number makes its people recipients: "sent to 4000 people".
    static func isAudience(_ mention: NumberMention, _ words: MessageWords) -> Bool {
        // "to" is skipped as an approximator ("up to 30"): the word before it decides.
        guard let (before, _) = NumberContext.wordBefore(words, mention.first) else { return false }
        if audienceVerbs.contains(before) || audienceBeforeTo.contains(before) { return true }
        // "send 3 newsletters a month to 200 ppl": "to" after a sending verb earlier in the clause.
        guard mention.first > 0, words[mention.first - 1].text == "to" else { return false }
        return words.anyWord(before: mention.first - 1, upTo: 8) { word, _ in audienceVerbs.contains(word.text) }
    }

    /// A people word after the number, past up to two modifiers: "12 people", "5-person team",
    /// "30 full time marketers", "12 of us", "30 strong".
    private static func peopleAfter(_ first: String, _ index: Int, _ words: MessageWords) -> Bool {
        if first == "strong" { return true }
        if first == "of", words.text(index + 1) == "us" { return true }
        // "about 5 in marketing": people of a department, the clause ending there.
        if first == "in", let department = words.text(index + 1), departments.contains(department),
           words.clauseEnds(after: index + 1) { return true }
        var at = index
        var skipped = 0
        while at < words.count, skipped <= 2 {
            let word = words[at]
            if word.isBreak || word.isNumber { return false }
            if word.isWord {
                if peopleWords.contains(word.text) { return true }
                // "12 team members" is a team; "2000 members" are a club's or a gym's customers.
                if word.text == "members", at > index, teamMembers.contains(words[at - 1].text) { return true }
                guard modifiers.contains(word.text) else { return false }
                skipped += 1
            }
            at += 1
        }
        return false
    }
}
