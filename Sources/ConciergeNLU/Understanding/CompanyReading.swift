/// Reads the company a visitor works for: "I work at Acme", "I'm with Northwind", "the
/// company is called Vela Travel", "our company is Acme Corp", "a startup called Vela",
/// "head of marketing at Acme", "… at Acme Inc", and "from Acme Corp" after a name. The name
/// is kept as written (legal suffixes included) and ends at punctuation, "and", "we" and
/// the like.
///
///     CompanyReading.read(words, text: "I work at Acme and we are 12", after: nil)   // "Acme"
enum CompanyReading {
    /// Phrases after which a company name follows; true when the cue is only about companies,
    /// false when it also reads places and people ("I'm with my team"): those need a capital.
    static let cues = PhraseTable<Bool>([
        ("i work at", true), ("i work for", true), ("we work at", true), ("working at", true),
        ("working for", true), ("i am working at", true), ("i am working for", true), ("i work with", false),
        ("i am with", false), ("i am at", false), ("we are called", true),
        ("the company is called", true), ("company is called", true), ("the company is", true),
        ("our company is", true), ("my company is", true), ("company is", true), ("company name is", true),
        ("the company name is", true), ("our company name is", true), ("company name", true), ("company", true),
        ("the name of the company is", true), ("the company's name is", true), ("startup called", true),
        ("agency called", true), ("company called", true), ("business called", true), ("firm called", true),
        ("shop called", true), ("store called", true), ("brand called", true), ("chain called", true),
        ("i run", false), ("i own", false), ("founder of", true), ("cofounder of", true), ("ceo of", true),
        ("owner of", true), ("i represent", false), ("on behalf of", false), ("marketing at", true), ("sales at", true),
        ("manager at", true), ("director at", true), ("head of growth at", true), ("marketer at", true),
        ("cmo at", true), ("ceo at", true), ("cto at", true), ("vp at", true), ("founder at", true),
        ("lead at", true), ("engineer at", true), ("consultant at", true), ("employee at", true),
    ])
    /// Words a company name never starts with: "I work at a bank", "I work for myself", "at home".
    static let rejectedFirst: Set<String> = [
        "a", "an", "some", "home", "myself", "least", "most", "this", "that", "it", "my", "our", "your", "their",
        "his", "her", "you", "all", "what", "which", "work", "school", "night", "the", "me", "us", "them", "him",
        "lunch", "the moment", "moment", "present", "times", "first", "called", "not", "no", "still", "in", "on",
        "currently", "now", "here", "there", "looking", "interested", "from", "sales", "marketing", "support",
        "finance", "hr", "it", "legal", "ops", "operations", "engineering", "accounting", "procurement",
        "customer", "product", "management", "headquarters", "hq", "team",
    ]
    /// Words that end a company name: "Acme and we…", "Acme in London", "Acme for 3 years".
    static let enders: Set<String> = [
        "and", "we", "i", "but", "so", "because", "where", "in", "for", "since", "with", "as", "which", "who", "that",
        "our", "my", "to", "on", "from", "here", "now", "currently", "too", "also", "at", "is", "are", "was", "were",
        "has", "have", "had", "do", "does", "did", "can", "will", "would", "about", "if", "or", "then", "right",
        "a", "an", "the", "they", "it", "you", "me", "there", "when", "while", "looking", "want", "need", "not",
        "please", "thanks", "by", "via", "like", "than", "what", "how", "why", "any", "just", "based", "located",
        "doing", "making", "selling", "today", "yet", "anymore", "still", "already", "headquartered",
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
            if roles.contains(.companyCue), let (companyOnly, length) = cues.match(words, at: index) {
                let start = index + length + (words.text(index + length) == ":" ? 1 : 0)
                // "company" alone is a cue only as a label: "company: Acme".
                let labelOnly = length == 1 && words.text(index + 1) != ":"
                if !labelOnly, let span = named(span(words, from: start, needsCapital: !companyOnly), words) {
                    return PersonNameReading.fact(words, span, text: text)
                }
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
        return nil
    }

    /// A span that names something: not a number alone ("from 2004", "at 19").
    private static func named(_ span: Range<Int>?, _ words: MessageWords) -> Range<Int>? {
        guard let span, span.contains(where: { words[$0].isWord }) else { return nil }
        return span
    }

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
            guard word.isWord || word.isNumber, !enders.contains(word.text) else { break }
            end += 1
        }
        return start..<end
    }
}
