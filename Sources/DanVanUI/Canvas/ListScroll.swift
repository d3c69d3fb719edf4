/// The first row to show of a list of `count` items with `rows` visible, so that `cursor`
/// is on screen: `scroll` moves as little as possible and never past the end of the list.
func scrolled(_ scroll: Int, toShow cursor: Int, rows: Int, count: Int) -> Int {
    var s = scroll
    if cursor < s { s = cursor }
    if cursor >= s + rows { s = cursor - rows + 1 }
    return max(0, min(s, count - rows))
}
