/// A key the terminal library has already decoded (ncurses' KEY_* codes, minus the library).
public enum RawKey: Hashable, Sendable {
    case up, down, left, right, home, end, pageUp, pageDown, insert, delete, backspace, enter, backTab
    case function(Int)
}

/// One read from the terminal, before decoding.
public enum RawInput: Hashable, Sendable {
    /// A Unicode code point (ncurses' wget_wch returned OK).
    case char(UInt32)
    /// A key the library decoded (wget_wch returned KEY_CODE_YES).
    case key(RawKey)
    /// The window changed size.
    case resize(width: Int, height: Int)
    /// Nothing more arrived right away: a lone Esc is the Esc key, a paste is over.
    case idle
}

/// Turns raw reads into `InputEvent`s: control codes into Ctrl keys, Esc+letter into Alt,
/// Esc+digit into F-keys (Esc 0 = F10), bracketed pastes into one `.paste`, and the escape
/// sequences a terminal library did not know into keys. Pure, so every sequence is testable
/// without a terminal.
public struct KeyDecoder: Sendable {
    enum Mode: Equatable, Sendable {
        case ground
        /// Esc seen, waiting for what follows.
        case escape
        /// Esc [ or Esc O seen; collecting the sequence.
        case sequence(intro: Character, body: String)
        /// Inside a bracketed paste; the text so far is in `pasteBuffer`.
        case paste
    }

    var mode: Mode = .ground
    var pasteBuffer: [Unicode.Scalar] = []

    public init() {}

    /// True while a lone Esc or a paste is waiting for `.idle` or more input; the terminal
    /// should then read again without blocking long.
    public var isPending: Bool { mode != .ground }

    /// True inside a bracketed paste, where reads may take a little longer to arrive.
    public var isInPaste: Bool { if case .paste = mode { return true } else { return false } }

    static let pasteEnd: [Unicode.Scalar] = Array("\u{1B}[201~".unicodeScalars)

    mutating func finishPaste() -> [InputEvent] {
        mode = .ground
        var text = ""
        text.unicodeScalars.append(contentsOf: pasteBuffer)
        pasteBuffer = []
        return text.isEmpty ? [] : [.paste(text)]
    }

    public mutating func feed(_ input: RawInput) -> [InputEvent] {
        switch mode {
        case .paste:
            switch input {
            case .char(let c):
                guard let s = Unicode.Scalar(c) else { return [] }
                pasteBuffer.append(s)
                if pasteBuffer.count >= 6, pasteBuffer.suffix(6).elementsEqual(Self.pasteEnd) {
                    pasteBuffer.removeLast(6)
                    return finishPaste()
                }
                return []
            case .key(let k):
                // The library decoded something inside the paste; keep the text it stood for.
                if k == .enter { pasteBuffer.append("\n") } else if k == .backTab { pasteBuffer.append("\t") }
                return []
            case .resize:
                return [input.passthrough!]
            case .idle:
                // The end marker never came: deliver what arrived rather than swallow input,
                // minus a partial end marker at the tail.
                for k in stride(from: 5, through: 1, by: -1) where pasteBuffer.count >= k {
                    if pasteBuffer.suffix(k).elementsEqual(Self.pasteEnd.prefix(k)) {
                        pasteBuffer.removeLast(k)
                        break
                    }
                }
                return finishPaste()
            }

        case .escape:
            switch input {
            case .char(let c):
                mode = .ground
                if c == 0x1B {
                    mode = .escape
                    return [.key(.escape)]
                }
                if c == UInt32(UInt8(ascii: "[")) || c == UInt32(UInt8(ascii: "O")) {
                    mode = .sequence(intro: Character(Unicode.Scalar(c)!), body: "")
                    return []
                }
                if c >= 0x30 && c <= 0x39 {
                    return [.key(.function(c == 0x30 ? 10 : Int(c - 0x30)))]
                }
                if let s = Unicode.Scalar(c), c >= 0x20, c != 0x7F {
                    return [.key(.alt(Character(s)))]
                }
                // Esc then a control key: two keys.
                return [.key(.escape)] + feed(input)
            case .key, .resize:
                mode = .ground
                return [.key(.escape)] + feed(input)
            case .idle:
                mode = .ground
                return [.key(.escape)]
            }

        case .sequence(let intro, var body):
            switch input {
            case .char(let c):
                guard let s = Unicode.Scalar(c) else {
                    mode = .ground
                    return []
                }
                if c >= 0x40 && c <= 0x7E && !(intro == "[" && body.isEmpty && c == 0x5B) {
                    mode = .ground
                    return decodeSequence(intro: intro, body: body, final: Character(s))
                }
                if c < 0x20 || c > 0x7E || body.count > 16 {
                    // Not a sequence after all.
                    mode = .ground
                    return feed(input)
                }
                body.append(Character(s))
                mode = .sequence(intro: intro, body: body)
                return []
            case .key, .resize:
                mode = .ground
                return feed(input)
            case .idle:
                mode = .ground
                // Alt+[ or Alt+O typed alone.
                return body.isEmpty ? [.key(.alt(intro))] : []
            }

        case .ground:
            switch input {
            case .char(let c): return decodeChar(c)
            case .key(let k): return [.key(Self.key(for: k))]
            case .resize: return [input.passthrough!]
            case .idle: return []
            }
        }
    }

