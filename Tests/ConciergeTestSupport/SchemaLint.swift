import ConciergeJSON

/// The problems of a JSON Schema itself, for `SchemaValidator`: keywords it does not check,
/// keyword values of the wrong shape, and `$ref`s that name no definition. Walks every
/// subschema once, whatever the instance, so a problem in a branch of `anyOf` that an
/// instance never reaches is reported too.
///
///     let schema: JSONValue = ["type": "string", "pattern": "^a"]
///     SchemaLint(root: schema).problems(of: schema, at: "#")   // ["schema #: unsupported keyword 'pattern'"]
struct SchemaLint {
    /// The root schema, whose `$defs` hold what `$ref`s name.
    let root: JSONValue

    /// The schema `#/$defs/name` names, or nil when the reference is of another form or names nothing.
    func definition(_ reference: String) -> JSONValue? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix) else { return nil }
        return root["$defs"]?[String(reference.dropFirst(prefix.count))]
    }

    func problems(of schema: JSONValue, at path: String) -> [String] {
        guard case .object(let keywords) = schema else {
            return ["schema \(path): expected a schema (an object), found \(SchemaValidator.kind(of: schema))"]
        }
        var problems: [String] = []
        for (key, value) in keywords.sorted(by: { $0.key < $1.key }) {
            if !SchemaValidator.assertions.contains(key), !SchemaValidator.annotations.contains(key) {
                problems.append("schema \(path): unsupported keyword '\(key)'")
                continue
            }
            problems += self.problems(of: key, value, at: "\(path)/\(SchemaValidator.escape(key))")
        }
        return problems
    }

    /// The problems of one keyword's value, and of the subschemas it holds.
    private func problems(of keyword: String, _ value: JSONValue, at path: String) -> [String] {
        switch keyword {
        case "properties", "$defs":
            guard case .object(let members) = value else { return [malformed(path, "an object of schemas", value)] }
            return members.sorted { $0.key < $1.key }.flatMap { problems(of: $1, at: "\(path)/\(SchemaValidator.escape($0))") }
        case "anyOf", "oneOf":
            guard case .array(let options) = value, !options.isEmpty else { return [malformed(path, "a list of schemas", value)] }
            return options.enumerated().flatMap { problems(of: $1, at: "\(path)/\($0)") }
        case "items":
            return problems(of: value, at: path)
        case "additionalProperties":
            if case .bool = value { return [] }
            return problems(of: value, at: path)
        case "type":
            return typeProblems(value, at: path)
        case "enum":
            guard case .array(let allowed) = value, !allowed.isEmpty else { return [malformed(path, "a list of values", value)] }
            return []
        case "required":
            guard case .array(let names) = value, names.allSatisfy({ $0.stringValue != nil }) else {
                return [malformed(path, "a list of key names", value)]
            }
            return []
        case "minimum", "maximum", "minProperties", "maxProperties":
            return value.numberValue == nil ? [malformed(path, "a number", value)] : []
        case "$ref":
            guard let reference = value.stringValue else { return [malformed(path, "a reference like '#/$defs/name'", value)] }
            return definition(reference) == nil ? ["schema \(path): '\(reference)' names no definition under '#/$defs/'"] : []
        default:
            // Annotations document; they are not checked.
            return []
        }
    }

    private func typeProblems(_ value: JSONValue, at path: String) -> [String] {
        let names: [JSONValue] = if case .array(let list) = value { list } else { [value] }
        guard !names.isEmpty else { return [malformed(path, "a type name or a list of them", value)] }
        return names.compactMap { name in
            guard let text = name.stringValue else { return malformed(path, "a type name or a list of them", value) }
            return SchemaValidator.typeNames.contains(text) ? nil : "schema \(path): unknown type '\(text)'"
        }
    }

    private func malformed(_ path: String, _ expected: String, _ value: JSONValue) -> String {
        "schema \(path): expected \(expected), found \(SchemaValidator.render(value))"
    }
}
