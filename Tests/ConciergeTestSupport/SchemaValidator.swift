import ConciergeJSON
import Foundation

/// A JSON Schema (draft 2020-12) validator for the keywords the repository's schemas use: the
/// bot-file schemas (`schemas/intents.schema.json`, `dialogs`) and the protocol schemas
/// (`protocol-request`, `protocol-response`). Written for the tests, independent of the code
/// under test.
///
/// Checked: `type` (a name or a list; `integer` is a whole number), `enum`, `minimum`,
/// `maximum`, `items`, `properties`, `additionalProperties` (a boolean or a schema),
/// `required`, `minProperties`, `maxProperties`, `anyOf`, `oneOf`, and `$ref` to `#/$defs/…`.
/// Read but not checked: `$schema`, `$id`, `title`, `description`, `$defs`. Any other keyword
/// is a problem of the schema, reported by every validation, so a schema cannot silently say
/// more than is checked. Every violation is reported, each at its place in the instance as a
/// JSON Pointer fragment (`#/intents/greet`).
///
///     let validator = SchemaValidator(schema: try SchemaValidator.load("schemas/intents.schema.json"))
///     validator.validate(["settings": ["fallback_threshold": 3]])
///     // ["#/settings: matches none of the allowed forms (#/settings/fallback_threshold: 3 is more than the maximum 1; …)"]
public struct SchemaValidator: Sendable {
    /// The keywords whose meaning is checked.
    public static let assertions: Set<String> = [
        "type", "enum", "minimum", "maximum", "items", "properties", "additionalProperties", "required",
        "minProperties", "maxProperties", "anyOf", "oneOf", "$ref",
    ]
    /// The keywords that only document a schema or hold definitions for `$ref`.
    public static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    /// How deep schemas may apply to one another: a `$ref` cycle that never reaches into the
    /// instance stops here instead of recursing forever.
    static let maxDepth = 256

    /// The root schema; `$ref`s resolve in its `$defs`.
    public let schema: JSONValue
    /// What is wrong with the schema itself (unsupported keywords, malformed values, references
    /// to no definition), as `schema #/pointer: problem`; found once, reported by every validation.
    public let schemaProblems: [String]
    private let lint: SchemaLint

    public init(schema: JSONValue) {
        self.schema = schema
        lint = SchemaLint(root: schema)
        schemaProblems = lint.problems(of: schema, at: "#")
    }

    /// Every way `instance` breaks the schema (the schema's own problems first); empty when valid.
    public func validate(_ instance: JSONValue) -> [String] {
        schemaProblems + check(instance, against: schema, at: "#", depth: 0)
    }

    /// Every way `instance` breaks `schema`: `SchemaValidator(schema: schema).validate(instance)`.
    public static func validate(_ instance: JSONValue, against schema: JSONValue) -> [String] {
        SchemaValidator(schema: schema).validate(instance)
    }

