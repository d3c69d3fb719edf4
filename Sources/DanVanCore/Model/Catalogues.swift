// The fixed catalogues of DOMAIN.md. Codes are stable identifiers stored on disk.

public enum OrgLevel: String, Coded {
    case higherCommittee = "dang_bo_cap_tren"
    case grassrootsCommittee = "dang_bo_co_so"
    case grassrootsCell = "chi_bo_co_so"
    case partialCommittee = "dang_bo_bo_phan"
    case subordinateCell = "chi_bo_truc_thuoc"

    public var vi: String {
        switch self {
        case .higherCommittee: "Đảng bộ cấp trên"
        case .grassrootsCommittee: "Đảng bộ cơ sở"
        case .grassrootsCell: "Chi bộ cơ sở"
        case .partialCommittee: "Đảng bộ bộ phận"
        case .subordinateCell: "Chi bộ trực thuộc"
        }
    }
    public var en: String {
        switch self {
        case .higherCommittee: "Higher committee"
        case .grassrootsCommittee: "Grassroots committee"
        case .grassrootsCell: "Grassroots cell"
        case .partialCommittee: "Partial committee"
        case .subordinateCell: "Subordinate cell"
        }
    }
    /// Cells hold members and nothing else; committees hold nodes and no members.
    public var isCell: Bool { self == .grassrootsCell || self == .subordinateCell }

    /// Whether a node of this level may sit directly under a node of `parent` level
    /// (nil: at the root, where any level may stand).
    public func canSit(under parent: OrgLevel?) -> Bool {
        guard let parent else { return true }
        switch self {
        case .higherCommittee, .grassrootsCommittee, .grassrootsCell: return parent == .higherCommittee
        case .partialCommittee: return parent == .grassrootsCommittee
        case .subordinateCell: return parent == .grassrootsCommittee || parent == .partialCommittee
        }
    }
}

public enum UnitKind: String, Coded {
    case xa, phuong, thiTran = "thi_tran", coQuan = "co_quan", donViSuNghiep = "don_vi_su_nghiep"
    case doanhNghiep = "doanh_nghiep", lucLuongVuTrang = "luc_luong_vu_trang", khac
    public var vi: String {
        switch self {
        case .xa: "Xã"
        case .phuong: "Phường"
        case .thiTran: "Thị trấn"
        case .coQuan: "Cơ quan"
        case .donViSuNghiep: "Đơn vị sự nghiệp"
        case .doanhNghiep: "Doanh nghiệp"
        case .lucLuongVuTrang: "Lực lượng vũ trang"
        case .khac: "Khác"
        }
    }
    public var en: String {
        switch self {
        case .xa: "Commune"
        case .phuong: "Ward"
        case .thiTran: "Township"
        case .coQuan: "Agency"
        case .donViSuNghiep: "Public service unit"
        case .doanhNghiep: "Enterprise"
        case .lucLuongVuTrang: "Armed forces"
        case .khac: "Other"
        }
    }
}

public enum Gender: String, Coded, HasAliases {
    case male = "nam", female = "nu"
    public var vi: String { self == .male ? "Nam" : "Nữ" }
    public var en: String { self == .male ? "Male" : "Female" }
    public static let aliasTable = ["m": "nam", "f": "nu", "man": "nam", "woman": "nu"]
}

public enum MemberKind: String, Coded, HasAliases {
    case full = "chinh_thuc", probationary = "du_bi"
    public var vi: String { self == .full ? "Chính thức" : "Dự bị" }
    public var en: String { self == .full ? "Full" : "Probationary" }
    public static let aliasTable = ["dang vien chinh thuc": "chinh_thuc", "dang vien du bi": "du_bi", "full member": "chinh_thuc",
                                    "ct": "chinh_thuc", "db": "du_bi", "dv chinh thuc": "chinh_thuc", "dv du bi": "du_bi",
                                    "dv ct": "chinh_thuc", "dv db": "du_bi", "dvct": "chinh_thuc", "dvdb": "du_bi"]
}

public enum StatusKind: String, Coded, HasAliases {
    case active = "dang_sinh_hoat", exempt = "mien_sinh_hoat", transferredOut = "da_chuyen_di", deceased = "tu_tran"
    public var vi: String {
        switch self {
        case .active: "Đang sinh hoạt"
        case .exempt: "Miễn sinh hoạt"
        case .transferredOut: "Đã chuyển đi"
        case .deceased: "Từ trần"
        }
    }
    public var en: String {
        switch self {
        case .active: "Active"
        case .exempt: "Exempt"
        case .transferredOut: "Transferred out"
        case .deceased: "Deceased"
        }
    }
    public static let aliasTable = [
        "transferred": "da_chuyen_di", "chuyen di": "da_chuyen_di", "chuyen sinh hoat": "da_chuyen_di",
        "mien": "mien_sinh_hoat", "dead": "tu_tran", "da mat": "tu_tran", "sinh hoat": "dang_sinh_hoat",
        "mien sh": "mien_sinh_hoat", "mien cong tac va sinh hoat dang": "mien_sinh_hoat", "mien cong tac va sinh hoat": "mien_sinh_hoat",
        "mien shd": "mien_sinh_hoat", "da chuyen": "da_chuyen_di", "chuyen sh": "da_chuyen_di", "dang sh": "dang_sinh_hoat",
        "da tu tran": "tu_tran", "chuyen sh di": "da_chuyen_di", "chuyen sinh hoat di": "da_chuyen_di", "da chuyen sh": "da_chuyen_di",
        "da chuyen sinh hoat": "da_chuyen_di", "da chuyen sh di": "da_chuyen_di", "mien sinh hoat dang": "mien_sinh_hoat",
    ]
}

