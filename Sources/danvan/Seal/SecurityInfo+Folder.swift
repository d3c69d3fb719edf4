import DanVanSeal
import DanVanUI

extension SecurityInfo {
    /// What File → Security shows for `folder` (opened with `key` when encrypted). Makes
    /// nothing: a folder with no identity yet says so.
    static func of(folder: String, key: DataKey?) -> SecurityInfo {
        let id = try? IdentityFile.load(folder: folder, key: key)
        let trust = (try? TrustList.load(folder: folder, key: key)) ?? TrustList()
        return SecurityInfo(folder: folder, encrypted: key != nil, fingerprint: id?.publicIdentity.fingerprint,
                            trusted: trust.keys.map { .init(fingerprint: $0.fingerprint, orgs: $0.orgs) })
    }
}
