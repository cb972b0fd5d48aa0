import GLPK
import TestSupport
import Testing

/// Ranging on the manual example, computed by hand.
///
/// At the optimum x = 100/3, y = 200/3, z = 0 the basis is {x, y, slack of r}; z and
/// the slacks of p and q are non-basic.
///
/// Objective coefficients (the basis stays optimal while the duals stay ≥ 0 and z's
/// reduced cost ≤ 0, a maximisation):
/// - c_x: π_p + 10π_q = c_x and π_p + 4π_q = 6 give π_q = (c_x − 6)/6, π_p = 6 − 4π_q.
///   π_q ≥ 0 ⇔ c_x ≥ 6; π_p ≥ 0 ⇔ c_x ≤ 15; z: π_p + 5π_q = 6 + π_q ≥ 4 always. [6, 15].
/// - c_y: π_p + 10π_q = 10, π_p + 4π_q = c_y give π_q = (10 − c_y)/6, π_p = 10 − 10π_q.
///   π_q ≥ 0 ⇔ c_y ≤ 10; π_p ≥ 0 ⇔ c_y ≥ 4; z: 10 − 5π_q ≥ 4 ⇔ c_y ≥ 2.8. [4, 10].
/// - c_z: non-basic with reduced cost 4 − 20/3 = −8/3: it may fall without limit and
///   rise to 20/3 before z would enter. [−∞, 20/3].
///
/// Right-hand sides (the basis stays primal feasible):
/// - b_p: x + y = b_p, 10x + 4y = 600 give x = (600 − 4b_p)/6, y = (10b_p − 600)/6.
///   x ≥ 0 ⇔ b_p ≤ 150; y ≥ 0 ⇔ b_p ≥ 60; r: 2b_p ≤ 300 ⇔ b_p ≤ 150. [60, 150].
/// - b_q: x + y = 100, 10x + 4y = b_q give x = (b_q − 400)/6, y = 100 − x.
///   x ≥ 0 ⇔ b_q ≥ 400; y ≥ 0 ⇔ b_q ≤ 1000; r: 2·100 = 200 ≤ 300 always. [400, 1000].
/// - b_r: not binding (activity 200): its bound may move from 200 up without limit. [200, ∞].
@Suite("Sensitivity ranges and duals, checked by hand")
struct SensitivityReportTests {
    @Test("Objective and right-hand-side ranges of the manual example", arguments: [false, true])
    func manualRanges(presolve: Bool) throws {
        let example = try ManualExample()
        var options = SolverOptions(presolve: presolve)
        options.sensitivity = true
        let solution = try example.model.solve(options)
        #expect(solution.status == .optimal)
        let report = try #require(solution.sensitivity)

        let cx = report.objectiveRange(of: example.x)
        #expect(isApproximatelyEqual(cx.lower, 6) && isApproximatelyEqual(cx.upper, 15), "\(cx)")
        let cy = report.objectiveRange(of: example.y)
        #expect(isApproximatelyEqual(cy.lower, 4) && isApproximatelyEqual(cy.upper, 10), "\(cy)")
        let cz = report.objectiveRange(of: example.z)
        #expect(cz.lower == -.infinity && isApproximatelyEqual(cz.upper, 20.0 / 3.0), "\(cz)")
        #expect(cx.contains(10) && cy.contains(6) && cz.contains(4))

        let bp = report.rightHandSideRange(of: example.p)
        #expect(isApproximatelyEqual(bp.lower, 60) && isApproximatelyEqual(bp.upper, 150), "\(bp)")
        let bq = report.rightHandSideRange(of: example.q)
        #expect(isApproximatelyEqual(bq.lower, 400) && isApproximatelyEqual(bq.upper, 1000), "\(bq)")
        let br = report.rightHandSideRange(of: example.r)
        #expect(isApproximatelyEqual(br.lower, 200) && br.upper == .infinity, "\(br)")
    }

    @Test("Ranging is not computed unless asked, nor for a MIP")
    func onlyWhenAsked() throws {
        let example = try ManualExample()
        #expect(try example.model.solve().sensitivity == nil)
        var model = Model()
        let a = try model.addVariable("a", upperBound: 3, kind: .integer)
        try model.addConstraint(2 * a <= 5, name: "cap")
        try model.setObjective(LinearExpression(a), sense: .maximize)
        var options = SolverOptions()
        options.sensitivity = true
        let solution = try model.solve(options)
        #expect(solution.objectiveValue == 2)
        #expect(solution.sensitivity == nil)
        #expect(solution.duals == nil)
    }

    @Test("A minimisation with columns at both bounds: ranges from the reduced costs")
    func minimisationBounds() throws {
        // min 2a − 3b + c s.t. a + b + c ≥ 2, 0 ≤ a ≤ 4, 0 ≤ b ≤ 1, 0 ≤ c ≤ 5.
        // b at its upper bound 1 (d_b = −3 − π), the row binding with a or c basic.
        // With π the row's dual: a basic would need π = 2, c basic π = 1; the cheaper is c:
        // c = 1, π = 1, d_a = 2 − 1 = 1 ≥ 0 (a at 0), d_b = −3 − 1 = −4 ≤ 0 (b at 1).
        // Objective: −3 + 1 = −2.
        // Ranges: c_a (non-basic at lower, d = 1): [2 − 1, ∞) = [1, ∞).
        //         c_b (non-basic at upper, d = −4): (−∞, −3 + 4] = (−∞, 1].
        //         c_c (basic, so π = c_c): d_a = 2 − c_c ≥ 0 ⇔ c_c ≤ 2; d_b = −3 − c_c ≤ 0
        //         ⇔ c_c ≥ −3; the ≥ row's dual π ≥ 0 ⇔ c_c ≥ 0. [0, 2].
        var model = Model()
        let a = try model.addVariable("a", upperBound: 4)
        let b = try model.addVariable("b", upperBound: 1)
        let c = try model.addVariable("c", upperBound: 5)
        let row = try model.addConstraint(a + b + c >= 2, name: "cover")
        try model.setObjective(2 * a - 3 * b + c, sense: .minimize)
        var options = SolverOptions(presolve: false)
        options.sensitivity = true
        let solution = try model.solve(options)
        #expect(solution.objectiveValue == -2)
        #expect(solution[b] == 1 && solution[c] == 1)
        #expect(isApproximatelyEqual(try #require(solution.dual(of: row)), 1))
        let report = try #require(solution.sensitivity)
        #expect(report.objectiveRange(of: a) == ValueRange(lower: 1, upper: .infinity))
        #expect(report.objectiveRange(of: b) == ValueRange(lower: -.infinity, upper: 1))
        let cc = report.objectiveRange(of: c)
        #expect(isApproximatelyEqual(cc.lower, 0) && isApproximatelyEqual(cc.upper, 2), "\(cc)")
        // The row's bound 2 may move while c stays in [0, 5]: 1 + c ∈ [1, 6].
        let cover = report.rightHandSideRange(of: row)
        #expect(isApproximatelyEqual(cover.lower, 1) && isApproximatelyEqual(cover.upper, 6), "\(cover)")
    }
}
