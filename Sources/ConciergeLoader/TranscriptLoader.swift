import ConciergeBot
import ConciergeEntities
import Foundation
import Yams
import ConciergeJSON

/// Reads conversation test files (`<bot>/tests/*.yml`) with located diagnostics.
///
///     let (files, diagnostics) = TranscriptLoader.load(directory: ".")
///     let file = TranscriptLoader.load(path: "tests/faq.yml", text: yaml).file
public enum TranscriptLoader {
    public static let folder = "tests"
    static let stepKeys = [
        "user", "context", "after_minutes", "intent", "state", "reply", "not_reply", "slots", "buttons", "events",
    ]

    /// Every `tests/*.yml` of the bot folder, in name order; a missing folder gives no files.
    public static func load(directory: String) -> (files: [TranscriptFile], diagnostics: [Diagnostic]) {
        let folder = BotLoader.displayPath(BotLoader.join(directory, TranscriptLoader.folder))
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { name in BotLoader.fileExtensions.contains { name.hasSuffix(".\($0)") } && !name.hasPrefix(".") }
            .sorted()
        var files: [TranscriptFile] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let path = BotLoader.join(folder, name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(bytes: data, encoding: .utf8) else {
                diagnostics.append(.error("cannot read file: not readable UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            let result = load(path: path, text: text)
            files.append(result.file)
            diagnostics += result.diagnostics
        }
        return (files, diagnostics)
    }

    /// One test file from its text.
    public static func load(path: String, text: String) -> (file: TranscriptFile, diagnostics: [Diagnostic]) {
        var reader = YAMLReader(source: YAMLSource(path: path, text: text))
        var file = TranscriptFile(path: path, conversations: [])
        if let root = reader.compose() {
            for entry in reader.mapping(root, expected: "a mapping of conversation names to their turns") ?? [] {
                let turns = (reader.sequence(entry.value, expected: "a list of turns") ?? []).compactMap { step($0, &reader) }
                file.conversations.append(TranscriptConversation(name: entry.key, turns: turns, location: entry.location))
            }
        }
        return (file, reader.diagnostics.sorted)
    }

    private static func step(_ node: Node, _ reader: inout YAMLReader) -> TranscriptStep? {
        let location = reader.source.location(of: node)
        guard let entries = reader.mapping(node, expected: "a turn: a mapping with 'user' and expectations") else { return nil }
        guard let userEntry = entries.first(where: { $0.key == "user" }),
              let user = reader.string(userEntry.value, expected: "the user's message") else {
            reader.diagnostics.emit(.missingKey("user", in: "a turn"), at: location)
            return nil
        }
        var step = TranscriptStep(user: user, location: location)
        for entry in reader.known(entries, allowed: stepKeys, in: "a turn") {
            switch entry.key {
            case "context": step.context = values(entry.value, &reader)
            case "slots": step.slots = values(entry.value, &reader)
            case "after_minutes":
                if let text = reader.string(entry.value, expected: "a number of minutes"), let minutes = Double(text) {
                    step.afterMinutes = minutes
                }
            case "intent": step.intent = reader.string(entry.value, expected: "an intent name")
            case "state": step.state = reader.string(entry.value, expected: "a state name")
            case "reply": step.reply = strings(entry.value, &reader)
            case "not_reply": step.notReply = strings(entry.value, &reader)
            case "buttons": step.buttons = strings(entry.value, &reader)
            case "events": step.events = events(entry.value, &reader)
            default: break
            }
        }
        return step
    }

    private static func strings(_ node: Node, _ reader: inout YAMLReader) -> [String] {
        if node.scalar != nil { return reader.string(node, expected: "a text").map { [$0] } ?? [] }
        return (reader.sequence(node, expected: "a list of texts") ?? []).compactMap { reader.string($0, expected: "a text") }
    }

    private static func values(_ node: Node, _ reader: inout YAMLReader) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for entry in reader.mapping(node, expected: "a mapping of slot names to values") ?? [] {
            result[entry.key] = json(entry.value)
        }
        return result
    }

    static func json(_ node: Node) -> JSONValue {
        if YAMLReader.isNull(node) { return .null }
        // Lists and mappings (`products: [A, B]`, `timeline: {from: …, to: …}`) keep their shape.
        if let items = node.sequence { return .array(items.map(json)) }
        if let mapping = node.mapping {
            var fields: [String: JSONValue] = [:]
            for (key, value) in mapping { fields[key.string ?? ""] = json(value) }
            return .object(fields)
        }
        if let scalar = node.scalar, scalar.style == .plain || scalar.style == .any {
            if let int = node.int { return .number(Double(int)) }
            if let double = node.float { return .number(double) }
            if let bool = node.bool { return .bool(bool) }
        }
        return .string(node.string ?? "")
    }

    private static func events(_ node: Node, _ reader: inout YAMLReader) -> [ExpectedEvent] {
        (reader.sequence(node, expected: "a list of events") ?? []).compactMap { item in
            if item.scalar != nil { return reader.string(item, expected: "an event type").map { ExpectedEvent(type: $0) } }
            var event = ExpectedEvent(type: "")
            for entry in reader.mapping(item, expected: "an event: a type or a mapping with 'type'") ?? [] {
                let value = reader.string(entry.value, expected: "a value") ?? ""
                if entry.key == "type" { event.type = value } else { event.fields[entry.key] = value }
            }
            return event
        }
    }
}
