import ConciergeBot
import Foundation
import Yams

/// The text of one intents file, for turning Yams marks into `SourceLocation`s.
///
///     let source = YAMLSource(path: "intents/sales.yml", text: "intents:\n  pricing: …")
///     source.location(line: 2, column: 3)   // intents/sales.yml:2:3
struct YAMLSource {
    var path: String
    var text: String
    /// The file's lines as Unicode scalars, without their line breaks (libyaml counts columns in scalars).
    var lines: [[Unicode.Scalar]]

    init(path: String, text: String) {
        self.path = path
        self.text = text
        var lines: [[Unicode.Scalar]] = [[]]
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if previous != "\r" { lines.append([]) }
            } else if scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
            previous = scalar
        }
        self.lines = lines
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: max(1, line), column: max(1, column))
    }

    func location(_ mark: Mark?) -> SourceLocation {
        location(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func location(of node: Node) -> SourceLocation { location(node.mark) }

    /// Line and column of a `Character` offset of the text (Yams reports reader errors so).
    func location(characterOffset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        for character in text.prefix(characterOffset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return location(line: line, column: column)
    }

    /// Where the text of a string scalar starts, and whether offsets into its value map to
    /// columns (true when the scalar is plain or quoted on one line, without escapes).
    func textPlace(of node: Node) -> TextPlace {
        let base = location(of: node)
        guard let scalar = node.scalar, let mark = scalar.mark, mark.line - 1 < lines.count else {
            return TextPlace(base: base, offsettable: false)
        }
        let line = lines[mark.line - 1]
        let value = Array(scalar.string.unicodeScalars)
        var start = mark.column - 1
        switch scalar.style {
        case .plain, .any:
            break
        case .singleQuoted, .doubleQuoted:
            start += 1
        case .literal, .folded:
            return TextPlace(base: base, offsettable: false)
        }
        guard start >= 0, start <= line.count, line[start...].starts(with: value) else {
            return TextPlace(base: base, offsettable: false)
        }
        return TextPlace(base: location(line: mark.line, column: start + 1), offsettable: true)
    }

    /// The line of a literal block scalar (`|`) that holds its `index`-th content line, and
    /// the column where `content` starts on it; nil when that cannot be told.
    func blockLinePlace(of node: Node, index: Int, content: String) -> TextPlace? {
        guard let scalar = node.scalar, scalar.style == .literal, let mark = scalar.mark else { return nil }
        let lineNumber = mark.line + 1 + index
        guard lineNumber - 1 < lines.count else { return nil }
        let line = lines[lineNumber - 1]
        let wanted = Array(content.unicodeScalars)
        guard let start = line.firstIndex(where: { $0 != " " }), line[start...].starts(with: wanted) else {
            return nil
        }
        return TextPlace(base: location(line: lineNumber, column: start + 1), offsettable: true)
    }
}

/// Where a piece of text sits in a file: offsets into it become columns when `offsettable`.
struct TextPlace {
    var base: SourceLocation
    var offsettable: Bool

    func location(at offset: Int) -> SourceLocation {
        guard offsettable else { return base }
        var location = base
        location.column += offset
        return location
    }

    func advanced(by offset: Int) -> TextPlace {
        TextPlace(base: location(at: offset), offsettable: offsettable)
    }
}

/// A key and value of a YAML mapping whose key is a plain name.
struct MappingEntry {
    var key: String
    var keyNode: Node
    var value: Node
    var location: SourceLocation
}

/// Node helpers that record a diagnostic for every shape mismatch and return nil (or skip)
/// so the caller carries on with the rest of the file.
struct YAMLReader {
    let source: YAMLSource
    var diagnostics = DiagnosticCollector()

    init(source: YAMLSource) {
        self.source = source
    }

    /// Composes the file, reporting a syntax error (one per file) and aliased containers.
    mutating func compose() -> Node? {
        do {
            guard let root = try Yams.compose(yaml: source.text, .default, .default, .utf8) else { return nil }
            var seen = Set<MarkKey>()
            if let alias = YAMLReader.firstAlias(in: root, seen: &seen) {
                diagnostics.emit(.aliasNotSupported, at: source.location(of: alias))
                return nil
            }
            return root
        } catch let error as YamlError {
            report(error)
        } catch {
            diagnostics.emit(.yamlSyntax(String(describing: error)), at: source.location(line: 1, column: 1))
        }
        return nil
    }

    private mutating func report(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem == "but found another document" {
                diagnostics.emit(.multipleDocuments, at: source.location(mark))
                return
            }
            var notes: [Diagnostic.Note] = []
            if let context, context.mark.line != mark.line || context.mark.column != mark.column {
                notes.append(Diagnostic.Note(location: source.location(context.mark), message: "\(context.text) here"))
            }
            let message = context.map { "\(problem) \($0.text)" } ?? problem
            diagnostics.emit(.yamlSyntax(message), at: source.location(mark), notes: notes)
        case let .reader(problem, offset, _, _):
            let location = offset.map { source.location(characterOffset: $0) } ?? source.location(line: 1, column: 1)
            diagnostics.emit(.yamlSyntax(problem), at: location)
        case let .duplicatedKeysInMapping(duplicates, context):
            diagnostics.emit(.duplicateKey(duplicates.joined(separator: "', '")), at: source.location(context.mark))
        default:
            diagnostics.emit(.yamlSyntax(error.description), at: source.location(line: 1, column: 1))
        }
    }

    private struct MarkKey: Hashable {
        var line: Int
        var column: Int
    }

    /// A list or mapping met twice in the tree: the target of an alias. Each container is
    /// entered once, so an alias bomb costs linear time.
    private static func firstAlias(in node: Node, seen: inout Set<MarkKey>) -> Node? {
        let children: [Node]
        switch node {
        case .mapping(let mapping):
            children = mapping.flatMap { [$0.key, $0.value] }
        case .sequence(let sequence):
            children = Array(sequence)
        case .scalar, .alias:
            return nil
        }
        guard let mark = node.mark else { return nil }
        guard seen.insert(MarkKey(line: mark.line, column: mark.column)).inserted else { return node }
        for child in children {
            if let alias = firstAlias(in: child, seen: &seen) { return alias }
        }
        return nil
    }

    /// How a node is described in "expected …, found …" messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if node.null != nil, scalar.style == .plain || scalar.style == .any { return "nothing" }
            let text = scalar.string
            return text.count > 40 ? "'\(text.prefix(40))…'" : "'\(text)'"
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return node.null != nil && (scalar.style == .plain || scalar.style == .any)
    }

    mutating func wrongType(_ node: Node, expected: String) {
        diagnostics.emit(.wrongType(expected: expected, found: YAMLReader.describe(node)), at: source.location(of: node))
    }

    /// The entries of a mapping (nothing for an empty value), or nil after an error.
    mutating func mapping(_ node: Node, expected: String) -> [MappingEntry]? {
        if YAMLReader.isNull(node) { return [] }
        guard let mapping = node.mapping else {
            wrongType(node, expected: expected)
            return nil
        }
        var entries: [MappingEntry] = []
        for (key, value) in mapping {
            guard let scalar = key.scalar, !YAMLReader.isNull(key) else {
                diagnostics.emit(.invalidKey, at: source.location(of: key))
                continue
            }
            entries.append(MappingEntry(key: scalar.string, keyNode: key, value: value, location: source.location(of: key)))
        }
        return entries
    }

    /// Reports the keys that are not in `allowed`, with a did-you-mean; returns the allowed ones.
    mutating func known(_ entries: [MappingEntry], allowed: [String], in context: String) -> [MappingEntry] {
        entries.filter { entry in
            if allowed.contains(entry.key) { return true }
            diagnostics.emit(.unknownKey(entry.key, in: context, expected: allowed), at: entry.location)
            return false
        }
    }

    /// The items of a list (nothing for an empty value), or nil after an error.
    mutating func sequence(_ node: Node, expected: String) -> [Node]? {
        if YAMLReader.isNull(node) { return [] }
        guard let sequence = node.sequence else {
            wrongType(node, expected: expected)
            return nil
        }
        return Array(sequence)
    }

    /// The text of a scalar, or nil after an error.
    mutating func string(_ node: Node, expected: String) -> String? {
        guard let scalar = node.scalar, !YAMLReader.isNull(node) else {
            wrongType(node, expected: expected)
            return nil
        }
        return scalar.string
    }
}
