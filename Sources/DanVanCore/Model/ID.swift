/// A typed identifier. Ids are chosen by whoever creates the entity and travel inside the op,
/// so replay is deterministic and bundles from other data folders merge without renumbering.
/// Values stay below 2^53 so that every JSON reader keeps them exact.
public struct ID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: UInt64
    public init(_ raw: UInt64) { self.raw = raw }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
    public var description: String { String(raw) }

    public static var maxRaw: UInt64 { (1 << 53) - 1 }

    /// A fresh random id from `generator` (1 … 2^53-1).
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> Self {
        Self(UInt64.random(in: 1...maxRaw, using: &generator))
    }
    public static func random() -> Self {
        var g = SystemRandomNumberGenerator()
        return random(using: &g)
    }
}

public typealias OrgID = ID<Org>
public typealias MemberID = ID<Member>
public typealias AssignmentID = ID<Assignment>
public typealias MassID = ID<OutstandingPerson>
public typealias ModelID = ID<MobilizationModel>
public typealias MeetingID = ID<Meeting>
