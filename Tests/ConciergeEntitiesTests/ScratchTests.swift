import Foundation
import Testing

@testable import ConciergeEntities

@Suite struct ScratchTests {
    @Test func dump() throws {
        let path = "/tmp/scratch-inputs.txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        var out = ""
        for line in text.split(separator: "\n") {
            let found = extractor.extract(from: String(line))
            out += "\(line)  =>  " + found.map { "\($0.entity) \($0.value) '\($0.text)'" }.joined(separator: " | ") + "\n"
        }
        try out.write(toFile: "/tmp/scratch-out.txt", atomically: true, encoding: .utf8)
    }

    @Test func timing() throws {
        guard FileManager.default.fileExists(atPath: "/tmp/scratch-timing") else { return }
        var out = ""
        for (index, input) in RobustnessTests.inputs.enumerated() {
            let clock = ContinuousClock()
            let t = clock.measure { _ = extractor.extract(from: input) }
            out += "\(index) \(t) \(input.prefix(30))\n"
            try out.write(toFile: "/tmp/scratch-timing.txt", atomically: true, encoding: .utf8)
        }
    }
}
