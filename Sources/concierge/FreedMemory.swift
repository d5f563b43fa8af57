#if canImport(Glibc)
import Glibc
#endif

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
