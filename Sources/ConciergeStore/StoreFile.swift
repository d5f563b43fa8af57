import Foundation

/// The store's file on disk: where it goes by default, creating it private (0600 in a 0700
/// folder) before SQLite sees it, and refusing a file SQLite must not touch.
///
///     let path = StoreFile.defaultPath(botName: "brightwave", environment: ProcessInfo.processInfo.environment)
///     // "/home/ana/.local/share/concierge/brightwave.sqlite"
///     try StoreFile.prepare(path: path)
public enum StoreFile {
    /// `$XDG_DATA_HOME/concierge/<bot>.sqlite`, with `~/.local/share` when XDG_DATA_HOME is unset.
    public static func defaultPath(botName: String, environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((dataHome as NSString).appendingPathComponent("concierge") as NSString)
            .appendingPathComponent(fileName(botName: botName))
    }

    /// A bot name made safe as a file name: no separators, no leading dot.
    static func fileName(botName: String) -> String {
        let safe = String(botName.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            return allowed ? Character(scalar) : "_"
        })
        let name = safe.hasPrefix(".") || safe.isEmpty ? "_" + safe : safe
        return name + ".sqlite"
    }

    /// Creates a missing store file with mode 0600 (and missing folders with 0700), or checks
    /// that an existing one is a writable, complete SQLite file. Never writes to an existing file.
    /// Returns true when the file was created.
    @discardableResult
    public static func prepare(path: String) throws -> Bool {
        var info = stat()
        if stat(path, &info) != 0 {
            guard errno == ENOENT else { throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno))) }
            try create(path: path)
            return true
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.notAFile(path: path) }
        // Mode bits, not access(2): root may write anywhere, but a file made read-only was
        // made so on purpose.
        guard info.st_mode & S_IWUSR != 0, access(path, W_OK) == 0 else { throw StoreError.readOnly(path: path) }
        try checkHeader(path: path, size: Int(info.st_size))
        return false
    }

    private static func create(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreate(path: path, reason: error.localizedDescription)
            }
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        fsync(descriptor)
        close(descriptor)
        // The new name must survive a power cut like the leads written into it.
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Reads the 100-byte SQLite header: the magic string, and the page size × page count
    /// that a complete file holds (valid when the change counter matches, as SQLite checks).
    static func checkHeader(path: String, size: Int) throws {
        guard size > 0 else { return }   // an empty file is an empty database
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.readOnly(path: path) }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count >= magic.count, Array(header.prefix(magic.count)) == magic else {
            throw StoreError.notSQLite(path: path)
        }
        guard header.count == 100 else { throw StoreError.truncated(path: path, size: size, expected: 100) }
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            header[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        let pageCount = bigEndian(28, 4)
        guard bigEndian(24, 4) == bigEndian(92, 4), pageCount > 0 else { return }
        // A checkpoint writes the WAL's pages into the file in page order, page 1 (the header,
        // with the new page count) first: a process killed in the middle leaves the file
        // shorter than its header says, and SQLite completes it from the WAL on the next open.
        // So the file is only short for real when there is no WAL to complete it.
        if size < pageSize * pageCount, !walHasFrames(path: path) {
            throw StoreError.truncated(path: path, size: size, expected: pageSize * pageCount)
        }
    }

    /// Whether the store's write-ahead log holds frames (more than its 32-byte header).
    static func walHasFrames(path: String) -> Bool {
        var info = stat()
        return stat(path + "-wal", &info) == 0 && info.st_size > 32
    }
}
