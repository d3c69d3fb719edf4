import Foundation
import ZIPFoundation

/// The zip container of an .xlsx, read in memory with limits, so a zip bomb, a huge entry or
/// a broken archive ends in a clear error instead of a crash, a hang or all the memory.
struct ZipContainer {
    /// Largest part we inflate (a 1,048,576-row sheet of short cells fits well under it).
    static let maxEntry = 1 << 30
    /// Inflated bytes for a whole workbook.
    static let maxTotal = 3 << 30
    /// Beyond this size an entry may not expand more than `maxRatio` times: real sheets
    /// compress 5–30×, bombs thousands of times.
    static let ratioFloor = 16 << 20
    static let maxRatio: UInt64 = 250

    private let archive: Archive
    private let file: String
    private(set) var inflated = 0
    private var paths: [String: Entry] = [:]

    init(_ bytes: [UInt8], file: String) throws {
        self.file = file
        // Read from a private temporary file, not from memory: ZIPFoundation's in-memory
        // archive traps when a damaged header points past the end, a file just reads short.
        // The file is unlinked as soon as it is open.
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-xlsx-\(UUID().uuidString)")
        do {
            guard FileManager.default.createFile(atPath: tmp.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            defer { try? FileManager.default.removeItem(at: tmp) }
            archive = try Archive(url: tmp, accessMode: .read)
        } catch {
            throw TableFileError(vi: "\(file): tệp .xlsx bị hỏng (không đọc được vỏ zip)", en: "\(file): a damaged .xlsx (its zip container cannot be read)")
        }
        var count = 0
        for e in archive {
            count += 1
            guard count <= 20_000 else {
                throw TableFileError(vi: "\(file): tệp zip có quá nhiều mục, không phải sổ tính Excel", en: "\(file): too many zip entries for an Excel workbook")
            }
            paths[e.path.lowercased()] = e
        }
    }

    func has(_ path: String) -> Bool { paths[path.lowercased()] != nil }

    /// The whole entry at `path` (names compare without case, as Excel does), or nil when absent.
    mutating func read(_ path: String) throws -> [UInt8]? {
        guard let entry = paths[path.lowercased()] else { return nil }
        let declared = entry.uncompressedSize
        let bomb = TableFileError(vi: "\(file): phần “\(path)” giải nén ra quá lớn (có thể là bom zip); không đọc", en: "\(file): part “\(path)” inflates too far (a zip bomb?); not read")
        guard declared <= UInt64(ZipContainer.maxEntry), inflated + Int(declared) <= ZipContainer.maxTotal else { throw bomb }
        if declared > UInt64(ZipContainer.ratioFloor) && declared > entry.compressedSize &* ZipContainer.maxRatio { throw bomb }
        var out: [UInt8] = []
        out.reserveCapacity(Int(declared))
        let limit = Int(declared)
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: false) { chunk in
                // The header may lie about the size: stop at what it declared.
                guard out.count + chunk.count <= limit else { throw bomb }
                out.append(contentsOf: chunk)
            }
        } catch let e as TableFileError { throw e } catch {
            throw TableFileError(vi: "\(file): phần “\(path)” của tệp .xlsx bị hỏng (\(error))", en: "\(file): part “\(path)” of the .xlsx is damaged (\(error))")
        }
        guard out.count == limit else {
            throw TableFileError(vi: "\(file): phần “\(path)” của tệp .xlsx bị cắt cụt", en: "\(file): part “\(path)” of the .xlsx is truncated")
        }
        inflated += out.count
        return out
    }
}
