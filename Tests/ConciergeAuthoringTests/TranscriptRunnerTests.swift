@testable import ConciergeAuthoring
import ConciergeTestSupport
import ConciergeLoader
import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import Foundation
import Testing

/// Every transcript file of the starter bot, by path, so each file is its own test case.
private let transcriptPaths: [String] = {
    let folder = DemoBot.root + "/tests"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yml") }.sorted().map { "tests/" + $0 }
}()

@Test func starterBotHasTranscripts() throws {
    let (files, diagnostics) = TranscriptLoader.load(directory: DemoBot.root)
    #expect(diagnostics.map(\.description) == [])
    let conversations = files.flatMap(\.conversations)
    #expect(conversations.count >= 20)
    // A conversation without turns would pass without checking anything.
    for conversation in conversations {
        #expect(!conversation.turns.isEmpty, "\(conversation.location): \(conversation.name) has no turns")
    }
}

@Test(arguments: transcriptPaths)
func transcriptPasses(path: String) throws {
    let bot = try #require(DemoBot.loaded.bot, "\(DemoBot.loaded.diagnostics)")
    let text = try String(contentsOfFile: DemoBot.root + "/" + path, encoding: .utf8)
    let (file, diagnostics) = TranscriptLoader.load(path: path, text: text)
    #expect(diagnostics.map(\.description) == [])
    for failure in TranscriptRunner(bot: bot).run(file) {
        Issue.record(Comment(rawValue: failure.description))
    }
}

@Test func replayIsByteForByteDeterministic() throws {
    let bot = try #require(DemoBot.loaded.bot)
    let (files, _) = TranscriptLoader.load(directory: DemoBot.root)
    let runner = TranscriptRunner(bot: bot)
    for conversation in files.flatMap(\.conversations) {
        // Replies compare field by field, confidences bit for bit.
        let first = runner.run(conversation).replies
        let second = runner.run(conversation).replies
        #expect(first == second, "\(conversation.name)")
    }
}

@Test func failuresNameTheFileLineAndWhatDiffered() throws {
    let bot = try #require(DemoBot.loaded.bot)
    let (file, _) = TranscriptLoader.load(path: "tests/wrong.yml", text: """
        wrong expectations:
          - user: hi
            intent: goodbye
            state: nowhere
            reply: banana
            buttons: [Missing]
            events: [handoff]
        """)
    let failures = TranscriptRunner(bot: bot).run(file)
    #expect(failures.count == 5)
    #expect(failures.allSatisfy { $0.description.hasPrefix("tests/wrong.yml:2:5: error: [wrong expectations]") })
    #expect(failures.first?.message.contains("expected intent 'goodbye', got 'greet'") == true)
}

@Test func malformedTranscriptIsReportedWithItsPlace() {
    let (file, diagnostics) = TranscriptLoader.load(path: "tests/bad.yml", text: """
        a conversation:
          - intent: greet
          - user: hi
            replly: hello
        """)
    #expect(diagnostics.map(\.description) == [
        "tests/bad.yml:2:5: error: missing 'user' in a turn",
        "tests/bad.yml:4:5: error: unknown key 'replly' in a turn; did you mean 'reply'?",
    ])
    #expect(file.conversations.first?.turns.count == 1)
}
