@testable import ConciergeDialog
import ConciergeText
import Foundation
import Testing

/// The native search and trim that keep CoreFoundation off a turn give Foundation's answers
/// (`String.range(of:options:from:)` in ConciergeDialog, `trimmingHorizontalSpaces` in
/// ConciergeText), on texts they search natively and on those they hand to Foundation.
@Suite struct NativeSearchTests {
    static let texts = ["cheaper than Growth for sms?", "GROWTH growth GrOwTh", "I'm sorry — let me get a person → Growth",
                        "ana@x.io, Ana Lopez; ANA", "straße STRASSE", "e\u{301}clair Éclair", "line\r\nGrowth", "", "growth"]
    static let needles = ["growth", "Growth", "ana", "sms?", "strasse", "éclair", "th g", "x"]

    @Test(arguments: texts)
    func searchesLikeFoundation(text: String) {
        for needle in Self.needles {
            for options: String.CompareOptions in [[], .caseInsensitive] {
                var from = text.startIndex
                while true {
                    let native = text.range(of: needle, options: options, from: from)
                    #expect(native == text.range(of: needle, options: options, range: from..<text.endIndex), "\(text) \(needle)")
                    guard let native else { break }
                    from = native.upperBound
                }
            }
        }
    }

    @Test func trimsLikeFoundation() {
        for text in [" 42\t", "\n42 ", "\u{00A0}7\u{3000}", "  ", "", "a b", "\u{2009}x\u{200B}", "\t\r\n 5 \r\n"] {
            #expect(text.trimmingHorizontalSpaces == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }
}
