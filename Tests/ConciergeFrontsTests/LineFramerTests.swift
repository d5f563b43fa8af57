@testable import ConciergeFronts
import Testing

@Suite struct LineFramerTests {
    /// Frames of `chunks` fed one after the other, then the end of the stream, as strings
    /// (`!N` for a line too long of N bytes).
    func frames(_ chunks: [[UInt8]], limit: Int = 16) -> [String] {
        var framer = LineFramer(maxLineBytes: limit)
        var result: [String] = []
        let collect = { (frame: LineFramer.Frame) in
            switch frame {
            case .line(let bytes): result.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong(let count): result.append("!\(count)")
            }
        }
        for chunk in chunks { framer.feed(chunk, collect) }
        framer.finish(collect)
        return result
    }

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func splitsLinesAndStripsCRLF() {
        #expect(frames([bytes("a\nbb\r\nccc\n")]) == ["a", "bb", "ccc"])
    }

    @Test func skipsEmptyAndBlankLines() {
        #expect(frames([bytes("\n\r\n  \t\na\n\n")]) == ["a"])
    }

    @Test func aPartialFinalLineIsALine() {
        #expect(frames([bytes("a\nlast")]) == ["a", "last"])
    }

    @Test func linesMaySpanChunks() {
        #expect(frames([bytes("hel"), bytes("lo\nwor"), bytes("ld\r"), bytes("\n")]) == ["hello", "world"])
    }

    @Test func aLongLineIsReportedAndReadingResumesAfterIt() {
        let long = String(repeating: "x", count: 40)
        #expect(frames([bytes("ok\n\(long)\nnext\n")]) == ["ok", "!40", "next"])
        // Over several chunks, and at the limit exactly.
        #expect(frames([bytes(String(repeating: "y", count: 10)), bytes(String(repeating: "y", count: 10) + "\nz\n")]) == ["!20", "z"])
        #expect(frames([bytes(String(repeating: "w", count: 16) + "\n")]) == [String(repeating: "w", count: 16)])
    }

    @Test func aLongLineCutByTheEndOfTheStreamIsStillReported() {
        #expect(frames([bytes("a\n" + String(repeating: "x", count: 30))]) == ["a", "!30"])
    }

    @Test func bytesPassThroughUnchangedEvenWhenNotUTF8() {
        var framer = LineFramer(maxLineBytes: 16)
        var lines: [[UInt8]] = []
        framer.feed([0xFF, 0xFE, 0x41, 0x0A]) { frame in
            if case .line(let bytes) = frame { lines.append(Array(bytes)) }
        }
        #expect(lines == [[0xFF, 0xFE, 0x41]])
    }
}
