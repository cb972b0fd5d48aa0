import ArgumentParser

/// `skillplan`: plans the seats, classes, short courses and teachers of a city's
/// vocational schools, and exports and compares the plans.
@main
struct SkillPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillplan",
        abstract: "Plan vocational-school seats, classes, training and teachers with GLPK.",
        discussion: ExitStatus.helpText,
        version: "0.1.0",
        subcommands: [
            SolveCommand.self, ValidateCommand.self, ScenariosCommand.self, ExportCommand.self, DiffCommand.self,
            HistoryCommand.self, ShowCommand.self, RestoreCommand.self, SweepCommand.self, RobustnessCommand.self,
            GenerateCommand.self,
            ModelCommand.self, LPCommand.self, CheckCommand.self, EvaluateCommand.self, MonitorCommand.self,
            ServeCommand.self,
        ],
        defaultSubcommand: nil
    )
}
