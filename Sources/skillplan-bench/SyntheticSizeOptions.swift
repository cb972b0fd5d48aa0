import ArgumentParser
import SkillPlan

/// The size of a synthetic scenario on the command line: a preset, then any part of it.
struct SyntheticSizeOptions: ParsableArguments {
    @Option(help: "A named size: guangdong (150 schools × 40 programmes × 3 levels × 10 years, 8 groups).")
    var preset: String = "guangdong"

    @Option(help: "Schools (overrides the preset).")
    var schools: Int?

    @Option(help: "Programmes per school (overrides the preset).")
    var programmes: Int?

    @Option(help: "Planning years (overrides the preset).")
    var years: Int?

    @Option(help: "Teacher groups per school (overrides the preset).")
    var groups: Int?

    @Option(help: "The seed (overrides the preset).")
    var seed: UInt64?

    /// The size asked for.
    var size: SyntheticScenarioSize {
        var size = SyntheticScenarioSize.presets[preset] ?? .guangdong
        if let schools { size.schools = schools }
        if let programmes { size.programmesPerSchool = programmes }
        if let years { size.years = years }
        if let groups { size.groupsPerSchool = groups }
        if let seed { size.seed = seed }
        return size
    }

    /// The size's arguments, to hand to a child process.
    var arguments: [String] { Self.arguments(for: size) }

    /// A size's arguments.
    static func arguments(for size: SyntheticScenarioSize) -> [String] {
        [
            "--schools", "\(size.schools)", "--programmes", "\(size.programmesPerSchool)", "--years", "\(size.years)",
            "--groups", "\(size.groupsPerSchool)", "--seed", "\(size.seed)",
        ]
    }

    func validate() throws {
        guard SyntheticScenarioSize.presets[preset] != nil else {
            throw ValidationError(
                "--preset must be one of: \(SyntheticScenarioSize.presets.keys.sorted().joined(separator: ", ")), not \(preset)."
            )
        }
        if let problem = size.problem { throw ValidationError(problem) }
    }
}
