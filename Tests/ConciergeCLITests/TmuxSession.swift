import Foundation

/// A program running in a real terminal: a detached tmux session on its own socket, driven
/// with send-keys and read with capture-pane, so the REPL's readline behaviour is tested as
/// a person would see it.
///
///     let tmux = try TmuxSession(command: "concierge --bot .")
///     tmux.send(literal: "/debug"); tmux.send(keys: "Enter")
///     try tmux.waitFor { $0.contains("debug on") }
struct TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        var screen: String
        var description: String { "timed out; the screen was:\n\(screen)" }
    }

    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    let tmux: String
    let socket = "concierge-test-\(UUID().uuidString.prefix(8))"
    let folder: URL

    /// Starts `command` in an 100×40 terminal; its exit status lands in `status` when it ends.
    /// `history` is written to the history file first, as if from an earlier run.
    init(command: String, environment: [String: String] = [:], history: String? = nil) throws {
        guard let tmux = Self.executable else { throw CocoaError(.executableNotLoadable) }
        self.tmux = tmux
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("concierge-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let history {
            let state = folder.appendingPathComponent("state/concierge")
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            try Data(history.utf8).write(to: state.appendingPathComponent("history"))
        }
        var variables = ["XDG_STATE_HOME": stateHome.path, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        variables.merge(environment) { _, new in new }
        let exports = variables.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let script = "env \(exports) \(command); echo $? > '\(statusFile.path)'; sleep 60"
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "40", "-s", "t", script])
    }

    var stateHome: URL { folder.appendingPathComponent("state") }
    var statusFile: URL { folder.appendingPathComponent("status") }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = ["-L", socket] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TMUX"] = nil
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func send(literal text: String) {
        _ = try? run(["send-keys", "-t", "t", "-l", text])
    }

    func send(keys: String...) {
        _ = try? run(["send-keys", "-t", "t"] + keys)
    }

    var screen: String { (try? run(["capture-pane", "-p", "-t", "t"])) ?? "" }

    /// The last non-empty line on screen (where the prompt is).
    var lastLine: String {
        screen.split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// Polls the screen until `condition` holds; throws with the screen after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = screen
        while !condition(current) {
            guard Date() < deadline else { throw Timeout(screen: current) }
            usleep(30_000)
            current = screen
        }
        return current
    }

    /// The program's exit status, once it has ended.
    func waitForExit(timeout: Double = 20) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8), let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(30_000)
        }
        return nil
    }

    func close() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }
}