    /// Decodes JSON text with Foundation's decoder (independent of the code under test).
    public static func decode(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// Reads a JSON file (a schema) with Foundation's decoder.
    public static func load(_ path: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    // MARK: Checking an instance

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, depth: Int) -> [String] {
        guard depth < Self.maxDepth else {
            return ["\(path): schemas nest deeper than \(Self.maxDepth) levels here (a '$ref' cycle?)"]
        }
        // A schema that is not an object is one of `schemaProblems`.
        guard case .object(let keywords) = schema else { return [] }
        var problems: [String] = []
        if let reference = keywords["$ref"]?.stringValue, let target = lint.definition(reference) {
            problems += check(value, against: target, at: path, depth: depth + 1)
        }
        if let types = keywords["type"], !Self.matches(value, types) {
            return problems + ["\(path): expected \(Self.describe(types)), found \(Self.kind(of: value))"]
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
            problems.append("\(path): \(Self.render(value)) is not one of \(allowed.map(Self.render).joined(separator: ", "))")
        }
        if case .number(let number) = value {
            if let minimum = keywords["minimum"]?.numberValue, number < minimum {
                problems.append("\(path): \(Self.render(value)) is less than the minimum \(JSONNumber.text(minimum))")
            }
            if let maximum = keywords["maximum"]?.numberValue, number > maximum {
                problems.append("\(path): \(Self.render(value)) is more than the maximum \(JSONNumber.text(maximum))")
            }
        }
        if case .array(let elements) = value, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                problems += check(element, against: items, at: "\(path)/\(index)", depth: depth + 1)
            }
        }
        if case .object(let fields) = value {
            problems += checkObject(fields, keywords, at: path, depth: depth)
        }
        return problems + checkAlternatives(value, keywords, at: path, depth: depth)
    }

    private func checkObject(_ fields: [String: JSONValue], _ keywords: [String: JSONValue], at path: String,
                             depth: Int) -> [String] {
        var problems: [String] = []
        if let minimum = keywords["minProperties"]?.numberValue, Double(fields.count) < minimum {
            problems.append("\(path): fewer than \(JSONNumber.text(minimum)) keys")
        }
        if let maximum = keywords["maxProperties"]?.numberValue, Double(fields.count) > maximum {
            problems.append("\(path): more than \(JSONNumber.text(maximum)) keys")
        }
        if case .array(let required)? = keywords["required"] {
            for case .string(let name) in required where fields[name] == nil {
                problems.append("\(path): missing '\(name)'")
            }
        }
        let properties: [String: JSONValue] = if case .object(let declared)? = keywords["properties"] { declared } else { [:] }
        for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
            let here = "\(path)/\(Self.escape(name))"
            if let property = properties[name] {
                problems += check(field, against: property, at: here, depth: depth + 1)
                continue
            }
            switch keywords["additionalProperties"] {
            case .bool(false)?: problems.append("\(path): unknown key '\(name)'")
            case let additional? where additional.isObject:
                problems += check(field, against: additional, at: here, depth: depth + 1)
            default: break
            }
        }
        return problems
    }

    /// `anyOf`: at least one schema holds; `oneOf`: exactly one does. When none holds, the
    /// first few reasons say why.
    private func checkAlternatives(_ value: JSONValue, _ keywords: [String: JSONValue], at path: String,
                                   depth: Int) -> [String] {
        var problems: [String] = []
        if case .array(let options)? = keywords["anyOf"] {
            let results = options.map { check(value, against: $0, at: path, depth: depth + 1) }
            if !results.contains(where: \.isEmpty) {
                problems.append("\(path): matches none of the allowed forms (\(Self.reasons(results)))")
            }
        }
        if case .array(let options)? = keywords["oneOf"] {
            let results = options.map { check(value, against: $0, at: path, depth: depth + 1) }
            let passing = results.filter(\.isEmpty).count
            if passing == 0 {
                problems.append("\(path): matches none of the \(options.count) forms of 'oneOf' (\(Self.reasons(results)))")
            } else if passing > 1 {
                problems.append("\(path): matches \(passing) of the \(options.count) forms of 'oneOf', not exactly one")
            }
        }
        return problems
    }

    private static func reasons(_ results: [[String]]) -> String {
        results.flatMap { $0 }.prefix(3).joined(separator: "; ")
    }

    // MARK: Types and rendering

    static let typeNames: Set<String> = ["null", "boolean", "number", "integer", "string", "array", "object"]

    private static func matches(_ value: JSONValue, _ types: JSONValue) -> Bool {
        switch types {
        case .string(let type): matches(value, type: type)
        case .array(let list): list.contains { $0.stringValue.map { matches(value, type: $0) } ?? false }
        default: true
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
             ("object", .object): true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }

    private static func describe(_ types: JSONValue) -> String {
        switch types {
        case .string(let type): type
        case .array(let list): list.compactMap(\.stringValue).joined(separator: " or ")
        default: "anything"
        }
    }

    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// A value as compact JSON: `"x"`, `3`, `[1,2]`.
    static func render(_ value: JSONValue) -> String {
        var writer = JSONWriter(capacity: 64)
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A key as a JSON Pointer token (RFC 6901): `~` as `~0`, `/` as `~1`.
    static func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

private extension JSONValue {
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