public enum MemberRole: String, Coded, HasAliases {
    case secretary = "bi_thu", deputy = "pho_bi_thu", committee = "chi_uy_vien", member = "dang_vien"
    public var vi: String {
        switch self {
        case .secretary: "Bí thư"
        case .deputy: "Phó bí thư"
        case .committee: "Chi ủy viên"
        case .member: "Đảng viên"
        }
    }
    public var en: String {
        switch self {
        case .secretary: "Secretary"
        case .deputy: "Deputy secretary"
        case .committee: "Committee member"
        case .member: "Member"
        }
    }
    public static let aliasTable = ["deputy": "pho_bi_thu", "uy vien": "chi_uy_vien", "cap uy vien": "chi_uy_vien", "": "dang_vien",
                                    "bi thu chi bo": "bi_thu", "bt": "bi_thu", "pho bi thu chi bo": "pho_bi_thu", "p. bi thu": "pho_bi_thu",
                                    "p.bi thu": "pho_bi_thu", "p bi thu": "pho_bi_thu", "pho bt": "pho_bi_thu", "p.bt": "pho_bi_thu",
                                    "pbt": "pho_bi_thu", "uv": "chi_uy_vien", "chi uy": "chi_uy_vien", "uy vien chi bo": "chi_uy_vien",
                                    "dv": "dang_vien"]
}

public enum TargetGroup: String, Coded, HasAliases {
    case canBo = "can_bo", triThuc = "tri_thuc", congNhan = "cong_nhan", thanhNien = "thanh_nien"
    case tonGiao = "ton_giao", danToc = "dan_toc", nhanSi = "nhan_si", hoDan = "ho_dan"
    case nongDan = "nong_dan", phuNu = "phu_nu", cuuChienBinh = "cuu_chien_binh", doanhNhan = "doanh_nhan", khac
    public var vi: String {
        switch self {
        case .canBo: "Cán bộ, công chức, viên chức"
        case .triThuc: "Trí thức, nhà khoa học"
        case .congNhan: "Công nhân, người lao động"
        case .thanhNien: "Đoàn viên, thanh niên, học sinh, sinh viên"
        case .tonGiao: "Chức sắc, tín đồ tôn giáo"
        case .danToc: "Đồng bào dân tộc thiểu số"
        case .nhanSi: "Nhân sĩ, người có uy tín"
        case .hoDan: "Hộ gia đình khu dân cư"
        case .nongDan: "Nông dân"
        case .phuNu: "Phụ nữ"
        case .cuuChienBinh: "Cựu chiến binh"
        case .doanhNhan: "Doanh nhân, doanh nghiệp"
        case .khac: "Khác"
        }
    }
    public var en: String {
        switch self {
        case .canBo: "Officials and public employees"
        case .triThuc: "Intellectuals and scientists"
        case .congNhan: "Workers and employees"
        case .thanhNien: "Youth and students"
        case .tonGiao: "Religious dignitaries and followers"
        case .danToc: "Ethnic minority communities"
        case .nhanSi: "Notables and respected persons"
        case .hoDan: "Households in a residential area"
        case .nongDan: "Farmers"
        case .phuNu: "Women"
        case .cuuChienBinh: "Veterans"
        case .doanhNhan: "Business people"
        case .khac: "Other"
        }
    }
    public static let aliasTable = [
        "can bo": "can_bo", "cong chuc": "can_bo", "vien chuc": "can_bo", "tri thuc": "tri_thuc",
        "cong nhan": "cong_nhan", "nguoi lao dong": "cong_nhan", "thanh nien": "thanh_nien", "doan vien": "thanh_nien",
        "hoc sinh": "thanh_nien", "sinh vien": "thanh_nien", "ton giao": "ton_giao", "dan toc": "dan_toc",
        "dan toc thieu so": "dan_toc", "nhan si": "nhan_si", "nguoi co uy tin": "nhan_si", "ho dan": "ho_dan",
        "ho gia dinh": "ho_dan", "khu dan cu": "ho_dan", "nong dan": "nong_dan", "phu nu": "phu_nu",
        "cuu chien binh": "cuu_chien_binh", "ccb": "cuu_chien_binh", "doanh nhan": "doanh_nhan",
        "doanh nghiep": "doanh_nhan", "youth": "thanh_nien", "women": "phu_nu", "veterans": "cuu_chien_binh",
        "farmers": "nong_dan", "workers": "cong_nhan", "households": "ho_dan", "other": "khac",
        "doan vien thanh nien": "thanh_nien", "hoi vien phu nu": "phu_nu", "hoi vien ccb": "cuu_chien_binh",
        "hoi vien cuu chien binh": "cuu_chien_binh", "hoi vien nong dan": "nong_dan", "dong bao cong giao": "ton_giao",
        "giao dan": "ton_giao", "ho ngheo": "ho_dan", "ho can ngheo": "ho_dan", "dong bao dan toc": "dan_toc",
        "can bo cong chuc": "can_bo", "can bo, cong chuc, vien chuc": "can_bo",
        // Parents are reached at home: the household group (DOMAIN has no group of its own for them).
        "phu huynh hoc sinh": "ho_dan", "phu huynh": "ho_dan", "hoi vien hoi phu nu": "phu_nu",
    ]
}

