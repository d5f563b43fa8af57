import ConciergeBinary
import ConciergeText
import Testing
@testable import ConciergeNLU

@Suite struct WordVectorsTests {
    let tokenizer = Tokenizer()

    func meaning(_ text: String) throws -> [Float] {
        try #require(WordVectors.builtIn).meaning(of: tokenizer.tokenize(text))
    }

    func similarity(_ a: String, _ b: String) throws -> Float {
        zip(try meaning(a), try meaning(b)).map { $0 * $1 }.reduce(0, +)
    }

    @Test func theBuiltInTableReadsAndItsFingerprintCoversIt() throws {
        let vectors = try #require(WordVectors.builtIn)
        #expect(vectors.dimensions == 128)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in WordVectors.builtInBytes[32...] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        #expect(hash == vectors.fingerprint)
    }

    @Test(arguments: [
        ("purchase", "buy", "weather"),
        ("wake me up", "alarm", "recipe"),
        ("thermostats", "heating", "football"),
        ("cheapest", "price", "email"),
    ])
    func relatedWordsLieCloserThanUnrelatedOnes(_ word: String, _ related: String, _ unrelated: String) throws {
        #expect(try similarity(word, related) > similarity(word, unrelated))
    }

    @Test func aMeaningHasUnitLength() throws {
        let vector = try meaning("book a table for two")
        #expect(vector.count == 128)
        #expect(abs(vector.map { $0 * $0 }.reduce(0, +).squareRoot() - 1) < 1e-4)
    }

    @Test(arguments: ["", "the of and it", "日本語", "🙂", "?!"])
    func aMessageWithoutWordsOfTheTableHasNoMeaning(_ text: String) throws {
        #expect(try meaning(text).isEmpty)
    }

    static let damagedTables: [(name: String, bytes: [UInt8])] = {
        let magic: [UInt8] = Array("CWV1".utf8)
        let zeros = [UInt8](repeating: 0, count: 28)
        var badSizes: [UInt8] = magic
        badSizes += [1, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0]
        badSizes += [UInt8](repeating: 0, count: 16)
        return [("too short", magic), ("wrong magic", Array("XXXX".utf8) + zeros), ("sizes that do not add up", badSizes)]
    }()

    @Test(arguments: damagedTables)
    func aDamagedTableIsRefused(_ table: (name: String, bytes: [UInt8])) {
        let read = table.bytes.withUnsafeBytes { WordVectors(bytes: $0) }
        #expect(read == nil, "\(table.name)")
    }

    func classifier(meaningWeight: Float) -> IntentClassifier {
        let examples = [
            ("i want to buy tickets", "buy"), ("get me two seats for the show", "buy"), ("order tickets for friday", "buy"),
            ("will it rain today", "weather"), ("how hot is it outside", "weather"), ("forecast for tomorrow", "weather"),
        ]
        var configuration = ClassifierConfiguration()
        configuration.features.meaningWeight = meaningWeight
        return IntentClassifier.train(
            examples: examples.map { (tokens: tokenizer.tokenize($0.0), label: $0.1) }, configuration: configuration)
    }

    @Test func theMeaningBlockIsTheLastColumnsAtItsWeight() throws {
        let classifier = classifier(meaningWeight: 2.5)
        let vector = classifier.vectorizer.transform(tokenizer.tokenize("any sunshine this weekend"))
        let block = zip(vector.indices, vector.values).filter { Int($0.0) >= classifier.vectorizer.idf.count }.map(\.1)
        #expect(block.count == 128)
        #expect(abs(block.map { $0 * $0 }.reduce(0, +).squareRoot() - 2.5) < 1e-3)
        #expect(classifier.vectorizer.columnCount == classifier.vectorizer.idf.count + 128)
    }

    @Test func wordsNoExampleUsesCountByTheirMeaning() {
        let message = tokenizer.tokenize("purchase admission")
        #expect(classifier(meaningWeight: 2.5).rank(message).first?.name == "buy")
    }

    @Test func theMeaningAloneIsNoEvidence() {
        // "zq" shares no n-gram with the examples: only the meaning block would speak.
        let ranked = classifier(meaningWeight: 2.5).rank(tokenizer.tokenize("zq"))
        #expect(ranked.allSatisfy { $0.confidence == 0 })
    }

    @Test func aCompiledClassifierWithTheMeaningBlockAnswersTheSame() throws {
        let classifier = classifier(meaningWeight: 2.5)
        var writer = BinaryWriter()
        try classifier.write(to: &writer)
        let storage = FlatStorage(copying: writer.bytes)
        var reader = BinaryReader(storage)
        let back = try IntentClassifier.read(from: &reader)
        for text in ["purchase admission", "is it sunny", "two seats please", "hello"] {
            #expect(back.rank(tokenizer.tokenize(text)) == classifier.rank(tokenizer.tokenize(text)), "\(text)")
        }
    }
}
