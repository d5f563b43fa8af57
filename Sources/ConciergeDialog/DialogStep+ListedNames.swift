/// A proper name listed among other facts ("Mats Eriksson, m.eriksson@…, no phone") may be
/// the visitor's name or their company's; the e-mail beside it tells which.
extension DialogStep {
    /// Whether an e-mail of the message is the listed name's as a person's: "Mats Eriksson,
    /// m.eriksson@nordlicht-log.de" (the surname in the address, not in its domain), not
    /// "Studio Lena, lena@studiolena.com".
    func emailNamesPerson(_ listed: String) -> Bool {
        let parts = listed.lowercased().split(separator: " ").map { $0.filter(\.isLetter) }
        guard let last = parts.last, last.count >= 3 else { return false }
        let joined = parts.joined()
        return contacts.contains { contact in
            guard contact.entity == "email", let address = contact.value.stringValue?.lowercased(),
                  let at = address.firstIndex(of: "@") else { return false }
            return address[..<at].contains(last) && !address[at...].contains(joined)
        }
    }
}
