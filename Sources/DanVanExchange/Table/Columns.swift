/// The columns of the member and assignment tables, in file order. Import accepts them in
/// any order and under any listed spelling; export writes exactly these.
public enum MemberColumns {
    public static let cardNo = Column("card_no", "Số thẻ", ["so the dang vien", "so the", "card", "card number", "card no", "so the dv", "ma the"])
    public static let fullName = Column("full_name", "Họ và tên", ["ho ten", "ho va ten dang vien", "ten dang vien", "name", "full name", "ho va ten"])
    public static let givenName = Column("given_name", "Tên gọi", ["given name", "first name", "ten goi"])
    public static let familyName = Column("family_name", "Họ", ["family name", "surname", "last name", "ho dang vien"])
    public static let gender = Column("gender", "Giới tính", ["gioi", "phai", "sex", "nam nu", "nam/nu"])
    public static let birthDate = Column("birth_date", "Ngày sinh", ["sinh ngay", "ngay thang nam sinh", "nam sinh", "date of birth", "dob", "birth date", "birthday", "born"])
    public static let org = Column("org", "Chi bộ", ["chi bo", "to chuc", "to chuc dang", "don vi", "cell", "organization", "org path", "chi bo sinh hoat"])
    public static let joined = Column("joined", "Ngày vào Đảng", ["ngay vao dang", "ngay ket nap", "ngay ket nap dang", "ngay kn", "joined date", "join date", "date joined"])
    public static let fullMemberDate = Column("full_member_date", "Ngày chính thức", ["ngay chinh thuc", "ngay cong nhan chinh thuc", "full member date", "full membership", "full membership date",
                                                                                      "ngay vao dang chinh thuc", "ngay duoc cong nhan chinh thuc", "ngay ct",
                                                                                      "ngay chuyen chinh thuc", "ngay chuyen dang chinh thuc"])
    public static let kind = Column("kind", "Loại", ["loai dang vien", "member kind", "type", "chinh thuc/du bi"])
    public static let status = Column("status", "Trạng thái", ["tinh trang", "tinh trang sinh hoat", "member status", "trang thai sinh hoat"])
    public static let statusDate = Column("status_date", "Ngày trạng thái", ["ngay chuyen", "ngay chuyen di", "ngay mien", "ngay mien sinh hoat", "ngay tu tran", "status since"])
    public static let statusNote = Column("status_note", "Lý do / nơi chuyển", [
        "ly do", "ly do mien sinh hoat", "noi chuyen", "noi chuyen den", "ghi chu trang thai", "reason", "destination",
        "ly do/noi chuyen", "status note",
    ])
    public static let role = Column("role", "Chức vụ", ["chuc vu dang", "chuc vu trong chi bo", "position"])
    public static let residence = Column("residence", "Nơi cư trú", ["dia chi", "address", "noi o", "cho o hien nay", "dia chi cu tru",
                                                                         "noi o hien nay", "noi cu tru hien nay", "dia chi thuong tru"])
    public static let workplace = Column("workplace", "Nơi công tác", ["co quan", "don vi cong tac", "work place", "employer", "nghe nghiep"])
    public static let phone = Column("phone", "Điện thoại", ["so dien thoai", "sdt", "dt", "tel", "mobile", "phone number", "so dt", "dien thoai di dong"])
    public static let notes = Column("notes", "Ghi chú", ["note", "ghi chu khac", "remarks"])

    public static let all: [Column] = [
        cardNo, fullName, givenName, familyName, gender, birthDate, org, joined, fullMemberDate, kind, status, statusDate,
        statusNote, role, residence, workplace, phone, notes,
    ]
}

public enum AssignmentColumns {
    public static let cardNo = MemberColumns.cardNo
    public static let fullName = MemberColumns.fullName
    public static let org = MemberColumns.org
    /// Only read to tell apart members without a card who share a name in one cell.
    public static let birthDate = MemberColumns.birthDate
    public static let targetGroup = Column("target_group", "Đối tượng", ["doi tuong van dong", "target", "group", "target group"])
    public static let area = Column("area", "Địa bàn", ["dia ban phu trach", "dia ban van dong", "khu vuc"])
    public static let households = Column("households", "Số hộ", ["so ho phu trach", "ho phu trach", "so ho/nguoi", "so nguoi", "people"])
    public static let content = Column("content", "Nội dung", ["noi dung van dong", "nhiem vu", "task", "noi dung cong viec",
                                                                                "nhiem vu tu nhan", "noi dung nhiem vu", "noi dung dang ky", "noi dung/nhiem vu tu nhan", "noi dung / nhiem vu tu nhan",
                                                                                "noi dung tu nhan", "noi dung tu dang ky", "nhiem vu tu dang ky", "cong viec tu nhan"])
    public static let place = Column("place", "Nơi", ["noi thuc hien", "noi phan cong", "noi cong tac/cu tru"])
    public static let source = Column("source", "Nguồn", ["hinh thuc", "phan cong/tu nhan", "hinh thuc phan cong"])
    public static let from = Column("from", "Từ ngày", ["ngay bat dau", "bat dau", "start", "start date", "tu", "thoi gian", "ngay dang ky", "thoi gian dang ky",
                                                          "thoi gian/ngay dang ky", "thoi gian / ngay dang ky"])
    public static let to = Column("to", "Đến ngày", ["ngay ket thuc", "ket thuc", "end", "end date", "den"])
    public static let resolution = Column("resolution", "Nghị quyết", ["quyet dinh", "nghi quyet chi bo", "can cu", "so nghi quyet"])
    public static let evaluationYear = Column("evaluation_year", "Năm đánh giá", ["nam", "year", "nam danh gia"])
    public static let evaluation = Column("evaluation", "Đánh giá", ["xep loai", "ket qua danh gia", "ket qua", "result"])
    public static let evaluationNote = Column("evaluation_note", "Nhận xét", ["ghi chu danh gia", "nhan xet danh gia", "comment"])

    public static let all: [Column] = [
        cardNo, fullName, birthDate, org, targetGroup, area, households, content, place, source, from, to, resolution,
        evaluationYear, evaluation, evaluationNote,
    ]
}
