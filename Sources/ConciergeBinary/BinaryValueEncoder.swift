/// Turns an `Encodable` value into a `BinaryValue` tree (then bytes): a `Codable` encoder
/// like Foundation's JSON one, without text. The same value always gives the same tree:
/// keyed containers list their keys in UTF-8 order, and sets and dictionaries (which encode
/// in their hash order, different in every process) their entries in the order of the
/// entries' bytes, so a model file is the same bytes for the same bot.
///
///     let tree = try BinaryValueEncoder.tree(of: dialogDefinition)
///     var writer = BinaryWriter()
///     tree.write(to: &writer)
public enum BinaryValueEncoder {
    public static func tree(of value: some Encodable) throws -> BinaryValue {
        let node = EncodingNode()
        try node.set(value, codingPath: [])
        return node.value
    }
}

/// One value under construction; containers add children to it.
final class EncodingNode {
    enum Content {
        case value(BinaryValue)
        case array([EncodingNode])
        case keyed([(key: String, node: EncodingNode)])
    }

    var content: Content = .value(.null)

    var value: BinaryValue {
        switch content {
        case .value(let value): value
        case .array(let nodes): .array(nodes.map(\.value))
        case .keyed(let pairs):
            .keyed(pairs.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { ($0.key, $0.node.value) })
        }
    }

    func child(forKey key: String) -> EncodingNode {
        let node = EncodingNode()
        if case .keyed(var pairs) = content {
            pairs.removeAll { $0.key == key }
            pairs.append((key, node))
            content = .keyed(pairs)
        } else {
            content = .keyed([(key, node)])
        }
        return node
    }

    func appendChild() -> EncodingNode {
        let node = EncodingNode()
        if case .array(var nodes) = content {
            nodes.append(node)
            content = .array(nodes)
        } else {
            content = .array([node])
        }
        return node
    }

    func set(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        if let primitive = value as? any BinaryPrimitive {
            content = .value(primitive.binaryValue)
        } else {
            try value.encode(to: TreeEncoder(node: self, codingPath: codingPath))
            if let unordered = value as? any HashOrderedCollection { sortEntries(size: type(of: unordered).entrySize) }
        }
    }

    /// Puts the entries of an unkeyed container (runs of `size` elements: a set's elements,
    /// a dictionary's key and value) in the order of their first element's bytes.
    private func sortEntries(size: Int) {
        guard case .array(let nodes) = content, size > 0, nodes.count % size == 0 else { return }
        let entries = stride(from: 0, to: nodes.count, by: size).map { start -> (key: [UInt8], nodes: ArraySlice<EncodingNode>) in
            var writer = BinaryWriter()
            nodes[start].value.write(to: &writer)
            return (writer.bytes, nodes[start..<start + size])
        }
        content = .array(entries.sorted { $0.key.lexicographicallyPrecedes($1.key) }.flatMap(\.nodes))
    }
}

/// A collection that encodes its entries in its hash order: `EncodingNode` sorts them.
protocol HashOrderedCollection {
    /// The elements one entry takes in an unkeyed container.
    static var entrySize: Int { get }
}

extension Set: HashOrderedCollection {
    static var entrySize: Int { 1 }
}

/// Dictionaries keyed by strings or integers encode keyed containers (sorted as any); the
/// others an unkeyed container of keys and values, alternating.
extension Dictionary: HashOrderedCollection {
    static var entrySize: Int { 2 }
}

/// The numbers, strings and flags that are leaves of the tree.
protocol BinaryPrimitive {
    var binaryValue: BinaryValue { get }
}

extension Bool: BinaryPrimitive { var binaryValue: BinaryValue { .bool(self) } }
extension String: BinaryPrimitive { var binaryValue: BinaryValue { .string(self) } }
extension Double: BinaryPrimitive { var binaryValue: BinaryValue { .double(self) } }
extension Float: BinaryPrimitive { var binaryValue: BinaryValue { .double(Double(self)) } }
extension Int: BinaryPrimitive { var binaryValue: BinaryValue { .int(Int64(self)) } }
extension Int8: BinaryPrimitive { var binaryValue: BinaryValue { .int(Int64(self)) } }
extension Int16: BinaryPrimitive { var binaryValue: BinaryValue { .int(Int64(self)) } }
extension Int32: BinaryPrimitive { var binaryValue: BinaryValue { .int(Int64(self)) } }
extension Int64: BinaryPrimitive { var binaryValue: BinaryValue { .int(self) } }
extension UInt: BinaryPrimitive { var binaryValue: BinaryValue { .unsigned(UInt64(self)) } }
extension UInt8: BinaryPrimitive { var binaryValue: BinaryValue { .unsigned(UInt64(self)) } }
extension UInt16: BinaryPrimitive { var binaryValue: BinaryValue { .unsigned(UInt64(self)) } }
extension UInt32: BinaryPrimitive { var binaryValue: BinaryValue { .unsigned(UInt64(self)) } }
extension UInt64: BinaryPrimitive { var binaryValue: BinaryValue { .unsigned(self) } }

struct TreeEncoder: Encoder {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = node.content {} else { node.content = .keyed([]) }
        return KeyedEncodingContainer(KeyedTreeEncoder<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedTreeEncoder(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeEncoder(node: node, codingPath: codingPath)
    }
}

struct KeyedTreeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(forKey: key.stringValue).content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(forKey: key.stringValue).set(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedTreeEncoder: UnkeyedEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var count: Int {
        if case .array(let nodes) = node.content { return nodes.count }
        return 0
    }

    mutating func encodeNil() throws { node.appendChild().content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.appendChild().set(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(node: node.appendChild(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.appendChild(), codingPath: codingPath)
    }
}

struct SingleTreeEncoder: SingleValueEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.set(value, codingPath: codingPath)
    }
}
