import Foundation

/// Prints to standard error, where diagnostics and logs belong.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Lines of standard input as strings; bytes that are not UTF-8 become U+FFFD instead of
/// stopping the stream.
func standardInputLines() -> AnyIterator<String> {
    AnyIterator {
        guard let line = readLine(strippingNewline: true) else { return nil }
        return line
    }
}

/// Writes one line of already-encoded JSON to standard output.
func writeLine(_ json: String) {
    FileHandle.standardOutput.write(Data((json + "\n").utf8))
}
