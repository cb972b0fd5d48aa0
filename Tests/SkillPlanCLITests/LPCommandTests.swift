import Foundation
import TestSupport
import Testing

/// `skillplan lp solve` and `skillplan lp convert`, run as the built binary: exact
/// output and exit codes, as in swift-argument-parser's example tests.
@Suite("skillplan lp")
struct LPCommandTests {
    /// The GLPK manual's example in CPLEX LP: maximise 10x + 6y + 4z.
    static let manual = """
        Maximize
         profit: 10 x + 6 y + 4 z
        Subject To
         p: x + y + z <= 100
         q: 10 x + 4 y + 5 z <= 600
         r: 2 x + 2 y + 6 z <= 300
        End

        """

    /// A knapsack MIP: max 10a + 8b + 5c, 5a + 4b + 3c ≤ 10, a, b, c ∈ {0, 1, 2}: 20 at a = 2.
    static let knapsack = """
        Maximize
         value: 10 a + 8 b + 5 c
        Subject To
         weight: 5 a + 4 b + 3 c <= 10
        Bounds
         a <= 2
         b <= 2
         c <= 2
        General
         a b c
        End

        """

    static let infeasible = """
        Minimize
         cost: x + y
        Subject To
         low: x + y >= 10
         high: x + y <= 5
        End

        """

    let runner: CommandRunner
    let folder: TemporaryFolder

    init() throws {
        runner = try CommandRunner()
        folder = try TemporaryFolder()
    }

    /// `"solveTime" : 0.000123` → `"solveTime" : 0`, the one value that changes between runs.
    static func fixSolveTime(_ json: String) -> String {
        json.replacingOccurrences(
            of: #""solveTime" : [0-9.e+-]+"#, with: #""solveTime" : 0"#, options: .regularExpression)
    }

    @Test("lp solve prints status, objective and an aligned table of values")
    func solveText() throws {
        let file = try folder.write(Self.manual, to: "manual.lp")
        let result = try runner.run(["lp", "solve", file])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        #expect(
            result.standardOutput == """
                status     optimal
                objective  733.3333333

                variable        value
                x         33.33333333
                y         66.66666667
                z                   0

                """)
    }

