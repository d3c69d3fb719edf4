import Foundation
@testable import DanVanSeal

/// A fresh temporary folder, removed when the test is done with it.
final class TempFolder {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "danvan-seal-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

func secret(_ s: String) -> SecretBuffer { SecretBuffer(Array(s.utf8)) }

/// Cheap scrypt for tests that are not about the KDF itself.
let fastKDF = KeyFile.Parameters(log2N: 10, r: 8, p: 1)
