/// One row of a target that couples schools, split by school:
/// `Σ_s f_s(x_s) + u ≥ bound`, with `f_s` linear in school s's own decisions and the
/// shortfall `u ≥ 0` priced at the target's weight.
struct CouplingRow: Sendable {
    /// The target's id.
    let target: String
    /// The row's name in the whole model, e.g. `target[province-annual-training,2023]`.
    let name: String
    /// What the schools' contributions must reach (the row's constants moved here).
    let bound: Double
    /// The price of one unit of shortfall.
    let weight: Double
    /// Each school's contribution `f_s`: variable indices in that school's model, and coefficients.
    let terms: [SchoolTerms]
}
