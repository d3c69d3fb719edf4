import DanVanCore

// Stand-in for the shell helper's TextField (Widgets/TextField.swift) so the forms build
// before it lands; deleted at the merge that brings the real one.
public struct TextField: Sendable, Equatable {
    private var chars: [Character] = []
    private var cursor = 0

    public init(_ text: String = "") {
        chars = Array(VietText.nfc(text))
        cursor = chars.count
    }

    public var text: String {
        get { String(chars) }
        set {
            chars = Array(VietText.nfc(newValue))
            cursor = chars.count
        }
    }

    /// Edits by grapheme; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            chars.insert(c, at: cursor)
            cursor += 1
            // Recompose so a mark typed after its letter joins it.
            let s = VietText.nfc(String(chars))
            let before = VietText.nfc(String(chars[..<cursor])).count
            chars = Array(s)
            cursor = min(before, chars.count)
        case .backspace:
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < chars.count { chars.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = chars.count
        default: return false
        }
        return true
    }

    /// Draws the field; returns the cursor column.
    @discardableResult
    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, focused: Bool) -> Int {
        let style = Style(focused ? .inputFocused : .inputField)
        canvas.fill(x: x, y: y, width: width, height: 1, with: Cell(" ", style: style))
        let before = VietText.width(String(chars[..<cursor]))
        var start = 0
        var w = before
        while w >= width, start < chars.count {
            w -= VietText.width(of: chars[start])
            start += 1
        }
        canvas.put(String(chars[start...]), x: x, y: y, style: style, maxWidth: width)
        return x + w
    }
}
