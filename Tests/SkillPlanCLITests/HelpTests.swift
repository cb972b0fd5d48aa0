import TestSupport
import Testing

/// The root command's help, exactly as a planner sees it (swift-argument-parser's habit).
@Suite("skillplan --help")
struct HelpTests {
    @Test("The root help lists every command and the exit codes")
    func rootHelp() throws {
        let result = try CommandRunner().run(["--help"])
        #expect(result.exitCode == 0)
        #expect(
            result.standardOutput == """
                OVERVIEW: Plan vocational-school seats, classes, training and teachers with
                GLPK.

                Exit codes: 0 success; 1 targets short (solve --strict only); 2 infeasible or
                unbounded model, or an evaluated plan that breaks a hard constraint; 3 bad
                input (file, scenario or data); 4 no solution within the limits; 5 the plan
                failed the independent check; 64 usage error; 130 stopped by Ctrl-C or SIGTERM
                (the best plan so far is kept).

                USAGE: skillplan <subcommand>

                OPTIONS:
                  --version               Show the version.
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  solve                   Solve a scenario into a plan (default: the bundled
                                          Models/xingning-2025.yaml).
                  validate                Check a scenario and its data: list every problem at
                                          once, or say ok (default: the bundled
                                          Models/xingning-2025.yaml).
                  scenarios               List the bundled scenarios (Models/*.yaml) and the
                                          question each answers.
                  export                  Export a plan's tables as CSV, JSON, Markdown or an
                                          HTML page with charts.
                  diff                    Compare plans: cost, targets, applicants turned away,
                                          teachers and seats first, then each change.
                  history                 List the saved plan versions: id, label, scenario,
                                          when, cost, targets met.
                  show                    Show a saved version: when, from what, and its plan
                                          summary (or its plan JSON).
                  restore                 Write back the exact scenario file and data files a
                                          saved version was solved from.
                  sweep                   Solve a grid of variants of a scenario on all cores;
                                          tabulate cost and each target's shortfall per point.
                  robustness              Does each target survive the assumptions? Solve with
                                          each uncertain input at its low and high value.
                  generate                Write a synthetic scenario of any size (scenario YAML
                                          and CSV tables), deterministic for a seed.
                  model                   Write a scenario's model as a CPLEX LP or free MPS
                                          file for other solvers.
                  lp                      Solve or convert an LP or MIP file (free or fixed
                                          MPS, CPLEX LP) with GLPK.
                  check                   Check a plan against its scenario: every hard
                                          constraint, decision limit, reported number, target
                                          and the objective, recomputed from the plan's
                                          decisions.
                  evaluate                Evaluate a plan of your own: its cost, each target
                                          met or short, and each hard constraint it breaks.
                  monitor                 Hold a plan against actual figures: per target and
                                          year planned, actual, and what the years left must
                                          deliver.
                  serve                   Run the planner's workbench in a browser: scenarios,
                                          levers, solves with live progress, plans, history,
                                          data.

                  See 'skillplan help <subcommand>' for detailed help.

                """)
    }

    @Test("An unknown command is a usage error (64)")
    func unknown() throws {
        let result = try CommandRunner().run(["plan"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: Unexpected argument 'plan'\n"))
    }
}
