import DanVanCore

/// Moving between and saving the fields of a form.
public enum FormCommand: String, CaseIterable, Sendable, FeatureCommand {
    case nextField, prevField, saveForm, pickNext, pickPrevious

    var command: Command { .form(self) }

    /// The title help shows above the keys this feature binds.
    static let title = BiText("Biểu mẫu", "Form")

    var bi: BiText {
        switch self {
        case .nextField: return BiText("Ô kế tiếp", "Next field")
        case .prevField: return BiText("Ô trước", "Previous field")
        case .saveForm: return BiText("Lưu", "Save")
        case .pickNext: return BiText("Lựa chọn kế", "Next choice")
        case .pickPrevious: return BiText("Lựa chọn trước", "Previous choice")
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch self {
        case .saveForm: return BiText("Lưu", "Save").text(lang)
        default: return text(lang)
        }
    }

    /// A form's keys: keys not bound here go to the focused text field.
    static let bindings = KeyBindings<FormCommand>.make { bind in
        for ctx in [KeyContext.form, .formChoice] {
            bind(ctx, [.tab, .down, .enter], .nextField)
            bind(ctx, [.backTab, .up], .prevField)
            bind(ctx, [.function(2), .ctrl("s")], .saveForm)
            bind(ctx, [.escape], .general(.closeOverlay))
            bind(ctx, [.ctrl("q")], .general(.quit))
        }
        bind(.formChoice, [.right, .char(" ")], .pickNext)
        bind(.formChoice, [.left], .pickPrevious)
    }

    static let hints: [KeyContext: [Command]] = [
        .form: [.form(.saveForm), .form(.nextField), .general(.closeOverlay)],
        .formChoice: [.form(.saveForm), .form(.nextField), .general(.closeOverlay)],
    ]
}
