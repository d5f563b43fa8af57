import ConciergeBot
import ConciergeLoader
import Foundation
import Testing

/// One file of the minimal bot of a diagnostic table row.
///
///     BotFile.intents("settings:\n  name: \"\"\n")   // intents/a.yml
///     BotFile.dialog("states: {}\n")                 // dialogs/main.yml
struct BotFile: Sendable {
    enum Contents: Sendable {
        case text(String)
        /// Raw bytes, for text that is not UTF-8.
        case bytes([UInt8])
        /// A file that could not be read.
        case unreadable
    }

    var path: String
    var contents: Contents

    static func intents(_ text: String, name: String = "a") -> BotFile {
        BotFile(path: "intents/\(name).yml", contents: .text(text))
    }

    static func dialog(_ text: String, name: String = "main") -> BotFile {
        BotFile(path: "dialogs/\(name).yml", contents: .text(text))
    }

    /// A valid intent with five examples, for rows whose own file has no intent (without one
    /// the bot would also get "the bot defines no intents").
    static let greet = BotFile.intents("""
        intents:
          greet:
            examples: [hi, hello, hey, hiya, good morning]
        """, name: "greet")

    /// Three slots and two intents with five examples each, for the dialog rows.
    static let dialogIntents = BotFile.intents("""
        slots:
          size: number
          email: email
          company: text
        intents:
          book_demo:
            examples: [book a demo, I want a demo, show me a demo, demo please, schedule a demo]
          talk_to_human:
            examples: [a human please, talk to a person, real person, get me an agent, someone real]
        """, name: "bot")

    /// The smallest dialog that loads without a diagnostic: one handoff state.
    static let handoffOnly = "states:\n  human:\n    handoff: true\n"

    /// Dialog settings defining every engine phrase (`dialogs/messages.yml`), for the lint rows
    /// whose bot has a dialog: without them `check` warns about the undefined phrases.
    static let engineMessages = BotFile.dialog(engineMessages(except: []), name: "messages")

    /// `settings: messages:` with a text for every `EngineMessage` but `except`.
    static func engineMessages(except: Set<EngineMessage>) -> String {
        "settings:\n  messages:\n" + EngineMessage.allCases.filter { !except.contains($0) }
            .map { "    \($0.rawValue): \"Text of \($0.rawValue)\"\n" }.joined()
    }
}

/// One row of a diagnostic table: the message constructor it covers (its name names the case),
/// a minimal bot, and the one diagnostic loading that bot gives, as `concierge check` prints
/// it: `file:line:col: severity: message`, then one `file:line:col: note: …` line per note.
///
///     DiagnosticCase("emptyBotName", [.intents("settings:\n  name: \"\"\n")],
///                    "intents/a.yml:2:9: error: the bot name must not be empty")
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    /// The `LoaderMessage` constructor, and the variant when a constructor has several wordings.
    var message: String
    var files: [BotFile]
    /// Conversation test files (`tests/*.yml`) as path and text, for the lint rows.
    var transcripts: [(path: String, text: String)]
    var expected: String

    init(_ message: String, _ files: [BotFile], transcripts: [(path: String, text: String)] = [], _ expected: String) {
        self.message = message
        self.files = files
        self.transcripts = transcripts
        self.expected = expected
    }

    var testDescription: String { message }

    /// What `BotLoader` reports for the row's files, rendered with notes.
    func loaderDiagnostics() -> [String] {
        load().diagnostics.map(\.description)
    }

    /// What `concierge check` reports: the loader's diagnostics, the transcripts' and, when
    /// the bot loads, the design lints (as `BotCheck.run` composes them).
    func checkDiagnostics() -> [String] {
        let result = load()
        let transcripts = self.transcripts.map { TranscriptLoader.load(path: $0.path, text: $0.text) }
        var diagnostics = result.diagnostics + transcripts.flatMap(\.diagnostics)
        if let definition = result.definition {
            diagnostics += BotLints.run(definition, transcripts: transcripts.map(\.file))
        }
        return diagnostics.sortedByPlace().map(\.description)
    }

    private func load() -> BotLoadResult {
        var texts: [(path: String, contents: String)] = []
        for file in files {
            guard case .text(let text) = file.contents else { return loadBytes() }
            texts.append((file.path, text))
        }
        return BotLoader().load(files: texts)
    }

    /// Files as the loader reads them from disk: bytes, or nil when unreadable.
    private func loadBytes() -> BotLoadResult {
        BotLoader().load(data: files.map { file in
            switch file.contents {
            case .text(let text): (path: file.path, data: Data(text.utf8))
            case .bytes(let bytes): (path: file.path, data: Data(bytes))
            case .unreadable: (path: file.path, data: nil)
            }
        })
    }
}
