/// Reads a `Decodable` value back from the `BinaryValue` tree `BinaryValueEncoder` made.
/// A tree of the wrong shape (a corrupted file that passed its checksum, or one written by
/// another version of a type) is a `DecodingError`, never a crash.
///
///     let configuration = try BinaryValueDecoder.decode(ClassifierConfiguration.self, from: tree)
public enum BinaryValueDecoder {
    public static func decode<Value: Decodable>(_ type: Value.Type, from tree: BinaryValue) throws -> Value {
        try TreeDecoder(value: tree, codingPath: []).decodeValue(type)
    }
}

struct TreeDecoder: Decoder {
    let value: BinaryValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .keyed(let pairs) = value else { throw mismatch("a keyed container") }
        return KeyedDecodingContainer(KeyedTreeDecoder<Key>(pairs: pairs, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let values) = value else { throw mismatch("an unkeyed container") }
        return UnkeyedTreeDecoder(values: values, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleTreeDecoder(decoder: self)
    }

    func mismatch(_ expected: String) -> DecodingError {
        DecodingError.typeMismatch(
            Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "expected \(expected)"))
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        // Metatype comparisons and a bit cast to the same type, not casts through a protocol:
        // those scan the runtime's conformance tables the first time for every type, which
        // was most of a start.
        if type == String.self { return try primitive(String.self, as: type) }
        if type == Int.self { return try primitive(Int.self, as: type) }
        if type == Double.self { return try primitive(Double.self, as: type) }
        if type == Bool.self { return try primitive(Bool.self, as: type) }
        if type == Float.self { return try primitive(Float.self, as: type) }
        if type == Int64.self { return try primitive(Int64.self, as: type) }
        if type == UInt64.self { return try primitive(UInt64.self, as: type) }
        if type == Int32.self { return try primitive(Int32.self, as: type) }
        if type == UInt32.self { return try primitive(UInt32.self, as: type) }
        if type == Int16.self { return try primitive(Int16.self, as: type) }
        if type == UInt16.self { return try primitive(UInt16.self, as: type) }
        if type == Int8.self { return try primitive(Int8.self, as: type) }
        if type == UInt8.self { return try primitive(UInt8.self, as: type) }
        if type == UInt.self { return try primitive(UInt.self, as: type) }
        return try T(from: self)
    }

    /// The leaf as `Primitive`, given back as `T`, which the caller checked is `Primitive`.
    private func primitive<Primitive: DecodablePrimitive, T>(_ primitive: Primitive.Type, as type: T.Type) throws -> T {
        guard let decoded = Primitive(binaryValue: value) else { throw mismatch("\(type)") }
        return unsafeBitCast(decoded, to: T.self)
    }
}

/// Leaves read back from the tree; nil when the leaf holds something else or does not fit.
protocol DecodablePrimitive {
    init?(binaryValue: BinaryValue)
}

extension Bool: DecodablePrimitive {
    init?(binaryValue: BinaryValue) {
        guard case .bool(let value) = binaryValue else { return nil }
        self = value
    }
}

extension String: DecodablePrimitive {
    init?(binaryValue: BinaryValue) {
        guard case .string(let value) = binaryValue else { return nil }
        self = value
    }
}

extension Double: DecodablePrimitive {
    init?(binaryValue: BinaryValue) {
        switch binaryValue {
        case .double(let value): self = value
        case .int(let value): self = Double(value)
        case .unsigned(let value): self = Double(value)
        default: return nil
        }
    }
}

extension Float: DecodablePrimitive {
    init?(binaryValue: BinaryValue) {
        guard let value = Double(binaryValue: binaryValue) else { return nil }
        self = Float(value)
    }
}

/// Integers of every width read from either integer leaf, when the value fits.
protocol IntegerPrimitive: DecodablePrimitive, FixedWidthInteger {}

extension IntegerPrimitive {
    init?(binaryValue: BinaryValue) {
        switch binaryValue {
        case .int(let value): self.init(exactly: value)
        case .unsigned(let value): self.init(exactly: value)
        default: return nil
        }
    }
}

extension Int: IntegerPrimitive {}
extension Int8: IntegerPrimitive {}
extension Int16: IntegerPrimitive {}
extension Int32: IntegerPrimitive {}
extension Int64: IntegerPrimitive {}
extension UInt: IntegerPrimitive {}
extension UInt8: IntegerPrimitive {}
extension UInt16: IntegerPrimitive {}
extension UInt32: IntegerPrimitive {}
extension UInt64: IntegerPrimitive {}

struct KeyedTreeDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let values: [String: BinaryValue]
    private let keys: [String]
    let codingPath: [any CodingKey]

    init(pairs: [(key: String, value: BinaryValue)], codingPath: [any CodingKey]) {
        values = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        keys = pairs.map(\.key)
        self.codingPath = codingPath
    }

    /// Only enums ask (to learn their case), so the keys are made on demand.
    var allKeys: [Key] { keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { values[key.stringValue] != nil }

    private func child(_ key: Key) throws -> TreeDecoder {
        guard let value = values[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing"))
        }
        return TreeDecoder(value: value, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = values[key.stringValue] else { return true }
        return value == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try child(key).decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(value: values["super"] ?? .null, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try child(key)
    }
}

struct UnkeyedTreeDecoder: UnkeyedDecodingContainer {
    let values: [BinaryValue]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(values: [BinaryValue], codingPath: [any CodingKey]) {
        self.values = values
        self.codingPath = codingPath
    }

    var count: Int? { values.count }
    var isAtEnd: Bool { currentIndex >= values.count }

    private mutating func next() throws -> TreeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "no more elements"))
        }
        defer { currentIndex += 1 }
        return TreeDecoder(value: values[currentIndex], codingPath: codingPath)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, values[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next().decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
    }
}

struct SingleTreeDecoder: SingleValueDecodingContainer {
    let decoder: TreeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.decodeValue(type)
    }
}

extension BinaryReader {
    /// A `Codable` value written as a `BinaryValue` tree; a tree of the wrong shape is a format error.
    public mutating func readCodable<Value: Decodable>(_ type: Value.Type) throws(BinaryFormatError) -> Value {
        let start = offset
        let tree = try BinaryValue.read(from: &self)
        do {
            return try BinaryValueDecoder.decode(type, from: tree)
        } catch {
            throw BinaryFormatError("\(type) does not decode: \(error)", at: start)
        }
    }
}
