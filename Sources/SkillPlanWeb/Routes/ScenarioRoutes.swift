import Foundation
import Hummingbird
import SkillPlan

/// The scenarios list, a scenario's levers as a form, and solving it.
extension Routes {
    func registerScenarios(on group: RouterGroup<WorkbenchContext>, language l: Language) {
        group.get("/") { request, context in
            let rest = Self.rest(of: request)
            // What the page shows: each scenario's file and what its last reading found,
            // and this server's solves. Kept, it is sent without a thread hop or a file read.
            let entries = catalog.entries()
            let key = catalog.listingStamp(entries).map {
                "scenarios|\(l.rawValue)|\(rest)|\($0)|\(jobsState(language: l))"
            }
            let page = try await renderedOffLoop(key) { [self, catalog] in
                let rows = entries.map { entry in (entry, try? catalog.load(entry)) }
                return Page(
                    language: l, title: l.pick("情景", "Scenarios"), path: rest, section: .scenarios,
                    body: scenariosBody(rows, language: l, jobs: jobsTable(language: l)))
            }
            return html(page, csrf: context.csrfToken)
        }
        group.get("/scenarios/:id") { request, context in
            let entry = try catalog.entry(context.parameters.require("id"))
            let like = request.uri.queryParameters["like"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            let rest = Self.rest(of: request)
            let key: @Sendable (String) -> String = { stamp in
                "levers|\(entry.path)|\(stamp)|\(l.rawValue)|\(rest)|\(like ?? "")"
            }
            // Kept, with the scenario's files unchanged: sent without a thread hop.
            if like == nil, let stamp = catalog.currentStamp(entry), let page = kept(key(stamp)) {
                return html(page, csrf: context.csrfToken)
            }
            let page = try await Workbench.blocking { [self, catalog] in
                // The plan a variant is solved like must exist (it is kept, so this is cheap).
                if let like { _ = try plan(try PlanRef(like)) }
                let (loaded, stamp) = try catalog.loadStamped(entry)
                return rendered(key(stamp)) {
                    let form = LeverForm(
                        entry: entry, scenario: loaded.scenario, values: [:], fieldErrors: [:], general: [],
                        like: like)
                    return Page(
                        language: l, title: title(loaded.scenario, l), path: rest, section: .scenarios,
                        body: form.render(language: l, csrf: RenderedPage.csrfMarker))
                }
            }
            return html(page, csrf: context.csrfToken)
        }
        group.post("/scenarios/:id/solve") { request, context in
            let entry = try catalog.entry(context.parameters.require("id"))
            let fields = try await Self.form(request)
            let (outcome, reference) = try await Workbench.blocking { [self, workbench, catalog] in
                // "Solve a variant like this": the plan the variant stays close to (--like).
                let reference = try fields["like"].flatMap { $0.isEmpty ? nil : $0 }.map { try likeReference($0) }
                return (
                    try prepareSolve(
                        entry: entry, fields: fields, workbench: workbench, catalog: catalog, language: l), reference
                )
            }
            switch outcome {
            case .solve(let path, let display):
                var plan = PlanRequest()
                plan.like = reference
                guard
                    let job = workbench.queue.submit(
                        SolveRequest(scenarioPath: path, displayFolder: display, plan: plan))
                else {
                    throw WebError(
                        status: .serviceUnavailable,
                        message: l.pick("服务器正在停止，无法开始新的求解。", "The server is stopping: no new solve can start."))
                }
                return Self.redirect("/\(l.rawValue)/jobs/\(job.id)")
            case .invalid(let form):
                return html(
                    Page(
                        language: l, title: title(form.scenario, l), path: Self.rest(of: request), section: .scenarios,
                        body: form.render(language: l, csrf: context.csrfToken)), status: .unprocessableContent)
            }
        }
    }

    /// The reference of a variant solved like a plan (`like=v3` or `like=r17`).
    func likeReference(_ text: String) throws -> PlanReference {
        let shown = try plan(try PlanRef(text))
        if let version = shown.version { return PlanReference(plan: shown.plan, version: version.name) }
        return PlanReference(plan: shown.plan, file: "workbench result \(shown.ref)")
    }

    /// A scenario's title in a language.
    func title(_ scenario: Scenario, _ l: Language) -> String {
        let title = l == .zh ? scenario.titleZh : scenario.titleEn
        return title.isEmpty ? scenario.name : title
    }

    private func scenariosBody(_ rows: [(ScenarioEntry, LoadedScenario?)], language l: Language, jobs: String)
        -> String
    {
        var body = "<h1>\(l.pick("情景", "Scenarios"))</h1>\n"
        body +=
            "<p class=\"lead\">\(l.pick("每个情景回答一个问题。打开情景，调整参数（学位、招聘上限、目标……），然后求解；求解在后台进行，可随时停止并保留当前最优方案。", "Each scenario answers one question. Open one, turn its levers (seats, hiring limits, targets…) and solve: the solve runs in the background, and Stop keeps the best plan so far."))</p>\n"
        body +=
            "<table class=\"data\"><thead><tr><th>\(l.pick("情景", "Scenario"))</th><th>\(l.pick("问题", "Question"))</th><th></th></tr></thead><tbody>\n"
        for (entry, loaded) in rows {
            let name = loaded.map { title($0.scenario, l) } ?? entry.id
            let question =
                loaded.map {
                    l == .zh && !$0.scenario.questionZh.isEmpty ? $0.scenario.questionZh : $0.scenario.question
                } ?? l.pick("（情景有错误，打开查看）", "(the scenario has problems: open it to see them)")
            let origin =
                entry.bundled ? "" : " <span class=\"muted\">· \(l.pick("工作台中创建", "made in the workbench"))</span>"
            body +=
                "<tr><td><a href=\"/\(l.rawValue)/scenarios/\(esc(entry.id))\"><strong>\(esc(name))</strong></a><br><span class=\"muted\">\(esc(entry.id))</span>\(origin)</td>"
            body += "<td>\(esc(question))</td>"
            body +=
                "<td><a class=\"button primary\" href=\"/\(l.rawValue)/scenarios/\(esc(entry.id))\">\(l.pick("调整并求解", "Levers & solve"))</a> "
            body +=
                "<a class=\"button\" href=\"/\(l.rawValue)/data?scenario=\(esc(entry.id))\">\(l.pick("数据", "Data"))</a></td></tr>\n"
        }
        body += "</tbody></table>\n"
        body += jobs
        return body
    }

    /// The solves of this server's life as ``jobsTable(language:)`` shows them, in short.
    func jobsState(language l: Language) -> String {
        workbench.queue.allJobs.prefix(Self.jobsShown).map {
            "\($0.id) \(JobText.phase($0, queue: workbench.queue, language: l))"
        }
        .joined(separator: "|")
    }

    /// How many solves the scenarios page lists.
    static let jobsShown = 20

    /// The solves of this server's life, newest first.
    func jobsTable(language l: Language) -> String {
        let jobs = workbench.queue.allJobs.prefix(Self.jobsShown)
        guard !jobs.isEmpty else { return "" }
        var body =
            "<h2>\(l.pick("求解任务", "Solves"))</h2>\n<table class=\"data\"><thead><tr><th>#</th><th>\(l.pick("情景", "Scenario"))</th><th>\(l.pick("状态", "State"))</th></tr></thead><tbody>\n"
        for job in jobs {
            let name = ((job.request.scenarioPath as NSString).lastPathComponent as NSString).deletingPathExtension
            body +=
                "<tr><td><a href=\"/\(l.rawValue)/jobs/\(job.id)\">\(job.id)</a></td><td>\(esc(name))</td><td>\(esc(JobText.phase(job, queue: workbench.queue, language: l)))</td></tr>\n"
        }
        return body + "</tbody></table>\n"
    }
}

/// What a Solve form leads to.
enum SolvePreparation: Sendable {
    /// Solve this scenario file (messages relative to the folder).
    case solve(path: String, display: String)
    /// Show the form again, with its problems.
    case invalid(LeverForm)
}

/// Reads a Solve form: the scenario as it is when no lever changed and no name was
/// given; else a new scenario with the changes, checked by loading it. Its refusals are
/// worded in the page's language.
func prepareSolve(
    entry: ScenarioEntry, fields: FormFields, workbench: Workbench, catalog: ScenarioCatalog,
    language l: Language = .en
) throws -> SolvePreparation {
    let loaded = try catalog.load(entry)
    let levers = ScenarioLevers.levers(of: loaded.scenario)
    var values: [String: String] = [:]
    var changes: [String: String] = [:]
    for lever in levers {
        guard let value = fields[lever.id]?.trimmingCharacters(in: .whitespaces) else { continue }
        values[lever.id] = value
        if value != lever.value { changes[lever.id] = value }
    }
    // Each target's on/off box: a form that lists them (its hidden `targets_shown`) sends
    // the ticked ones only, so a box not sent is a target turned off.
    var targetsOff: [String] = []
    if fields[LeverForm.targetsShownField] != nil {
        for target in loaded.scenario.targets {
            let on = fields[LeverForm.onField(target.id)] != nil
            values[LeverForm.onField(target.id)] = on ? "on" : ""
            if !on { targetsOff.append(target.id) }
        }
    }
    let nameText = (fields["name"] ?? "").trimmingCharacters(in: .whitespaces)
    let question = (fields["question"] ?? "").trimmingCharacters(in: .whitespaces)
    values["name"] = nameText
    values["question"] = question
    let like = fields["like"].flatMap { $0.isEmpty ? nil : $0 }
    func invalid(_ fieldErrors: [String: [String]], _ general: [String]) -> SolvePreparation {
        .invalid(
            LeverForm(
                entry: entry, scenario: loaded.scenario, values: values, fieldErrors: fieldErrors, general: general,
                like: like))
    }
    if changes.isEmpty && targetsOff.isEmpty && nameText.isEmpty && question.isEmpty {
        return .solve(path: entry.path, display: catalog.displayFolder(entry))
    }
    let taken = Set(catalog.entries().map(\.id))
    let name: SafeName
    if nameText.isEmpty {
        let base = SafeName.suggested(from: entry.id).text
        var number = 1
        while taken.contains("\(base)-\(number)") { number += 1 }
        name = SafeName.suggested(from: "\(base)-\(number)")
    } else {
        do {
            name = try SafeName(nameText)
        } catch let issue as ScenarioIssue {
            return invalid(["name": [issue.problem(in: l)]], [])
        }
        if taken.contains(name.text) {
            return invalid(
                [
                    "name": [
                        l.pick(
                            "为“\(name.text)”：已有同名的情景 — 修改：另取一个名称",
                            "is \"\(name.text)\": a scenario of this name exists already — fix: choose another name")
                    ]
                ], [])
        }
    }
    let folder = (workbench.scenariosFolder as NSString).appendingPathComponent(name.text)
    let variant = try ScenarioVariant.write(
        base: entry.path, name: name, question: question.isEmpty ? nil : question, changes: changes,
        targets: targetsOff.isEmpty ? nil : loaded.scenario.targets.map(\.id).filter { !targetsOff.contains($0) },
        into: folder)
    do {
        _ = try ScenarioLoader.load(path: variant.scenarioPath, currentDirectory: workbench.settings.dataFolder)
    } catch let error as ScenarioError {
        try? FileManager.default.removeItem(atPath: folder)
        var fieldErrors: [String: [String]] = [:]
        var general: [String] = []
        for issue in error.issues {
            if let lever = variant.lever(for: issue) {
                fieldErrors[lever, default: []].append(issue.problem(in: l))
            } else {
                general.append(workbench.scrub(issue.description(in: l)))
            }
        }
        return invalid(fieldErrors, general)
    }
    return .solve(path: variant.scenarioPath, display: workbench.settings.dataFolder)
}
