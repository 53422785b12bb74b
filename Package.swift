// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "spbe-lint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "spbe-lint", targets: ["spbe-lint"]),
        .library(name: "SPBELint", targets: ["SPBELint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libyaml (Debian libyaml-dev), so YAML costs no Swift dependency.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Turns rules/ into Swift source at build time, so the binary carries the
        // shipped packs and still works when copied anywhere on its own.
        .executableTarget(name: "EmbedRulesTool"),
        .plugin(
            name: "EmbedRules",
            capability: .buildTool(),
            dependencies: ["EmbedRulesTool"]
        ),
        .target(
            name: "SPBELint",
            dependencies: ["CYAML"],
            plugins: ["EmbedRules"]
        ),
        .executableTarget(
            name: "spbe-lint",
            dependencies: [
                "SPBELint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SPBELintTests",
            // The executable is a dependency so `swift test` builds it for the CLI tests.
            dependencies: ["SPBELint", "spbe-lint"],
            exclude: ["Golden", "FuzzInputs", "Corpus"]
        ),
    ]
)
