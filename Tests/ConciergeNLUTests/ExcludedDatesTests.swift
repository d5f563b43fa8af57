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
    ("I already told you all this on tuesday", ["on tuesday"]), ("I told you thursday", []), ("i said feb", []),
    // A date said not to suit (blind audit 15).
    ("oops, tomorrow I'm busy — make it Thursday 11am instead", ["tomorrow"]),
    ("friday is out, monday works", ["friday"]),
    // A no right before another date turns that one down (blind audit 40).
    ("i want the demo this week, not january", ["january"]),
    // The visitor's own clock, and an event a noun is about (blind audit 40).
    ("hey, saturday night here lol. can i book a demo for next week", ["saturday night"]),
    ("newsletter for loyalty customers + landing page for xmas orders", ["xmas"]),
    ("our black friday campaign needs sms", ["black friday"]),
])
func excludedDatesAreRead(text: String, excluded: [String]) {
    expectSpans(understand(text).excludedDates, in: text, toStartWith: excluded)
}

/// The spans, as the lowercased text they cover, are one per expected prefix, in order.
func expectSpans(_ spans: [Range<Int>], in text: String, toStartWith expected: [String]) {
    let found = spans.map { text.scalarSlice($0.lowerBound, $0.upperBound).lowercased() }
    #expect(found.count == expected.count, "\(text): \(found)")
    for (span, prefix) in zip(found, expected) { #expect(span.hasPrefix(prefix), "\(text): \(span)") }
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

/// The dates said as the start of the visitor's project: a timeline, never a meeting time
/// (blind audit 40: "want to start next month" booked the demo for January).
@Test(arguments: [
    ("we're 12 ppl, want to start next month", ["next month"]),
    ("we START in january", ["in january"]),
    ("looking to go live in Q1", ["in q1"]),
    ("a january kickoff would be ideal", ["january"]),
    ("start feb", ["feb"]),
    // Meetings, and dates with no start word.
    ("can we start the demo at 3pm tomorrow", []),
    ("thursday afternoon works", []),
    ("we'd like a call next week", []),
])
func startDatesAreRead(text: String, starts: [String]) {
    expectSpans(understand(text).startDates, in: text, toStartWith: starts)
}

/// The dates inside a question that names no meeting: no plan of the visitor's (blind audit 46
/// made "is anyone around on a saturday?" the project's start).
@Test(arguments: [
    ("hey is anyone around on a saturday? want a quote", ["saturday"]),
    ("are you open on sunday?", ["on sunday"]),
    // A meeting named, a time offered, a statement.
    ("can i book a demo for friday at 3?", []),
    ("friday 11am?", []),
    ("we want to start in january", []),
])
func datesAskedAboutAreRead(text: String, asked: [String]) {
    expectSpans(understand(text).askedDates, in: text, toStartWith: asked)
}
