import ConciergeBot
import ConciergeText
import Testing
@testable import ConciergeNLU

/// Follow-up questions are compared only with the answers just given, and only close ones match.
@Suite struct FollowUpMatcherTests {
    private static let here = SourceLocation(file: "dialogs/faq.yml", line: 1, column: 1)
    private static func entry(_ id: String, _ followUps: [[String]]) -> FAQEntry {
        FAQEntry(id: id, intent: "faq/\(id)", title: id, answer: [Template(literal: "An answer about \(id).")],
                 followUps: followUps.map { FAQFollowUp(questions: $0, answer: [Template(literal: "More.")], location: here) },
                 location: here)
    }
    private let matcher = FollowUpMatcher(faq: [
        entry("account_deletion", [["how long does it take", "when will it be gone"], ["will you confirm by email"]]),
        entry("refunds", [["how long does the refund take", "when do I get my money back"]]),
        entry("cancel", [["will I lose my contact lists", "what happens to my data"]]),
    ])

    private func match(_ text: String, after faqs: [String]) -> FollowUpMatch? {
        matcher.match(Tokenizer().tokenize(text), after: faqs)
    }

    @Test(arguments: [
        ("how long does it take?", "account_deletion", 0), ("and when is it gone?", "account_deletion", 0),
        ("ok will you confirm that by email", "account_deletion", 1), ("how long will that take", "refunds", 0),
        ("so will I lose my contact lists", "cancel", 0), ("what happens to all my data then?", "cancel", 0),
        ("how long?", "account_deletion", 0),
        // A sentence beside the question does not drown it.
        ("so will I lose my contact lists? need to know for our board meeting tomorrow", "cancel", 0),
    ])
    func aCloseQuestionIsTheFollowUpOfTheAnswerJustGiven(text: String, faq: String, index: Int) {
        let found = match(text, after: [faq])
        #expect(found?.faq == faq && found?.index == index, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        ("how long does it take?", "cancel"), ("how do I cancel instead?", "account_deletion"),
        ("can I book a demo", "account_deletion"), ("what does Brightwave cost per month for a team of 12", "refunds"),
        ("thanks", "account_deletion"), ("what's your name", "account_deletion"),
        ("my email was amy.cho@fastmail.com", "account_deletion"),
    ])
    func anotherQuestionOrAnotherAnswerIsNoFollowUp(text: String, faq: String) {
        #expect(match(text, after: [faq]) == nil, "\(text)")
    }

    @Test func withoutAnAnswerJustGivenNothingMatches() {
        #expect(match("how long does it take?", after: []) == nil)
        #expect(FollowUpMatcher.none.match(Tokenizer().tokenize("how long does it take?"), after: ["account_deletion"]) == nil)
    }
}
