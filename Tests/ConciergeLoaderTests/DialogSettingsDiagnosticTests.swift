import Testing

/// The loader's diagnostics about the dialog settings `languages:` and `business_hours:`:
/// one minimal bot per message, and the one diagnostic it gives.
@Suite struct DialogSettingsDiagnosticTests {
    @Test(arguments: DialogSettingsDiagnosticTests.cases)
    func givesItsOneDiagnostic(_ row: DiagnosticCase) {
        #expect(row.loaderDiagnostics() == [row.expected])
    }

    /// Dialog settings with valid business hours (lines 2–6) and a handoff state, with `line`
    /// of the hours replaced by `replacement` (nil removes it).
    private static func hours(_ message: String, line: String, _ replacement: String?, _ expected: String) -> DiagnosticCase {
        let valid = [
            "  business_hours:", "    time_zone: Europe/Berlin", "    days: [mon, tue, wed, thu, fri]",
            "    open: \"09:00\"", "    close: \"18:00\"",
        ]
        let lines = valid.compactMap { $0.hasPrefix("    \(line):") ? replacement : $0 }
        let dialog = "settings:\n" + lines.map { $0 + "\n" }.joined() + BotFile.handoffOnly
        return DiagnosticCase(message, [.dialogIntents, .dialog(dialog)], expected)
    }

    private static func languages(_ message: String, _ list: String, _ expected: String) -> DiagnosticCase {
        DiagnosticCase(message, [.dialogIntents, .dialog("settings:\n  languages: \(list)\n" + BotFile.handoffOnly)], expected)
    }

    static let cases: [DiagnosticCase] = [
        languages("invalidLanguage (upper case)", "[en, DE]",
                  "dialogs/main.yml:2:19: error: expected an ISO 639-1 language code of two lowercase letters "
                    + "(like 'en' or 'de'), found 'DE'"),
        languages("invalidLanguage (a name)", "[english]",
                  "dialogs/main.yml:2:15: error: expected an ISO 639-1 language code of two lowercase letters "
                    + "(like 'en' or 'de'), found 'english'"),
        languages("noLanguages", "[]", "dialogs/main.yml:2:14: error: 'languages' must list at least one language, like [en]"),
        languages("wrongType (languages)", "en", "dialogs/main.yml:2:14: error: expected a list of language codes like [en, de], found 'en'"),
        hours("unknownTimeZone (did you mean)", line: "time_zone", "    time_zone: Europe/Berln",
              "dialogs/main.yml:3:16: error: unknown time zone 'Europe/Berln'; did you mean 'Europe/Berlin'?"),
        hours("unknownTimeZone (nothing near)", line: "time_zone", "    time_zone: Mars/Olympus_Mons",
              "dialogs/main.yml:3:16: error: unknown time zone 'Mars/Olympus_Mons'; use an IANA time zone like "
                + "'Europe/Berlin' or 'America/New_York'"),
        hours("unknownDay (did you mean)", line: "days", "    days: [mon, tues]",
              "dialogs/main.yml:4:17: error: unknown day 'tues'; did you mean 'tue'?"),
        hours("unknownDay (the days)", line: "days", "    days: [weekdays]",
              "dialogs/main.yml:4:12: error: unknown day 'weekdays'; expected one of: sun, mon, tue, wed, thu, fri, sat"),
        hours("noOpenDays", line: "days", "    days: []",
              "dialogs/main.yml:4:11: error: 'days' must list at least one day, like [mon, tue, wed, thu, fri]"),
        hours("invalidClockTime (one digit)", line: "open", "    open: \"9:00\"",
              "dialogs/main.yml:5:11: error: 'open' must be a time HH:MM between 00:00 and 24:00 (like \"09:00\"), found '9:00'"),
        hours("invalidClockTime (after midnight)", line: "close", "    close: \"24:30\"",
              "dialogs/main.yml:6:12: error: 'close' must be a time HH:MM between 00:00 and 24:00 (like \"09:00\"), "
                + "found '24:30'"),
        hours("closeNotAfterOpen", line: "close", "    close: \"09:00\"",
              "dialogs/main.yml:6:12: error: 'close' must be later than 'open' on the same day"),
        hours("missingKey (business_hours)", line: "close", nil,
              "dialogs/main.yml:2:3: error: missing 'close' in business_hours"),
        hours("unknownKey (business_hours)", line: "time_zone", "    time_zone: Europe/Berlin\n    timezone: UTC",
              "dialogs/main.yml:4:5: error: unknown key 'timezone' in business_hours; did you mean 'time_zone'?"),
    ]
}
