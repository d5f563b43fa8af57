import ConciergeDialog
import ConciergeJSON
import Foundation
import Testing
@testable import ConciergeStore

/// Details held for consent, sealed for the store (`PendingSeal`).
@Suite struct PendingSealTests {
    let seal = PendingSeal(secret: Array("a secret of the support desk".utf8))
    let held: [String: JSONValue] = ["email": "ana@acme.com", "name": "Ana \"Jo\" Lopez"]

    @Test func aBoxOpensWithItsKeyOnly() throws {
        let box = try #require(seal.seal(held))
        #expect(seal.open(box) == held)
        #expect(!box.contains("ana@acme.com"))
        // A fresh nonce each time: equal values give different boxes.
        #expect(seal.seal(held) != box)
        #expect(PendingSeal(secret: Array("another secret, another desk".utf8)).open(box) == nil)
        var damaged = Array(box)
        damaged[damaged.count / 2] = damaged[damaged.count / 2] == "A" ? "B" : "A"
        #expect(seal.open(String(damaged)) == nil)
        #expect(seal.open("not base64 at all") == nil)
    }

    @Test func aStoredSessionKeepsItsHeldValuesSealed() throws {
        var session = DialogSession(state: "demo_form", turns: 2)
        session.pending = held
        let text = SessionJSON.text(session, seal: seal)
        #expect(!text.contains("ana@acme.com") && text.contains("sealedPending"))
        #expect(try SessionJSON.decode(text, sessionID: "s", seal: seal) == session)
        // Without the seal (or with another) the details are gone, and nothing else is.
        var lost = session
        lost.pending = nil
        #expect(try SessionJSON.decode(text, sessionID: "s") == lost)
        // Nothing held, nothing sealed: a refusal leaves no box behind.
        session.pending = nil
        session.sealedPending = "c2VhbGVk"
        #expect(!SessionJSON.text(session, seal: seal).contains("sealedPending"))
    }

    @Test func aKeyFileIsMadeBesideTheStoreOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seal-\(UUID().uuidString)/deeper")
        let store = folder.appendingPathComponent("bot.sqlite").path
        let first = try PendingSeal.beside(storePath: store)
        let key = try FileManager.default.attributesOfItem(atPath: store + ".seal-key")
        #expect((key[.posixPermissions] as? Int) == 0o600)
        #expect(try PendingSeal.beside(storePath: store) == first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bot.sqlite.seal-key"])
    }

    @Test(arguments: [("", "16 bytes or more"), ("short\n", "16 bytes or more")])
    func aKeyFileTooShortIsRefused(contents: String, message: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString)").path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try PendingSeal(keyFile: path) }
        do { _ = try PendingSeal(keyFile: path) } catch { #expect(String(describing: error).contains(message)) }
        #expect(throws: StoreError.self) { try PendingSeal(keyFile: path + ".missing") }
    }
}
