/// The one rule a node's name keeps beyond being non-empty: no "/". A path is the names from
/// the root joined by " / ", and every reader of a path (`--org`, the CSV "Chi bộ" column, a
/// bundle's rootPath) splits it at "/", so a name holding one could never be addressed again
/// and the folder's own exports would no longer import.
///
/// Checked where names come in (the node form, bundles; CSV paths are split before they become
/// names), not in `State.apply`: a log written before this rule must still replay.
public enum OrgName {
    public static let separator: Character = "/"

    /// Why `name` cannot be a node's name, or nil when it can.
    public static func problem(_ name: String) -> OpError? {
        guard name.contains(separator) else { return nil }
        return OpError.invalid(.name, vi: "“\(name)” chứa “/”, dấu ngăn cách các tên trong đường dẫn đơn vị; hãy dùng “-” (ví dụ “19-5”)",
                               en: "“\(name)” contains “/”, which separates the names in a unit's path; use “-” instead (e.g. “19-5”)")
    }
}
