import Foundation
import GLPK

/// What the `lp` commands write to standard error: the one-line
/// `error: <file>: <what and how to fix>` messages and, in verbose mode, GLPK's log.
enum LPTerminal {
    /// Writes `text` to standard error as it is.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes `error: <file>: <message>` and a newline. A wrapper error that names its
    /// own file (its context) is written with that name.
    static func report(_ error: GLPKError, file: String) {
        let subject = error.context ?? file
        writeError("error: \(subject): \(error.message)\n")
    }

    /// A number as people read it: 10 significant digits, `-0` as `0`.
    static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == .infinity { return "inf" }
        if value == -.infinity { return "-inf" }
        return String(format: "%.10g", value)
    }
}
