import ConciergeEngine
import ConciergeFronts
import ConciergeStore

/// The store's answers as the fronts' cores take them up, for both drivers: a failure
/// becomes a value carrying what went wrong, never a thrown error lost on the way.
extension ConversationStore {
    /// The session `id`: found, absent (a new conversation), or why it could not be read.
    func storedSession(id: String) -> StoredSession {
        do {
            return try loadSession(id: id).map(StoredSession.found) ?? .absent
        } catch {
            return .failed("\(error)")
        }
    }

    /// Forgets `subject`: what was deleted, or why nothing was.
    func forgetting(_ subject: ForgetSubject) -> Result<ForgetResult, StoreFailure> {
        do {
            return .success(try forget(subject))
        } catch {
            return .failure(StoreFailure("\(error)"))
        }
    }
}
