import Foundation
import Hummingbird
import SkillPlan

/// The saved versions and the kept results, with checkboxes to compare two or more.
extension Routes {
    func registerHistory(on group: RouterGroup<WorkbenchContext>, language l: Language) {
        group.get("/history") { request, context in
            let rest = Self.rest(of: request)
            // The page shows the store (any process may save into it: its file and log
            // change) and the results this server keeps. Kept, it is sent without a
            // thread hop.
            let store = workbench.settings.storePath
            let stamp = "\(FileStamp.of(store)) \(FileStamp.of(store + "-wal")) \(workbench.results.changes)"
            let page = try await renderedOffLoop("history|\(l.rawValue)|\(rest)|\(stamp)") { [self] in
                Page(
                    language: l, title: l.pick("历史版本", "History"), path: rest, section: .history,
                    body: try historyBody(language: l, error: nil))
            }
            return html(page, csrf: context.csrfToken)
        }
        group.get("/compare") { request, _ in
            var refs: [PlanRef] = []
            for text in request.uri.queryParameters.getAll("p") {
                let ref = try PlanRef(String(text))
                if !refs.contains(ref) { refs.append(ref) }
            }
            guard refs.count >= 2 else {
                let body = try await Workbench.blocking { [self] in
                    try historyBody(language: l, error: l.pick("请勾选至少两个方案再比较。", "Tick at least two plans to compare."))
                }
                return html(
                    Page(
                        language: l, title: l.pick("历史版本", "History"), path: Self.rest(of: request), section: .history,
                        body: body),
                    status: .badRequest)
            }
            // The oldest first: saved versions by number, then results by number.
            let chosen = refs.sorted { a, b in
                switch (a, b) {
                case (.version(let x), .version(let y)): x < y
                case (.result(let x), .result(let y)): x < y
                case (.version, .result): true
                case (.result, .version): false
                }
            }
            let body = try await Workbench.blocking { [self] in try compareBody(chosen, language: l) }
            return html(
                Page(
                    language: l, title: l.pick("方案比较", "Plan comparison"), path: Self.rest(of: request),
                    section: .history, body: body))
        }
    }

