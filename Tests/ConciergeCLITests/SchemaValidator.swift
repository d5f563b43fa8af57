import Foundation
import ConciergeJSON

/// A JSON Schema validator for the subset the protocol schemas use: `type` (a name or a
/// list), `properties`, `required`, `items`, `enum`, `oneOf`, `anyOf`,
/// `additionalProperties` (a boolean or a schema). Other keywords (`description`, `title`,
/// `$schema`, `$id`) are annotations. An unsupported keyword is an error, so the schema cannot
/// silently say more than is checked.
///
///     let problems = SchemaValidator.validate(instance, against: schema)   // [] when valid
struct SchemaValidator {
    static let annotations: Set<String> = ["description", "title", "$schema", "$id"]
    static let supported: Set<String> = ["type", "properties", "required", "items", "enum", "oneOf", "anyOf", "additionalProperties"]

    /// Decodes JSON text with Foundation's decoder (independent of the code under test).
    static func decode(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    static func load(_ path: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Every way `instance` breaks `schema`, as `path: problem`.
    static func validate(_ instance: JSONValue, against schema: JSONValue, path: String = "$") -> [String] {
        guard case .object(let keywords) = schema else { return ["\(path): schema is not an object"] }
        var problems: [String] = []
        for key in keywords.keys where !supported.contains(key) && !annotations.contains(key) {
            problems.append("\(path): unsupported schema keyword '\(key)'")
        }
        if let type = keywords["type"] {
            let names: [String] = if case .array(let list) = type { list.compactMap(\.stringValue) } else { [type.stringValue ?? ""] }
            if !names.contains(where: { matches(instance, type: $0) }) {
                problems.append("\(path): expected \(names.joined(separator: " or ")), got \(instance)")
                return problems
            }
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(instance) {
            problems.append("\(path): \(instance) is not one of \(allowed)")
        }
        if case .object(let fields) = instance {
            problems += validateObject(fields, keywords, path: path)
        }
        if case .array(let elements) = instance, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                problems += validate(element, against: items, path: "\(path)[\(index)]")
            }
        }
        if case .array(let options)? = keywords["oneOf"] {
            let passing = options.filter { validate(instance, against: $0, path: path).isEmpty }.count
            if passing != 1 { problems.append("\(path): matches \(passing) of oneOf's \(options.count) schemas, not exactly one") }
        }
        if case .array(let options)? = keywords["anyOf"], !options.contains(where: { validate(instance, against: $0, path: path).isEmpty }) {
            problems.append("\(path): matches none of anyOf's schemas: "
                + options.flatMap { validate(instance, against: $0, path: path) }.joined(separator: "; "))
        }
        return problems
    }

    static func validateObject(_ fields: [String: JSONValue], _ keywords: [String: JSONValue], path: String) -> [String] {
        var problems: [String] = []
        if case .array(let required)? = keywords["required"] {
            for case .string(let name) in required where fields[name] == nil {
                problems.append("\(path): missing required '\(name)'")
            }
        }
        let properties: [String: JSONValue] = if case .object(let map)? = keywords["properties"] { map } else { [:] }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            if let property = properties[name] {
                problems += validate(value, against: property, path: "\(path).\(name)")
            } else {
                switch keywords["additionalProperties"] {
                case .bool(false)?: problems.append("\(path): unexpected property '\(name)'")
                case .object(let schema)?: problems += validate(value, against: .object(schema), path: "\(path).\(name)")
                default: break
                }
            }
        }
        return problems
    }

    static func matches(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string),
             ("array", .array), ("object", .object): true
        case ("integer", .number(let value)): value.rounded() == value
        default: false
        }
    }
}
