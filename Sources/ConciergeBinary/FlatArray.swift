/// Immutable bytes that `FlatArray`s point into: a heap copy, or memory owned elsewhere (a
/// memory-mapped file) released by the closure given, when the last view is gone.
///
///     let storage = FlatStorage(copying: bytes)
///     let storage = FlatStorage(pointer: mapped, count: size) { munmap(mapped, size) }   // at the edge
public final class FlatStorage: @unchecked Sendable {
    // Sendable: the bytes are never written after init, and `release` runs once, in deinit.
    public let bytes: UnsafeRawBufferPointer
    private let release: @Sendable () -> Void

    public var count: Int { bytes.count }

    /// Memory owned by the caller until `release` is called (at the storage's end of life).
    public init(pointer: UnsafeRawPointer, count: Int, release: @escaping @Sendable () -> Void) {
        bytes = UnsafeRawBufferPointer(start: pointer, count: count)
        self.release = release
    }

    /// A copy of `source`, aligned for any element type.
    public convenience init(copying source: some Collection<UInt8>) {
        let count = source.count
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 16)
        let buffer = UnsafeMutableRawBufferPointer(start: memory, count: count)
        buffer.copyBytes(from: source)
        let address = UInt(bitPattern: memory)
        self.init(pointer: memory, count: count) {
            UnsafeMutableRawPointer(bitPattern: address)?.deallocate()
        }
    }

    deinit { release() }

    func isAligned(_ offset: Int, to alignment: Int) -> Bool {
        guard let base = bytes.baseAddress else { return offset == 0 }
        return Int(bitPattern: base + offset) % alignment == 0
    }
}

/// A read-only array whose elements lie in a `FlatStorage`: a table of a model file used
/// where it is mapped, or an array built in memory. Iterates and subscripts like an array;
/// hot loops take its buffer.
///
///     let idf = FlatArray([1.5, 2.0] as [Float])
///     idf.withUnsafeBufferPointer { $0[1] }   // 2.0
public struct FlatArray<Element: BitwiseCopyable>: @unchecked Sendable, RandomAccessCollection {
    // Sendable: the storage is immutable and keeps the memory alive.
    private let storage: FlatStorage
    private let base: UnsafePointer<Element>?
    public let count: Int

    init(storage: FlatStorage, offset: Int, count: Int) {
        self.storage = storage
        self.base = count == 0 ? nil : storage.bytes.baseAddress.map { ($0 + offset).assumingMemoryBound(to: Element.self) }
        self.count = count
    }

    /// The elements of an array built in memory (a trained model's), copied once.
    public init(_ elements: [Element]) {
        let storage = elements.withUnsafeBytes { FlatStorage(copying: $0) }
        self.init(storage: storage, offset: 0, count: elements.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "FlatArray index out of range")
        return withUnsafeBufferPointer { $0[index] }
    }

    @inline(__always)
    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }
}

extension FlatArray: Equatable where Element: Equatable {
    public static func == (left: FlatArray, right: FlatArray) -> Bool {
        left.elementsEqual(right)
    }
}
