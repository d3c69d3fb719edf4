// swift-tools-version:6.0
import PackageDescription

// One target per layer; data flows Core → Store/Exchange → UI → Terminal → danvan.
// Only swift-argument-parser is pulled in: everything else (JSON codec, CSV, CRC32C) is small
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
        .target(name: "DanVanExchange", dependencies: ["DanVanCore"]),
        .target(name: "DanVanUI", dependencies: ["DanVanCore"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "DanVanTerminal", dependencies: ["DanVanUI", "CNcursesw"]),
        .executableTarget(
            name: "danvan",
            dependencies: [
                "DanVanCore", "DanVanStore", "DanVanExchange", "DanVanUI", "DanVanTerminal", "DanVanSeal",
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
        .testTarget(name: "DanVanUITests", dependencies: ["DanVanCore", "DanVanUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DanVanCore", "DanVanStore", "DanVanSeal"]),
    ],
    swiftLanguageModes: [.v6]
)
