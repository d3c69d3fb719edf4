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
        /// Offset, length and kind of a torn final write; `certain` false when the log's
        /// format cannot tell it from a saved record damaged later.
        public var torn: (offset: Int, bytes: Int, reason: String, certain: Bool)?
        /// For a sealed (closed) segment, the end the manifest recorded, and bytes kept after
        /// it (a torn write set aside then).
        public var sealedEnd: Int?
        public var bytesAfterSeal = 0
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
        switch damage {
        case .notAFolder?, .notADataFolder?:
            out.append(damage!.message(lang))
            return out
        default: break
        }
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
            let line = vi ? "Nhật ký \(g.name): từ số \(g.firstSeq), \(g.records) bản ghi, \(g.ops) thao tác, \(g.bytes) byte"
                          : "Log \(g.name): from seq \(g.firstSeq), \(g.records) records, \(g.ops) ops, \(g.bytes) bytes"
            out.append(line)
            if let t = g.torn {
                if t.certain {
                    out.append(vi ? "  Cảnh báo: bản ghi cuối ở byte \(t.offset) (\(t.bytes) byte, \(t.reason)) chưa ghi xong khi danvan dừng đột ngột; nó chưa từng được báo là đã lưu và sẽ được để riêng khi mở để ghi."
                                  : "  Warning: the last record, at byte \(t.offset) (\(t.bytes) bytes, \(t.reason)), was not finished when danvan stopped; it was never confirmed as saved and is set aside at the next open for writing.")
                    if t.reason == "cut short" {
                        out.append(vi ? "  (Tệp kết thúc giữa bản ghi: một tệp bị cắt ngắn sau khi ghi cũng trông như vậy.)"
                                      : "  (The file ends inside the record: a file cut short after it was written would look the same.)")
                    }
                } else {
                    out.append(vi ? "  Cảnh báo: không đọc được bản ghi cuối ở byte \(t.offset) (\(t.bytes) byte, \(t.reason)). Định dạng nhật ký cũ này không cho biết đó là thay đổi bị cắt khi dừng đột ngột hay thay đổi đã lưu rồi bị hỏng."
                                  : "  Warning: the last record, at byte \(t.offset) (\(t.bytes) bytes, \(t.reason)), cannot be read. This older log format cannot tell whether it is a change cut off by a stop or a saved change damaged later.")
                }
            }
            if g.bytesAfterSeal > 0, let e = g.sealedEnd {
                out.append(vi ? "  \(g.bytesAfterSeal) byte sau điểm kết thúc đã ghi nhận (byte \(e)): bản ghi dở đã được để riêng lúc trước, không được đọc."
                              : "  \(g.bytesAfterSeal) bytes after its recorded end (byte \(e)): an unfinished record set aside earlier, not read.")
            }
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
        } else if segments.contains(where: { $0.torn != nil }) {
            out.append(vi ? "Tình trạng: dùng được, có cảnh báo ở trên." : "Status: usable, with the warning above.")
        } else {
            out.append(vi ? "Tình trạng: tốt." : "Status: healthy.")
        }
        return out
    }
}

/// A way to cut a damaged log back to its last good record, and what it costs.
public struct RepairPlan: Sendable {
    /// A segment header rewritten (a damaged bit put right, or rebuilt from the manifest).
    var fixHeader: (file: String, bytes: [UInt8])?
    var drop: [String]
    /// The manifest without the new live segment (made by `repair`).
    var manifest: Manifest
    var newSegmentSeq: UInt64?
    /// What will be lost, in words.
    public var lossEn: String
    public var lossVi: String
    public func loss(_ lang: Lang) -> String { lang == .vi ? lossVi : lossEn }
}

public enum Inspection {
    /// `key`: the data key of an encrypted folder (without it, its records cannot be checked).
    public static func inspect(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem(), key: DataKey? = nil) -> FolderReport {
        var r = FolderReport(folder: folder)
        if let k = fs.kind(folder), k != .directory, !(k == .symlink && fs.directoryExists(folder)) {
            r.exists = true
            r.damage = .notAFolder(path: folder, kind: k)
            return r
        }
        r.exists = fs.directoryExists(folder)
        guard r.exists else { return r }
        // A writer may be checkpointing while we read: read again when the manifest moved.
        do {
            return try Store.readingBesideWriter(fs, folder: folder) { () throws -> FolderReport in
                let rep = inspectOnce(folder, fs: fs, key: key)
                if let d = rep.damage, d.isDamage { throw d }
                return rep
            }
        } catch let e as StoreError {
            var rep = inspectOnce(folder, fs: fs, key: key)
            if rep.damage == nil { rep.damage = e }
            return rep
        } catch {
            return inspectOnce(folder, fs: fs, key: key)
        }
    }

