#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Hands the heap pages that are free again back to the system (glibc's `malloc_trim`).
///
/// Loading a bot trains its models on several threads; their temporaries are freed, but
/// glibc keeps each thread's arena as it was, so a long-running `serve` or `chat` would carry
/// a few megabytes of freed training memory for its whole life (BENCHMARKS.md, issue #18).
///
///     let bot = Bot(definition: definition)   // trains: temporaries freed, pages still held
///     releaseFreedMemory()                    // the free pages go back to the system
func releaseFreedMemory() {
    #if canImport(Glibc)
    // Looked up rather than called: Glibc's Swift module leaves out <malloc.h>, and another C
    // library (musl) has no such function, which makes this a no-op there.
    typealias MallocTrim = @convention(c) (Int) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    #endif
}

/// Drops this executable's code pages from the process's resident memory (its read-only,
/// executable mappings; never a writable or relocated one): what only the start ran
/// (arguments, reading the model, the runtime's and Foundation's setup) leaves, and what the
/// requests run comes back from the page cache at its first call, without a disk read. On
/// the demo bot the statically linked binary held 22 MB of code after `serve`'s 100,000
/// requests, much of it run once (BENCHMARKS.md, issue #18).
///
///     let bot = try botOptions.loadBot()
///     releaseStartCode()     // before the first request
func releaseStartCode() {
    #if os(Linux)
    guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8),
          let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    else { return }
    for line in maps.split(separator: "\n") {
        // start-end perms offset device inode path
        let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
        guard fields.count == 6, fields[1] == "r-xp",
              fields[5].trimmingCharacters(in: .whitespaces) == executable else { continue }
        let bounds = fields[0].split(separator: "-").compactMap { UInt(String($0), radix: 16) }
        guard bounds.count == 2, bounds[1] > bounds[0], let start = UnsafeMutableRawPointer(bitPattern: bounds[0]) else { continue }
        _ = madvise(start, Int(bounds[1] - bounds[0]), MADV_DONTNEED)
    }
    #endif
}
