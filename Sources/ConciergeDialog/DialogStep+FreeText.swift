import ConciergeBot
import ConciergeNLU

/// Free-text answers: a name, a company, a need or a value typed as words, when the message
/// is one.
extension DialogStep {
    /// A free-text answer: what NLU kept of the message as an answer, when it is one.
    /// With `firstClause`, a name or a company ends with its clause ("Tiny Pottery, Mia Chen",
    /// "Tiny Pottery. Mia Chen"), unless a legal form follows ("Acme, Inc.").
    func freeTextCandidate(_ slot: SlotDefinition, maxWords: Int, firstClause: Bool = false) -> SlotCandidate? {
        // A correction of another value ("actually it's 30 people") answers nothing new.
        // A need, a company or a name is what the message says beyond facts of other slots
        // ("Northwind Traders, 8 people" answers the company, not the need, with "Northwind Traders").
        let free = switch slot.kind {
        case .value, .startDate: understanding.freeText
        case .need: understanding.needBeyondFacts
        default: understanding.freeTextBeyondFacts
        }
        // "not monday and afternoons only" says when, not who, which company or what for.
        // A name or a company beside a correction of another fact is new all the same: "casa
        // verde restaurants. wait actually its 6 people not 4" names the company (blind audit 24).
        let corrects = understanding.isCorrection && (slot.kind.holdsEntityValue || slot.kind == .need)
        // A statement before a question answers even when the question leaves the form for
        // its answer ("Corvid Pay. oh and whats the enterprise price again?"): both are heard.
        guard !digresses || understanding.freeTextBeforeQuestion, !corrects, var text = free, text.contains(where: \.isLetter),
              slot.kind == .need || slot.kind.holdsEntityValue || !understanding.freeTextIsRequest,
              slot.kind.holdsEntityValue || !understanding.saysOnlyWhen
        else { return nil }
        if firstClause, let comma = DialogStep.clauseEnd(in: text) {
            let rest = text[text.index(after: comma)...].split(separator: " ").first.map { $0.lowercased() } ?? ""
            if !SlotPolicy.legalForms.contains(rest.filter(\.isLetter)) {
                text = String(text[..<comma].reversed().drop(while: \.isWhitespace).reversed())
            }
        }
        guard !text.isEmpty, text.split(separator: " ").count <= maxWords else { return nil }
        // A name's words are its own: "Jan" to the name question is no month besides.
        let span = slot.kind == .personName ? Self.scalarSpan(of: text, in: message) : nil
        return SlotCandidate(slot: slot.name, value: .string(text), span: span)
    }

    /// Where `text` stands in `message`, in Unicode scalar offsets (as entity spans are).
    static func scalarSpan(of text: String, in message: String) -> Range<Int>? {
        guard let range = message.firstRange(of: text) else { return nil }
        let scalars = message.unicodeScalars
        let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
        return start..<(start + scalars.distance(from: range.lowerBound, to: range.upperBound))
    }

    /// Where the first clause of a short answer ends: a comma, a semicolon, a dash, or a full
    /// stop that ends a sentence (not "St." or "Dr.", not the last character).
    static func clauseEnd(in text: String) -> String.Index? {
        var wordLength = 0
        for index in text.indices {
            let character = text[index]
            if character.isLetter { wordLength += 1; continue }
            // "Ironworks Gym (wrote it above)": a remark in brackets is no part of the name.
            if character == "," || character == ";" || character == "—" || character == "(" { return index }
            if character == ".", wordLength > 3, text.index(after: index) < text.endIndex { return index }
            wordLength = 0
        }
        return nil
    }
}
