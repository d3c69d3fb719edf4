import ArgumentParser
import DanVanCore
import DanVanSeal
import DanVanStore
import Foundation

/// Hidden: commits batches forever and prints each acknowledged one, for the SIGKILL test.
/// Batch n adds 1 + n % 3 members with ids n*10+j to one cell; a line "ack n seq" is printed
/// only after `commit` returned. Continues from whatever the folder holds.
struct TortureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "torture", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Stop after this many batches (0: never).")
    var batches = 0

    @Option(help: "Checkpoint automatically every this many records.")
    var checkpointRecords = 40

    static let committee = OrgID(1), cell = OrgID(2)

    func run() throws {
        let (store, _) = try SealedFolder.open(global, command: "torture")
        store.checkpointRecords = checkpointRecords
        var n = (store.state.members.keys.map { $0.raw / 10 }.max() ?? 0) + 1
        if store.state.orgs[Self.cell] == nil {
            try store.commit([
                Op.make(.addOrg(Org(id: Self.committee, parent: nil, name: "Đảng bộ thử", level: .higherCommittee)), author: "torture"),
                Op.make(.addOrg(Org(id: Self.cell, parent: Self.committee, name: "Chi bộ thử", level: .grassrootsCell)), author: "torture"),
            ])
        }
        print("ready \(getpid())")
        fflush(nil)
        var done = 0
        while batches == 0 || done < batches {
            let ops = (0..<(1 + n % 3)).map { j in
                Op.make(.addMember(Member(id: MemberID(n * 10 + j), org: Self.cell, fullName: "Thử \(n)-\(j)",
                                          notes: String(repeating: "x", count: Int(n % 50)))), author: "torture")
            }
            try store.commit(ops)
            print("ack \(n) \(store.lastSeq)")
            fflush(nil)
            n += 1
            done += 1
        }
        store.close()
    }
}
