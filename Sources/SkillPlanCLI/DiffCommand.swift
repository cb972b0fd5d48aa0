import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan diff A B [C…] [--format text|markdown|json|html] [--lang zh|en]
/// [--min-change N|P%] [-o FILE]`: what changed from plan A to plan B, the headline first;
/// with three plans or more, their headlines side by side.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare plans: cost, targets, applicants turned away, teachers and seats first, then each change.",
        discussion: """
            Two plans: first the headline — total cost and each cost item before and after, \
            targets newly met and newly short with their amounts, applicants turned away (in \
            all and the programmes with the most), teachers and seats per school in the last \
            year, and the inputs that changed (one line each); then per school the changes \
            summed over the plan years; then every change with before, after and the \
            difference, largest first: intake, new classes, enrolment and short courses per \
            programme, level and year; seats added per school and year; hires and rotation \
            per teacher group and year; target rows; each cost. Changes under --min-change \
            are counted, not listed. Two identical plans give "no changes". See \
            docs/exports.md.

            Three plans or more: one headline table with a column per plan.

            Each plan is a plan file or a version saved with `skillplan solve --save` (an id \
            such as 3 or v3, or a label; see `skillplan history`), mixed as you like; a \
            version is named by its label (or id) and scenario. Two versions also show the \
            inputs that changed between them (data cells and scenario settings). See \
            docs/plan-store.md.

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

    @Argument(
        help: ArgumentHelp(
            "The plans: the first (before), the second (after), and more to lay side by side; each a plan file or a saved version (3, v3 or a label).",
            valueName: "plan"))
    var plans: [String] = []

    @Option(help: "text (aligned columns), markdown, json (sorted keys) or html (one self-contained page with charts).")
    var format: Format = .text

    @OptionGroup var lang: LanguageOptions

    @Option(
        parsing: .singleValue,
        help: ArgumentHelp(
            "The smallest change listed: a number of people and seats (default 1), or a share of total cost ending in % (default 0.1%); give both by repeating it. Smaller changes are counted, not listed. 0 lists every change.",
            valueName: "n|p%"))
    var minChange: [String] = []

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if plans.count < 2 {
            throw ValidationError("Give at least two plans to compare: plan files or saved versions.")
        }
        if plans.contains(where: \.isEmpty) {
            throw ValidationError("A plan is an empty name; give a plan file or a saved version.")
        }
        if let output, output.isEmpty { throw ValidationError("Give a file name after -o, or leave -o out to print.") }
        if let output, plans.contains(output) {
            throw ValidationError("The output would replace a plan being compared; name another file.")
        }
        _ = try threshold()
    }

    /// The threshold of `--min-change`.
    func threshold() throws -> DiffThreshold {
        var threshold = DiffThreshold()
        for text in minChange {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("%") {
                guard let percent = Double(trimmed.dropLast()), percent >= 0, percent <= 100 else {
                    throw ValidationError(
                        "--min-change \(text): a share of total cost is a percentage from 0% to 100%, e.g. 0.5%")
                }
                threshold.costShare = percent / 100
            } else {
                guard let count = Double(trimmed), count >= 0, count.isFinite else {
                    throw ValidationError(
                        "--min-change \(text): give a number of people and seats (e.g. 5) or a share of cost (e.g. 0.5%)"
                    )
                }
                threshold.people = count
                threshold.seats = count
            }
        }
        return threshold
    }

    func run() throws {
        do {
            let opener = StoreOpener(store)
            let resolved = try plans.map { try PlanArgument(text: $0).resolve(in: opener.store) }
            let labels = Self.labels(plans, resolved.map(\.plan), resolved.map(\.version))
            let renderer = PlanDiffRenderer(language: lang.language)
            let text: String
            if resolved.count == 2 {
                var inputs: [InputChange] = []
                if let from = resolved[0].version, let to = resolved[1].version {
                    inputs = try opener.store().inputChanges(from: from, to: to)
                }
                let diff = PlanDiff.compare(
                    resolved[0].plan, resolved[1].plan, inputs: inputs, labels: (labels[0], labels[1]),
                    threshold: try threshold())
                text = try renderer.render(diff, as: format.diffFormat)
            } else {
                text = try renderer.render(
                    PlanLineup(plans: resolved.map(\.plan), labels: labels), as: format.diffFormat)
            }
            guard let output else {
                print(text, terminator: "")
                return
            }
            try AtomicFile.write(text, to: output)
            print(output)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }

    /// What each plan is called beside its scenario: a version by its label, or `v3`; a
    /// plan file by its name without `.json` when another plan has the same scenario
    /// (else `nil`: the scenario names it).
    static func labels(_ arguments: [String], _ plans: [Plan], _ versions: [PlanVersionSummary?]) -> [String?] {
        arguments.indices.map { i in
            if let version = versions[i] { return version.label ?? "v\(version.id)" }
            let shared = plans.indices.contains { $0 != i && plans[$0].scenario == plans[i].scenario }
            guard shared else { return nil }
            let name = URL(fileURLWithPath: arguments[i]).lastPathComponent
            return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        }
    }
}
