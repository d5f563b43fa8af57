// swift-tools-version: 6.1
import PackageDescription

// Modules follow the flow of a message: text primitives → entities → bot definitions
// (loading and checking bot files) → NLU → dialog → engine → fronts (REPL, JSON lines) and
// authoring tools → the CLI.
// Only the `concierge` executable imports ArgumentParser and readline.
let package = Package(
    name: "Concierge",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "concierge", targets: ["concierge"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(name: "ConciergeText"),
        .target(name: "ConciergeEntities", dependencies: ["ConciergeText"]),
        .target(
            name: "ConciergeBot",
            dependencies: ["ConciergeText", "ConciergeEntities", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ConciergeNLU", dependencies: ["ConciergeText", "ConciergeEntities", "ConciergeBot"]),
        .target(name: "ConciergeDialog", dependencies: ["ConciergeEntities", "ConciergeBot", "ConciergeNLU"]),
        .target(
            name: "ConciergeEngine",
            dependencies: ["ConciergeText", "ConciergeEntities", "ConciergeBot", "ConciergeNLU", "ConciergeDialog"]
        ),
        .target(
            name: "ConciergeFronts",
            dependencies: ["ConciergeEntities", "ConciergeBot", "ConciergeNLU", "ConciergeDialog", "ConciergeEngine", "ConciergeStore"]
        ),
        .target(
            name: "ConciergeAuthoring",
            dependencies: ["ConciergeText", "ConciergeEntities", "ConciergeBot", "ConciergeNLU", "ConciergeDialog", "ConciergeEngine"]
        ),
        .target(
            name: "ConciergeStore",
            dependencies: ["ConciergeEntities", "ConciergeDialog", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .executableTarget(
            name: "concierge",
            dependencies: [
                "CReadline", "ConciergeFronts", "ConciergeAuthoring", "ConciergeStore",
                "ConciergeText", "ConciergeEntities", "ConciergeBot", "ConciergeNLU", "ConciergeDialog", "ConciergeEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ConciergeTextTests", dependencies: ["ConciergeText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ConciergeEntitiesTests", dependencies: ["ConciergeEntities"]),
        .testTarget(name: "ConciergeBotTests", dependencies: ["ConciergeBot"]),
        .testTarget(name: "ConciergeNLUTests", dependencies: ["ConciergeNLU"]),
        .testTarget(name: "ConciergeDialogTests", dependencies: ["ConciergeDialog"]),
        .testTarget(name: "ConciergeEngineTests", dependencies: ["ConciergeEngine"]),
        .testTarget(name: "ConciergeFrontsTests", dependencies: ["ConciergeFronts", "ConciergeStore"]),
        .testTarget(name: "ConciergeAuthoringTests", dependencies: ["ConciergeAuthoring"]),
        // What more than one test target needs (a store locked by another connection).
        .target(
            name: "ConciergeTestSupport", dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ConciergeTestSupport"
        ),
        .testTarget(name: "ConciergeStoreTests", dependencies: ["ConciergeStore", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeCLITests", dependencies: ["concierge", "ConciergeStore", "ConciergeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
