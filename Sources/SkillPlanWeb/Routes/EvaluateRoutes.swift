import Foundation
import Hummingbird
import SkillPlan

/// Evaluate: a planner's own plan, uploaded as the exported decision CSVs (one file,
/// several, or the CSV zip the plan page downloads, edited in Excel or WPS) or as a plan
/// file, priced and checked by ``PlanEvaluation`` exactly as `skillplan evaluate` does.
/// The outcome is kept as a result (a plan page, "Save as version"); with "optimise the
/// rest" the decisions not given are searched for in the solve queue.
extension Routes {
    func registerEvaluate(on group: RouterGroup<WorkbenchContext>, language l: Language) {
        group.get("/evaluate") { request, context in
            let entries = catalog.entries()
            let id = request.uri.queryParameters["scenario"].map(String.init) ?? entries.first?.id ?? ""
            let entry = try catalog.entry(id)
            var shown: ShownPlan?
            if let result = request.uri.queryParameters["result"].map(String.init) {
                shown = try await Workbench.blocking { [self] in try plan(try PlanRef(result)) }
            }
            let body = evaluateBody(
                entry, entries: entries, language: l, csrf: context.csrfToken, state: EvaluateState(), result: shown)
            return html(
                Page(
                    language: l, title: l.pick("评估自己的方案", "Evaluate your own plan"), path: Self.rest(of: request),
                    section: .evaluate, body: body))
        }
        group.post("/evaluate") { request, context in
            let form = try await Self.multipart(request)
            let fields = form.fields
            let entry = try catalog.entry(fields["scenario"] ?? "")
            let optimiseRest = fields["optimise_rest"] != nil
            let outcome = try await Workbench.blocking { [self] in
                try evaluate(form, entry: entry, optimiseRest: optimiseRest, language: l)
            }
            switch outcome {
            case .evaluated(let id):
                return Self.redirect("/\(l.rawValue)/evaluate?scenario=\(entry.id)&result=r\(id)")
            case .queued(let job):
                return Self.redirect("/\(l.rawValue)/jobs/\(job)")
            case .invalid(let state):
                let body = evaluateBody(
                    catalog.entries().first { $0.id == entry.id } ?? entry, entries: catalog.entries(), language: l,
                    csrf: context.csrfToken, state: state, result: nil)
                return html(
                    Page(
                        language: l, title: l.pick("评估自己的方案", "Evaluate your own plan"),
                        path: "/evaluate?scenario=\(entry.id)",
                        section: .evaluate, body: body), status: .unprocessableContent)
            }
        }
    }

    /// What the form shows again after a refused upload.
    struct EvaluateState: Sendable {
        var optimiseRest = false
        /// One line per problem, `file:line: column: what — fix: what to do`.
        var errors: [String] = []
    }

    enum EvaluateOutcome: Sendable {
        /// Evaluated at once: the result's number.
        case evaluated(Int)
        /// The rest is being optimised: the job's number.
        case queued(Int)
        case invalid(EvaluateState)
    }

    /// The decision files `skillplan evaluate` reads from a CSV folder.
    static let decisionFiles = ["seats.csv", "curriculum-plan.csv", "teacher-plan.csv"]

