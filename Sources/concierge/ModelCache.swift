import ConciergeBinary
import ConciergeModel
import Foundation

/// Where compiled models live and how they are read and written: the folder
/// `$XDG_CACHE_HOME/concierge/` (default `~/.cache/concierge/`), one file per bot content
/// hash; files are mapped, never read into memory, and written atomically (a temporary file
/// renamed into place), so parallel processes never see half a model.
///
///     let cache = ModelCache(environment: ProcessInfo.processInfo.environment)
///     let path = cache.path(for: identity)            // ~/.cache/concierge/<hash>.cmodel
///     let storage = try ModelCache.map(path)          // FlatStorage over the mapped file
///     try ModelCache.writeAtomically(bytes, to: path)
struct ModelCache {
    let directory: String

    init(environment: [String: String]) {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            directory = base + "/concierge"
        } else {
            directory = (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/concierge"
        }
    }

    func path(for identity: ModelIdentity) -> String {
        directory + "/" + identity.botHash.hex + ".cmodel"
    }

    /// The engine build a model belongs to: the model format and this executable's size and
    /// modification time, so a rebuilt engine never uses models an older build trained.
    static let engineBuild: String = {
        var info = stat()
        // /proc/self/exe is this executable however it was started (by PATH, a link…).
        let found = stat("/proc/self/exe", &info) == 0
            || Bundle.main.executablePath.map { stat($0, &info) == 0 } ?? false
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        let stamp = found ? "\(info.st_size)-\(modified.tv_sec).\(modified.tv_nsec)" : "unknown"
        return "concierge model \(ModelFile.formatVersion) build \(stamp)"
    }()

    /// What a model for these bot files (as `BotLoader.sourceFiles` read them) must match.
    static func identity(of files: [(path: String, data: Data?)]) -> ModelIdentity {
        ModelIdentity(engine: engineBuild, botHash: BotContentHash(paths: files.map(\.path)) { index, body in
            if let data = files[index].data { data.withUnsafeBytes(body) } else { body(nil) }
        })
    }

    struct FileError: Error, CustomStringConvertible {
        var description: String
    }

    /// The file mapped read-only; unmapped when the last table that uses it is gone.
    static func map(_ path: String) throws(FileError) -> FlatStorage {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(description: "cannot open '\(path)': \(errorText())") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(description: "cannot read '\(path)': \(errorText())") }
        let size = Int(info.st_size)
        guard size > 0 else { return FlatStorage(copying: [UInt8]()) }
        guard let memory = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), memory != MAP_FAILED else {
            throw FileError(description: "cannot map '\(path)': \(errorText())")
        }
        let address = UInt(bitPattern: memory)
        return FlatStorage(pointer: UnsafeRawPointer(memory), count: size) {
            _ = munmap(UnsafeMutableRawPointer(bitPattern: address), size)
        }
    }

    /// Gives back the mapped pages of a chunk the checksum has read (`ModelFile.checksum`):
    /// only the pages a message touches come back, so a large model costs little resident
    /// memory, even at its peak. The file is mapped read-only and private: the pages come
    /// back from the file.
    static func release(_ chunk: UnsafeRawBufferPointer) {
        guard let start = chunk.baseAddress, chunk.count > 0 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = Int(bitPattern: start) / page * page
        let end = Int(bitPattern: start + chunk.count) / page * page
        guard end > first, let address = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(address, end - first, MADV_DONTNEED)
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
    /// The bytes go out `writeSize` at a time: the page cache keeps a file in pieces as large
    /// as the writes that filled it (ext4's large folios), and a mapped piece comes in whole
    /// on the first touch, so a model written at once (1–2 MB pieces) made every message
    /// bring in most of the file (a 34 MB model: 22 MB resident after `parse hello`; written
    /// in 64 KB pieces, 2 MB).
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw FileError(description: "cannot create '\(directory)': \(error.localizedDescription)")
            }
        }
        let temporary = "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileError(description: "cannot write '\(temporary)': \(errorText())") }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress.map { $0 + offset }, min(buffer.count - offset, writeSize))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let failure = written ? nil : errorText()
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            let reason = failure ?? errorText()
            unlink(temporary)
            throw FileError(description: "cannot write '\(path)': \(reason)")
        }
    }

    static let writeSize = 1 << 16

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
