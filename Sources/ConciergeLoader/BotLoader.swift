import ConciergeBot
import ConciergeText
import Foundation
import Synchronization

/// What loading a bot folder gave: the definition when there was no error, and every problem found.
///
///     let result = BotLoader().load(directory: "brightwave")
///     for diagnostic in result.diagnostics { print(diagnostic) }
///     guard let bot = result.definition else { exit(1) }
public struct BotLoadResult: Sendable {
    /// The checked bot; nil when any diagnostic is an error (warnings do not block).
    public var definition: BotDefinition?
    /// Every problem found, sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    public init(definition: BotDefinition?, diagnostics: [Diagnostic]) {
        self.definition = definition
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads a bot's intent files (`<bot>/intents/*.yml`) into a checked `BotDefinition`,
/// reporting every problem as a located `Diagnostic` rather than stopping at the first.
///
///     let result = BotLoader().load(files: [
///         (path: "intents/greet.yml", contents: """
///         intents:
///           greet:
///             examples: [hi, hello, hey there, good morning, hiya]
///         """),
///     ])
///     result.definition?.intents.map(\.name)   // ["greet"]
///     result.diagnostics                       // []
public struct BotLoader: Sendable {
    /// The folder of a bot that holds its intent files.
    public static let intentsFolder = "intents"
    /// The optional folder of a bot that holds its dialog files (states, forms, FAQ).
    public static let dialogsFolder = "dialogs"
    public static let fileExtensions = ["yml", "yaml"]

    public let tokenizer: Tokenizer

    public init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// Loads `directory/intents/*.yml` and `*.yaml`, in name order. Paths in diagnostics are
    /// `directory/intents/name.yml` without a leading `./`.
    public func load(directory: String) -> BotLoadResult {
        load(BotLoader.sourceFiles(directory: directory))
    }

    /// Loads files as `sourceFiles` read them (the caller may hash them first).
    public func load(_ source: BotSourceFiles) -> BotLoadResult {
        switch source {
        case let .files(files, folder):
            return load(data: files, folder: folder)
        case let .missingIntentsFolder(folder):
            var diagnostics = DiagnosticCollector()
            diagnostics.emit(.missingIntentsFolder(folder), at: SourceLocation(file: folder, line: 1, column: 1))
            return BotLoadResult(definition: nil, diagnostics: diagnostics.sorted)
        case let .unreadableIntentsFolder(folder, reason):
            var diagnostics = DiagnosticCollector()
            diagnostics.emit(.unreadableFile(reason), at: SourceLocation(file: folder, line: 1, column: 1))
            return BotLoadResult(definition: nil, diagnostics: diagnostics.sorted)
        }
    }

    /// Loads files given as bytes (as read from disk): bytes that are not UTF-8 are reported
    /// at the first line holding them; nil data is an unreadable file.
    public func load(data files: [(path: String, data: Data?)], folder: String = BotLoader.intentsFolder) -> BotLoadResult {
        var diagnostics = DiagnosticCollector()
        var texts: [(path: String, contents: String)] = []
        for file in files {
            guard let data = file.data else {
                diagnostics.emit(.unreadableFile("no such file or not readable"), at: SourceLocation(file: file.path, line: 1, column: 1))
                continue
            }
            guard let text = String(bytes: data, encoding: .utf8) else {
                diagnostics.emit(.invalidUTF8, at: BotLoader.firstInvalidUTF8(in: data, path: file.path))
                texts.append((file.path, ""))
                continue
            }
            texts.append((file.path, text))
        }
        return load(files: texts, folder: folder, prior: diagnostics)
    }

    /// Loads intent files given as text: pure, for tests, tools and fuzzing. Files whose
    /// folder is `dialogs` (`dialogs/main.yml`, `bot/dialogs/faq.yml`) are read as dialog files.
    public func load(files: [(path: String, contents: String)]) -> BotLoadResult {
        load(files: files, folder: BotLoader.intentsFolder, prior: DiagnosticCollector())
    }

