import ConciergeTestSupport
import ConciergeBot
@testable import ConciergeLoader
import Foundation
import Testing
import ConciergeJSON

@Suite struct SchemaTests {
    static func schema(_ name: String) throws -> JSONValue {
        let data = try #require(FileManager.default.contents(atPath: DemoBot.root + "/schemas/\(name).schema.json"))
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func validate(_ yaml: String, schema name: String) throws -> [String] {
        SchemaValidator(schema: try schema(name)).validate(try YAMLValue.parse(yaml))
    }

    @Test func everyDemoFileValidatesAndNamesItsSchema() throws {
        let files = DemoBot.files()
        #expect(files.count >= 4)
        for file in files {
            let name = file.path.hasPrefix("dialogs/") ? "dialogs" : "intents"
            #expect(file.contents.hasPrefix("# yaml-language-server: $schema=../schemas/\(name).schema.json\n"), "\(file.path)")
            let errors = try Self.validate(file.contents, schema: name)
            #expect(errors.isEmpty, "\(file.path): \(errors)")
        }
    }

    @Test func schemasDescribeEveryProperty() throws {
        // Editors show descriptions as help, so every declared key has one.
        for name in ["intents", "dialogs", "personas"] {
            let schema = try Self.schema(name)
            #expect(schema["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema")
            var missing: [String] = []
            func walk(_ node: JSONValue, _ path: String) {
                switch node {
                case .object(let fields):
                    if case .object(let properties)? = fields["properties"] {
                        for (key, property) in properties where property["description"] == nil && property["$ref"] == nil {
                            missing.append("\(path)/\(key)")
                        }
                    }
                    for (key, child) in fields { walk(child, "\(path)/\(key)") }
                case .array(let items):
                    for (index, item) in items.enumerated() { walk(item, "\(path)/\(index)") }
                default: break
                }
            }
            walk(schema, name)
            #expect(missing.isEmpty, "\(missing)")
        }
    }

    @Test func schemaRejectsUnknownKeysAndWrongTypes() throws {
        let typo = try Self.validate("intents:\n  greet:\n    exmaples: [hi]\n", schema: "intents")
        #expect(typo.contains { $0.contains("exmaples") || $0.contains("none of the allowed forms") })
        let threshold = try Self.validate("settings:\n  fallback_threshold: 3\n", schema: "intents")
        #expect(!threshold.isEmpty)
        let mask = try Self.validate("settings:\n  mask_personal_data: \"yes\"\n", schema: "intents")
        #expect(!mask.isEmpty)
        #expect(try Self.validate("settings:\n  mask_personal_data: true\n", schema: "intents").isEmpty)
        let state = try Self.validate("states:\n  a:\n    final: maybe\n", schema: "dialogs")
        #expect(!state.isEmpty)
        let field = try Self.validate("states:\n  a:\n    form:\n      fields:\n        - ask: hi\n", schema: "dialogs")
        #expect(field.contains { $0.contains("missing 'slot'") })
    }

    @Test func schemaKeysMatchTheLoaders() throws {
        // The keys each schema declares are the keys the parsers accept, so a file that loads
        // also validates. The loader rejects a key the schema lacks with "unknown key".
        let intents = try Self.schema("intents")
        guard case .object(let top)? = intents["properties"] else { Issue.record("no properties"); return }
        #expect(Set(top.keys) == ["settings", "slots", "entities", "intents"])
        let dialogs = try Self.schema("dialogs")
        guard case .object(let dialogTop)? = dialogs["properties"] else { Issue.record("no properties"); return }
        #expect(Set(dialogTop.keys) == ["settings", "globals", "states", "faq", "catalog"])
    }

    @Test func yamlValuesResolveLikeTheLoader() throws {
        let value = try YAMLValue.parse("a: 0.3\nb: \"1\"\nc: true\nd: ~\ne: [x, 2]\n")
        #expect(value["a"] == .number(0.3))
        #expect(value["b"] == .string("1"))
        #expect(value["c"] == .bool(true))
        #expect(value["d"] == .null)
        #expect(value["e"] == .array([.string("x"), .number(2)]))
        #expect(throws: YAMLValue.Failure.self) { try YAMLValue.parse("a: [") }
    }
}

@Suite struct PersonaSchemaTests {
    @Test func everyDemoPersonaValidatesAndNamesItsSchema() throws {
        let files = DemoBot.files(in: ["personas"])
        #expect(files.count >= 30)
        for file in files {
            #expect(file.contents.hasPrefix("# yaml-language-server: $schema=../schemas/personas.schema.json\n"), "\(file.path)")
            let errors = try SchemaTests.validate(file.contents, schema: "personas")
            #expect(errors.isEmpty, "\(file.path): \(errors)")
        }
    }

    @Test func schemaKeysMatchTheLoader() throws {
        let schema = try SchemaTests.schema("personas")
        guard case .object(let top)? = schema["properties"], case .object(let say)? = top["say"]?["properties"],
              case .array(let behaviours)? = top["behaviours"]?["items"]?["enum"],
              case .array(let goals)? = top["goal"]?["enum"] else {
            Issue.record("the schema lacks properties, say, behaviours or goals")
            return
        }
        #expect(Set(top.keys) == Set(PersonaLoader.keys))
        #expect(Set(say.keys) == Set(PersonaLoader.acts))
        #expect(Set(behaviours.compactMap(\.stringValue)) == Set(PersonaBehaviour.allCases.map(\.rawValue)))
        #expect(Set(goals.compactMap(\.stringValue)) == Set(PersonaGoal.names))
        let typo = try SchemaTests.validate("goal: lead\nbehavours: [correction]\n", schema: "personas")
        #expect(!typo.isEmpty)
    }
}
