import GLPK

/// Improves a feasible plan of a planning model by re-optimising one part of it at a
/// time with the rest fixed ("fix most, re-optimise a little"):
///
/// 1. **Where the relaxation disagrees** (relaxation-induced neighbourhood search): the
///    whole-number decisions on which the plan and the LP relaxation agree stay fixed;
///    the others are searched again.
/// 2. **A window of years**: every decision of two consecutive planning years is free,
///    the rest fixed; the window slides from the first year to the last.
/// 3. **A school**: every decision of one school (its programme levels, short courses,
///    teacher groups and seats) is free, the rest fixed.
///
/// Each part is a small integer program, searched by GLPK from the current plan (which
/// stays feasible in it, so the search can only improve on it) to a node limit; a
/// better plan replaces the current one at once. Node limits, not times, stop each
/// search, so the same model and plan give the same result on any machine (unless the
/// caller's deadline stops the improvement early). Shortfalls and other continuous
/// columns are never fixed.
struct LocalImprovement {
    /// The scenario's look-ups.
    let index: ScenarioIndex
    /// The model's decision variables (the first columns of the model improved).
    let built: PlanningModel
    /// Nodes each part's search may take.
    var nodeLimit = 200
    /// Passes over every part (a pass that improves nothing ends the improvement).
    var passes = 2
    /// A stop request: once requested, no new search starts, and the running one ends
    /// with its best plan.
    var interruption: SolveInterruption? = nil

    /// One part: a name for the report and the columns it frees.
    struct Part: Sendable {
        /// What it frees, in planners' words (`years 2022–2023`, `school xn_tech`, …).
        var name: String
        /// The columns it frees.
        var columns: [Int]
    }

    /// What the improvement did.
    struct Outcome: Sendable {
        /// The plan: one value per column of the model.
        var values: [Double]
        /// Its objective.
        var objective: Double
        /// The parts whose search improved the plan, in order.
        var improvedBy: [String]
        /// Searches run.
        var searches: Int
    }

    /// Improves `plan`, a feasible plan of `model`.
    /// - Parameters:
    ///   - relaxation: the LP relaxation's values, for the first part (skipped without).
    ///   - bound: a lower bound on every plan's objective (the relaxation's), and
    ///   - goal: a relative gap to it at which the plan is good enough: the improvement
    ///     stops there (the search that follows proves such a gap at once).
    ///   - deadline: when to stop starting new searches, if any.
    func improve(
        _ model: Model, plan: [Double], relaxation: [Double]?, bound: Double? = nil, goal: Double? = nil,
        deadline: ContinuousClock.Instant?
    ) throws -> Outcome {
        let integers = model.variableKinds.indices.filter { model.variableKinds[$0] != .continuous }
        var values = plan
        for j in integers { values[j] = values[j].rounded() }
        var objective = model.objective.evaluate(values)
        var improvedBy: [String] = []
        var searches = 0
        let clock = ContinuousClock()
        func goodEnough() -> Bool {
            guard let bound, let goal else { return false }
            return (objective - bound) / (abs(objective) + Double.ulpOfOne) <= goal
        }
        for _ in 0..<passes {
            var improved = false
            for part in parts(model, integers: integers, plan: values, relaxation: relaxation) {
                if goodEnough() {
                    return Outcome(values: values, objective: objective, improvedBy: improvedBy, searches: searches)
                }
                if interruption?.isRequested == true {
                    return Outcome(values: values, objective: objective, improvedBy: improvedBy, searches: searches)
                }
                if let deadline, clock.now >= deadline {
                    return Outcome(values: values, objective: objective, improvedBy: improvedBy, searches: searches)
                }
                searches += 1
                guard
                    let better = try search(
                        model, part, integers: integers, plan: values, objective: objective, deadline: deadline)
                else { continue }
                values = better.values
                objective = better.objective
                improvedBy.append(part.name)
                improved = true
            }
            if !improved { break }
        }
        return Outcome(values: values, objective: objective, improvedBy: improvedBy, searches: searches)
    }

