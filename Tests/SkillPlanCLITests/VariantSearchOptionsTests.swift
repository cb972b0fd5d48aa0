import Foundation
import TestSupport
import Testing

/// The options `sweep` and `robustness` share (``VariantSearchOptions``): the same
/// checks and messages in both commands.
@Suite("sweep and robustness: the shared search options")
struct VariantSearchOptionsTests {
    static let tiny = SweepCommandTests.fixtures.appendingPathComponent("tiny.yaml").path

    /// Each command with what it needs besides the options.
    static let commands = [["sweep", tiny, "--vary", "targets.train.value=0...100:50"], ["robustness", tiny]]

    /// A bad option and the start of the message that refuses it. A negative time limit
    /// is read as a value (before, robustness said "Missing value").
    static let refusals: [(option: [String], message: String)] = [
        (
            ["--time-limit", "-1"],
            "Error: --time-limit is -1 s, must be more than 0 and at most 2,147,483 s (24.8 days, GLPK's longest)"
        ),
        (["--jobs", "0"], "Error: --jobs must be at least 1, not 0"),
    ]

    @Test(
        "A bad search option is a usage error that says what to give, the same in both commands",
        arguments: commands, refusals)
    func refused(command: [String], refusal: (option: [String], message: String)) throws {
        let result = try CommandRunner().run(command + refusal.option)
        #expect(result.exitCode == 64)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix(refusal.message), "\(result.standardError)")
    }
}
