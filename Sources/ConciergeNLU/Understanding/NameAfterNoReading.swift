/// A name in a sentence of its own after a no: "no sorry. Brightside Solar.", "no company, just
/// my own name. Lena Park design". The no is about something else (an apology, having no
/// company as such); the name is the answer to a name or company question. The dialog takes it
/// only for such a question, so a no to a yes-or-no question stays a no.
///
///     NameAfterNoReading.name(words, text: "no sorry. Brightside Solar.")   // "Brightside Solar"
enum NameAfterNoReading {
    /// Breaks that end a sentence (a comma does not: "no, Acme" is a correction's shape).
    static let sentenceEnds: Set<String> = [".", "!", ";", "…"]

    /// The last sentence of the message, when it is one to five words and opens with a
    /// capitalised word that is no answer, thanks or greeting.
    static func name(_ words: MessageWords, text: String) -> String? {
        guard let last = (0..<words.count).last(where: { !words[$0].isBreak }),
              let end = (0..<last).last(where: { words[$0].kind == .punctuation && sentenceEnds.contains(words[$0].text) })
        else { return nil }
        let start = end + 1
        let sentence = words.items[start...last]
        let first = words[start]
        guard first.isWord, first.capitalized, !first.roles.contains(.answerCue), !first.roles.contains(.neutral),
              !FreeTextReading.greetings.contains(first.text), !FreeTextReading.requestVerbs.contains(first.text),
              !sentence.contains(where: \.isBreak),
              (1...5).contains(sentence.filter { $0.isWord || $0.isNumber }.count) else { return nil }
        return text.scalarSlice(first.start, words[last].end)
    }
}
