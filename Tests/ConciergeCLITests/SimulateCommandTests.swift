import Foundation
import Testing

@Suite struct SimulateCommandTests {
    @Test func demoBotPersonasAreJudgedAndReported() throws {
        let output = try ConciergeProcess.run(["simulate", "--seeds", "2"])
        let summary = try #require(output.stdoutLines.last)
        #expect(summary.hasPrefix("\(2 * personaCount()) conversations with \(personaCount()) personas × 2 seeds: "), "\(summary)")
        #expect(summary.contains("consent violations") && summary.contains("wrong slot values"))
        // The exit status is the verdict: 1 exactly when a persona failed.
        #expect(output.status == (output.stdout.contains("  FAIL  ") ? 1 : 0), "\(output.stderr)")
        #expect(output.stderr.isEmpty, "\(output.stderr)")
    }

    @Test func jsonIsOneObjectAndRunsAreReproducible() throws {
        let first = try ConciergeProcess.run(["simulate", "--seed", "3", "--json"])
        let second = try ConciergeProcess.run(["simulate", "--seed", "3", "--json"])
        #expect(first.stdout == second.stdout)
        #expect(first.stdoutLines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(object["conversations"] as? Int == personaCount())
        let personas = try #require(object["personas"] as? [[String: Any]])
        #expect(personas.count == personaCount())
        #expect(personas.allSatisfy { $0["goal"] is String && $0["success_rate"] is NSNumber && $0["failures"] is [Any] })
    }

    @Test func onePersonaVerbosePrintsTranscripts() throws {
        let output = try ConciergeProcess.run(["simulate", "--persona", "skip-the-name", "--seeds", "1", "--verbose"])
        #expect(output.stdoutLines.first?.contains("skip-the-name") == true)
        #expect(output.stdout.contains("1 conversations with 1 persona × 1 seed"))
        if output.status != 0 { #expect(output.stdout.contains("— skip-the-name, seed 1")) }
    }

    @Test func anUnknownPersonaOrABrokenFileIsAnError() throws {
        let unknown = try ConciergeProcess.run(["simulate", "--persona", "nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: no persona named 'nobody'"))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concierge-simulate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["intents", "dialogs", "personas"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let root = ConciergeProcess.repositoryRoot
        for path in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("intents").path) {
            try FileManager.default.copyItem(at: root.appendingPathComponent("intents/" + path), to: folder.appendingPathComponent("intents/" + path))
        }
        for path in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("dialogs").path) {
            try FileManager.default.copyItem(at: root.appendingPathComponent("dialogs/" + path), to: folder.appendingPathComponent("dialogs/" + path))
        }
        try "goal: leed\nsay:\n  open: hi\n".write(to: folder.appendingPathComponent("personas/typo.yml"), atomically: true, encoding: .utf8)
        let broken = try ConciergeProcess.run(["simulate", "--bot", folder.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("personas/typo.yml:1:7: error: unknown goal 'leed'; did you mean 'lead'?"), "\(broken.stderr)")
    }

    private func personaCount() -> Int {
        let folder = ConciergeProcess.repositoryRoot.appendingPathComponent("personas").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yml") }.count
    }
}
