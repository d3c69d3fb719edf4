import DanVanCore

/// The annual review page.
public enum ReviewCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openReview, nextFlagged, evaluateOutstanding, evaluateGood, evaluateCompleted, evaluateNotCompleted,
         editEvaluation, clearEvaluation

    var command: Command { .review(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Đánh giá cuối năm", en: "Annual review")

    public var vi: String {
        switch self {
        case .openReview: "Đánh giá cuối năm"
        case .nextFlagged: "Đến dòng cần chú ý kế tiếp"
        case .evaluateOutstanding: "Hoàn thành xuất sắc"
        case .evaluateGood: "Hoàn thành tốt"
        case .evaluateCompleted: "Hoàn thành"
        case .evaluateNotCompleted: "Không hoàn thành"
        case .editEvaluation: "Đánh giá kèm ghi chú"
        case .clearEvaluation: "Xóa đánh giá"
        }
    }

    public var en: String {
        switch self {
        case .openReview: "Annual review"
        case .nextFlagged: "Next row needing attention"
        case .evaluateOutstanding: "Outstanding"
        case .evaluateGood: "Good"
        case .evaluateCompleted: "Completed"
        case .evaluateNotCompleted: "Not completed"
        case .editEvaluation: "Evaluate with a note"
        case .clearEvaluation: "Clear evaluation"
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch (self, lang) {
        case (.nextFlagged, .vi): "Cần chú ý"
        case (.nextFlagged, .en): "Flagged"
        case (.editEvaluation, .vi): "Đánh giá"
        case (.editEvaluation, .en): "Evaluate"
        case (.clearEvaluation, .vi): "Xóa ĐG"
        case (.clearEvaluation, .en): "Clear"
        default: text(lang)
        }
    }

    /// The review takes a typed name (type-ahead, see PageFind): its commands are digits,
    /// F-keys, Ctrl-keys and keys that are not typing, never letters.
    static let bindings = KeyBindings<ReviewCommand>.make { bind in
        bind(.panes, [.char("r")], .openReview)
        bind(.review, [.char("1")], .evaluateOutstanding)
        bind(.review, [.char("2")], .evaluateGood)
        bind(.review, [.char("3")], .evaluateCompleted)
        bind(.review, [.char("4")], .evaluateNotCompleted)
        bind(.review, [.enter], .editEvaluation)
        bind(.review, [.delete], .clearEvaluation)
        bind(.review, [.tab], .nextFlagged)
        bind(.review, [.function(2)], .assignments(.newAssignment))
    }

    static let hints: [KeyContext: [Command]] = [
        .review: [.general(.help), .review(.nextFlagged), .review(.editEvaluation), .review(.clearEvaluation),
                  .assignments(.newAssignment), .general(.closeOverlay)],
    ]
}
