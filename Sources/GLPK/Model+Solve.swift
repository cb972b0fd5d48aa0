extension Model {
    /// Solves the model with GLPK.
    ///
    /// The whole solve is one synchronous call on the calling thread: the GLPK problem
    /// is created, loaded in one `glp_load_matrix` call, solved, read back and deleted
    /// before this returns, and the thread's GLPK environment is freed. Solves on
    /// different threads run independently. A model with integer or binary variables
    /// is solved as a MIP (`glp_intopt`) unless ``SolverOptions/relaxIntegrality``.
    ///
    /// A stop requested through ``SolverOptions/interruption`` ends a MIP search with its
    /// incumbent, or with the feasible start plan when the search found nothing better
    /// (status ``SolutionStatus/StopReason/interrupted``); a solve asked to stop before it
    /// began returns at once, with that start plan or no solution.
    ///
    /// Infeasible and unbounded models are statuses, not errors. When the presolver
    /// cannot tell an infeasible model from an unbounded one, the model is solved again
    /// without it so the status is exact.
    ///
    /// - Parameter options: method, limits, handlers.
    /// - Returns: the status and, when there is a solution, its values.
    /// - Throws: ``GLPKError`` `.invalidOption`, `.invalidStart`, `.fatal` (GLPK's error,
    ///   caught before it could abort the process) or `.outOfMemory`.
    public func solve(_ options: SolverOptions = SolverOptions()) throws -> Solution {
        try options.validate()
        var options = options
        let startGiven = options.start != nil
        let integer = hasIntegerVariables && !options.relaxIntegrality
        if integer, let start = options.start {
            guard start.count == variableCount else {
                throw GLPKError(
                    .invalidStart,
                    "the start plan has \(start.count) values for \(variableCount) variables; give one value per variable",
                    context: "start")
            }
            guard start.allSatisfy(\.isFinite) else {
                throw GLPKError(
                    .invalidStart, "the start plan has a value that is not finite; give finite numbers",
                    context: "start")
            }
            // GLPK takes an offered plan on trust (it checks neither bounds nor rows):
            // offer only a feasible one, with integer values made exact.
            options.start = feasibleStart(start)
        }
        let clock = ContinuousClock()
        let started = clock.now
        // A bound proven before for this model, where it is better than the solve's own.
        func known(_ solution: Solution) -> Solution {
            guard integer, let bound = options.knownBound else { return solution }
            return solution.withBound(bound, sense: objectiveSense)
        }
        if options.interruption?.isRequested == true {
            return known(
                interrupted(
                    start: integer ? options.start : nil, integer: integer,
                    time: (clock.now - started) / .seconds(1), startOffered: startGiven))
        }
        if integer, let start = options.start, let known = options.knownBound,
            relativeGap(of: objectiveValue(of: start), to: known) <= options.mipGap ?? 0
        {
            // The start plan is already within the gap of a bound proven before: no search.
            return stopped(
                at: start, status: .feasible(.gapLimit), bound: known, time: (clock.now - started) / .seconds(1),
                startOffered: startGiven)
        }
        guard let flat = FlatModel(self, integer: integer, names: false) else {
            return Solution.infeasible(log: emptyIntegerDomainMessage(), time: (clock.now - started) / .seconds(1))
        }
        var raw = try ShimSolve.run(flat, options: options, integer: integer)
        var status = StatusInterpreter.status(of: raw, integer: integer)
        if status == nil {
            // The presolver proved only that no dual feasible solution exists: solve the
            // relaxation again without it, to tell an infeasible model from an unbounded one.
            var plain = options
            plain.presolve = false
            plain.sensitivity = false
            if options.method == .interiorPoint || options.method == .exact { plain.method = .dualSimplex }
            let again = try ShimSolve.run(flat, options: plain, integer: false)
            raw.log += again.log
            switch StatusInterpreter.status(of: again, integer: false) {
            case .infeasible?: status = .infeasible
            case .unbounded?: status = .unbounded
            default: status = .noSolution(.numericalFailure)
            }
        }
        let final = status ?? .noSolution(.numericalFailure)
        if final == .noSolution(.interrupted), integer, let start = options.start {
            return known(
                interrupted(
                    start: start, integer: true, time: (clock.now - started) / .seconds(1), startOffered: startGiven,
                    log: raw.log))
        }
        // A limit that stopped the solve before GLPK's search took the start plan (the
        // relaxation's simplex ran out of time or iterations) leaves that plan the best
        // known: it is feasible (checked above), so it is the solution, as after a stop.
        if case .noSolution(let reason) = final, reason == .timeLimit || reason == .iterationLimit, integer,
            let start = options.start
        {
            return known(
                stopped(
                    at: start, status: .feasible(reason), bound: nil, time: (clock.now - started) / .seconds(1),
                    startOffered: startGiven, log: raw.log))
        }
        return known(
            Solution(
                raw: raw, status: final, integer: integer, model: self, time: (clock.now - started) / .seconds(1),
                sensitivity: options.sensitivity,
                startOffered: startGiven))
    }

    /// The objective's value at `values`.
    func objectiveValue(of values: [Double]) -> Double {
        var objective = objectiveConstant
        for j in values.indices { objective += objectiveCoefficients[j] * values[j] }
        return objective
    }

    /// GLPK's relative gap between a plan's objective and a bound on it (0 when the plan
    /// is on the better side of the bound).
    func relativeGap(of objective: Double, to bound: Double) -> Double {
        let difference = objectiveSense == .minimize ? objective - bound : bound - objective
        return max(0, difference) / (abs(objective) + Double.ulpOfOne)
    }

    /// The start plan with integer values rounded, when it satisfies every bound,
    /// integrality and every constraint (to 1e-6, relative to the bound); else `nil`.
    func feasibleStart(_ start: [Double]) -> [Double]? {
        func within(_ value: Double, _ lower: Double, _ upper: Double) -> Bool {
            value >= lower - 1e-6 * max(1, abs(lower)) && value <= upper + 1e-6 * max(1, abs(upper))
        }
        var plan = start
        for j in plan.indices {
            if variableKinds[j] != .continuous {
                let nearest = plan[j].rounded()
                guard abs(plan[j] - nearest) <= 1e-6 else { return nil }
                plan[j] = nearest
            }
            guard within(plan[j], lowerBounds[j], upperBounds[j]) else { return nil }
        }
        for i in 0..<constraintCount {
            var activity = 0.0
            for e in rowStart[i]..<rowStart[i + 1] { activity += entryValues[e] * plan[entryColumns[e]] }
            guard within(activity, constraintLowerBounds[i], constraintUpperBounds[i]) else { return nil }
        }
        return plan
    }

    /// The solution of a solve stopped before its search found a plan: the feasible
    /// start plan (checked by ``feasibleStart(_:)``) if there is one, else none.
    private func interrupted(start: [Double]?, integer: Bool, time: Double, startOffered: Bool, log: String = "")
        -> Solution
    {
        guard let start else {
            return Solution(
                status: .noSolution(.interrupted), isInteger: integer, objectiveValue: nil, values: [], activities: [],
                duals: nil, reducedCosts: nil, bestBound: nil, sensitivity: nil,
                startAccepted: startOffered ? false : nil,
                solveTime: time, log: log, glpkMemoryBlocksLeft: 0, nodes: nil)
        }
        return stopped(
            at: start, status: .feasible(.interrupted), bound: nil, time: time, startOffered: startOffered, log: log)
    }

    /// The feasible start plan as a MIP's solution, without a search (no nodes).
    private func stopped(
        at start: [Double], status: SolutionStatus, bound: Double?, time: Double, startOffered: Bool,
        log: String = ""
    ) -> Solution {
        var activities = [Double](repeating: 0, count: constraintCount)
        for i in 0..<constraintCount {
            for e in Int(rowStart[i])..<Int(rowStart[i + 1]) {
                activities[i] += entryValues[e] * start[Int(entryColumns[e])]
            }
        }
        return Solution(
            status: status, isInteger: true, objectiveValue: objectiveValue(of: start), values: start,
            activities: activities,
            duals: nil, reducedCosts: nil, bestBound: bound, sensitivity: nil, startAccepted: true,
            solveTime: time, log: log, glpkMemoryBlocksLeft: 0, nodes: 0)
    }

    /// Names the integer variable whose bounds hold no integer.
    private func emptyIntegerDomainMessage() -> String {
        for index in variableNames.indices where variableKinds[index] != .continuous {
            if FlatModel.roundUp(lowerBounds[index]) > FlatModel.roundDown(upperBounds[index]) {
                return
                    "integer variable '\(variableNames[index])' has no integer value between its bounds [\(lowerBounds[index]), \(upperBounds[index])]\n"
            }
        }
        return "an integer variable has no integer value between its bounds\n"
    }
}

