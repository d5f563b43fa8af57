import ConciergeLoader
import ConciergeBot
import ConciergeNLU
import Foundation
import Synchronization

/// Fuzzes the bot loader with mutated copies of a bot's files: loading must never crash, a
/// rejected bot must carry at least one error, and every diagnostic (and note) must point
/// inside a file that exists, at a line and column that exist. Seeded and deterministic.
///
///     let fuzz = LoaderFuzz(files: demoFiles, seed: 1)
///     let report = fuzz.run(iterations: 500)
///     report.problems   // [] — or the mutated input and what was wrong with it
public struct LoaderFuzz: Sendable {
    public struct Problem: Sendable, CustomStringConvertible {
        public var iteration: Int
        public var file: String
        public var message: String
        public var description: String { "iteration \(iteration), \(file): \(message)" }
    }

    public struct Report: Sendable {
        public var iterations: Int
        public var rejected: Int
        public var problems: [Problem]
    }

    public var files: [(path: String, contents: String)]
    public var seed: UInt64

    public init(files: [(path: String, contents: String)], seed: UInt64) {
        self.files = files
        self.seed = seed
    }

    /// Runs `iterations` loads in eight seeded chunks on all cores: the chunks, not the
    /// machine, decide the mutations, so every machine fuzzes the same inputs.
    public func run(iterations: Int) -> Report {
        let chunks = 8
        let results = Mutex<[Report?]>(Array(repeating: nil, count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = iterations * chunk / chunks
            let end = iterations * (chunk + 1) / chunks
            let report = run(range: start..<end, seed: seed &+ UInt64(chunk) &* 0x9E37_79B9_7F4A_7C15)
            results.withLock { $0[chunk] = report }
        }
        let reports = results.withLock { $0.compactMap { $0 } }
        return Report(iterations: iterations, rejected: reports.reduce(0) { $0 + $1.rejected },
                      problems: reports.flatMap(\.problems))
    }

    private func run(range: Range<Int>, seed: UInt64) -> Report {
        var mutator = BotFileMutator(seed: seed)
        var random = SplitMix64(seed: seed &+ 0x9E37_79B9)
        var problems: [Problem] = []
        var rejected = 0
        let loader = BotLoader()
        for iteration in range where !files.isEmpty {
            let target = Int.random(in: 0..<files.count, using: &random)
            var data = files.map { (path: $0.path, data: Optional(Data($0.contents.utf8))) }
            var mutated = Data(mutator.mutate(files[target].contents).utf8)
            // Now and then a byte that is not UTF-8, as a bad copy-paste or encoding leaves.
            if Int.random(in: 0..<10, using: &random) == 0 {
                let bad: [UInt8] = [0xFF, 0xC3, 0xE2, 0x80, 0xFE]
                mutated.insert(bad[Int.random(in: 0..<bad.count, using: &random)],
                               at: Int.random(in: 0...mutated.count, using: &random))
            }
            data[target].data = mutated
            let result = loader.load(data: data)
            if result.definition == nil { rejected += 1 }
            let texts = Dictionary(data.map { ($0.path, String(decoding: $0.data ?? Data(), as: UTF8.self)) },
                                   uniquingKeysWith: { first, _ in first })
            for message in LoaderFuzz.check(result, texts: texts) {
                problems.append(Problem(iteration: iteration, file: files[target].path, message: message))
            }
        }
        return Report(iterations: range.count, rejected: rejected, problems: problems)
    }

    /// What is wrong with one load's diagnostics.
    static func check(_ result: BotLoadResult, texts: [String: String]) -> [String] {
        var problems: [String] = []
        if result.definition == nil, result.errors.isEmpty {
            problems.append("rejected without an error")
        }
        for diagnostic in result.diagnostics {
            let places = [diagnostic.location] + diagnostic.notes.map(\.location)
            for place in places {
                guard let text = texts[place.file] else {
                    problems.append("\(diagnostic): points at a file that does not exist")
                    continue
                }
                let (lines, width) = extent(of: text)
                // libyaml puts the end of a file without a final line break at the start of
                // the line after it: the end of the file, still a place an editor can jump to.
                let endOfFile = place.line == lines + 1 && place.column == 1
                if endOfFile { continue }
                if place.line < 1 || place.line > lines || place.column < 1 || place.column > width + 1 {
                    problems.append("\(diagnostic): \(place) is outside the file (\(lines) lines, \(width) columns)")
                }
            }
        }
        return problems
    }

    /// Line count and longest line, in Unicode scalars, counting every break YAML knows.
    static func extent(of text: String) -> (lines: Int, width: Int) {
        var lines = 1
        var width = 0
        var current = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previous == "\r":
                break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines += 1
                width = max(width, current)
                current = 0
            default:
                current += 1
            }
            previous = scalar
        }
        return (lines, max(width, current))
    }
}
