import ArgumentParser
import ConciergeDialog
import ConciergeEngine
import ConciergeNLU
import Foundation

/// `concierge bench-turns`: the median time of one engine turn (NLU and dialog, no I/O) over
/// a fixed mix of realistic messages, interleaved over many sessions. For BENCHMARKS.md.
struct BenchTurns: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-turns",
        abstract: "Median microseconds of one engine turn (NLU + dialog) on the bot, in process.",
        shouldDisplay: false
    )

    @OptionGroup var botOptions: BotOptions
    @Option(help: "Turns to time.") var turns = 20_000
    @Option(help: "Sessions the turns rotate over.") var sessions = 100
    @Flag(help: "Also print the median of each message of the mix.") var byMessage = false
    @Option(help: "A message to time instead of the built-in mix (repeatable), for profiles.")
    var message: [String] = []

    static let messages = [
        "hi", "how much does it cost?", "do you have a free trial", "I want to book a demo",
        "ana@example.com", "we are 12 people", "Acme", "what integrations do you have?",
        "is my data safe?", "talk to a human", "thanks!", "this is useless!!", "bye",
        "we're 40 people with about $20k a year, starting next month", "asdf qwerty",
    ]

    func run() throws {
        let bot = try botOptions.loadBot()
        let mix = message.isEmpty ? Self.messages : message
        let now = Date(timeIntervalSince1970: 1_795_341_600)
        var states = [DialogSession](repeating: DialogSession(), count: max(sessions, 1))
        var random = SplitMix64(seed: 1)
        let clock = ContinuousClock()
        var micros: [Double] = []
        micros.reserveCapacity(turns)
        var microsByMessage = [[Double]](repeating: [], count: mix.count)
        let timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        for index in 0..<(turns + 1_000) {
            let session = index % states.count
            let messageIndex = (index / states.count + session) % mix.count
            let text = mix[messageIndex]
            let start = clock.now
            // In place, as `serve` keeps its sessions; the reply is made and dropped inside the timing.
            _ = bot.step(session: &states[session], message: UserMessage(text: text), now: now,
                         timeZone: timeZone, random: &random)
            let elapsed = clock.now - start
            // The first thousand turns warm caches and allocators up.
            if index >= 1_000 {
                let parts = elapsed.components
                let micro = Double(parts.seconds) * 1e6 + Double(parts.attoseconds) * 1e-12
                micros.append(micro)
                microsByMessage[messageIndex].append(micro)
            }
        }
        micros.sort()
        let median = micros[micros.count / 2]
        let p99 = micros[min(micros.count - 1, micros.count * 99 / 100)]
        if byMessage {
            for (text, times) in zip(mix, microsByMessage) {
                let sorted = times.sorted()
                print(String(format: "%8.1f  %@", sorted.isEmpty ? 0 : sorted[sorted.count / 2], text))
            }
        }
        print(String(format: "{\"turns\": %d, \"median_us\": %.1f, \"p99_us\": %.1f}", micros.count, median, p99))
    }
}
