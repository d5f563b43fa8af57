import ConciergeBinary
import Foundation

/// What a model file must match to be used: the format, the engine that trained it, and the
/// content of the bot's files.
///
///     let identity = ModelIdentity(engine: "concierge-1 exe:3407872-1733390000", botHash: BotContentHash(files).value)
public struct ModelIdentity: Hashable, Sendable {
    /// Names the engine build: a model trained by another build may answer differently.
    public var engine: String
    /// `BotContentHash` of every file the loader reads.
    public var botHash: BotContentHash

    public init(engine: String, botHash: BotContentHash) {
        self.engine = engine
        self.botHash = botHash
    }
}

/// Why a model file was not used; `description` is the one line the user sees.
public enum ModelFileError: Error, Hashable, Sendable, CustomStringConvertible {
    case notAModel
    case formatVersion(UInt32)
    case otherEngine(String)
    case otherBot
    case corrupted(String)

    public var description: String {
        switch self {
        case .notAModel: "not a Concierge model file"
        case .formatVersion(let version): "model format \(version), this engine reads format \(ModelFile.formatVersion)"
        case .otherEngine(let engine): "trained by another engine build (\(engine))"
        case .otherBot: "trained on other bot files (they changed since)"
        case .corrupted(let detail): "corrupted (\(detail))"
        }
    }
}

/// The compiled model file: a fixed header, then a checksummed body of sections.
///
/// Header (64 bytes, little-endian): magic `CNCGMDL\u{1A}`, format version (u32), byte-order
/// mark (u32), the bot's content hash (2 × u64), body length (u64), body checksum (u64,
/// `ContentHash` of the body), 16 zero bytes. Body: the engine build (string), the section
/// count (u64), one entry per section (tag u32, 0 u32, offset u64 from the file's start,
/// length u64), then the sections, each starting at a multiple of 16 so its flat arrays are
/// aligned where the file is mapped.
///
///     let bytes = try ModelFile.encode(compiled, identity: identity)
///     let back = try ModelFile.decode(FlatStorage(copying: bytes), identity: identity)
public enum ModelFile {
    public static let formatVersion: UInt32 = 3
    static let magic: [UInt8] = Array("CNCGMDL\u{1A}".utf8)
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerSize = 64
    static let checksumSeed: UInt64 = 0x6D6F_6465_6C31

    public static func encode(_ compiled: CompiledBot, identity: ModelIdentity) throws -> [UInt8] {
        let sections = try compiled.sections()
        var writer = BinaryWriter()
        writer.write(bytes: magic)
        writer.write(formatVersion)
        writer.write(byteOrderMark)
        writer.write(identity.botHash.first)
        writer.write(identity.botHash.second)
        writer.write(UInt64(0))  // body length, patched below
        writer.write(UInt64(0))  // checksum, patched below
        writer.write(bytes: repeatElement(0, count: 16))
        writer.write(identity.engine)
        writer.pad(to: BinaryWriter.arrayAlignment)
        writer.write(UInt64(sections.count))
        let tableStart = writer.bytes.count
        for _ in sections { writer.write(bytes: repeatElement(0, count: 24)) }
        for (index, (section, bytes)) in sections.enumerated() {
            writer.pad(to: BinaryWriter.arrayAlignment)
            let entry = tableStart + index * 24
            writer.patch(section.tag, at: entry)
            writer.patch(UInt64(writer.bytes.count), at: entry + 8)
            writer.patch(UInt64(bytes.count), at: entry + 16)
            writer.write(bytes: bytes)
        }
        writer.patch(UInt64(writer.bytes.count - headerSize), at: 32)
        writer.patch(writer.bytes.withUnsafeBytes { checksum(ofFile: $0) }, at: 40)
        return writer.bytes
    }