    /// Reads the upload into a folder of the workbench's own, reads the decisions from it
    /// (``GivenDecisions``), and evaluates them; each problem in the page's language.
    private func evaluate(
        _ form: MultipartForm, entry: ScenarioEntry, optimiseRest: Bool, language l: Language
    ) throws -> EvaluateOutcome {
        var state = EvaluateState(optimiseRest: optimiseRest)
        /// `name: what — fix: how`, or in Chinese `name：what — 修改：how`.
        func problem(_ name: String, _ zh: (String, String), _ en: (String, String)) -> String {
            l == .zh ? "\(name)：\(zh.0) — 修改：\(zh.1)" : "\(name): \(en.0) — fix: \(en.1)"
        }
        let names = Self.decisionFiles.joined(separator: ", "), namesZh = Self.decisionFiles.joined(separator: "、")
        let uploads = form.parts.filter { $0.name == "file" && !$0.data.isEmpty }
        guard !uploads.isEmpty else {
            state.errors = [
                problem(
                    "file", ("没有发送任何文件", "选择导出的 CSV zip，或 \(namesZh)"),
                    (
                        "no file was sent",
                        "choose the exported CSV zip, or seats.csv, curriculum-plan.csv and teacher-plan.csv"
                    ))
            ]
            return .invalid(state)
        }
        // Each upload to (name in the folder, bytes).
        var sentFiles: [(name: String, data: Data)] = []
        var planFile: Data?
        for upload in uploads {
            let sent = upload.fileName ?? ""
            guard Self.isPlainName(sent) else {
                state.errors.append(
                    problem(
                        sent, ("文件名被拒绝（它指向文件夹或隐藏文件）", "上传文件本身，例如 seats.csv"),
                        (
                            "the name is refused (it names a folder or a hidden file)",
                            "upload the file itself, e.g. seats.csv"
                        )))
                continue
            }
            let lower = sent.lowercased()
            if lower.hasSuffix(".zip") {
                let entries: [ExportFile]
                do {
                    entries = try ZipReader.files(in: upload.data)
                } catch let error as ZipReadError {
                    state.errors.append(
                        problem(
                            sent, (Self.zipProblemZh(error), "上传方案页下载的 zip，或这几个 CSV 文件本身"),
                            (error.description, "upload the zip the plan page downloads, or the CSV files themselves")))
                    continue
                }
                for file in entries {
                    let parts = file.name.split(separator: "/", omittingEmptySubsequences: false)
                    guard !file.name.hasPrefix("/"), !file.name.contains("\\"), !parts.contains(where: { $0 == ".." })
                    else {
                        state.errors.append(
                            problem(
                                sent, ("条目“\(file.name)”指向压缩包之外的位置", "把导出的 CSV 文件本身打包"),
                                (
                                    "the entry \"\(file.name)\" names a place outside the archive",
                                    "zip the exported CSV files themselves"
                                )))
                        continue
                    }
                    let base = String(parts.last ?? "")
                    guard Self.decisionFiles.contains(base) else { continue }
                    if sentFiles.contains(where: { $0.name == base }) {
                        state.errors.append(
                            problem(
                                sent, ("含有两个 \(base)", "只打包一次导出的文件"),
                                ("holds \(base) twice", "zip the files of one export only")))
                        continue
                    }
                    sentFiles.append((base, file.data))
                }
            } else if lower.hasSuffix(".csv") {
                guard Self.decisionFiles.contains(sent) else {
                    state.errors.append(
                        problem(
                            sent, ("不是 \(namesZh) 中的任何一个", "保留导出时的文件名（或上传 zip）"),
                            ("is none of \(names)", "keep the names the export gave the files (or upload the zip)")))
                    continue
                }
                if sentFiles.contains(where: { $0.name == sent }) {
                    state.errors.append(problem(sent, ("发送了两次", "每个文件只发送一次"), ("sent twice", "send each file once")))
                    continue
                }
                sentFiles.append((sent, upload.data))
            } else if lower.hasSuffix(".json") {
                planFile = upload.data
            } else {
                state.errors.append(
                    problem(
                        sent,
                        ("不是 CSV 文件、CSV 的 zip 或方案文件（.json）", "在 Excel 或 WPS 中把表格另存为 CSV UTF-8，保留文件名"),
                        (
                            "is not a CSV file, a zip of them or a plan file (.json)",
                            "in Excel or WPS save the sheet as CSV UTF-8, keeping its name"
                        )))
            }
        }
        if state.errors.isEmpty && sentFiles.isEmpty && planFile == nil {
            state.errors = [
                problem(
                    "file", ("上传的内容不含 \(namesZh) 中的任何一个", "上传方案页下载的 CSV zip，或这几个文件"),
                    ("the upload holds none of \(names)", "upload the CSV zip the plan page downloads, or those files"))
            ]
        }
        if state.errors.isEmpty && planFile != nil && !sentFiles.isEmpty {
            state.errors = [
                problem(
                    "file", ("方案文件（.json）和 CSV 文件一起发送了", "只发送其中一种"),
                    ("a plan file (.json) and CSV files were sent together", "send one or the other"))
            ]
        }
        guard state.errors.isEmpty else { return .invalid(state) }

        let loaded = try catalog.load(entry)
        // The upload lives in the workbench's own folder only while it is read.
        let folder = (workbench.settings.dataFolder as NSString).appendingPathComponent(
            "evaluations/\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let given: GivenDecisions
        do {
            if let planFile {
                try AtomicFile.write(planFile, to: folder + "/plan.json")
                given = try GivenDecisions.read(folder + "/plan.json", for: loaded.scenario)
            } else {
                for file in sentFiles { try AtomicFile.write(file.data, to: folder + "/" + file.name) }
                given = try GivenDecisions.read(folder, for: loaded.scenario)
            }
        } catch let errors as DecisionErrors {
            state.errors = errors.errors.map { shown($0.description(in: l), folder: folder) }
            return .invalid(state)
        }
        if optimiseRest && !given.missing.isEmpty {
            guard
                let job = workbench.queue.submit(
                    SolveRequest(scenarioPath: entry.path, displayFolder: catalog.displayFolder(entry), given: given))
            else {
                throw WebError(status: .serviceUnavailable, message: "the server is stopping: no new solve can start")
            }
            return .queued(job.id)
        }
        let outcome: PlanOutcome
        do {
            outcome = try PlanEvaluation.evaluate(loaded, given: given, optimiseRest: optimiseRest)
        } catch let errors as DecisionErrors {
            state.errors = errors.errors.map { shown($0.description(in: l), folder: folder) }
            return .invalid(state)
        }
        let id = workbench.queue.takeNumber()
        let facts = SolveResult.Facts(
            id: id, scenarioPath: entry.path, stoppedBy: nil, violations: outcome.violations.count,
            finished: ISO8601DateFormatter().string(from: Date()), savedAs: nil, found: outcome.violations)
        try workbench.results.write(SolveResult(facts: facts, plan: outcome.plan, inputs: loaded.inputFiles))
        return .evaluated(id)
    }

    /// Why a zip cannot be read, in Chinese (the details of a damaged or unsupported
    /// archive as the reader gives them).
    static func zipProblemZh(_ error: ZipReadError) -> String {
        switch error {
        case .notZip: "不是 ZIP 压缩包"
        case .damaged(let what): "ZIP 压缩包已损坏：\(what)"
        case .unsupported(let what): "ZIP 压缩包使用了 \(what)，无法读取"
        case .tooLarge(let what): "ZIP 压缩包过大：\(what)"
        }
    }

    /// A message with the upload folder left out: `seats.csv:12: …`.
    private func shown(_ message: String, folder: String) -> String {
        workbench.scrub(
            message.replacingOccurrences(of: folder + "/", with: "").replacingOccurrences(of: folder, with: "upload"))
    }

    /// A file name as a browser sends it: no folder, not hidden, not empty.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.contains("\\") && !name.contains("..") && !name.hasPrefix(".")
    }

