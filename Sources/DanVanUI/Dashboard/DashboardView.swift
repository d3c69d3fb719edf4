import DanVanCore

/// The dashboard: headline figures in the seed style, bar charts of target groups, places
/// and evaluations, and the table of child units.
enum DashboardView {
    static let partials = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `value/max` of `width` columns in eighths of a block, rounded half-up.
    static func bar(_ value: Int, of max: Int, width: Int) -> String {
        guard max > 0, width > 0, value > 0 else { return "" }
        let eighths = Int((Int64(min(value, max)) * Int64(width) * 16 + Int64(max)) / (2 * Int64(max)))
        return String(repeating: "█", count: eighths / 8) + (eighths % 8 > 0 ? partials[eighths % 8 - 1] : "")
    }

    /// Rows of a bar chart: label, bar and value columns sized for `width`.
    static func chart(_ rows: [(label: String, value: Int, text: String)], max: Int, width: Int) -> [PageLine] {
        let labelW = min(28, Swift.max(8, width / 3), (rows.map { VietText.width($0.label) }.max() ?? 0))
        let valueW = rows.map { VietText.width($0.text) }.max() ?? 0
        let barW = Swift.max(4, width - 1 - labelW - valueW - 3)
        return rows.map { r in
            PageLine([(" " + VietText.pad(r.label, to: labelW) + " ", Style(.normal)),
                      (VietText.pad(bar(r.value, of: max, width: barW), to: barW), Style(.barFill)),
                      (" " + VietText.pad(r.text, to: valueW, alignRight: true), Style(.normal))])
        }
    }

    static func heading(_ s: String) -> PageLine { PageLine(" " + s, Style(.header, bold: true)) }

    static func lines(_ r: Report, width: Int, lang: Lang) -> [PageLine] {
        let t = { (s: Strings.Meet) in s.text(lang) }
        let n = { NumberFormat.count($0, lang) }
        var out: [PageLine] = []
        // Headline, as reports write it.
        for s in r.headline.sentences(lang) {
            for l in VietText.wrap(s, to: Swift.max(10, width - 2)) { out.append(PageLine(" " + l)) }
        }
        out.append(.blank)
        let c = r.counts
        out += chart([
            (t(.dashAssigned), c.assigned, NumberFormat.fraction(c.assigned, c.eligible, lang) + "  "
                + VietText.pad(NumberFormat.percent(c.assigned, c.eligible, lang), to: 6, alignRight: true)),
            (t(.dashSelfRegistered), c.selfRegistered, NumberFormat.fraction(c.selfRegistered, c.eligible, lang) + "  "
                + VietText.pad(NumberFormat.percent(c.selfRegistered, c.eligible, lang), to: 6, alignRight: true)),
        ], max: c.eligible, width: width)
        out.append(.blank)

        out.append(heading(t(.dashTargetGroups)))
        let groups = r.byTargetGroup.filter { $0.assignments > 0 }
        if groups.isEmpty { out.append(PageLine("   " + t(.dashNone), Style(.dim))) }
        out += chart(groups.map {
            ($0.group.label(lang), $0.assignments,
             "\(n($0.assignments)) · \(n($0.members)) \(t(.dashMembersShort)) · \(n($0.households)) \(t(.dashHouseholdsShort))")
        }, max: groups.map(\.assignments).max() ?? 0, width: width)
        out.append(.blank)

        out.append(heading(t(.dashPlaces)))
        let places = Place.allCases.map { p in (p.label(lang), r.byPlace.count(p), "") }
        out += chart(places.map { ($0.0, $0.1, n($0.1) + "  " + VietText.pad(NumberFormat.percent($0.1, r.byPlace.total, lang), to: 6, alignRight: true)) },
                     max: r.byPlace.total, width: width)
        out.append(.blank)

        out.append(heading("\(t(.dashEvaluations)) \(r.year)"))
        let levels: [EvaluationLevel?] = EvaluationLevel.allCases.map { $0 } + [nil]
        let e = r.evaluations
        out += chart(levels.map { l in
            (l?.label(lang) ?? t(.dashNotEvaluated), e.count(l),
             n(e.count(l)) + "  " + VietText.pad(NumberFormat.percent(e.count(l), e.total, lang), to: 6, alignRight: true))
        }, max: e.total, width: width)

        if !r.children.isEmpty {
            out.append(.blank)
            out.append(heading(t(.dashChildren)))
            let numW = 9, pctW = 7
            let nameW = max(8, width - 1 - 3 * (numW + 1) - 2 * (pctW + 1))
            func row(_ cols: [String]) -> String {
                " " + VietText.pad(cols[0], to: nameW) + " " + VietText.pad(cols[1], to: numW, alignRight: true) + " "
                    + VietText.pad(cols[2], to: numW, alignRight: true) + " " + VietText.pad(cols[3], to: pctW, alignRight: true) + " "
                    + VietText.pad(cols[4], to: numW, alignRight: true) + " " + VietText.pad(cols[5], to: pctW, alignRight: true)
            }
            out.append(PageLine(row([t(.dashColUnit), t(.dashColEligible), t(.dashColAssigned), "%", t(.dashColSelf), "%"]),
                                Style(.header)))
            for ch in r.children {
                let k = ch.counts
                out.append(PageLine(row([ch.name, n(k.eligible), n(k.assigned), NumberFormat.percent(tenths: ch.assignedTenths, lang),
                                         n(k.selfRegistered), NumberFormat.percent(tenths: ch.selfRegisteredTenths, lang)])))
            }
        }

        out.append(.blank)
        out.append(heading(t(.dashOther)))
        let m = r.masses
        out.append(PageLine(" " + t(.dashMasses) + ": " + "\(n(m.introduced)) · \(n(m.inClass)) · \(n(m.admitted))"
            + " (\(t(.dashCumulative)) \(n(m.introducedTotal)) · \(n(m.inClassTotal)) · \(n(m.admittedTotal)))"))
        out.append(PageLine(" " + t(.dashModels) + ": " + n(r.models.total) + " ("
            + ModelStage.allCases.map { "\($0.label(lang)) \(n(r.models.count(stage: $0)))" }.joined(separator: ", ") + ")"))
        out.append(PageLine(" " + t(.dashMeetings) + ": " + n(r.meetings.held) + " · " + t(.dashAttendance) + " "
            + NumberFormat.fraction(r.meetings.present, r.meetings.expected, lang) + " "
            + NumberFormat.percent(tenths: r.meetings.attendanceTenths, lang)))
        return out
    }

    static func draw(_ d: DashboardPage, state: AppState, into canvas: inout Canvas) {
        let lang = state.lang
        let title = "\(Strings.Meet.dashTitle.text(lang)) — \(state.data.orgs[d.org]?.name ?? "") · \(state.year)"
        canvas.putPadded(" " + title, x: 0, y: 1, width: state.width, style: Style(.paneBorderFocused, bold: true))
        guard let r = d.report else { return }
        PageBody.draw(lines(r, width: state.width, lang: lang), scroll: d.scroll, state: state, into: &canvas)
    }
}