    /// The checksum of a model file's body (all but the 64-byte header): the hashes of its
    /// chunks of `checksumChunk` bytes (ending at multiples of it in the file), taken on all
    /// cores, hashed in order. `checked` sees each chunk once it is read (from any thread):
    /// the caller may give a mapped chunk's pages back at once, so checking a large model
    /// never holds it all in memory.
    public static func checksum(
        ofFile file: UnsafeRawBufferPointer, checked: @Sendable (UnsafeRawBufferPointer) -> Void = { _ in }
    ) -> UInt64 {
        let start = min(headerSize, file.count)
        let chunkCount = file.count > start ? (file.count - 1) / checksumChunk + 1 : 0
        let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(chunkCount, 1))
        defer { hashes.deallocate() }
        let address = UInt(bitPattern: file.baseAddress)
        let count = file.count
        let results = UInt(bitPattern: hashes.baseAddress)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
            // Addresses, not pointers, cross into the closure: each job reads its own chunk and
            // writes its own slot.
            guard let base = UnsafeRawPointer(bitPattern: address),
                  let slots = UnsafeMutablePointer<UInt64>(bitPattern: results) else { return }
            let lower = max(index * checksumChunk, start)
            let upper = min((index + 1) * checksumChunk, count)
            let chunk = UnsafeRawBufferPointer(start: base + lower, count: upper - lower)
            slots[index] = ContentHash.hash(chunk, seed: checksumSeed)
            checked(chunk)
        }
        var hash = ContentHash(seed: checksumSeed)
        hash.combine(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: hashes[0..<chunkCount])))
        return hash.value
    }

    public static let checksumChunk = 1 << 20

    /// The compiled bot in `storage`, if it is a sound model file of this format, engine and
    /// bot. Its large tables stay in `storage` (a mapped file stays mapped while they live).
    /// `checked` sees every chunk of the file the checksum has read (see `checksum`). The
    /// definition holds the `parts` asked for (`ModelParts`): a bot that only answers never
    /// reads its examples, `parse` not even the dialog, and decoding them was most of a start.
    public static func decode(
        _ storage: FlatStorage, identity: ModelIdentity, reading parts: ModelParts = .all,
        checked: @Sendable (UnsafeRawBufferPointer) -> Void = { _ in }
    ) throws(ModelFileError) -> CompiledBot {
        let bodyRange = try checkHeader(storage, identity: identity)
        do {
            var reader = BinaryReader(storage, range: bodyRange)
            let engine = try reader.readString()
            guard engine == identity.engine else { throw ModelFileError.otherEngine(engine) }
            try reader.skipPadding()
            let checksum = checksum(ofFile: storage.bytes, checked: checked)
            var header = BinaryReader(storage, range: 40..<48)
            guard checksum == (try header.read(UInt64.self)) else { throw ModelFileError.corrupted("checksum mismatch") }
            return try CompiledBot.read(sections: try sections(storage, after: &reader), parts: parts)
        } catch let error as ModelFileError {
            throw error
        } catch let error as BinaryFormatError {
            throw ModelFileError.corrupted(error.description)
        } catch {
            throw ModelFileError.corrupted("\(error)")
        }
    }

    /// The body's range, once the header says this is a model of this format and bot.
    private static func checkHeader(_ storage: FlatStorage, identity: ModelIdentity) throws(ModelFileError) -> Range<Int> {
        guard storage.count >= headerSize, Array(storage.bytes[0..<8]) == magic else { throw .notAModel }
        var header = BinaryReader(storage, range: 8..<headerSize)
        do {
            let version = try header.read(UInt32.self)
            guard version == formatVersion else { throw ModelFileError.formatVersion(version) }
            guard try header.read(UInt32.self) == byteOrderMark else { throw ModelFileError.corrupted("byte order") }
            let hash = BotContentHash(first: try header.read(), second: try header.read())
            guard hash == identity.botHash else { throw ModelFileError.otherBot }
            let bodyLength: UInt64 = try header.read()
            guard bodyLength == UInt64(storage.count - headerSize) else {
                throw ModelFileError.corrupted("the file is \(storage.count) bytes, its header says \(bodyLength + UInt64(headerSize))")
            }
        } catch let error as ModelFileError {
            throw error
        } catch {
            throw .corrupted("header")
        }
        return headerSize..<storage.count
    }

    /// A reader per known section, each limited to its bytes.
    private static func sections(_ storage: FlatStorage, after reader: inout BinaryReader) throws -> [ModelSection: BinaryReader] {
        let count = try reader.readCount(minimumSize: 24)
        let known = Dictionary(uniqueKeysWithValues: ModelSection.allCases.map { ($0.tag, $0) })
        var sections: [ModelSection: BinaryReader] = [:]
        for _ in 0..<count {
            let tag: UInt32 = try reader.read()
            _ = try reader.read(UInt32.self)
            let offset: UInt64 = try reader.read()
            let length: UInt64 = try reader.read()
            guard offset >= UInt64(headerSize), offset <= UInt64(storage.count), length <= UInt64(storage.count) - offset,
                  offset % UInt64(BinaryWriter.arrayAlignment) == 0
            else { throw BinaryFormatError("a section lies outside the file", at: reader.offset - 16) }
            guard let section = known[tag] else { continue }
            guard sections[section] == nil else { throw BinaryFormatError("the \(section.rawValue) section is there twice", at: reader.offset - 24) }
            sections[section] = BinaryReader(storage, range: Int(offset)..<Int(offset + length))
        }
        return sections
    }
}
