/// The file formats GLPK reads and writes.
public enum ModelFileFormat: String, Sendable, CaseIterable, Codable {
    /// Free MPS: fields separated by blanks (`glp_read_mps` with `GLP_MPS_FILE`).
    case freeMPS = "free-mps"
    /// Fixed MPS: fields in fixed columns (`GLP_MPS_DECK`).
    case fixedMPS = "fixed-mps"
    /// CPLEX LP: the algebraic text format (`glp_read_lp`).
    case cplexLP = "lp"

    /// The format a path's extension names: `.lp` is CPLEX LP; `.mps`, `.freemps` and
    /// anything else MPS (free or fixed is decided from the content when reading).
    public static func guess(fromPath path: String) -> ModelFileFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".lp") { return .cplexLP }
        if lower.hasSuffix(".fixedmps") { return .fixedMPS }
        return .freeMPS
    }
}