    static func inspectOnce(_ folder: String, fs: FileSystem, key: DataKey?) -> FolderReport {
        var r = FolderReport(folder: folder)
        r.exists = true
        let names = (try? fs.list(folder)) ?? []
        r.brokenFiles = names.filter { $0.hasSuffix(".broken") }
        let manifest = fs.kind(folder + "/" + Manifest.fileName) == .regular
            ? try? Manifest.decode(fs.read(folder + "/" + Manifest.fileName)) : nil
        do {
            let rec = try Recovery.run(fs, folder: folder, key: key)
            r.fresh = rec.fresh
            if rec.fresh && !rec.foreign.isEmpty { r.damage = .notADataFolder(folder: folder, examples: rec.foreign) }
            r.lastSeq = rec.lastSeq
            r.members = rec.state.members.count
            r.assignments = rec.state.assignments.count
            for g in rec.segments {
                var info = FolderReport.SegmentInfo(name: g.name, firstSeq: g.firstSeq, records: g.records, ops: g.ops,
                                                    bytes: g.validEnd)
                info.sealedEnd = g.sealed?.end
                info.bytesAfterSeal = g.bytesAfterSeal
                info.bytes += g.bytesAfterSeal
                if let t = rec.torn, t.file == g.name {
                    info.torn = (t.offset, t.bytes.count, t.reason, t.certain)
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
                    info.sealedEnd = seg.sealed?.end
                    do {
                        let bytes = try Recovery.readRegular(fs, folder, seg.name)
                        info.bytes = bytes.count
                        var ops: UInt64 = 0
                        let s = try SegmentReader.scan(bytes, file: seg.name, firstSeq: seg.firstSeq, isLast: i == m.segments.count - 1,
                                                       sealedEnd: seg.sealed?.end) { ops += UInt64($0.count) }
                        info.records = s.recordCount
                        info.ops = ops
                        info.bytesAfterSeal = s.bytesAfterSeal
                        if let t = s.torn { info.torn = (t.range.lowerBound, t.range.count, t.reason, t.certain) }
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
            let known = Set(m.segments.map(\.name) + [m.snapshot?.name].compactMap { $0 } + [Manifest.fileName, DataFolder.lockFile, Settings.fileName] + FolderSecrets.names)
            r.strayFiles = names.filter { !known.contains($0) && !$0.hasSuffix(".broken") }
        }
        return r
    }

    /// How to put a damaged log right: a segment header with one damaged bit is rewritten
    /// (nothing lost); otherwise the log is cut back to the last good record before the
    /// damage. Throws a refusal saying why no cut helps (damaged snapshot or manifest, a
    /// special file where a log belongs).
    public static func planRepair(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem()) throws -> RepairPlan? {
        let report = inspect(folder, fileSystem: fs)
        guard let damage = report.damage else { return nil }
        guard case .damaged(let file, let offset, let reason) = damage,
              fs.kind(folder + "/" + Manifest.fileName) == .regular,
              let m = try? Manifest.decode(fs.read(folder + "/" + Manifest.fileName)),
              let i = m.segments.firstIndex(where: { $0.name == file }) else {
            throw RepairRefusal(damage: damage)
        }
        if case .notARegularFile = reason { throw RepairRefusal(damage: damage) }
        let bytes = reason == .missingFile ? nil : try? Recovery.readRegular(fs, folder, file)
        if let bytes, let fixed = fixedHeader(bytes, m, i) {
            return RepairPlan(fixHeader: (file, fixed), drop: [], manifest: m, newSegmentSeq: nil,
                              lossEn: "Nothing: the header of \(file) has a damaged bit, put right from its checksum; every record in it is whole.",
                              lossVi: "Không mất gì: phần đầu của \(file) hỏng một bit, được sửa lại nhờ tổng kiểm tra; mọi bản ghi trong tệp còn nguyên.")
        }
        let snapSeq = m.snapshot?.seq ?? 0
        var kept = try sealed(Array(m.segments[0..<i]), fs: fs, folder: folder, nextOfLast: m.segments[i].firstSeq)
        var nextSeq = m.segments[i].firstSeq
        var lostBytes = 0
        var lostRecords = 0
        var maxLostSeq: UInt64 = 0
        let header = bytes.flatMap { try? LogFormat.readHeader($0, file: file) }
        let cutWholeSegment = header == nil || offset < header!.size
        if let bytes, let header, !cutWholeSegment {
            // Records before the damage stay; the segment is sealed there (its bytes after
            // the cut are kept in place, not cut off); count what lies after it.
            let s = try SegmentReader.scan(Array(bytes[0..<offset]), file: file, firstSeq: m.segments[i].firstSeq, isLast: true) { _ in }
            nextSeq = s.nextSeq
            var seg = m.segments[i]
            seg.salt = header.salt
            seg.sealed = .init(end: s.validEnd, next: nextSeq)
            kept.append(seg)
            lostBytes += bytes.count - s.validEnd
            let (n, top) = countRecords(bytes, from: s.validEnd)
            lostRecords += n
            maxLostSeq = max(maxLostSeq, top)
        } else if let bytes {
            lostBytes += bytes.count
            let (n, top) = countRecords(bytes, from: header?.size ?? LogFormat.v1HeaderSize)
            lostRecords += n
            maxLostSeq = max(maxLostSeq, top)
        }
        let dropped = m.segments[(i + 1)...].map(\.name) + (cutWholeSegment ? [file] : [])
        for name in m.segments[(i + 1)...].map(\.name) {
            if let b = try? Recovery.readRegular(fs, folder, name) {
                lostBytes += b.count
                let (n, top) = countRecords(b, from: (try? LogFormat.readHeader(b, file: name))?.size ?? LogFormat.v1HeaderSize)
                lostRecords += n
                maxLostSeq = max(maxLostSeq, top)
            }
        }
        // The numbers of readable records lost in the cut are not given out again.
        var next = max(nextSeq, maxLostSeq + 1)
        if nextSeq <= snapSeq {
            kept = []
            next = max(next, snapSeq + 1)
        }
        if var last = kept.popLast() {
            last.sealed?.next = next
            kept.append(last)
        }
        let plan = RepairPlan(
            fixHeader: nil, drop: dropped, manifest: Manifest(folder: m.folder ?? FolderID.random(), snapshot: m.snapshot, segments: kept),
            newSegmentSeq: next,
            lossEn: "Everything recorded from seq \(nextSeq) on: \(lostBytes) bytes of log (\(lostRecords) readable records) after byte \(offset) of \(file)\(dropped.isEmpty ? "" : ", including files \(dropped.joined(separator: ", "))"). The data will be as it was at seq \(nextSeq - 1).",
            lossVi: "Mọi thay đổi từ số thứ tự \(nextSeq) trở đi: \(lostBytes) byte nhật ký (\(lostRecords) bản ghi còn đọc được) sau byte \(offset) của \(file)\(dropped.isEmpty ? "" : ", gồm các tệp \(dropped.joined(separator: ", "))"). Dữ liệu sẽ trở về như ở số thứ tự \(nextSeq - 1).")
        return plan
    }

    /// The segments before the damage, each listed with its salt and sealed at its end (a
    /// folder of earlier danvan is upgraded by the repair).
    static func sealed(_ segs: [Manifest.Segment], fs: FileSystem, folder: String, nextOfLast: UInt64) throws -> [Manifest.Segment] {
        var out: [Manifest.Segment] = []
        for (k, seg) in segs.enumerated() {
            var g = seg
            if g.salt == nil || g.sealed == nil {
                let b = try Recovery.readRegular(fs, folder, seg.name)
                let s = try SegmentReader.scan(b, file: seg.name, firstSeq: seg.firstSeq, isLast: false, sealedEnd: seg.sealed?.end) { _ in }
                g.salt = s.salt
                if g.sealed == nil { g.sealed = .init(end: s.validEnd, next: k + 1 < segs.count ? segs[k + 1].firstSeq : nextOfLast) }
            }
            out.append(g)
        }
        return out
    }

    /// The header of segment `i` put right when only its header is damaged: a single flipped
    /// bit found through the header checksum, or (version 2) the header rebuilt from what the
    /// manifest knows. Only when every record then reads as before the damage.
    static func fixedHeader(_ bytes: [UInt8], _ m: Manifest, _ i: Int) -> [UInt8]? {
        let seg = m.segments[i]
        func works(_ h: [UInt8]) -> Bool {
            guard h.count <= bytes.count else { return false }
            var b = bytes
            b.replaceSubrange(0..<h.count, with: h)
            guard let header = try? LogFormat.readHeader(b, file: seg.name), header.firstSeq == seg.firstSeq else { return false }
            if let salt = seg.salt, header.salt != salt { return false }
            if header.version >= 2, let f = m.folder, header.folder != f { return false }
            return (try? SegmentReader.scan(b, file: seg.name, firstSeq: seg.firstSeq, isLast: i == m.segments.count - 1,
                                            sealedEnd: seg.sealed?.end) { _ in }) != nil
        }
        // Only when the header is what fails: a whole, valid header needs no fixing.
        if (try? LogFormat.readHeader(bytes, file: seg.name)) != nil { return nil }
        for size in [LogFormat.headerSize, LogFormat.v1HeaderSize] where bytes.count >= size {
            for bit in 0..<(size * 8) {
                var h = Array(bytes[0..<size])
                h[bit / 8] ^= UInt8(1 << (bit % 8))
                if works(h) { return h }
            }
        }
        if let salt = seg.salt, let f = m.folder, bytes.count >= LogFormat.headerSize {
            let prev = i > 0 ? (m.segments[i - 1].salt ?? 0) : bytes.u32(at: 40)
            let h = LogFormat.header(salt: salt, firstSeq: seg.firstSeq, folder: f, previousSalt: prev)
            if works(h) { return h }
        }
        return nil
    }

    /// Whole records of a segment from `offset` on, found by their checksums, and the
    /// highest seq they take.
    static func countRecords(_ bytes: [UInt8], from offset: Int) -> (count: Int, maxSeq: UInt64) {
        guard let header = try? LogFormat.readHeader(bytes, file: "") else { return (0, 0) }
        let saltCRC = LogFormat.saltCRC(header.salt)
        var n = 0
        var top: UInt64 = 0
        var off = offset - 1
        bytes.withUnsafeBytes { buf in
            while let next = SegmentReader.findGood(buf, after: off, saltCRC: saltCRC, minSeq: 0, version: header.version) {
                n += 1
                let len = Int(buf.u32(at: next)), count = buf.u32(at: next + 4), seq = buf.u64(at: next + 8)
                top = max(top, seq + UInt64(count) - 1)
                off = next + header.recordOverhead + len - 1
            }
        }
        return (n, top)
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
            // Regular files only: a FIFO or device in the folder is not data (and would hang a read).
            for name in try fs.list(folder) where name != DataFolder.lockFile && fs.kind(folder + "/" + name) == .regular {
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

    /// Carries out a plan. Crash-safe order: a fixed header is written as a whole new file
    /// over the old one; or the new live segment → manifest (sealing the cut segment at the
    /// cut, its later bytes kept in place) → the dropped files removed. The caller holds the
    /// folder lock and has a backup.
    public static func repair(_ plan: RepairPlan, folder: String, fileSystem fs: FileSystem = PosixFileSystem()) throws {
        do {
            if let f = plan.fixHeader {
                var b = try fs.read(folder + "/" + f.file)
                b.replaceSubrange(0..<f.bytes.count, with: f.bytes)
                try fs.writeAtomically([b], to: folder + "/" + f.file)
                return
            }
            guard let next = plan.newSegmentSeq else { return }
            var m = plan.manifest
            let seg = try Store.createSegment(fs, folder: folder, firstSeq: next, folderID: m.folder!,
                                              previousSalt: m.segments.last?.salt ?? 0)
            seg.file.close()
            m.segments.append(.init(name: seg.name, firstSeq: next, salt: seg.salt))
            try fs.writeAtomically([m.encoded()], to: folder + "/" + Manifest.fileName)
            let keep = Set(m.segments.map(\.name))
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
