// swift-tools-version: 6.1
import PackageDescription

// Modules follow the flow of a message (docs/architecture.md):
// text and JSON primitives → built-in entities → the bot model (plain values) → its loader
// (YAML, diagnostics) → NLU → dialog → engine (one conversation step and what it leaves for
// the store) → the store, the fronts' pure cores and the authoring tools → the executable,
// which owns every thread, file, terminal and the standard streams.
// Each target declares exactly what its sources import (`python3 ../shared/tools/check-deps.py`).
// The NLP core trains a bot's model whenever its files change. Unoptimized, training the demo
// bot took 13 s, so `swift run concierge` (a debug build) started slowly and training was most
// of `swift test`'s time; optimized, it takes well under a second. The other modules stay
// unoptimized in debug builds, for the debugger.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "ConciergeText", swiftSettings: optimizedInDebug),
        .target(name: "ConciergeJSON"),
        // Byte layouts of the compiled model file: bounds-checked reads, flat arrays in place.
        .target(name: "ConciergeBinary"),
        .target(name: "ConciergeEntities", dependencies: ["ConciergeJSON"]),
        .target(name: "ConciergeBot", dependencies: ["ConciergeText", "ConciergeEntities", "ConciergeJSON"]),
        .target(
            name: "ConciergeLoader",
            dependencies: ["ConciergeText", "ConciergeEntities", "ConciergeJSON", "ConciergeBot",
                           .product(name: "Yams", package: "Yams")]
        ),
        // Static word vectors (scripts/word-vectors/build.py), embedded in the binary with C23 #embed.
        .target(name: "CWordVectors", exclude: ["word-vectors.bin", "NOTICE.md"]),
        .target(
            name: "ConciergeNLU",
            dependencies: ["ConciergeBinary", "ConciergeText", "ConciergeEntities", "ConciergeJSON", "ConciergeBot", "CWordVectors"],
            swiftSettings: optimizedInDebug
        ),
        // The compiled model file: a bot's definition and trained NLU as one versioned, checksummed file.
        .target(name: "ConciergeModel", dependencies: ["ConciergeBinary", "ConciergeBot", "ConciergeNLU"]),
        .target(name: "ConciergeDialog", dependencies: ["ConciergeText", "ConciergeEntities", "ConciergeJSON", "ConciergeBot", "ConciergeNLU"]),
        .target(
            name: "ConciergeEngine",
            dependencies: ["ConciergeJSON", "ConciergeBot", "ConciergeNLU", "ConciergeDialog"]
        ),
        .target(
            name: "ConciergeStore",
            dependencies: ["CLibPQ", "ConciergeJSON", "ConciergeDialog", "ConciergeEngine", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        // PostgreSQL's C client, synchronous like `ConversationStore` (docs/store.md says why not postgres-nio),
        // loaded on the first connection rather than linked (Sources/CLibPQ/LazyLibPQ.c says why).
        .target(name: "CLibPQ", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "ConciergeFronts",
            dependencies: ["ConciergeJSON", "ConciergeBot", "ConciergeLoader", "ConciergeNLU", "ConciergeDialog", "ConciergeEngine"]
        ),
        .target(
            name: "ConciergeAuthoring",
            dependencies: ["ConciergeText", "ConciergeEntities", "ConciergeJSON", "ConciergeBot", "ConciergeLoader",
                           "ConciergeNLU", "ConciergeDialog", "ConciergeEngine"]
        ),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .executableTarget(
            name: "concierge",
            dependencies: [
                "CReadline", "ConciergeFronts", "ConciergeAuthoring", "ConciergeStore", "ConciergeBinary", "ConciergeModel",
                "ConciergeJSON", "ConciergeBot", "ConciergeLoader", "ConciergeNLU", "ConciergeDialog", "ConciergeEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked in (release builds on Linux): only the code
            // the binary uses is mapped, without relocating a dozen shared libraries at every
            // start. Less resident memory and a faster start (BENCHMARKS.md, issue #18). Compiling
            // with the flag too records what static Foundation needs (CoreFoundation, its ICU…).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        // What more than one test target needs: the demo bot, a JSON Schema validator, a
        // store locked by another connection.
        .target(
            name: "ConciergeTestSupport",
            dependencies: ["ConciergeBot", "ConciergeEngine", "ConciergeJSON", "ConciergeLoader", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/ConciergeTestSupport"
        ),
        .testTarget(name: "ConciergeTextTests", dependencies: ["ConciergeText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ConciergeJSONTests", dependencies: ["ConciergeJSON"]),
        .testTarget(name: "ConciergeEntitiesTests", dependencies: ["ConciergeEntities", "ConciergeJSON"]),
        .testTarget(name: "ConciergeLoaderTests", dependencies: ["ConciergeBot", "ConciergeLoader"]),
        .testTarget(name: "ConciergeNLUTests", dependencies: ["ConciergeBinary", "ConciergeBot", "ConciergeEntities", "ConciergeJSON", "ConciergeLoader", "ConciergeNLU", "ConciergeText"]),
        .testTarget(name: "ConciergeDialogTests", dependencies: ["ConciergeBot", "ConciergeDialog", "ConciergeEntities", "ConciergeJSON", "ConciergeLoader", "ConciergeNLU", "ConciergeText"]),
        .testTarget(name: "ConciergeEngineTests", dependencies: ["ConciergeBot", "ConciergeDialog", "ConciergeEngine", "ConciergeJSON", "ConciergeLoader", "ConciergeNLU", "ConciergeStore", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeStoreTests", dependencies: ["ConciergeDialog", "ConciergeEngine", "ConciergeJSON", "ConciergeStore", "ConciergeTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ConciergeFrontsTests", dependencies: ["ConciergeDialog", "ConciergeEngine", "ConciergeFronts", "ConciergeJSON", "ConciergeLoader", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeAuthoringTests", dependencies: ["ConciergeAuthoring", "ConciergeBot", "ConciergeDialog", "ConciergeEngine", "ConciergeJSON", "ConciergeLoader", "ConciergeNLU", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeModelTests", dependencies: ["ConciergeAuthoring", "ConciergeBinary", "ConciergeBot", "ConciergeDialog", "ConciergeEngine", "ConciergeJSON", "ConciergeLoader", "ConciergeModel", "ConciergeNLU", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeCLITests", dependencies: ["ConciergeDialog", "ConciergeEngine", "ConciergeFronts", "ConciergeJSON", "ConciergeNLU", "ConciergeStore", "ConciergeTestSupport", .product(name: "GRDB", package: "GRDB.swift"), "concierge"]),
    ],
    swiftLanguageModes: [.v6],
    // C23, for CWordVectors' #embed.
    cLanguageStandard: .gnu2x
)
