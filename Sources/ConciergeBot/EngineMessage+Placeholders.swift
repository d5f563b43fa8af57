/// The placeholders the engine fills in each of its phrases, besides the bot's slots.
///
///     EngineMessage.corrected.placeholders   // ["slot", "new", "old"]
///     EngineMessage.fallback.placeholders    // []
extension EngineMessage {
    public var placeholders: [String] {
        switch self {
        case .answerMissing: return ["expected"]
        case .notAnOption: return ["value", "options"]
        case .patternMismatch, .headCountValue, .headCountOne, .datePassed: return ["value"]
        case .numberBetween: return ["min", "max"]
        case .numberAtLeast: return ["min"]
        case .numberAtMost: return ["max"]
        case .corrected: return ["slot", "new", "old"]
        case .noted: return ["facts"]
        case .handoffClosed, .handoffClosing: return ["opens"]
        case .languageUnsupported: return ["languages"]
        case .leadPassedEarly: return ["contact"]
        case .listAnd, .listOr: return ["items", "last"]
        case .perMonth, .perYear, .perQuarter, .perWeek, .perDay, .perHour: return ["amount"]
        default: return []
        }
    }
}
