import Testing
@testable import ConciergeNLU

/// Who decides, said anywhere in a message (blind audit 11: five visitors who said they
/// decide were asked "Are you the one who decides?").
@Test(arguments: [
    ("im the founder so yeah i decide", Understanding.Answer?.some(.yes)),
    ("I'm a partner, I decide.", .yes), ("I'm the owner", .yes),
    ("I'm head of marketing and I sign off on this", .yes), ("Acme Ltd, and yes I decide", .yes),
    ("it's my practice so yes", .yes),
    ("my boss signs off on tools", .no), ("it's up to our CEO", .no), ("I don't make the decision", .no),
    // Not about deciding, or both at once.
    ("I need to ask about pricing", nil), ("someone else told me about you", nil), ("we need email campaigns", nil),
    ("I decide, but my boss signs off", nil),
    // A count of people beside the visitor (blind audit 46); a decision shared with them is theirs.
    ("its me plus 2 regional managers", nil), ("me + cfo jointly", .yes),
    // Blind audit 47.
    ("I'm on the evaluation team, final sign-off is the CIO", .no), ("january. and decision is mine", .yes),
    // A deciding role denied (blind audit 54).
    ("I'm the IT security lead, not the final decision maker", .no),
])
func whoDecidesIsRead(text: String, decision: Understanding.Answer?) {
    #expect(understand(text).decision == decision, "\(text)")
}

/// A clause stating what the visitor wants, whatever was asked.
@Test(arguments: [
    ("hi, can someone from sales contact me? we need email campaigns and landing pages", "we need email campaigns and landing pages"),
    ("we mostly want to send newsletters", "we mostly want to send newsletters"),
    ("we're looking for a chat widget, 8 people", "we are looking for a chat widget"),
    ("I need to talk to someone", nil), ("do you need my email?", nil), ("we need a demo", nil),
    ("what do you need from me", nil), ("hello", nil),
    // The clause after a request says what it is for (blind audit 42).
    ("need a quote for 30 ppl team, email+sms+crm sync. were a travel agency", "email+sms+crm sync"),
    ("I need to talk to someone. is it open now?", nil),
    // A slash glued between words joins them (blind audit 43).
    ("team of 3, we want landing pages + a/b tests", "we want landing pages + a/b tests"),
    // What is not wanted, and another request after it, say no need (blind audit 52).
    ("actually nah, I don't want a demo. just have sales email me a quote", nil),
    ("i dont want newsletters, we need sms", "we need sms"),
    // Consent or a list to be taken out of (blind audits 66 and 68).
    ("I want to withdraw my consent for marketing emails and for this chat", nil), ("I want OFF your mailing list", nil),
])
func statedNeedsAreRead(text: String, need: String?) {
    #expect(understand(text).statedNeed?.lowercased().replacingOccurrences(of: "'re", with: " are") == need, "\(text)")
}

/// Every clause of wanting, in order: which one names a need is the catalog's business (blind
/// audit 58 asked the need that followed "want to start in January").
@Test func everyClauseOfWantingIsKept() {
    let text = "Budget ~400/mo, want to start in January, I'm the decision maker. We need email automation + SMS."
    #expect(understand(text).statedNeeds == ["want to start in January", "We need email automation + SMS"])
}
