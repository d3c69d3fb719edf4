import DanVanCore

/// What File → Security shows: filled in by the program that opened the folder (the UI
/// reads no key file itself), and again by the run loop after the passphrase changed.
public struct SecurityInfo: Equatable, Sendable {
    public struct Trusted: Equatable, Sendable {
        var fingerprint: String
        var orgs: [String]
        public init(fingerprint: String, orgs: [String]) {
            self.fingerprint = fingerprint
            self.orgs = orgs
        }
    }

    var folder: String
    var encrypted: Bool
    /// This folder's identity fingerprint (nil when it has none yet: made by the first export).
    var fingerprint: String?
    var trusted: [Trusted]

    public init(folder: String, encrypted: Bool, fingerprint: String?, trusted: [Trusted]) {
        self.folder = folder
        self.encrypted = encrypted
        self.fingerprint = fingerprint
        self.trusted = trusted
    }

    /// The screen's lines in `lang`.
    func lines(_ lang: Lang) -> [String] {
        func t(_ s: Strings.Seal) -> String { s.text(lang) }
        var out = [t(.folder) + folder, t(encrypted ? .encryptedOn : .encryptedOff), ""]
        out.append(t(.fingerprint))
        out.append("  " + (fingerprint ?? t(.fingerprintNone)))
        out.append("")
        if trusted.isEmpty {
            out.append(t(.trustedNone))
        } else {
            out.append(t(.trusted))
            for k in trusted {
                out.append("  " + k.fingerprint)
                for o in k.orgs { out.append("      " + o) }
            }
        }
        return out
    }
}
