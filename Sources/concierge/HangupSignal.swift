import Dispatch
import Foundation

/// SIGHUP as something `poll` can wait for: the signal is caught on a dispatch queue (never in
/// a C signal handler) and turned into a byte on a pipe, so a loop blocked on standard input
/// wakes up for it as well.
///
///     let hangup = try HangupSignal()
///     switch waitForInput(hangup: hangup) {
///     case .hangup: hangup.consume(); reload()
///     case .input: read(…)
///     }
final class HangupSignal {
    /// The end of the pipe to poll: readable after a SIGHUP, until `consume`.
    let readDescriptor: Int32
    private let writeDescriptor: Int32
    private let source: any DispatchSourceSignal

    struct SetupFailed: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw SetupFailed(description: "cannot create a pipe: errno \(errno)") }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
        // Neither end may block: the loop drains it, and a burst of signals must not stall.
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        // Ignored as a signal, seen by the dispatch source instead.
        signal(SIGHUP, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "concierge.sighup"))
        let wake = writeDescriptor
        source.setEventHandler {
            var byte: UInt8 = 1
            _ = write(wake, &byte, 1)
        }
        source.resume()
    }

    /// Empties the pipe: the signals so far are handled by one reload.
    func consume() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }

    deinit {
        source.cancel()
        close(readDescriptor)
        close(writeDescriptor)
    }
}

/// What woke the loop up.
enum InputEvent {
    /// Standard input has bytes, or its end.
    case input
    case hangup
}

/// Blocks until standard input is readable or a SIGHUP arrived (the signal first).
func waitForInput(hangup: HangupSignal) -> InputEvent {
    var descriptors = [
        pollfd(fd: hangup.readDescriptor, events: Int16(POLLIN), revents: 0),
        pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
    ]
    while poll(&descriptors, 2, -1) < 0, errno == EINTR {}
    return descriptors[0].revents & Int16(POLLIN) != 0 ? .hangup : .input
}
