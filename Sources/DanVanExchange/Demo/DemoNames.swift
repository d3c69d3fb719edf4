import DanVanCore

/// Name and place tables for demo data. Family-name weights follow published estimates of
/// Vietnamese surname frequency (per ten thousand).
enum DemoNames {
    static let family = WeightedTable<String>([
        ("Nguyễn", 3800), ("Trần", 1100), ("Lê", 950), ("Phạm", 700), ("Hoàng", 290), ("Huỳnh", 210),
        ("Phan", 450), ("Vũ", 200), ("Võ", 190), ("Đặng", 210), ("Bùi", 200), ("Đỗ", 140), ("Hồ", 130),
        ("Ngô", 130), ("Dương", 100), ("Lý", 50), ("Đinh", 60), ("Trương", 60), ("Lâm", 40), ("Mai", 40),
        ("Đào", 40), ("Cao", 30), ("Hà", 30), ("Lương", 30), ("Tạ", 20), ("Châu", 20), ("Tô", 20), ("Thái", 20),
        ("Lưu", 20), ("Kiều", 10), ("Quách", 10), ("La", 10), ("Triệu", 10), ("Phùng", 10), ("Lại", 10),
        ("Tôn Nữ", 6), ("Tôn Thất", 6), ("Hoàng Phủ", 3), ("Âu Dương", 2), ("Nguyễn Phúc", 3),
    ])

    static let maleMiddle = WeightedTable<String>([
        ("Văn", 350), ("Minh", 100), ("Hữu", 80), ("Đức", 80), ("Quốc", 60), ("Thanh", 60), ("Công", 50),
        ("Quang", 50), ("Xuân", 40), ("Đình", 40), ("Ngọc", 30), ("Trọng", 30), ("Tấn", 30), ("Thành", 30),
        ("Anh", 25), ("Hoàng", 20), ("Văn Minh", 10), ("Hữu Thanh", 5),
    ])

    static let femaleMiddle = WeightedTable<String>([
        ("Thị", 450), ("Ngọc", 80), ("Thị Thu", 50), ("Thị Ngọc", 50), ("Thanh", 50), ("Thị Thanh", 40),
        ("Thu", 40), ("Thị Kim", 30), ("Thị Mỹ", 30), ("Hồng", 30), ("Kim", 30), ("Mỹ", 20), ("Bích", 20),
        ("Phương", 20), ("Thùy", 20), ("Minh", 20),
    ])

    static let maleGiven = [
        "An", "Anh", "Bảo", "Bình", "Cường", "Dũng", "Dương", "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Hùng",
        "Huy", "Hưng", "Hậu", "Khang", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Lợi", "Luân", "Minh",
        "Nam", "Nghĩa", "Nhân", "Phong", "Phúc", "Phước", "Quang", "Quân", "Sơn", "Tài", "Tâm", "Thắng",
        "Thành", "Thiện", "Thịnh", "Tín", "Toàn", "Trí", "Trung", "Tú", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ",
    ]
    static let femaleGiven = [
        "An", "Anh", "Bích", "Châu", "Chi", "Diễm", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
        "Hoa", "Hòa", "Hồng", "Huệ", "Hương", "Lan", "Lệ", "Liên", "Linh", "Loan", "Mai", "My", "Nga",
        "Ngân", "Ngọc", "Nhàn", "Nhung", "Oanh", "Phương", "Phượng", "Quyên", "Tâm", "Thảo", "Thanh", "Thơ",
        "Thủy", "Thúy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến",
    ]

    /// A full name; compound family names that are gendered (Tôn Nữ / Tôn Thất) follow the gender.
    static func fullName(_ gender: Gender, _ g: inout SeededGenerator) -> String {
        var fam = family.pick(&g)
        if gender == .female && fam == "Tôn Thất" { fam = "Tôn Nữ" }
        if gender == .male && fam == "Tôn Nữ" { fam = "Tôn Thất" }
        if fam == "Tôn Nữ" {  // Tôn Nữ takes no "Thị"
            return fam + " " + g.pick(["Ngọc", "Thanh", "Minh", "Kim", "Bảo"]) + " " + g.pick(femaleGiven)
        }
        let middle = gender == .male ? maleMiddle.pick(&g) : femaleMiddle.pick(&g)
        let given = gender == .male ? g.pick(maleGiven) : g.pick(femaleGiven)
        return fam + " " + middle + " " + given
    }

