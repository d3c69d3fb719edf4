import DanVanCore
import Foundation
import Testing
@testable import DanVanUI

extension AppState {
    /// Reduces `action` and checks that the state changed exactly as `change` says (applied
    /// to a copy of the state before): any other difference fails, and every differing field
    /// is printed with its expected and actual value. Derived caches are not compared.
    @discardableResult
    mutating func send(_ action: Action, sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout AppState) -> Void = { _ in }) -> [Effect] {
        var expected = self
        change(&expected)
        let effects = reduce(action)
        if self != expected {
            var lines: [String] = []
            differences(expected, self, path: "state", into: &lines, depth: 0)
            Issue.record(Comment(rawValue: "after \(action):\n" + lines.joined(separator: "\n")), sourceLocation: sourceLocation)
        }
        return effects
    }

    /// `send(.key(key))`.
    @discardableResult
    mutating func send(_ key: Key, sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout AppState) -> Void = { _ in }) -> [Effect] {
        send(.key(key), sourceLocation: sourceLocation, change)
    }
}

/// Appends "path: expected …, got …" for each leaf where `a` and `b` differ.
private func differences(_ a: Any, _ b: Any, path: String, into out: inout [String], depth: Int) {
    let da = String(describing: a), db = String(describing: b)
    guard da != db else { return }
    let ma = Mirror(reflecting: a), mb = Mirror(reflecting: b)
    if depth < 6, !ma.children.isEmpty, ma.children.count == mb.children.count,
       ma.displayStyle != .enum || ma.children.first?.label == mb.children.first?.label {
        var found = out.count
        for (i, (ca, cb)) in zip(ma.children, mb.children).enumerated() {
            let name = ca.label.map { $0.hasPrefix("_") ? String($0.dropFirst()) : $0 } ?? "\(i)"
            differences(ca.value, cb.value, path: path + "." + name, into: &out, depth: depth + 1)
        }
        found = out.count - found
        if found > 0 { return }
    }
    func cut(_ s: String) -> String { s.count > 400 ? String(s.prefix(400)) + "…" : s }
    out.append("  \(path): expected \(cut(da)), got \(cut(db))")
}

/// Checks the whole screen `app` draws, line by line (trailing spaces ignored); on a
/// difference prints both screens with the differing lines marked.
func expectScreen(_ app: AppState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = render(app).canvas.lines
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        var l = String(line)
        while l.last == " " { l.removeLast() }
        return l
    }
    guard actual != wanted else { return }
    let rows = max(actual.count, wanted.count)
    var report = ["screen differs (> marks a differing line):", "expected:"]
    for y in 0..<rows {
        let w = y < wanted.count ? wanted[y] : "<none>", a = y < actual.count ? actual[y] : "<none>"
        report.append("\(w == a ? " " : ">")\(String(format: "%2d", y))|\(w)")
    }
    report.append("actual:")
    for y in 0..<rows {
        let w = y < wanted.count ? wanted[y] : "<none>", a = y < actual.count ? actual[y] : "<none>"
        report.append("\(w == a ? " " : ">")\(String(format: "%2d", y))|\(a)")
    }
    Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}
