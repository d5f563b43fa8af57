import Foundation
import Testing

@Suite struct CheckCommandTests {
    /// A copy of the demo bot's intents and dialogs in a temporary folder, with edits applied.
    static func demoCopy(_ edit: (inout [String: String]) -> Void = { _ in }) throws -> URL {
        let root = ConciergeProcess.repositoryRoot
        var files: [String: String] = [:]
        for folder in ["intents", "dialogs", "tests"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for name in names where name.hasSuffix(".yml") {
                let data = try Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name))
                files["\(folder)/\(name)"] = String(decoding: data, as: UTF8.self)
            }
        }
        edit(&files)
        return try ConciergeProcess.temporaryFolder(files)
    }

    @Test func demoBotIsClean() throws {
        let output = try ConciergeProcess.run(["check"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.range(of: #"^no problems in \d+ files\n$"#, options: .regularExpression) != nil, "\(output.stdout)")
        #expect(!output.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func brokenCopyIsLocatedWithSuggestionsAndNotes() throws {
        let folder = try Self.demoCopy { files in
            files["intents/smalltalk.yml"] = files["intents/smalltalk.yml"]?
                .replacingOccurrences(of: "  goodbye:\n    examples:", with: "  goodbye:\n    exmaples:")
            files["intents/extra.yml"] = "intents:\n  greet:\n    examples: [hi, hello, hey, yo, hiya]\n"
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ConciergeProcess.run(["check"], in: folder)
        #expect(output.status == 1)
        let lines = output.stdoutLines
        #expect(lines.contains { $0.range(of: #"^intents/smalltalk\.yml:\d+:5: error: unknown key 'exmaples' in intent 'goodbye'; did you mean 'examples'\?$"#, options: .regularExpression) != nil }, "\(output.stdout)")
        #expect(lines.contains { $0.hasPrefix("intents/smalltalk.yml:") && $0.contains("error: intent 'greet' is defined twice") }, "\(output.stdout)")
        #expect(lines.contains { $0.hasPrefix("intents/extra.yml:2:3: note: first defined here") || $0.contains(": note: first defined here") })
        #expect(lines.contains { $0.range(of: #"^\d+ errors?, \d+ warnings? in \d+ files$"#, options: .regularExpression) != nil }, "\(output.stdout)")
    }

    @Test func strictFailsOnWarnings() throws {
        let folder = try Self.demoCopy { files in
            files["intents/extra.yml"] = "intents:\n  shrug:\n    examples: [meh, whatever, dunno]\n"
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let relaxed = try ConciergeProcess.run(["check"], in: folder)
        #expect(relaxed.status == 0, "\(relaxed.stdout)")
        #expect(relaxed.stdout.contains("intents/extra.yml:2:3: warning: intent 'shrug' has only 3 examples"))
        #expect(relaxed.stdout.contains("warning: intent 'shrug' is not handled"))
        let strict = try ConciergeProcess.run(["check", "--strict"], in: folder)
        #expect(strict.status == 1)
    }

    @Test func yamlSyntaxErrorShowsTheLine() throws {
        let folder = try Self.demoCopy { files in
            files["dialogs/main.yml"] = files["dialogs/main.yml"]?
                .replacingOccurrences(of: "    final: true\n", with: "    final: [true\n", options: [], range: nil)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ConciergeProcess.run(["check"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("dialogs/main.yml:"))
        #expect(output.stdout.contains("error: YAML syntax error"))
        #expect(output.stdout.contains(" | "), "the offending line is shown")
    }
}
