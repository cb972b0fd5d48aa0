internal import CGLPKShim

/// The solver's raw answer, before ``StatusInterpreter`` reads its status: GLPK's
/// codes, what the search did, the values and, when asked for, the ranging.
struct RawSolve {
    /// The return codes and solution statuses, as GLPK gave them.
    struct Statuses {
        /// The last solver call's return code (0: it ran).
        var returnCode: Int32
        /// A MIP solved without the presolver: the return code of its LP relaxation.
        var relaxationCode: Int32
        /// Whose statuses and values these are.
        var kind: SolutionKind
        /// `glp_get_status`, `glp_ipt_status` or `glp_mip_status`, by ``kind``.
        var solution: Int32
        /// The basic solution's primal status (`glp_get_prim_stat`).
        var primal: Int32
        /// The basic solution's dual status (`glp_get_dual_stat`).
        var dual: Int32
    }

    /// What a MIP search did (zeros and `false` for an LP).
    struct Search {
        /// The best bound when the search ended.
        var bestBound: Double
        /// The nodes it created.
        var nodes: Int
        /// Whether it stopped at the node limit.
        var nodeLimitReached: Bool
        /// Whether a requested stop (``SolveInterruption``) ended it.
        var interrupted: Bool
        /// Whether the offered start plan became the incumbent.
        var startAccepted: Bool
    }

    /// The solution's values, one per real (not stand-in) column or row.
    struct Values {
        /// The columns' values.
        var columns: [Double]
        /// The columns' reduced costs (an LP's).
        var reducedCosts: [Double]
        /// The rows' activities.
        var rows: [Double]
        /// The rows' duals (an LP's).
        var rowDuals: [Double]
    }

    /// The sensitivity ranging of an optimal basic solution.
    struct Ranges {
        /// Per column, the lowest objective coefficient that keeps the basis optimal.
        var costLower: [Double]
        /// Per column, the highest.
        var costUpper: [Double]
        /// Per row, the lowest value of its active bound (NaN: not binding).
        var rhsLower: [Double]
        /// Per row, the highest.
        var rhsUpper: [Double]
    }

    var statuses: Statuses
    var search: Search
    var objective: Double
    var values: Values
    /// `nil` when the ranging was not asked for or GLPK could not compute it.
    var ranges: Ranges?
    /// GLPK's memory blocks still allocated after the problem was deleted.
    var memoryBlocksLeft: Int
    /// GLPK's terminal output.
    var log: String

    /// Reads the shim's result and the arrays it filled, keeping the real rows and columns.
    init(_ result: sp_result, outputs: SolveOutputs, realColumns: Int, realRows: Int, log: String) {
        statuses = Statuses(
            returnCode: result.return_code, relaxationCode: result.relaxation_code,
            kind: SolutionKind(code: result.solution_kind), solution: result.status,
            primal: result.primal_status, dual: result.dual_status)
        search = Search(
            bestBound: result.best_bound, nodes: Int(result.nodes), nodeLimitReached: result.node_limit_reached != 0,
            interrupted: result.interrupted != 0, startAccepted: result.start_accepted != 0)
        objective = result.objective
        values = outputs.values(realColumns: realColumns, realRows: realRows)
        ranges = result.sensitivity_done != 0 ? outputs.ranges(realColumns: realColumns, realRows: realRows) : nil
        memoryBlocksLeft = Int(result.memory_blocks_left)
        self.log = log
    }
}
