import ArgumentParser
import ConciergeStore
import Foundation

/// `concierge leads`: the captured leads for a CRM, as CSV or JSON lines.
///
///     concierge leads --bot brightwave --since 2026-11-01 > leads.csv
struct Leads: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leads",
        abstract: "Export the captured leads as CSV (for a CRM import) or JSON lines.",
        discussion: """
            CSV columns, in this order: \(LeadExport.columns.joined(separator: ", ")). \
            "extra" holds the other collected fields as a JSON object.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl
    }

    @OptionGroup var botOptions: BotOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var sinceOptions: SinceOptions
    @Option(help: "csv or jsonl.") var format = Format.csv

    func run() throws {
        let definition = try botOptions.loadDefinition()
        let store = try storeOptions.open(botName: definition.settings.name, mustExist: true)
        let leads = try withStore { try store.leads(since: sinceOptions.date) }
        let text = switch format {
        case .csv: LeadExport.csv(leads)
        case .jsonl: LeadExport.jsonLines(leads)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
