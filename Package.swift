// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "appraise",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "appraise", targets: ["appraise"]),
        // For the fuzzing package in Fuzz/, which builds the parsers with -sanitize=fuzzer.
        .library(name: "Appraisal", targets: ["Appraisal"]),
        .library(name: "Publishing", targets: ["Publishing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // cmark's arena allocator, in C for its thread-local arena (see CommonMarkArena).
        .target(name: "CCmarkArena", dependencies: ["CCmark"]),
        .target(name: "Markdown", dependencies: ["CCmark", "CCmarkArena"]),
        .target(name: "Statistics", dependencies: [.product(name: "Numerics", package: "swift-numerics")]),
        .target(name: "Appraisal", dependencies: ["Markdown", "Statistics", "Yams", "SwiftCSV"]),
        .target(
            name: "Publishing",
            dependencies: ["Appraisal", "Markdown", "Statistics", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "Preview",
            dependencies: [
                "Appraisal", "Publishing", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "AppraiseCLI",
            dependencies: ["Appraisal", "Markdown", "Publishing", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "appraise", dependencies: ["AppraiseCLI"]),
        .executableTarget(name: "statistics-bench", dependencies: ["Statistics"]),
        // The seeded generator the test targets share; test targets cannot share source otherwise.
        .target(name: "TestRandom", path: "Tests/TestRandom"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "CCmark", "TestRandom"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "TestRandom"], resources: [.copy("Golden")]),
        .testTarget(name: "AppraisalTests", dependencies: ["Appraisal", "TestRandom"], resources: [.copy("QuotedResults")]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "Appraisal", "TestRandom"], resources: [.copy("Fixtures"), .copy("Goldens")]),
        .testTarget(name: "AppraiseCLITests", dependencies: ["AppraiseCLI"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Publishing"]),
    ],
    swiftLanguageModes: [.v6]
)
