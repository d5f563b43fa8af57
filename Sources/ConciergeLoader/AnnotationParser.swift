import ConciergeBot
import ConciergeText
/// Reads the slot markup of a training example: `[span text](slot_name)`.
///
/// The markup is removed from the text and kept as `SlotAnnotation`s whose offsets count
/// Unicode scalars of the cleaned text. `\[`, `\]`, `\(`, `\)` and `\\` are literal characters.
///
///     let parsed = try AnnotationParser.parse("we are [40](team_size) people").get()
///     parsed.text                   // "we are 40 people"
///     parsed.annotations[0].start   // 7
///     parsed.annotations[0].end     // 9
enum AnnotationParser {
    /// An example with its markup removed.
    struct Parsed: Hashable, Sendable {
        var text: String
        var annotations: [SlotAnnotation]
        /// For each annotation, the Unicode scalar offset of its slot name in the raw example.
        var slotOffsets: [Int]
    }

    /// A markup mistake, at a Unicode scalar offset of the raw example.
    struct SyntaxError: Error, Hashable, Sendable {
        var message: String
        /// Offset in Unicode scalars from the start of the raw (marked-up) example.
        var offset: Int

        init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    /// Every markup error of `raw`, or the cleaned text and its annotations.
    static func parse(_ raw: String) -> Result<Parsed, Errors> {
        var reader = Reader(scalars: Array(raw.unicodeScalars))
        reader.run()
        if reader.errors.isEmpty {
            return .success(Parsed(text: reader.text, annotations: reader.annotations, slotOffsets: reader.slotOffsets))
        }
        return .failure(Errors(errors: reader.errors))
    }

    /// All the errors of one example, in order of offset.
    struct Errors: Error, Hashable, Sendable {
        var errors: [SyntaxError]
    }

    private static let escapable: Set<Unicode.Scalar> = ["[", "]", "(", ")", "\\"]

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0
        var text = ""
        var textCount = 0
        var annotations: [SlotAnnotation] = []
        var slotOffsets: [Int] = []
        var errors: [SyntaxError] = []

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func emit(_ scalar: Unicode.Scalar) {
            text.unicodeScalars.append(scalar)
            textCount += 1
        }

        mutating func fail(_ message: String, at offset: Int) {
            errors.append(SyntaxError(message: message, offset: offset))
        }

        /// The next character as a literal when it is escaped, advancing past the escape.
        mutating func escaped() -> Unicode.Scalar? {
            guard scalars[position] == "\\", position + 1 < scalars.count,
                  AnnotationParser.escapable.contains(scalars[position + 1]) else { return nil }
            position += 2
            return scalars[position - 1]
        }

        mutating func run() {
            while position < scalars.count {
                if let literal = escaped() {
                    emit(literal)
                    continue
                }
                switch scalars[position] {
                case "[":
                    annotation()
                case "]":
                    fail("unmatched ']'; write '\\]' for a literal bracket", at: position)
                    position += 1
                default:
                    emit(scalars[position])
                    position += 1
                }
            }
        }

        /// Reads `[span](slot)` from the `[`.
        mutating func annotation() {
            let open = position
            let start = textCount
            var span = ""
            position += 1
            while position < scalars.count {
                if let literal = escaped() {
                    span.unicodeScalars.append(literal)
                    emit(literal)
                    continue
                }
                let scalar = scalars[position]
                if scalar == "[" {
                    fail("nested '[' inside an annotation; annotations cannot contain annotations", at: position)
                    skipAnnotation()
                    return
                }
                if scalar == "]" { break }
                span.unicodeScalars.append(scalar)
                emit(scalar)
                position += 1
            }
            guard position < scalars.count else {
                fail("unterminated annotation: '[' has no closing ']'", at: open)
                return
            }
            let close = position
            position += 1
            guard position < scalars.count, scalars[position] == "(" else {
                fail("annotation '[\(span)]' needs a slot name: write '[\(span)](slot_name)', "
                    + "or '\\[' for a literal bracket", at: close)
                return
            }
            let slotOpen = position
            position += 1
            var slot = ""
            while position < scalars.count, scalars[position] != ")" {
                slot.unicodeScalars.append(scalars[position])
                position += 1
            }
            guard position < scalars.count else {
                fail("unterminated slot name: '(' has no closing ')'", at: slotOpen)
                return
            }
            position += 1
            let slotName = slot.trimmingSpaces
            var valid = true
            if span.trimmingSpaces.isEmpty {
                fail("empty annotation: '[](\(slotName))' marks no text", at: open)
                valid = false
            }
            if slotName.isEmpty {
                fail("empty slot name in annotation '[\(span)]()'", at: slotOpen)
                valid = false
            } else if slotName.unicodeScalars.contains(where: { $0 == "[" || $0 == "]" || $0 == "(" }) {
                fail("invalid slot name '\(slotName)'", at: slotOpen + 1)
                valid = false
            }
            if valid {
                annotations.append(SlotAnnotation(slot: slotName, value: span, start: start, end: textCount))
                slotOffsets.append(slotOpen + 1)
            }
        }

        /// After a nested `[`, skips to the end of the outer annotation so one mistake gives one error.
        mutating func skipAnnotation() {
            var depth = 0
            while position < scalars.count {
                if escaped() != nil { continue }
                let scalar = scalars[position]
                position += 1
                if scalar == "[" { depth += 1 }
                if scalar == "]" {
                    depth -= 1
                    if depth < 0 { break }
                }
            }
            if position < scalars.count, scalars[position] == "(" {
                while position < scalars.count, scalars[position] != ")" { position += 1 }
                position = min(position + 1, scalars.count)
            }
        }
    }
}
