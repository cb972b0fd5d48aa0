import GLPK

/// The example of GLPK's reference manual (section 1.3.1):
/// maximise 10x + 6y + 4z s.t. p: x + y + z ≤ 100, q: 10x + 4y + 5z ≤ 600,
/// r: 2x + 2y + 6z ≤ 300, x, y, z ≥ 0. Optimum 2200/3 at x = 100/3, y = 200/3, z = 0.
struct ManualExample {
    let model: Model
    let x: Variable
    let y: Variable
    let z: Variable
    let p: Constraint
    let q: Constraint
    let r: Constraint

    init() throws {
        var model = Model(name: "manual")
        x = try model.addVariable("x")
        y = try model.addVariable("y")
        z = try model.addVariable("z")
        p = try model.addConstraint(x + y + z <= 100, name: "p")
        q = try model.addConstraint(10 * x + 4 * y + 5 * z <= 600, name: "q")
        r = try model.addConstraint(2 * x + 2 * y + 6 * z <= 300, name: "r")
        try model.setObjective(10 * x + 6 * y + 4 * z, sense: .maximize)
        self.model = model
    }
}
