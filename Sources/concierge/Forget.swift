import ConciergeEngine
import ArgumentParser
import ConciergeFronts
import ConciergeStore
import Foundation

/// `concierge forget`: a person's right to erasure — every session, transcript line and lead
/// of a session id, or of every session that mentioned an e-mail address.
///
///     concierge forget ana@acme.com --bot brightwave
///     // forgot 2 sessions (web-42, web-57): 13 transcript turns, 1 lead
struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Delete every trace of a person by session id or e-mail, and scrub the store's files.",
        discussion: """
            An argument with an @ is an e-mail: every session whose state, transcript, events or \
            leads mention it is deleted with its transcript and leads. The files are then rewritten \
            (WAL checkpoint, VACUUM) so the deleted bytes are gone from disk, not just unlinked.
            """
    )

    @Argument(help: ArgumentHelp("A session id or an e-mail address.", valueName: "session-or-email")) var subject: String
    @OptionGroup var botOptions: BotOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let definition = try botOptions.loadDefinition()
        let store = try storeOptions.open(botName: definition.settings.name, mustExist: true)
        let result = try withStore { try store.forget(ForgetSubject(argument: subject)) }
        print(result.summary(subject: subject))
    }
}
