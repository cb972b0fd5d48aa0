import ArgumentParser
import GLPK
import SkillPlan

/// `skillplan lp solve FILE`: reads an MPS or CPLEX LP file, solves it with GLPK and
/// prints the status, the objective and every variable's value.
struct LPSolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve an LP or MIP file and print the status, objective and values.",
        discussion: """
            The format is recognised from the file: .lp is CPLEX LP, anything else \
            free MPS, then fixed MPS. The defaults are glpsol's: primal simplex with \
            the presolver; for a MIP, branch-and-cut with cuts.

            \(ExitStatus.helpText)
            """
    )

    @Argument(help: "The model file: free or fixed MPS (.mps) or CPLEX LP (.lp).")
    var file: String

    @Option(help: "How to print the result: text (an aligned table) or json (sorted keys).")
    var format: LPOutputFormat = .text

    @Option(
        name: .customLong("time-limit"), parsing: .unconditional,
        help: ArgumentHelp("Stop after this many seconds and report the best plan found.", valueName: "seconds"))
    var timeLimit: Double?

    @Option(
        name: .customLong("mip-gap"), parsing: .unconditional,
        help: ArgumentHelp(
            "For a MIP: stop when the relative gap to the best bound is at most this, e.g. 0.01.", valueName: "gap"))
    var mipGap: Double?

    @Option(help: "The LP algorithm: primal or dual simplex, interior point, or exact (rational) simplex.")
    var method: LPSolveMethod = .primal

    @Flag(name: .customLong("no-presolve"), help: "Do not run GLPK's presolver first.")
    var noPresolve = false

    @Flag(help: "Stream GLPK's own output to standard error while solving.")
    var verbose = false

    func validate() throws {
        if let timeLimit, let problem = InputLimits.timeLimitProblem(timeLimit) {
            throw ValidationError("--time-limit \(problem)")
        }
        if let mipGap, let problem = InputLimits.mipGapProblem(mipGap) {
            throw ValidationError("--mip-gap \(problem)")
        }
    }

    /// The solver options the flags ask for.
    var solverOptions: SolverOptions {
        var options = SolverOptions(
            method: method.solverMethod, presolve: !noPresolve, timeLimit: timeLimit, mipGap: mipGap)
        if verbose {
            options.verbosity = .all
            options.logHandler = { LPTerminal.writeError($0) }
        }
        return options
    }

    func run() throws {
        let model: Model
        let solution: Solution
        do {
            model = try Model.read(contentsOf: file)
            Interrupts.install()
            var options = solverOptions
            options.interruption = Interrupts.stop.interruption
            solution = try model.solve(options)
        } catch let error as GLPKError {
            LPTerminal.report(error, file: file)
            throw ExitStatus.badInput
        }
        let report = LPSolveReport(model: model, solution: solution)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(try report.json(), terminator: "")
        }
        if verbose {
            LPTerminal.writeError("solve time: \(LPTerminal.format(solution.solveTime)) s\n")
        }
        if Interrupts.wasInterrupted {
            // The report above is what was kept: the incumbent (status feasible, stop
            // reason interrupted) or no solution.
            LPTerminal.writeError(
                solution.status.hasSolution
                    ? "Interrupted: printed the best solution found so far (\(solution.status)).\n"
                    : "Interrupted before any solution was found (\(solution.status)).\n")
            throw ExitStatus.interrupted
        }
        switch solution.status {
        case .optimal, .feasible: return
        case .infeasible, .unbounded: throw ExitStatus.infeasible
        case .noSolution: throw ExitStatus.noSolution
        }
    }
}
