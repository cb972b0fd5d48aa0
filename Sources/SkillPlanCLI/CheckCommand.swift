import ArgumentParser
import Foundation
import SkillPlan

/// `skillplan check PLAN`: checks a plan file or a saved version against its scenario.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check a plan against its scenario: every hard constraint, decision limit, reported number, target and the objective, recomputed from the plan's decisions.",
        discussion: """
            PLAN is a plan file or a saved version (id or label). The scenario is the one \
            given with --scenario, else a version's own saved files, else the bundled \
            scenario of the plan's name; its inputs must be the ones the plan was made from \
            (same input hash). Prints the verdict and each violation (family, element, what \
            is wrong, by how much). Exit 0 when the plan holds, 5 when it does not.
            \(ExitStatus.helpText)
            """)

    @Argument(help: "The plan: a plan file (.json) or a saved version (3, v3, or a label).")
    var plan: String

    @Option(
        help: ArgumentHelp(
            "The scenario file the plan was solved from. Default: a version's saved files, or the bundled scenario of the plan's name.",
            valueName: "path"))
    var scenario: String?

    @OptionGroup var store: StoreOptions

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        do {
            let language = lang.language
            let (checked, name, loaded) = try PlanArgument(text: plan).planWithScenario(
                in: store, scenarioPath: scenario, language: language)
            let violations = PlanVerification.check(checked, against: loaded)
            let terms = Terms(language)
            let hash = checked.inputHash.prefix(12)
            print(
                language.text(
                    zh: "方案：\(name)，情景 \(checked.scenario)，输入哈希 \(hash)…（一致）",
                    en: "Plan: \(name), scenario \(checked.scenario), input hash \(hash)… (matches)"))
            let status =
                language == .en
                ? checked.solver.status + (checked.solver.stopReason.map { " (\($0))" } ?? "")
                : terms.solverStatus(checked.solver.status)
                    + (checked.solver.stopReason.map { terms.parenthesised(terms.stopReason($0)) } ?? "")
            let cost = PlanSummary.money(checked.costs.total)
            let met = checked.targetIDs.count - checked.targetsShort.count, total = checked.targetIDs.count
            print(
                language.text(
                    zh: "求解器：\(status)，费用 \(cost) 元，\(total) 项目标中达成 \(met) 项",
                    en: "Solver: \(status), cost \(cost) yuan, \(met) of \(total) targets met"))
            if violations.isEmpty {
                print(
                    language.text(
                        zh: "结论：方案成立：每项硬约束、决策限制、报告数字、目标和目标函数值都与其决策一致",
                        en:
                            "Verdict: the plan holds: every hard constraint, decision limit, reported number, target and the objective agree with its decisions"
                    ))
                return
            }
            print(
                language.text(
                    zh: "结论：方案不成立：\(violations.count) 处违反",
                    en: "Verdict: the plan does not hold: \(violations.count) violation(s)"))
            for violation in violations { print("  " + violation.description(in: language)) }
            throw ExitStatus.checkFailed
        } catch let code as ExitCode {
            throw code
        } catch {
            throw ErrorReporting.exitCode(for: error, language: lang.language)
        }
    }
}