    private func evaluateBody(
        _ entry: ScenarioEntry, entries: [ScenarioEntry], language l: Language, csrf: String,
        state: EvaluateState, result: ShownPlan?
    ) -> String {
        var body = "<h1>\(l.pick("评估自己的方案", "Evaluate your own plan"))</h1>\n"
        if let result {
            body += evaluationSection(result, language: l, csrf: csrf, standalone: true)
        }
        body +=
            "<p class=\"lead\">\(l.pick("在方案页下载 CSV（zip），在 Excel 或 WPS 中修改 seats.csv、curriculum-plan.csv 或 teacher-plan.csv 的决策，然后上传（zip 或这几个文件）。每个决策按原样计算，不做搜索：得到成本、每个目标达成与否，以及违反的每条硬约束及其数量，与 skillplan evaluate 相同。", "Download a plan's CSV (zip) from its page, change decisions in seats.csv, curriculum-plan.csv or teacher-plan.csv in Excel or WPS, and upload them (the zip or the files). Every decision is taken as it is, nothing is searched: you get the cost, each target met or short, and each hard constraint broken with its amount, as skillplan evaluate computes them."))</p>\n"
        body += "<fieldset><legend>\(l.pick("上传决策", "Upload decisions"))</legend>\n"
        if !state.errors.isEmpty {
            body +=
                "<div class=\"notice\" role=\"alert\"><strong>\(l.pick("上传的决策有 \(state.errors.count) 处问题，未评估：", "The upload has \(state.errors.count) problem(s); nothing was evaluated:"))</strong><ul>"
            body += state.errors.map { "<li><code>\(esc($0))</code></li>" }.joined() + "</ul></div>\n"
        }
        body +=
            "<form method=\"post\" action=\"/\(l.rawValue)/evaluate\" enctype=\"multipart/form-data\">\(Page.csrfField(csrf))"
        body += "<table class=\"form\"><tr><th>\(l.pick("情景", "Scenario"))</th><td><select name=\"scenario\">"
        for option in entries {
            body +=
                "<option value=\"\(esc(option.id))\"\(option.id == entry.id ? " selected" : "")>\(esc(option.id))</option>"
        }
        body += "</select></td></tr>"
        body +=
            "<tr><th>\(l.pick("文件（CSV zip、CSV 或方案 JSON）", "Files (CSV zip, CSV or plan JSON)"))</th><td><input type=\"file\" name=\"file\" multiple accept=\".zip,.csv,.json\"><br><span class=\"muted\">\(l.pick("UTF-8，可带 BOM（Excel：另存为“CSV UTF-8”）；中文或英文表头均可。", "UTF-8, with or without BOM (Excel: Save As “CSV UTF-8”); Chinese or English headers."))</span></td></tr>"
        body +=
            "<tr><th>\(l.pick("未给出的决策", "Decisions not given"))</th><td><label><input type=\"checkbox\" name=\"optimise_rest\"\(state.optimiseRest ? " checked" : "")> \(l.pick("优化其余决策（--optimise-rest：已给出的固定，其余先求最小缺口再求最低成本）", "Optimise the rest (--optimise-rest: those given fixed, the rest shortfall first, then cost)"))</label></td></tr></table>"
        body +=
            "<button class=\"primary\" type=\"submit\">\(l.pick("上传并评估", "Upload and evaluate"))</button></form></fieldset>\n"
        return body
    }

