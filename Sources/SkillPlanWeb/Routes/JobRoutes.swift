import Foundation
import HTTPTypes
import Hummingbird
import SkillPlan

/// Texts about a solve job.
enum JobText {
    /// Where a job is, in words.
    static func phase(_ job: SolveJob, queue: SolveQueue, language l: Language) -> String {
        let status = job.status
        switch status.phase {
        case .queued:
            let place = queue.place(of: job) ?? 1
            return l.pick(
                "排队中：第 \(place) 位（每个处理器核心同时求解一个）", "Waiting: number \(place) in line (one solve per core at a time)")
        case .building:
            return status.stopRequested != nil
                ? l.pick("正在停止…", "Stopping…") : l.pick("读取情景并建立模型…", "Reading the scenario and building the model…")
        case .searching:
            if status.stopRequested != nil {
                return l.pick("正在停止，保留当前最优方案…", "Stopping, keeping the best plan so far…")
            }
            if let priced = status.targetsPriced {
                return l.pick(
                    "正在计算目标代价：已完成 \(priced.done) / \(priced.total) 个目标（每个目标放宽后按本方案重新求解）",
                    "Pricing the targets: \(priced.done) of \(priced.total) done (each relaxed and solved again like the plan)"
                )
            }
            let phases = job.request.plan.like == nil ? 2 : 3
            switch status.progress?.phase {
            case .shortfall?:
                return l.pick(
                    "第 1/\(phases) 阶段：寻找目标缺口最小的方案…", "Phase 1 of \(phases): the least shortfall of the targets…")
            case .cost?:
                return l.pick(
                    "第 2/\(phases) 阶段：保持该缺口，寻找成本最低的方案…", "Phase 2 of \(phases): the least cost with that shortfall…")
            case .distance?:
                return l.pick(
                    "第 3/3 阶段：在成本差距内寻找与参照方案最接近的方案…", "Phase 3 of 3: closest to the reference plan within the cost gap…")
            case .weighted?, nil:
                return l.pick("正在搜索更优方案…", "Searching for better plans…")
            }
        case .done:
            switch status.outcome {
            case .plan(_, _, let stop?):
                return stop == .planner
                    ? l.pick("已停止：保留了当前最优方案", "Stopped: the best plan so far is kept")
                    : l.pick(
                        "已中断（服务器停止或无人查看）：保留了当前最优方案",
                        "Interrupted (the server stopped, or nobody was watching): the best plan so far is kept")
            case .plan:
                return l.pick("完成", "Done")
            case .failed:
                return l.pick("没有方案", "No plan")
            case .cancelled, nil:
                return l.pick("已取消", "Cancelled")
            }
        }
    }

