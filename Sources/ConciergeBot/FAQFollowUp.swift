/// A question that leans on an FAQ answer just given, with its own answer: "how long does it
/// take?" right after the erasure answer means the erasure. Out of that context the same words
/// mean nothing in particular, so follow-ups are not intents: NLU compares a message with the
/// follow-ups of the answer the bot just gave, and only those.
///
///     faq:
///       account_deletion:
///         answer: "…everything is erased within 30 days…"
///         follow_ups:
///           - questions: [how long does it take, when will it be done]
///             answer: "Within 30 days of the request, backups included…"
public struct FAQFollowUp: Sendable, Codable, Hashable {
    public var questions: [String]
    public var answer: [Template]
    public var buttons: [ButtonDefinition]
    public var location: SourceLocation

    public init(questions: [String], answer: [Template], buttons: [ButtonDefinition] = [], location: SourceLocation) {
        self.questions = questions
        self.answer = answer
        self.buttons = buttons
        self.location = location
    }
}
