import Testing
import DanVanCore
@testable import DanVanUI

/// The features' commands and bindings, gathered into one keymap: nothing unreachable, no key
/// claimed twice, help and hint bar telling exactly what the keys do.
@Suite struct FeatureCommandTests {
    /// The contexts a person can be in (`panes` and `pages` only hold shared bindings).
    static let contexts = KeyContext.allCases.filter { $0 != .panes && $0 != .pages }
    static let allKeys = Array(Set(Keymap.bindings.map(\.key)))

    @Test func everyFeatureCommandHasAKeyOrAMenuItem() {
        var reached = Set(Menu.allCases.flatMap(\.items))
        for ctx in Self.contexts {
            for k in Self.allKeys { if let c = Keymap.command(for: k, in: ctx) { reached.insert(c) } }
        }
        for c in Command.allCases { #expect(reached.contains(c), "\(c) has no key and no menu item") }
        #expect(Command.allCases.count == Set(Command.allCases).count)
    }

    @Test func everyBindingIsOfAKnownCommandAndEveryFeatureIsListed() {
        let all = Set(Command.allCases)
        for b in Keymap.bindings { #expect(all.contains(b.command), "\(b)") }
        // Each command's `command` wraps it in its own feature's case.
        for c in Command.allCases { #expect(c.owned.command == c) }
    }

    @Test func noTwoBindingsOfAContextClaimTheSameKey() {
        var seen: [String: Command] = [:]
        for b in Keymap.bindings {
            let slot = "\(b.context)/\(b.key)"
            #expect(seen[slot] == nil, "\(slot): \(seen[slot].map { "\($0)" } ?? "") and \(b.command)")
            seen[slot] = b.command
        }
    }

    /// A context's own key hides a shared one (panes, pages) only where intended and listed.
    @Test func aContextHidesASharedKeyOnlyWhereIntended() {
        var hidden: [String] = []
        for ctx in Self.contexts {
            guard let shared = Keymap.shared(under: ctx) else { continue }
            for b in Keymap.bindings where b.context == shared {
                if let own = Keymap.command(for: b.key, in: ctx), own != b.command {
                    hidden.append("\(ctx) \(Keymap.name(of: b.key, .en)): \(own.en)")
                }
            }
        }
        // None today: a context that takes a shared key for something else lists it here, with why.
        let intended: [String] = []
        #expect(hidden.sorted() == intended)
    }

    @Test func helpListsEveryKeyOfEveryContextAndNothingElse() {
        for ctx in Self.contexts {
            let entries = Keymap.entries(for: ctx)
            for k in Self.allKeys {
                let listed = entries.first { $0.keys.contains(k) }
                #expect(listed?.command == Keymap.command(for: k, in: ctx), "\(ctx) \(k)")
            }
            #expect(Set(entries.map(\.command)).count == entries.count, "\(ctx): a command listed twice")
        }
    }

    @Test func eachContextsHintBarHasOneOwner() {
        var owners: [KeyContext: Int] = [:]
        for f in Keymap.features { for ctx in f.hints.keys { owners[ctx, default: 0] += 1 } }
        for (ctx, n) in owners { #expect(n == 1, "\(ctx): hint bar declared by \(n) features") }
    }

    @Test func theHintBarOffersOnlyCommandsBoundWhereItShowsThem() {
        for ctx in Self.contexts {
            for c in HintBar.commands(for: ctx) {
                #expect(Keymap.entries(for: ctx).contains { $0.command == c }, "\(ctx): \(c)")
            }
        }
    }

    @Test func helpPutsEachFeaturesKeysUnderItsTitleThePagesOwnFirst() {
        var app = Fixture.app()
        app.press(.char("r"), .char("?"))
        let lines = HelpView.lines(app)
        let titles = lines.filter(\.isTitle).map(\.keys)
        #expect(titles == ["Đánh giá cuối năm", "Chung", "Thanh thực đơn"])
        let review = lines.firstIndex { $0.isTitle && $0.keys == "Đánh giá cuối năm" }!
        #expect(lines[review + 1].keys == "1" && lines[review + 1].what == "Hoàn thành xuất sắc")
        // F2 on the review is the review's key, though the command is the assignments'.
        let general = lines.firstIndex { $0.isTitle && $0.keys == "Chung" }!
        #expect(lines[review..<general].contains { $0.what == "Thêm phân công" })
    }

    /// The router reaches every feature's `run` from the panes and from each page: no command
    /// crashes or leaves a screen that cannot be drawn, and one not meant for the screen is
    /// ignored there.
    @Test func everyCommandRunsFromThePanesAndEveryPage() {
        for opener in [[], [Key.char("b")], [.char("r")], [.char("H")], [.char("Q")], [.tab, .char("?")]] {
            for c in Command.allCases {
                var app = Fixture.app()
                app.press(.down)
                for k in opener { app.press(k) }
                _ = app.reduce(.command(c))
                #expect(app.screen.count == 24, "\(opener) \(c)")
            }
        }
        // A page command off its page does nothing.
        var app = Fixture.app()
        let before = app
        #expect(app.reduce(.command(.meeting(.markPresent))).isEmpty)
        #expect(app == before)
    }

    /// The open page has first say: a page it does not take opens over it, and while it asks
    /// yes/no it takes every command (nothing else runs until it is answered).
    @Test func theOpenPageHasFirstSay() throws {
        var app = Fixture.app()
        app.press(.down, .char("b"))
        #expect(app.keyContext == .dashboard)
        _ = app.reduce(.command(.review(.openReview)))
        #expect(app.keyContext == .review)
        try performCommit(&app, app.press(.char("2")))
        #expect(app.press(.up, .delete).isEmpty)
        #expect(app.keyContext == .confirm)
        let asking = app
        #expect(app.reduce(.command(.dashboard(.openDashboard))).isEmpty)
        #expect(app == asking)
        app.press(.char("k"))
        #expect(app.keyContext == .review)
    }
}
