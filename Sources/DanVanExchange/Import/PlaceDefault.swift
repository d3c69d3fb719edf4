import DanVanCore

/// Where an assignment is carried out when the file does not say (no "Nơi" column, or an
/// empty cell in it): the cell's kind of unit decides — a school, agency, company or
/// armed-forces cell works at the workplace; a commune, ward or village cell at the
/// residence. Place is a counted figure, so every default used is listed, per cell, with
/// what decided it; a cell whose kind is unknown gets the residence and says so.
struct PlaceDefault {
    /// What decided a cell's default.
    enum Basis: Hashable {
        /// The kind of a unit (the cell or one above it): set on the unit, or read from its name.
        case kind(UnitKind, unit: String)
        /// The cell is named for a village or a residential quarter ("Chi bộ thôn Đông Hạ").
        case village(String)
        case unknown(String)
    }

    struct Decision: Hashable {
        var place: Place
        var basis: Basis
    }

    let state: State
    private var memo: [OrgID: Decision] = [:]
    /// Cells in the order a default was first used in them, with the lines it was used on.
    private var used: [(cell: OrgID, lines: [Int])] = []
    private var usedIndex: [OrgID: Int] = [:]

    init(state: State) { self.state = state }

    /// The place a unit of this kind works at; nil for "other".
    static func place(for kind: UnitKind) -> Place? {
        switch kind {
        case .xa, .phuong, .thiTran: .residence
        case .coQuan, .donViSuNghiep, .doanhNghiep, .lucLuongVuTrang: .workplace
        case .khac: nil
        }
    }

    /// Words that open the name of a residential cell after "Chi bộ" (folded).
    static let villageWords = ["thon ", "ap ", "xom ", "khu pho ", "to dan pho ", "khom ", "buon ", "bon ", "lang ", "khu dan cu ",
                               "khu vuc "]

    static func isVillage(_ name: String) -> Bool {
        var f = VietText.fold(VietText.clean(name)) + " "
        for prefix in ["chi bo ", "dang bo bo phan "] where f.hasPrefix(prefix) { f.removeFirst(prefix.count) }
        return villageWords.contains { f.hasPrefix($0) }
    }

    /// The cell's own kind, then a village name, then its name's kind, then the units above
    /// it (nearest first, each by its kind or its name).
    mutating func decide(_ cell: OrgID) -> Decision {
        if let d = memo[cell] { return d }
        var d = Decision(place: .residence, basis: .unknown(state.orgs[cell]?.name ?? ""))
        if let o = state.orgs[cell] {
            if let k = o.unitKind, let p = PlaceDefault.place(for: k) {
                d = Decision(place: p, basis: .kind(k, unit: o.name))
            } else if PlaceDefault.isVillage(o.name) {
                d = Decision(place: .residence, basis: .village(o.name))
            } else if let k = OrgPaths.unitKind(o.name), let p = PlaceDefault.place(for: k) {
                d = Decision(place: p, basis: .kind(k, unit: o.name))
            } else {
                var up = o.parent
                while let id = up, let a = state.orgs[id] {
                    if let k = a.unitKind ?? OrgPaths.unitKind(a.name), let p = PlaceDefault.place(for: k) {
                        d = Decision(place: p, basis: .kind(k, unit: a.name))
                        break
                    }
                    up = a.parent
                }
            }
        }
        memo[cell] = d
        return d
    }

    /// Notes that the default of `cell` was used on `line`.
    mutating func record(_ cell: OrgID, line: Int) {
        if let i = usedIndex[cell] {
            used[i].lines.append(line)
        } else {
            usedIndex[cell] = used.count
            used.append((cell, [line]))
        }
    }

    /// Cells listed one by one; the rest are counted.
    static let maxCells = 20

    /// One line per cell (the first `maxCells`), naming the missing column or the empty cells.
    mutating func notes(columnMissing: Bool, heading: String) -> [ImportIssue] {
        var out: [ImportIssue] = []
        let whyVi = columnMissing ? "không có cột “\(heading)”" : "ô “\(heading)” để trống"
        let whyEn = columnMissing ? "no “\(heading)” column" : "“\(heading)” left empty"
        for (cell, lines) in used.prefix(PlaceDefault.maxCells) {
            let d = decide(cell)
            let path = state.path(of: cell)
            let (bVi, bEn): (String, String) = switch d.basis {
            case .kind(let k, let unit): ("\(unit): \(k.vi.lowercased())", "\(unit): \(k.en.lowercased())")
            case .village(let name): ("\(name): chi bộ thôn, xóm, khu dân cư", "\(name): a village or residential cell")
            case .unknown(let name):
                ("chưa rõ loại đơn vị của \(name) — đặt Loại đơn vị cho đơn vị hoặc thêm cột “\(heading)” nếu không đúng",
                 "the kind of unit of \(name) is not known — set the unit's kind or add a “\(heading)” column if this is wrong")
            }
            out.append(ImportIssue(line: lines[0], column: nil,
                                   vi: "\(whyVi): phân công của \(path) ghi là \(d.place.vi) (\(bVi)), dòng \(lineList(lines))",
                                   en: "\(whyEn): the assignments of \(path) are recorded at the \(d.place.en.lowercased()) (\(bEn)), lines \(lineList(lines))"))
        }
        if used.count > PlaceDefault.maxCells {
            let rest = used.dropFirst(PlaceDefault.maxCells)
            var work = 0, home = 0
            for (cell, lines) in rest { if decide(cell).place == .workplace { work += lines.count } else { home += lines.count } }
            out.append(ImportIssue(line: rest.first!.lines[0], column: nil,
                                   vi: "\(whyVi): … và \(rest.count) chi bộ khác theo loại đơn vị: \(work) phân công ở Nơi công tác, \(home) ở Nơi cư trú",
                                   en: "\(whyEn): … and \(rest.count) more cells by their kind of unit: \(work) assignments at the workplace, \(home) at the residence"))
        }
        return out
    }
}
