import ConciergeTestSupport
import ConciergeLoader
@testable import ConciergeAuthoring
import ConciergeBot
import Testing

@Suite struct TestRunTests {
    static func demo() throws -> BotDefinition {
        try #require(BotLoader().load(directory: DemoBot.root).definition)
    }

    @Test func crossValidationIsDeterministicAndConsistent() throws {
        let bot = try Self.demo()
        var steps: [Int] = []
        let first = BotCrossValidation(folds: 5, seed: 3).run(bot: bot) { done, _ in steps.append(done) }
        let second = BotCrossValidation(folds: 5, seed: 3).run(bot: bot)
        #expect(steps == [1, 2, 3, 4, 5])
        #expect(first.metrics == second.metrics)
        #expect(first.exampleCount == bot.intents.reduce(0) { $0 + $1.examples.count })
        // The matrix holds every example once; its diagonal is the right answers.
        #expect(first.matrix.flatMap { $0 }.reduce(0, +) == first.exampleCount)
        let diagonal = first.intents.indices.map { first.matrix[$0][$0] }.reduce(0, +)
        #expect(diagonal == first.exampleCount - first.errors.count)
        #expect(first.errors.allSatisfy { $0.example.location.line > 0 && $0.gold != $0.predicted })
    }

    @Test func slotsAreCrossValidatedThroughTheEntityPipeline() throws {
        let bot = try Self.demo()
        let result = BotCrossValidation(folds: 5, seed: 3).run(bot: bot)
        let slots = try #require(result.slotMetrics)
        #expect(slots.goldCount == bot.intents.flatMap(\.examples).reduce(0) { $0 + $1.annotations.count })
        // Built-in entities (numbers, emails) fill their slots in held-out examples too.
        #expect(slots.slots.contains { $0.name == "team_size" && $0.recall > 0 })
        #expect((0...1).contains(slots.f1))
    }

    @Test func reportTextListsIntentsAndConversations() throws {
        let bot = try Self.demo()
        let (files, diagnostics) = TranscriptLoader.load(directory: DemoBot.root)
        let run = BotTestRun.run(bot: bot, transcripts: files, transcriptDiagnostics: diagnostics, folds: 3, seed: 0)
        let text = TestReportText(run: run, seed: 0).text
        #expect(text.contains("Intents: 3-fold cross-validation on"))
        #expect(text.contains("precision"))
        #expect(text.contains("Conversations: "))
        #expect(run.conversations.count == files.reduce(0) { $0 + $1.conversations.count })
    }

    @Test func htmlReportIsSelfContainedAndEscaped() throws {
        var bot = try Self.demo()
        // The first intent with examples (some have only patterns).
        let first = try #require(bot.intents.firstIndex { !$0.examples.isEmpty })
        bot.intents[first].examples[0].text = "<script>alert('x')</script> & co"
        bot.intents[first].name = "evil<b>"
        let run = BotTestRun.run(bot: bot, transcripts: [], folds: 2, seed: 0)
        let html = HTMLReport(run: run, botName: "a <bot>", seed: 0).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("evil<b>"))
        #expect(html.contains("evil&lt;b&gt;"))
        #expect(html.contains("a &lt;bot&gt;"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") || !html.contains("src="))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<link"))
    }

    @Test func heatmapFitsManyIntents() {
        let labels = (0..<40).map { "intent_with_a_long_name_\($0)" }
        let matrix = labels.indices.map { row in labels.indices.map { $0 == row ? 9 : ($0 == (row + 1) % 40 ? 1 : 0) } }
        let svg = ConfusionMatrixSVG(labels: labels, matrix: matrix).svg
        #expect(svg.components(separatedBy: "<rect").count - 1 == 1600)
        #expect(svg.contains(">9</text>"))
        #expect(svg.contains("intent_with_a_long_name_39"))
    }

    @Test func escapingCoversMarkupCharacters() {
        #expect(HTMLText.escape("<b>\"hi\" & 'bye'</b>") == "&lt;b&gt;&quot;hi&quot; &amp; &#39;bye&#39;&lt;/b&gt;")
    }

    @Test func progressBarFillsInProportion() {
        let bar = ProgressBar(width: 10)
        #expect(bar.line(done: 5, total: 10, label: "x") == "\r[█████     ] 5/10 x")
        #expect(bar.line(done: 0, total: 0, label: "x").contains("██████████"))
    }
}
