import ConciergeJSON

/// Replaces e-mail addresses with `[email]` and phone-like digit runs with `[phone]`, for
/// transcripts of bots with `mask_personal_data: true`.
///
///     PersonalDataMask.mask("I'm ana.b@acme.co, call +1 (555) 010-2030")
///     // "I'm [email], call [phone]"
///     PersonalDataMask.mask("40 people, from 2026-11-22")   // unchanged: not a phone
enum PersonalDataMask {
    /// Digits a phone number has at least and at most (E.164 allows 15).
    static let phoneDigits = 7...15

    static func mask(_ text: String) -> String {
        maskPhones(maskEmails(text))
    }

    /// Masks every string inside a JSON value (event payloads).
    static func mask(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): .string(mask(text))
        case .array(let values): .array(values.map(mask))
        case .object(let fields): .object(fields.mapValues(mask))
        case .null, .bool, .number: value
        }
    }

    static func maskEmails(_ text: String) -> String {
        // Local part and domain as mail servers accept in practice; the domain needs a dot.
        text.replacing(#/[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/#, with: "[email]")
    }

    /// A run that starts with `+` or a digit and goes on over digits, spaces, dots, dashes and
    /// parentheses is a phone when it holds 7–15 digits and is not an ISO date or a time.
    static func maskPhones(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let startsRun = character.isASCIIDigit || (character == "+" || character == "(")
                && index + 1 < characters.count && characters[index + 1].isASCIIDigit
            let afterWord = index > 0 && (characters[index - 1].isLetter || characters[index - 1].isASCIIDigit)
            guard startsRun, !afterWord else {
                output.append(character)
                index += 1
                continue
            }
            var end = index
            var lastDigit = index
            var digits = 0
            while end < characters.count, characters[end].isASCIIDigit || " .-()+".contains(characters[end]) {
                if characters[end].isASCIIDigit {
                    digits += 1
                    lastDigit = end
                }
                // A separator run longer than one character (", ", "  ") ends a number.
                if !characters[end].isASCIIDigit, end + 1 < characters.count, !characters[end + 1].isASCIIDigit,
                   characters[end] != ")", characters[end + 1] != "(" {
                    break
                }
                end += 1
            }
            let run = String(characters[index...lastDigit])
            let followedByWord = lastDigit + 1 < characters.count && characters[lastDigit + 1].isLetter
            if phoneDigits.contains(digits), !followedByWord, !isDate(run) {
                output += "[phone]"
            } else {
                output += run
            }
            index = lastDigit + 1
        }
        return output
    }

    /// `2026-11-22`, `22.11.2026`, `11/22/2026`-like shapes: dates, not phones.
    private static func isDate(_ run: String) -> Bool {
        let groups = run.split(whereSeparator: { !$0.isASCIIDigit }).map(\.count)
        return groups == [4, 2, 2] || groups == [2, 2, 4] || groups == [4, 1, 1] || groups == [1, 1, 4]
            || groups == [4, 2, 1] || groups == [4, 1, 2] || groups == [2, 1, 4] || groups == [1, 2, 4]
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
