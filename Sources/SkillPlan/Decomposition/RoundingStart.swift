import GLPK

/// A feasible plan found early, to offer a MIP search as its first incumbent
/// (`SolverOptions.start`), so that a plan exists even when the search is stopped.
///
/// 1. Solve the LP relaxation.
/// 2. Round the classes in rounds (a short dive): first those the LP already opens in
///    whole numbers or nearly, to the nearest; then year by year the rest, each up or
///    down as a small integer program decides (only that year's class counts whole, the
///    later years still relaxed: relax and fix along the cohort flow); bound each intake
///    to what its classes hold (`minFill·classSize·c … classSize·c`) and solve the LP
///    again after each round, with hires and seats added still free, so they can carry
///    the classes rounded up. Should that program find nothing, the year's classes are
///    rounded up, or, when the LP cannot carry that, down: fewer classes only lower the
///    students and teaching hours they bring, so that always fits. In a later phase,
///    whose held shortfall can leave neither room, every class is taken as the phase's
///    known plan (the previous phase's) has it.
/// 3. Round the hires and seats added up (more capacity never breaks a row), fix them,
///    and solve the LP again for intake, short courses and rotation. The hires of a group
///    that plans qualification are left to step 4: a hire can lower its qualified share.
/// 4. Round intake and short-course places down, never below their bounds: fewer
///    students and trainees only free seats and teachers. Fix them and solve for the
///    teachers on rotation (a small integer program: only they are still free). When no
///    whole number of teachers on rotation fits (teaching tight, as with no hires), the
///    short courses are searched with them, then the intake too (within its classes).
///    High-level places, qualifications and the qualifying groups' hires are always
///    searched there: rounded on their own, they could lose a college target's shortfall
///    that a later phase holds.
///
/// Shortfalls are continuous and targets soft, so a plan found this way satisfies every
/// row; what it gives up is cost.
struct RoundingStart {
    /// The school's (or the whole) scenario whose model this is.
    let scenario: Scenario
    /// The model's variables by planning key.
    let built: PlanningModel
    /// A stop request: every solve of the rounding checks it (a stopped rounding finds no plan).
    var interruption: SolveInterruption? = nil

    /// What a rounding produced.
    struct Outcome: Sendable {
        /// One value per variable of the model, or `nil` when no plan was found.
        var values: [Double]?
        /// The LP relaxation's objective (a lower bound on the model's), if it was solved.
        var relaxation: Double?
        /// The LP relaxation's values, if it was solved.
        var relaxationValues: [Double]? = nil
        /// Seconds spent.
        var seconds: Double
    }

    /// A class variable with the intake it holds and its programme's class rules.
    private struct ClassPair {
        var year: Int
        var classes: Variable
        var intake: Variable
        var size: Double
        var minFill: Double
    }

