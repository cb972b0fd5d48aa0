import GLPK

/// A feasible plan found early, to offer a MIP search as its first incumbent
/// (`SolverOptions.start`), so that a plan exists even when the search is stopped.
///
/// 1. Solve the LP relaxation.
/// 2. Round the classes, hires and seats added up (classes down on a second try, if
///    rounding up leaves no room for the students the classes must hold), fix them,
///    and bound each intake to what its classes hold (`minFill·classSize·c … classSize·c`).
/// 3. Solve the LP again for the rest; round intake and short-course places down
///    (never below their bounds): fewer students and trainees only free seats and
///    teachers, so every hard row still holds.
/// 4. Fix those too and solve for the teachers on rotation (a small integer program:
///    only they are still free), which gives the plan.
///
/// Shortfalls are continuous and targets soft, so a plan found this way satisfies every
/// row; what it gives up is cost.
struct RoundingStart {
    /// The school's (or the whole) scenario whose model this is.
    let scenario: Scenario
    /// The model's variables by planning key.
    let built: PlanningModel

    /// What a rounding produced.
    struct Outcome: Sendable {
        /// One value per variable of the model, or `nil` when no plan was found.
        var values: [Double]?
        /// The LP relaxation's objective (a lower bound on the model's), if it was solved.
        var relaxation: Double?
        /// Seconds spent.
        var seconds: Double
    }

    /// Finds a plan for `model`, whose first variables are ``built``'s (a model may add
    /// continuous variables after them).
    /// - Parameter timeLimit: a limit on each of the solves, in seconds.
    func run(on model: Model, timeLimit: Double) throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double { Planner.seconds(clock.now - started) }
        var relax = SolverOptions()
        relax.relaxIntegrality = true
        relax.method = .dualSimplex
        relax.timeLimit = timeLimit
        relax.verbosity = .errors
        let lp = try model.solve(relax)
        guard lp.status == .optimal else { return Outcome(values: nil, relaxation: nil, seconds: elapsed()) }
        for roundUp in [true, false] {
            var fixed = model
            try fixDecisions(&fixed, lp: lp.values, roundUp: roundUp)
            let second = try fixed.solve(relax)
            guard second.status == .optimal else { continue }
            try fixRest(&fixed, values: second.values)
            var last = SolverOptions()
            last.timeLimit = timeLimit
            last.mipGap = 0.01
            last.verbosity = .errors
            let plan = try fixed.solve(last)
            if plan.status.hasSolution {
                return Outcome(values: plan.values, relaxation: lp.objectiveValue, seconds: elapsed())
            }
        }
        return Outcome(values: nil, relaxation: lp.objectiveValue, seconds: elapsed())
    }

    /// Step 2: classes, hires and seats added rounded and fixed; intake bounded by its classes.
    private func fixDecisions(_ model: inout Model, lp: [Double], roundUp: Bool) throws {
        let index = ScenarioIndex(scenario)
        for o in index.offerings {
            let p = o.programme
            for y in index.years {
                let key = PlanningModel.key(p.id, o.level.id, y)
                guard let x = built.intake[key], let c = built.classes[key] else { continue }
                let most = (model.upperBounds[c.index] + 1e-9).rounded(.down)
                var classes = min(roundUp ? (lp[c.index] - 1e-6).rounded(.up) : (lp[c.index] + 1e-6).rounded(.down), most)
                classes = max(classes, 0)
                var low = 0.0, high = 0.0
                while true {
                    low = (p.minFill * p.classSize * classes - 1e-9).rounded(.up)
                    high = min((p.classSize * classes + 1e-9).rounded(.down), (model.upperBounds[x.index] + 1e-9).rounded(.down))
                    if low <= high || classes <= 0 { break }
                    classes -= 1
                }
                if classes <= 0 { classes = 0; low = 0; high = 0 }
                try model.setBounds(of: c, lowerBound: classes, upperBound: classes)
                try model.setBounds(of: x, lowerBound: low, upperBound: high)
            }
        }
        for table in [built.hires, built.expansion] {
            for v in table.values {
                let most = (model.upperBounds[v.index] + 1e-9).rounded(.down)
                let value = max(0, min((lp[v.index] - 1e-6).rounded(.up), most))
                try model.setBounds(of: v, lowerBound: value, upperBound: value)
            }
        }
    }

    /// Step 3: intake and short-course places rounded down within their bounds, and fixed.
    private func fixRest(_ model: inout Model, values: [Double]) throws {
        for table in [built.intake, built.training] {
            for v in table.values {
                let low = model.lowerBounds[v.index], high = model.upperBounds[v.index]
                let value = min(max((values[v.index] + 1e-6).rounded(.down), low), high)
                try model.setBounds(of: v, lowerBound: value, upperBound: value)
            }
        }
    }
}
