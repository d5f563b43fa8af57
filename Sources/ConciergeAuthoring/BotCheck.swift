import ConciergeLoader
import ConciergeBot
import Foundation

/// Everything `concierge check` finds in a bot folder: the loader's diagnostics (YAML,
/// keys, names, references), the design lints, and the problems of the conversation test and
/// persona files.
///
///     let check = BotCheck.run(directory: "brightwave")
///     check.diagnostics.count      // 0 for a clean bot
///     check.exitStatus(strict: true)
public struct BotCheck: Sendable {
    /// Every diagnostic, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// The bot files read: intents, dialogs, conversation tests and personas.
    public var files: [String]
    /// The text of each file read, by path, for showing the offending line.
    public var sources: [String: String]

    public init(diagnostics: [Diagnostic], files: [String], sources: [String: String]) {
        self.diagnostics = diagnostics
        self.files = files
        self.sources = sources
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// 0 when clean, 1 on errors, and with `strict` also on warnings.
    public func exitStatus(strict: Bool) -> Int32 {
        errorCount > 0 || (strict && warningCount > 0) ? 1 : 0
    }

    public static func run(directory: String) -> BotCheck {
        let load = BotLoader().load(directory: directory)
        let (transcripts, transcriptDiagnostics) = TranscriptLoader.load(directory: directory)
        var diagnostics = load.diagnostics + transcriptDiagnostics + PersonaLoader.load(directory: directory).diagnostics
        // Design checks only mean something once the bot loads; errors come first.
        if let definition = load.definition {
            diagnostics += BotLints.run(definition, transcripts: transcripts)
        }
        let files = botFiles(in: directory)
        var sources: [String: String] = [:]
        for path in files {
            if let data = FileManager.default.contents(atPath: path) {
                sources[path] = String(decoding: data, as: UTF8.self)
            }
        }
        return BotCheck(diagnostics: diagnostics.sortedByPlace(), files: files, sources: sources)
    }

    /// The YAML files of `intents/`, `dialogs/`, `tests/` and `personas/`, named as the loaders name them.
    public static func botFiles(in directory: String) -> [String] {
        var files: [String] = []
        for folder in [BotLoader.intentsFolder, BotLoader.dialogsFolder, TranscriptLoader.folder, PersonaLoader.folder] {
            let path = displayPath(join(directory, folder))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files += names
                .filter { name in BotLoader.fileExtensions.contains { name.hasSuffix(".\($0)") } && !name.hasPrefix(".") }
                .sorted()
                .map { join(path, $0) }
        }
        return files
    }

    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func displayPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }
}