    private func historyBody(language l: Language, error: String?) throws -> String {
        var body = "<h1>\(l.pick("历史版本", "History"))</h1>\n"
        body +=
            "<p class=\"lead\">\(l.pick("版本一经保存永不更改。勾选两个或更多方案进行比较：最早的一个是比较的基准。", "Versions never change once saved. Tick two or more plans to compare them: the oldest is the one the others are compared with."))</p>\n"
        if let error { body += "<div class=\"notice\" role=\"alert\">\(esc(error))</div>\n" }
        body += "<form method=\"get\" action=\"/\(l.rawValue)/compare\">\n"
        let versions = (try? workbench.store().versions()) ?? []
        body += "<h2>\(l.pick("已保存的版本", "Saved versions"))</h2>\n"
        if versions.isEmpty {
            body +=
                "<p class=\"muted\">\(l.pick("还没有版本：在方案页点“另存为版本”。", "No versions yet: use “Save as version” on a plan's page."))</p>\n"
        } else {
            body +=
                "<table class=\"data\"><thead><tr><th></th><th>\(l.pick("版本", "Version"))</th><th>\(l.pick("标签", "Label"))</th><th>\(l.pick("情景", "Scenario"))</th><th>\(l.pick("保存时间（UTC）", "Saved (UTC)"))</th><th class=\"num\">\(l.pick("成本（元）", "Cost (yuan)"))</th><th class=\"num\">\(l.pick("目标达成", "Targets met"))</th><th>\(l.pick("备注", "Note"))</th></tr></thead><tbody>\n"
            for version in versions.reversed() {
                body +=
                    "<tr><td><input type=\"checkbox\" name=\"p\" value=\"v\(version.id)\" aria-label=\"v\(version.id)\"></td>"
                body +=
                    "<td><a href=\"/\(l.rawValue)/plans/v\(version.id)\">v\(version.id)</a></td><td>\(esc(version.label ?? ""))</td><td>\(esc(version.scenario))</td>"
                body +=
                    "<td>\(esc(version.created))</td><td class=\"num\">\(Self.money(version.cost))</td><td class=\"num\">\(version.targetsMet) / \(version.targetsTotal)</td><td>\(esc(version.note ?? ""))</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        let results = workbench.results.list().filter { $0.savedAs == nil }
        body += "<h2>\(l.pick("未保存的求解结果", "Results not saved"))</h2>\n"
        if results.isEmpty {
            body += "<p class=\"muted\">\(l.pick("没有。", "None."))</p>\n"
        } else {
            body +=
                "<table class=\"data\"><thead><tr><th></th><th>\(l.pick("结果", "Result"))</th><th>\(l.pick("情景", "Scenario"))</th><th>\(l.pick("完成时间（UTC）", "Finished (UTC)"))</th><th>\(l.pick("说明", "Note"))</th></tr></thead><tbody>\n"
            for facts in results {
                let name = ((facts.scenarioPath as NSString).lastPathComponent as NSString).deletingPathExtension
                let note: String =
                    switch facts.stoppedBy {
                    case .planner?: l.pick("已停止", "stopped")
                    case .server?: l.pick("已中断", "interrupted")
                    case nil: ""
                    }
                body +=
                    "<tr><td><input type=\"checkbox\" name=\"p\" value=\"r\(facts.id)\" aria-label=\"r\(facts.id)\"></td>"
                body +=
                    "<td><a href=\"/\(l.rawValue)/plans/r\(facts.id)\">r\(facts.id)</a></td><td>\(esc(name))</td><td>\(esc(facts.finished))</td><td>\(esc(note))</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        body +=
            "<p><button class=\"primary\" type=\"submit\">\(l.pick("比较所选方案", "Compare the ticked plans"))</button></p>\n</form>\n"
        return body
    }

    private func compareBody(_ refs: [PlanRef], language l: Language) throws -> String {
        let plans = try refs.map { try plan($0) }
        let first = plans[0]
        let labels = plans.map { shown in shown.version.map { $0.label ?? "v\($0.id)" } ?? shown.ref.description }
        var body = ""
        let renderer = PlanDiffRenderer(language: l)
        if plans.count > 2 {
            // Three or more: the many-plan lineup (`skillplan diff A B C…`), then each
            // plan against the first, folded.
            let document = try renderer.render(PlanLineup(plans: plans.map(\.plan), labels: labels), as: .html)
            body +=
                "<section class=\"comparison lineup\">\n" + EmbeddedHTML.extraStyle(of: document)
                + EmbeddedHTML.body(of: document) + "</section>\n"
            body += "<h2>\(l.pick("逐一与 \(esc(labels[0])) 比较", "Each against \(esc(labels[0]))"))</h2>\n"
        }
        for (index, other) in plans.enumerated().dropFirst() {
            var inputs: [InputChange] = []
            if let a = first.version, let b = other.version {
                inputs = try workbench.store().inputChanges(from: a, to: b)
            }
            let diff = PlanDiff.compare(first.plan, other.plan, inputs: inputs, labels: (labels[0], labels[index]))
            let document = try renderer.render(diff, as: .html)
            let content = EmbeddedHTML.extraStyle(of: document) + EmbeddedHTML.body(of: document)
            if plans.count > 2 {
                body +=
                    "<details class=\"comparison\"><summary>\(esc(labels[0])) → \(esc(labels[index]))</summary>\n\(content)</details>\n"
            } else {
                body +=
                    "<section class=\"comparison\"><p class=\"muted\">\(first.ref) → \(other.ref)</p>\n\(content)</section>\n"
            }
        }
        return body
    }
}
