import Foundation
import Testing

/// `serve` loads the bot files again on SIGHUP: the next turn speaks the edited text, and a
/// conversation in the middle of a form keeps its slots.
@Suite struct ServeReloadTests {
    /// A copy of the demo bot that the test may edit.
    func botCopy() throws -> URL {
        let folder = try ConciergeProcess.temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for part in ["intents", "dialogs"] {
            try FileManager.default.copyItem(at: ConciergeProcess.repositoryRoot.appendingPathComponent(part),
                                             to: folder.appendingPathComponent(part))
        }
        return folder
    }

    /// Rewrites `old` as `new` in the bot's main dialog file.
    func edit(_ bot: URL, _ old: String, _ new: String) throws {
        let file = bot.appendingPathComponent("dialogs/main.yml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func aHangupLoadsTheEditedBotAndAnOpenFormKeepsItsSlots() throws {
        let bot = try botCopy()
        let serve = try LineServer(["serve", "--no-store", "--bot", bot.path, "--now", "2026-11-22T10:00:00Z"])
        defer { serve.stop() }
        _ = try serve.send(#"{"session": "desk", "text": "I'd like to book a demo"}"#)
        let asked = try serve.send(#"{"session": "desk", "text": "we're 40 people"}"#)
        #expect(asked.contains("What's the name of your company?"))

        try edit(bot, "When would suit you for a 30-minute demo?", "When shall we meet? (edited)")
        serve.hangup()
        #expect(serve.waitForError(containing: "reloaded:"), "\(serve.errors())")

        let next = try serve.send(#"{"session": "desk", "text": "Acme"}"#)
        #expect(next.contains("When shall we meet? (edited)"))
        #expect(next.contains(#""company":"Acme""#))
        #expect(next.contains(#""team_size":40"#))
    }

    /// A reload finds and fills the model cache as a start does: edited files are trained
    /// once and cached; files seen before are read from the cache, not trained.
    @Test func aHangupUsesAndFillsTheModelCache() throws {
        let bot = try botCopy()
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("concierge-cache-\(UUID().uuidString)").path
        let serve = try LineServer(["serve", "--no-store", "--bot", bot.path, "--now", "2026-11-22T10:00:00Z", "--model-info"],
                                   environment: ["XDG_CACHE_HOME": cache])
        defer { serve.stop() }
        #expect(serve.waitForError(containing: "intents loaded"), "\(serve.errors())")
        #expect(serve.errors().components(separatedBy: "model: trained; cached in \(cache)").count == 2)

        try edit(bot, "When would suit you for a 30-minute demo?", "When shall we meet? (edited)")
        serve.hangup()
        #expect(serve.waitForError(containing: "reloaded:"), "\(serve.errors())")
        #expect(serve.errors().components(separatedBy: "model: trained; cached in \(cache)").count == 3)
        let models = try FileManager.default.contentsOfDirectory(atPath: cache + "/concierge").filter { $0.hasSuffix(".cmodel") }
        #expect(models.count == 2)

        try edit(bot, "When shall we meet? (edited)", "When would suit you for a 30-minute demo?")
        serve.hangup()
        #expect(serve.waitForError(containing: "reloaded:", count: 2), "\(serve.errors())")
        #expect(serve.errors().contains("model: read from \(cache)/concierge/"), "\(serve.errors())")
        #expect(serve.errors().components(separatedBy: "model: trained; cached in").count == 3)
    }

    @Test func aHangupWithBrokenFilesKeepsTheRunningBot() throws {
        let bot = try botCopy()
        let serve = try LineServer(["serve", "--no-store", "--bot", bot.path, "--now", "2026-11-22T10:00:00Z"])
        defer { serve.stop() }
        _ = try serve.send(#"{"session": "desk", "text": "I'd like to book a demo"}"#)
        try edit(bot, #""When would suit you for a 30-minute demo? A day or a time is fine (or say skip).""#, "[unclosed")
        serve.hangup()
        #expect(serve.waitForError(containing: "still serving the previous version"), "\(serve.errors())")
        #expect(serve.errors().contains("dialogs/main.yml:"))
        let asked = try serve.send(#"{"session": "desk", "text": "we're 40 people"}"#)
        #expect(asked.contains("What's the name of your company?"))
    }
}

/// A running `concierge serve`, one request line at a time.
final class LineServer: Sendable {
    let process: Process
    private let input: Pipe
    private let received = Mutexed<[String]>([])
    private let stderr = Mutexed<String>("")
    private let answered = DispatchSemaphore(value: 0)

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process = Process()
        process.executableURL = ConciergeProcess.binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        }
        input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        Self.read(output) { [received, answered] line in
            received.set(received.get() + [line])
            answered.signal()
        }
        Self.read(errors) { [stderr] line in stderr.set(stderr.get() + line + "\n") }
    }

    /// Sends one line and returns its response (a deadline so a regression fails, not hangs).
    func send(_ line: String) throws -> String {
        let count = received.get().count
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
        guard answered.wait(timeout: .now() + 60) == .success, received.get().count > count else {
            throw NoAnswer(line: line)
        }
        return received.get()[count]
    }

    func hangup() {
        kill(process.processIdentifier, SIGHUP)
    }

    func errors() -> String { stderr.get() }

    /// Whether standard error came to hold `text` (`count` times) within 60 seconds.
    func waitForError(containing text: String, count: Int = 1) -> Bool {
        for _ in 0..<600 {
            if stderr.get().components(separatedBy: text).count > count { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    struct NoAnswer: Error {
        var line: String
    }

    /// Reads `pipe` line by line on a thread of its own.
    private static func read(_ pipe: Pipe, _ handle: @escaping @Sendable (String) -> Void) {
        let thread = Thread {
            var pending = Data()
            while true {
                let chunk = pipe.fileHandleForReading.availableData
                if chunk.isEmpty { return }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    handle(String(decoding: pending[..<newline], as: UTF8.self))
                    pending.removeSubrange(...newline)
                }
            }
        }
        thread.start()
    }
}
