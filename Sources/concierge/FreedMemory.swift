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

/// Drops the pages of read-only file mappings from the process's resident memory: the
/// executable's code and those of its libraries (libstdc++, libc…), their read-only data and
/// symbol tables. What only the start ran or read (arguments, reading the model, the dynamic
/// linker's symbol lookups, the runtime's and Foundation's setup) leaves; what the requests
/// use comes back from the page cache at its first touch, without a disk read. On the demo
/// bot the executable held 22 MB of code after `serve`'s 100,000 requests, much of it run
/// once, and the libraries 2 MB of start-only pages (BENCHMARKS.md, issue #18).
///
/// Only pages that are still the file's are dropped: a page a relocation wrote (RELRO, now
/// read-only) is the process's own copy, which the kernel would replace with zeros. No one can
/// write to a read-only mapping, so a page checked here stays the file's until it is dropped.
///
///     let bot = try botOptions.loadBot()
///     releaseStartCode()     // before the first request
func releaseStartCode() {
    #if os(Linux)
    guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return }
    let pagemap = open("/proc/self/pagemap", O_RDONLY)
    guard pagemap >= 0 else { return }
    defer { close(pagemap) }
    for line in maps.split(separator: "\n") {
        // start-end perms offset device inode path: private, readable, never writable, of a file
        let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
        guard fields.count == 6, fields[1].hasPrefix("r-"), fields[1].hasSuffix("p"),
              fields[5].trimmingCharacters(in: .whitespaces).hasPrefix("/") else { continue }
        let bounds = fields[0].split(separator: "-").compactMap { UInt(String($0), radix: 16) }
        guard bounds.count == 2, bounds[1] > bounds[0] else { continue }
        releaseFilePages(from: bounds[0], to: bounds[1], pagemap: pagemap)
    }
    #endif
}

#if os(Linux)
/// `madvise(DONTNEED)` on the runs of resident pages in `start..<end` that are the file's
/// (`/proc/self/pagemap`: bit 63 present, bit 61 a file page, not an anonymous copy).
private func releaseFilePages(from start: UInt, to end: UInt, pagemap: Int32) {
    let pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))
    let pages = Int((end - start) / pageSize)
    var entries = [UInt64](repeating: 0, count: pages)
    let wanted = pages * MemoryLayout<UInt64>.size
    let read = entries.withUnsafeMutableBytes { pread(pagemap, $0.baseAddress, wanted, off_t(start / pageSize) * 8) }
    guard read == wanted else { return }
    let fileResident: UInt64 = 1 << 63 | 1 << 61
    var index = 0
    while index < pages {
        guard entries[index] & fileResident == fileResident else { index += 1; continue }
        let first = index
        while index < pages, entries[index] & fileResident == fileResident { index += 1 }
        guard let address = UnsafeMutableRawPointer(bitPattern: start + UInt(first) * pageSize) else { continue }
        _ = madvise(address, (index - first) * Int(pageSize), MADV_DONTNEED)
    }
}
#endif

