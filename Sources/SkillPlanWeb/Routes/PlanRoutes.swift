import Foundation
import HTTPTypes
import Hummingbird
import SkillPlan

/// A plan the workbench shows: a result of one of its solves (`r17`) or a saved
/// version (`v3`).
enum PlanRef: Sendable, Hashable, CustomStringConvertible {
    case result(Int)
    case version(Int64)

    /// A reference from its text, `r17` or `v3`.
    init(_ text: String) throws {
        if text.hasPrefix("r"), let id = Int(text.dropFirst()), id > 0 {
            self = .result(id)
        } else if text.hasPrefix("v"), let id = Int64(text.dropFirst()), id > 0 {
            self = .version(id)
        } else {
            throw WebError(
                status: .notFound,
                message: "\"\(text)\" names no plan: plans are r17 (a result) or v3 (a saved version)")
        }
    }

    var description: String {
        switch self {
        case .result(let id): "r\(id)"
        case .version(let id): "v\(id)"
        }
    }
}

/// A plan with what the workbench knows of it.
struct ShownPlan: Sendable {
    var ref: PlanRef
    var plan: Plan
    /// For a result: its facts.
    var facts: SolveResult.Facts?
    /// For a version: its summary.
    var version: PlanVersionSummary?

    /// What the checker found in the plan: a result's, as kept with it; a saved
    /// evaluated plan's, checked again against the version's own files.
    var found: [PlanViolation] = []
}

