import Foundation
import Testing

@Suite struct TestCommandTests {
    @Test func demoBotReportsIntentsAndConversations() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("concierge-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let output = try ConciergeProcess.run(["test", "--folds", "3", "--seed", "7", "--report", report.path])
        #expect(output.stdout.contains("Intents: 3-fold cross-validation on"))
        #expect(output.stdout.contains("precision"))
        #expect(output.stdout.contains("Conversations: "))
        // The exit status follows the conversations only.
        let failed = output.stdout.contains("  FAIL  ")
        #expect(output.status == (failed ? 1 : 0), "\(output.stderr)")
        let html = try String(contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(!output.stderr.contains("\r["), "no progress bar when stderr is not a terminal")
    }

    @Test func sameSeedSameResult() throws {
        let first = try ConciergeProcess.run(["test", "--seed", "3"])
        let second = try ConciergeProcess.run(["test", "--seed", "3"])
        #expect(first.stdout == second.stdout)
    }

    @Test func failingConversationFailsTheRun() throws {
        let root = ConciergeProcess.repositoryRoot
        var files: [String: String] = [:]
        for folder in ["intents", "dialogs"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path) where name.hasSuffix(".yml") {
                files["\(folder)/\(name)"] = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
            }
        }
        files["tests/wrong.yml"] = "greeting goes nowhere:\n  - user: hi\n    state: no_such_state\n"
        let folder = try ConciergeProcess.temporaryFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ConciergeProcess.run(["test", "--folds", "2"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("FAIL  tests/wrong.yml:1:1  greeting goes nowhere"))
        #expect(output.stdout.contains("tests/wrong.yml:2:5: "))
    }
}
