import ConciergeBot
import ConciergeJSON
import Foundation

/// How a persona puts things into words: one of its phrasings for an act or a fact, picked
/// with the seed, placeholders filled with the facts as the visitor states them, and for a
/// `slang_typos` persona its own words roughened (never the facts inside them).
///
///     var phrasing = VisitorPhrasing(persona: persona)
///     phrasing.say("team_size", facts: ["team_size": 12], random: &random)   // ("team of 12", ["team_size"])
///     phrasing.say("yes", facts: [:], random: &random).text                 // "yes" unless the persona says otherwise
struct VisitorPhrasing {
    let persona: Persona

    /// What a persona says for acts it writes no phrasing for.
    static let defaults: [String: [String]] = [
        "yes": ["yes"], "no": ["no"], "skip": ["skip"], "repeat": ["{value}"],
        "correction": ["sorry, I meant {value}, not {mistake}"], "after_handoff": ["hello?"],
    ]

    func has(_ key: String) -> Bool { persona.phrasings[key] != nil }

    /// One phrasing of `key` (an act or a fact name), or of `among` when given; a fact without
    /// phrasings is said as is. `value` and `mistake` fill `{value}` and `{mistake}`.
    func say<Random: RandomNumberGenerator>(
        _ key: String, facts: [String: JSONValue], value: JSONValue? = nil, mistake: JSONValue? = nil,
        among: [String]? = nil, random: inout Random
    ) -> (text: String, facts: [String]) {
        let choices = among ?? persona.phrasings[key] ?? VisitorPhrasing.defaults[key] ?? ["{\(key)}"]
        let source = choices[Int(random.next() % UInt64(max(1, choices.count)))]
        var values = facts
        if let value { values["value"] = value } else if let fact = facts[key] { values["value"] = fact }
        if let mistake { values["mistake"] = mistake }
        let roughen = persona.behaves(.slangTypos) && random.next() % 5 != 0
        var text = ""
        var said: [String] = []
        for segment in PersonaPhrase(source).segments {
            switch segment {
            case .text(let words): text += roughen ? VisitorPhrasing.roughen(words, random: &random) : words
            case .placeholder(let name):
                text += values[name].map(FactMatch.display) ?? ""
                if persona.facts[name] != nil { said.append(name) }
            }
        }
        return (text, said)
    }

    /// Slang words swapped in, apostrophes dropped, lowercase, and now and then two letters
    /// of a long word swapped, as people type on a phone.
    static func roughen<Random: RandomNumberGenerator>(_ text: String, random: inout Random) -> String {
        let slang = ["you": "u", "your": "ur", "please": "pls", "thanks": "thx", "people": "ppl", "are": "r",
                     "about": "abt", "because": "cuz", "want to": "wanna", "going to": "gonna", "okay": "ok"]
        var result = text.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
        for (word, short) in slang.sorted(by: { $0.key < $1.key }) where random.next() % 2 == 0 {
            result = replacingWord(word, with: short, in: result)
        }
        var words = result.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices where words[index].count >= 6 && words[index].allSatisfy(\.isLetter)
            && random.next() % 4 == 0 {
            var letters = Array(words[index])
            let at = 1 + Int(random.next() % UInt64(letters.count - 3))
            letters.swapAt(at, at + 1)
            words[index] = String(letters)
        }
        return words.joined(separator: " ")
    }

    private static func replacingWord(_ word: String, with short: String, in text: String) -> String {
        let padded = " " + text + " "
        var result = padded
        for (before, after) in [(" ", " "), (" ", ","), (" ", "?"), (" ", ".")] {
            result = result.replacingOccurrences(of: before + word + after, with: before + short + after)
        }
        return String(result.dropFirst().dropLast())
    }
}
