import ConciergeDialog
import ConciergeEngine
import ConciergeJSON
import Foundation
import GRDB

extension SQLiteStore {
    /// Erases personal values a session stored before the user withdrew consent, inside the
    /// commit of the withdrawing turn: its transcript rows (text, reply and events) get the
    /// values masked as `[slot]`, and its leads lose them (contact columns emptied, the slots
    /// removed from `fields`, consent false). `secure_delete` overwrites the old bytes in the
    /// database pages; the WAL keeps them until its next checkpoint.
    ///
    ///     // Ana gave her e-mail with consent, then: "I changed my mind, delete my email"
    ///     try SQLiteStore.erase(PersonalDataErasure(values: ["email": "ana@acme.com"]), ofSession: "web-42", db)
    static func erase(_ erasure: PersonalDataErasure, ofSession sessionID: String, _ db: Database) throws {
        let turns = try Row.fetchAll(db, sql: "SELECT id, text, reply, events FROM turn WHERE session_id = ?",
                                     arguments: [sessionID])
        for turn in turns {
            let id: Int64 = turn["id"]
            let columns: [String?] = [turn["text"], turn["reply"], turn["events"]]
            let masked = columns.map { $0.map(erasure.mask) }
            guard masked != columns else { continue }
            try db.execute(sql: "UPDATE turn SET text = ?, reply = ?, events = ? WHERE id = ?",
                           arguments: [masked[0], masked[1], masked[2], id])
        }
        let leads = try Row.fetchAll(db, sql: "SELECT id, email, name, phone, fields FROM lead WHERE session_id = ?",
                                     arguments: [sessionID])
        for lead in leads {
            let id: Int64 = lead["id"]
            // A contact column holding an erased value goes whole: "[email]" is no contact.
            let contact = ["email", "name", "phone"].map { column -> String? in
                let value: String? = lead[column]
                return value.flatMap { erasure.mask($0) == $0 ? $0 : nil }
            }
            let fieldsText: String = lead["fields"]
            try db.execute(sql: "UPDATE lead SET email = ?, name = ?, phone = ?, fields = ?, consent = (consent AND ?) WHERE id = ?",
                           arguments: [contact[0], contact[1], contact[2], try LeadFieldsRewrite.erased(fieldsText, erasure),
                                       !erasure.withdrawsConsent, id])
        }
        // The remembered responses too: a resent request gets its answer with the values masked.
        let answered = try Row.fetchAll(db, sql: "SELECT revision, response FROM answered WHERE session_id = ?",
                                        arguments: [sessionID])
        for row in answered {
            let response: String = row["response"]
            let masked = erasure.mask(response)
            guard masked != response else { continue }
            try db.execute(sql: "UPDATE answered SET response = ? WHERE session_id = ? AND revision = ?",
                           arguments: [masked, sessionID, row["revision"] as Int64])
        }
    }

    /// Applies corrections the user made after a lead was passed on (`lead_updated`) to the
    /// session's last lead: its fields and the contact columns read from them.
    ///
    ///     try SQLiteStore.update(leadOf: "web-42", with: ["team_size": 30], db)
    static func update(leadOf sessionID: String, with changes: [String: JSONValue], _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, fields FROM lead WHERE session_id = ? ORDER BY id DESC LIMIT 1",
                                         arguments: [sessionID]) else { return }
        let id: Int64 = row["id"]
        let text: String = row["fields"]
        guard let (json, lead) = try LeadFieldsRewrite.corrected(text, with: changes) else { return }
        try db.execute(sql: "UPDATE lead SET email = ?, name = ?, company = ?, phone = ?, fields = ? WHERE id = ?",
                       arguments: [lead.email, lead.name, lead.company, lead.phone, json, id])
    }
}
