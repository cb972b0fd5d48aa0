import ArgumentParser
import Foundation
import GLPK
import SkillPlan

/// Turns an error into one clear message on standard error and the exit code that
/// says what kind of failure it was. No stack traces.
enum ErrorReporting {
    static func exitCode(for error: Error) -> ExitCode {
        switch error {
        case let error as ScenarioError:
            for issue in error.issues { printError(issue.description) }
            return ExitStatus.badInput
        case let error as DecisionErrors:
            for item in error.errors { printError(item.description) }
            return ExitStatus.badInput
        case let error as PlanVerificationError:
            printError(error.description)
            return ExitStatus.badInput
        case let error as FileError:
            printError(error.description)
            return ExitStatus.badInput
        case let error as PlanningError:
            printError(error.description)
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

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func printWarning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}
