internal import CGLPK

/// Reads GLPK's return code and solution status together.
enum StatusInterpreter {
    /// The status, or `nil` when only a solve without the presolver can tell.
    static func status(of raw: RawSolve, integer: Bool) -> SolutionStatus? {
        let statuses = raw.statuses
        switch statuses.kind {
        case .integer where integer:
            return integerStatus(code: statuses.returnCode, status: statuses.solution, search: raw.search)
        case .interiorPoint:
            return interiorStatus(code: statuses.returnCode, status: statuses.solution)
        case .basic where integer:
            // The MIP's relaxation stopped (time or iteration limit) before the search
            // began: its point satisfies the rows but not integrality, so it is no plan
            // of the MIP. Infeasible and unbounded relaxations keep their meaning.
            switch basicStatus(statuses) {
            case .feasible(let reason)?: return .noSolution(reason)
            case let other: return other
            }
        case .basic, .integer:
            return basicStatus(statuses)
        }
    }

    private static func integerStatus(code: Int32, status: Int32, search: RawSolve.Search) -> SolutionStatus? {
        let hasIncumbent = status == GLP_FEAS || status == GLP_OPT
        switch code {
        case 0:
            if status == GLP_OPT { return .optimal }
            if status == GLP_NOFEAS { return .infeasible }
            return hasIncumbent ? .feasible(.gapLimit) : .noSolution(.numericalFailure)
        case GLP_EMIPGAP: return hasIncumbent ? .feasible(.gapLimit) : .noSolution(.gapLimit)
        case GLP_ETMLIM: return hasIncumbent ? .feasible(.timeLimit) : .noSolution(.timeLimit)
        case GLP_EITLIM: return hasIncumbent ? .feasible(.iterationLimit) : .noSolution(.iterationLimit)
        case GLP_ESTOP:
            let reason: SolutionStatus.StopReason =
                search.interrupted ? .interrupted : search.nodeLimitReached ? .nodeLimit : .cancelled
            return hasIncumbent ? .feasible(reason) : .noSolution(reason)
        case GLP_ENOPFS: return .infeasible
        case GLP_ENODFS: return nil
        default: return hasIncumbent ? .feasible(.numericalFailure) : .noSolution(.numericalFailure)
        }
    }

    private static func interiorStatus(code: Int32, status: Int32) -> SolutionStatus? {
        switch code {
        case 0:
            if status == GLP_OPT { return .optimal }
            // "No feasible primal/dual solution": infeasible or unbounded, it cannot tell.
            if status == GLP_NOFEAS { return nil }
            return .noSolution(.numericalFailure)
        case GLP_ENOFEAS: return nil
        case GLP_EITLIM: return .noSolution(.iterationLimit)
        default: return .noSolution(.numericalFailure)
        }
    }

    private static func basicStatus(_ statuses: RawSolve.Statuses) -> SolutionStatus? {
        let status = statuses.solution
        let feasible = status == GLP_FEAS || statuses.primal == GLP_FEAS
        switch statuses.returnCode {
        case 0:
            if status == GLP_OPT { return .optimal }
            if status == GLP_NOFEAS || statuses.primal == GLP_NOFEAS { return .infeasible }
            if status == GLP_UNBND || (statuses.primal == GLP_FEAS && statuses.dual == GLP_NOFEAS) { return .unbounded }
            return .noSolution(.numericalFailure)
        case GLP_ETMLIM: return feasible ? .feasible(.timeLimit) : .noSolution(.timeLimit)
        case GLP_EITLIM: return feasible ? .feasible(.iterationLimit) : .noSolution(.iterationLimit)
        case GLP_ENOPFS: return .infeasible
        case GLP_ENODFS: return nil
        default: return .noSolution(.numericalFailure)
        }
    }
}
