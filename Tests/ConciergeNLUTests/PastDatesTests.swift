@testable import ConciergeNLU
import Testing

/// A date of the present period is when something happened in a sentence that reports an
/// event or names a billing period, and a plan otherwise.
@Test(arguments: [
    ("hi i think i got charged twice ", true), ("reveal the leads collected ", true),
    ("i want some credit for ", true), ("the bounces were bad. we want to start ", false),
    ("we were hoping to start ", false), ("we want to start ", false), ("", false),
])
func eventsAreReportedBeforeADate(text: String, reports: Bool) {
    #expect(PastDates.reportsEvent(text + "this month", before: text.unicodeScalars.count) == reports, "\(text)")
}
