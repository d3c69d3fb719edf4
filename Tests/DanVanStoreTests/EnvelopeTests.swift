import Testing
@testable import DanVanStore

struct EnvelopeTests {
    let payload = Array("hello, chi bộ".utf8)

    @Test func roundTrip() throws {
        let file = Envelope.wrap(format: "danvan-snapshot", version: 1, payload: payload)
        let r = try Envelope.open(file, format: "danvan-snapshot", supported: 1, file: "s")
        #expect(Array(file[r]) == payload)
    }

    @Test func newerVersionIsToldApartFromDamage() {
        let file = Envelope.wrap(format: "danvan-snapshot", version: 3, payload: payload)
        #expect {
            try Envelope.open(file, format: "danvan-snapshot", supported: 1, file: "s")
        } throws: { e in
            if case StoreError.newerVersion(_, 3, 1) = e { return true }
            return false
        }
    }

    @Test func everyFlippedByteAndEveryCutIsDamage() {
        let file = Envelope.wrap(format: "danvan-snapshot", version: 1, payload: payload)
        for i in 0..<file.count {
            var bad = file
            bad[i] ^= 0x40
            #expect(throws: StoreError.self) { try Envelope.open(bad, format: "danvan-snapshot", supported: 1, file: "s") }
            do {
                _ = try Envelope.open(bad, format: "danvan-snapshot", supported: 1, file: "s")
            } catch let e as StoreError {
                #expect(e.isDamage)
                if case .newerVersion = e { Issue.record("flip at \(i) read as a newer version") }
            } catch { Issue.record("unexpected \(error)") }
        }
        for n in 0..<file.count {
            #expect(throws: StoreError.self) { try Envelope.open(Array(file[0..<n]), format: "danvan-snapshot", supported: 1, file: "s") }
        }
    }

    @Test func wrongFormatIsNamed() {
        let file = Envelope.wrap(format: "danvan-manifest", version: 1, payload: payload)
        #expect {
            try Envelope.open(file, format: "danvan-snapshot", supported: 1, file: "s")
        } throws: { e in
            if case StoreError.damaged(_, _, .wrongFormat) = e { return true }
            return false
        }
    }
}
