import ConciergeBot
import ConciergeText
import Yams

extension DialogFileParser {
    /// An FAQ entry's `follow_ups:`: a list of `{questions: […], answer: …, buttons: […]}`,
    /// each needing questions and an answer.
    ///
    ///     follow_ups:
    ///       - questions: [how long does it take, when will it be gone]
    ///         answer: "Within 30 days of the request, backups included."
    mutating func followUps(_ node: Node, of faq: String) -> [FAQFollowUp] {
        var result: [FAQFollowUp] = []
        for item in reader.sequence(node, expected: "a list of follow-up questions with their answers") ?? [] {
            let location = reader.source.location(of: item)
            let context = "a follow-up of FAQ entry '\(faq)'"
            guard let fields = reader.mapping(item, expected: "a follow-up: a mapping with 'questions' and 'answer'") else {
                continue
            }
            var followUp = FAQFollowUp(questions: [], answer: [], location: location)
            for field in reader.known(fields, allowed: DialogFileParser.followUpKeys, in: context) {
                switch field.key {
                case "questions":
                    for question in reader.sequence(field.value, expected: "a list of questions") ?? [] {
                        guard let text = reader.string(question, expected: "a question (a string)")?.trimmingSpaces,
                              !text.isEmpty else { continue }
                        followUp.questions.append(text)
                    }
                case "answer": followUp.answer = templates(field.value)
                default: followUp.buttons = buttons(field.value)
                }
            }
            for key in ["questions", "answer"] where !fields.contains(where: { $0.key == key }) {
                reader.diagnostics.emit(.missingKey(key, in: context), at: location)
            }
            result.append(followUp)
        }
        return result
    }
}
