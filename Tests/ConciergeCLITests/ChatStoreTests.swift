import Foundation
import GRDB
import Testing

/// The REPL on a store, through the built binary with piped (plain) input: a session resumes
/// in the next process, `/forget` erases it, and `mask_personal_data` reaches the store.
@Suite struct ChatStoreTests {
    static let now = ["--now", "2026-11-22T10:00:00Z"]

    func chat(_ arguments: [String], _ input: String, in folder: URL = ConciergeProcess.repositoryRoot) throws -> [String] {
        let output = try ConciergeProcess.run(arguments + Self.now, stdin: Data(input.utf8), in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdoutLines
    }

    func storePath() throws -> String {
        let folder = try ConciergeProcess.temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("brightwave.sqlite").path
    }

    @Test func aSessionLeftMidFormResumesWithItsPendingQuestion() throws {
        let store = try storePath()
        let first = try chat(["--session", "s1", "--store", store], "I'd like to book a demo\nwe're 40 people\n")
        #expect(first.last == "What's the name of your company?")

        let second = try chat(["--session", "s1", "--store", store], "Acme\n")
        #expect(Array(second.prefix(2)) == ["resumed session s1 (2 turns)", "What's the name of your company?"])
        #expect(!second.contains { $0.contains("virtual assistant") || $0.contains("Brightwave bot") })
        #expect(second.last?.hasPrefix("When would suit you for a 30-minute demo?") == true)

        // Without --session a run is a new conversation, stored under a generated id.
        let fresh = try chat(["chat", "--store", store], "/state\n")
        #expect(fresh.contains { $0.hasPrefix("session: repl-") })
        #expect(!fresh.contains { $0.hasPrefix("resumed session") })
    }

    @Test func forgetInTheREPLRemovesTheLead() throws {
        let store = try storePath()
        let lead = [
            "can someone from sales contact me?", "We want to automate our email campaigns",
            "we're 40 people with about $20k a year, starting next month", "Globex", "yes, I'm the CMO", "sure",
            "I'm Ana Lopez", "ana@globex.com", "skip",
        ]
        let talk = try chat(["--session", "s2", "--store", store], lead.joined(separator: "\n") + "\n")
        #expect(talk.contains { $0.contains("Thank you!") })
        let before = try ConciergeProcess.run(["leads", "--store", store])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("ana@globex.com"))

        let forget = try chat(["--session", "s2", "--store", store], "/forget\n/state\n")
        #expect(forget.contains { $0.hasPrefix("forgot 1 session (s2): 9 transcript turns, 1 lead; new session repl-") })
        #expect(forget.contains { $0.hasPrefix("session: repl-") })
        let after = try ConciergeProcess.run(["leads", "--store", store])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(!after.stdout.contains("ana@globex.com"))
        #expect(after.stdoutLines.count == 1)   // the header only
        for suffix in ["", "-wal", "-shm"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: store + suffix))) ?? Data()
            #expect(bytes.range(of: Data("ana@globex.com".utf8)) == nil, "\(suffix)")
        }
        // The session is gone: the same id starts over.
        let again = try chat(["--session", "s2", "--store", store], "")
        #expect(!again.contains { $0.hasPrefix("resumed session") })
    }

    @Test func withoutAStoreThereIsNothingToForget() throws {
        let lines = try chat(["--no-store"], "book a demo\n/forget\n")
        #expect(lines.contains("nothing is stored: this chat runs without a store (--no-store)"))
        let conflicting = try ConciergeProcess.run(["--no-store", "--store", "x.sqlite"], stdin: Data())
        #expect(conflicting.status != 0)
        let empty = try ConciergeProcess.run(["--session", " "], stdin: Data())
        #expect(empty.status != 0 && empty.stderr.contains("--session"))
    }

    @Test func maskPersonalDataMasksWhatChatAndServeStore() throws {
        let root = ConciergeProcess.repositoryRoot
        var files: [String: String] = [:]
        for folder in ["intents", "dialogs"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path) {
                files["\(folder)/\(name)"] = try String(contentsOf: root.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
            }
        }
        let settings = try #require(files["intents/settings.yml"])
        files["intents/settings.yml"] = settings.replacingOccurrences(
            of: "  name: brightwave\n", with: "  name: brightwave\n  mask_personal_data: true\n")
        let bot = try ConciergeProcess.temporaryFolder(files)
        let store = try storePath()
        _ = try chat(["--bot", bot.path, "--session", "c1", "--store", store], "book a demo\nana@acme.com\n")
        let served = try ConciergeProcess.run(["serve", "--bot", bot.path, "--store", store] + Self.now,
                                              stdin: Data(#"{"session": "w1", "text": "call me at +1 555 201 3344"}"#.utf8 + [0x0A]))
        #expect(served.status == 0, "\(served.stderr)")
        let texts = try DatabaseQueue(path: store).read { db in
            try String.fetchAll(db, sql: "SELECT text FROM turn ORDER BY id")
        }
        #expect(texts == ["book a demo", "[email]", "call me at [phone]"])
    }
}

/// Leaving the REPL is serve's `close`: a demo form agreed to and left halfway is a lead in the
/// store; a conversation with no such form leaves no lead.
@Suite struct ChatCloseTests {
    func leads(_ store: String) throws -> ConciergeProcess.Output {
        let leads = try ConciergeProcess.run(["leads", "--store", store, "--format", "jsonl"])
        #expect(leads.status == 0, "\(leads.stderr)")
        return leads
    }

    @Test(arguments: ["", "/quit\n"])
    func leavingMidFormPassesTheLeadOn(ending: String) throws {
        let store = try ChatStoreTests().storePath()
        let input = ["book a demo please, my email is ana@example.com", "we're 5 people", "Acme", "thursday at 3pm", "yes"]
        let lines = try ChatStoreTests().chat(["--session", "left", "--store", store], input.joined(separator: "\n") + "\n" + ending)
        #expect(!lines.contains { $0.contains("Thank you!") })
        let stored = try leads(store)
        #expect(stored.stdoutLines.count == 1, "\(stored.stdout)")
        #expect(stored.stdout.contains("ana@example.com") && stored.stdout.contains("\"request\":\"demo\""), "\(stored.stdout)")
    }

    @Test func leavingWithoutConsentStoresNoLead() throws {
        let store = try ChatStoreTests().storePath()
        _ = try ChatStoreTests().chat(["--session", "no", "--store", store], "book a demo please, my email is ana@example.com\nwe're 5 people\n")
        #expect(try leads(store).stdoutLines.isEmpty)
    }
}
