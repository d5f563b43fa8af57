@testable import ConciergeDialog
import ConciergeEntities
import ConciergeJSON
import ConciergeNLU
import Testing

/// The slot-filling policy, case by case (docs/dialog-files.md, "Slot filling"), on
/// `LeadBot` with hand-written NLU readings.
@Suite struct SlotPolicyTests {
    typealias Fact = Understanding.NumberFact

    /// The lead form, opened and asking its first question (need).
    static let opened = LeadBot.message("talk to sales", "contact_sales", decision: .exactExample)

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var before: [ParseResult]
        var message: ParseResult
        var slots: [String: JSONValue]
        var says: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a number inside an answer about something else fills no number slot",
             before: [opened], message: LeadBot.message("marketing for a chain of 4 bookstores",
                                                        reading: Understanding(numbers: [Fact(value: 4, start: 25, end: 26, evidence: .bare)])),
             slots: ["need": "marketing for a chain of 4 bookstores"], says: "How many people?"),
        Case(name: "a head count with people words fills its slot while another is asked",
             before: [opened], message: LeadBot.message("email campaigns, we're 30 people",
                                                        reading: Understanding(headCount: Fact(value: 30, start: 23, end: 32, evidence: .explicit))),
             slots: ["need": "email campaigns, we're 30 people", "team_size": 30], says: "Noted: 30 people. / Budget?"),
        Case(name: "a bare number answers the head-count question",
             before: [opened, LeadBot.message("newsletters")],
             message: LeadBot.message("around 40", reading: Understanding(headCount: Fact(value: 40, start: 7, end: 9, evidence: .bare))),
             slots: ["need": "newsletters", "team_size": 40], says: "Budget?"),
        Case(name: "a bare number does not fill the head count while the budget is asked",
             before: [opened, LeadBot.message("newsletters"),
                      LeadBot.message("12 people", reading: Understanding(headCount: Fact(value: 12, start: 0, end: 9, evidence: .explicit)))],
             message: LeadBot.message("about 300 a month", reading: Understanding(
                budget: .init(value: ["amount": 300, "currency": "USD", "period": "month"], start: 6, end: 17, evidence: .explicit),
                numbers: [Fact(value: 300, start: 6, end: 9, evidence: .bare)])),
             slots: ["need": "newsletters", "team_size": 12, "budget": ["amount": 300, "currency": "USD", "period": "month"]],
             says: "Company?"),
        Case(name: "a filled slot is not changed by a number without a correction",
             before: [opened, LeadBot.message("newsletters"),
                      LeadBot.message("12 people", reading: Understanding(headCount: Fact(value: 12, start: 0, end: 9, evidence: .explicit)))],
             message: LeadBot.message("we have 40 people in total", reading: Understanding(
                headCount: Fact(value: 40, start: 8, end: 17, evidence: .explicit), freeText: nil)),
             slots: ["need": "newsletters", "team_size": 12], says: nil),
        Case(name: "a correction changes the slot filled last and says so in words",
             before: [opened, LeadBot.message("newsletters"),
                      LeadBot.message("12 people", reading: Understanding(headCount: Fact(value: 12, start: 0, end: 9, evidence: .explicit)))],
             message: LeadBot.message("sorry, I meant 30", reading: Understanding(
                numbers: [Fact(value: 30, start: 15, end: 17, evidence: .bare)], isCorrection: true)),
             slots: ["need": "newsletters", "team_size": 30], says: "Got it — 30 people, not 12 people. / Budget?"),
        Case(name: "skip is never a name",
             before: [opened], message: LeadBot.answer("skip", .skip),
             slots: [:], says: "We can leave these questions."),
        Case(name: "a company and a head count in one message fill both",
             before: [opened, LeadBot.message("newsletters")],
             message: LeadBot.message("Acme, 12 of us", reading: Understanding(
                company: .init(value: "Acme", start: 0, end: 4), headCount: Fact(value: 12, start: 6, end: 14, evidence: .explicit))),
             slots: ["need": "newsletters", "team_size": 12, "company": "Acme"], says: "Noted: 12 people, Acme. / Budget?"),
        Case(name: "a phone number's digits never fill the head count",
             before: [opened, LeadBot.message("newsletters")],
             message: LeadBot.message("+44 7700 900123", entities: [
                EntityMatch(entity: "phone", value: "+447700900123", text: "+44 7700 900123", start: 0, end: 15),
                EntityMatch(entity: "number", value: 44, text: "44", start: 1, end: 3),
             ], reading: Understanding(freeText: nil)),
             slots: ["need": "newsletters"], says: nil),
    ]

    @Test(arguments: cases) func policy(_ row: Case) {
        let (outputs, session) = LeadBot.play(row.before + [row.message])
        #expect(session.slots == row.slots)
        if let says = row.says { #expect(LeadBot.text(outputs.last) == says) }
    }

    @Test func aCorrectionIsRecordedOnce() {
        let (outputs, _) = LeadBot.play([
            Self.opened, LeadBot.message("newsletters"),
            LeadBot.message("12 people", reading: Understanding(headCount: Fact(value: 12, start: 0, end: 9, evidence: .explicit))),
            LeadBot.message("sorry, I meant 30", reading: Understanding(
                numbers: [Fact(value: 30, start: 15, end: 17, evidence: .bare)], isCorrection: true)),
        ])
        let confirmations = outputs.last?.actions.filter { if case .confirmSlot = $0 { true } else { false } }
        #expect(confirmations == [.confirmSlot("team_size", old: 12, new: 30)])
    }

    @Test func aYesNoQuestionTakesParaphrasesNLUReadAsYes() {
        let (_, session) = LeadBot.play([
            Self.opened, LeadBot.message("newsletters"),
            LeadBot.message("12 people", reading: Understanding(headCount: Fact(value: 12, start: 0, end: 9, evidence: .explicit))),
            LeadBot.answer("skip", .skip),
            LeadBot.message("Acme", reading: Understanding(company: .init(value: "Acme", start: 0, end: 4))),
            LeadBot.answer("I'm the head of marketing and I make the decision", .yes),
        ])
        #expect(session.slots["decision_maker"] == "yes")
        #expect(session.form?.slot == "consent")
    }
}
