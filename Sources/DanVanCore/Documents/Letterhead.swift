import Foundation

/// What a unit's documents (the report, the minutes) print in their header and signature,
/// from the unit's record (`Org.letterhead`, `placeName`, `signer`) with defaults the tree
/// gives: the parent's name as the superior line, the cell's one secretary as the signer.
/// What neither gives is left empty, and the documents print a highlighted placeholder.
public struct Letterhead: Hashable, Sendable {
    /// The body above the unit, as spelled in the records: "Đảng bộ huyện Cần Giờ" (empty
    /// at the top of the tree). Headers print it in capitals.
    public var superior: String
    /// The unit itself, as spelled in the records: "Chi bộ ấp Tân Phú".
    public var issuer: String
    /// "Cần Giờ" (empty when unknown).
    public var placeName: String
    /// The signer's name (empty when unknown).
    public var signer: String
    /// "T/M CHI BỘ", "T/M ĐẢNG ỦY" (a grassroots or partial committee) or "T/M BAN THƯỜNG VỤ"
    /// (a higher committee).
    public var onBehalf: String
    /// The issuer's code in document numbers: "CB" (chi bộ) or "ĐU" (đảng ủy).
    public var code: String
    public var isCell: Bool { code == "CB" }

    public init(superior: String, issuer: String, placeName: String = "", signer: String = "",
                onBehalf: String = "T/M CHI BỘ", code: String = "CB") {
        self.superior = superior
        self.issuer = issuer
        self.placeName = placeName
        self.signer = signer
        self.onBehalf = onBehalf
        self.code = code
    }

    public init(of id: OrgID, in state: State) {
        let org = state.orgs[id]
        let isCell = org?.level.isCell ?? true
        var superior = org?.letterhead ?? ""
        if superior.isEmpty, let p = org?.parent, let parent = state.orgs[p] { superior = parent.name }
        var signer = org?.signer ?? ""
        if signer.isEmpty && isCell {
            let secretaries = state.directMembers(of: id).compactMap { state.members[$0] }
                .filter { $0.role == .secretary && $0.isEligible }
            if secretaries.count == 1 { signer = secretaries[0].fullName }
        }
        self.init(superior: superior, issuer: org?.name ?? "", placeName: org?.placeName ?? "", signer: signer,
                  onBehalf: isCell ? "T/M CHI BỘ" : (org?.level == .higherCommittee ? "T/M BAN THƯỜNG VỤ" : "T/M ĐẢNG ỦY"),
                  code: isCell ? "CB" : "ĐU")
    }

    /// "ngày 05 tháng 12 năm 2026": a day below 10 and the months 1 and 2 take a leading
    /// zero, as Hướng dẫn 36-HD/VPTW writes them.
    public static func words(_ day: Day) -> String {
        "ngày \(day.day < 10 ? "0" : "")\(day.day) " + monthWords(day)
    }

    /// "tháng 02 năm 2026", "tháng 12 năm 2026".
    public static func monthWords(_ day: Day) -> String {
        "tháng \(day.month < 3 ? "0" : "")\(day.month) năm \(day.year)"
    }
}

extension Day {
    /// The calendar day of `date` where the person is (the machine's time zone).
    public static func local(_ date: Date, zone: TimeZone = .current) -> Day {
        Day.today(date.addingTimeInterval(TimeInterval(zone.secondsFromGMT(for: date))))
    }
}
