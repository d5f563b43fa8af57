/// A value tree in the shape `Codable` gives it, with a compact byte form: how the model file
/// keeps what has no flat layout of its own (a bot's dialog, the trainers' configurations).
///
///     let bytes = try BinaryValueEncoder.encode(configuration)
///     let back = try BinaryValueDecoder.decode(ClassifierConfiguration.self, from: &reader)
public indirect enum BinaryValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case unsigned(UInt64)
    case double(Double)
    case string(String)
    case array([BinaryValue])
    /// Keys in the order they were encoded.
    case keyed([(key: String, value: BinaryValue)])

    public static func == (left: BinaryValue, right: BinaryValue) -> Bool {
        switch (left, right) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.unsigned(a), .unsigned(b)): a == b
        case let (.double(a), .double(b)): a.bitPattern == b.bitPattern
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.keyed(a), .keyed(b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .int(let value): hasher.combine(value)
        case .unsigned(let value): hasher.combine(value)
        case .double(let value): hasher.combine(value.bitPattern)
        case .string(let value): hasher.combine(value)
        case .array(let values): hasher.combine(values)
        case .keyed(let pairs): for pair in pairs { hasher.combine(pair.key); hasher.combine(pair.value) }
        }
    }

    private enum Tag: UInt8 {
        case null, isFalse, isTrue, int, unsigned, double, string, array, keyed
    }

    /// Deeper trees are corrupt: no bot definition nests this far.
    static let maximumDepth = 200

    public func write(to writer: inout BinaryWriter) {
        switch self {
        case .null: writer.write(Tag.null.rawValue)
        case .bool(let value): writer.write((value ? Tag.isTrue : Tag.isFalse).rawValue)
        case .int(let value): writer.write(Tag.int.rawValue); writer.write(value)
        case .unsigned(let value): writer.write(Tag.unsigned.rawValue); writer.write(value)
        case .double(let value): writer.write(Tag.double.rawValue); writer.write(value)
        case .string(let value): writer.write(Tag.string.rawValue); writer.write(value)
        case .array(let values):
            writer.write(Tag.array.rawValue)
            writer.write(UInt64(values.count))
            for value in values { value.write(to: &writer) }
        case .keyed(let pairs):
            writer.write(Tag.keyed.rawValue)
            writer.write(UInt64(pairs.count))
            for pair in pairs {
                writer.write(pair.key)
                pair.value.write(to: &writer)
            }
        }
    }

    public static func read(from reader: inout BinaryReader, depth: Int = 0) throws(BinaryFormatError) -> BinaryValue {
        guard depth < maximumDepth else { throw BinaryFormatError("values nest too deep", at: reader.offset) }
        let tagOffset = reader.offset
        guard let tag = Tag(rawValue: try reader.read(UInt8.self)) else {
            throw BinaryFormatError("unknown value tag", at: tagOffset)
        }
        switch tag {
        case .null: return .null
        case .isFalse: return .bool(false)
        case .isTrue: return .bool(true)
        case .int: return .int(try reader.read())
        case .unsigned: return .unsigned(try reader.read())
        case .double: return .double(try reader.readDouble())
        case .string: return .string(try reader.readString())
        case .array:
            let count = try reader.readCount()
            var values: [BinaryValue] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(try read(from: &reader, depth: depth + 1)) }
            return .array(values)
        case .keyed:
            let count = try reader.readCount(minimumSize: 5)
            var pairs: [(key: String, value: BinaryValue)] = []
            pairs.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.readString()
                pairs.append((key, try read(from: &reader, depth: depth + 1)))
            }
            return .keyed(pairs)
        }
    }
}
