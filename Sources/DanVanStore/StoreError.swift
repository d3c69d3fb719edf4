import DanVanCore

/// Why a data folder could not be opened or a change could not be saved.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// Another process holds the folder; `holder` is what it wrote into the lock file.
    case locked(holder: String)
    /// The data is damaged: which file, at which byte, and what is wrong. Nothing was changed.
    case damaged(file: String, offset: Int, reason: Damage)
    /// The file was written by a newer danvan.
    case newerVersion(file: String, found: UInt32, supported: UInt32)
    /// A system call failed.
    case io(IOFailure)
    /// The store takes no more changes: opened read-only, or an earlier write or sync failed.
    case readOnly(reason: String)
    /// The op does not apply to the current state; nothing was written.
    case rejected(OpError)
    /// `seed(with:)` on a store that already holds data.
    case notEmpty
    case closed
    /// The folder is encrypted and was opened without its key.
    case encrypted
    /// The folder the writer locked is no longer at its path: nothing more is written.
    case folderLost(folder: String)
    /// The folder holds files that are not danvan's and no danvan data.
    case notADataFolder(folder: String, examples: [String])
    /// A read of a folder that holds no danvan data (missing, empty, or never written).
    case noData(folder: String)
    /// The path given as the data folder is not a folder.
    case notAFolder(path: String, kind: FileKind)

    public var description: String { message(.en) }

    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .locked(let holder):
            let who = holder.isEmpty ? (vi ? "một tiến trình khác" : "another process") : Store.describeHolder(holder, lang)
            return vi ? "Thư mục dữ liệu đang được mở bởi \(who). Hãy đóng chương trình đó, hoặc mở ở chế độ chỉ đọc."
                : "The data folder is in use by \(who). Close that program, or open the data read-only."
        case .damaged(let file, let offset, let reason):
            return vi ? "Dữ liệu bị hỏng: tệp \(file), byte \(offset): \(reason.message(.vi)). Không có gì bị xoá hay ghi đè; chạy `danvan check` để xem chi tiết."
                : "Damaged data: file \(file), byte \(offset): \(reason.message(.en)). Nothing was deleted or rewritten; run `danvan check` for details."
        case .newerVersion(let file, let found, let supported):
            return vi ? "Tệp \(file) được ghi bởi phiên bản danvan mới hơn (định dạng \(found), bản này đọc tới \(supported)). Hãy cập nhật danvan."
                : "File \(file) was written by a newer danvan (format \(found); this one reads up to \(supported)). Please update danvan."
        case .io(let f):
            return vi ? "Lỗi đọc/ghi đĩa: \(f.operation) \(f.path): \(f.reason)" : "Disk error: \(f.operation) \(f.path): \(f.reason)"
        case .readOnly(let reason):
            return vi ? "Không lưu được: dữ liệu đang ở chế độ chỉ đọc (\(reason))." : "Not saved: the data is read-only (\(reason))."
        case .rejected(let e):
            return e.message(lang)
        case .notEmpty:
            return vi ? "Chỉ nạp dữ liệu mẫu vào thư mục dữ liệu trống." : "Demo data can only be loaded into an empty data folder."
        case .closed:
            return vi ? "Kho dữ liệu đã đóng." : "The store is closed."
        case .encrypted:
            return vi ? "Thư mục dữ liệu đã mã hóa; cần mật khẩu để mở." : "The data folder is encrypted; it needs its passphrase."
        case .folderLost(let f):
            return vi ? "Thư mục dữ liệu \(f) đã bị di chuyển, xoá hoặc thay thế trong khi danvan đang mở nó: từ giờ không lưu gì thêm. Hãy thoát và mở lại."
                : "The data folder \(f) was moved, deleted or replaced while danvan had it open: nothing more is saved. Quit and open it again."
        case .notADataFolder(let f, let ex):
            let list = ex.prefix(3).joined(separator: ", ") + (ex.count > 3 ? (vi ? ", …" : ", …") : "")
            return vi ? "\(f) không phải thư mục dữ liệu danvan: nó chứa các tệp khác (\(list)) và không có dữ liệu danvan. Hãy chỉ định (--data) một thư mục trống hoặc chưa có."
                : "\(f) is not a danvan data folder: it holds other files (\(list)) and no danvan data. Name an empty or new folder with --data."
        case .noData(let f):
            return vi ? "\(f) không chứa dữ liệu danvan (không có tệp MANIFEST); không xuất gì. Hãy kiểm tra --data."
                : "\(f) holds no danvan data (no MANIFEST); nothing exported. Check --data."
        case .notAFolder(let p, let k):
            return vi ? "\(p) là \(k.name(.vi)), không phải thư mục dữ liệu." : "\(p) is \(k.name(.en)), not a data folder."
        }
    }

    /// The folder cannot be written at all (read-only media, no write permission): it can
    /// still be opened read-only.
    public var isReadOnlyMedia: Bool {
        if case .io(let f) = self { return f.code == 30 /* EROFS */ || f.code == 13 /* EACCES */ || f.code == 1 /* EPERM */ }
        return false
    }

    /// True for the errors `danvan check` reports as damage (exit status 2).
    public var isDamage: Bool {
        switch self {
        case .damaged, .newerVersion, .notADataFolder, .notAFolder, .noData: true
        default: false
        }
    }
}

