/// "Someone else decides" in its many forms, for `AnswerPhrases`: a role ("my boss", "the
/// CFO", "our founders") followed by a verb of deciding ("decides", "signs off", "has the
/// final say"), or "up to", "ask", "check with" before the role.
///
///     var table = PhraseTable<Bool>([])
///     DecisionPhrases.addOthersDecide(to: &table, true)   // "my boss decides", "it is up to the ceo", …
enum DecisionPhrases {
    static let roles = [
        "boss", "manager", "ceo", "cfo", "cto", "cmo", "coo", "founder", "founders", "cofounder", "co founder",
        "owner", "owners", "director", "head", "vp", "team", "partner", "partners", "board", "management",
        "supervisor", "lead", "team lead", "marketing director", "head of marketing", "client", "clients",
        "procurement", "finance", "finance team", "department", "it department", "legal", "president", "chairman",
        "superior", "superiors", "higher ups", "higher-ups", "bosses", "managers", "marketing manager",
    ]
    static let determiners = ["my", "our", "the", ""]
    static let verbs = [
        "decides", "decide", "makes the decision", "makes the decisions", "make the decision", "make the decisions",
        "makes decisions", "signs off", "sign off", "has the final say", "have the final say", "approves", "approve",
        "is the decision maker", "are the decision makers", "does$", "do$", "is in charge", "are in charge",
        "calls the shots", "call the shots", "handles that", "would decide", "will decide", "decides that",
        "makes that call", "make that call", "owns the budget", "holds the budget", "has to approve",
        "needs to approve", "has to sign off", "needs to sign off", "signs$", "sign$", "signs it", "signs the contract",
        "signs contracts",
    ]
    static let lead = [
        "it is up to", "up to", "ask", "i need to ask", "i have to ask", "i would have to ask", "check with",
        "i need to check with", "i would need to check with", "i have to check with", "that is", "that would be",
        "it is", "talk to", "you need to talk to", "you would need to talk to", "that is for", "not me",
    ]
    /// "final sign-off is with our COO", "the decision lies with the CEO": with the people who
    /// decide only (`deciders`), so that the table stays small (issue #18).
    static let withLeads = [
        "sign off is with", "the decision is with", "the decision lies with", "final say is with", "approval comes from",
        "signed off by", "final decision is with", "final decision lies with", "decision rests with",
        // "I'm on the evaluation team, final sign-off is the CIO" (blind audit 47).
        "sign off is", "sign off comes from", "decision is with", "decision lies with", "the decision is",
    ]
    static let determinedDeciders: [String] = deciders.flatMap { ["my " + $0, "our " + $0, "the " + $0] }

    /// People who decide for a visitor, named alone: "my boss", "our CEO" (a short answer only).
    static let deciders = [
        "boss", "manager", "ceo", "cfo", "cto", "cmo", "coo", "founder", "founders", "cofounder", "co founder",
        "owner", "owners", "director", "supervisor", "superior", "superiors", "bosses", "managers", "president",
        "head of marketing", "marketing director", "marketing manager", "team lead", "partner", "partners",
        "cio", "ciso", "vp", "head of it", "it director", "board", "procurement", "legal", "finance", "gm",
        "general manager", "managing director", "md",
    ]

    /// "my boss", "our CEO" ending a clause: a role alone says someone else decides. Not "the
    /// CEO" ("I'm the CEO" decides) nor "my team" ("a CRM for my team").
    static let othersAlone: [String] = deciders.flatMap { ["my " + $0 + "$", "our " + $0 + "$"] }

    /// A role with each determiner: "my boss", "our boss", "the boss", "boss", …
    static let subjects: [String] = roles.flatMap { role in determiners.map { $0.isEmpty ? role : $0 + " " + role } }
    /// The same without the bare role: what follows a `lead` ("ask my boss", not "ask boss").
    static let determinedSubjects: [String] = roles.flatMap { role in
        determiners.filter { !$0.isEmpty }.map { $0 + " " + role }
    }

    /// "I'm the partner who decides", "I'm a founder and I sign off": a role the visitor
    /// holds, then the deciding (`DecisionReading`).
    /// The people who decide only (not "team", "client"…), and few verbs: each combination is
    /// a path in a phrase table that every `serve` keeps in memory (issue #18).
    static let ownRoles: [String] = deciders.flatMap { ["i am the " + $0, "i am a " + $0] }
    static let ownDeciding = ["who decides", "who signs off", "who makes the decisions", "and i decide", "so i decide", "and i sign off"]

    /// Adds every phrase of someone else deciding to `table`: each subject followed by each
    /// verb ("my boss decides"), each lead followed by each determined subject ("it is up to
    /// the ceo"), about 8,000 phrases added as combinations, never written out.
    static func addOthersDecide<Value>(to table: inout PhraseTable<Value>, _ value: Value) {
        table.add(combining: subjects, with: verbs, value)
        table.add(combining: lead, with: determinedSubjects, value)
        table.add(combining: withLeads, with: determinedDeciders, value)
    }
}
