import ConciergeBinary
import ConciergeBot
import ConciergeLoader
import ConciergeModel
import ConciergeNLU
import Foundation
import Testing

/// Bad model files are refused with the reason, never read wrong and never a crash.
@Suite struct ModelFileTests {
    /// A small bot with every part a model holds: patterns, slots, a lookup entity, annotated
    /// examples (a tagger), a dialog with a form.
    static let smallBot: BotDefinition? = BotLoader().load(files: [
        (path: "intents/main.yml", contents: """
        settings: {name: small}
        slots:
          plan: plan
          team_size: {entity: number, kind: head_count}
        entities:
          plan:
            values:
              - growth: [pro]
              - starter: [basic]
        intents:
          pricing:
            examples:
              - "how much is the [growth](plan) plan"
              - "what does [starter](plan) cost"
              - "price for [12](team_size) people"
              - pricing
          greet:
            examples: [hi, hello, hey there, good morning]
            patterns: ["(hi|hello) *"]
          demo:
            examples: [book a demo, can I see a demo, show me the product, demo please]
        """),
        (path: "dialogs/main.yml", contents: """
        settings: {start: welcome}
        states:
          welcome:
            say: ["Hi! Ask about {plan|our plans}."]
            on: {pricing: price, demo: book}
          price:
            say: ["The {plan|growth} plan is $20."]
            final: true
          book:
            form:
              fields:
                - slot: team_size
                  ask: ["How many people?"]
            say: ["Booked for {team_size}."]
            final: true
        """),
    ]).definition

    struct Fixture {
        var bytes: [UInt8]
        var nlu: NLUModel
    }

    static let identity = ModelIdentity(engine: "engine A", botHash: BotContentHash(first: 7, second: 9))

    static func fixture() throws -> Fixture {
        let definition = try #require(smallBot)
        let nlu = NLUModel.train(bot: definition)
        let bytes = try ModelFile.encode(CompiledBot(definition: definition, nlu: nlu, warnings: ["w"]), identity: identity)
        return Fixture(bytes: bytes, nlu: nlu)
    }

    enum Expected: Equatable {
        case notAModel, formatVersion, otherEngine, otherBot, corrupted

