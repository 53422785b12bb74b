// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "spbe-lint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "spbe-lint", targets: ["spbe-lint"]),
        // The document reader: a program of its own, so that spbe-lint itself never loads
        // poppler, cairo, Tesseract or leptonica (start-up, --names-only) and an upload is
        // parsed only in a confined child. Installed beside spbe-lint or in lib/spbe-lint/.
        .executable(name: "spbe-lint-reader", targets: ["spbe-lint-reader"]),
        .library(name: "SPBELint", targets: ["SPBELint"]),
    ],
    // `Contents` reads what documents say (PDF text through poppler, scanned pages through
    // Tesseract). On by default; `swift build --disable-default-traits` builds without
    // poppler and Tesseract, judging names and magic bytes only (the report says so).
    traits: [
        .trait(name: "Contents", description: "Read document contents with poppler (PDF text) and Tesseract (OCR)."),
        .default(enabledTraits: ["Contents"]),
    ],
    dependencies: [
        // Pinned exactly: an application ships what it was tested with, and every pre-commit
        // environment then builds the same parser (see the README on Package.resolved).
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // The system libyaml (Debian libyaml-dev), so YAML costs no Swift dependency.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // poppler's GLib API and cairo (Debian libpoppler-glib-dev): PDF text, page rendering.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
        ),
        // Tesseract's C API (Debian libtesseract-dev, tesseract-ocr-ind for Indonesian).
        // No pkgConfig: Debian's tesseract.pc also names libarchive and libcurl (for
        // Tesseract's own downloader, which spbe-lint never calls), and the static-stdlib
        // link keeps every named library NEEDED: the .deb then depended on libcurl3-nss,
        // which Debian 13 does not have. The module map links tesseract only; leptonica
        // is found in the process at run time (Leptonica.swift: its name differs by release).
        .systemLibrary(
            name: "CTesseract",
            providers: [.apt(["libtesseract-dev", "tesseract-ocr-ind"]), .brew(["tesseract", "tesseract-lang"])]
        ),
        // zlib (Debian zlib1g-dev, already linked by poppler): the XML inside a .docx.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Turns rules/ into Swift source at build time, so the binary carries the
        // shipped packs and still works when copied anywhere on its own.
        .executableTarget(name: "EmbedRulesTool"),
        .plugin(
            name: "EmbedRules",
            capability: .buildTool(),
            dependencies: ["EmbedRulesTool"]
        ),
        // All logic: rules, the walk, the verdict, the finding passes. Links libyaml only;
        // what a document says arrives from a reader process as text (`DocumentTextReading`).
        .target(
            name: "SPBELint",
            dependencies: ["CYAML"],
            plugins: ["EmbedRules"]
        ),
        // What a report looks like: every format, the checklist, the Word writer, init's
        // scaffold. Above the verdict: the core cannot call a reporter.
        .target(
            name: "SPBELintReport",
            dependencies: ["SPBELint"]
        ),
        // Reading documents (poppler, Tesseract, zlib for .docx) and the reader process's
        // confinement; linked only into spbe-lint-reader (and the tests).
        .target(
            name: "SPBELintReader",
            dependencies: [
                "SPBELint",
                .target(name: "CPoppler", condition: .when(traits: ["Contents"])),
                .target(name: "CTesseract", condition: .when(traits: ["Contents"])),
                .target(name: "CZlib", condition: .when(traits: ["Contents"])),
            ]
        ),
        .executableTarget(
            name: "spbe-lint",
            dependencies: [
                "SPBELint",
                "SPBELintReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "spbe-lint-reader",
            dependencies: ["SPBELintReader", "SPBELint"]
        ),
        .testTarget(
            name: "SPBELintTests",
            // The executables are dependencies so `swift test` builds them for the CLI tests.
            dependencies: ["SPBELint", "SPBELintReport", "SPBELintReader", "spbe-lint", "spbe-lint-reader"],
            exclude: ["Golden", "FuzzInputs", "Corpus", "DocumentCorpus"]
        ),
    ]
)
