import GLPK
import Testing

@testable import SkillPlan

/// The model built school by school, with the coupling rows added on top, is the model
/// `ModelBuilder` builds for the whole scenario: the same rows, bounds, coefficients and
/// objective, name for name.
@Suite("School blocks")
struct SchoolBlocksTests {
    /// Each row by name: its bounds and its terms by variable name.
    static func rows(of model: Model) throws -> [String: (Double, Double, [String: Double])] {
        var rows: [String: (Double, Double, [String: Double])] = [:]
        for constraint in model.constraints {
            var terms: [String: Double] = [:]
            for (variable, coefficient) in try model.terms(of: constraint) {
                terms[try model.name(of: variable)] = coefficient
            }
            rows[try model.name(of: constraint)] = (
                model.constraintLowerBounds[constraint.index], model.constraintUpperBounds[constraint.index], terms
            )
        }
        return rows
    }

    static func objective(of model: Model) -> [String: Double] {
        var terms: [String: Double] = [:]
        for (j, c) in model.objectiveCoefficients.enumerated() where c != 0 { terms[model.variableNames[j]] = c }
        return terms
    }

    @Test("The blocks make the whole model", arguments: [1, 2] as [UInt64])
    func sameModel(seed: UInt64) throws {
        let scenario = ScenarioGenerator(
            size: SyntheticScenarioSize(
                schools: 3, programmesPerSchool: 4, levels: 3, years: 3,
                groupsPerSchool: 2, seed: seed)
        ).scenario()
        let split = SchoolSplit(scenario)
        #expect(split.schools.count == 3)
        #expect(!split.coupling.isEmpty)
        #expect(split.coupling.allSatisfy { $0.school == nil && $0.kind != .serveDemand })
        let whole = try SchoolBlocks.build(split, jobs: 2).wholeModel()
        let reference = try ModelBuilder(scenario: scenario).build()
        #expect(whole.model.variableCount == reference.model.variableCount)
        #expect(whole.model.constraintCount == reference.model.constraintCount)
        #expect(whole.model.nonzeroCount == reference.model.nonzeroCount)
        #expect(Set(whole.model.variableNames) == Set(reference.model.variableNames))
        let mine = try Self.rows(of: whole.model), theirs = try Self.rows(of: reference.model)
        #expect(Set(mine.keys) == Set(theirs.keys))
        for (name, row) in theirs {
            let other = try #require(mine[name])
            #expect(other.0 == row.0 && other.1 == row.1, "bounds of \(name)")
            #expect(other.2.count == row.2.count, "terms of \(name)")
            for (variable, coefficient) in row.2 {
                #expect(
                    abs((other.2[variable] ?? .nan) - coefficient) <= 1e-12 * max(1, abs(coefficient)),
                    "\(name) \(variable)")
            }
        }
        #expect(Self.objective(of: whole.model) == Self.objective(of: reference.model))
    }

    @Test("The side-by-side model finds every variable by position, as by key")
    func jointGridMatchesKeys() throws {
        let scenario = ScenarioGenerator(
            size: SyntheticScenarioSize(
                schools: 3, programmesPerSchool: 4, levels: 3, years: 3,
                groupsPerSchool: 2, seed: 1)
        ).scenario()
        let joint = try SchoolBlocks.build(SchoolSplit(scenario), jobs: 1).joint
        let grid = try #require(joint.grid, "the coupling rows would look every variable up by a string key")
        let index = ScenarioIndex(scenario)
        var checked = 0
        for (t, y) in index.years.enumerated() {
            for o in index.offerings {
                let key = PlanningModel.key(o.programme.id, o.level.id, y)
                #expect(grid.intake[o.ordinal][t] == joint.intake[key], "intake \(key)")
                #expect(grid.classes[o.ordinal][t] == joint.classes[key], "classes \(key)")
                checked += 2
            }
            for (n, p) in scenario.programmes.enumerated() {
                #expect(grid.training[n][t] == joint.training[PlanningModel.key(p.id, y)], "training \(p.id) \(y)")
            }
            for (n, g) in scenario.groups.enumerated() {
                #expect(grid.hires[n][t] == joint.hires[PlanningModel.key(g.id, y)], "hires \(g.id) \(y)")
                #expect(grid.rotation[n][t] == joint.rotation[PlanningModel.key(g.id, y)], "rotation \(g.id) \(y)")
            }
            for (n, s) in scenario.schools.enumerated() {
                #expect(grid.expansion[n][t] == joint.expansion[PlanningModel.key(s.id, y)], "expansion \(s.id) \(y)")
            }
        }
        #expect(checked == 2 * index.offerings.count * 3)
        #expect(joint.intake.count == grid.intake.joined().compactMap { $0 }.count)
    }
}
