import ConciergeLoader
import ArgumentParser
import ConciergeEngine
import ConciergeFronts
import Foundation

/// `concierge serve`: the JSON-lines protocol of PROTOCOL.md on stdin/stdout. The protocol
/// is `LineFramer` and `ProtocolServer` in ConciergeFronts (pure); `ServeDriver` performs what
/// it asks of the store; this reads standard input and writes standard output.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer JSON requests on standard input, one per line, with JSON responses on standard output.",
        discussion: "See PROTOCOL.md. Many sessions may interleave; logs go to standard error; exits 0 at end of input."
    )

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var clockOptions: ClockOptions
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("Longest accepted request line in bytes; longer ones get line_too_long.", valueName: "n"))
    var maxLineBytes = LineFramer.defaultMaxLineBytes

    /// The most requests answered as one batch (one store transaction).
    static let maxBatch = 256

    func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    func run() throws {
        let bot = try botOptions.loadBot()
        let clock = clockOptions.clock
        // Sessions resume across restarts and leads are durable unless --no-store asks for
        // an ephemeral run, which keeps sessions in memory only.
        let store = storeOptions.noStore ? nil : try storeOptions.open(botName: bot.definition.settings.name, maskPersonalData: bot.definition.settings.maskPersonalData,
                                                                         sealsPending: true)
        defer { try? store?.close() }
        // The store's work on one batch overlaps with computing the next (`ServeDriver`).
        var driver = ServeDriver(
            bot: bot, clock: clockOptions.now == nil ? .system(timeZone: clock.timeZone) : .fixed(clock.date, timeZone: clock.timeZone),
            store: store, maxLineBytes: maxLineBytes)
        // A reader that goes away is reported as a write error, not a silent SIGPIPE death.
        signal(SIGPIPE, SIG_IGN)
        // SIGHUP loads the bot files again (`reload`); sessions go on.
        let hangup = try HangupSignal()
        // What only the start used goes back: freed heap (a model's decoding), code pages.
        releaseFreedMemory()
        releaseStartCode()
        printError("concierge serve: \(bot.definition.intents.count) intents loaded; reading JSON lines on standard input")
        var framer = LineFramer(maxLineBytes: maxLineBytes)
        var lines = 0
        var outputOpen = true
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { chunk.deallocate() }
        let write = { (responses: [[UInt8]]) in
            guard outputOpen, !responses.isEmpty else { return }
            var output: [UInt8] = []
            for response in responses {
                output.append(contentsOf: response)
                output.append(UInt8(ascii: "\n"))
            }
            outputOpen = writeAll(output)
        }
        // Group commit: the lines of one read form a batch whose turns are stored together
        // before any of their responses is written. A client typing one line at a time gets
        // batches of one; the cap bounds how long the first line of a full read waits.
        var batch: [LineFramer.Frame] = []
        let answerBatch = {
            guard outputOpen, !batch.isEmpty else { return }
            lines += batch.count
            write(driver.submit(batch))
            batch.removeAll(keepingCapacity: true)
        }
        let collect = { (frame: LineFramer.Frame) in
            batch.append(frame)
            if batch.count >= Self.maxBatch { answerBatch() }
        }
        while outputOpen, let base = chunk.baseAddress {
            if case .hangup = waitForInput(hangup: hangup) {
                hangup.consume()
                reload(&driver)
                continue
            }
            let count = read(STDIN_FILENO, base, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            framer.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<count]), collect)
            answerBatch()
            // The last batch is answered before waiting for more input: only a client that
            // has already sent more lines waits for them to be computed.
            if !inputIsWaiting() { write(driver.drain()) }
        }
        framer.finish(collect)
        answerBatch()
        write(driver.drain())
        guard outputOpen else {
            printError("concierge serve: standard output closed; stopping")
            throw ExitCode(1)
        }
        printError("concierge serve: \(lines) lines, \(driver.server.sessionCount) sessions")
    }
}

extension Serve {
    /// Loads the bot files again after a SIGHUP: on errors the running bot stays and the
    /// diagnostics go to standard error; on success the next turns use the new bot and every
    /// session goes on (the REPL's `/reload` takes the same path: the loader, the model that
    /// fits the files from the cache or training, then `Bot.continuing` for each session).
    func reload(_ driver: inout ServeDriver) {
        let models = botOptions.models
        let files = models.reloadFiles()
        for diagnostic in files.diagnostics { printError(diagnostic.description) }
        guard let definition = files.definition else {
            printError("concierge serve: the bot has errors; still serving the previous version")
            return
        }
        let restarted = driver.reloaded(models.bot(for: definition, from: files))
        printError("concierge serve: reloaded: \(definition.intents.count) intents; "
            + "\(restarted) session\(restarted == 1 ? "" : "s") whose state is gone start over")
    }
}

/// Whether standard input has bytes (or its end) ready to read now, without blocking.
private func inputIsWaiting() -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0
}

/// Writes all of `bytes` to standard output (a batch's response lines: written and so
/// flushed at once); false when the output is gone.
private func writeAll(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
