import Foundation

/// Splits a byte stream into lines without ever holding more than `maxLineBytes` of one
/// line: a longer line is reported as `.tooLong` and its bytes are dropped as they arrive,
/// so a client sending a gigabyte without a newline cannot exhaust memory.
///
/// Lines end at LF; a CR before the LF is removed. Empty and all-blank lines are skipped.
/// The limit counts the bytes before the LF (a CR of CR LF included).
///
///     var framer = LineFramer(maxLineBytes: 10)
///     framer.feed(Array("{\"a\":1}\r\n0123456789AB\n".utf8)) { frame in print(frame) }
///     // line([123, 34, 97, 34, 58, 49, 125]), then tooLong(byteCount: 12)
///     framer.finish { frame in print(frame) }   // a last line without LF, if any
public struct LineFramer: Sendable {
    /// One line of input, or the news that a line was too long.
    public enum Frame: Equatable, Sendable {
        /// The line's bytes without its line ending.
        case line(ArraySlice<UInt8>)
        /// A line over the limit, dropped; `byteCount` is its length without the LF.
        case tooLong(byteCount: Int)
    }

    /// The default limit: 1 MiB.
    public static let defaultMaxLineBytes = 1 << 20

    public let maxLineBytes: Int
    private var pending: [UInt8] = []
    /// Non-nil while dropping the rest of a line over the limit: the bytes seen so far.
    private var discarded: Int?

    public init(maxLineBytes: Int = LineFramer.defaultMaxLineBytes) {
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// Consumes `chunk`, calling `emit` for every line it completes.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (Frame) -> Void) {
        var start = 0
        let count = chunk.count
        while start < count {
            let end = Self.newline(in: chunk, from: start) ?? count
            append(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
            if end < count {
                endLine(emit)
            }
            start = end + 1
        }
    }

    /// Consumes `bytes` (convenient in tests).
    public mutating func feed(_ bytes: [UInt8], _ emit: (Frame) -> Void) {
        bytes.withUnsafeBytes { feed($0, emit) }
    }

    /// Ends the stream: a last line without LF still counts as a line.
    public mutating func finish(_ emit: (Frame) -> Void) {
        if discarded != nil || !pending.isEmpty {
            endLine(emit)
        }
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if let seen = discarded {
            discarded = seen + bytes.count
        } else if pending.count + bytes.count > maxLineBytes {
            discarded = pending.count + bytes.count
            pending.removeAll(keepingCapacity: true)
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    private mutating func endLine(_ emit: (Frame) -> Void) {
        if let seen = discarded {
            discarded = nil
            emit(.tooLong(byteCount: seen))
            return
        }
        var end = pending.count
        if end > 0, pending[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if pending[..<end].contains(where: { !Self.isBlank($0) }) {
            emit(.line(pending[..<end]))
        }
        pending.removeAll(keepingCapacity: true)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// The offset of the next LF at or after `start`, via `memchr` (the stream's hot loop).
    private static func newline(in chunk: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = chunk.baseAddress,
              let found = memchr(base + start, 0x0A, chunk.count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
