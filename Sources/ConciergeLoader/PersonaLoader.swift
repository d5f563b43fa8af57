import ConciergeBot
import ConciergeJSON
import Foundation
import Yams

/// Reads persona files (`<bot>/personas/*.yml`, one persona each; docs/simulate.md) with
/// `file:line:col` diagnostics. A file with an error gives no persona.
///
///     let (personas, diagnostics) = PersonaLoader.load(directory: "brightwave")
///     let single = PersonaLoader.load(path: "personas/ana.yml", text: yaml)   // (persona?, diagnostics)
public enum PersonaLoader {
    public static let folder = "personas"
    static let keys = [
        "name", "description", "goal", "faq", "exclude_products", "facts", "mistakes", "behaviours", "say",
        "required_success", "max_turns", "max_fallbacks", "starts_at",
    ]
    /// The `say:` keys that are acts rather than facts.
    static let acts = [
        "open", "yes", "no", "skip", "non_answer", "correction", "repeat", "digression", "human", "after_handoff",
        "decline", "other_language", "consent_later", "several",
    ]
    /// Placeholders every phrasing may use besides fact names.
    static let extraPlaceholders = ["value", "mistake"]

    /// Every `personas/*.yml` of the bot folder, in name order; a missing folder gives none.
    public static func load(directory: String) -> (personas: [Persona], diagnostics: [Diagnostic]) {
        let folder = BotLoader.displayPath(BotLoader.join(directory, PersonaLoader.folder))
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? [])
            .filter { name in BotLoader.fileExtensions.contains { name.hasSuffix(".\($0)") } && !name.hasPrefix(".") }
            .sorted()
        var personas: [Persona] = []
        var diagnostics = DiagnosticCollector()
        var firstPlace: [String: SourceLocation] = [:]
        for name in names {
            let path = BotLoader.join(folder, name)
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.emit(.unreadableFile("no such file or not readable"), at: SourceLocation(file: path, line: 1, column: 1))
                continue
            }
            guard let text = String(bytes: data, encoding: .utf8) else {
                diagnostics.emit(.invalidUTF8, at: BotLoader.firstInvalidUTF8(in: data, path: path))
                continue
            }
            let result = load(path: path, text: text)
            result.diagnostics.forEach { diagnostics.append($0) }
            guard let persona = result.persona else { continue }
            if let first = firstPlace[persona.name] {
                diagnostics.emit(.duplicatePersona(persona.name), at: persona.location, notes: [.firstDefined(at: first)])
                continue
            }
            firstPlace[persona.name] = persona.location
            personas.append(persona)
        }
        return (personas, diagnostics.sorted)
    }

    /// One persona file from its text; no persona when a diagnostic is an error.
    public static func load(path: String, text: String) -> (persona: Persona?, diagnostics: [Diagnostic]) {
        var reader = YAMLReader(source: YAMLSource(path: path, text: text))
        guard let root = reader.compose() else { return (nil, reader.diagnostics.sorted) }
        guard let entries = reader.mapping(root, expected: "a persona: a mapping with 'goal', 'facts' and 'say'") else {
            return (nil, reader.diagnostics.sorted)
        }
        var parser = PersonaFileParser(reader: reader, defaultName: stem(of: path), location: reader.source.location(of: root))
        let persona = parser.parse(entries)
        let diagnostics = parser.reader.diagnostics
        return (diagnostics.hasErrors ? nil : persona, diagnostics.sorted)
    }

    /// `personas/ana-lopez.yml` → `ana-lopez`.
    static func stem(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot > file.startIndex else { return file }
        return String(file[..<dot])
    }
}

extension DiagnosticCollector {
    /// Adds a diagnostic found by another collector.
    mutating func append(_ diagnostic: Diagnostic) {
        emit(LoaderMessage(severity: diagnostic.severity, text: diagnostic.message), at: diagnostic.location,
             notes: diagnostic.notes)
    }
}
