// swift-tools-version:6.0
import PackageDescription

// One target per layer; data flows Core → Store/Exchange → UI → Terminal → danvan.
// swift-argument-parser, and ZIPFoundation for the .xlsx zip container; everything else (JSON codec, CSV, CRC32C) is small
// enough to own, and CI builds from a fresh clone every run. CPlatform is a few lines of C for
// what Swift cannot reach: the CPU's CRC instruction and Linux's sync_file_range.
let package = Package(
    name: "danvan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "danvan", targets: ["danvan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The zip container of .xlsx workbooks (deflate is not worth owning).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(name: "DanVanCore"),
        .target(name: "CPlatform"),
        // Every cipher, KDF and signature comes from swift-crypto (BoringSSL); none is written here.
        .target(
            name: "DanVanSeal",
            dependencies: [
                "CPlatform",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]),
        .target(name: "DanVanStore", dependencies: ["DanVanCore", "CPlatform", "DanVanSeal"]),
        .target(name: "DanVanExchange", dependencies: ["DanVanCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "DanVanUI", dependencies: ["DanVanCore"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "DanVanTerminal", dependencies: ["DanVanUI", "CNcursesw"]),
        // The run loop: terminal ↔ reducer ↔ store, tested in process with a scripted terminal.
        .target(name: "DanVanApp", dependencies: ["DanVanCore", "DanVanStore", "DanVanExchange", "DanVanUI", "DanVanSeal"]),
        .executableTarget(
            name: "danvan",
            dependencies: [
                "DanVanCore", "DanVanStore", "DanVanExchange", "DanVanUI", "DanVanTerminal", "DanVanApp", "DanVanSeal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "danvan-bench",
            dependencies: ["DanVanCore", "DanVanStore", "DanVanExchange", "DanVanUI", "DanVanSeal"],
            path: "Benchmarks/DanVanBench",
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]),
        .testTarget(name: "DanVanCoreTests", dependencies: ["DanVanCore"]),
        .testTarget(name: "DanVanStoreTests", dependencies: ["DanVanCore", "DanVanStore", "DanVanSeal"]),
        .testTarget(name: "DanVanSealTests", dependencies: ["DanVanSeal"]),
        .testTarget(name: "DanVanExchangeTests", dependencies: ["DanVanCore", "DanVanExchange"]),
        .testTarget(name: "DanVanUITests", dependencies: ["DanVanCore", "DanVanUI", "DanVanStore", "DanVanApp", "DanVanExchange"]),
        .testTarget(name: "DanVanAppTests", dependencies: ["DanVanCore", "DanVanStore", "DanVanExchange", "DanVanUI", "DanVanApp", "DanVanSeal"]),
        // The torture list of Vietnamese names, checked through every layer.
        .testTarget(name: "VietnameseTextTests", dependencies: ["DanVanCore", "DanVanExchange", "DanVanUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DanVanCore", "DanVanStore", "DanVanSeal"]),
    ],
    swiftLanguageModes: [.v6]
)