    /// An evaluated plan's outcome: cost, targets met and short, and each hard
    /// constraint broken with its amount; on the Evaluate page with a link to the plan
    /// and "Save as version", on the plan page as its first section.
    func evaluationSection(_ shown: ShownPlan, language l: Language, csrf: String, standalone: Bool) -> String {
        let plan = shown.plan
        let broken = PlanEvaluation.brokenConstraints(shown.found)
        let total = plan.targetIDs.count, short = plan.targetsShort.count
        var body =
            "<section class=\"evaluation\"><h2>\(l.pick("评估结果", "Evaluation"))\(standalone ? " · <a href=\"/\(l.rawValue)/plans/\(shown.ref)\">\(shown.ref)</a>" : "")</h2>\n"
        // The search rule is the library's English (`none: all 575 decisions given`).
        body +=
            "<p class=\"muted\">"
            + (l == .zh
                ? (plan.solver.searchRule.hasPrefix("none:") ? "按给定的决策计算，未做任何搜索。" : "给定的决策固定，其余由搜索求得。")
                : esc(plan.solver.searchRule)) + "</p>\n"
        body += "<div class=\"cards\">"
        body += card(l.pick("总成本（元）", "Total cost (yuan)"), Self.money(plan.costs.total))
        body += card(l.pick("目标达成", "Targets met"), "\(total - short) / \(total)", good: short == 0)
        body += card(l.pick("违反的硬约束", "Hard constraints broken"), "\(broken.count)", good: broken.isEmpty)
        body += "</div>\n"
        if broken.isEmpty {
            body += "<p class=\"notice ok\">\(l.pick("此方案不违反任何硬约束。", "The plan breaks no hard constraint."))</p>\n"
        } else {
            body +=
                "<div class=\"notice\" role=\"alert\">\(l.pick("此方案违反 \(broken.count) 条硬约束或决策上限；未作任何修补。", "The plan breaks \(broken.count) hard constraint(s) or decision limit(s); nothing was repaired."))</div>\n"
            body +=
                "<table class=\"data\"><thead><tr><th>\(l.pick("约束", "Constraint"))</th><th>\(l.pick("对象", "Where"))</th><th>\(l.pick("情况", "What"))</th><th class=\"num\">\(l.pick("超出", "By"))</th></tr></thead><tbody>\n"
            for violation in broken {
                body +=
                    "<tr><td>\(esc(Self.constraintName(violation.check, l)))</td><td>\(esc(violation.element))</td><td>\(esc(violation.message(in: l)))</td>"
                body += "<td class=\"num\">\(violation.amountText ?? "–")</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        let names = Dictionary(
            plan.catalog.targets.map { ($0.id, l == .zh ? $0.nameZh : $0.nameEn) }, uniquingKeysWith: { a, _ in a })
        let shortRows = plan.targets.filter { !$0.met }
        if !shortRows.isEmpty {
            body +=
                "<h3>\(l.pick("未达成的目标", "Targets short"))</h3>\n<table class=\"data\"><thead><tr><th>\(l.pick("目标", "Target"))</th><th>\(l.pick("年份", "Year"))</th><th class=\"num\">\(l.pick("要求", "Required"))</th><th class=\"num\">\(l.pick("达到", "Achieved"))</th><th class=\"num\">\(l.pick("缺口", "Short by"))</th></tr></thead><tbody>\n"
            let programmes = Dictionary(
                plan.catalog.programmes.map { ($0.id, l == .zh ? $0.nameZh : $0.nameEn) },
                uniquingKeysWith: { a, _ in a })
            let levels = Dictionary(
                plan.catalog.levels.map { ($0.id, l == .zh ? $0.nameZh : $0.nameEn) }, uniquingKeysWith: { a, _ in a })
            for row in shortRows {
                let value: (Double) -> String = {
                    row.unit == "share" ? String(format: "%.1f%%", $0 * 100) : NumberText.count($0)
                }
                var name = names[row.target] ?? row.target
                if let programme = row.programme {
                    name +=
                        " — " + (programmes[programme] ?? programme)
                        + (row.level.map { l.pick("，", ", ") + (levels[$0] ?? $0) } ?? "")
                }
                body +=
                    "<tr><td>\(esc(name))</td><td>\(row.year.map(String.init) ?? "")</td><td class=\"num\">\(value(row.required))</td>"
                body +=
                    "<td class=\"num\">\(value(row.achieved))</td><td class=\"num\">\(esc(Terms(l).amount(row.shortfall, unit: row.shortfallUnit)))</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        if standalone {
            body +=
                "<div class=\"actions\"><a class=\"button\" href=\"/\(l.rawValue)/plans/\(shown.ref)\">\(l.pick("打开方案页（图表、各表、下载）", "Open the plan's page (charts, tables, downloads)"))</a>"
            if case .result = shown.ref, let facts = shown.facts {
                if let saved = facts.savedAs {
                    body +=
                        "<span>\(l.pick("已另存为版本", "Saved as version")) <a href=\"/\(l.rawValue)/plans/v\(saved)\">v\(saved)</a></span>"
                } else {
                    body +=
                        "<form method=\"post\" action=\"/\(l.rawValue)/plans/\(shown.ref)/save\">\(Page.csrfField(csrf))"
                    body +=
                        "<label>\(l.pick("标签（可空）", "Label (optional)")) <input type=\"text\" name=\"label\"></label>"
                    body += "<label>\(l.pick("备注", "Note")) <input type=\"text\" name=\"note\"></label>"
                    body +=
                        "<button class=\"primary\" type=\"submit\">\(l.pick("另存为版本", "Save as version"))</button></form>"
                }
            }
            body += "</div>\n"
        }
        return body + "</section>\n"
    }

    /// A hard-constraint family in words.
    static func constraintName(_ check: String, _ l: Language) -> String {
        switch check {
        case "seats": l.pick("学位（在校生 ≤ 学位）", "Seats (students ≤ seats)")
        case "class-size": l.pick("班额上限", "Class size, at most")
        case "class-fill": l.pick("开班最少人数", "Class fill, at least")
        case "teaching": l.pick("教学工作量（教师）", "Teaching load (teachers)")
        case "rotation-share": l.pick("轮训比例", "Rotation share")
        case "rotation-coverage": l.pick("轮训覆盖", "Rotation coverage")
        case "domain": l.pick("决策取值范围", "A decision's limits")
        default: check
        }
    }
}
