import ConciergeAuthoring
import ConciergeBinary
import ConciergeBot
import ConciergeEngine
import ConciergeModel
import ConciergeNLU
import ConciergeTestSupport
import Foundation

/// The demo bot trained once, its model file, and the file read back: shared by the suites.
enum ModelFixtures {
    static let identity = ModelIdentity(engine: "test-engine", botHash: BotContentHash(first: 1, second: 2))

    struct Trained: Sendable {
        var bot: Bot
        var bytes: [UInt8]
    }

    /// The demo bot as every front trains it, and its compiled model's bytes.
    static let demo: Trained? = {
        guard let definition = DemoBot.definition else { return nil }
        let bot = Bot(definition: definition)
        let compiled = CompiledBot(definition: definition, nlu: bot.nlu, warnings: ["a warning"])
        guard let bytes = try? ModelFile.encode(compiled, identity: identity) else { return nil }
        return Trained(bot: bot, bytes: bytes)
    }()

    struct Missing: Error {}

    static func demoFixture() throws -> Trained {
        guard let demo else { throw Missing() }
        return demo
    }

    /// `../shared/datasets` beside the repository.
    static let datasets: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/datasets").path
    }()

    /// A bot definition holding a dataset's utterances as examples, its slots as free text.
    static func definition(of utterances: [LabeledUtterance], file: String) -> BotDefinition {
        var order: [String] = []
        var examples: [String: [Example]] = [:]
        for (line, utterance) in utterances.enumerated() {
            if examples[utterance.intent] == nil { order.append(utterance.intent) }
            examples[utterance.intent, default: []].append(Example(
                text: utterance.text, annotations: utterance.slots,
                location: SourceLocation(file: file, line: line + 1, column: 1)))
        }
        let location = SourceLocation(file: file, line: 1, column: 1)
        let slots = Set(utterances.flatMap { $0.slots.map(\.slot) }).sorted()
        return BotDefinition(
            settings: BotSettings(name: "dataset"),
            intents: order.map { IntentDefinition(name: $0, examples: examples[$0] ?? [], location: location) },
            slots: slots.map { SlotDefinition(name: $0, entity: nil, location: location) })
    }
}
