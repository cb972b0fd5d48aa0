import ArgumentParser
import GLPK

/// `skillplan lp convert IN OUT`: reads a model file and writes it in another format.
struct LPConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a model file between free MPS, fixed MPS and CPLEX LP.",
        discussion: """
            Without --from, the input's format is recognised from the file (.lp is \
            CPLEX LP, anything else free MPS, then fixed MPS). Without --to, the output's \
            extension decides: .lp is CPLEX LP, anything else free MPS. CPLEX LP allows \
            fewer characters in names: [ ] become ( ) and others _.

            \(ExitStatus.helpText)
            """
    )

    @Argument(help: "The model file to read.")
    var input: String

    @Argument(help: "The file to write (replaced if it exists).")
    var output: String

    @Option(help: "The input's format, when its extension or content does not tell.")
    var from: LPFileFormat?

    @Option(help: "The output's format, when its extension does not tell.")
    var to: LPFileFormat?

    func validate() throws {
        if input == output {
            throw ValidationError("The input and the output are the same file; name another output.")
        }
    }

    func run() throws {
        let model: Model
        do {
            model = try Model.read(contentsOf: input, format: from?.modelFileFormat)
        } catch let error as GLPKError {
            LPTerminal.report(error, file: input)
            throw ExitStatus.badInput
        }
        let format = to?.modelFileFormat ?? ModelFileFormat.guess(fromPath: output)
        do {
            try model.write(to: output, format: format)
        } catch let error as GLPKError {
            LPTerminal.report(error, file: output)
            throw ExitStatus.badInput
        }
        print(
            "wrote \(output) (\(LPFileFormat(format).rawValue)): \(model.variableCount) variables, \(model.constraintCount) constraints, \(model.nonzeroCount) non-zeros"
        )
    }
}
