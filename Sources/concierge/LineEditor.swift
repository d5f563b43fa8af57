@preconcurrency import CReadline
import Foundation

/// Reads the lines a person types. Two kinds: readline on a terminal (editing, history,
/// completion, Ctrl-C), plain `readLine()` when stdin is a pipe or a file.
protocol LineEditor {
    /// The next line without its newline; nil at end of input (Ctrl-D).
    mutating func readLine(prompt: String) -> String?
    /// The words Tab may complete to (commands and the current buttons).
    mutating func setCompletions(_ candidates: [String])
}

/// Lines from a pipe or file: no prompt, no history, no completion.
struct PlainLineReader: LineEditor {
    mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }

    mutating func setCompletions(_ candidates: [String]) {}
}

// Readline calls completion through C function pointers, which cannot capture Swift context,
// so the candidates live in this file-private store. Only the main thread touches it: readline
// runs there and calls back synchronously from `readline()`.
nonisolated(unsafe) private var completionCandidates: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []

/// GNU readline: line editing, history saved after every line, Tab completion, and Ctrl-C
/// that clears the line instead of ending the program.
struct ReadlineEditor: LineEditor {
    /// Where history is kept; nil when it could not be set up (the REPL still works).
    let historyPath: String?
    static let historyLimit: Int32 = 1000

    init(historyPath: String?) {
        self.historyPath = historyPath
        // Our own SIGINT handler, not readline's, so Ctrl-C clears the line and keeps going.
        rl_catch_signals = 0
        rl_readline_name = UnsafePointer(strdup("concierge"))
        // No word breaks: the whole line is completed, so button labels with spaces complete.
        rl_completer_word_break_characters = UnsafePointer(strdup(""))
        rl_variable_bind("completion-ignore-case", "on")
        // Editing a recalled line (or clearing it with Ctrl-C) must not rewrite the history entry.
        rl_variable_bind("revert-all-at-newline", "on")
        rl_attempted_completion_function = { text, _, _ in
            // Never fall back to file names.
            rl_attempted_completion_over = 1
            return rl_completion_matches(text) { text, state in
                if state == 0 {
                    let prefix = text.map { String(cString: $0) }?.lowercased() ?? ""
                    completionMatches = completionCandidates.filter { $0.lowercased().hasPrefix(prefix) }.reversed()
                }
                guard let next = completionMatches.popLast() else { return nil }
                return strdup(next)
            }
        }
        Self.installInterruptHandler()
        stifle_history(Self.historyLimit)
        if let historyPath {
            _ = read_history(historyPath)
        }
    }

    mutating func setCompletions(_ candidates: [String]) {
        completionCandidates = candidates
    }

    mutating func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            saveHistory()
        }
        return line
    }

    /// Writes the whole (bounded) history after every line, so a crash or a closed terminal
    /// loses nothing; the file is private to the user (0600).
    private func saveHistory() {
        guard let historyPath else { return }
        if write_history(historyPath) == 0 {
            chmod(historyPath, 0o600)
        }
    }

    /// Ctrl-C: drop what was typed, show a fresh prompt. SA_RESTART makes the interrupted
    /// read(2) inside readline resume instead of failing.
    private static func installInterruptHandler() {
        var action = sigaction()
        #if os(Linux)
        action.__sigaction_handler.sa_handler = { _ in ReadlineEditor.clearLine() }
        #else
        action.__sigaction_u.__sa_handler = { _ in ReadlineEditor.clearLine() }
        #endif
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (the mask is inherited).
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    private static func clearLine() {
        _ = write(STDOUT_FILENO, "^C\n", 3)
        rl_on_new_line()
        // Killed as an edit (undoable, and back with Ctrl-Y): with revert-all-at-newline a
        // recalled history entry gets its text back instead of staying empty.
        _ = rl_kill_full_line(0, 0)
        rl_redisplay()
    }
}

/// `$XDG_STATE_HOME/concierge/history`, by default `~/.local/state/concierge/history`; the
/// folders are created (0700). Nil when no folder can be made.
func historyFilePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    let base: String
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
        base = state
    } else if let home = environment["HOME"], !home.isEmpty {
        base = home + "/.local/state"
    } else {
        return nil
    }
    let folder = base + "/concierge"
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    } catch {
        return nil
    }
    let path = folder + "/history"
    if !FileManager.default.fileExists(atPath: path) {
        _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
    }
    return path
}