extension Solution {
    init(
        raw: RawSolve, status: SolutionStatus, integer: Bool, model: Model, time: Double, sensitivity: Bool,
        startOffered: Bool
    ) {
        self.status = status
        self.isInteger = integer
        let has = status.hasSolution
        self.objectiveValue = has ? raw.objective : nil
        if has && integer {
            // GLPK's integer columns can come back as 2.9999999999; give planners 3.
            var values = raw.values.columns
            for j in values.indices where model.variableKinds[j] != .continuous {
                let nearest = values[j].rounded()
                if abs(values[j] - nearest) <= 1e-6 { values[j] = nearest }
            }
            self.values = values
        } else {
            self.values = has ? raw.values.columns : []
        }
        self.activities = has ? raw.values.rows : []
        self.duals = has && !integer ? raw.values.rowDuals : nil
        self.reducedCosts = has && !integer ? raw.values.reducedCosts : nil
        let searched = integer && raw.statuses.kind == .integer
        self.bestBound = searched && raw.search.bestBound.isFinite ? raw.search.bestBound : nil
        self.startAccepted = integer && startOffered ? raw.search.startAccepted : nil
        self.solveTime = time
        self.log = raw.log
        self.glpkMemoryBlocksLeft = raw.memoryBlocksLeft
        self.nodes = searched ? raw.search.nodes : nil
        if sensitivity, status == .optimal, let ranges = raw.ranges {
            self.sensitivity = SensitivityReport(ranges, activities: raw.values.rows, model: model)
        } else {
            self.sensitivity = nil
        }
    }

