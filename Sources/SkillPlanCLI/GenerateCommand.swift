import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan generate`: a synthetic scenario of any size, written in the bundled format.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic scenario of any size (scenario YAML and CSV tables), deterministic for a seed.",
        discussion: """
            The scenario is hard-feasible by construction (the plan that admits nobody new \
            satisfies every hard constraint) and has targets of every kind: province-wide ones \
            that couple the schools, serve-demand, and the technician-college criteria of every \
            third school. --preset guangdong is about 150 schools × 40 programmes × 3 levels × \
            10 years. Writes DIR/<name>.yaml and DIR/data/*.csv; solve it with `skillplan solve \
            DIR/<name>.yaml`.
            \(ExitStatus.helpText)
            """)

    /// The named sizes.
    enum Preset: String, ExpressibleByArgument, CaseIterable {
        case guangdong
    }

    @Option(
        help:
            "A named size: guangdong (150 schools, 40 programmes, 3 levels, 10 years, 8 groups). Other options override it."
    )
    var preset: Preset?

    @Option(help: "Schools (default 3).")
    var schools: Int?

    @Option(help: "Programmes per school (default 6).")
    var programmes: Int?

    @Option(help: "Levels of study, 1 to 3 (default 3).")
    var levels: Int?

    @Option(help: "Planning years (default 5).")
    var years: Int?

    @Option(help: "Teacher groups per school (default 4).")
    var groups: Int?

    @Option(help: "The seed: the same seed and size make the same scenario (default 1).")
    var seed: UInt64?

    @Option(name: [.short, .customLong("output")], help: "The folder to write into. Default: out/<scenario name>.")
    var output: String?

    @Flag(
        help:
            "Write even into a folder that holds a scenario already, replacing its data/ tables (which its other scenario files read)."
    )
    var force = false

    var size: SyntheticScenarioSize {
        var size =
            preset.flatMap { SyntheticScenarioSize.presets[$0.rawValue] }
            ?? SyntheticScenarioSize(
                schools: 3, programmesPerSchool: 6, levels: 3, years: 5, groupsPerSchool: 4, seed: 1)
        if let schools { size.schools = schools }
        if let programmes { size.programmesPerSchool = programmes }
        if let levels { size.levels = levels }
        if let years { size.years = years }
        if let groups { size.groupsPerSchool = groups }
        if let seed { size.seed = seed }
        return size
    }

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if let problem = size.problem { throw ValidationError(problem) }
    }

    func run() throws {
        do {
            let scenario = ScenarioGenerator(size: size).scenario()
            let folder = output ?? "out/\(scenario.name)"
            let path = try ScenarioWriter.write(scenario, to: folder, replace: force)
            let offerings = scenario.programmes.reduce(0) { $0 + $1.levels.count }
            print(
                lang.language.text(
                    zh:
                        "已写入 \(path)：\(scenario.schools.count) 所学校，\(scenario.programmes.count) 个专业（\(offerings) 个专业层次），"
                        + "\(scenario.groups.count) 个教研组，\(scenario.years.count) 年，\(scenario.targets.count) 项目标",
                    en:
                        "Wrote \(path): \(scenario.schools.count) schools, \(scenario.programmes.count) programmes (\(offerings) programme levels), "
                        + "\(scenario.groups.count) teacher groups, \(scenario.years.count) years, \(scenario.targets.count) targets"
                ))
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