extension Routes {
    func registerPlans(on group: RouterGroup<WorkbenchContext>, language l: Language) {
        group.get("/plans/:ref") { request, context in
            let ref = try PlanRef(context.parameters.require("ref"))
            let rest = Self.rest(of: request)
            let page = try await Workbench.blocking { [self] in
                let shown = try plan(ref)
                // A result's page changes when it is saved; a version's never.
                let saved = shown.facts.map { "\($0.savedAs ?? 0)" } ?? ""
                return rendered("plan|\(ref)|\(l.rawValue)|\(rest)|\(saved)|\(scenarioEntry(shown)?.id ?? "")") {
                    Page(
                        language: l, title: planTitle(shown.plan, l), path: rest, section: .history,
                        body: planBody(
                            shown, main: embeddedPlan(shown, language: l), language: l, csrf: RenderedPage.csrfMarker,
                            saveError: nil, label: "", note: ""))
                }
            }
            return html(page, csrf: context.csrfToken)
        }
        group.get("/plans/:ref/download/:format") { _, context in
            let ref = try PlanRef(context.parameters.require("ref"))
            let format = try context.parameters.require("format")
            let (name, type, data) = try await Workbench.blocking { [self] in
                try download(ref, format: format, language: l)
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"",
                    .cacheControl: "no-store",
                ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        group.post("/plans/:ref/prices") { request, context in
            let ref = try PlanRef(context.parameters.require("ref"))
            let relaxation = try Self.relaxation(try await Self.form(request), language: l)
            let request = try await Workbench.blocking { [self] in
                try priceRequest(ref, relaxation: relaxation, language: l)
            }
            guard let job = workbench.queue.submit(request) else {
                throw WebError(
                    status: .serviceUnavailable,
                    message: l.pick("服务器正在停止，无法开始新的求解。", "The server is stopping: no new solve can start."))
            }
            return Self.redirect("/\(l.rawValue)/jobs/\(job.id)")
        }
        group.post("/plans/:ref/save") { request, context in
            let ref = try PlanRef(context.parameters.require("ref"))
            guard case .result(let id) = ref else {
                throw WebError(status: .badRequest, message: "only a result can be saved: a version is saved already")
            }
            let fields = try await Self.form(request)
            let label = (fields["label"] ?? "").trimmingCharacters(in: .whitespaces)
            let note = (fields["note"] ?? "").trimmingCharacters(in: .whitespaces)
            let outcome = try await Workbench.blocking { [self] in try save(id, label: label, note: note) }
            switch outcome {
            case .saved(let version):
                return Self.redirect("/\(l.rawValue)/plans/v\(version)")
            case .invalid(let message):
                let shown = try await Workbench.blocking { [self] in try plan(ref) }
                let main = try await Workbench.blocking { [self] in embeddedPlan(shown, language: l) }
                let body = planBody(
                    shown, main: main, language: l, csrf: context.csrfToken, saveError: message, label: label,
                    note: note)
                return html(
                    Page(
                        language: l, title: planTitle(shown.plan, l), path: Self.rest(of: request), section: .history,
                        body: body),
                    status: .unprocessableContent)
            }
        }
    }

    /// Reads a plan.
    func plan(_ ref: PlanRef) throws -> ShownPlan {
        switch ref {
        case .result(let id):
            let facts = try workbench.results.facts(of: id)
            let plan = try workbench.plans.value(ref.description) { try workbench.results.plan(of: id) }
            return ShownPlan(ref: ref, plan: plan, facts: facts, found: facts.found ?? [])
        case .version(let id):
            return try workbench.versions.value(ref.description) { try version(id) }
        }
    }

    /// Reads a saved version (``plan(_:)`` keeps it: a version never changes).
    private func version(_ id: Int64) throws -> ShownPlan {
        let ref = PlanRef.version(id)
        let store = try workbench.store()
        let version = try store.version(String(id))
        let plan = try workbench.plans.value(ref.description) { try store.plan(of: version) }
        var found: [PlanViolation] = []
        if plan.solver.status == PlanEvaluation.status {
            if let kept = workbench.checked.withLock({ $0[id] }) {
                found = kept
            } else {
                let loaded = try PlanVerification.scenario(
                    of: plan, named: version.name, scenarioPath: nil, version: (store, version))
                found = PlanVerification.check(plan, against: loaded)
                workbench.checked.withLock { $0[id] = found }
            }
        }
        return ShownPlan(ref: ref, plan: plan, version: version, found: found)
    }

    func planTitle(_ plan: Plan, _ l: Language) -> String {
        let title = l == .zh ? plan.titleZh : plan.titleEn
        return title.isEmpty ? plan.scenario : title
    }

    /// The export's HTML page of a plan, without its head: the same sections and charts
    /// as `skillplan export --format html`.
    func embeddedPlan(_ shown: ShownPlan, language l: Language) -> String {
        workbench.cache.value("plan/\(shown.ref)/\(l.rawValue)") {
            let document = HTMLExporter().document(shown.plan, tables: PlanTables(shown.plan, language: l))
            return EmbeddedHTML.body(of: document)
        }
    }

    private func planBody(
        _ shown: ShownPlan, main: String, language l: Language, csrf: String, saveError: String?, label: String,
        note: String
    ) -> String {
        let plan = shown.plan
        let ref = shown.ref.description
        var body = ""
        if let facts = shown.facts {
            if let stop = facts.stoppedBy {
                body +=
                    "<div class=\"notice\">"
                    + (stop == .planner
                        ? l.pick(
                            "此方案在求解被停止时取得：是当时的最优方案，但未证明达到要求的间隙。",
                            "This plan was taken when the solve was stopped: the best found by then, not proven within the gap asked for."
                        )
                        : l.pick(
                            "此方案在求解被中断时取得（服务器停止或无人查看）：是当时的最优方案。",
                            "This plan was taken when the solve was interrupted (the server stopped, or nobody was watching): the best found by then."
                        )) + "</div>\n"
            }
            if facts.violations > 0 {
                body +=
                    "<div class=\"notice\">"
                    + l.pick(
                        "独立检查发现 \(facts.violations) 处硬约束违反。",
                        "The independent check found \(facts.violations) hard-constraint violation(s).") + "</div>\n"
            }
        }
        let total = plan.targetIDs.count, short = plan.targetsShort.count
        body += "<div class=\"cards\">"
        body += card(l.pick("总成本（元）", "Total cost (yuan)"), Self.money(plan.costs.total))
        body += card(l.pick("目标达成", "Targets met"), "\(total - short) / \(total)", good: short == 0)
        body += card(l.pick("间隙", "Gap"), Self.percent(plan.solver.gap))
        body += card(l.pick("求解用时", "Solve time"), String(format: "%.1f s", plan.run.solveSeconds))
        if let version = shown.version {
            body += card(l.pick("版本", "Version"), version.name)
        }
        if let like = plan.like {
            body += card(
                l.pick("与参照方案 \(like.name) 不同的决策", "Decisions differing from \(like.name)"),
                "\(NumberText.count(Double(like.decisionsDiffering))) / \(NumberText.count(Double(like.decisionsCompared)))"
            )
        }
        body += "</div>\n"
        body += "<div class=\"actions\">"
        body += "<span>\(l.pick("下载", "Download"))：</span>"
        for (format, zh, en) in [
            ("csv", "CSV（zip）", "CSV (zip)"), ("html", "HTML", "HTML"), ("markdown", "Markdown", "Markdown"),
            ("json", "JSON", "JSON"),
        ] {
            body +=
                "<a class=\"button\" href=\"/\(l.rawValue)/plans/\(ref)/download/\(format)\" download>\(l.pick(zh, en))</a>"
        }
        if let scenario = scenarioEntry(shown)?.id {
            body +=
                "<a class=\"button\" href=\"/\(l.rawValue)/scenarios/\(esc(scenario))?like=\(ref)\">\(l.pick("以此为基础求解变体", "Solve a variant like this"))</a>"
        }
        if plan.targetPrices != nil {
            body +=
                "<a class=\"button\" href=\"#target-prices\">\(l.pick("查看目标代价", "See the target prices"))</a>"
        }
        body += "</div>\n"
        if plan.targetPrices == nil, plan.solver.status != PlanEvaluation.status, scenarioEntry(shown) != nil {
            // Target prices: each target relaxed and solved again like this plan, through
            // the solve queue (its progress page), giving a copy of the plan with them.
            // How each target is relaxed: the CLI's `--relax-step` choices, a step (a
            // percentage or a fraction) or `remove`.
            body +=
                "<div class=\"actions\"><form method=\"post\" action=\"/\(l.rawValue)/plans/\(ref)/prices\">\(Page.csrfField(csrf))"
                + "<label>\(l.pick("放宽方式", "Relax each target")) <select name=\"relax\">"
                + "<option value=\"step\" selected>\(l.pick("降低要求", "lower its requirement by"))</option>"
                + "<option value=\"remove\">\(l.pick("取消该目标", "remove it"))</option></select></label> "
                + "<label>\(l.pick("降低幅度", "Step")) <input type=\"text\" name=\"step\" value=\"10%\" size=\"6\"></label> "
                + "<button type=\"submit\">\(l.pick("计算目标代价", "Price the targets"))</button> "
                + "<span class=\"muted\">\(l.pick("每个目标分别放宽，按本方案重新求解：达到该目标要花多少钱（降低幅度为百分比如 10% 或小数如 0.1）", "each target relaxed in turn and the plan solved again like itself: what meeting it costs (a step as a percentage, 10%, or a fraction, 0.1)"))</span>"
                + "</form></div>\n"
        }
        if plan.solver.status == PlanEvaluation.status {
            body += evaluationSection(shown, language: l, csrf: csrf, standalone: false)
        }
        if let facts = shown.facts {
            if let saved = facts.savedAs {
                body +=
                    "<p class=\"notice ok\">\(l.pick("已另存为版本", "Saved as version")) <a href=\"/\(l.rawValue)/plans/v\(saved)\">v\(saved)</a></p>\n"
            } else {
                body +=
                    "<div class=\"actions\"><form method=\"post\" action=\"/\(l.rawValue)/plans/\(ref)/save\">\(Page.csrfField(csrf))"
                body +=
                    "<label>\(l.pick("标签（可空）", "Label (optional)")) <span class=\"\(saveError == nil ? "" : "field-error")\"><input type=\"text\" name=\"label\" value=\"\(esc(label))\" placeholder=\"baseline\"></span></label>"
                body +=
                    "<label>\(l.pick("备注", "Note")) <input type=\"text\" name=\"note\" value=\"\(esc(note))\"></label>"
                body += "<button class=\"primary\" type=\"submit\">\(l.pick("另存为版本", "Save as version"))</button>"
                if let saveError { body += "<span class=\"error-text\">\(esc(saveError))</span>" }
                body += "</form></div>\n"
            }
        }
        // The export's heading first, then the workbench's facts and actions, then the
        // export's sections.
        if let header = main.range(of: "</header>") {
            return "<div class=\"embedded\">\n" + main[..<header.upperBound] + "\n" + body + main[header.upperBound...]
                + "</div>\n"
        }
        return body + "<div class=\"embedded\">\n" + main + "</div>\n"
    }

    func card(_ key: String, _ value: String, good: Bool? = nil) -> String {
        let tone = good.map { $0 ? " good" : " bad" } ?? ""
        return "<div class=\"card\(tone)\"><div class=\"k\">\(esc(key))</div><div class=\"v\">\(esc(value))</div></div>"
    }

    /// The scenario a plan came from, if the workbench has it: a variant starts from it,
    /// and target prices are solved against it.
    private func scenarioEntry(_ shown: ShownPlan) -> ScenarioEntry? {
        let entries = catalog.entries()
        if let path = shown.facts?.scenarioPath, let entry = entries.first(where: { $0.path == path }) {
            return entry
        }
        return entries.first { $0.id == shown.plan.scenario }
    }

    /// How the pricing form asks each target to be relaxed: `relax` `remove`, or a step
    /// (`step`: a percentage or a fraction, as `--relax-step` reads it; 10% when empty).
    static func relaxation(_ fields: FormFields, language l: Language) throws -> TargetRelaxation {
        if fields["relax"] == "remove" { return .remove }
        let text = (fields["step"] ?? "").trimmingCharacters(in: .whitespaces)
        do {
            let relaxation = try TargetRelaxation(parsing: text.isEmpty ? "10%" : text)
            guard relaxation.step != nil else { return .remove }
            return relaxation
        } catch let problem as TargetRelaxation.Problem {
            throw WebError(
                status: .unprocessableContent,
                message: l.pick(
                    "降低幅度“\(text)”无法读取：请填写大于0%、小于100%的百分比（如 10%）或小数（如 0.1），或在放宽方式中选“取消该目标”。",
                    "Step: \(problem.description)"))
        }
    }

    /// The queue's request to price a plan's targets, each relaxed as asked, against the
    /// scenario it came from.
    func priceRequest(_ ref: PlanRef, relaxation: TargetRelaxation = .defaultStep, language l: Language) throws
        -> SolveRequest
    {
        let shown = try plan(ref)
        guard shown.plan.solver.status != PlanEvaluation.status else {
            throw WebError(
                status: .unprocessableContent,
                message: l.pick(
                    "评估得到的方案没有求解可比：先用“优化其余决策”求解，再计算目标代价。",
                    "An evaluated plan has no solve to compare with: optimise the rest first, then price its targets."))
        }
        guard let entry = scenarioEntry(shown) else {
            throw WebError(
                status: .unprocessableContent,
                message: l.pick(
                    "工作台没有此方案的情景“\(shown.plan.scenario)”，无法计算目标代价。",
                    "The workbench has no scenario \"\(shown.plan.scenario)\" for this plan, so its targets cannot be priced."
                ))
        }
        return SolveRequest(
            scenarioPath: entry.path, displayFolder: catalog.displayFolder(entry),
            prices: PriceRequest(plan: shown.plan, relaxation: relaxation))
    }

    /// A download: its file name, type and bytes, exactly as `skillplan export` writes.
    func download(_ ref: PlanRef, format: String, language l: Language) throws -> (String, String, Data) {
        let shown = try plan(ref)
        let exporter = PlanExporter(language: l)
        let base = "\(shown.plan.scenario)-\(ref)-\(l.rawValue)"
        switch format {
        case "csv":
            return (
                "\(base)-csv.zip", "application/zip", ZipArchive(files: try exporter.export(shown.plan, as: .csv)).data
            )
        case "html":
            return ("\(base).html", "text/html; charset=utf-8", try exporter.export(shown.plan, as: .html)[0].data)
        case "markdown":
            return (
                "\(base).md", "text/markdown; charset=utf-8", try exporter.export(shown.plan, as: .markdown)[0].data
            )
        case "json":
            return ("\(base).json", "application/json", try exporter.export(shown.plan, as: .json)[0].data)
        default:
            throw WebError(status: .notFound, message: "no download \"\(format)\": csv, html, markdown or json")
        }
    }

    enum SaveOutcome {
        case saved(Int64)
        case invalid(String)
    }

    /// Saves a result as a new version (once: a second save of the same result goes to
    /// the first's version, also when the first's answer was lost to a killed server).
    func save(_ id: Int, label: String, note: String) throws -> SaveOutcome {
        if !label.isEmpty {
            do {
                try PlanStore.validateLabel(label)
            } catch let error as PlanStoreError {
                return .invalid(error.description)
            }
        }
        guard workbench.saving.withLock({ $0.insert(id).inserted }) else {
            throw WebError(
                status: .conflict, message: "this result is being saved already: open the history in a moment")
        }
        defer { _ = workbench.saving.withLock { $0.remove(id) } }
        let facts = try workbench.results.facts(of: id)
        if let saved = facts.savedAs { return .saved(saved) }
        let store = try workbench.store()
        // The key is kept with the result before the store is written: a save asked again
        // (the server killed after the store's commit, before the mark below) finds the
        // version saved under it instead of making a second one.
        let key = try workbench.results.saveKey(of: id)
        do {
            let version = try store.save(
                plan: try workbench.results.plan(of: id), inputs: try workbench.results.inputs(of: id),
                label: label.isEmpty ? nil : label, note: note.isEmpty ? nil : note,
                scenarioPath: workbench.scrub(facts.scenarioPath), key: key)
            try workbench.results.markSaved(id, as: version.summary.id)
            return .saved(version.summary.id)
        } catch let error as PlanStoreError {
            if case .labelTaken = error { return .invalid(error.description) }
            throw error
        }
    }
}

/// The body of a complete HTML page made by SkillPlan's exporters (the export and the
/// diff), to show inside a workbench page.
enum EmbeddedHTML {
    /// What is between `<body>` and `</body>`.
    static func body(of document: String) -> String {
        guard let start = document.range(of: "<body>"), let end = document.range(of: "</body>", options: .backwards),
            start.upperBound <= end.lowerBound
        else { return document }
        // One <main> per page: the workbench's.
        return String(document[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "<main>", with: "<div class=\"plan-main\">")
            .replacingOccurrences(of: "</main>", with: "</div>")
    }
}

extension EmbeddedHTML {
    /// The page's own style beyond the export's style sheet (which every workbench page
    /// loads), as a `<style>` element; empty when it has none.
    static func extraStyle(of document: String) -> String {
        guard let start = document.range(of: "<style>"), let end = document.range(of: "</style>"),
            start.upperBound <= end.lowerBound
        else { return "" }
        let style = String(document[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: HTMLExporter.stylesheet, with: "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return style.isEmpty ? "" : "<style>\n\(style)\n</style>\n"
    }
}