    /// Place-name syllable pairs for communes, hamlets and streets.
    static let placeNames = [
        "Tân Thạnh", "Phú Hòa", "Bình Mỹ", "An Nhơn", "Phước Hiệp", "Trung Lập", "Thái Mỹ", "Tân An",
        "Long Hưng", "Hòa Phú", "Mỹ Thạnh", "Tân Phú", "Phú Mỹ", "Bình Lợi", "An Phú", "Thới Tam",
        "Tân Hiệp", "Xuân Thới", "Đông Thạnh", "Nhị Bình", "Tân Xuân", "Bà Điểm", "Vĩnh Lộc", "Lê Minh Xuân",
        "Phạm Văn Hai", "Hưng Long", "Quy Đức", "Đa Phước", "Tân Quý", "Phong Phú", "Bình Chánh", "Tân Nhựt",
        "Long Thới", "Hiệp Phước", "Nhơn Đức", "Phước Kiển", "Bình Khánh", "An Thới Đông", "Lý Nhơn",
        "Thạnh An", "Tam Thôn Hiệp", "Long Hòa", "Trung An", "Phước Thạnh", "Tân Thông Hội", "Hòa Bình",
        "Thuận Giao", "Mỹ Hạnh", "Bến Đò", "Cây Gõ", "Bàu Tre", "Rạch Kiến", "Suối Cụt", "Gò Sao",
    ]

    static let streets = [
        "Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
        "Nguyễn Huệ", "Lê Duẩn", "Phan Đình Phùng", "Võ Thị Sáu", "Cách Mạng Tháng Tám", "Điện Biên Phủ",
        "Nguyễn Văn Linh", "Tỉnh lộ 8", "Quốc lộ 22", "Hương lộ 2", "Bùi Thị Xuân", "Nguyễn Thị Minh Khai",
    ]

    static let phonePrefixes = [
        "090", "091", "093", "094", "096", "097", "098", "086", "088", "070", "079", "077", "076", "078",
        "081", "083", "085", "032", "033", "034", "035", "036", "037", "038", "039",
    ]

    /// District-level units of a big city (names as in Thành phố Hồ Chí Minh), urban or rural.
    static let cityDistricts: [(String, Bool)] = [
        ("Quận 1", true), ("Quận 3", true), ("Quận 4", true), ("Quận 5", true), ("Quận 6", true),
        ("Quận 7", true), ("Quận 8", true), ("Quận 10", true), ("Quận 11", true), ("Quận 12", true),
        ("Quận Bình Thạnh", true), ("Quận Gò Vấp", true), ("Quận Phú Nhuận", true), ("Quận Tân Bình", true),
        ("Quận Tân Phú", true), ("Quận Bình Tân", true), ("Quận 2", true), ("Quận 9", true),
        ("Quận Thủ Đức", true), ("huyện Củ Chi", false), ("huyện Hóc Môn", false), ("huyện Bình Chánh", false),
        ("huyện Nhà Bè", false), ("huyện Cần Giờ", false),
    ]

    static let agencyUnits = [
        "Văn phòng", "Phòng Tài chính – Kế hoạch", "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Nội vụ",
        "Phòng Tư pháp", "Phòng Kinh tế", "Phòng Tài nguyên và Môi trường", "Phòng Lao động – Thương binh và Xã hội",
        "Phòng Văn hóa và Thông tin", "Phòng Quản lý đô thị", "Thanh tra", "Ban Tổ chức", "Ban Tuyên giáo",
        "Ban Dân vận", "Ủy ban Kiểm tra", "Trung tâm Chính trị", "Ủy ban Mặt trận Tổ quốc", "Hội Nông dân",
        "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Liên đoàn Lao động",
    ]

    static let grassrootsCells: [(String, UnitKind)] = [
        ("Trường Trung học phổ thông", .donViSuNghiep), ("Bệnh viện Đa khoa", .donViSuNghiep),
        ("Trung tâm Y tế", .donViSuNghiep), ("Chi cục Thuế", .coQuan), ("Kho bạc Nhà nước", .coQuan),
        ("Ngân hàng Chính sách xã hội", .coQuan), ("Viện Kiểm sát nhân dân", .coQuan), ("Tòa án nhân dân", .coQuan),
        ("Chi cục Thi hành án dân sự", .coQuan), ("Bảo hiểm xã hội", .coQuan), ("Trung tâm Văn hóa – Thể thao", .donViSuNghiep),
        ("Ban Quản lý dự án", .donViSuNghiep), ("Công ty TNHH Một thành viên Dịch vụ công ích", .doanhNghiep),
        ("Công ty Cổ phần Cấp nước", .doanhNghiep), ("Hợp tác xã Nông nghiệp", .khac), ("Trường Trung cấp nghề", .donViSuNghiep),
        ("Trung tâm Giáo dục thường xuyên", .donViSuNghiep), ("Chi cục Thống kê", .coQuan), ("Hạt Kiểm lâm", .coQuan),
        ("Bưu điện", .doanhNghiep),
    ]

    static let exemptReasons = [
        "Tuổi cao, sức yếu", "Bệnh hiểm nghèo, điều trị dài ngày", "Đi làm ăn xa", "Công tác lưu động", "Đi học tập trung dài hạn",
    ]
}
