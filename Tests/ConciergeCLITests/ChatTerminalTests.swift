import Foundation
import Testing

/// The REPL in a real terminal (tmux). Skipped, saying why, only when tmux is not installed
/// (CI installs it: .ci/run).
@Suite(.enabled(if: TmuxSession.executable != nil, "tmux is not installed (apt-get install tmux)"))
struct ChatTerminalTests {
    var command: String {
        "'\(ConciergeProcess.binary.path)' --bot '\(ConciergeProcess.repositoryRoot.path)' --now 2026-11-22T10:00:00Z"
    }

    @Test func debugHistoryCtrlCAndCtrlD() throws {
        let tmux = try TmuxSession(command: command)
        defer { tmux.end() }
        try tmux.waitForPrompt(after: "[1] Book a demo")
        tmux.send(literal: "/debug")
        tmux.send(keys: "Enter")
        try tmux.waitForPrompt(after: "debug on")
        tmux.send(literal: "how much is it")
        tmux.send(keys: "Enter")
        try tmux.waitForPrompt(after: "events: faq_answered")
        // Up recalls the last line.
        tmux.send(keys: "Up")
        try tmux.waitFor { _ in tmux.lastLine.hasSuffix("how much is it") && tmux.lastLine.hasPrefix("you") }
        // Ctrl-C clears it and the program goes on.
        tmux.send(keys: "C-c")
        try tmux.waitFor { $0.contains("^C") && tmux.lastLine.hasPrefix("you") && !tmux.lastLine.contains("how much") }
        tmux.send(literal: "/state")
        tmux.send(keys: "Enter")
        try tmux.waitForPrompt(after: "turns: 1")
        // Ctrl-D leaves with status 0.
        tmux.send(keys: "C-d")
        #expect(try tmux.waitForExit() == 0)
        let history = tmux.stateHome.appendingPathComponent("concierge/history")
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.contains("how much is it"))
        #expect(saved.contains("/debug"))
        let permissions = try FileManager.default.attributesOfItem(atPath: history.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func historyIsRestoredAtStart() throws {
        let tmux = try TmuxSession(command: command, history: "remembered line\n")
        defer { tmux.end() }
        try tmux.waitForPrompt(after: "[1] Book a demo")
        tmux.send(keys: "Up")
        try tmux.waitFor { _ in tmux.lastLine.hasSuffix("remembered line") }
        tmux.send(keys: "C-c")
        try tmux.waitFor { $0.contains("^C") && !tmux.lastLine.contains("remembered") }
        tmux.send(literal: "/quit")
        tmux.send(keys: "Enter")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func tabCompletesCommandsAndButtons() throws {
        let tmux = try TmuxSession(command: command)
        defer { tmux.end() }
        try tmux.waitForPrompt(after: "[1] Book a demo")
        tmux.send(literal: "/de")
        tmux.send(keys: "Tab")
        try tmux.waitFor { _ in tmux.lastLine.hasSuffix("/debug") }
        tmux.send(keys: "Enter")
        try tmux.waitForPrompt(after: "debug on")
        tmux.send(literal: "boo")
        tmux.send(keys: "Tab")
        try tmux.waitFor { _ in tmux.lastLine.hasSuffix("Book a demo") }
        tmux.send(keys: "Enter")
        try tmux.waitForPrompt(after: "marketing team")
        tmux.send(keys: "C-d")
        #expect(try tmux.waitForExit() == 0)
    }
}