    /// Decodes a run of reads, ending with `.idle`: handy for tests and pastes.
    mutating func feed(_ inputs: [RawInput]) -> [InputEvent] {
        inputs.flatMap { feed($0) }
    }

    mutating func decodeChar(_ c: UInt32) -> [InputEvent] {
        switch c {
        case 0x1B:
            mode = .escape
            return []
        case 0x0D, 0x0A: return [.key(.enter)]
        case 0x09: return [.key(.tab)]
        case 0x7F, 0x08: return [.key(.backspace)]
        case 0x00: return []
        case 0x01...0x1A: return [.key(.ctrl(Character(Unicode.Scalar(c + 0x60)!)))]
        case 0x1C...0x1F: return [.key(.ctrl(Character(Unicode.Scalar(c + 0x40)!)))]
        case 0x80...0x9F: return []  // C1 controls never stand for text
        default:
            guard let s = Unicode.Scalar(c) else { return [] }
            return [.key(.char(Character(s)))]
        }
    }

    static func key(for k: RawKey) -> Key {
        switch k {
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        case .home: return .home
        case .end: return .end
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .insert: return .insert
        case .delete: return .delete
        case .backspace: return .backspace
        case .enter: return .enter
        case .backTab: return .backTab
        case .function(let n): return .function(n)
        }
    }

    /// CSI and SS3 sequences a terminal library may pass through undecoded (a TERM that
    /// does not match the terminal): arrows, Home/End, editing keys, F1–F12, paste start.
    static let cursorKeys: [Character: Key] = ["A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end]

    mutating func decodeSequence(intro: Character, body: String, final: Character) -> [InputEvent] {
        // Cursor keys end the same way after "ESC O" (SS3) and "ESC [" (CSI); the Linux
        // console's "[[A" … "[[E" (F1–F5) is the one body that overrides them.
        if body != "[", let key = Self.cursorKeys[final] { return [.key(key)] }
        if intro == "O" {
            switch final {
            case "M": return [.key(.enter)]
            case "P": return [.key(.function(1))]
            case "Q": return [.key(.function(2))]
            case "R": return [.key(.function(3))]
            case "S": return [.key(.function(4))]
            default: return body.isEmpty ? [.key(.alt("O"))] + decodeChar(final.unicodeScalars.first!.value) : []
            }
        }
        // "[[A" … "[[E": the Linux console's F1–F5.
        if body == "[", let v = final.asciiValue, v >= 65, v <= 69 { return [.key(.function(Int(v) - 64))] }
        let params = body.split(separator: ";").map { Int($0) }
        switch final {
        case "Z": return [.key(.backTab)]
        case "P", "Q", "R", "S":
            if params.count >= 1 { return [.key(.function(Int(final.asciiValue! - 79)))] }
            return []
        case "~":
            guard let first = params.first, let n = first else { return [] }
            switch n {
            case 1, 7: return [.key(.home)]
            case 2: return [.key(.insert)]
            case 3: return [.key(.delete)]
            case 4, 8: return [.key(.end)]
            case 5: return [.key(.pageUp)]
            case 6: return [.key(.pageDown)]
            case 11...15: return [.key(.function(n - 10))]
            case 17...21: return [.key(.function(n - 11))]
            case 23, 24: return [.key(.function(n - 12))]
            case 200:
                mode = .paste
                pasteBuffer = []
                return []
            default: return []
            }
        default:
            return []
        }
    }
}

extension RawInput {
    var passthrough: InputEvent? {
        if case .resize(let w, let h) = self { return .resize(width: w, height: h) }
        return nil
    }
}