    @Test("lp solve --format json: sorted keys, values by name, nulls for an LP's bound and gap")
    func solveJSON() throws {
        let file = try folder.write(Self.manual, to: "manual.lp")
        let result = try runner.run(["lp", "solve", file, "--format", "json", "--method", "exact"])
        #expect(result.exitCode == 0)
        #expect(
            Self.fixSolveTime(result.standardOutput) == """
                {
                  "bestBound" : null,
                  "gap" : null,
                  "objective" : 733.3333333333333,
                  "solveTime" : 0,
                  "status" : "optimal",
                  "stopReason" : null,
                  "values" : {
                    "x" : 33.33333333333333,
                    "y" : 66.66666666666666,
                    "z" : 0
                  }
                }

                """)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect((object["solveTime"] as? Double).map { $0 >= 0 } == true)
    }

    @Test("A MIP prints its best bound and gap, in text and JSON")
    func solveMIP() throws {
        let file = try folder.write(Self.knapsack, to: "knapsack.lp")
        let text = try runner.run(["lp", "solve", file, "--mip-gap", "0.001", "--time-limit", "30"])
        #expect(text.exitCode == 0)
        #expect(
            text.standardOutput == """
                status      optimal
                objective   20
                best bound  20
                gap         0

                variable  value
                a             2
                b             0
                c             0

                """)
        let json = try runner.run(["lp", "solve", file, "--format", "json", "--no-presolve"])
        #expect(json.exitCode == 0)
        #expect(
            Self.fixSolveTime(json.standardOutput) == """
                {
                  "bestBound" : 20,
                  "gap" : 0,
                  "objective" : 20,
                  "solveTime" : 0,
                  "status" : "optimal",
                  "stopReason" : null,
                  "values" : {
                    "a" : 2,
                    "b" : 0,
                    "c" : 0
                  }
                }

                """)
    }

    @Test("A time limit on a hard MIP: the incumbent is reported as feasible (time limit), exit 0")
    func timeLimit() throws {
        let knapsack = MultidimensionalKnapsack(items: 100, dimensions: 10, seed: 3)
        var lines = [
            "Maximize",
            " profit: " + (0..<knapsack.items).map { "\(Int(knapsack.profits[$0])) i\($0)" }.joined(separator: " + "),
            "Subject To",
        ]
        for d in 0..<knapsack.dimensions {
            lines.append(
                " c\(d): "
                    + (0..<knapsack.items).map { "\(Int(knapsack.weights[d][$0])) i\($0)" }.joined(separator: " + ")
                    + " <= \(Int(knapsack.capacities[d]))")
        }
        lines += ["Binary", " " + (0..<knapsack.items).map { "i\($0)" }.joined(separator: " "), "End", ""]
        let file = try folder.write(lines.joined(separator: "\n"), to: "hard.lp")
        let result = try runner.run(["lp", "solve", file, "--time-limit", "0.3", "--format", "json"])
        #expect(result.exitCode == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "feasible")
        #expect(object["stopReason"] as? String == "time limit")
        #expect((object["gap"] as? Double).map { $0 > 0 } == true)
        #expect((object["values"] as? [String: Any])?.count == 100)
    }

    @Test("An infeasible model: the status, and exit 2")
    func solveInfeasible() throws {
        let file = try folder.write(Self.infeasible, to: "infeasible.lp")
        let result = try runner.run(["lp", "solve", file])
        #expect(result.exitCode == 2)
        #expect(result.standardOutput == "status  infeasible\n")
        #expect(result.standardError == "")
        let json = try runner.run(["lp", "solve", file, "--format", "json"])
        #expect(json.exitCode == 2)
        #expect(json.standardOutput.contains(#""objective" : null"#))
        #expect(json.standardOutput.contains(#""values" : {"#))
    }

    @Test("A garbage file: one error line naming the file and GLPK's reason, exit 3")
    func garbage() throws {
        let file = try folder.write("*^%(^%(T&*)(lksz\ndvhfalk mnthry6v54y76m87yq,x,\n", to: "garbage.mps")
        let result = try runner.run(["lp", "solve", file])
        #expect(result.exitCode == 3)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError
                == "error: \(file): GLPK could not read it as free-mps: \(file):2: invalid indicator record; GLPK could not read it as fixed-mps: \(file):2: invalid indicator record; fix the file or name its format\n"
        )
    }

    @Test("A missing file and a folder: one error line, exit 3")
    func missingFile() throws {
        let missing = folder.file("nowhere.mps")
        let result = try runner.run(["lp", "solve", missing])
        #expect(result.exitCode == 3)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "error: \(missing): no such file; check the path\n")
        let relative = try runner.run(["lp", "solve", "nowhere.lp"], workingDirectory: folder.path)
        #expect(relative.standardError == "error: nowhere.lp: no such file; check the path\n")
        let onFolder = try runner.run(["lp", "solve", folder.path])
        #expect(onFolder.exitCode == 3)
        #expect(
            onFolder.standardError
                == "error: \(folder.path): this is a folder, not a model file; name an .mps or .lp file\n")
    }

    @Test("A bad option value is a usage error, exit 64")
    func badOption() throws {
        let file = try folder.write(Self.manual, to: "manual.lp")
        let method = try runner.run(["lp", "solve", file, "--method", "simplex"])
        #expect(method.exitCode == 64)
        #expect(method.standardOutput == "")
        #expect(
            method.standardError.hasPrefix(
                "Error: The value 'simplex' is invalid for '--method <method>'. Please provide one of 'primal', 'dual', 'interior' or 'exact'.\n"
            ))
        let gap = try runner.run(["lp", "solve", file, "--mip-gap", "1.5"])
        #expect(gap.exitCode == 64)
        #expect(
            gap.standardError.hasPrefix(
                "Error: --mip-gap is 1.5, must be a relative gap from 0 up to (not including) 1, e.g. 0.005\n"))
        // The same range and exit code as `solve`, written with or without `=`.
        for arguments in [["--time-limit=-2"], ["--time-limit", "-2"]] {
            let time = try runner.run(["lp", "solve", file] + arguments)
            #expect(time.exitCode == 64)
            #expect(
                time.standardError.hasPrefix(
                    "Error: --time-limit is -2 s, must be more than 0 and at most 2,147,483 s (24.8 days, GLPK's longest)\n"
                ))
        }
        let huge = try runner.run(["lp", "solve", file, "--time-limit", "1e12"])
        #expect(huge.exitCode == 64)
        #expect(
            huge.standardError.hasPrefix(
                "Error: --time-limit is 1000000000000 s, must be more than 0 and at most 2,147,483 s"))
        let unknown = try runner.run(["lp", "solve", file, "--fast"])
        #expect(unknown.exitCode == 64)
        #expect(unknown.standardError.hasPrefix("Error: Unknown option '--fast'\n"))
        let none = try runner.run(["lp", "solve"])
        #expect(none.exitCode == 64)
        #expect(none.standardError.hasPrefix("Error: Missing expected argument '<file>'\n"))
    }

    @Test("--verbose streams GLPK's log and the solve time to standard error")
    func verbose() throws {
        let file = try folder.write(Self.manual, to: "manual.lp")
        let result = try runner.run(["lp", "solve", file, "--verbose", "--method", "dual", "--no-presolve"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("status     optimal\nobjective  733.3333333\n"))
        #expect(result.standardError.contains("GLPK Simplex Optimizer 5.0"))
        #expect(result.standardError.contains("OPTIMAL LP SOLUTION FOUND"))
        #expect(result.standardError.contains("\nsolve time: "))
    }

    @Test("lp convert: LP → free MPS → fixed MPS → LP keeps the model (and its maximisation)")
    func convertRoundTrip() throws {
        let lp = try folder.write(Self.manual, to: "manual.lp")
        let mps = folder.file("manual.mps")
        let fixed = folder.file("manual.deck")
        let back = folder.file("back.lp")
        let first = try runner.run(["lp", "convert", lp, mps])
        #expect(first.exitCode == 0)
        #expect(first.standardOutput == "wrote \(mps) (free-mps): 3 variables, 3 constraints, 9 non-zeros\n")
        let second = try runner.run(["lp", "convert", mps, fixed, "--to", "fixed-mps"])
        #expect(second.exitCode == 0)
        #expect(second.standardOutput == "wrote \(fixed) (fixed-mps): 3 variables, 3 constraints, 9 non-zeros\n")
        let third = try runner.run(["lp", "convert", fixed, back, "--from", "fixed-mps"])
        #expect(third.exitCode == 0)
        #expect(third.standardOutput == "wrote \(back) (lp): 3 variables, 3 constraints, 9 non-zeros\n")
        for file in [mps, fixed, back] {
            let solved = try runner.run(["lp", "solve", file])
            #expect(solved.exitCode == 0)
            #expect(solved.standardOutput.hasPrefix("status     optimal\nobjective  733.3333333\n"), "\(file)")
        }
        let text = try String(contentsOfFile: back, encoding: .utf8)
        #expect(text.contains("Maximize\n obj: + 10 x + 6 y + 4 z\n"))
    }

    @Test("lp convert: a bad input is exit 3, an unwritable output exit 3, the same file exit 64")
    func convertErrors() throws {
        let lp = try folder.write(Self.manual, to: "manual.lp")
        let missing = try runner.run(["lp", "convert", folder.file("none.lp"), folder.file("out.mps")])
        #expect(missing.exitCode == 3)
        #expect(missing.standardError == "error: \(folder.file("none.lp")): no such file; check the path\n")
        let nowhere = folder.file("absent/out.mps")
        let unwritable = try runner.run(["lp", "convert", lp, nowhere])
        #expect(unwritable.exitCode == 3)
        #expect(
            unwritable.standardError
                == "error: \(nowhere): the folder \(folder.path)/absent does not exist; create it first\n")
        let same = try runner.run(["lp", "convert", lp, lp])
        #expect(same.exitCode == 64)
        #expect(
            same.standardError.hasPrefix("Error: The input and the output are the same file; name another output.\n"))
        let format = try runner.run(["lp", "convert", lp, folder.file("x.mps"), "--to", "cplex"])
        #expect(format.exitCode == 64)
        #expect(
            format.standardError.hasPrefix(
                "Error: The value 'cplex' is invalid for '--to <to>'. Please provide one of 'free-mps', 'fixed-mps' or 'lp'.\n"
            ))
    }

    @Test("lp --help lists both subcommands")
    func help() throws {
        let result = try runner.run(["lp", "--help"])
        #expect(result.exitCode == 0)
        #expect(
            result.standardOutput.hasPrefix(
                "OVERVIEW: Solve or convert an LP or MIP file (free or fixed MPS, CPLEX LP) with\nGLPK.\n"))
        #expect(result.standardOutput.contains("  solve "))
        #expect(result.standardOutput.contains("  convert "))
    }
}
