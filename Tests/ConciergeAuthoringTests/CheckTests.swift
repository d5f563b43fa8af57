import ConciergeTestSupport
import ConciergeLoader
@testable import ConciergeAuthoring
import ConciergeBot
import Testing

@Suite struct CheckTests {
    static func lint(_ files: [(path: String, contents: String)], transcripts: [TranscriptFile] = []) throws -> [String] {
        let result = BotLoader().load(files: files)
        let bot = try #require(result.definition, "\(result.diagnostics)")
        return BotLints.run(bot, transcripts: transcripts).map(\.description)
    }

    static let intents = """
        slots:
          company: text
          nickname: text
          plan: plan
        entities:
          plan:
            values:
              - starter: [basic]
              - growth
          tier:
            values:
              - basic
        intents:
          greet:
            examples: [hi, hello, hey, hiya, good morning]
          buy:
            examples: [I want to buy, purchase please, sign me up, take my money, I'll buy it]
          idle:
            examples: [hmm, ok then, well, so, right]
        """

    static let dialog = """
        states:
          start:
            say: "Hi {nickname|there}"
            on:
              greet: start
              buy: order
          order:
            form:
              fields:
                - slot: plan
                  ask: Which plan?
                  values: [gold, silver]
                - slot: company
                  ask: Which company?
                  min: 10
                  max: 1
              done: human
          human:
            handoff: true
        """

    @Test func lintsFindDesignProblems() throws {
        let lines = try Self.lint([("intents/a.yml", Self.intents), ("dialogs/main.yml", Self.dialog)])
        let text = lines.joined(separator: "\n")
        #expect(text.contains("intents/a.yml:18:3: warning: intent 'idle' is not handled"))
        #expect(text.contains("dialogs/main.yml:3:11: warning: slot 'nickname' is free text, but no example annotates it"))
        #expect(text.contains("warning: no value allowed for form field 'plan' is a value of entity 'plan'"))
        #expect(text.contains("note: entity 'plan' is defined here"))
        #expect(text.contains("warning: form field 'company' has 'min' greater than 'max'"))
        #expect(text.contains("intents/a.yml:12:9: warning: 'basic' of entity 'tier' is also a value or synonym of entity 'plan'"))
        #expect(text.contains("intents/a.yml:8:9: note: listed in 'plan' here"))
        #expect(!text.contains("'greet' is not handled"))
    }

    @Test func botWithoutDialogsSkipsHandling() throws {
        #expect(try Self.lint([("intents/a.yml", Self.intents)]).allSatisfy { !$0.contains("not handled") })
    }

    @Test func transcriptsNamingUnknownIntentsAreErrors() throws {
        let transcript = TranscriptLoader.load(path: "tests/a.yml", text: "hello:\n  - user: hi\n    intent: gret\n    state: nowhere\n")
        let lines = try Self.lint([("intents/a.yml", Self.intents), ("dialogs/main.yml", Self.dialog)], transcripts: [transcript.file])
        #expect(lines.contains("tests/a.yml:2:5: error: unknown intent 'gret'; did you mean 'greet'?"))
        #expect(lines.contains { $0.hasPrefix("tests/a.yml:2:5: error: unknown state 'nowhere'") })
    }

    @Test func demoBotIsClean() {
        let check = BotCheck.run(directory: DemoBot.root)
        #expect(check.errorCount == 0, "\(check.diagnostics.map(\.description))")
        #expect(check.files.count >= 6)
    }

    @Test func rendererShowsLineCaretAndNotes() {
        let diagnostic = Diagnostic.error("unknown key 'exmaples' in intent 'greet'; did you mean 'examples'?",
                                          at: SourceLocation(file: "intents/a.yml", line: 2, column: 5),
                                          notes: [.init(location: SourceLocation(file: "intents/a.yml", line: 1, column: 1), message: "first listed here")])
        let plain = DiagnosticRenderer(color: false, sources: ["intents/a.yml": "intents:\n    exmaples: [hi]\n"]).render(diagnostic)
        #expect(plain == """
            intents/a.yml:2:5: error: unknown key 'exmaples' in intent 'greet'; did you mean 'examples'?
             2 |     exmaples: [hi]
               |     ^
            intents/a.yml:1:1: note: first listed here
            """)
        let colored = DiagnosticRenderer(color: true).render(diagnostic)
        #expect(colored.contains("\u{1B}[1;31merror:"))
    }

    @Test func summaryCountsAndPlurals() {
        #expect(DiagnosticRenderer.summary(errors: 2, warnings: 1, files: 5) == "2 errors, 1 warning in 5 files")
        #expect(DiagnosticRenderer.summary(errors: 0, warnings: 0, files: 1) == "no problems in 1 file")
        #expect(BotCheck(diagnostics: [.warning("w", at: SourceLocation(file: "a", line: 1, column: 1))], files: [], sources: [:])
            .exitStatus(strict: true) == 1)
    }
}
