import CNcursesw
import DanVanUI

/// ncurses' KEY_* codes as the decoder's raw keys; nil for keys danvan does not use
/// (mouse, and the rarer keypad codes).
func rawKey(forCursesCode code: Int32) -> RawKey? {
    switch code {
    case KEY_UP, KEY_SR: return .up
    case KEY_DOWN, KEY_SF: return .down
    case KEY_LEFT, KEY_SLEFT: return .left
    case KEY_RIGHT, KEY_SRIGHT: return .right
    case KEY_HOME, KEY_A1, KEY_FIND, KEY_SHOME, KEY_BEG: return .home
    case KEY_END, KEY_C1, KEY_SELECT, KEY_SEND: return .end
    case KEY_PPAGE, KEY_A3, KEY_PREVIOUS: return .pageUp
    case KEY_NPAGE, KEY_C3, KEY_NEXT: return .pageDown
    case KEY_IC: return .insert
    case KEY_DC, KEY_SDC: return .delete
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
    // Shifted F-keys (F13–F24 on most terminals) act as F1–F12.
    case (KEY_F0 + 13)...(KEY_F0 + 24): return .function(Int(code - KEY_F0 - 12))
    default: return nil
    }
}
