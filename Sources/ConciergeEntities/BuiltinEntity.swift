/// The entities Concierge recognises without any bot configuration.
///
///     BuiltinEntity(rawValue: "money")   // .money
///     BuiltinEntity.allCases.count       // 10
public enum BuiltinEntity: String, CaseIterable, Hashable, Sendable, Codable {
    case number
    case ordinal
    case percentage
    case money
    case email
    case phone
    case url
    case date
    case time
    case duration
}
