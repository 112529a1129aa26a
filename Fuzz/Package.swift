// swift-tools-version:6.0
// Fuzzing targets for appraise's parsers, built only with libFuzzer (see `make fuzz`):
//   swift build -c debug -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library --product fuzz-citations
// Each target's LLVMFuzzerTestOneInput is handed to libFuzzer's driver by its own `main`
// (SwiftPM links executables with their own entry point); without the sanitizer flag they do not link.
import PackageDescription

let targets = ["front-matter", "data-blocks", "expressions", "citations", "csv", "checklist", "page", "templates"]

let package = Package(
    name: "appraise-fuzz",
    platforms: [.macOS(.v14)],
    products: targets.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [.package(name: "appraise", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "Appraisal", package: "appraise")]),
    ] + targets.map {
        .executableTarget(name: "fuzz-\($0)", dependencies: ["FuzzSupport", .product(name: "Appraisal", package: "appraise"),
                                                            .product(name: "Publishing", package: "appraise")], path: "Sources/\($0)")
    },
    swiftLanguageModes: [.v6]
)