public enum Place: String, Coded, HasAliases {
    case workplace = "noi_cong_tac", residence = "noi_cu_tru"
    public var vi: String { self == .workplace ? "Nơi công tác" : "Nơi cư trú" }
    public var en: String { self == .workplace ? "Workplace" : "Residence" }
    public static let aliasTable = ["cong tac": "noi_cong_tac", "cu tru": "noi_cu_tru", "work": "noi_cong_tac", "home": "noi_cu_tru"]
}

public enum Source: String, Coded, HasAliases {
    case assigned = "phan_cong", selfRegistered = "tu_nhan"
    public var vi: String { self == .assigned ? "Phân công" : "Tự nhận" }
    public var en: String { self == .assigned ? "Assigned" : "Self-registered" }
    public static let aliasTable = [
        "self": "tu_nhan", "self registered": "tu_nhan", "tu dang ky": "tu_nhan", "chi bo phan cong": "phan_cong",
        "tu nhan nhiem vu": "tu_nhan",
    ]
}

public enum EvaluationLevel: String, Coded, HasAliases {
    case outstanding = "xuat_sac", good = "tot", completed = "hoan_thanh", notCompleted = "khong_hoan_thanh"
    public var vi: String {
        switch self {
        case .outstanding: "Hoàn thành xuất sắc"
        case .good: "Hoàn thành tốt"
        case .completed: "Hoàn thành"
        case .notCompleted: "Không hoàn thành"
        }
    }
    public var en: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .completed: "Completed"
        case .notCompleted: "Not completed"
        }
    }
    public static let aliasTable = [
        "xuat sac": "xuat_sac", "hoan thanh xuat sac nhiem vu": "xuat_sac", "hoan thanh tot nhiem vu": "tot",
        "hoan thanh nhiem vu": "hoan_thanh", "khong hoan thanh nhiem vu": "khong_hoan_thanh",
        "htxs": "xuat_sac", "htt": "tot", "ht": "hoan_thanh", "kht": "khong_hoan_thanh", "not done": "khong_hoan_thanh",
        "htxsnv": "xuat_sac", "httnv": "tot", "htnv": "hoan_thanh", "khtnv": "khong_hoan_thanh",
    ]
}

public enum ModelField: String, Coded {
    case kinhTe = "kinh_te", vanHoaXaHoi = "van_hoa_xa_hoi", quocPhongAnNinh = "quoc_phong_an_ninh"
    case xayDungHeThongChinhTri = "xay_dung_he_thong_chinh_tri"
    public var vi: String {
        switch self {
        case .kinhTe: "Kinh tế"
        case .vanHoaXaHoi: "Văn hóa – xã hội"
        case .quocPhongAnNinh: "Quốc phòng – an ninh"
        case .xayDungHeThongChinhTri: "Xây dựng hệ thống chính trị"
        }
    }
    public var en: String {
        switch self {
        case .kinhTe: "Economy"
        case .vanHoaXaHoi: "Culture and society"
        case .quocPhongAnNinh: "Defence and security"
        case .xayDungHeThongChinhTri: "Building the political system"
        }
    }
}

public enum ModelStage: String, Coded {
    case registered = "dang_ky", recognized = "cong_nhan", commended = "khen_thuong"
    public var vi: String {
        switch self {
        case .registered: "Đăng ký"
        case .recognized: "Công nhận"
        case .commended: "Khen thưởng"
        }
    }
    public var en: String {
        switch self {
        case .registered: "Registered"
        case .recognized: "Recognized"
        case .commended: "Commended"
        }
    }
}

public enum MeetingKind: String, Coded {
    case regular = "thuong_ky", thematic = "chuyen_de"
    public var vi: String { self == .regular ? "Thường kỳ" : "Chuyên đề" }
    public var en: String { self == .regular ? "Monthly" : "Thematic" }
}

public enum AttendanceKind: String, Coded {
    case present = "co_mat", excused = "vang_co_ly_do", absent = "vang"
    public var vi: String {
        switch self {
        case .present: "Có mặt"
        case .excused: "Vắng có lý do"
        case .absent: "Vắng"
        }
    }
    public var en: String {
        switch self {
        case .present: "Present"
        case .excused: "Absent with reason"
        case .absent: "Absent"
        }
    }
}
