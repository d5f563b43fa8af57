import ConciergeJSON
import ConciergeTestSupport
import Testing

/// One row: a schema, an instance, and every problem the validator must report (none: accepted).
struct SchemaCase: CustomTestStringConvertible, Sendable {
    var name: String
    var schema: JSONValue
    var instance: JSONValue
    var problems: [String]

    init(_ name: String, _ schema: JSONValue, _ instance: JSONValue, _ problems: [String] = []) {
        self.name = name
        self.schema = schema
        self.instance = instance
        self.problems = problems
    }

    var testDescription: String { "\(name) \(problems.isEmpty ? "accepted" : "rejected")" }
}

/// The shared JSON Schema validator (ConciergeTestSupport), keyword by keyword.
@Suite struct SchemaValidatorTests {
    @Test(arguments: SchemaValidatorTests.keywords + SchemaValidatorTests.schemas)
    func reportsEveryProblem(_ row: SchemaCase) {
        #expect(SchemaValidator(schema: row.schema).validate(row.instance) == row.problems)
    }

    @Test(arguments: ["intents", "dialogs", "protocol-request", "protocol-response"])
    func theRepositorySchemasUseOnlyCheckedKeywords(_ name: String) throws {
        let schema = try SchemaValidator.load(DemoBot.root + "/schemas/\(name).schema.json")
        #expect(SchemaValidator(schema: schema).schemaProblems == [])
    }

    static let keywords: [SchemaCase] = [
        SchemaCase("type", ["type": "string"], "x"),
        SchemaCase("type", ["type": "string"], 3, ["#: expected string, found number"]),
        SchemaCase("type (a list)", ["type": ["string", "null"]], nil),
        SchemaCase("type (a list)", ["type": ["string", "null"]], false, ["#: expected string or null, found boolean"]),
        SchemaCase("type integer", ["type": "integer"], 40),
        SchemaCase("type integer", ["type": "integer"], 1.5, ["#: expected integer, found number"]),
        SchemaCase("enum", ["enum": ["suggest", 2]], 2),
        SchemaCase("enum", ["enum": ["suggest", 2]], "sugest", [#"#: "sugest" is not one of "suggest", 2"#]),
        SchemaCase("minimum and maximum", ["minimum": 0, "maximum": 1], 0.4),
        SchemaCase("minimum", ["minimum": 0, "maximum": 1], -1, ["#: -1 is less than the minimum 0"]),
        SchemaCase("maximum", ["minimum": 0, "maximum": 1], 1.5, ["#: 1.5 is more than the maximum 1"]),
        SchemaCase("items", ["items": ["type": "number"]], [1, 2]),
        SchemaCase("items", ["items": ["type": "number"]], [1, "x", 2, true],
                   ["#/1: expected number, found string", "#/3: expected number, found boolean"]),
        SchemaCase("properties", ["properties": ["a": ["type": "string"]]], ["a": "x", "b": 1]),
        SchemaCase("properties", ["properties": ["a": ["type": "string"]]], ["a": 1], ["#/a: expected string, found number"]),
        SchemaCase("required", ["required": ["a", "b"]], ["a": 1, "b": nil]),
        SchemaCase("required", ["required": ["a", "b"]], ["c": 1], ["#: missing 'a'", "#: missing 'b'"]),
        SchemaCase("additionalProperties false", ["properties": ["a": [:]], "additionalProperties": false], ["a": 1]),
        SchemaCase("additionalProperties false", ["properties": ["a": [:]], "additionalProperties": false],
                   ["a": 1, "exmaples": 2, "z": 3], ["#: unknown key 'exmaples'", "#: unknown key 'z'"]),
        SchemaCase("additionalProperties (a schema)", ["additionalProperties": ["type": "number"]], ["x": 1]),
        SchemaCase("additionalProperties (a schema)", ["additionalProperties": ["type": "number"]], ["x": "y"],
                   ["#/x: expected number, found string"]),
        SchemaCase("minProperties and maxProperties", ["minProperties": 1, "maxProperties": 1], ["a": 1]),
        SchemaCase("minProperties", ["minProperties": 1, "maxProperties": 1], [:], ["#: fewer than 1 keys"]),
        SchemaCase("maxProperties", ["minProperties": 1, "maxProperties": 1], ["a": 1, "b": 2], ["#: more than 1 keys"]),
        SchemaCase("anyOf", ["anyOf": [["type": "string"], ["type": "null"]]], nil),
        SchemaCase("anyOf", ["anyOf": [["type": "string"], ["type": "null"]]], 3,
                   ["#: matches none of the allowed forms (#: expected string, found number; #: expected null, found number)"]),
        SchemaCase("oneOf", ["oneOf": [["type": "number"], ["type": "integer"]]], 2.5),
        SchemaCase("oneOf (two match)", ["oneOf": [["type": "number"], ["type": "integer"]]], 2,
                   ["#: matches 2 of the 2 forms of 'oneOf', not exactly one"]),
        SchemaCase("oneOf (none matches)", ["oneOf": [["type": "number"], ["type": "integer"]]], "x",
                   ["#: matches none of the 2 forms of 'oneOf' (#: expected number, found string; #: expected integer, found string)"]),
        SchemaCase("$ref", ["$defs": ["name": ["type": "string"]], "properties": ["a": ["$ref": "#/$defs/name"]]], ["a": "x"]),
        SchemaCase("$ref", ["$defs": ["name": ["type": "string"]], "properties": ["a": ["$ref": "#/$defs/name"]]], ["a": 1],
                   ["#/a: expected string, found number"]),
        SchemaCase("annotations", ["$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x", "title": "t",
                                   "description": "d", "type": "null"], nil),
        SchemaCase("a key with '/' and '~' in the path", ["properties": ["a/b~": ["type": "null"]]], ["a/b~": 1],
                   ["#/a~1b~0: expected null, found number"]),
        SchemaCase("every violation, nested",
                   ["properties": ["list": ["items": ["properties": ["id": [:]], "required": ["id"], "additionalProperties": false]]]],
                   ["list": [["id": 1], ["x": 1], ["id": 2, "y": 2]]],
                   ["#/list/1: missing 'id'", "#/list/1: unknown key 'x'", "#/list/2: unknown key 'y'"]),
    ]

    /// Problems of the schema itself: reported whatever the instance, even in a branch it never takes.
    static let schemas: [SchemaCase] = [
        SchemaCase("an unsupported keyword", ["type": "string", "pattern": "^a"], "a",
                   ["schema #: unsupported keyword 'pattern'"]),
        SchemaCase("an unsupported keyword in an anyOf branch not taken",
                   ["anyOf": [["type": "string"], ["type": "number", "multipleOf": 2]]], "x",
                   ["schema #/anyOf/1: unsupported keyword 'multipleOf'"]),
        SchemaCase("a $ref to no definition", ["$ref": "#/$defs/nope"], 1,
                   ["schema #/$ref: '#/$defs/nope' names no definition under '#/$defs/'"]),
        SchemaCase("an unknown type", ["type": "text"], "x",
                   ["schema #/type: unknown type 'text'", "#: expected text, found string"]),
        SchemaCase("a malformed keyword value", ["required": "id"], ["id": 1],
                   [#"schema #/required: expected a list of key names, found "id""#]),
        SchemaCase("a subschema that is not an object", ["items": 3], [1],
                   ["schema #/items: expected a schema (an object), found number"]),
        SchemaCase("a $ref cycle", ["$defs": ["a": ["$ref": "#/$defs/a"]], "$ref": "#/$defs/a"], 1,
                   ["#: schemas nest deeper than 256 levels here (a '$ref' cycle?)"]),
    ]
}
