extension Report {
    /// Members with an assignment in force not evaluated for the year, grouped by cell in
    /// subtree order (`cells`: each position's path below the node). Names come in
    /// Vietnamese order within a cell while the whole list is at most `nameLimit` long,
    /// in record order (by id) beyond that; a scan has them read in table order then.
    static func notEvaluatedList(_ state: State, _ tally: ReportTally, cells: [String], nameLimit: Int) -> [MemberRef] {
        let unevaluated = tally.unevaluated
        if unevaluated.count > nameLimit, let names = tally.names {
            return names.read(state, unevaluated, cells: cells)
        }
        var list: [MemberRef] = []
        list.reserveCapacity(unevaluated.count)
        var start = 0
        while start < unevaluated.count {
            var end = start
            while end < unevaluated.count && unevaluated[end].pos == unevaluated[start].pos { end += 1 }
            let cell = cells[unevaluated[start].pos]
            let ids = unevaluated[start..<end].map(\.id)
            let sortNames = ids.count > 1 && unevaluated.count <= nameLimit
            for id in sortNames ? state.sortByName(ids) : ids {
                list.append(MemberRef(id: id, name: state.members[id]!.fullName, cell: cell))
            }
            start = end
        }
        return list
    }
}
