import GLPK
import SkillPlan

/// How fast the planning model of a synthetic scenario (the Guangdong preset by default)
/// is built: by `ModelBuilder` on the whole scenario and by `BlockModelBuilder` school by
/// school, not counting the generation of the scenario.
struct PlanningBuildBenchmark {
    /// The scenario's size.
    let size: SyntheticScenarioSize
    /// How many builds of each; the median is reported.
    let repeats: Int

    /// What was measured.
    struct Result {
        var scenario: String
        var rows: Int
        var columns: Int
        var nonzeros: Int
        var whole: [Double]
        var bySchool: [Double]

        var report: String {
            func line(_ name: String, _ times: [Double]) -> String {
                let median = Stopwatch.median(times)
                return String(
                    format: "  %@ median %.2f s (%@): %.2f million non-zeros per second (goal: ≥ 2)", name, median,
                    times.map { String(format: "%.2f", $0) }.joined(separator: ", "), Double(nonzeros) / median / 1e6)
            }
            return """
                Planning model build rate (\(scenario): \(rows) rows × \(columns) columns, \(nonzeros) non-zeros)
                \(line("ModelBuilder (whole scenario):     ", whole))
                \(line("BlockModelBuilder (school by school):", bySchool))

                """
        }
    }

    func run() throws -> Result {
        let scenario = ScenarioGenerator(size: size).scenario()
        var whole: [Double] = [], bySchool: [Double] = []
        var built: PlanningModel?
        for _ in 0..<repeats {
            built = nil  // the previous model is freed outside the timed part
            whole.append(try Stopwatch.time { built = try ModelBuilder(scenario: scenario).build() })
            built = nil
            bySchool.append(try Stopwatch.time { built = try BlockModelBuilder.build(scenario) })
        }
        let model = built?.model ?? Model()
        return Result(
            scenario: scenario.name, rows: model.constraintCount, columns: model.variableCount,
            nonzeros: model.nonzeroCount, whole: whole, bySchool: bySchool)
    }
}