    /// Finds a plan for `model`, whose first variables are ``built``'s (a model may add
    /// continuous variables after them).
    /// - Parameters:
    ///   - timeLimit: a limit on each of the solves, in seconds.
    ///   - fallback: a plan of `model` already known (a later phase's start): its classes
    ///     are taken when no rounding of the relaxation's fits.
    func run(on model: Model, timeLimit: Double, fallback: [Double]? = nil) throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double { (clock.now - started) / .seconds(1) }
        var relax = SolverOptions()
        relax.relaxIntegrality = true
        relax.method = .dualSimplex
        relax.timeLimit = timeLimit
        relax.verbosity = .errors
        relax.interruption = interruption
        let lp = try model.solve(relax)
        guard lp.status == .optimal else { return Outcome(values: nil, relaxation: nil, seconds: elapsed()) }
        var fixed = model
        var values = lp.values
        var open = pairs()
        // First the classes the LP opens in whole numbers or nearly; then, year by year,
        // the rest rounded up (applicants are worth more than a class costs), or down
        // when the LP cannot carry them up.
        let rounds = [nil] + ScenarioIndex(scenario).years.map { Optional($0) }
        for year in rounds {
            let chosen = open.filter { pair in
                let value = values[pair.classes.index]
                return year.map { pair.year == $0 } ?? (abs(value - value.rounded()) <= 0.1)
            }
            guard !chosen.isEmpty else { continue }
            if year != nil,
                let chosenValues = try chooseRounding(chosen, in: fixed, values: values, timeLimit: timeLimit)
            {
                // The year's classes each rounded up or down, as a small integer program
                // decides with the later years still relaxed (relax and fix).
                var attempt = fixed
                for pair in chosen { try fix(pair, in: &attempt, classes: chosenValues[pair.classes.index]) }
                let solution = try attempt.solve(relax)
                if solution.status == .optimal {
                    fixed = attempt
                    values = solution.values
                    let done = Set(chosen.map(\.classes.index))
                    open.removeAll { done.contains($0.classes.index) }
                    continue
                }
            }
            var attempt = fixed
            for pair in chosen {
                let value = values[pair.classes.index]
                try fix(pair, in: &attempt, classes: year == nil ? value.rounded() : (value - 1e-6).rounded(.up))
            }
            var solution = try attempt.solve(relax)
            if solution.status != .optimal {
                attempt = fixed
                for pair in chosen {
                    try fix(pair, in: &attempt, classes: (values[pair.classes.index] + 1e-6).rounded(.down))
                }
                solution = try attempt.solve(relax)
                if solution.status != .optimal, let fallback {
                    // The rows a later phase holds (a shortfall at its whole-number
                    // optimum) can leave no rounding of the relaxation's classes room:
                    // every class then as the plan already known has it (it holds them).
                    attempt = model
                    for pair in pairs() { try fix(pair, in: &attempt, classes: fallback[pair.classes.index].rounded()) }
                    solution = try attempt.solve(relax)
                    open.removeAll()
                }
                guard solution.status == .optimal else {
                    return Outcome(
                        values: nil, relaxation: lp.objectiveValue, relaxationValues: lp.values, seconds: elapsed())
                }
            }
            fixed = attempt
            values = solution.values
            let done = Set(chosen.map(\.classes.index))
            open.removeAll { done.contains($0.classes.index) }
        }
        // The hires of a group that plans qualification stay whole-number decisions of the
        // last search: a hire raises the headcount by one and the qualified teachers only by
        // the qualified share of hires, so rounding them up can lower the qualified share
        // below what the phase holds (the technician-college extension).
        for (n, table) in [built.hires, built.expansion].enumerated() {
            for (key, v) in table {
                // A hire and a qualification of the same group and year share their key.
                if n == 0, built.qualification[key] != nil { continue }
                let most = (fixed.upperBounds[v.index] + 1e-9).rounded(.down)
                let value = max(0, min((values[v.index] - 1e-6).rounded(.up), most))
                try fixed.setBounds(of: v, lowerBound: value, upperBound: value)
            }
        }
        let capacity = try fixed.solve(relax)
        guard capacity.status == .optimal else {
            return Outcome(values: nil, relaxation: lp.objectiveValue, relaxationValues: lp.values, seconds: elapsed())
        }
        // Intake and short courses rounded down and fixed, then rotation searched; when
        // no whole number of teachers on rotation fits (teaching tight, as with no
        // hires), short courses are searched too, then intake within its classes.
        var last = SolverOptions()
        last.timeLimit = timeLimit
        last.mipGap = 0.01
        last.nodeLimit = 2_000
        last.verbosity = .errors
        last.interruption = interruption
        // High-level places stay free for the last search too: it buys only what the
        // held shortfall needs (their target), at their cost.
        for fixing in [[built.intake, built.training], [built.intake], []] {
            var attempt = fixed
            for table in fixing {
                for v in table.values {
                    let low = attempt.lowerBounds[v.index], high = attempt.upperBounds[v.index]
                    let value = min(max((capacity.values[v.index] + 1e-6).rounded(.down), low), high)
                    try attempt.setBounds(of: v, lowerBound: value, upperBound: value)
                }
            }
            let plan = try attempt.solve(last)
            if plan.status.hasSolution {
                return Outcome(
                    values: plan.values, relaxation: lp.objectiveValue, relaxationValues: lp.values, seconds: elapsed())
            }
        }
        return Outcome(values: nil, relaxation: lp.objectiveValue, relaxationValues: lp.values, seconds: elapsed())
    }

    /// Rounds one year's classes each up or down at once: a small integer program in which
    /// only those class counts are whole numbers, between the floor and the ceiling of
    /// their relaxed values, and every other decision is relaxed (classes already fixed
    /// stay fixed). Returns the model's values, or `nil` when it finds no plan.
    private func chooseRounding(_ chosen: [ClassPair], in fixed: Model, values: [Double], timeLimit: Double) throws
        -> [Double]?
    {
        var work = fixed
        for j in work.variableKinds.indices where work.variableKinds[j] != .continuous {
            try work.setKind(of: Variable(index: j), to: .continuous)
        }
        for pair in chosen {
            let value = values[pair.classes.index]
            let most = (work.upperBounds[pair.classes.index] + 1e-9).rounded(.down)
            let low = min(max(0, (value + 1e-6).rounded(.down)), most),
                high = min(max(0, (value - 1e-6).rounded(.up)), most)
            try work.setBounds(of: pair.classes, lowerBound: low, upperBound: high)
            try work.setKind(of: pair.classes, to: .integer)
        }
        var options = SolverOptions()
        options.mipGap = 1e-4
        options.nodeLimit = 1_000
        options.timeLimit = timeLimit
        options.verbosity = .errors
        options.interruption = interruption
        let solution = try work.solve(options)
        return solution.status.hasSolution ? solution.values.map { $0.rounded() } : nil
    }

    /// Every programme level's classes and intake, by year.
    private func pairs() -> [ClassPair] {
        let index = ScenarioIndex(scenario)
        var pairs: [ClassPair] = []
        for o in index.offerings {
            for y in index.years {
                let key = PlanningModel.key(o.programme.id, o.level.id, y)
                guard let x = built.intake[key], let c = built.classes[key] else { continue }
                pairs.append(
                    ClassPair(year: y, classes: c, intake: x, size: o.programme.classSize, minFill: o.programme.minFill)
                )
            }
        }
        return pairs
    }

    /// Fixes a class count (within its bounds, lowered until the intake's bounds meet)
    /// and bounds the intake to what the classes hold.
    private func fix(_ pair: ClassPair, in model: inout Model, classes wanted: Double) throws {
        let most = (model.upperBounds[pair.classes.index] + 1e-9).rounded(.down)
        let intakeMost = (model.upperBounds[pair.intake.index] + 1e-9).rounded(.down)
        var classes = max(0, min(wanted, most))
        var low = 0.0, high = 0.0
        while classes > 0 {
            low = (pair.minFill * pair.size * classes - 1e-9).rounded(.up)
            high = min((pair.size * classes + 1e-9).rounded(.down), intakeMost)
            if low <= high { break }
            classes -= 1
        }
        if classes <= 0 {
            classes = 0
            low = 0
            high = 0
        }
        try model.setBounds(of: pair.classes, lowerBound: classes, upperBound: classes)
        try model.setBounds(of: pair.intake, lowerBound: low, upperBound: high)
    }
}
