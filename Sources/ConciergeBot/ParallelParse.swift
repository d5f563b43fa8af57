import Foundation
import Synchronization

/// Maps `items` on all cores, keeping their order: the bot's files parse independently, so
/// a start waits for the largest file rather than for all of them one after the other.
///
///     let parsed = parallelParse(files) { parse($0) }   // parsed[i] belongs to files[i]
func parallelParse<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Result
) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
    // One item per iteration: files differ in size, so handing them out one by one keeps
    // both cores busy until the last one.
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        let result = transform(items[index])
        results.withLock { $0[index] = result }
    }
    return results.withLock { $0.compactMap { $0 } }
}
