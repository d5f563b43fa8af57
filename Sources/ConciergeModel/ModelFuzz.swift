import ConciergeBinary
import ConciergeNLU
import Foundation

/// Corrupts a model file many times over, seeded, and reads every copy back: reading must
/// never crash, and a copy whose checksum was left as it was must always be refused.
///
/// Half the copies get their checksum recomputed after the damage, as a file damaged by a
/// bug rather than by the disk would: those reach the decoder, whose bounds checks then
/// stand alone, and any model they give answers a few messages.
///
///     let report = ModelFuzz(bytes: bytes, identity: identity, seed: 1).run(iterations: 10_000)
///     report.undetected   // 0: every damaged copy with its old checksum was refused
public struct ModelFuzz: Sendable {
    public let bytes: [UInt8]
    public let identity: ModelIdentity
    public let seed: UInt64
    /// Messages each model that reads back answers, to use its tables.
    public var messages = ["hello", "how much does the growth plan cost for 40 people?", "book a demo tomorrow at 3pm"]

    public init(bytes: [UInt8], identity: ModelIdentity, seed: UInt64) {
        self.bytes = bytes
        self.identity = identity
        self.seed = seed
    }

    public struct Report: Sendable, CustomStringConvertible {
        public var iterations = 0
        /// Copies refused with a `ModelFileError`.
        public var rejected = 0
        /// Copies with a recomputed checksum that read back (and answered the messages).
        public var accepted = 0
        /// Damaged copies with their old checksum that read back: each is a detection failure.
        public var undetected = 0

        public var description: String {
            "\(iterations) damaged model files: \(rejected) refused, \(accepted) read back with a recomputed checksum, "
                + "\(undetected) undetected"
        }
    }

    public func run(iterations: Int) -> Report {
        var random = SplitMix64(seed: seed)
        var report = Report()
        let now = Date(timeIntervalSince1970: 1_736_154_000)
        let zone = TimeZone(secondsFromGMT: 0) ?? .current
        for _ in 0..<iterations {
            var copy = damaged(&random)
            guard copy != bytes else { continue }
            report.iterations += 1
            let resealed = Bool.random(using: &random)
            if resealed { Self.reseal(&copy) }
            do {
                let compiled = try ModelFile.decode(FlatStorage(copying: copy), identity: identity)
                for message in messages { _ = compiled.nlu.parse(message, now: now, timeZone: zone) }
                if resealed { report.accepted += 1 } else { report.undetected += 1 }
            } catch {
                report.rejected += 1
            }
        }
        return report
    }

    /// A copy with a few bits flipped, a run of random bytes, or its end cut off.
    private func damaged(_ random: inout SplitMix64) -> [UInt8] {
        var copy = bytes
        guard !copy.isEmpty else { return copy }
        switch random.next() % 4 {
        case 0:
            copy.removeLast(Int.random(in: 1...copy.count, using: &random))
        case 1:
            let start = Int.random(in: 0..<copy.count, using: &random)
            for index in start..<min(start + Int.random(in: 1...16, using: &random), copy.count) {
                copy[index] = UInt8.random(in: 0...255, using: &random)
            }
        default:
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                copy[Int.random(in: 0..<copy.count, using: &random)] ^= 1 << UInt8.random(in: 0...7, using: &random)
            }
        }
        return copy
    }

    /// Writes the checksum and length the damaged body now has.
    static func reseal(_ copy: inout [UInt8]) {
        guard copy.count >= ModelFile.headerSize else { return }
        let length = UInt64(copy.count - ModelFile.headerSize)
        let checksum = copy.withUnsafeBytes { ModelFile.checksum(ofFile: $0) }
        for (offset, value) in [(32, length), (40, checksum)] {
            withUnsafeBytes(of: value.littleEndian) { raw in
                for (index, byte) in raw.enumerated() { copy[offset + index] = byte }
            }
        }
    }
}
