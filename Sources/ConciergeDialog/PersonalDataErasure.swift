import Foundation
import ConciergeText

/// Personal values a turn erased after consent had released them (the user refused or
/// withdrew consent later): they must go from everywhere they were kept, the session's
/// transcript here and, at the edge, the store's transcript rows and leads.
///
/// A value is found in a text the way people write it: letters whatever their case, and a
/// phone number whatever its spaces, dots, dashes and parentheses.
///
///     let erasure = PersonalDataErasure(values: ["email": "ana@acme.com", "phone": "+447700900123"])
///     erasure.mask("I'm Ana@Acme.com, call +44 7700 900123")   // "I'm [email], call [phone]"
public struct PersonalDataErasure: Hashable, Sendable {
    /// The erased values by slot name, as the slots held them.
    public var values: [String: String]
    /// Whether the consent goes too (false: the user erased some details and kept others).
    public var withdrawsConsent: Bool

    public init(values: [String: String], withdrawsConsent: Bool = true) {
        self.values = values
        self.withdrawsConsent = withdrawsConsent
    }

    /// The slots whose values were erased, sorted.
    public var slots: [String] { values.keys.sorted() }

    /// `text` with every occurrence of an erased value replaced by `[slot]`.
    public func mask(_ text: String) -> String {
        var result = text
        // Longest first, so a value inside another one ("Ana" in "Ana Lopez") leaves no part behind.
        for (slot, value) in values.sorted(by: { ($0.value.count, $0.key) > ($1.value.count, $1.key) }) {
            let trimmed = value.trimmingHorizontalSpaces
            guard !trimmed.isEmpty else { continue }
            let digits = trimmed.filter(\.isASCIIDigit)
            if digits.count >= 7, !trimmed.contains(where: \.isLetter) {
                result = Self.maskDigitRuns(in: result, digits: String(digits), with: "[\(slot)]")
            } else {
                result = Self.maskWords(in: result, value: trimmed, with: "[\(slot)]")
            }
        }
        return result
    }

    /// Replaces each occurrence of `value`, whatever its case, that is not part of a longer
    /// word ("Sam" in "Sam here", not in "Samsung").
    static func maskWords(in text: String, value: String, with replacement: String) -> String {
        var result = text
        var searchStart = result.startIndex
        while let found = result.range(of: value, options: .caseInsensitive, from: searchStart) {
            let before = found.lowerBound > result.startIndex ? result[result.index(before: found.lowerBound)] : " "
            let after = found.upperBound < result.endIndex ? result[found.upperBound] : " "
            guard !isWordCharacter(before), !isWordCharacter(after) else {
                searchStart = found.upperBound
                continue
            }
            // Indices do not survive a mutation: resume from the offset past the replacement.
            let resume = result.distance(from: result.startIndex, to: found.lowerBound) + replacement.count
            result.replaceSubrange(found, with: replacement)
            searchStart = result.index(result.startIndex, offsetBy: resume)
        }
        return result
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Replaces each run of digits and phone separators whose digits end with `digits`, or that
    /// `digits` end with (the number written without its country code), by `replacement`.
    static func maskDigitRuns(in text: String, digits: String, with replacement: String) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit || characters[index] == "+" else {
                output.append(characters[index])
                index += 1
                continue
            }
            var end = index
            var runDigits = ""
            var lastDigit = index
            while end < characters.count, characters[end].isASCIIDigit || " .-()+/".contains(characters[end]) {
                if characters[end].isASCIIDigit {
                    runDigits.append(characters[end])
                    lastDigit = end
                }
                end += 1
            }
            // A national form drops the country code and may add a trunk 0 ("07700 900123").
            let national = runDigits.drop { $0 == "0" }
            if national.count >= 7, digits.hasSuffix(national) || runDigits.hasSuffix(digits) {
                output += replacement
                index = lastDigit + 1
            } else {
                output.append(contentsOf: characters[index..<end])
                index = end
            }
        }
        return output
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
