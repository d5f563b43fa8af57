/// One line of REPL output, by meaning; `ChatRenderer` decides how it looks (colour on a
/// terminal, plain for scripts).
///
///     ChatLine.bot("Hi there!")
///     ChatLine.buttons(["Pricing", "Book a demo"])   // "[1] Pricing  [2] Book a demo"
///     ChatLine.detail("state", "welcome → demo_form")
public enum ChatLine: Equatable, Sendable {
    /// A message of the bot.
    case bot(String)
    /// The current quick replies, numbered from 1.
    case buttons([String])
    /// The button a typed number picked.
    case picked(String)
    /// Command output.
    case notice(String)
    /// Something went wrong (an unknown command, a bot that failed to reload).
    case error(String)
    /// A labelled fact of `/debug`, `/why`, `/slots`, `/state`.
    case detail(String, String)
}
