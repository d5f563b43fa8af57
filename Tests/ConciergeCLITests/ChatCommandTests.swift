import Foundation
import Testing

/// The REPL with standard input from a pipe: plain output a script can read.
@Suite struct ChatCommandTests {
    @Test func pipedInputGivesPlainScriptableOutput() throws {
        let input = "2\n/debug\nbook a demo\n/slots\n/why\n/nope\n"
        let output = try ConciergeProcess.run(["--now", "2026-11-22T10:00:00Z"], stdin: Data(input.utf8))
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdoutLines
        #expect(lines.contains("[1] Book a demo  [2] Pricing  [3] Free trial  [4] Talk to a human"))
        #expect(lines.contains("> Pricing"))
        #expect(lines.contains { $0.contains("$29") })
        #expect(lines.contains("debug on"))
        #expect(lines.contains("state: welcome → demo_form"))
        #expect(lines.contains("no slots filled"))
        #expect(lines.contains { $0.hasPrefix("transition: ") })
        #expect(lines.contains("error: unknown command /nope; /help lists the commands"))
        #expect(!output.stdout.contains("\u{1B}"))
        #expect(!output.stdout.contains("you›"))
    }

    @Test func chatIsAlsoANamedSubcommandAndSanitizesEcho() throws {
        let output = try ConciergeProcess.run(["chat", "--now", "2026-11-22T10:00:00Z"], stdin: Data("/nope\u{1B}[2J\n".utf8))
        #expect(output.status == 0)
        #expect(output.stdout.contains("unknown command /nope\\e[2J"))
        #expect(!output.stdout.contains("\u{1B}"))
    }
}
