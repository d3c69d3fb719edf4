import DanVanCore
import Foundation
import Testing
@testable import DanVanStore

/// Batches past `Store.parallelEncodingOps` are encoded on a second thread while validated;
/// they must land, replay and refuse exactly as small ones do.
struct LargeBatchTests {
    private func members(_ n: Int, in cell: OrgID, from first: UInt64) -> [Op] {
        (0..<UInt64(n)).map { i in
            Op(time: 1_700_000_000_000, author: "import",
               change: .addMember(Member(id: MemberID(first + i), org: cell, fullName: "Nguyễn Văn \(i)", cardNo: "C\(first + i)")))
        }
    }

    @Test func aLargeBatchIsOneRecordThatReplays() throws {
        let fs = MemoryFileSystem()
        let store = try fs.open()
        let cell = Org(id: OrgID(1), parent: nil, name: "Chi bộ A", level: .grassrootsCell)
        let ops = [Op(time: 1, author: "import", change: .addOrg(cell))] + members(Store.parallelEncodingOps + 500, in: cell.id, from: 10)
        try store.commit(ops)
        #expect(store.logSize.records == 1)
        #expect(store.lastSeq == UInt64(ops.count))
        var expected = State()
        try expected.apply(batch: ops)
        #expect(store.state == expected)
        store.close()
        let again = try fs.open()
        #expect(again.state == expected)
        #expect(again.lastSeq == UInt64(ops.count))
    }

    @Test func aRefusedLargeBatchWritesNothingAndTheNextOneLands() throws {
        let fs = MemoryFileSystem()
        let store = try fs.open()
        let cell = Org(id: OrgID(1), parent: nil, name: "Chi bộ A", level: .grassrootsCell)
        try store.commit(Op(time: 1, author: "x", change: .addOrg(cell)))
        let before = fs.mutationCount
        var bad = members(Store.parallelEncodingOps + 10, in: cell.id, from: 10)
        bad.append(Op(time: 2, author: "x", change: .deleteMember(MemberID(999_999))))
        #expect(throws: StoreError.self) { try store.commit(bad) }
        #expect(fs.mutationCount == before)
        #expect(store.lastSeq == 1 && store.state.members.isEmpty)
        try store.commit(members(Store.parallelEncodingOps, in: cell.id, from: 10))
        #expect(store.state.members.count == Store.parallelEncodingOps)
        store.close()
        #expect(try fs.open().state.members.count == Store.parallelEncodingOps)
    }
}
