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
        // Its own data folder too, so the chat's default store never touches ~/.local/share.
        var variables = ["XDG_STATE_HOME": stateHome.path, "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
                         "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        variables.merge(environment) { _, new in new }
        let exports = variables.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let script = "env \(exports) \(command); echo $? > '\(statusFile.path)'; sleep 60"
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "40", "-s", "t", script])
    }

    var stateHome: URL { folder.appendingPathComponent("state") }
    var statusFile: URL { folder.appendingPathComponent("status") }

    /// Runs a tmux command with posix_spawn and waitpid. Not `Process`: the first command
    /// starts the tmux server, a daemon that inherits the client's descriptors, and
    /// Foundation's `Process` then never sees the client finish. Output is read only when
    /// `capture` is set (capture-pane, which starts no server).
    @discardableResult
    func run(_ arguments: [String], capture: Bool = false) throws -> String {
        var fds: [Int32] = [-1, -1]
        if capture, pipe(&fds) != 0 { throw CocoaError(.fileReadUnknown) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TMUX"] = nil
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Test threads block signals, and a child inherits the mask: without resetting it the
        // program in the terminal would never see Ctrl-C (SIGINT) or tmux's SIGHUP.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = posix_spawn(&pid, tmux, &actions, &attributes, argv, envp)
        var data = Data()
        if capture {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                data.append(contentsOf: buffer[0..<count])
            }
            close(fds[0])
        }
        guard status == 0 else { throw CocoaError(.executableLoad) }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
        return String(decoding: data, as: UTF8.self)
    }

    func send(literal text: String) {
        _ = try? run(["send-keys", "-t", "t", "-l", text])
    }

    func send(keys: String...) {
        _ = try? run(["send-keys", "-t", "t"] + keys)
    }

    var screen: String { (try? run(["capture-pane", "-p", "-t", "t"], capture: true)) ?? "" }

    /// The last non-empty line on screen (where the prompt is).
    var lastLine: String { Self.lastLine(of: screen) }

    static func lastLine(of screen: String) -> String {
        screen.split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// Waits until `text` is on screen and readline shows its prompt again. Keys sent before
    /// the prompt may reach the terminal while it is not in readline's raw mode, where
    /// Ctrl-D would be read as end-of-file by nobody and lost.
    @discardableResult
    func waitForPrompt(after text: String, prompt: String = "you") throws -> String {
        try waitFor { $0.contains(text) && Self.lastLine(of: $0).hasPrefix(prompt) }
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

    func end() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }
}
