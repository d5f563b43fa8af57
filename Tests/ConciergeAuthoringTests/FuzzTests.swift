import ConciergeTestSupport
@testable import ConciergeAuthoring
import Foundation
import Testing

@Suite struct FuzzTests {
    /// The suite runs a few hundred; `scripts/fuzz-bot.sh` runs 10,000 on a release build
    /// through CONCIERGE_FUZZ_ITERATIONS.
    static var iterations: Int {
        ProcessInfo.processInfo.environment["CONCIERGE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 500
    }

    @Test func mutatedDemoBotNeverCrashesAndAlwaysLocatesErrors() {
        let fuzz = LoaderFuzz(files: DemoBot.files(), seed: 20_251_122)
        let clock = ContinuousClock()
        let start = clock.now
        let report = fuzz.run(iterations: Self.iterations)
        let elapsed = clock.now - start
        print("fuzz: \(report.iterations) mutated loads, \(report.rejected) rejected, \(report.problems.count) problems in \(elapsed)")
        #expect(report.problems.isEmpty, "\(report.problems.prefix(5).map(\.description))")
        // Most mutations break something; a fuzzer that never breaks the bot tests nothing.
        #expect(report.rejected > report.iterations / 5)
    }

    @Test func mutationsAreDeterministic() {
        let text = DemoBot.files().first?.contents ?? "intents:\n  greet:\n    examples: [hi]\n"
        var first = BotFileMutator(seed: 3)
        var second = BotFileMutator(seed: 3)
        for _ in 0..<50 { #expect(first.mutate(text) == second.mutate(text)) }
    }

    @Test func everyMutationKindChangesText() {
        let text = "intents:\n  greet:\n    examples:\n      - hi\n      - hello\n"
        var mutator = BotFileMutator(seed: 11)
        for kind in BotFileMutator.Kind.allCases {
            var changed = false
            for _ in 0..<20 where mutator.apply(kind, to: text) != text { changed = true }
            #expect(changed, "\(kind)")
        }
    }
}
