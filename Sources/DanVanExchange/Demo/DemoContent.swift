import DanVanCore

/// What generated assignments, models and meetings say, by target group and field.
enum DemoContent {
    static func groups(for kind: UnitKind?) -> WeightedTable<TargetGroup> {
        switch kind {
        case .coQuan, .donViSuNghiep: return officeGroups
        case .doanhNghiep: return businessGroups
        case .lucLuongVuTrang: return armedGroups
        default: return residentGroups
        }
    }
    static let residentGroups = WeightedTable<TargetGroup>([
        (.hoDan, 45), (.nongDan, 10), (.phuNu, 8), (.thanhNien, 8), (.cuuChienBinh, 6), (.tonGiao, 6),
        (.nhanSi, 5), (.danToc, 3), (.doanhNhan, 3), (.congNhan, 4), (.khac, 2),
    ])
    static let officeGroups = WeightedTable<TargetGroup>([
        (.canBo, 45), (.triThuc, 15), (.thanhNien, 12), (.hoDan, 20), (.phuNu, 5), (.khac, 3),
    ])
    static let businessGroups = WeightedTable<TargetGroup>([
        (.congNhan, 55), (.doanhNhan, 15), (.thanhNien, 10), (.hoDan, 15), (.phuNu, 5),
    ])
    static let armedGroups = WeightedTable<TargetGroup>([
        (.hoDan, 35), (.thanhNien, 25), (.tonGiao, 12), (.danToc, 10), (.cuuChienBinh, 8), (.nhanSi, 10),
    ])

    static func content(_ group: TargetGroup) -> [String] {
        switch group {
        case .hoDan: [
            "Vận động các hộ thực hiện nếp sống văn minh, giữ gìn vệ sinh môi trường",
            "Vận động hộ dân tham gia xây dựng khu dân cư văn hóa, an toàn về an ninh trật tự",
            "Nắm tình hình, tâm tư nguyện vọng của các hộ; vận động đóng góp quỹ vì người nghèo",
            "Vận động hộ dân hiến đất, góp công làm đường giao thông nông thôn",
        ]
        case .nongDan: ["Vận động nông dân chuyển đổi cây trồng, vật nuôi; tham gia tổ hợp tác",
                        "Vận động nông dân ứng dụng khoa học kỹ thuật, sản xuất an toàn"]
        case .phuNu: ["Vận động hội viên phụ nữ tham gia phong trào xây dựng gia đình 5 không 3 sạch",
                      "Vận động phụ nữ tham gia tổ tiết kiệm, vay vốn phát triển kinh tế"]
        case .thanhNien: ["Vận động đoàn viên, thanh niên tham gia tình nguyện, phòng chống ma túy",
                          "Vận động thanh niên thực hiện nghĩa vụ quân sự, học nghề, lập nghiệp"]
        case .cuuChienBinh: ["Vận động hội viên cựu chiến binh giúp nhau làm kinh tế, giữ gìn an ninh trật tự"]
        case .tonGiao: ["Vận động chức sắc, tín đồ sống tốt đời, đẹp đạo; chấp hành chính sách, pháp luật"]
        case .danToc: ["Vận động đồng bào dân tộc giữ gìn bản sắc văn hóa, phát triển sản xuất"]
        case .nhanSi: ["Phối hợp với người có uy tín hòa giải mâu thuẫn ở cơ sở, vận động nhân dân"]
        case .canBo: ["Vận động cán bộ, công chức thực hiện cải cách hành chính, văn hóa công sở",
                      "Vận động viên chức nâng cao tinh thần phục vụ nhân dân, dân vận chính quyền"]
        case .triThuc: ["Vận động trí thức tham gia góp ý, phản biện các chương trình, đề án của địa phương"]
        case .congNhan: ["Vận động công nhân, người lao động chấp hành nội quy, tham gia công đoàn",
                         "Nắm tình hình việc làm, đời sống người lao động; vận động phòng chống cháy nổ"]
        case .doanhNhan: ["Vận động doanh nghiệp thực hiện chính sách thuế, bảo hiểm cho người lao động"]
        case .khac: ["Tham gia các phong trào thi đua yêu nước tại địa phương"]
        }
    }

    static let fieldTable = WeightedTable<ModelField>([
        (.kinhTe, 35), (.xayDungHeThongChinhTri, 35), (.vanHoaXaHoi, 20), (.quocPhongAnNinh, 10),
    ])
    static let stageTable = WeightedTable<ModelStage>([(.registered, 30), (.recognized, 55), (.commended, 15)])

    static func modelNames(_ field: ModelField) -> [String] {
        switch field {
        case .kinhTe: ["Tổ hợp tác trồng rau an toàn", "Giúp nhau thoát nghèo bền vững", "Tuyến đường nông thôn mới kiểu mẫu",
                       "Chuyển đổi số trong sản xuất, kinh doanh", "Hiến đất mở rộng đường giao thông"]
        case .vanHoaXaHoi: ["Tuyến đường hoa, đường sạch đẹp", "Khu dân cư không rác thải nhựa", "Tủ sách cộng đồng",
                            "Bữa cơm yêu thương cho người khó khăn", "Mái ấm tình thương"]
        case .quocPhongAnNinh: ["Tổ tự quản an ninh trật tự", "Camera an ninh khu phố", "Khu dân cư không ma túy"]
        case .xayDungHeThongChinhTri: ["Cải cách hành chính một cửa thân thiện", "Đảng viên gương mẫu nơi cư trú",
                                       "Chính quyền lắng nghe dân nói", "Mặt trận gắn kết khu dân cư",
                                       "Dân vận chính quyền phục vụ nhân dân"]
        }
    }

    static let evaluationTable = WeightedTable<EvaluationLevel>([
        (.outstanding, 12), (.good, 50), (.completed, 35), (.notCompleted, 3),
    ])

    static let excuses = ["Ốm", "Đi công tác", "Việc gia đình", "Đi học tập trung", "Trực cơ quan"]

    static let decisions = [
        "Thống nhất phân công đảng viên phụ trách hộ gia đình theo địa bàn",
        "Đôn đốc đảng viên đóng đảng phí đúng hạn; vận động ủng hộ quỹ vì người nghèo",
        "Triển khai nghị quyết của cấp ủy cấp trên; phân công rà soát hộ cận nghèo",
        "Giao chi ủy kiểm tra việc thực hiện nhiệm vụ dân vận của đảng viên",
        "Chuẩn bị đánh giá, xếp loại đảng viên cuối năm",
    ]
}