    static func infeasible(log: String, time: Double) -> Solution {
        Solution(
            status: .infeasible, isInteger: true, objectiveValue: nil, values: [], activities: [],
            duals: nil, reducedCosts: nil, bestBound: nil, sensitivity: nil, startAccepted: nil,
            solveTime: time, log: log, glpkMemoryBlocksLeft: 0, nodes: nil)
    }
}

extension SensitivityReport {
    init(_ ranges: RawSolve.Ranges, activities: [Double], model: Model) {
        func clean(_ value: Double) -> Double {
            if value >= Double.greatestFiniteMagnitude { return .infinity }
            if value <= -Double.greatestFiniteMagnitude { return -.infinity }
            return value
        }
        objectiveRanges = ranges.costLower.indices.map {
            ValueRange(lower: clean(ranges.costLower[$0]), upper: clean(ranges.costUpper[$0]))
        }
        rightHandSideRanges = ranges.rhsLower.indices.map { i in
            if !ranges.rhsLower[i].isNaN {
                return ValueRange(lower: clean(ranges.rhsLower[i]), upper: clean(ranges.rhsUpper[i]))
            }
            // Not binding: the active side's bound can move from the activity outward.
            let activity = activities[i]
            let lower = model.constraintLowerBounds[i], upper = model.constraintUpperBounds[i]
            if lower == upper { return ValueRange(lower: activity, upper: activity) }
            if upper.isFinite { return ValueRange(lower: activity, upper: .infinity) }
            if lower.isFinite { return ValueRange(lower: -.infinity, upper: activity) }
            return ValueRange(lower: -.infinity, upper: .infinity)
        }
    }
}
