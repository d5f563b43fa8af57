import ConciergeText
import Testing
@testable import ConciergeNLU

@Suite struct IntentClassifierTests {
    let tokenizer = Tokenizer()

    @Test func everyDemoBotExampleClassifiesBackToItsIntentWithoutRules() throws {
        let bot = try loadDemoBot()
        let examples = bot.intents.flatMap { intent in intent.examples.map { (tokens: tokenizer.tokenize($0.text), label: intent.name) } }
        let slots = bot.intents.flatMap { intent in
            intent.examples.map { $0.annotations.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) } }
        }
        let classifier = IntentClassifier.train(examples: examples, slots: slots)
        var wrong: [String] = []
        for intent in bot.intents {
            for example in intent.examples {
                let best = classifier.rank(tokenizer.tokenize(example.text)).first?.name
                if best != intent.name { wrong.append("\(example.location): '\(example.text)' → \(best ?? "nil"), not \(intent.name)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test(arguments: [("start", true), ("started", true), ("starting", true), ("trial", true),
                      ("startr", false), ("starter", false), ("banana", false)])
    func knowsTheWordsOfItsExamplesInAnyForm(word: String, known: Bool) {
        let classifier = IntentClassifier.train(examples: [
            (tokenizer.tokenize("how do I start a trial"), "trial"), (tokenizer.tokenize("hello there"), "greet"),
        ])
        #expect(classifier.knowsWord(word) == known, "\(word)")
    }

    @Test(arguments: MulticlassStrategy.allCases)
    func confidencesAreAProbabilityRanking(multiclass: MulticlassStrategy) {
        var configuration = ClassifierConfiguration()
        configuration.multiclass = multiclass
        let classifier = IntentClassifier.train(examples: [
            (tokenizer.tokenize("hello there"), "greet"), (tokenizer.tokenize("hi"), "greet"),
            (tokenizer.tokenize("how much is it"), "pricing"), (tokenizer.tokenize("what does it cost"), "pricing"),
            (tokenizer.tokenize("bye"), "goodbye"), (tokenizer.tokenize("see you later"), "goodbye"),
        ], configuration: configuration)
        let ranking = classifier.rank(tokenizer.tokenize("how much does it cost"))
        #expect(ranking.map(\.name).sorted() == ["goodbye", "greet", "pricing"])
        #expect(ranking.first?.name == "pricing")
        #expect(ranking.allSatisfy { (0...1).contains($0.confidence) })
        #expect(abs(ranking.map(\.confidence).reduce(0, +) - 1) < 1e-4)
        #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
    }

    @Test func sharpnessFollowsTheStrategyUnlessSet() {
        var configuration = ClassifierConfiguration()
        #expect(configuration.multiclass == .crammerSinger)
        #expect(configuration.confidenceSharpness == MulticlassStrategy.crammerSinger.defaultSharpness)
        configuration.multiclass = .oneVsRest
        #expect(configuration.confidenceSharpness == MulticlassStrategy.oneVsRest.defaultSharpness)
        configuration.confidenceSharpness = 3
        configuration.multiclass = .crammerSinger
        #expect(configuration.confidenceSharpness == 3)
        #expect(ClassifierConfiguration(confidenceSharpness: 4).confidenceSharpness == 4)
    }

    @Test func typosStillFindTheIntent() {
        let classifier = IntentClassifier.train(examples: [
            (tokenizer.tokenize("what is the pricing"), "pricing"), (tokenizer.tokenize("subscription prices"), "pricing"),
            (tokenizer.tokenize("book a demonstration"), "demo"), (tokenizer.tokenize("schedule a demo call"), "demo"),
        ])
        #expect(classifier.rank(tokenizer.tokenize("pircing pleese")).first?.name == "pricing")
        #expect(classifier.rank(tokenizer.tokenize("demonstraton")).first?.name == "demo")
    }

    @Test func trainingIsDeterministic() throws {
        let bot = try loadDemoBot()
        let examples = bot.intents.flatMap { intent in intent.examples.map { (tokens: tokenizer.tokenize($0.text), label: intent.name) } }
        let first = IntentClassifier.train(examples: examples)
        let second = IntentClassifier.train(examples: examples)
        #expect(first.model.weights == second.model.weights)
        #expect(first.labels == second.labels)
    }

    @Test func oneIntentIsEnough() {
        let classifier = IntentClassifier.train(examples: [(tokenizer.tokenize("hi"), "greet")])
        #expect(classifier.rank(tokenizer.tokenize("anything")) == [IntentScore(name: "greet", confidence: 1)])
    }
}

/// The selection of the best few intents gives the first ranks of a full sort, ties included.
@Test func bestMarginsAreTheFirstRanksOfTheFullOrder() {
    var random = SplitMix64(seed: 7)
    for trial in 0..<200 {
        let count = 1 + trial % 40
        // Few distinct values, so ties between labels are common.
        let margins = (0..<count).map { _ in Float(Int.random(in: -3...3, using: &random)) / 2 }
        let labels = (0..<count).map { "intent\(($0 * 7) % count)-\($0)" }
        let full = margins.indices.sorted {
            margins[$0] != margins[$1] ? margins[$0] > margins[$1] : labels[$0] < labels[$1]
        }
        for limit in [0, 1, 3, 10, count - 1, count, count + 5] where limit >= 0 {
            #expect(IntentClassifier.best(limit, of: margins, labels: labels) == Array(full.prefix(limit)))
        }
    }
}