    private func load(files: [(path: String, contents: String)], folder: String, prior: DiagnosticCollector) -> BotLoadResult {
        var diagnostics = prior
        // Dialog files first, then intent files, each group in the order given.
        let ordered = files.filter { BotLoader.isDialogFile($0.path) } + files.filter { !BotLoader.isDialogFile($0.path) }
        var parsed: [ParsedFile] = []
        var dialogFiles: [ParsedDialogFile] = []
        for file in parseEach(ordered) {
            switch file {
            case let .dialog(dialog, fileDiagnostics):
                dialogFiles.append(dialog)
                for diagnostic in fileDiagnostics { diagnostics.emit(diagnostic) }
            case let .intents(intents, fileDiagnostics):
                parsed.append(intents)
                for diagnostic in fileDiagnostics { diagnostics.emit(diagnostic) }
            }
        }
        // FAQ questions train the classifier like any intent, with the same checks.
        parsed += dialogFiles.map { ParsedFile(path: $0.path, intents: $0.faqIntents) }
        let botLocation = SourceLocation(
            file: files.first { !BotLoader.isDialogFile($0.path) }?.path ?? folder, line: 1, column: 1)
        var checks = BotChecks(tokenizer: tokenizer)
        var definition = checks.run(parsed, botLocation: botLocation, filesHadErrors: diagnostics.hasErrors)
        for diagnostic in checks.diagnostics.diagnostics {
            diagnostics.emit(diagnostic)
        }
        var dialogChecks = DialogChecks()
        definition.dialog = dialogChecks.run(dialogFiles, bot: definition)
        for diagnostic in dialogChecks.diagnostics.diagnostics {
            diagnostics.emit(diagnostic)
        }
        return BotLoadResult(definition: diagnostics.hasErrors ? nil : definition, diagnostics: diagnostics.sorted)
    }

    /// One file read on its own, before the checks across files.
    private enum ParsedAny: Sendable {
        case dialog(ParsedDialogFile, [Diagnostic])
        case intents(ParsedFile, [Diagnostic])
    }

    /// Parses the files side by side, results in the order given. Every file is read on its
    /// own (YAML composition is most of a bot's loading time), and loading is part of every
    /// start of the bot.
    private func parseEach(_ files: [(path: String, contents: String)]) -> [ParsedAny] {
        let results = Mutex<[ParsedAny?]>(Array(repeating: nil, count: files.count))
        let tokenizer = tokenizer
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let result: ParsedAny
            if BotLoader.isDialogFile(file.path) {
                var parser = DialogFileParser(path: file.path, text: file.contents)
                let dialog = parser.parse()
                result = .dialog(dialog, parser.diagnostics.diagnostics)
            } else {
                var parser = IntentFileParser(path: file.path, text: file.contents, tokenizer: tokenizer)
                let intents = parser.parse()
                result = .intents(intents, parser.diagnostics.diagnostics)
            }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0 }.compactMap { $0 }
    }

    static func isDialogFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count >= 2 && parts[parts.count - 2] == Substring(BotLoader.dialogsFolder)
    }

    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The path without leading `./`, so diagnostics read `intents/x.yml:3:5` from the bot folder.
    static func displayPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") {
            path = path.dropFirst(2)
            while path.hasPrefix("/") { path = path.dropFirst() }
        }
        return String(path)
    }

    /// The line and column (in decoded characters before it) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in data: Data, path: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && String(bytes: bytes[index..<(index + length)], encoding: .utf8) != nil
            guard valid else {
                let column = (String(bytes: bytes[lineStart..<index], encoding: .utf8)?.unicodeScalars.count ?? 0) + 1
                return SourceLocation(file: path, line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return SourceLocation(file: path, line: 1, column: 1)
    }
}

extension DiagnosticCollector {
    mutating func emit(_ diagnostic: Diagnostic) {
        emit(LoaderMessage(severity: diagnostic.severity, text: diagnostic.message), at: diagnostic.location, notes: diagnostic.notes)
    }
}
