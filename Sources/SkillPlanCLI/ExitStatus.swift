import ArgumentParser

/// The exit codes of every subcommand, documented in `--help` and the README.
enum ExitStatus {
    /// The command did what was asked.
    static let success = ExitCode(0)
    /// `solve --strict`: the plan leaves at least one target short.
    static let targetsShort = ExitCode(1)
    /// The model is infeasible (its hard constraints cannot hold) or unbounded, or an
    /// evaluated plan breaks a hard constraint or a decision's limit.
    static let infeasible = ExitCode(2)
    /// A file, scenario or data value is wrong (the message names it).
    static let badInput = ExitCode(3)
    /// The solver stopped without a plan (e.g. the time limit ran out first).
    static let noSolution = ExitCode(4)
    /// The plan failed the independent plan checker (a defect: please report it).
    static let checkFailed = ExitCode(5)
    /// Ctrl-C or SIGTERM stopped the command; what it kept is written and said.
    static let interrupted = ExitCode(130)
    /// The command line is wrong (ArgumentParser's usage code).
    static let usage = ExitCode.validationFailure

    static let helpText = """
        Exit codes: 0 success; 1 targets short (solve --strict only); 2 infeasible or \
        unbounded model, or an evaluated plan that breaks a hard constraint; 3 bad input \
        (file, scenario or data); 4 no solution within the limits; 5 the plan failed the \
        independent check; 64 usage error; 130 stopped by Ctrl-C or SIGTERM (the best \
        plan so far is kept).
        """
}
