import DanVanCore

/// File → Security: whether the folder is encrypted, this folder's fingerprint and the keys
/// it trusts. Passphrases are set and changed by `danvan passphrase` outside the screen.
enum SecurityView {
    static func title(_ lang: Lang) -> String { lang == .vi ? "Bảo mật" : "Security" }

    static func lines(_ state: AppState) -> [String] {
        state.security?.lines(state.lang) ?? [state.lang == .vi ? "Không có thông tin bảo mật." : "No security information."]
    }

    static func draw(_ state: AppState, scroll: Int, into canvas: inout Canvas) {
        let all = lines(state)
        let w = min(state.width - 4, max(40, min(96, (all.map { VietText.width($0) }.max() ?? 0) + 4)))
        let h = min(state.height - 2, all.count + 4)
        let x = (state.width - w) / 2
        let y = max(1, (state.height - h) / 2)
        canvas.box(x: x, y: y, width: w, height: h, style: Style(.dialog), title: title(state.lang),
                   titleStyle: Style(.dialogTitle, bold: true))
        let room = h - 3
        let start = max(0, min(scroll, all.count - room))
        for (i, l) in all.dropFirst(start).prefix(room).enumerated() {
            canvas.putPadded(l, x: x + 2, y: y + 1 + i, width: w - 4, style: Style(.dialog))
        }
        canvas.putPadded(Strings.UI.helpClose.text(state.lang), x: x + 2, y: y + h - 2, width: w - 4, style: Style(.dim))
    }
}
