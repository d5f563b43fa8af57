import ConciergeEngine
import ConciergeDialog
@testable import ConciergeStore
import Foundation

/// Fresh folders and sample data for store tests.
enum Fixture {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)   // 2026-11-18

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func storePath() throws -> String {
        try folder().appendingPathComponent("bot.sqlite").path
    }

    static func lead(_ session: String, email: String = "ana@acme.com", tier: String = "hot", at: Date = now) -> LeadRecord {
        LeadRecord(sessionID: session, capturedAt: at,
                   fields: ["email": .string(email), "name": "Ana Doe", "company": "Acme", "team_size": 40, "plan": "pro"],
                   score: 70, tier: tier, consent: true)
    }

    static func entry(_ text: String, intent: String = "greet", state: String? = "welcome",
                      events: [DialogEvent] = []) -> TranscriptEntry {
        TranscriptEntry(text: text, intent: intent, confidence: 0.9, state: state, events: events)
    }

    static func session(email: String? = nil, turns: Int = 1) -> DialogSession {
        var session = DialogSession(state: "welcome", turns: turns)
        if let email { session.slots["email"] = .string(email) }
        session.transcript = [TranscriptTurn(user: "hello", bot: ["Hi there!"])]
        session.lastActivity = now
        return session
    }

    /// The bytes of the store and its WAL and shared-memory files, those that exist.
    static func bytes(ofStore path: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for suffix in ["", "-wal", "-shm", "-journal"] {
            if let data = FileManager.default.contents(atPath: path + suffix) { files[path + suffix] = data }
        }
        return files
    }

    static func contains(_ data: Data, _ text: String) -> Bool {
        data.range(of: Data(text.utf8)) != nil
    }
}

/// Single-purpose commits for the store tests: a session alone, a transcript entry alone, a
/// lead alone (the product always commits a whole turn).
extension ConversationStore {
    func saveSession(_ session: DialogSession, id: String, now: Date) throws {
        try commit(TurnCommit(sessionID: id, session: session, at: now))
    }

    func appendTurn(_ entry: TranscriptEntry, sessionID: String, at: Date) throws {
        try commit(TurnCommit(sessionID: sessionID, turn: entry, at: at))
    }

    func recordLead(_ lead: LeadRecord) throws {
        try commit(TurnCommit(sessionID: lead.sessionID, leads: [lead], at: lead.capturedAt))
    }
}
