/// Writes values into a byte buffer, little-endian, for files that `BinaryReader` reads
/// back: fixed-width numbers, strings with their length, and flat arrays aligned so a
/// memory map can use them in place. Pure: values in, bytes out.
///
///     var writer = BinaryWriter()
///     writer.write(UInt32(7))
///     writer.write("hello")
///     writer.writeArray([Float](repeating: 0.5, count: 4))   // 16-byte aligned, then raw floats
///     writer.bytes.count
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    /// Flat arrays start at a multiple of this from the buffer's start: enough for any
    /// element type the model files hold, and the start of a mapped file is page-aligned.
    public static let arrayAlignment = 16

    public init() {}

    public mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }
    public mutating func write(_ value: Int) { write(Int64(value)) }
    public mutating func write(_ value: Float) { write(value.bitPattern) }
    public mutating func write(_ value: Double) { write(value.bitPattern) }

    /// The UTF-8 length as 32 bits, then the bytes.
    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(UInt32(truncatingIfNeeded: utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(bytes more: some Sequence<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// A count (64 bits), then, from the next aligned offset, the elements' bytes as they
    /// lie in memory (the file format is little-endian only; `BinaryReader` reads them in place).
    public mutating func writeArray<Element: BitwiseCopyable>(_ elements: some Collection<Element>) {
        write(UInt64(elements.count))
        pad(to: Self.arrayAlignment)
        for element in elements {
            withUnsafeBytes(of: element) { bytes.append(contentsOf: $0) }
        }
    }

    /// The same, straight from a buffer.
    public mutating func writeArray<Element: BitwiseCopyable>(_ elements: UnsafeBufferPointer<Element>) {
        write(UInt64(elements.count))
        pad(to: Self.arrayAlignment)
        bytes.append(contentsOf: UnsafeRawBufferPointer(elements))
    }

    /// Zero bytes up to the next multiple of `alignment`.
    public mutating func pad(to alignment: Int) {
        let remainder = bytes.count % alignment
        if remainder != 0 { bytes.append(contentsOf: repeatElement(0, count: alignment - remainder)) }
    }

    /// Overwrites bytes written earlier (a header's lengths and checksum, once known).
    public mutating func patch<Value: FixedWidthInteger>(_ value: Value, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for (index, byte) in raw.enumerated() { bytes[offset + index] = byte }
        }
    }
}
