@testable import ConciergeLoader
import ConciergeBot
import Testing

/// What the loader makes of slot kinds, personal slots, languages, business hours and the
/// engine's phrases with their own placeholders.
@Suite struct SlotKindAndHoursLoadingTests {
    struct SlotRow: CustomTestStringConvertible, Sendable {
        var yaml: String
        var entity: String?
        var kind: SlotKind
        var personal: Bool
        var testDescription: String { yaml }
    }

    static let slotRows: [SlotRow] = [
        SlotRow(yaml: "number", entity: "number", kind: .value, personal: false),
        SlotRow(yaml: "email", entity: "email", kind: .value, personal: true),
        SlotRow(yaml: "phone", entity: "phone", kind: .value, personal: true),
        SlotRow(yaml: "text", entity: nil, kind: .value, personal: false),
        SlotRow(yaml: "{entity: number, kind: head_count}", entity: "number", kind: .headCount, personal: false),
        SlotRow(yaml: "{entity: money, kind: budget}", entity: "money", kind: .budget, personal: false),
        SlotRow(yaml: "{entity: text, kind: person_name}", entity: nil, kind: .personName, personal: true),
        SlotRow(yaml: "{entity: text, kind: person_name, personal: false}", entity: nil, kind: .personName, personal: false),
        SlotRow(yaml: "{entity: text, kind: company}", entity: nil, kind: .company, personal: false),
        SlotRow(yaml: "{entity: text, kind: need, personal: true}", entity: nil, kind: .need, personal: true),
        SlotRow(yaml: "{entity: email, personal: false}", entity: "email", kind: .value, personal: false),
        SlotRow(yaml: "{entity: phone}", entity: "phone", kind: .value, personal: true),
        SlotRow(yaml: "{entity: text, kind: yes_no}", entity: nil, kind: .yesNo, personal: false),
    ]

    @Test(arguments: slotRows)
    func slotShapes(_ row: SlotRow) throws {
        let result = BotLoader().load(files: [
            (path: "intents/a.yml", contents: "slots:\n  it: \(row.yaml)\nintents:\n  greet:\n    examples: [hi, hello, hey, hiya, yo]\n"),
        ])
        #expect(result.diagnostics.map(\.description) == [])
        let slot = try #require(result.definition?.slots.first)
        #expect(slot.entity == row.entity)
        #expect(slot.kind == row.kind)
        #expect(slot.personal == row.personal)
    }

    @Test func languagesAndBusinessHoursLoad() throws {
        let dialog = """
            settings:
              languages: [en, de]
              business_hours:
                time_zone: America/New_York
                days: [sat, mon, fri]
                open: 08:30
                close: "24:00"
            states:
              human:
                handoff: true
            """
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: dialog), BotFile.greetText])
        #expect(result.errors.map(\.description) == [])
        let settings = try #require(result.definition?.dialog?.settings)
        #expect(settings.languages == ["en", "de"])
        #expect(settings.businessHours == BusinessHours(timeZone: "America/New_York", weekdays: [7, 2, 6], opens: 510, closes: 1440))
    }

    @Test func defaultsAreEnglishAndNoHours() throws {
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: BotFile.handoffOnly), BotFile.greetText])
        let settings = try #require(result.definition?.dialog?.settings)
        #expect(settings.languages == ["en"])
        #expect(settings.businessHours == nil)
    }

    /// `{expected}` is filled by the engine in `answer_missing`; elsewhere it would be a slot.
    @Test func engineArgumentsAreNotSlots() {
        let dialog = "settings:\n  messages:\n    answer_missing: \"No {expected} there.\"\n    fallback: \"What {expected}?\"\n"
            + BotFile.handoffOnly
        let result = BotLoader().load(files: [(path: "dialogs/main.yml", contents: dialog), BotFile.greetText])
        #expect(result.errors.map(\.description) == [
            "dialogs/main.yml:4:22: error: unknown slot 'expected'; declare it under 'slots:' in an intents file",
        ])
    }

    @Test(arguments: ["00:00", "09:05", "23:59", "24:00"])
    func clockTimesRead(_ text: String) {
        #expect(DialogFileParser.clockMinutes(text) != nil)
    }

    @Test(arguments: ["9:00", "24:01", "12:60", "25:00", "12-30", "０９:００", " 9:00", "12:3"])
    func clockTimesRefused(_ text: String) {
        #expect(DialogFileParser.clockMinutes(text) == nil)
    }
}

extension BotFile {
    /// `BotFile.greet` as the loader's `files:` argument.
    static let greetText = (path: "intents/greet.yml", contents: "intents:\n  greet:\n    examples: [hi, hello, hey, hiya, good morning]\n")
}
