import ArgumentParser
import SkillPlan

/// `skillplan diff A B [--format text|markdown|json|html] [--lang zh|en] [-o FILE]`: what
/// changed from plan A to plan B, only the changes, largest first.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two plans: seats, classes, training, hires, rotation, targets, cost.",
        discussion: """
            Lists only what changed, each with before, after and the difference, largest \
            first within each part: intake, new classes, enrolment and short courses per \
            programme, level and year; seats added per school and year; hires and rotation \
            per teacher group and year; targets newly met or newly short, and shortfalls that \
            changed; each cost. Two identical plans give "no changes". See docs/exports.md.

            Each plan is a plan file or a version saved with `skillplan solve --save` (an id \
            such as 3 or v3, or a label; see `skillplan history`), mixed as you like. Two \
            versions also show the inputs that changed between them (data cells and \
            scenario settings) above the plan's changes. See docs/plan-store.md.

            \(ExitStatus.helpText)
            """
    )

    /// The `--format` values.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html

        /// The library's format.
        var diffFormat: PlanDiffFormat {
            switch self {
            case .text: .text
            case .markdown: .markdown
            case .json: .json
            case .html: .html
            }
        }
    }

    @Argument(help: ArgumentHelp("The first plan (before): a plan file, or a saved version (3, v3 or a label).", valueName: "plan-a"))
    var a: String

    @Argument(help: ArgumentHelp("The second plan (after): a plan file, or a saved version.", valueName: "plan-b"))
    var b: String

    @Option(help: "text (aligned columns), markdown, json (sorted keys) or html (one self-contained page).")
    var format: Format = .text

    @Option(help: "The language of labels and names: zh (Chinese) or en (English).")
    var lang: ExportCommand.LanguageOption = .zh

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if a.isEmpty || b.isEmpty { throw ValidationError("Give two plans to compare: plan files or saved versions.") }
        if let output, output.isEmpty { throw ValidationError("Give a file name after -o, or leave -o out to print.") }
        if let output, output == a || output == b {
            throw ValidationError("The output would replace a plan being compared; name another file.")
        }
    }

    func run() throws {
        do {
            let opener = StoreOpener(store)
            let before = try PlanArgument(text: a).resolve(in: opener.store)
            let after = try PlanArgument(text: b).resolve(in: opener.store)
            var inputs: [InputChange] = []
            if let from = before.version, let to = after.version {
                inputs = try opener.store().inputChanges(from: from, to: to)
            }
            let diff = PlanDiff.compare(before.plan, after.plan, inputs: inputs)
            let text = try PlanDiffRenderer(language: lang.language).render(diff, as: format.diffFormat)
            guard let output else {
                print(text, terminator: "")
                return
            }
            try AtomicFile.write(text, to: output)
            print(output)
        } catch {
            throw ErrorReporting.exitCode(for: error)
        }
    }
}
