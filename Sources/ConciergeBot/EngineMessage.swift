/// The keys of the phrases the dialog engine says itself, as written under
/// `settings: messages:` of a dialog file. Placeholders a phrase may use besides slots are
/// listed with each key (`{expected}`…); the engine fills them for that one message.
///
///     messages:
///       yes_or_no: "Sorry, I just need a yes or a no here."
///       corrected: "Got it — {new}, not {old}."
public enum EngineMessage: String, CaseIterable, Hashable, Sendable, Codable {
    /// An empty message, or one of only emoji and punctuation.
    case empty
    /// A message the bot did not understand; shown with suggestions as buttons.
    case fallback
    /// Said after repeated fallbacks, with a button to a person.
    case offerHuman = "offer_human"
    /// The label of that button.
    case humanButton = "human_button"
    /// "Did you mean A or B?" (the two intents are the buttons).
    case didYouMean = "did_you_mean"
    /// A frustrated user, before the handoff.
    case frustration
    /// An answer without the value asked for; `{expected}` is the `expect_…` phrase of the slot's entity.
    case answerMissing = "answer_missing"
    /// "not sure" or "let me think" to a required question: no answer yet, and no reproach;
    /// the question follows. Without it, `answer_missing` is said.
    case answerUnsure = "answer_unsure"
    /// An answer that is not one of the field's `values:`; `{value}`, `{options}`.
    case notAnOption = "not_an_option"
    /// A value that does not fit the field's `pattern:`; `{value}`.
    case patternMismatch = "pattern_mismatch"
    /// Numbers out of the field's range: `{min}`, `{max}`.
    case numberBetween = "number_between"
    case numberAtLeast = "number_at_least"
    case numberAtMost = "number_at_most"
    /// A yes/no question answered with something else.
    case yesOrNo = "yes_or_no"
    /// Added to the re-ask of an optional question.
    case saySkip = "say_skip"
    /// A required question refused or left unanswered too often: offers to leave the form or a person.
    case leaveFormOffer = "leave_form_offer"
    /// The label of the button that leaves the form.
    case leaveFormButton = "leave_form_button"
    /// A goodbye in the middle of a form ("gotta run, brb"): after the goodbye state's words,
    /// the answers are kept and the form waits for the visitor to come back.
    case formPaused = "form_paused"
    /// The request a form is for, asked again in the middle of it ("when will sales get back to
    /// me?" in the sales form): said before its question, which is what moves the request on.
    case formContinues = "form_continues"
    /// Asked where a request stands (`status_intents`) once one was passed on to the team.
    case statusPassedOn = "status_passed_on"
    /// Asked where a request stands before any was passed on (no request, or no consent):
    /// said with the requests that take contact details and a person as buttons.
    case statusNothingPassed = "status_nothing_passed"
    /// A date answered in a form that is over by the time the form goes on (`{value}`): it is
    /// asked again.
    case datePassed = "date_passed"
    /// The form was left; what the user told so far stays.
    case formLeft = "form_left"
    /// A value changed by a correction: `{slot}`, `{new}`, `{old}`.
    case corrected
    /// Values learned beyond the question asked: `{facts}`.
    case noted
    /// Each later message while a person has the conversation.
    case handoffWaiting = "handoff_waiting"
    /// After the handoff message, within business hours.
    case handoffOpen = "handoff_open"
    /// After the handoff message, outside business hours: `{opens}` (e.g. "Monday at 9:00").
    case handoffClosed = "handoff_closed"
    /// After the handoff message, open but too close to closing for the promised reply time:
    /// `{opens}`, when they open again.
    case handoffClosing = "handoff_closing"
    /// Waiting for a person past the promised time, after the answer to a question the bot could answer itself.
    case handoffStillWaiting = "handoff_still_waiting"
    /// Waiting for a person, asked whether this is a bot or a person: the bot says it is still the bot.
    case handoffIsBot = "handoff_is_bot"
    /// Waiting for a person longer than the business hours' `reply_within_minutes` promised.
    case handoffOverdue = "handoff_overdue"
    /// Contact details given while waiting for a person, without consent: may they be passed on?
    case handoffContactConsent = "handoff_contact_consent"
    /// Yes to that: the details are kept for the person.
    case handoffContactKept = "handoff_contact_kept"
    /// Yes to that, but the details are no longer held (another process took the turn): type them again.
    case handoffContactAgain = "handoff_contact_again"
    /// No to that: the details are not kept.
    case handoffContactDropped = "handoff_contact_dropped"
    /// The desk (or the user) gave the conversation back to the bot.
    case handback
    /// A message in a language the bot does not speak: `{languages}`.
    case languageUnsupported = "language_unsupported"
    /// The first message after the session timed out.
    case sessionExpired = "session_expired"
    /// Before an intent that would clear an open form: asks to confirm.
    case confirmRestart = "confirm_restart"
    /// Before erasing the user's contact details on a request that is not certain: asks to confirm.
    case confirmWithdraw = "confirm_withdraw"
    /// An FAQ asked again right after its answer: the answer did not help (with a button to a person).
    case faqRepeated = "faq_repeated"
    /// A different question that gets the FAQ answer given in each of the two turns before
    /// (the bot has no closer one): said instead of a third copy, with a button to a person.
    case faqSameAnswer = "faq_same_answer"
    /// A withdrawal that erases some contact details and keeps others ("don't keep my number,
    /// email is fine"), instead of the state's own words.
    case erasedSome = "erased_some"
    /// A request to forget only the visitor's company ("delete my company name too"): it is
    /// erased (in the chat, the store and any lead passed on), the contact details stay.
    case erasedCompany = "erased_company"
    /// A request to erase contact details in a chat that holds none (instead of the state's own words).
    case nothingToErase = "nothing_to_erase"
    /// The same in a chat whose details were typed but never kept (held for consent by a process
    /// that no longer has them): none are stored, though some were given.
    case nothingKept = "nothing_kept"
    /// The same request in a chat whose details were erased earlier in it ("did you actually
    /// delete my phone number?"): yes, none are kept.
    case alreadyErased = "already_erased"
    /// After consent is withdrawn, when a lead had already passed the details on: sales is
    /// told to delete its copy too (`lead_updated` with them null).
    case withdrawalPassedOn = "withdrawal_passed_on"
    /// Consent given in words ("yes consent", "you can keep my email") where the classifier
    /// heard a request about consent: the details are kept, not erased.
    case consentKept = "consent_kept"
    /// Contact details given outside any form, with nothing else said ("my email is …"): asks
    /// what the visitor would like, with the requests whose forms ask for them and a person as buttons.
    case contactGiven = "contact_given"
    /// Contact details typed outside any form, beside a request the bot answered: asks (Yes /
    /// No) whether it may keep them, so that a "yes" has a question to answer.
    case consentQuestion = "consent_question"
    /// The no to `consent_question`: the details are gone.
    case consentDeclined = "consent_declined"
    /// A visitor who agreed and leaves a lead form halfway: what they told was passed on, to be
    /// reached at `{contact}` (instead of the form's end, whose words are for a finished form).
    case leadPassedEarly = "lead_passed_early"
    /// A field of a lead given after the lead went out ("my phone is …" after the demo was
    /// booked): it was passed on (`lead_updated`), and this says so instead of asking what to
    /// do with it.
    case addedToRequest = "added_to_request"
    /// Consent given in a chat whose details, typed before it, were held by a `serve` worker that
    /// no longer has them (a restart, or another worker took the turn): they are asked again.
    case detailsAgain = "details_again"
    /// Personal details are kept only after consent; said when they were given before it.
    case consentNeeded = "consent_needed"
    /// A second request of something already requested (a demo): not booked twice.
    case alreadyRequested = "already_requested"
    /// The labels of yes / no buttons.
    case yesButton = "yes_button"
    case noButton = "no_button"
    /// How a value of each kind reads in a confirmation: `{value}`.
    case headCountValue = "head_count_value"
    /// A head count of one ("1 person"); without it, `head_count_value`.
    case headCountOne = "head_count_one"
    /// What an answer needs, for `{expected}` of `answer_missing`.
    case expectNumber = "expect_number"
    /// A head count's: "around 420 families" counts no team. Without it, `expect_number`.
    case expectHeadCount = "expect_head_count"
    case expectEmail = "expect_email"
    case expectPhone = "expect_phone"
    case expectDate = "expect_date"
    case expectMoney = "expect_money"
    case expectText = "expect_text"
    case expectName = "expect_name"
    case expectCompany = "expect_company"
    /// Lists in words: `{items}` (all but the last, comma-separated) and `{last}`.
    case listAnd = "list_and"
    case listOr = "list_or"
    /// An amount of money per period: `{amount}` ("$300").
    case perMonth = "per_month"
    case perYear = "per_year"
    case perQuarter = "per_quarter"
    case perWeek = "per_week"
    case perDay = "per_day"
    case perHour = "per_hour"

    /// The phrase of an amount per `period` (a money value's `period`: "month", "year"…).
    public static func per(_ period: String) -> EngineMessage? {
        switch period {
        case "month": return .perMonth
        case "year": return .perYear
        case "quarter": return .perQuarter
        case "week": return .perWeek
        case "day": return .perDay
        case "hour": return .perHour
        default: return nil
        }
    }

    /// The phrases used as button labels rather than said.
    public var isLabel: Bool {
        switch self {
        case .humanButton, .leaveFormButton, .yesButton, .noButton: return true
        default: return false
        }
    }
}
