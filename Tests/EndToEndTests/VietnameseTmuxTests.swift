import DanVanCore
import Foundation
import Testing

/// Issue 13 through the real binary: names with emoji sequences, wide letters and
/// ethnic-minority spellings drawn in tmux stay in their columns, and control characters
/// from a CSV are refused and never echoed raw.
@Suite("Vietnamese text end to end", .serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.unavailableReason))
struct VietnameseTmuxTests {
    static let cell = "Đảng bộ xã Ea Tu / Chi bộ buôn Kô Tam"
    static let names = [
        "Lê ❤️ An", "Trần 👍🏽 Bình", "Phạm 🇻🇳 Cường", "Võ 👨\u{200D}👩\u{200D}👧 Dũng", "Đỗ 1️⃣ Em", "Y Moan Êban",
        "H’Hen Niê", "Nguyễn Văn Ánh".decomposedStringWithCanonicalMapping, "李 Văn Minh", "Ｎguyễn Ｆull", "Hoàng Phủ Ngọc Tường",
    ]

    /// Columns a captured character takes: what the terminal was sent is never ambiguous.
    static func columns(_ s: Substring) -> Int { s.reduce(0) { $0 + VietText.width(of: $1) } }

    @Test func emojiAndWideNamesKeepTheScreenInStep() throws {
        let data = tempFolder("viet-tmux"), file = data + ".csv"
        defer { try? FileManager.default.removeItem(atPath: data); try? FileManager.default.removeItem(atPath: file) }
        let csv = "Họ và tên,Chi bộ\n" + Self.names.map { "\($0),\(Self.cell)" }.joined(separator: "\n") + "\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let imported = try Child(["import", "members", file, "--data", data, "--create-orgs", "--lang", "en"]).finish()
        #expect(imported.status == 0, "\(imported.err)")

        let s = try TmuxSession(args: ["--lang", "vi"], env: ["DANVAN_DATA": data], width: 140, height: 30)
        defer { s.close() }
        // The root is selected: its whole subtree's members fill the list.
        try s.waitUntil("the members in the list") { $0.joined().contains("Êban") && $0.joined().contains("Ngọc") }
        let lines = s.screen()
        /// The column where `text` starts in the list pane (between the first two rules).
        func listColumn(of text: String, in line: String) -> Int? {
            let parts = line.split(separator: "│", omittingEmptySubsequences: false)
            guard parts.count >= 3, let r = parts[1].range(of: text) else { return nil }
            return Self.columns(parts[0]) + 1 + Self.columns(parts[1][..<r.lowerBound])
        }
        let nameColumn = lines.lazy.compactMap { listColumn(of: "Họ và tên", in: $0) }.first
        #expect(nameColumn != nil)
        var rules: [Int] = []
        for name in Self.names {
            let stored = VietText.clean(name)
            // What the screen shows for the name: each grapheme in the form sent to the terminal.
            let shown = stored.map { ch -> String in
                let f = VietText.terminalForm(ch)
                return f.text + (f.rightHalf ?? "")
            }.joined()
            let prefix = String(VietText.truncate(shown, to: 16).dropLast())  // long names end in "…"
            guard let line = lines.first(where: { listColumn(of: prefix, in: $0) != nil }) else {
                Issue.record("\(stored) not drawn as \(shown.debugDescription):\n\(lines.joined(separator: "\n"))")
                continue
            }
            // The name starts under its heading, and the rule after the list is where it is on every row.
            #expect(listColumn(of: prefix, in: line) == nameColumn, "\(line)")
            let parts = line.split(separator: "│", omittingEmptySubsequences: false)
            rules.append(Self.columns(parts[0]) + 1 + Self.columns(parts[1]))
        }
        let plain = lines.filter { $0.contains("│") && $0.split(separator: "│").count >= 3 }
            .map { l -> Int in let p = l.split(separator: "│", omittingEmptySubsequences: false); return Self.columns(p[0]) + 1 + Self.columns(p[1]) }
        #expect(Set(rules).count == 1 && Set(plain).isSuperset(of: rules), "\(rules) \(Set(plain))")
        #expect(Set(plain).count == 1, "rules at \(Set(plain)):\n\(lines.joined(separator: "\n"))")
        s.send(keys: "q")
    }

    @Test func controlCharactersFromACsvAreRefusedAndNeverEchoedRaw() throws {
        let data = tempFolder("viet-ctl"), file = data + ".csv"
        defer { try? FileManager.default.removeItem(atPath: data); try? FileManager.default.removeItem(atPath: file) }
        let csv = "Họ và tên,Chi bộ\nLê\u{1B}[2J\u{1B}]0;pwned\u{07}Văn An,\(Self.cell)\nTrần Thị Bình,\(Self.cell)\n"
            + String(repeating: "A", count: 1_000_000) + ",\(Self.cell)\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        let r = try Child(["import", "members", file, "--data", data, "--create-orgs", "--lang", "en"]).finish()
        #expect(r.status != 0)
        #expect(r.err.contains("Line 2, column “Họ và tên”"), "\(r.err)")
        #expect(r.err.contains("U+001B") && r.err.contains("over the limit of 200"), "\(r.err)")
        #expect(!r.err.contains("\u{1B}") && !r.out.contains("\u{1B}"), "an escape reached the terminal")
        #expect(r.err.utf8.count < 20_000, "the huge name was echoed")
    }
}
