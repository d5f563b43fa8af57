import Foundation
import Testing

/// `serve` on a store: sessions resume in a new process, and `forget` removes them.
@Suite struct ServeStoreTests {
    func lines(_ requests: [String], store: URL) throws -> [[String: Any]] {
        let output = try ConciergeProcess.run(
            ["serve", "--store", store.path, "--now", "2026-11-22T10:00:00Z"],
            stdin: Data((requests.joined(separator: "\n") + "\n").utf8))
        #expect(output.status == 0, "\(output.stderr)")
        return try output.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func aSessionResumesInTheNextProcessAndForgetRemovesIt() throws {
        let folder = try ConciergeProcess.temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("store.sqlite")
        let first = try lines([#"{"session": "w1", "text": "I want to book a demo"}"#], store: store)
        #expect(first.first?["state"] as? String == "demo_form")

        // A new process on the same store picks the form up where it stopped.
        let second = try lines([#"{"session": "w1", "text": "we're 12 people"}"#,
                                #"{"session": "w1", "text": "Acme, and my email is ana@example.com"}"#], store: store)
        let slots = try #require(second.last?["slots"] as? [String: Any])
        #expect(slots["team_size"] as? Int == 12)
        #expect(slots["company"] as? String == "Acme")
        // Before consent the e-mail is held: the store has its turn masked.
        #expect(slots["email"] == nil)
        #expect(try Data(contentsOf: store).range(of: Data("ana@example.com".utf8)) == nil)
        #expect(second.last?["state"] as? String == "demo_form")

        let forgotten = try lines([#"{"session": "w1", "type": "forget", "id": 9}"#], store: store)
        let summary = try #require(forgotten.first?["forgotten"] as? [String: Any])
        #expect(summary["sessions"] as? [String] == ["w1"])
        #expect(forgotten.first?["id"] as? Int == 9)

        // Forgotten: the next message starts a new conversation with no slots.
        let after = try lines([#"{"session": "w1", "text": "hello"}"#], store: store)
        #expect((after.first?["slots"] as? [String: Any])?["team_size"] == nil)
        let bytes = try Data(contentsOf: store)
        #expect(bytes.range(of: Data("ana@example.com".utf8)) == nil)
    }

    /// Details typed before consent reach the worker that takes the yes, sealed under the
    /// key beside the store: never readable in the store, gone with a refusal.
    @Test func detailsHeldForConsentReachTheNextProcessSealed() throws {
        let folder = try ConciergeProcess.temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("store.sqlite")
        let opening = #"{"session": "w1", "text": "I'd like a demo for 12 people, I work at Acme. I'm Ana Lopez, ana@example.com"}"#
        let asked = try lines([opening], store: store)
        _ = try lines([#"{"session": "w1", "text": "skip"}"#], store: store)
        #expect((asked.first?["slots"] as? [String: Any])?["email"] == nil)
        let key = folder.appendingPathComponent("store.sqlite.seal-key")
        #expect(try Data(contentsOf: key).count == 32)
        for file in [store, folder.appendingPathComponent("store.sqlite-wal")] {
            let bytes = (try? Data(contentsOf: file)) ?? Data()
            #expect(bytes.range(of: Data("ana@example.com".utf8)) == nil && bytes.range(of: Data("Ana Lopez".utf8)) == nil)
        }

        let answered = try lines([#"{"session": "w1", "text": "yes"}"#], store: store)
        let slots = try #require(answered.first?["slots"] as? [String: Any])
        #expect(slots["email"] as? String == "ana@example.com")
        #expect(slots["name"] as? String == "Ana Lopez")
        let texts = (answered.first?["replies"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(!texts.joined().contains("once more"), "\(texts)")

        // Another session refuses: nothing sealed is left of it.
        _ = try lines([opening.replacingOccurrences(of: "w1", with: "w2")], store: store)
        _ = try lines([#"{"session": "w2", "text": "skip"}"#], store: store)
        let refused = try lines([#"{"session": "w2", "text": "no"}"#], store: store)
        #expect((refused.first?["slots"] as? [String: Any])?["email"] == nil)
        let again = try lines([#"{"session": "w2", "text": "actually yes, you can keep my email"}"#], store: store)
        #expect((again.first?["slots"] as? [String: Any])?["email"] == nil)
    }

    @Test func noStoreKeepsNothing() throws {
        let folder = try ConciergeProcess.temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = try ConciergeProcess.run(
            ["serve", "--no-store", "--bot", ConciergeProcess.repositoryRoot.path, "--now", "2026-11-22T10:00:00Z"],
            stdin: Data(#"{"session": "x", "text": "hi"}"#.utf8 + [0x0A]), in: folder)
        #expect(output.status == 0)
        #expect(output.stdoutLines.count == 1)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true)
    }

    /// A desk that sends one line and waits for its answer is answered while the input stays
    /// open: the turn's commit runs beside the next batch, but a lone batch is not held back
    /// for company. (If it were, this test would wait for its deadline and fail.)
    @Test func oneLineAtATimeIsAnsweredWithoutMoreInput() throws {
        let folder = try ConciergeProcess.temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = ConciergeProcess.binary
        process.arguments = ["serve", "--store", folder.appendingPathComponent("store.sqlite").path,
                             "--bot", ConciergeProcess.repositoryRoot.path, "--now", "2026-11-22T10:00:00Z"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }

        let received = Mutexed<[String]>([])
        let answered = DispatchSemaphore(value: 0)
        let reader = Thread {
            var pending = Data()
            while true {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    received.set(received.get() + [String(decoding: pending[..<newline], as: UTF8.self)])
                    pending.removeSubrange(...newline)
                    answered.signal()
                }
            }
        }
        reader.start()
        for (index, text) in ["hi", "I want to book a demo", "ana@example.com"].enumerated() {
            let line = #"{"session": "desk", "id": \#(index), "text": "\#(text)"}"#
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            // A deadline only so that a regression fails instead of hanging the suite.
            #expect(answered.wait(timeout: .now() + 60) == .success, "no answer to line \(index)")
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let responses = try received.get().map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(responses.map { $0["id"] as? Int } == [0, 1, 2])
        #expect(responses.last?["state"] as? String == "demo_form")
    }
}
