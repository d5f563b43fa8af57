/// Why bytes could not be read back: every read checks its bounds, so a truncated or
/// corrupted file is an error, never a crash.
public struct BinaryFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(message) (at byte \(offset))" }
}

/// Reads what `BinaryWriter` wrote, checking every offset and count against the bytes there
/// are. Flat arrays come back as `FlatArray` views into the same memory (a memory-mapped
/// file stays mapped while any view lives), so large tables cost no copy and no allocation.
///
///     var reader = BinaryReader(FlatStorage(copying: writer.bytes))
///     let version: UInt32 = try reader.read()
///     let name = try reader.readString()
///     let weights: FlatArray<Float> = try reader.readFlatArray()
public struct BinaryReader: Sendable {
    public let storage: FlatStorage
    /// The part of the storage this reader reads (a section of a file).
    public let range: Range<Int>
    public private(set) var offset: Int

    public init(_ storage: FlatStorage, range: Range<Int>? = nil) {
        self.storage = storage
        let whole = 0..<storage.count
        self.range = range.map { $0.clamped(to: whole) } ?? whole
        offset = self.range.lowerBound
    }

    public var remaining: Int { range.upperBound - offset }
    public var isAtEnd: Bool { offset == range.upperBound }

    public mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws(BinaryFormatError) -> Value {
        let size = MemoryLayout<Value>.size
        guard remaining >= size else { throw BinaryFormatError("unexpected end of data", at: offset) }
        let value = storage.bytes.loadUnaligned(fromByteOffset: offset, as: Value.self)
        offset += size
        return Value(littleEndian: value)
    }

    public mutating func readBool() throws(BinaryFormatError) -> Bool {
        let byte: UInt8 = try read()
        guard byte <= 1 else { throw BinaryFormatError("a flag is neither 0 nor 1", at: offset - 1) }
        return byte == 1
    }

    public mutating func readInt() throws(BinaryFormatError) -> Int {
        let value: Int64 = try read()
        guard let int = Int(exactly: value) else { throw BinaryFormatError("a number is out of range", at: offset - 8) }
        return int
    }

    public mutating func readFloat() throws(BinaryFormatError) -> Float { Float(bitPattern: try read()) }
    public mutating func readDouble() throws(BinaryFormatError) -> Double { Double(bitPattern: try read()) }

    /// A count of things that each take at least `minimumSize` bytes: more than the bytes
    /// left could hold is corruption (and must not become a huge allocation).
    public mutating func readCount(minimumSize: Int = 1) throws(BinaryFormatError) -> Int {
        let count: UInt64 = try read()
        guard count <= UInt64(remaining / max(minimumSize, 1)) else {
            throw BinaryFormatError("a count exceeds the data", at: offset - 8)
        }
        return Int(count)
    }

    public mutating func readString() throws(BinaryFormatError) -> String {
        let length = Int(try read(UInt32.self))
        guard length <= remaining else { throw BinaryFormatError("a string runs past the end", at: offset - 4) }
        let bytes = UnsafeRawBufferPointer(rebasing: storage.bytes[offset..<(offset + length)])
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BinaryFormatError("a string is not UTF-8", at: offset)
        }
        offset += length
        return text
    }

    public mutating func readBytes(_ count: Int) throws(BinaryFormatError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else { throw BinaryFormatError("unexpected end of data", at: offset) }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: storage.bytes[offset..<(offset + count)])
    }

    /// A flat array in place: a view into the storage, no copy.
    public mutating func readFlatArray<Element: BitwiseCopyable>(
        _: Element.Type = Element.self
    ) throws(BinaryFormatError) -> FlatArray<Element> {
        let count = try readCount(minimumSize: MemoryLayout<Element>.stride)
        try skipPadding()
        let size = count * MemoryLayout<Element>.stride
        guard size <= remaining else { throw BinaryFormatError("an array runs past the end", at: offset) }
        guard storage.isAligned(offset, to: MemoryLayout<Element>.alignment) else {
            throw BinaryFormatError("an array is misaligned", at: offset)
        }
        let array = FlatArray<Element>(storage: storage, offset: offset, count: count)
        offset += size
        return array
    }

    /// A flat array copied into a Swift array (small tables that are used as arrays).
    public mutating func readArray<Element: BitwiseCopyable>(_: Element.Type = Element.self) throws(BinaryFormatError) -> [Element] {
        Array(try readFlatArray(Element.self))
    }

    /// Skips the zero bytes `BinaryWriter.pad(to: arrayAlignment)` wrote.
    public mutating func skipPadding() throws(BinaryFormatError) {
        let aligned = (offset + BinaryWriter.arrayAlignment - 1) / BinaryWriter.arrayAlignment * BinaryWriter.arrayAlignment
        guard aligned <= range.upperBound else { throw BinaryFormatError("unexpected end of data", at: offset) }
        offset = aligned
    }
}
