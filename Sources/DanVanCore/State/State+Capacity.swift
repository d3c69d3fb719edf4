extension State {
    /// Makes room for this many more records at once, so that a large batch of additions
    /// (an import, a bundle) fills the tables without regrowing them, and moving every
    /// record, a dozen times on the way.
    public mutating func reserveCapacity(addingOrgs orgs: Int = 0, members: Int = 0, assignments: Int = 0) {
        if orgs > 0 { self.orgs.reserveCapacity(self.orgs.count + orgs) }
        if members > 0 {
            self.members.reserveCapacity(self.members.count + members)
            cardIndex.reserveCapacity(cardIndex.count + members)
        }
        if assignments > 0 {
            self.assignments.reserveCapacity(self.assignments.count + assignments)
            assignmentsIndex.reserveCapacity(assignmentsIndex.count + assignments)
        }
    }

    /// Room for the records that `ops` add.
    mutating func reserveCapacity(for ops: [Op]) {
        var orgs = 0, members = 0, assignments = 0
        for op in ops {
            switch op.change {
            case .addOrg: orgs += 1
            case .addMember: members += 1
            case .addAssignment: assignments += 1
            default: break
            }
        }
        // Small batches grow the tables as usual; reserving would only round capacities up.
        guard orgs + members + assignments >= 1024 else { return }
        reserveCapacity(addingOrgs: orgs, members: members, assignments: assignments)
    }
}
