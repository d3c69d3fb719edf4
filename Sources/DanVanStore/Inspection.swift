import DanVanCore
import DanVanSeal
import Foundation

/// What `danvan check` finds in a data folder. Reading only.
public struct FolderReport: Sendable {
    public struct SegmentInfo: Sendable {
        public var name: String
        public var firstSeq: UInt64
        public var records: Int
        public var ops: UInt64
        public var bytes: Int
        /// Offset, length and kind of a torn final write.
        public var torn: (offset: Int, bytes: Int, reason: String)?
        /// Damage found when this segment was read on its own.
        public var damage: StoreError?
    }
    public var folder: String
    public var exists = false
    public var fresh = false
    public var snapshot: (name: String, seq: UInt64, bytes: Int)?
    public var segments: [SegmentInfo] = []
    public var lastSeq: UInt64 = 0
    public var members = 0
    public var assignments = 0
    public var brokenFiles: [String] = []
    /// Files the manifest does not name (left by an interrupted checkpoint, or foreign).
    public var strayFiles: [String] = []
    /// The first damage that stops an open, if any.
    public var damage: StoreError?
    public var healthy: Bool { damage == nil }

    /// The report as lines of text.
    public func lines(_ lang: Lang) -> [String] {
        let vi = lang == .vi
        var out: [String] = []
        out.append((vi ? "Thư mục dữ liệu: " : "Data folder: ") + folder)
        if !exists || fresh {
            out.append(vi ? "Chưa có dữ liệu." : "No data yet.")
            if damage == nil { return out }
        }
        if let s = snapshot {
            out.append(vi ? "Ảnh chụp: \(s.name), tới số thứ tự \(s.seq), \(s.bytes) byte"
                          : "Snapshot: \(s.name), covers up to seq \(s.seq), \(s.bytes) bytes")
        } else if exists && !fresh {
            out.append(vi ? "Ảnh chụp: chưa có (mọi thay đổi nằm trong nhật ký)" : "Snapshot: none yet (every change is in the log)")
        }
        for g in segments {
            var line = vi ? "Nhật ký \(g.name): từ số \(g.firstSeq), \(g.records) bản ghi, \(g.ops) thao tác, \(g.bytes) byte"
                          : "Log \(g.name): from seq \(g.firstSeq), \(g.records) records, \(g.ops) ops, \(g.bytes) bytes"
            if let t = g.torn {
                line += vi ? "; đuôi ghi dở ở byte \(t.offset) (\(t.bytes) byte, \(t.reason)) — sẽ được để riêng khi mở"
                           : "; torn final write at byte \(t.offset) (\(t.bytes) bytes, \(t.reason)) — set aside on next open"
            }
            out.append(line)
            // The damage that stops the open is said once, below.
            if let d = g.damage, d.message(lang) != damage?.message(lang) { out.append("  " + d.message(lang)) }
        }
        if damage == nil {
            out.append(vi ? "Số thứ tự cuối: \(lastSeq). \(members) đảng viên, \(assignments) phân công."
                          : "Last seq: \(lastSeq). \(members) members, \(assignments) assignments.")
        }
        for b in brokenFiles {
            out.append(vi ? "Tệp để riêng từ lần dừng đột ngột trước: \(b)" : "Set aside after an earlier crash: \(b)")
        }
        for s in strayFiles { out.append(vi ? "Tệp không thuộc bộ dữ liệu hiện tại: \(s)" : "File not part of the current data: \(s)") }
        if let d = damage {
            out.append(d.message(lang))
        } else {
            out.append(vi ? "Tình trạng: tốt." : "Status: healthy.")
        }
        return out
    }
}

/// A way to cut a damaged log back to its last good record, and what it costs.
public struct RepairPlan: Sendable {
    /// The segment to cut and where, if any.
    var truncate: (file: String, at: Int)?
    var drop: [String]
    var manifest: Manifest
    var newSegmentSeq: UInt64
    /// What will be lost, in words.
    public var lossEn: String
    public var lossVi: String
    public func loss(_ lang: Lang) -> String { lang == .vi ? lossVi : lossEn }
}

