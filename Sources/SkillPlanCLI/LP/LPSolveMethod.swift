import ArgumentParser
import GLPK

/// The `--method` values of `skillplan lp solve`.
enum LPSolveMethod: String, ExpressibleByArgument, CaseIterable {
    /// Primal simplex (glpsol's default).
    case primal
    /// Dual simplex.
    case dual
    /// Interior point (LPs only; no presolve).
    case interior
    /// Simplex in exact rational arithmetic (LPs only; no presolve).
    case exact

    /// The wrapper's method.
    var solverMethod: SolverOptions.Method {
        switch self {
        case .primal: .primalSimplex
        case .dual: .dualSimplex
        case .interior: .interiorPoint
        case .exact: .exact
        }
    }
}
