import ArgumentParser
import Foundation
import GLPK
import SkillPlan

/// Turns an error into one clear message on standard error and the exit code that
/// says what kind of failure it was. No stack traces.
enum ErrorReporting {
    /// Prints an error and returns its exit code.
    ///
    /// - Parameters:
    ///   - error: the error.
    ///   - language: the command's language: a problem worded in it (a given decision's,
    ///     a CSV file's) is printed in it, `错误：…` in Chinese; the others in English.
    static func exitCode(for error: Error, language: Language = .en) -> ExitCode {
        switch error {
        case let error as ScenarioError:
            for issue in error.issues { printIssue(issue, language) }
            return ExitStatus.badInput
        case let error as DecisionErrors:
            for item in error.errors { printIssue(item, language) }
            return ExitStatus.badInput
        case let error as PlanVerificationError:
            printError(error.description)
            return ExitStatus.badInput
        case let error as FileError:
            printError(error.description)
            return ExitStatus.badInput
        case let error as PlanningError:
            printError(error.description(in: language), language: language)
            switch error {
            case .infeasible, .unbounded: return ExitStatus.infeasible
            case .noPlan(_, let reason), .schoolNoPlan(_, _, let reason):
                return reason == SolutionStatus.StopReason.interrupted.rawValue
                    ? ExitStatus.interrupted : ExitStatus.noSolution
            }
        case let error as PlanStoreError:
            printError(error.description)
            return ExitStatus.badInput
        case let error as GLPKError:
            printError(error.description)
            return error.code == .fileRead || error.code == .fileWrite ? ExitStatus.badInput : ExitStatus.noSolution
        default:
            printError("\(error)")
            return ExitStatus.badInput
        }
    }

    /// A problem in a file, in the language when it is worded in it.
    static func printIssue(_ issue: ScenarioIssue, _ language: Language) {
        if language == .zh, issue.isWorded(in: .zh) {
            FileHandle.standardError.write(Data("错误：\(issue.description(in: .zh))\n".utf8))
        } else {
            printError(issue.description)
        }
    }

    /// Prints an error: `error: …`, or `错误：…` in a Chinese run.
    static func printError(_ message: String, language: Language = .en) {
        FileHandle.standardError.write(Data(language.text(zh: "错误：\(message)\n", en: "error: \(message)\n").utf8))
    }

    /// Prints a warning: `warning: …`, or `警告：…` in a Chinese run.
    static func printWarning(_ message: String, language: Language = .en) {
        FileHandle.standardError.write(Data(language.text(zh: "警告：\(message)\n", en: "warning: \(message)\n").utf8))
    }
}