public enum Inspection {
    /// `key`: the data key of an encrypted folder (without it, its records cannot be checked).
    public static func inspect(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem(), key: DataKey? = nil) -> FolderReport {
        var r = FolderReport(folder: folder)
        r.exists = fs.directoryExists(folder)
        guard r.exists else { return r }
        let names = (try? fs.list(folder)) ?? []
        r.brokenFiles = names.filter { $0.hasSuffix(".broken") }
        let manifest = try? Manifest.decode(fs.read(folder + "/" + Manifest.fileName))
        do {
            let rec = try Recovery.run(fs, folder: folder, key: key)
            r.fresh = rec.fresh
            r.lastSeq = rec.lastSeq
            r.members = rec.state.members.count
            r.assignments = rec.state.assignments.count
            for g in rec.segments {
                var info = FolderReport.SegmentInfo(name: g.name, firstSeq: g.firstSeq, records: g.records, ops: g.ops,
                                                    bytes: g.validEnd)
                if let t = rec.torn, t.file == g.name {
                    info.torn = (t.offset, t.bytes.count, t.reason)
                    info.bytes += t.bytes.count
                }
                r.segments.append(info)
            }
        } catch let e as StoreError {
            r.damage = e
            // Each listed segment on its own, for the details.
            if let m = manifest {
                for (i, seg) in m.segments.enumerated() {
                    var info = FolderReport.SegmentInfo(name: seg.name, firstSeq: seg.firstSeq, records: 0, ops: 0, bytes: 0)
                    do {
                        let bytes = try Recovery.read(fs, folder, seg.name)
                        info.bytes = bytes.count
                        var ops: UInt64 = 0
                        let s = try SegmentReader.scan(bytes, file: seg.name, firstSeq: seg.firstSeq,
                                                       isLast: i == m.segments.count - 1) { ops += UInt64($0.count) }
                        info.records = s.recordCount
                        info.ops = ops
                        if let t = s.tornTail { info.torn = (t.lowerBound, t.count, s.tornReason ?? "") }
                    } catch let se as StoreError {
                        info.damage = se
                    } catch {}
                    r.segments.append(info)
                }
            }
        } catch {
            r.damage = .io(IOFailure("read", folder, "\(error)"))
        }
        if let m = manifest {
            r.snapshot = m.snapshot.map { s in (s.name, s.seq, (try? fs.read(folder + "/" + s.name).count) ?? 0) }
            let known = Set(m.segments.map(\.name) + [m.snapshot?.name].compactMap { $0 } + [Manifest.fileName, "lock"] + FolderSecrets.names)
            r.strayFiles = names.filter { !known.contains($0) && !$0.hasSuffix(".broken") }
        }
        return r
    }

    /// How to cut the log back to the last good record before the damage, or an error
    /// saying why no cut helps (damaged snapshot or manifest: restore a backup).
    public static func planRepair(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem()) throws -> RepairPlan? {
        let report = inspect(folder, fileSystem: fs)
        guard let damage = report.damage else { return nil }
        guard case .damaged(let file, let offset, let reason) = damage,
              let m = try? Manifest.decode(fs.read(folder + "/" + Manifest.fileName)),
              let i = m.segments.firstIndex(where: { $0.name == file }) else {
            throw RepairRefusal(damage: damage)
        }
        let snapSeq = m.snapshot?.seq ?? 0
        var kept = Array(m.segments[0..<i])
        var truncate: (file: String, at: Int)?
        var nextSeq = m.segments[i].firstSeq
        var lostBytes = 0
        var lostRecords = 0
        let cutWholeSegment = offset < LogFormat.headerSize || reason == .missingFile
        if !cutWholeSegment {
            let bytes = try Recovery.read(fs, folder, file)
            // Records before the damage stay; count what lies after it.
            let head = Array(bytes[0..<offset])
            let s = try SegmentReader.scan(head, file: file, firstSeq: m.segments[i].firstSeq, isLast: true) { _ in }
            nextSeq = s.nextSeq
            truncate = (file, offset)
            kept.append(m.segments[i])
            lostBytes += bytes.count - offset
            lostRecords += countRecords(bytes, from: offset)
        } else if let bytes = try? fs.read(folder + "/" + file) {
            lostBytes += bytes.count
            lostRecords += countRecords(bytes, from: LogFormat.headerSize)
        }
        let dropped = m.segments[(i + 1)...].map(\.name) + (cutWholeSegment ? [file] : [])
        for name in m.segments[(i + 1)...].map(\.name) {
            if let bytes = try? fs.read(folder + "/" + name) {
                lostBytes += bytes.count
                lostRecords += countRecords(bytes, from: LogFormat.headerSize)
            }
        }
        if nextSeq <= snapSeq {
            kept = []
            nextSeq = snapSeq + 1
        }
        let newSeg = Manifest.Segment(name: LogFormat.segmentName(firstSeq: nextSeq), firstSeq: nextSeq)
        if kept.contains(where: { $0.name == newSeg.name }) {
            // The cut segment is empty after the cut: reuse it as the live one.
            kept.removeAll { $0.name == newSeg.name }
        }
        let plan = RepairPlan(
            truncate: truncate, drop: dropped, manifest: Manifest(snapshot: m.snapshot, segments: kept + [newSeg]),
            newSegmentSeq: nextSeq,
            lossEn: "Everything recorded from seq \(nextSeq) on: \(lostBytes) bytes of log (\(lostRecords) readable records) after byte \(offset) of \(file)\(dropped.isEmpty ? "" : ", including files \(dropped.joined(separator: ", "))"). The data will be as it was at seq \(nextSeq - 1).",
            lossVi: "Mọi thay đổi từ số thứ tự \(nextSeq) trở đi: \(lostBytes) byte nhật ký (\(lostRecords) bản ghi còn đọc được) sau byte \(offset) của \(file)\(dropped.isEmpty ? "" : ", gồm các tệp \(dropped.joined(separator: ", "))"). Dữ liệu sẽ trở về như ở số thứ tự \(nextSeq - 1).")
        return plan
    }

