import Foundation
import TestSupport
import Testing

/// `skillplan solve --target-prices` on the tiny fixture: 100 applicants in classes of
/// 40 (3 classes, 3,000 yuan) and 50 short-course places at 10 (500).
@Suite("skillplan solve --target-prices")
struct TargetPricesCommandTests {
    func fixture(_ name: String) -> String { SolveCommandTests.fixtures.appendingPathComponent(name).path }

    func temporaryFolder() throws -> URL { try SolveCommandTests().temporaryFolder() }

    /// The summary's target prices block, without its first line's timing.
    func pricesBlock(_ output: String) -> [String] {
        let lines = output.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Target prices (") }) else { return [] }
        let end = lines[start...].firstIndex { $0.hasPrefix("Seats and teachers by year:") } ?? lines.endIndex
        var block = Array(lines[start..<end])
        block[0] = block[0].replacingOccurrences(
            of: #"; \d+ solves on \d+ cores in [0-9.]+ s"#, with: "", options: .regularExpression)
        return block
    }

    @Test("A 10% step: admitting 90 of 100 still needs 3 classes (0 saved); 45 places instead of 50 save 50")
    func step() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let result = try CommandRunner().run(["solve", fixture("tiny.yaml"), "--target-prices", "-o", plan])
        #expect(result.exitCode == 0)
        #expect(result.standardError == "")
        #expect(
            pricesBlock(result.standardOutput) == [
                "Target prices (each target's requirement lowered by 10.0%, the plan solved again like itself):",
                "  target            value          relaxed  in plan  cost saved  at least  at most  admitted  teachers  seats  differ    solve",
                "  serve           100.00%           90.00%      met           0         0        0         0         0      0       0  optimal",
                "  train   50 person-times  45 person-times      met         +50       +50      +50         0         0      0       1  optimal",
                "  (cost saved: this plan's cost less the relaxed plan's, in yuan; at least / at most: within both searches' gaps;",
                "   admitted: applicants over all years; teachers and seats: the last year; differ: decisions that differ)",
            ])
        // The plan file keeps the prices; the export writes them as a table of their own.
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(text.contains(#""targetPrices" : {"#))
        let out = folder.appendingPathComponent("csv").path
        let export = try CommandRunner().run(["export", plan, "--format", "csv", "--lang", "en", "-o", out])
        #expect(export.exitCode == 0)
        let csv = try String(contentsOfFile: out + "/target-prices.csv", encoding: .utf8)
        #expect(
            csv.contains("\r\nTrain 50 a year,Annual training,50,45,person-times,Met,optimal,3450,50,50,50,0,0,0,1\r\n")
        )
    }

    @Test("remove: without the serve target nobody need be admitted (3,000 saved, 100 fewer admitted)")
    func remove() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let result = try CommandRunner().run([
            "solve", fixture("tiny.yaml"), "--target-prices", "--relax-step", "remove", "-o", plan,
        ])
        #expect(result.exitCode == 0)
        let block = pricesBlock(result.standardOutput)
        #expect(block.first == "Target prices (each target removed, the plan solved again like itself):")
        #expect(
            block.contains {
                $0.hasPrefix("  serve ") && $0.contains(" removed ") && $0.contains(" +3,000 ") && $0.contains(" -100 ")
            })
        #expect(block.contains { $0.hasPrefix("  train ") && $0.contains(" removed ") && $0.contains(" +500 ") })
    }

    @Test(
        "Option errors name the option and the fix",
        arguments: [
            (
                ["--relax-step", "10%"],
                "Error: --relax-step applies to --target-prices; add --target-prices, or drop --relax-step\n"
            ),
            (
                ["--target-prices", "--relax-step", "0"],
                "Error: --relax-step '0' must be more than 0% and less than 100%; give e.g. 10%, or remove to take each target out\n"
            ),
            (
                ["--target-prices", "--relax-step", "100%"],
                "Error: --relax-step '100%' must be more than 0% and less than 100%; give e.g. 10%, or remove to take each target out\n"
            ),
            (
                ["--target-prices", "--relax-step", "lots"],
                "Error: --relax-step 'lots' is neither a step nor 'remove'; give a percentage such as 10%, a fraction such as 0.1, or remove\n"
            ),
            (
                ["--target-prices", "--by-school"],
                "Error: --target-prices applies to the whole-model search (each price is solved like the plan); drop --by-school, or solve without --target-prices\n"
            ),
        ])
    func usage(arguments: [String], message: String) throws {
        let result = try CommandRunner().run(["solve", fixture("tiny.yaml")] + arguments)
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix(message))
        #expect(result.standardOutput == "")
    }
}
