import Testing
@testable import ConciergeNLU

/// The dates a message rules out, as the text they cover (blind audit 10: "not monday and
/// afternoons only" booked that Monday).
@Test(arguments: [
    ("not monday and afternoons only", ["monday"]),
    ("NOT monday 14th. any day tue-fri pm", ["monday 14th"]),
    ("any day except friday", ["friday"]),
    ("anything but december 14", ["december 14"]),
    ("apart from thursday I'm free", ["from thursday"]),
    ("no monday please, tuesday works", ["monday"]),
    // Dates proposed, not ruled out.
    ("why not friday?", []),
    ("no, monday is fine", []),
    ("monday at 10", []),
    ("not sure, maybe next tuesday", []),
    // The visitor's own next step (blind audit 11).
    ("let me discuss with my partner and come back tomorrow", ["tomorrow"]),
    ("I'll ask support on monday", ["on monday"]),
    ("we think we'll start in march", []),
    // A date said not to suit (blind audit 15).
    ("oops, tomorrow I'm busy — make it Thursday 11am instead", ["tomorrow"]),
    ("friday is out, monday works", ["friday"]),
])
func excludedDatesAreRead(text: String, excluded: [String]) {
    let reading = understand(text)
    let found = reading.excludedDates.map { text.scalarSlice($0.lowerBound, $0.upperBound).lowercased() }
    #expect(found.count == excluded.count, "\(text): \(found)")
    for (span, expected) in zip(found, excluded) { #expect(span.hasPrefix(expected), "\(text): \(span)") }
}

@Test(arguments: [
    ("not monday and afternoons only", true), ("any day tue-fri pm", true), ("tuesday 3pm works best", true),
    ("mornings are better", true), ("Monday Studio", false), ("Fernleaf Labs", false), ("not sure", false),
    ("we need email and sms", false), ("the 14th", false), ("any time next week", true),
    ("whenever this week works", true), ("The Weekend Times", false),
])
func messagesThatOnlySayWhenAreRead(text: String, onlyWhen: Bool) {
    #expect(understand(text).saysOnlyWhen == onlyWhen, "\(text)")
}

@Test(arguments: [
    ("actually monday instead, same time", true), ("can we do thursday at the same time?", true),
    ("move it to friday, same slot", true), ("friday at 3pm", false), ("monday instead", false),
    ("at the same time we use mailchimp", true),
])
func messagesThatKeepTheTimeOfDayAreRead(text: String, keeps: Bool) {
    // The reading is only the words: the dialog moves a held time of day only with a new day.
    #expect(understand(text).keepsTimeOfDay == keeps, "\(text)")
}

@Test(arguments: [
    ("can we do wednesday instead", ["wednesday"]), ("wednesday at 3pm instead", ["wednesday at 3pm"]),
    ("friday afternoon works", ["friday afternoon"]), ("next wednesday instead", []), ("this friday", []),
    ("wednesday the 16th", []), ("december 16", []),
])
func datesNamedByTheirWeekdayAloneAreRead(text: String, spans: [String]) {
    let reading = understand(text)
    let found = reading.weekdayDates.map { text.scalarSlice($0.lowerBound, $0.upperBound).lowercased() }
    #expect(found == spans, "\(text): \(found)")
}