    /// Whole records of a segment from `offset` on, found by their checksums.
    static func countRecords(_ bytes: [UInt8], from offset: Int) -> Int {
        guard bytes.count >= LogFormat.headerSize else { return 0 }
        let salt = bytes.u32(at: 12)
        let saltCRC = LogFormat.saltCRC(salt)
        var n = 0
        var off = offset - 1
        bytes.withUnsafeBytes { buf in
            while let next = SegmentReader.findGood(buf, after: off, saltCRC: saltCRC, minSeq: 0) {
                n += 1
                off = next + LogFormat.recordHeaderSize + Int(buf.u32(at: next)) - 1
            }
        }
        return n
    }

    /// Copies every file of the folder into a new sibling folder `<folder>.backup-<time>`,
    /// synced, and returns its path.
    public static func backup(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem(), now: Date = Date()) throws -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd-HHmmss"
        var dest = folder + ".backup-" + f.string(from: now)
        var k = 1
        while fs.directoryExists(dest) {
            k += 1
            dest = folder + ".backup-" + f.string(from: now) + "-\(k)"
        }
        do {
            try fs.createDirectory(dest)
            for name in try fs.list(folder) where name != "lock" {
                let file = try fs.create(dest + "/" + name)
                try file.write(try fs.read(folder + "/" + name))
                try file.sync()
                file.close()
            }
            try fs.syncDirectory(dest)
        } catch let e as IOFailure {
            throw StoreError.io(e)
        }
        return dest
    }

    /// Carries out a plan. Crash-safe order: cut the damaged segment → new live segment →
    /// manifest → remove the dropped files. The caller holds the folder lock and has a backup.
    public static func repair(_ plan: RepairPlan, folder: String, fileSystem fs: FileSystem = PosixFileSystem()) throws {
        do {
            if let t = plan.truncate { try fs.truncate(folder + "/" + t.file, to: t.at) }
            if !plan.manifest.segments.dropLast().contains(where: { $0.firstSeq == plan.newSegmentSeq }) {
                _ = try Store.createSegment(fs, folder: folder, firstSeq: plan.newSegmentSeq)
            }
            try fs.writeAtomically([plan.manifest.encoded()], to: folder + "/" + Manifest.fileName)
            let keep = Set(plan.manifest.segments.map(\.name))
            for name in plan.drop where !keep.contains(name) { try fs.remove(folder + "/" + name) }
            try fs.syncDirectory(folder)
        } catch let e as IOFailure {
            throw StoreError.io(e)
        }
    }
}

/// The damage is not in the log, so no cut can help.
public struct RepairRefusal: Error, Sendable {
    public var damage: StoreError
    public func message(_ lang: Lang) -> String {
        lang == .vi
            ? "Không thể sửa bằng cách cắt nhật ký: \(damage.message(.vi)) Hãy khôi phục từ bản sao lưu."
            : "Cannot repair by cutting the log: \(damage.message(.en)) Restore from a backup."
    }
}
