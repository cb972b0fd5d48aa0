import ArgumentParser

/// `skillplan lp`: solves or converts any LP or MIP file with the GLPK wrapper,
/// knowing nothing of schools. A thin command to exercise the wrapper.
struct LPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lp",
        abstract: "Solve or convert an LP or MIP file (free or fixed MPS, CPLEX LP) with GLPK.",
        discussion: ExitStatus.helpText,
        subcommands: [LPSolveCommand.self, LPConvertCommand.self]
    )
}
