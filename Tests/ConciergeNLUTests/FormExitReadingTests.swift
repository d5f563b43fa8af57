import Testing
@testable import ConciergeNLU

/// A message that ends the questions altogether, not one of them (blind audit 61: "stop. i said
/// no demo" got the company question, then the demo time).
@Test(arguments: [
    ("stop", true), ("stop. i said no demo", true), ("no i dont want a demo. are you storing this conversation?", true),
    ("i dont want a demo anymore", true), ("ok cancel this", true), ("i never asked for a call", true),
    ("no more questions please", true), ("Stop!", true),
    ("how do i cancel?", false), ("i dont want a demo before 3pm", false), ("can i stop my subscription", false),
    ("no demo on monday please", false), ("stop asking?", false), ("we want to stop using mailchimp", false),
    ("5 people, no demo yet", false),
])
func formExitsAreRead(text: String, leaves: Bool) {
    #expect(understand(text).leavesForm == leaves, "\(text)")
}
