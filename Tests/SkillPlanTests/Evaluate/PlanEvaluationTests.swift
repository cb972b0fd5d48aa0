import Foundation
import TestSupport
import Testing

@testable import SkillPlan

/// Evaluating a planner's own plan: the exported CSV files read back, edited, and
/// priced without a search.
@Suite("Evaluating a given plan")
struct PlanEvaluationTests {
    /// The baseline's plan exported as CSV in a language, into a fresh folder.
    func exported(_ plan: Plan, _ language: Language) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for file in try PlanExporter(language: language).export(plan, as: .csv) {
            try file.data.write(to: URL(fileURLWithPath: folder.file(file.name)))
        }
        return folder
    }

    /// Edits the fields of one line of an exported CSV file (CRLF line ends; the edited
    /// lines hold no quoted commas).
    func replaceLine(_ path: String, line: Int, fields needed: Int, _ edit: (inout [String]) -> Void) throws {
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        try #require(lines.count > line)
        var fields = lines[line - 1].components(separatedBy: ",")
        try #require(fields.count >= needed, "\(lines[line - 1])")
        edit(&fields)
        lines[line - 1] = fields.joined(separator: ",")
        try lines.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test(
        "Round trip: the baseline's CSV export, Chinese and English headers, evaluates to the same cost, targets and decisions",
        arguments: [Language.zh, .en])
    func roundTrip(language: Language) throws {
        let loaded = try Baseline.loaded.get()
        let solved = try Baseline.solved.get().plan
        let folder = try exported(solved, language)
        let given = try GivenDecisions.read(folder.path, for: loaded.scenario)
        #expect(given.missing.isEmpty)
        let outcome = try PlanEvaluation.evaluate(loaded, given: given)
        #expect(outcome.violations.isEmpty, "\(outcome.violations)")
        #expect(outcome.plan.solver.status == "evaluated")
        #expect(outcome.plan.costs == solved.costs)
        #expect(outcome.plan.targets == solved.targets)
        #expect(PlanDecisions(outcome.plan) == PlanDecisions(solved))
    }

    @Test("A plan file evaluates to itself")
    func planFile() throws {
        let loaded = try Baseline.loaded.get()
        let solved = try Baseline.solved.get().plan
        let folder = try TemporaryFolder()
        try PlanFile.write(solved, to: folder.file("plan.json"))
        let outcome = try PlanEvaluation.evaluate(
            loaded, given: try GivenDecisions.read(folder.file("plan.json"), for: loaded.scenario))
        #expect(outcome.holds)
        #expect(outcome.plan.costs == solved.costs)
        #expect(outcome.plan.targets == solved.targets)
    }

    @Test(
        "One more class than the optimum (beyond the builder's class bound) is taken as given: the cost rises by exactly one class"
    )
    func oneMoreClass() throws {
        let loaded = try Baseline.loaded.get()
        let solved = try Baseline.solved.get().plan
        let folder = try exported(solved, .en)
        // Line 2 of curriculum-plan.csv: the first programme level in 2021; column 8 is New classes.
        let row = solved.programmeLevels[0]
        let programme = try #require(loaded.scenario.programmes.first { $0.id == row.programme })
        try replaceLine(folder.file("curriculum-plan.csv"), line: 2, fields: 13) {
            $0[7] = String(Int(row.classes) + 1)
        }
        let outcome = try PlanEvaluation.evaluate(
            loaded, given: try GivenDecisions.read(folder.path, for: loaded.scenario))
        #expect(outcome.plan.costs.total == solved.costs.total + programme.classCost)
        #expect(outcome.plan.costs.classes == solved.costs.classes + programme.classCost)
        #expect(outcome.plan.programmeLevels[0].classes == row.classes + 1)
        // An extra class may leave classes under-filled (class-fill) or need more teaching
        // hours than the group has (teaching): each is reported, never repaired, and every
        // reported number agrees with the decisions.
        #expect(
            PlanEvaluation.brokenConstraints(outcome.violations).count == outcome.violations.count,
            "\(outcome.violations)")
        #expect(
            outcome.violations.allSatisfy { ["class-fill", "teaching"].contains($0.check) }, "\(outcome.violations)")
        #expect(outcome.plan.programmeLevels[0].intake == row.intake)
    }

    @Test("Seats exceeded in an edited plan: reported with the amount, the decisions kept as given")
    func seatsExceeded() throws {
        let loaded = try Baseline.loaded.get()
        let solved = try Baseline.solved.get().plan
        let folder = try exported(solved, .zh)
        // seats.csv has a line per school and year, in the plan's order, after the header;
        // column 4 is Seats added. Take away the year with the most.
        let n = try #require(
            solved.schools.indices.max { solved.schools[$0].seatsAdded < solved.schools[$1].seatsAdded })
        let row = solved.schools[n]
        try #require(row.seatsAdded > 0)
        try replaceLine(folder.file("seats.csv"), line: n + 2, fields: 6) { $0[3] = "0" }
        let outcome = try PlanEvaluation.evaluate(
            loaded, given: try GivenDecisions.read(folder.path, for: loaded.scenario))
        #expect(outcome.plan.schools[n].seatsAdded == 0)
        let school = try #require(loaded.scenario.schools.first { $0.id == row.school })
        #expect(
            abs(outcome.plan.costs.expansion - (solved.costs.expansion - row.seatsAdded * school.expandCost)) < 1e-6)
        // Every later year of that school loses the seats; where students then outnumber
        // seats, the violation names the school and year and says by how much.
        let broken = PlanEvaluation.brokenConstraints(outcome.violations)
        for later in solved.schools where later.school == row.school && later.year >= row.year {
            let over = later.enrolment - (later.capacity - row.seatsAdded)
            let named = broken.first { $0.check == "seats" && $0.element == "\(row.school), \(later.year)" }
            if over > 1e-6 {
                #expect(abs((named?.amount ?? 0) - over) < 1e-6, "\(later.year)")
            } else {
                #expect(named == nil)
            }
        }
        #expect(!broken.isEmpty)
    }

    @Test("Without every decision, the missing ones are named; --optimise-rest chooses them with the given ones fixed")
    func partial() throws {
        let loaded = try Baseline.loaded.get()
        let solved = try Baseline.solved.get().plan
        let folder = try exported(solved, .en)
        try FileManager.default.removeItem(atPath: folder.file("teacher-plan.csv"))
        let given = try GivenDecisions.read(folder.path, for: loaded.scenario)
        // Hires and rotation of every group, and the qualifications of the groups that plan them.
        let qualifying = loaded.scenario.groups.filter(\.plansQualification).count
        #expect(given.missing.count == (2 * loaded.scenario.groups.count + qualifying) * 5)
        #expect(given.missing.first == "hires \(loaded.scenario.groups[0].id), 2021")
        #expect(throws: DecisionErrors.self) { try PlanEvaluation.evaluate(loaded, given: given) }
        var options = PlanningOptions()
        options.nodeLimit = 2_000
        let outcome = try PlanEvaluation.evaluate(loaded, given: given, optimiseRest: true, options: options)
        #expect(outcome.holds, "\(outcome.violations)")
        #expect(outcome.plan.solver.status == "evaluated")
        #expect(outcome.plan.programmeLevels.map(\.intake) == solved.programmeLevels.map(\.intake))
        #expect(outcome.plan.schools.map(\.seatsAdded) == solved.schools.map(\.seatsAdded))
        #expect(
            outcome.plan.solver.searchRule.hasPrefix("\(given.count) decisions given, \(given.missing.count) optimised")
        )
    }

    @Test(
        "A plan file's rows that name what the scenario lacks, or hold a negative decision, are each an error naming the JSON field"
    )
    func planFileErrors() throws {
        let loaded = try Baseline.loaded.get()
        var plan = try Baseline.solved.get().plan
        try #require(
            plan.programmeLevels.count > 0 && plan.training.count > 0 && plan.groups.count > 0 && plan.schools.count > 1
        )
        let programme = plan.programmeLevels[0].programme
        plan.programmeLevels[0].level = "zz"
        plan.training[0].year = 1999
        plan.groups[0].group = "nobody"
        plan.schools[0].school = "nowhere"
        plan.schools[1].seatsAdded = -3
        let folder = try TemporaryFolder()
        let path = folder.file("plan.json")
        try PlanFile.write(plan, to: path)
        let error = try #require(throws: DecisionErrors.self) { try GivenDecisions.read(path, for: loaded.scenario) }
        let fix = "evaluate the plan against the scenario it was made for, or remove the row"
        #expect(
            error.errors.map(\.description) == [
                "\(path): programmeLevels[0].level: level zz of programme \"\(programme)\" is not in scenario xingning-2025 — fix: \(fix)",
                "\(path): training[0].year: year \"1999\" is not in scenario xingning-2025 — fix: \(fix)",
                "\(path): groups[0].group: teacher group \"nobody\" is not in scenario xingning-2025 — fix: \(fix)",
                "\(path): schools[0].school: school \"nowhere\" is not in scenario xingning-2025 — fix: \(fix)",
                "\(path): schools[1].seatsAdded: -3.0 is negative — fix: write the seats added, a whole number ≥ 0 (0 for none), without units",
            ])
    }
}
