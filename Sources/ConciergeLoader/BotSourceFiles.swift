import Foundation

/// The files a bot's loading reads, as read: `intents/*.yml|yaml` then `dialogs/*.yml|yaml`,
/// each folder in name order, hidden files left out. Read once, they are hashed (the key of
/// the bot's compiled model) and, when no model fits, loaded.
///
///     let source = BotLoader.sourceFiles(directory: "brightwave")
///     let result = BotLoader().load(source)
public enum BotSourceFiles: Sendable {
    /// Every file with its bytes (nil when it could not be read), and the intents folder.
    case files([(path: String, data: Data?)], folder: String)
    case missingIntentsFolder(String)
    case unreadableIntentsFolder(String, reason: String)
}

extension BotLoader {
    public static func sourceFiles(directory: String) -> BotSourceFiles {
        let folder = displayPath(join(directory, intentsFolder))
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .missingIntentsFolder(folder)
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder).filter(isBotFileName).sorted()
        } catch {
            return .unreadableIntentsFolder(folder, reason: error.localizedDescription)
        }
        var files = names.map { name -> (path: String, data: Data?) in
            let path = join(folder, name)
            return (path, manager.contents(atPath: path))
        }
        // A bot without a dialogs folder answers with intents only.
        let dialogs = displayPath(join(directory, dialogsFolder))
        if manager.fileExists(atPath: dialogs, isDirectory: &isDirectory), isDirectory.boolValue {
            let dialogNames = ((try? manager.contentsOfDirectory(atPath: dialogs)) ?? []).filter(isBotFileName).sorted()
            files += dialogNames.map { name in
                let path = join(dialogs, name)
                return (path, manager.contents(atPath: path))
            }
        }
        return .files(files, folder: folder)
    }

    private static func isBotFileName(_ name: String) -> Bool {
        fileExtensions.contains { name.hasSuffix(".\($0)") } && !name.hasPrefix(".")
    }
}
