import Foundation
import Testing

/// The options `sweep` and `robustness` share (``VariantSearchOptions``): the same
/// checks and messages in both commands.
@Suite("sweep and robustness: the shared search options")
struct VariantSearchOptionsTests {
    static let tiny = SweepCommandTests.fixtures.appendingPathComponent("tiny.yaml").path

    @Test("A negative time limit is read as a value and refused with what to give, in both commands",
          arguments: [["sweep", Self.tiny, "--vary", "targets.train.value=0...100:50"],
                      ["robustness", Self.tiny]])
    func negativeTimeLimit(command: [String]) throws {
        let result = try CommandRunner().run(command + ["--time-limit", "-1"])
        #expect(result.exitCode == 64)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("Error: --time-limit is -1 s, must be more than 0 and at most 2,147,483 s (24.8 days, GLPK's longest)"))
    }

    @Test("No cores is a usage error in both commands",
          arguments: [["sweep", Self.tiny, "--vary", "targets.train.value=0...100:50"],
                      ["robustness", Self.tiny]])
    func noCores(command: [String]) throws {
        let result = try CommandRunner().run(command + ["--jobs", "0"])
        #expect(result.exitCode == 64)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("Error: --jobs must be at least 1, not 0"))
    }
}
