import ConciergeBot
import ConciergeEntities
import Yams
import ConciergeJSON

/// A YAML document as a JSON-like value, with YAML 1.1 core scalars resolved the way the
/// loaders see them (`0.3` a number, `"1"` a string, `true` a bool, `~` null). Used to
/// validate bot files against the editor JSON Schemas.
///
///     let value = try YAMLValue.parse("settings:\n  fallback_threshold: 0.3\n")
///     value["settings"]?["fallback_threshold"]   // .number(0.3)
enum YAMLValue {
    /// A document that is not YAML, or uses an alias.
    struct Failure: Error, CustomStringConvertible, Sendable {
        var description: String
    }

    static func parse(_ text: String) throws(Failure) -> JSONValue {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Failure(description: String(describing: error))
        }
        guard let root else { return .null }
        return try value(of: root, depth: 0)
    }

    private static func value(of node: Node, depth: Int) throws(Failure) -> JSONValue {
        // Bot files are shallow; a deep document is an attack or a mistake, not a bot.
        guard depth < 64 else { throw Failure(description: "nested too deeply") }
        switch node {
        case .scalar(let scalar):
            // Only plain scalars are resolved; quoted ones are always text.
            guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
            if node.null != nil { return .null }
            if let flag = node.bool { return .bool(flag) }
            if let number = node.int { return .number(Double(number)) }
            if let number = node.float, number.isFinite { return .number(number) }
            return .string(scalar.string)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for item in sequence { items.append(try value(of: item, depth: depth + 1)) }
            return .array(items)
        case .mapping(let mapping):
            var fields: [String: JSONValue] = [:]
            for (key, item) in mapping {
                fields[key.string ?? String(describing: key)] = try value(of: item, depth: depth + 1)
            }
            return .object(fields)
        case .alias:
            throw Failure(description: "aliases are not supported")
        }
    }
}
