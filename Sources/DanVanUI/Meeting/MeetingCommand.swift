import DanVanCore

/// A cell meeting's roll call, its quick-assign line and the list of meetings.
public enum MeetingCommand: String, CaseIterable, Sendable, FeatureCommand {
    case startMeeting, markPresent, markExcused, markAbsent, focusQuickAssign, editMinutes, exportMinutes,
         toggleSource, openMeetings

    var command: Command { .meeting(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Sinh hoạt chi bộ", "Cell meetings")

    var bi: BiText {
        switch self {
        case .startMeeting: return BiText("Sinh hoạt chi bộ", "Cell meeting")
        case .markPresent: return BiText("Có mặt", "Present")
        case .markExcused: return BiText("Vắng có lý do", "Absent with reason")
        case .markAbsent: return BiText("Vắng", "Absent")
        case .focusQuickAssign: return BiText("Phân công nhanh", "Quick assign")
        case .editMinutes: return BiText("Nội dung và quyết định", "Notes and decisions")
        case .exportMinutes: return BiText("Xuất biên bản", "Export the minutes")
        case .toggleSource: return BiText("Đổi phân công / tự nhận", "Assigned / self-registered")
        case .openMeetings: return BiText("Các buổi sinh hoạt", "Meetings")
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch self {
        case .markExcused: return BiText("Có lý do", "Excused").text(lang)
        case .focusQuickAssign: return BiText("Phân công", "Assign").text(lang)
        case .editMinutes: return BiText("Ghi", "Notes").text(lang)
        case .exportMinutes: return BiText("Biên bản", "Minutes").text(lang)
        default: return text(lang)
        }
    }

    /// The roll call takes a typed name (type-ahead, see PageFind): its commands are digits,
    /// F-keys, Ctrl-keys and keys that are not typing, never letters.
    static let bindings = KeyBindings<MeetingCommand>.make { bind in
        bind(.panes, [.char("h")], .startMeeting)
        bind(.panes, [.char("H")], .openMeetings)
        bind(.meeting, [.char("1")], .markPresent)
        bind(.meeting, [.char("2")], .markExcused)
        bind(.meeting, [.char("3")], .markAbsent)
        bind(.meeting, [.tab], .focusQuickAssign)
        bind(.meeting, [.function(5), .ctrl("n")], .editMinutes)
        bind(.meeting, [.function(6), .ctrl("e")], .exportMinutes)
        // The quick-assign line takes text: only keys that are not typing.
        bind(.quickAssign, [.tab], .form(.nextField))
        bind(.quickAssign, [.backTab], .form(.prevField))
        bind(.quickAssign, [.enter], .general(.activate))
        bind(.quickAssign, [.up], .general(.moveUp))
        bind(.quickAssign, [.down], .general(.moveDown))
        bind(.quickAssign, [.function(2), .ctrl("s")], .form(.saveForm))
        bind(.quickAssign, [.function(4), .ctrl("t")], .toggleSource)
        bind(.quickAssign, [.escape], .general(.closeOverlay))
        bind(.quickAssign, [.function(1)], .general(.help))
        bind(.quickAssign, [.ctrl("q")], .general(.quit))
        // The meetings list: open, notes, export, a new one (as from the panes).
        bind(.meetings, [.enter, .char("o")], .general(.activate))
        bind(.meetings, [.char("g")], .editMinutes)
        bind(.meetings, [.function(6), .char("w")], .exportMinutes)
        bind(.meetings, [.char("h"), .insert], .startMeeting)
    }

    static let hints: [KeyContext: [Command]] = [
        .meeting: [.general(.help), .meeting(.markPresent), .meeting(.markExcused), .meeting(.markAbsent),
                   .meeting(.focusQuickAssign), .meeting(.editMinutes), .meeting(.exportMinutes),
                   .general(.closeOverlay)],
        .quickAssign: [.form(.saveForm), .meeting(.toggleSource), .form(.nextField), .general(.closeOverlay)],
        .meetings: [.general(.help), .general(.activate), .meeting(.editMinutes), .meeting(.exportMinutes),
                    .meeting(.startMeeting), .general(.closeOverlay)],
    ]
}
