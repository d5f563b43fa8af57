import ConciergeJSON

/// A JSON Schema validator for the subset the bot schemas use: `type` (one or a list),
/// `properties`, `additionalProperties`, `required`, `items`, `anyOf`, `$ref` into `$defs`,
/// `minimum`/`maximum`, `minProperties`/`maxProperties`. Returns every violation with its path.
///
///     let errors = SchemaValidator(schema: schema).validate(value)   // ["/intents/greet: unknown key 'exmaples'"]
struct SchemaValidator {
    let schema: JSONValue

    func validate(_ value: JSONValue) -> [String] {
        validate(value, against: schema, path: "")
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        guard let reference = schema["$ref"]?.stringValue, reference.hasPrefix("#/$defs/") else { return schema }
        let name = String(reference.dropFirst("#/$defs/".count))
        let target = self.schema["$defs"]?[name] ?? .object([:])
        // Sibling keywords next to $ref (a description) only document it.
        return resolve(target)
    }

    private func validate(_ value: JSONValue, against raw: JSONValue, path: String) -> [String] {
        let schema = resolve(raw)
        let at = path.isEmpty ? "/" : path
        if case .array(let alternatives)? = schema["anyOf"] {
            let results = alternatives.map { validate(value, against: $0, path: path) }
            if results.contains(where: \.isEmpty) { return [] }
            return ["\(at): matches none of the allowed forms (\(results.flatMap { $0 }.prefix(3).joined(separator: "; ")))"]
        }
        if let types = schema["type"], !matches(value, types) {
            return ["\(at): expected \(describe(types)), found \(kind(of: value))"]
        }
        var errors: [String] = []
        if case .number(let number) = value {
            if let minimum = schema["minimum"]?.numberValue, number < minimum { errors.append("\(at): \(number) < \(minimum)") }
            if let maximum = schema["maximum"]?.numberValue, number > maximum { errors.append("\(at): \(number) > \(maximum)") }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                errors += validate(item, against: itemSchema, path: "\(path)/\(index)")
            }
        }
        if case .object(let fields) = value {
            if let minimum = schema["minProperties"]?.numberValue, Double(fields.count) < minimum {
                errors.append("\(at): fewer than \(Int(minimum)) keys")
            }
            if let maximum = schema["maxProperties"]?.numberValue, Double(fields.count) > maximum {
                errors.append("\(at): more than \(Int(maximum)) keys")
            }
            if case .array(let required)? = schema["required"] {
                for key in required.compactMap(\.stringValue) where fields[key] == nil {
                    errors.append("\(at): missing '\(key)'")
                }
            }
            let properties: [String: JSONValue]
            if case .object(let declared)? = schema["properties"] { properties = declared } else { properties = [:] }
            for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
                if let property = properties[key] {
                    errors += validate(field, against: property, path: "\(path)/\(key)")
                } else if let additional = schema["additionalProperties"] {
                    if case .bool(false) = additional {
                        errors.append("\(at): unknown key '\(key)'")
                    } else if case .object = additional {
                        errors += validate(field, against: additional, path: "\(path)/\(key)")
                    }
                }
            }
        }
        return errors
    }

    private func matches(_ value: JSONValue, _ types: JSONValue) -> Bool {
        switch types {
        case .string(let type): return matches(value, type)
        case .array(let list): return list.contains { $0.stringValue.map { matches(value, $0) } ?? false }
        default: return true
        }
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (value, type) {
        case (.null, "null"), (.bool, "boolean"), (.number, "number"), (.string, "string"), (.array, "array"), (.object, "object"):
            return true
        case (.number(let number), "integer"):
            return number.rounded() == number
        default:
            return false
        }
    }

    private func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    private func describe(_ types: JSONValue) -> String {
        switch types {
        case .string(let type): type
        case .array(let list): list.compactMap(\.stringValue).joined(separator: " or ")
        default: "anything"
        }
    }
}
