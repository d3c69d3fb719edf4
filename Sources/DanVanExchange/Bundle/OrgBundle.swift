import DanVanCore
import Foundation

/// A subtree with everything under it, as one JSON document — how a cell hands its records
/// up to the committee (and back):
///
/// ```
/// {"format":"danvan-bundle","version":1,"counts":{…},"rootPath":"A / B / C","exportedAt":<ms>,
///  "orgs":[…],"members":[…],"assignments":[…],"persons":[…],"models":[…],"meetings":[…]}
/// ```
/// Entities use the codec's encodings and keep their ids, so importing the same bundle twice
/// changes nothing. The root org keeps its `parent` as in the source; every other reference
/// stays inside the bundle.
public struct OrgBundle: Sendable {
    public static let format = "danvan-bundle"
    public static let version = 1

    public var rootPath: String
    /// Milliseconds since 1970.
    public var exportedAt: Int64
    public var tables: EntityTables
    /// References to members outside the subtree that export left out (attendance,
    /// introducers, model owners), so that the bundle stays self-contained.
    public var droppedReferences = 0

    /// The orgs whose parent is not in the bundle (exactly one in a well-formed bundle).
    public var tops: [Org] {
        let ids = Set(tables.orgs.map(\.id))
        return tables.orgs.filter { o in o.parent.map { !ids.contains($0) } ?? true }
    }

    /// The subtree of `root` in `state`.
    public init(state: State, root: OrgID, exportedAt: Date = Date()) {
        rootPath = state.path(of: root)
        self.exportedAt = Int64((exportedAt.timeIntervalSince1970 * 1000).rounded())
        let orgIDs = state.subtree(of: root)
        let inside = Set(orgIDs)
        var members: [Member] = []
        for o in orgIDs { for id in state.directMembers(of: o) { members.append(state.members[id]!) } }
        let memberIDs = Set(members.map(\.id))
        var dropped = 0
        let assignments = members.flatMap { m in state.assignmentIDs(of: m.id).compactMap { state.assignments[$0] } }
        let persons = state.persons.values.filter { inside.contains($0.org) }.map { p -> OutstandingPerson in
            var p = p
            if let i = p.introducer, !memberIDs.contains(i) { p.introducer = nil; dropped += 1 }
            return p
        }
        let models = state.models.values.filter { inside.contains($0.org) }.map { m -> MobilizationModel in
            var m = m
            if let o = m.ownerMember, !memberIDs.contains(o) { m.ownerMember = nil; dropped += 1 }
            return m
        }
        let meetings = state.meetings.values.filter { inside.contains($0.org) }.map { m -> Meeting in
            var m = m
            let before = m.attendance.count
            m.attendance = m.attendance.filter { memberIDs.contains($0.key) }
            dropped += before - m.attendance.count
            return m
        }
        tables = EntityTables(orgs: orgIDs.map { state.orgs[$0]! }.sorted { $0.id < $1.id },
                              members: members.sorted { $0.id < $1.id }, assignments: assignments.sorted { $0.id < $1.id },
                              persons: persons.sorted { $0.id < $1.id }, models: models.sorted { $0.id < $1.id },
                              meetings: meetings.sorted { $0.id < $1.id })
        droppedReferences = dropped
    }

    public init(rootPath: String, exportedAt: Int64, tables: EntityTables) {
        self.rootPath = rootPath
        self.exportedAt = exportedAt
        self.tables = tables
    }

    public func encode() -> [UInt8] {
        DocumentCodec.encode(format: OrgBundle.format, version: OrgBundle.version, tables: tables) { w in
            w.key("rootPath")
            w.value(rootPath)
            w.key("exportedAt")
            w.value(exportedAt)
        }
    }

    /// Reads a bundle; throws `CodecError` (with the byte offset) for anything else.
    public static func decode(_ bytes: [UInt8]) throws -> OrgBundle {
        var path: String?
        var at: Int64 = 0
        let (_, tables) = try DocumentCodec.decode(bytes, format: format, supportedVersion: version) { key, r in
            if key == "rootPath" { path = VietText.nfc(try r.readString()); return true }
            if key == "exportedAt" { at = try r.readInt64(); return true }
            return false
        }
        guard let path, !path.isEmpty else {
            throw CodecError(offset: 0, reason: "the bundle has no rootPath", kind: .inconsistent)
        }
        return OrgBundle(rootPath: path, exportedAt: at, tables: tables)
    }
}
