/// Whole-address matching for `forget`: an address is mentioned when it occurs in a text,
/// ignoring case, and is not part of a longer address.
///
///     EmailMention.mentions("mail ana@acme.com.", email: "ANA@acme.com")   // true
///     EmailMention.mentions("mail ana@acme.com", email: "a@acme.com")      // false
enum EmailMention {
    /// Characters that may continue the local part before the match or the domain after it.
    private static func isAddressCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "._%+-".contains(character))
    }

    /// `local@domain.tld` with no spaces: what forget accepts, so `@` alone can't match everyone.
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return !local.isEmpty && labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
            && !text.contains { $0.isWhitespace || $0 == "\"" }
    }

    static func mentions(_ text: String, email: String) -> Bool {
        let haystack = Array(text.lowercased())
        let needle = Array(email.lowercased())
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            let before = start > 0 ? haystack[start - 1] : nil
            let end = start + needle.count
            let after = end < haystack.count ? haystack[end] : nil
            let afterNext = end + 1 < haystack.count ? haystack[end + 1] : nil
            // A trailing dot or dash ends a sentence unless an address character follows it.
            let continues = after.map { isAddressCharacter($0) && ($0 != "." && $0 != "-" || afterNext.map(isAddressCharacter) == true) } ?? false
            if before.map(isAddressCharacter) != true, !continues { return true }
        }
        return false
    }
}
