import ConciergeText
import ConciergeEntities
import ConciergeJSON

/// A condition on slot values, written the way a marketer would: clauses joined by `and`.
///
///     let condition = try Condition.parse("team_size >= 50 and plan == enterprise").get()
///     condition.clauses[0]   // Clause(slot: "team_size", test: .compare(.greaterOrEqual, .number(50)))
///
/// A clause is `slot` or `slot is set` (filled), `slot is not set`, or `slot OP value` with
/// OP one of `==`, `!=`, `<`, `<=`, `>`, `>=`; the value is a number, a word or a quoted text.
public struct Condition: Hashable, Sendable, Codable {
    public enum Operator: String, Hashable, Sendable, CaseIterable, Codable {
        case equal = "=="
        case notEqual = "!="
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case less = "<"
        case greater = ">"
    }

    public enum Test: Hashable, Sendable, Codable {
        case isSet
        case isNotSet
        case compare(Operator, JSONValue)
    }

    public struct Clause: Hashable, Sendable, Codable {
        public var slot: String
        public var test: Test
        /// Offset of the slot name in the condition's text.
        public var offset: Int
    }

    public var clauses: [Clause]
    public var source: String

    /// Parses a condition, or says what is wrong with it.
    public static func parse(_ source: String) -> Result<Condition, Template.SyntaxError> {
        var clauses: [Clause] = []
        var offset = 0
        for part in source.components(separatedBy: " and ") {
            let leading = part.unicodeScalars.prefix { $0.properties.isWhitespace }.count
            switch parseClause(part.trimmingSpaces, offset: offset + leading) {
            case .success(let clause): clauses.append(clause)
            case .failure(let error): return .failure(error)
            }
            offset += part.unicodeScalars.count + 5
        }
        return .success(Condition(clauses: clauses, source: source))
    }

    private static func parseClause(_ text: String, offset: Int) -> Result<Clause, Template.SyntaxError> {
        let wrong = Template.SyntaxError(
            message: "invalid condition '\(text)': expected 'slot OP value' (OP is ==, !=, <, <=, >, >=), "
                + "'slot is set' or 'slot is not set'", offset: offset)
        for suffix in [(" is not set", Test.isNotSet), (" is set", Test.isSet)] where text.hasSuffix(suffix.0) {
            let slot = String(text.dropLast(suffix.0.count)).trimmingSpaces
            return isName(slot) ? .success(Clause(slot: slot, test: suffix.1, offset: offset)) : .failure(wrong)
        }
        if isName(text) { return .success(Clause(slot: text, test: .isSet, offset: offset)) }
        for op in Operator.allCases {
            guard let range = text.range(of: op.rawValue) else { continue }
            let slot = String(text[..<range.lowerBound]).trimmingSpaces
            var value = String(text[range.upperBound...]).trimmingSpaces
            guard isName(slot), !value.isEmpty else { return .failure(wrong) }
            if let number = Double(value) {
                return .success(Clause(slot: slot, test: .compare(op, .number(number)), offset: offset))
            }
            if value.count >= 2, let first = value.first, first == "'" || first == "\"", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            return .success(Clause(slot: slot, test: .compare(op, .string(value)), offset: offset))
        }
        return .failure(wrong)
    }

    private static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(Template.isNameScalar)
    }
}
