import ConciergeNLU
import Foundation
import Testing

/// `LanguageIdentifier`: short messages in each language, English that must never be called
/// another language, and texts too short or unclear for a guess.
@Suite struct LanguageIdentifierTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var code: String
        var testDescription: String { "\(code): \(text)" }
    }

    static let rows = LanguageSentences.byLanguage.flatMap { language in
        language.texts.map { Row(text: $0, code: language.code) }
    }

    @Test(arguments: rows)
    func identifiesTheLanguage(_ row: Row) {
        let guess = LanguageIdentifier.identify(row.text)
        #expect(guess?.code == row.code, "\(String(describing: guess))")
        #expect((guess?.confidence ?? 1) >= LanguageIdentifier.minimumConfidence)
    }

    @Test(arguments: LanguageSentences.closeCalls.map { Row(text: $0.text, code: $0.code) })
    func closeCallsAreNeverWrong(_ row: Row) {
        let guess = LanguageIdentifier.identify(row.text)
        #expect(guess == nil || guess?.code == row.code, "\(String(describing: guess))")
    }

    /// Messages never tuned on: most get their language, and none gets a wrong one (an
    /// unclear message gets no guess, which the bot treats as its own language).
    @Test func heldOutMessagesAreRarelyMissedAndNeverWrong() {
        let rows = LanguageSentences.heldOut.flatMap { language in language.texts.map { (text: $0, code: language.code) } }
        let guesses = rows.map { LanguageIdentifier.identify($0.text) }
        let right = zip(rows, guesses).filter { $0.1?.code == $0.0.code }.count
        let wrong = zip(rows, guesses).filter { $0.1 != nil && $0.1?.code != $0.0.code }.map(\.0.text)
        #expect(Double(right) >= 0.8 * Double(rows.count), "\(right) of \(rows.count)")
        #expect(wrong.isEmpty)
    }

    @Test(arguments: LanguageSentences.english)
    func englishIsNeverAnotherLanguage(_ text: String) {
        let guess = LanguageIdentifier.identify(text)
        #expect(guess == nil || guess?.code == "en", "\(String(describing: guess))")
    }

    @Test(arguments: LanguageSentences.unclear)
    func shortOrUnclearTextHasNoGuess(_ text: String) {
        #expect(LanguageIdentifier.identify(text) == nil)
    }

    @Test(arguments: ["what does Brightwave actually do?", "how much is the growth plan for 40 people", "I want to talk to a person"])
    func plainEnglishIsEnglish(_ text: String) {
        #expect(LanguageIdentifier.identify(text)?.code == "en")
    }

    /// The English texts of the shared Snips and HWU64 test sets (when this checkout sits
    /// beside them): fewer than 0.1% may be given another language.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: datasets)))
    func englishDatasetsStayEnglish() throws {
        var texts: [String] = []
        for name in ["snips/test.jsonl", "hwu64/test.jsonl"] {
            let data = try #require(FileManager.default.contents(atPath: Self.datasets + "/" + name))
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                if let text = object?["text"] as? String { texts.append(text) }
            }
        }
        let wrong = texts.filter { text in LanguageIdentifier.identify(text).map { $0.code != "en" } ?? false }
        #expect(texts.count > 1_000)
        #expect(Double(wrong.count) < 0.001 * Double(texts.count), "\(wrong.count) of \(texts.count): \(wrong.prefix(20))")
    }

    /// `../shared/datasets` beside the repository.
    static let datasets: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/datasets").path
    }()
}
