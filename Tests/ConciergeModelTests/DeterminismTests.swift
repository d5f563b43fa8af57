import ConciergeAuthoring
import ConciergeBinary
import ConciergeBot
import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
import ConciergeLoader
import ConciergeModel
import ConciergeNLU
import ConciergeTestSupport
import Foundation
import Testing

/// A model read from its file answers byte for byte like the model training made.
@Suite struct DeterminismTests {
    /// Every turn of the demo bot's transcripts (tests/*.yml), played as `concierge test`
    /// plays them, against the trained bot and the bot read back from its model file.
    @Test func demoTranscriptsAnswerAlike() throws {
        let fixture = try ModelFixtures.demoFixture()
        let compiled = try ModelFile.decode(FlatStorage(copying: fixture.bytes), identity: ModelFixtures.identity)
        #expect(compiled.warnings == ["a warning"])
        let loaded = Bot(definition: compiled.definition, nlu: compiled.nlu)
        let (files, diagnostics) = TranscriptLoader.load(directory: DemoBot.root)
        #expect(diagnostics.isEmpty)
        let conversations = files.flatMap(\.conversations)
        #expect(conversations.count > 10)
        var turns = 0
        for conversation in conversations {
            let fresh = TranscriptRunner(bot: fixture.bot).run(conversation)
            let fromFile = TranscriptRunner(bot: loaded).run(conversation)
            #expect(fresh.failures == fromFile.failures, "\(conversation.name)")
            #expect(fresh.replies.count == fromFile.replies.count)
            for (expected, actual) in zip(fresh.replies, fromFile.replies) {
                #expect(Self.text(of: expected) == Self.text(of: actual), "\(conversation.name)")
                turns += 1
            }
        }
        #expect(turns > 50)
    }

    /// Every parse of the Snips test set, as JSON, from a model trained on a fifth of the
    /// Snips training set (slots included: a debug build trains the whole set for minutes)
    /// and the same model read back from its file.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ModelFixtures.datasets + "/snips")))
    func snipsTestSetParsesAlike() throws {
        let train = try Dataset.read(path: ModelFixtures.datasets + "/snips/train.jsonl").enumerated()
            .filter { $0.offset % 5 == 0 }.map(\.element)
        let test = try Dataset.read(path: ModelFixtures.datasets + "/snips/test.jsonl")
        let definition = ModelFixtures.definition(of: train, file: "snips/train.jsonl")
        let nlu = NLUModel.train(bot: definition)
        #expect(nlu.tagger != nil)
        let bytes = try ModelFile.encode(CompiledBot(definition: definition, nlu: nlu, warnings: []),
                                         identity: ModelFixtures.identity)
        let loaded = try ModelFile.decode(FlatStorage(copying: bytes), identity: ModelFixtures.identity).nlu
        let now = Date(timeIntervalSince1970: 1_736_154_000)
        let zone = TimeZone(secondsFromGMT: 0) ?? .current
        var different: [String] = []
        for utterance in test + train.prefix(300) {
            let expected = nlu.parse(utterance.text, now: now, timeZone: zone).jsonText
            let actual = loaded.parse(utterance.text, now: now, timeZone: zone).jsonText
            if expected != actual { different.append("\(expected)\n\(actual)") }
        }
        #expect(different.isEmpty, "\(different.count) differ, first: \(different.first ?? "")")
    }

    /// What a turn shows and stores: the reply's texts, the NLU result's JSON, the state, the
    /// slots and the events.
    static func text(of reply: Reply) -> String {
        let slots = reply.slots.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.jsonText)" }
        let events = reply.events.map(\.jsonText)
        return ([reply.text, reply.nlu.jsonText, reply.state, reply.intent] + slots + events).joined(separator: "\n")
    }
}
