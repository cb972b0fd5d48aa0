internal import CGLPKShim

/// Which of GLPK's three solutions a solve read back (`sp_result.solution_kind`): the
/// statuses and values are that solution's.
enum SolutionKind: Equatable {
    /// The simplex method's basic solution (`glp_get_status`, `glp_get_col_prim`).
    case basic
    /// The interior-point method's solution (`glp_ipt_status`, `glp_ipt_col_prim`).
    case interiorPoint
    /// The branch-and-bound search's integer solution (`glp_mip_status`, `glp_mip_col_val`).
    case integer

    /// The kind the shim names by its code; a code it does not name reads as the
    /// basic solution, the one every solve starts from.
    init(code: Int32) {
        switch code {
        case Int32(SP_SOLUTION_INTERIOR): self = .interiorPoint
        case Int32(SP_SOLUTION_INTEGER): self = .integer
        default: self = .basic
        }
    }
}