    /// The job's state as the progress stream sends it.
    static func json(_ job: SolveJob, queue: SolveQueue, language l: Language) -> String {
        let status = job.status
        let progress = status.progress
        let gap = progress?.gap
        // The bar: time used of the limit while searching, full when done.
        var percent = 0.0
        if status.phase == .done {
            percent = 100
        } else if status.phase == .searching, let priced = status.targetsPriced {
            percent = Self.percent(priced)
        } else if status.phase == .searching, let gap {
            percent = max(5, min(99, 100 * (1 - min(gap, 1))))
        } else if status.phase != .queued {
            percent = 3
        }
        let pricing = job.request.prices.map { PricingText(plan: $0.plan, status: status, language: l) }
        var fields: [(String, String)] = [
            ("state", status.phase.rawValue),
            ("phase", phase(job, queue: queue, language: l)),
            ("best", pricing?.best ?? Routes.money(progress?.bestObjective)),
            ("bound", pricing?.bound ?? Routes.money(progress.map(\.bound))),
            ("gap", pricing?.gap ?? Routes.percent(gap)),
            ("elapsed", progress.map { String(format: "%.1f s", $0.elapsed) } ?? String(format: "%.1f s", status.age)),
            ("percent", String(format: "%.0f", percent)),
            ("load", Page.loadText(queue.load, language: l)),
        ]
        if let pricing {
            fields.append(("target", pricing.current))
            fields.append(("targets", pricing.rowsJSON))
        }
        if status.phase == .done {
            switch status.outcome {
            case .plan: fields.append(("url", "/\(l.rawValue)/plans/r\(job.id)"))
            case .failed(let message, _): fields.append(("message", message))
            default: fields.append(("message", phase(job, queue: queue, language: l)))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let object = Dictionary(fields, uniquingKeysWith: { first, _ in first })
        return (try? encoder.encode(object)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

extension JobText {
    /// The bar of a pricing: the share of targets priced (at least 3%, at most 99% until done).
    static func percent(_ priced: (done: Int, total: Int)) -> Double {
        max(3, min(99, 100 * Double(priced.done) / Double(max(priced.total, 1))))
    }
}

/// A solve's page, its live progress (server-sent events) and its Stop button.
extension Routes {
    func registerJobs(on group: RouterGroup<WorkbenchContext>, language l: Language) {
        group.get("/jobs/:id") { request, context in
            let job = try job(context)
            job.watched()
            return html(
                Page(
                    language: l, title: l.pick("求解 #\(job.id)", "Solve #\(job.id)"), path: Self.rest(of: request),
                    section: .scenarios,
                    body: jobBody(job, language: l, csrf: context.csrfToken), script: true,
                    refreshWithoutScript: job.status.phase != .done))
        }
        group.get("/jobs/:id/events") { _, context in
            let job = try job(context)
            let queue = workbench.queue
            let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    var last = ""
                    var quiet = 0.0
                    while true {
                        job.watched()
                        let json = JobText.json(job, queue: queue, language: l)
                        let done = job.status.phase == .done
                        if done {
                            try await writer.write(
                                ByteBuffer(string: "event: status\ndata: \(json)\n\nevent: done\ndata: \(json)\n\n"))
                            break
                        }
                        if json != last {
                            try await writer.write(ByteBuffer(string: "event: status\ndata: \(json)\n\n"))
                            last = json
                            quiet = 0
                        } else if quiet >= 10 {
                            try await writer.write(ByteBuffer(string: ": still here\n\n"))
                            quiet = 0
                        }
                        try await Task.sleep(for: .milliseconds(200))
                        quiet += 0.2
                    }
                    try await writer.finish(nil)
                })
        }
        group.post("/jobs/:id/stop") { _, context in
            let job = try job(context)
            job.stop(by: .planner)
            return Self.redirect("/\(l.rawValue)/jobs/\(job.id)")
        }
    }

    private func job(_ context: WorkbenchContext) throws -> SolveJob {
        guard let id = Int(try context.parameters.require("id")), let job = workbench.queue.job(id) else {
            throw WebError(
                status: .notFound, message: "no such solve in this server's life: see the history for kept results")
        }
        return job
    }

    private func jobBody(_ job: SolveJob, language l: Language, csrf: String) -> String {
        let status = job.status
        let name = ((job.request.scenarioPath as NSString).lastPathComponent as NSString).deletingPathExtension
        let what = job.request.prices == nil ? l.pick("求解", "Solve") : l.pick("目标代价", "Target prices")
        var body = "<h1>\(what) #\(job.id) · \(esc(name))</h1>\n"
        body +=
            "<div id=\"progress\" class=\"progress\" data-events=\"/\(l.rawValue)/jobs/\(job.id)/events\" data-state=\"\(status.phase.rawValue)\">\n"
        body += "<p><strong id=\"phase\">\(esc(JobText.phase(job, queue: workbench.queue, language: l)))</strong></p>\n"
        var percent = status.phase == .done ? 100.0 : 0
        if status.phase == .searching, let priced = status.targetsPriced {
            percent = JobText.percent(priced)
        } else if let gap = status.progress?.gap, status.phase == .searching {
            percent = max(5, min(99, 100 * (1 - min(gap, 1))))
        }
        body +=
            "<div class=\"bar\" role=\"progressbar\"><span id=\"bar\" style=\"width: \(Int(percent))%\"></span></div>\n"
        body += "<dl class=\"facts\">"
        if let prices = job.request.prices {
            // A pricing: the target being priced, and its relaxed solve's search.
            let pricing = PricingText(plan: prices.plan, status: status, language: l)
            body +=
                "<dt>\(l.pick("正在计算的目标", "Target being priced"))</dt><dd id=\"target\">\(esc(pricing.current))</dd>"
            body +=
                "<dt>\(l.pick("其放宽后求解：当前最优", "Its relaxed solve: best so far"))</dt><dd id=\"best\">\(esc(pricing.best))</dd>"
            body +=
                "<dt>\(l.pick("下界（任何方案都不低于此值）", "Bound (no plan can be below it)"))</dt><dd id=\"bound\">\(esc(pricing.bound))</dd>"
            body += "<dt>\(l.pick("间隙", "Gap"))</dt><dd id=\"gap\">\(esc(pricing.gap))</dd>"
        } else {
            body +=
                "<dt>\(l.pick("当前最优方案的目标值", "Best plan's objective"))</dt><dd id=\"best\">\(Self.money(status.progress?.bestObjective))</dd>"
            body +=
                "<dt>\(l.pick("下界（任何方案都不低于此值）", "Bound (no plan can be below it)"))</dt><dd id=\"bound\">\(Self.money(status.progress?.bound))</dd>"
            body += "<dt>\(l.pick("间隙", "Gap"))</dt><dd id=\"gap\">\(Self.percent(status.progress?.gap))</dd>"
        }
        body +=
            "<dt>\(l.pick("用时", "Time"))</dt><dd id=\"elapsed\">\(String(format: "%.1f s", status.progress?.elapsed ?? status.age))</dd>"
        body += "</dl>\n"
        if let prices = job.request.prices {
            body += PricingText(plan: prices.plan, status: status, language: l).table
        }
        var message = ""
        var hidden = true
        if case .failed(let text, _) = status.outcome {
            message = workbench.scrub(text)
            hidden = false
        }
        body += "<div class=\"notice\" id=\"message\"\(hidden ? " hidden" : "")>\(esc(message))</div>\n"
        if case .plan = status.outcome {
            body +=
                "<p><a class=\"button primary\" href=\"/\(l.rawValue)/plans/r\(job.id)\">\(l.pick("查看方案", "Open the plan"))</a></p>\n"
        }
        if status.phase != .done {
            body +=
                "<form id=\"stop-form\" method=\"post\" action=\"/\(l.rawValue)/jobs/\(job.id)/stop\">\(Page.csrfField(csrf))"
            body +=
                "<button class=\"danger\" type=\"submit\">\(l.pick("停止（保留当前最优方案）", "Stop (keep the best plan so far)"))</button></form>\n"
            body +=
                "<noscript><p class=\"muted\">\(l.pick("本页每 2 秒刷新一次。", "This page reloads every 2 seconds."))</p></noscript>\n"
        }
        return body + "</div>\n"
    }
}