    /// The parts of a pass, in order: the relaxation's disagreements, the year windows,
    /// the schools.
    func parts(_ model: Model, integers: [Int], plan: [Double], relaxation: [Double]?) -> [Part] {
        var parts: [Part] = []
        if let relaxation {
            let differ = integers.filter { abs(plan[$0] - relaxation[$0]) > 1e-6 }
            if !differ.isEmpty && differ.count < integers.count {
                parts.append(Part(name: "where the LP relaxation differs", columns: differ))
            }
        }
        guard let grid = built.grid else { return parts }
        let years = index.years
        let tables = [grid.intake, grid.classes, grid.training, grid.hires, grid.rotation, grid.expansion]
        if years.count > 2 {
            for t in 0..<(years.count - 1) {
                var columns = tables.flatMap { table in
                    table.flatMap { row in [row[t], row[t + 1]].compactMap { $0?.index } }
                }
                // The technician-college extension's high-level places and qualifications.
                for window in [years[t], years[t + 1]] {
                    for p in index.scenario.programmes {
                        if let v = built.highTraining[PlanningModel.key(p.id, window)] { columns.append(v.index) }
                    }
                    for g in index.scenario.groups {
                        if let v = built.qualification[PlanningModel.key(g.id, window)] { columns.append(v.index) }
                    }
                }
                parts.append(Part(name: "years \(years[t])–\(years[t + 1])", columns: columns))
            }
        }
        let schools = index.scenario.schools
        if schools.count > 1 {
            for school in schools {
                var columns: [Int] = []
                for o in index.offerings(ofSchool: school.id) {
                    columns +=
                        grid.intake[o.ordinal].compactMap { $0?.index }
                        + grid.classes[o.ordinal].compactMap { $0?.index }
                }
                for p in index.programmes(ofSchool: school.id) {
                    if let n = index.programmeOrdinals[p.id] { columns += grid.training[n].compactMap { $0?.index } }
                    columns += years.compactMap { built.highTraining[PlanningModel.key(p.id, $0)]?.index }
                }
                for g in index.scenario.groups where g.school == school.id {
                    if let n = index.groupOrdinals[g.id] {
                        columns += grid.hires[n].compactMap { $0?.index } + grid.rotation[n].compactMap { $0?.index }
                    }
                    columns += years.compactMap { built.qualification[PlanningModel.key(g.id, $0)]?.index }
                }
                if let n = index.schoolOrdinals[school.id] { columns += grid.expansion[n].compactMap { $0?.index } }
                parts.append(Part(name: "school \(school.id)", columns: columns))
            }
        }
        return parts
    }

    /// Searches one part from the plan; the better plan, if the search found one.
    private func search(
        _ model: Model, _ part: Part, integers: [Int], plan: [Double], objective: Double,
        deadline: ContinuousClock.Instant?
    ) throws -> (values: [Double], objective: Double)? {
        var sub = model
        var free = [Bool](repeating: false, count: model.variableCount)
        for j in part.columns { free[j] = true }
        for j in integers where !free[j] {
            try sub.setBounds(of: Variable(index: j), lowerBound: plan[j], upperBound: plan[j])
        }
        var options = SolverOptions()
        options.mipGap = 0
        options.nodeLimit = nodeLimit
        options.cuts = true
        options.verbosity = .errors
        options.start = plan
        options.interruption = interruption
        if let deadline {
            let left = (deadline - ContinuousClock().now) / .seconds(1)
            guard left > 0 else { return nil }
            options.timeLimit = left
        }
        let solution = try sub.solve(options)
        guard solution.status.hasSolution, let value = solution.objectiveValue,
            value < objective - 1e-9 * max(1, abs(objective))
        else { return nil }
        var values = solution.values
        for j in integers { values[j] = values[j].rounded() }
        return (values, model.objective.evaluate(values))
    }
}
