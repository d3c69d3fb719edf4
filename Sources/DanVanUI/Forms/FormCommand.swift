import DanVanCore

/// Moving between and saving the fields of a form.
public enum FormCommand: String, CaseIterable, Sendable, FeatureCommand {
    case nextField, prevField, saveForm, pickNext, pickPrevious

    var command: Command { .form(self) }

    /// The title help shows above the keys this feature binds.
    static let title = FeatureTitle(vi: "Biểu mẫu", en: "Form")

    public var vi: String {
        switch self {
        case .nextField: "Ô kế tiếp"
        case .prevField: "Ô trước"
        case .saveForm: "Lưu"
        case .pickNext: "Lựa chọn kế"
        case .pickPrevious: "Lựa chọn trước"
        }
    }

    public var en: String {
        switch self {
        case .nextField: "Next field"
        case .prevField: "Previous field"
        case .saveForm: "Save"
        case .pickNext: "Next choice"
        case .pickPrevious: "Previous choice"
        }
    }

    /// The short word the hint bar shows beside the key.
    func hint(_ lang: Lang) -> String {
        switch (self, lang) {
        case (.saveForm, .vi): "Lưu"
        case (.saveForm, .en): "Save"
        default: text(lang)
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
