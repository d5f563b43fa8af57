import Testing
@testable import ConciergeNLU

@Test(arguments: [
    "I already did that", "it still says wrong password", "that didn't help", "tried that, no luck",
    "did that, nothing happens", "same problem as before", "it's still not working", "doesnt work",
])
func reportsOfSomethingThatDidNotWork(text: String) {
    #expect(understand(text).reportsFailure, "\(text)")
}

@Test(arguments: ["where's the link to register??", "how do I reset my password?", "thanks, that worked", "ok great"])
func messagesThatReportNoFailure(text: String) {
    #expect(!understand(text).reportsFailure, "\(text)")
}

@Test(arguments: ["it's working again, it was a plugin. thanks!", "never mind, all sorted", "works now, cheers"])
func reportsThatAProblemIsGone(text: String) {
    #expect(understand(text).reportsSuccess, "\(text)")
    #expect(!understand(text).reportsFailure, "\(text)")
}
