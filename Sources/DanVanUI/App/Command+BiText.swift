/// A bridge while `Command` still has its two far-apart `vi` and `en` switches: running
/// `python3 sidebyside.py Sources/DanVanUI/App/Command.swift` gives it a side-by-side `bi`;
/// delete this file then.
extension Command {
    public var bi: BiText { BiText(vi, en) }
}
