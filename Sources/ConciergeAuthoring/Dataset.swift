import ConciergeBot
import ConciergeNLU
import Foundation

/// One labelled utterance of an NLU dataset in the shared JSON-lines format:
///
///     {"text": "wake me at five am", "intent": "alarm_set",
///      "slots": [{"slot": "time", "value": "five am", "start": 11, "end": 18}]}
public struct LabeledUtterance: Hashable, Sendable, Codable {
    /// A slot span; offsets in Unicode scalars of `text`, end exclusive: the same value as an
    /// annotation in a bot's examples.
    public typealias Slot = SlotAnnotation

    public var text: String
    public var intent: String
    public var slots: [Slot]

    public init(text: String, intent: String, slots: [Slot] = []) {
        self.text = text
        self.intent = intent
        self.slots = slots
    }

    /// The slots as the tagger and the classifier take them.
    public var slotSpans: [SlotSpan] {
        slots.map { SlotSpan(slot: $0.slot, start: $0.start, end: $0.end) }
    }

    private enum CodingKeys: String, CodingKey { case text, intent, slots }

    /// `slots` may be left out (intent-only datasets); `text` and `intent` may not.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        intent = try container.decode(String.self, forKey: .intent)
        slots = try container.decodeIfPresent([Slot].self, forKey: .slots) ?? []
    }
}

/// A dataset line that could not be read, named by file and line.
public struct DatasetError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): error: \(message)" }
        return "\(file): error: \(message)"
    }
}

/// Reads JSON-lines datasets, checking every line: valid UTF-8 and JSON, string `text` and
/// `intent`, slots whose offsets fall inside the text and whose `value` is the text they cover.
///
///     let train = try Dataset.read(path: "../shared/datasets/hwu64/train.jsonl")
public enum Dataset {
    public static func read(path: String) throws(DatasetError) -> [LabeledUtterance] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError(file: path, line: nil, message: "cannot read the file")
        }
        return try parse(data, file: path)
    }

    public static func parse(_ data: Data, file: String) throws(DatasetError) -> [LabeledUtterance] {
        var utterances: [LabeledUtterance] = []
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        if lines.isEmpty { throw DatasetError(file: file, line: nil, message: "the dataset is empty") }
        let decoder = JSONDecoder()
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            func fail(_ message: String) -> DatasetError {
                DatasetError(file: file, line: number, message: message)
            }
            guard String(validating: line, as: UTF8.self) != nil else { throw fail("the line is not valid UTF-8") }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { throw fail("empty line") }
            let utterance: LabeledUtterance
            do {
                utterance = try decoder.decode(LabeledUtterance.self, from: Data(line))
            } catch let DecodingError.keyNotFound(key, _) {
                throw fail("missing field '\(key.stringValue)'")
            } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
                throw fail("wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'")
            } catch let DecodingError.valueNotFound(_, context) {
                throw fail("null at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'")
            } catch {
                throw fail("not a JSON object")
            }
            let scalars = Array(utterance.text.unicodeScalars)
            for slot in utterance.slots {
                guard slot.start >= 0, slot.start < slot.end, slot.end <= scalars.count else {
                    throw fail("slot '\(slot.slot)' spans \(slot.start)..<\(slot.end), outside the text")
                }
                var covered = String.UnicodeScalarView()
                covered.append(contentsOf: scalars[slot.start..<slot.end])
                guard String(covered) == slot.value else {
                    throw fail("slot '\(slot.slot)' covers '\(String(covered))', not its value '\(slot.value)'")
                }
            }
            utterances.append(utterance)
        }
        return utterances
    }
}
