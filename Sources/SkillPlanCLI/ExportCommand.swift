import ArgumentParser
import SkillPlan

/// `skillplan export PLAN --format csv|json|markdown|html [--lang zh|en] [-o DIR]`: writes
/// a plan's curriculum plan, teacher plan, teaching plan, target attainment and costs as
/// files, each atomically, and prints their paths.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a plan's tables as CSV, JSON, Markdown or an HTML page with charts.",
        discussion: """
            csv writes one file per table (summary, seats, curriculum-plan, classes-running, \
            teacher-plan, rotation, teaching-plan, targets, costs), UTF-8 with a byte-order \
            mark so that Excel and WPS show Chinese; json writes plan-tables.json; markdown \
            writes plan.md; html writes plan.html, one self-contained page that prints on A4. \
            Labels and names are in one language. Each file is written atomically; its path \
            is printed. See docs/exports.md.

            The plan is a plan file or a version saved with `skillplan solve --save` (an id \
            such as 3 or v3, or a label; see `skillplan history` and docs/plan-store.md).

            \(ExitStatus.helpText)
            """
    )

    /// The `--format` values.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, markdown, html

        /// The library's format.
        var exportFormat: ExportFormat {
            switch self {
            case .csv: .csv
            case .json: .json
            case .markdown: .markdown
            case .html: .html
            }
        }
    }

    @Argument(
        help: ArgumentHelp(
            "The plan to export: a plan file (written by `skillplan solve -o PLAN.json`) or a saved version (3, v3 or a label).",
            valueName: "plan"))
    var plan: String

    @Option(help: "csv (one file per table), json (plan-tables.json), markdown (plan.md) or html (plan.html).")
    var format: Format

    @OptionGroup var lang: LanguageOptions

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "The folder to write into (created if missing; files of the same name are replaced).", valueName: "dir"))
    var output: String = "./export"

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if plan.isEmpty { throw ValidationError("Give the plan to export: a plan file or a saved version.") }
        if output.isEmpty { throw ValidationError("Give a folder to write into with -o DIR.") }
    }

    func run() throws {
        do {
            let loaded = try PlanArgument(text: plan).resolve(in: StoreOpener(store).store).plan
            for file in try PlanExporter(language: lang.language).export(loaded, as: format.exportFormat) {
                let path = output.hasSuffix("/") ? output + file.name : output + "/" + file.name
                try AtomicFile.write(file.data, to: path)
                print(path)
            }
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
