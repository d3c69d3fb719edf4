import DanVanCore
import Testing
@testable import DanVanUI

/// File → Bảo mật / Security.
struct SecurityScreenTests {
    static let info = SecurityInfo(folder: "/home/bithu/.local/share/danvan", encrypted: true,
                                   fingerprint: "4310 8757 8449 7628 4168 7486",
                                   trusted: [.init(fingerprint: "2860 9197 9986 3218 1072 5042",
                                                   orgs: ["Đảng bộ huyện Củ Chi / Chi bộ ấp Phú Hòa"])])

    /// Opens File and picks Security (the third item).
    static func open(_ app: inout AppState) {
        app.press(.function(9))
        #expect(app.overlay == .menu(MenuState(menu: .file)))
        #expect(Menu.file.items.contains(.openSecurity))
        for _ in 0..<Menu.file.items.firstIndex(of: .openSecurity)! { app.press(.down) }
        app.press(.enter)
        #expect(app.overlay == .security(scroll: 0))
    }

    @Test func showsEncryptionFingerprintAndTrustedKeysInVietnamese() {
        var app = Fixture.app(width: 100, height: 30)
        app.security = Self.info
        Self.open(&app)
        let screen = app.screen.joined(separator: "\n")
        #expect(screen.contains("Bảo mật"))
        #expect(screen.contains("Mã hóa: CÓ"))
        #expect(screen.contains("danvan passphrase change"))
        #expect(screen.contains("4310 8757 8449 7628 4168 7486"))
        #expect(screen.contains("2860 9197 9986 3218 1072 5042"))
        #expect(screen.contains("Chi bộ ấp Phú Hòa"))
        app.press(.escape)
        #expect(app.overlay == nil)
    }

    @Test func anUnencryptedFolderWithNoIdentitySaysSoInEnglish() {
        var app = Fixture.app(width: 100, height: 30, lang: .en)
        app.security = SecurityInfo(folder: "/tmp/d", encrypted: false, fingerprint: nil, trusted: [])
        Self.open(&app)
        let screen = app.screen.joined(separator: "\n")
        #expect(screen.contains("Security"))
        #expect(screen.contains("Encryption: OFF"))
        #expect(screen.contains("danvan passphrase set"))
        #expect(screen.contains("none yet"))
        #expect(screen.contains("Keys trusted for importing bundles: none"))
    }

    @Test func fitsAnEightyColumnScreenAndScrolls() {
        var app = Fixture.app(width: 80, height: 24)
        app.security = Self.info
        Self.open(&app)
        #expect(app.screen.allSatisfy { VietText.width($0) <= 80 })
        app.press(.down, .down)
        #expect(app.overlay == .security(scroll: 2))
    }
}