        init(_ error: ModelFileError) {
            switch error {
            case .notAModel: self = .notAModel
            case .formatVersion: self = .formatVersion
            case .otherEngine: self = .otherEngine
            case .otherBot: self = .otherBot
            case .corrupted: self = .corrupted
            }
        }
    }

    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var damage: @Sendable ([UInt8]) -> [UInt8]
        var identity: ModelIdentity = ModelFileTests.identity
        var expected: Expected
    }

    static let cases: [Case] = [
        Case(description: "empty file", damage: { _ in [] }, expected: .notAModel),
        Case(description: "cut inside the header", damage: { Array($0.prefix(40)) }, expected: .notAModel),
        Case(description: "header only", damage: { Array($0.prefix(64)) }, expected: .corrupted),
        Case(description: "cut in half", damage: { Array($0.prefix($0.count / 2)) }, expected: .corrupted),
        Case(description: "last byte missing", damage: { Array($0.dropLast()) }, expected: .corrupted),
        Case(description: "a byte appended", damage: { $0 + [0] }, expected: .corrupted),
        Case(description: "magic changed", damage: { flipped($0, at: 0) }, expected: .notAModel),
        Case(description: "format version 2", damage: { flipped($0, at: 9) }, expected: .formatVersion),
        Case(description: "byte order mark changed", damage: { flipped($0, at: 12) }, expected: .corrupted),
        Case(description: "bit flip in the bot hash", damage: { flipped($0, at: 20) }, expected: .otherBot),
        Case(description: "bit flip in the checksum", damage: { flipped($0, at: 44) }, expected: .corrupted),
        Case(description: "bit flip in the section table", damage: { flipped($0, at: 90) }, expected: .corrupted),
        Case(description: "bit flip in the middle", damage: { flipped($0, at: $0.count / 2) }, expected: .corrupted),
        Case(description: "bit flip in the last byte", damage: { flipped($0, at: $0.count - 1) }, expected: .corrupted),
        Case(description: "another engine build", damage: { $0 },
             identity: ModelIdentity(engine: "engine B", botHash: ModelFileTests.identity.botHash), expected: .otherEngine),
        Case(description: "another bot", damage: { $0 },
             identity: ModelIdentity(engine: "engine A", botHash: BotContentHash(first: 7, second: 10)), expected: .otherBot),
        Case(description: "zeroed body, resealed", damage: { bytes in
            // The engine's name stays (64..<80); the section count and all after it are zero.
            var copy = Array(bytes.prefix(80)) + [UInt8](repeating: 0, count: bytes.count - 80)
            reseal(&copy)
            return copy
        }, expected: .corrupted),
        Case(description: "section table pointing past the end, resealed", damage: { bytes in
            var copy = bytes
            for index in 104..<112 { copy[index] = 0xFF }
            reseal(&copy)
            return copy
        }, expected: .corrupted),
    ]

    @Test(arguments: cases)
    func badFileIsRefused(_ badCase: Case) throws {
        let fixture = try Self.fixture()
        let damaged = badCase.damage(fixture.bytes)
        #expect(throws: ModelFileError.self) {
            _ = try ModelFile.decode(FlatStorage(copying: damaged), identity: badCase.identity)
        }
        do {
            _ = try ModelFile.decode(FlatStorage(copying: damaged), identity: badCase.identity)
        } catch {
            #expect(Expected(error) == badCase.expected, "\(error)")
        }
    }

    @Test func soundFileReadsBack() throws {
        let fixture = try Self.fixture()
        let compiled = try ModelFile.decode(FlatStorage(copying: fixture.bytes), identity: Self.identity)
        #expect(compiled.warnings == ["w"])
        #expect(compiled.definition.intents.map(\.name) == ["pricing", "greet", "demo"])
        #expect(compiled.definition.dialog?.states.map(\.name) == ["welcome", "price", "book"])
        #expect(compiled.nlu.tagger != nil)
        let now = Date(timeIntervalSince1970: 1_736_154_000)
        let zone = TimeZone(secondsFromGMT: 0) ?? .current
        for text in ["hello there", "how much is the pro plan for 12 people", "demo", "something else entirely"] {
            #expect(compiled.nlu.parse(text, now: now, timeZone: zone).jsonText
                    == fixture.nlu.parse(text, now: now, timeZone: zone).jsonText)
        }
    }

    /// A start reads no example, `parse` no dialog either; `concierge test` asks for the examples
    /// and gets the definition whole.
    @Test func examplesAreReadOnlyWhenAskedFor() throws {
        let fixture = try Self.fixture()
        let definition = try #require(Self.smallBot)
        let whole = try ModelFile.decode(FlatStorage(copying: fixture.bytes), identity: Self.identity, reading: .all)
        #expect(whole.definition.intents == definition.intents)
        let answering = try ModelFile.decode(FlatStorage(copying: fixture.bytes), identity: Self.identity, reading: .dialog)
        #expect(answering.definition.intents.allSatisfy { $0.examples.isEmpty })
        var withoutExamples = definition.intents
        for index in withoutExamples.indices { withoutExamples[index].examples = [] }
        #expect(answering.definition.intents == withoutExamples)
        #expect(answering.definition.dialog?.states.map(\.name) == definition.dialog?.states.map(\.name))
        let understanding = try ModelFile.decode(FlatStorage(copying: fixture.bytes), identity: Self.identity, reading: [])
        #expect(understanding.definition.dialog == nil)
        #expect(understanding.definition.intents == withoutExamples)
        #expect(understanding.nlu.parse("how much is the pro plan", now: Date(timeIntervalSince1970: 0), timeZone: .gmt).jsonText
                == fixture.nlu.parse("how much is the pro plan", now: Date(timeIntervalSince1970: 0), timeZone: .gmt).jsonText)
    }

    /// Sets and dictionaries encode in hash order, which differs with their history (and in
    /// every process): the tree lists their entries by their bytes, and keys in UTF-8 order.
    @Test func treesDoNotDependOnHashOrder() throws {
        var small = Set<Int>()
        var large = Set<Int>(minimumCapacity: 500)
        var smallTable: [Int8: String] = [:]
        var largeTable = [Int8: String](minimumCapacity: 500)
        var smallKeyed: [String: Int] = [:]
        var largeKeyed = [String: Int](minimumCapacity: 500)
        for value in (0..<40).reversed() {
            small.insert(value * 7)
            smallTable[Int8(value)] = "v\(value)"
            smallKeyed["k\(value)"] = value
        }
        for value in 0..<40 {
            large.insert(value * 7)
            largeTable[Int8(value)] = "v\(value)"
            largeKeyed["k\(value)"] = value
        }
        let sets = try [BinaryValueEncoder.tree(of: small), BinaryValueEncoder.tree(of: large)]
        #expect(sets[0] == sets[1])
        let tables = try [BinaryValueEncoder.tree(of: smallTable), BinaryValueEncoder.tree(of: largeTable)]
        #expect(tables[0] == tables[1])
        let keyed = try [BinaryValueEncoder.tree(of: smallKeyed), BinaryValueEncoder.tree(of: largeKeyed)]
        #expect(keyed[0] == keyed[1])
        var writer = BinaryWriter()
        tables[1].write(to: &writer)
        var reader = BinaryReader(FlatStorage(copying: writer.bytes))
        let back = try reader.readCodable([Int8: String].self)
        #expect(back == largeTable)
    }

    /// Seeded damage, thousands of times: nothing crashes, nothing damaged with its old
    /// checksum reads back. (`scripts/fuzz-model.sh` runs 20,000 on the demo bot, release build.)
    @Test func damagedCopiesNeverCrashAndAreDetected() throws {
        let fixture = try Self.fixture()
        let iterations = ProcessInfo.processInfo.environment["CONCIERGE_MODEL_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3000
        let report = ModelFuzz(bytes: fixture.bytes, identity: Self.identity, seed: 18).run(iterations: iterations)
        #expect(report.undetected == 0, "\(report)")
        #expect(report.rejected > report.iterations / 2, "\(report)")
        #expect(report.accepted > 0, "\(report)")
    }

    static func flipped(_ bytes: [UInt8], at index: Int) -> [UInt8] {
        var copy = bytes
        copy[index] ^= 0x02
        return copy
    }

    static func reseal(_ copy: inout [UInt8]) {
        let checksum = copy.withUnsafeBytes { ModelFile.checksum(ofFile: $0) }
        withUnsafeBytes(of: checksum.littleEndian) { raw in
            for (index, byte) in raw.enumerated() { copy[40 + index] = byte }
        }
    }
}
