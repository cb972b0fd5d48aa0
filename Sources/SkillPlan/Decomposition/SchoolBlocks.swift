import GLPK

/// The model of a scenario in blocks: one model per school, built by ``ModelBuilder``
/// from the school's own scenario (``SchoolSplit``), and the rows of the coupling
/// targets split by school.
///
/// The coupling rows are made by the same target code as the whole model's
/// (`TargetRows`, on the whole scenario's index), over a model that holds every
/// school's variables side by side; ``wholeModel()`` adds every school's rows to it and
/// is the same integer program as `ModelBuilder(scenario:).build()`, row for row, in
/// another order, built school by school.
struct SchoolBlocks: Sendable {
    /// The split.
    let split: SchoolSplit
    /// Each school's model, in the order of ``SchoolSplit/schools``.
    let models: [PlanningModel]
    /// The position of each school's first variable in the side-by-side model.
    let offsets: [Int]
    /// The coupling rows.
    let rows: [CouplingRow]
    /// The side-by-side model: every school's variables (appended in bulk), then the
    /// coupling rows with their shortfalls; its objective prices the shortfalls only.
    let joint: PlanningModel
    /// The number of variables of all schools together.
    let schoolVariables: Int

    /// Builds every school's model on `jobs` threads, then the coupling rows; `finished`
    /// is called after each school's model with the number built so far.
    static func build(_ split: SchoolSplit, jobs: Int, finished: (@Sendable (Int) -> Void)? = nil) throws
        -> SchoolBlocks
    {
        let schools = split.schools
        let models = try WorkerPool.map(count: schools.count, jobs: jobs, finished: finished) { n in
            try ModelBuilder(scenario: schools[n]).build()
        }
        var offsets: [Int] = []
        var total = 0
        for built in models {
            offsets.append(total)
            total += built.model.variableCount
        }
        var joint = PlanningModel(model: Model(name: split.scenario.name))
        joint.model.reserveCapacity(variables: total + 1_000, constraints: 1_000, nonzeros: 100_000)
        for (n, built) in models.enumerated() {
            try joint.model.appendVariables(of: built.model)
            func shifted(_ table: [String: Variable]) -> [String: Variable] {
                table.mapValues { Variable(index: $0.index + offsets[n]) }
            }
            joint.intake.merge(shifted(built.intake)) { a, _ in a }
            joint.classes.merge(shifted(built.classes)) { a, _ in a }
            joint.training.merge(shifted(built.training)) { a, _ in a }
            joint.hires.merge(shifted(built.hires)) { a, _ in a }
            joint.rotation.merge(shifted(built.rotation)) { a, _ in a }
            joint.expansion.merge(shifted(built.expansion)) { a, _ in a }
            joint.highTraining.merge(shifted(built.highTraining)) { a, _ in a }
            joint.qualification.merge(shifted(built.qualification)) { a, _ in a }
        }
        let index = ScenarioIndex(split.scenario)
        joint.grid = jointGrid(index: index, models: models, offsets: offsets)
        var cost = LinearExpression()
        let targets = TargetRows(index: index)
        var rows: [CouplingRow] = []
        for target in split.coupling {
            let first = joint.model.constraintCount
            try targets.add(target, to: &joint, cost: &cost)
            for r in first..<joint.model.constraintCount {
                let constraint = Constraint(index: r)
                var terms = Array(repeating: SchoolTerms(), count: models.count)
                for (variable, coefficient) in try joint.model.terms(of: constraint) where variable.index < total {
                    let school = Self.school(of: variable.index, offsets: offsets)
                    terms[school].indices.append(Int32(variable.index - offsets[school]))
                    terms[school].coefficients.append(coefficient)
                }
                rows.append(
                    CouplingRow(
                        target: target.id, name: try joint.model.name(of: constraint),
                        bound: joint.model.constraintLowerBounds[r], weight: target.weight, terms: terms))
            }
        }
        try joint.model.setObjective(cost, sense: .minimize)
        return SchoolBlocks(
            split: split, models: models, offsets: offsets, rows: rows, joint: joint, schoolVariables: total)
    }

    /// The side-by-side model's variables by the whole scenario's positions, taken from
    /// each school's grid, so that the coupling rows find their variables by position
    /// rather than by a key built from strings. A school's scenario keeps the whole one's
    /// order of programmes, levels and groups (``SchoolSplit``), so the school's `k`-th
    /// programme level is the `k`-th of its school in the whole index. `nil` (look-ups by
    /// key) if a school's model has no grid or a different shape.
    static func jointGrid(index: ScenarioIndex, models: [PlanningModel], offsets: [Int]) -> PlanningModel.VariableGrid?
    {
        let scenario = index.scenario
        guard models.count == scenario.schools.count else { return nil }
        func empty(_ count: Int) -> [[Variable?]] {
            Array(repeating: Array(repeating: nil, count: index.years.count), count: count)
        }
        var grid = PlanningModel.VariableGrid(
            intake: empty(index.offerings.count), classes: empty(index.offerings.count),
            training: empty(scenario.programmes.count),
            hires: empty(scenario.groups.count), rotation: empty(scenario.groups.count),
            expansion: empty(scenario.schools.count))
        let groupsBySchool = Dictionary(grouping: scenario.groups.indices, by: { scenario.groups[$0].school })
        for (n, school) in scenario.schools.enumerated() {
            guard let local = models[n].grid else { return nil }
            func shifted(_ row: [Variable?]) -> [Variable?] {
                row.map { $0.map { Variable(index: $0.index + offsets[n]) } }
            }
            let offerings = index.offerings(ofSchool: school.id)
            let programmes = index.programmes(ofSchool: school.id)
            let groups = groupsBySchool[school.id] ?? []
            guard local.intake.count == offerings.count, local.training.count == programmes.count,
                local.hires.count == groups.count, local.expansion.count == 1
            else { return nil }
            for (k, o) in offerings.enumerated() {
                grid.intake[o.ordinal] = shifted(local.intake[k])
                grid.classes[o.ordinal] = shifted(local.classes[k])
            }
            for (k, p) in programmes.enumerated() {
                guard let whole = index.programmeOrdinals[p.id] else { return nil }
                grid.training[whole] = shifted(local.training[k])
            }
            for (k, g) in groups.enumerated() {
                grid.hires[g] = shifted(local.hires[k])
                grid.rotation[g] = shifted(local.rotation[k])
            }
            grid.expansion[n] = shifted(local.expansion[0])
        }
        return grid
    }

    /// The school whose block holds a variable of the side-by-side model.
    static func school(of index: Int, offsets: [Int]) -> Int {
        var low = 0, high = offsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if offsets[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The whole scenario's model: the side-by-side model with every school's rows and
    /// objective added.
    func wholeModel() throws -> PlanningModel {
        var whole = joint
        var objective = joint.model.objective
        for (n, built) in models.enumerated() {
            let m = built.model
            try whole.model.appendConstraints(of: m, variableOffset: offsets[n])
            for (j, coefficient) in m.objectiveCoefficients.enumerated() where coefficient != 0 {
                objective.add(coefficient, Variable(index: j + offsets[n]))
            }
            objective.constant += m.objectiveConstant
        }
        for (id, variables) in joint.shortfalls { whole.shortfalls[id] = variables }
        for (n, built) in models.enumerated() {
            for (id, variables) in built.shortfalls {
                whole.shortfalls[id, default: []] += variables.map { Variable(index: $0.index + offsets[n]) }
            }
        }
        try whole.model.setObjective(objective, sense: .minimize)
        return whole
    }
}
