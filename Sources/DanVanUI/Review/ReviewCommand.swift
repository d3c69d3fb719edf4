import DanVanCore

/// The annual review page.
public enum ReviewCommand: String, CaseIterable, Sendable, FeatureCommand {
    case openReview, nextFlagged, evaluateOutstanding, evaluateGood, evaluateCompleted, evaluateNotCompleted,
         editEvaluation, clearEvaluation

    var command: Command { .review(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Đánh giá cuối năm", "Annual review")

    var bi: BiText {
        switch self {
        case .openReview: return BiText("Đánh giá cuối năm", "Annual review")
        case .nextFlagged: return BiText("Đến dòng cần chú ý kế tiếp", "Next row needing attention")
        case .evaluateOutstanding: return BiText("Hoàn thành xuất sắc", "Outstanding")
        case .evaluateGood: return BiText("Hoàn thành tốt", "Good")
        case .evaluateCompleted: return BiText("Hoàn thành", "Completed")
        case .evaluateNotCompleted: return BiText("Không hoàn thành", "Not completed")
        case .editEvaluation: return BiText("Đánh giá kèm ghi chú", "Evaluate with a note")
        case .clearEvaluation: return BiText("Xóa đánh giá", "Clear evaluation")
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch self {
        case .nextFlagged: return BiText("Cần chú ý", "Flagged").text(lang)
        case .editEvaluation: return BiText("Đánh giá", "Evaluate").text(lang)
        case .clearEvaluation: return BiText("Xóa ĐG", "Clear").text(lang)
        default: return text(lang)
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