/// What exactly is wrong with a damaged file.
public enum Damage: Sendable, Equatable, CustomStringConvertible {
    case badChecksum
    /// A bad record that is not the last thing in the log: good records follow it at `nextGood`.
    case badRecordBeforeGood(nextGood: Int)
    case truncatedRecord
    case sequenceGap(expected: UInt64, found: UInt64)
    case missingFile
    case badHeader(String)
    case wrongFormat(String)
    case truncatedFile(expected: UInt64, found: UInt64)
    case undecodable(String)
    case opDoesNotApply(String)
    case manifestMissing
    case unreadable(String)
    /// A sealed segment is shorter than the end the manifest recorded when it was closed:
    /// cut, or replaced by an older copy (a rollback).
    case shorterThanRecorded(recordedEnd: Int, found: Int)
    /// A whole record (end mark present) whose body fails its checksum: it was written
    /// completely, perhaps confirmed as saved, and damaged afterwards.
    case recordDamaged(seq: UInt64)
    /// The file belongs to another data folder or another copy of this one.
    case foreignFile(en: String, vi: String)
    /// A FIFO, device, directory or symbolic link where a data file belongs.
    case notARegularFile(kind: FileKind)

    public var description: String { message(.en) }

    public func message(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .badChecksum: return vi ? "sai tổng kiểm tra (checksum)" : "checksum mismatch"
        case .badRecordBeforeGood(let next):
            return vi ? "bản ghi hỏng nằm trước các bản ghi còn tốt (bản ghi tốt tiếp theo ở byte \(next))"
                : "bad record followed by good records (next good record at byte \(next))"
        case .truncatedRecord: return vi ? "bản ghi bị cắt cụt" : "record cut short"
        case .sequenceGap(let e, let f):
            return vi ? "thiếu số thứ tự: cần \(e), gặp \(f)" : "sequence gap: expected \(e), found \(f)"
        case .missingFile: return vi ? "thiếu tệp" : "file is missing"
        case .badHeader(let s): return vi ? "phần đầu tệp hỏng (\(s))" : "bad file header (\(s))"
        case .wrongFormat(let s): return vi ? "không phải tệp danvan (\(s))" : "not a danvan file (\(s))"
        case .truncatedFile(let e, let f):
            return vi ? "tệp bị cắt cụt: cần \(e) byte, có \(f)" : "file cut short: expected \(e) bytes, found \(f)"
        case .undecodable(let s): return vi ? "không giải mã được (\(s))" : "cannot be decoded (\(s))"
        case .opDoesNotApply(let s): return vi ? "thao tác không còn áp dụng được (\(s))" : "the change no longer applies (\(s))"
        case .manifestMissing:
            return vi ? "thiếu tệp MANIFEST trong khi có tệp nhật ký/ảnh chụp" : "MANIFEST is missing although log or snapshot files exist"
        case .unreadable(let s): return vi ? "không đọc được (\(s))" : "cannot be read (\(s))"
        case .shorterThanRecorded(let e, let f):
            return vi ? "tệp ngắn hơn lúc được đóng lại: khi đóng nó dài \(e) byte, nay chỉ còn \(f) byte (bị cắt, hoặc bị thay bằng một bản cũ hơn); các thay đổi đã lưu sau byte \(f) không còn"
                : "the file is shorter than when it was closed: it ended at byte \(e) then, now at byte \(f) (cut, or replaced by an older copy); saved changes after byte \(f) are gone"
        case .recordDamaged(let seq):
            return vi ? "bản ghi số \(seq) đã được ghi trọn vẹn nhưng sai tổng kiểm tra: nó bị hỏng sau khi ghi, và có thể đã được báo là đã lưu"
                : "record seq \(seq) was written whole but fails its checksum: it was damaged after it was written, and may have been confirmed as saved"
        case .foreignFile(let en, let v): return vi ? v : en
        case .notARegularFile(let kind):
            return vi ? "đây là \(kind.name(.vi)), không phải tệp dữ liệu thường; danvan không mở nó"
                : "this is \(kind.name(.en)), not a regular data file; danvan does not open it"
        }
    }
}

/// What a path in the data folder turned out to be.
public enum FileKind: Sendable, Equatable {
    case regular, directory, fifo, symlink, device, socket, other

    public func name(_ lang: Lang) -> String {
        let vi = lang == .vi
        switch self {
        case .regular: return vi ? "một tệp thường" : "a regular file"
        case .directory: return vi ? "một thư mục" : "a directory"
        case .fifo: return vi ? "một đường ống có tên (FIFO)" : "a named pipe (FIFO)"
        case .symlink: return vi ? "một liên kết tượng trưng (symlink)" : "a symbolic link"
        case .device: return vi ? "một tệp thiết bị" : "a device node"
        case .socket: return vi ? "một socket" : "a socket"
        case .other: return vi ? "một tệp đặc biệt" : "a special file"
        }
    }
}
