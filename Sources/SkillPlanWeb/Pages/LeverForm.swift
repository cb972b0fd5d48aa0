import SkillPlan

/// A scenario's levers as a form: each value in its field, a changed one marked, each
/// problem next to its field in the words of `skillplan validate`.
struct LeverForm: Sendable {
    var entry: ScenarioEntry
    var scenario: Scenario
    /// Values as sent (empty: the scenario's).
    var values: [String: String]
    /// Problems by field (lever id, or `name`).
    var fieldErrors: [String: [String]]
    /// Problems not about one field.
    var general: [String]
    /// The plan the variant should stay close to (`--like`), as a plan reference.
    var like: String?

    /// The hidden field of a form that lists the targets' on/off boxes.
    static let targetsShownField = "targets_shown"

    /// The name of a target's on/off box (sent only when ticked).
    static func onField(_ target: String) -> String { "targets.\(target).on" }

    /// A column's label.
    static func label(_ column: String, _ l: Language) -> String {
        switch column {
        case "time_limit": l.pick("求解时间上限（秒）", "Time limit (seconds)")
        case "mip_gap": l.pick("最优性间隙（如 0.005）", "MIP gap (e.g. 0.005)")
        case "cycle_years": l.pick("全员轮训周期（年，可空）", "Rotation cycle (years, may be empty)")
        case "capacity": l.pick("学位容量", "Capacity (seats)")
        case "max_expand": l.pick("每年最多新增学位", "Seats added a year, at most")
        case "expand_cost": l.pick("每个新增学位成本（元）", "Cost of a seat added (yuan)")
        case "headcount": l.pick("在编教师（2020）", "Headcount (base year)")
        case "max_hire": l.pick("每年最多招聘", "Hires a year, at most")
        case "hire_cost": l.pick("每名教师招聘成本（元）", "Cost of a hire (yuan)")
        case "value": l.pick("要求（人次/人）", "Required (persons)")
        case "share": l.pick("要求比例（0–1）", "Required share (0–1)")
        case "ratio": l.pick("生师比（学生/教师）", "Students per teacher")
        default: column
        }
    }

    func render(language l: Language, csrf: String) -> String {
        let levers = ScenarioLevers.levers(of: scenario)
        let title =
            (l == .zh ? scenario.titleZh : scenario.titleEn).isEmpty
            ? scenario.name : (l == .zh ? scenario.titleZh : scenario.titleEn)
        let question = l == .zh && !scenario.questionZh.isEmpty ? scenario.questionZh : scenario.question
        var body = "<h1>\(esc(title))</h1>\n<p class=\"lead\">\(esc(question))</p>\n"
        body +=
            "<p><a class=\"button\" href=\"/\(l.rawValue)/data?scenario=\(esc(entry.id))\">\(l.pick("查看数据表及来源", "See the data tables and their sources"))</a></p>\n"
        let count = fieldErrors.values.reduce(0) { $0 + $1.count } + general.count
        if count > 0 {
            body +=
                "<div class=\"notice\" role=\"alert\"><strong>\(l.pick("有 \(count) 处问题，未开始求解。请修改标红的字段。", "\(count) problem(s): nothing was solved. Fix the fields marked in red."))</strong>"
            if !general.isEmpty { body += "<ul>" + general.map { "<li>\(esc($0))</li>" }.joined() + "</ul>" }
            body += "</div>\n"
        }
        body +=
            "<form method=\"post\" action=\"/\(l.rawValue)/scenarios/\(esc(entry.id))/solve\" class=\"levers\">\n\(Page.csrfField(csrf))\n"
        if let like {
            body += "<input type=\"hidden\" name=\"like\" value=\"\(esc(like))\">\n"
            body +=
                "<p class=\"notice ok\">"
                + l.pick(
                    "将以方案 <a href=\"/zh/plans/\(esc(like))\">\(esc(like))</a> 为参照求解变体：先求最小缺口、再求最低成本，然后在二者不变的前提下尽量少改动参照方案的决策（--like）。",
                    "This variant is solved like plan <a href=\"/en/plans/\(esc(like))\">\(esc(like))</a>: shortfall first, then cost, then, with both held, as few changes to that plan's decisions as possible (--like)."
                ) + "</p>\n"
        }
        body += "<fieldset><legend>\(l.pick("新情景", "New scenario"))</legend>\n"
        body +=
            "<p class=\"muted\">\(l.pick("不改任何值则直接求解本情景；改了值则另存为新情景（名称可空，自动命名）。", "Change nothing to solve this scenario as it is; change values to solve them as a new scenario (leave the name empty for one to be chosen)."))</p>\n"
        body +=
            "<table class=\"form\"><tr><th>\(l.pick("名称", "Name"))</th><td>\(input("name", value: values["name"] ?? "", width: "text", placeholder: "\(entry.id)-more-seats"))</td></tr>\n"
        body +=
            "<tr><th>\(l.pick("要回答的问题", "Question it answers"))</th><td>\(input("question", value: values["question"] ?? "", width: "text wide", placeholder: ""))</td></tr></table>\n"
        body += "</fieldset>\n"
        body += "<fieldset><legend>\(l.pick("求解设置", "Solver"))</legend><table class=\"form\">\n"
        for lever in levers where lever.kind == .setting {
            body +=
                "<tr><th><label for=\"\(esc(lever.id))\">\(esc(Self.label(lever.column, l)))</label></th><td>\(leverInput(lever))</td></tr>\n"
        }
        body += "</table></fieldset>\n"
        body += section(
            l.pick("学校", "Schools"), kind: .school, columns: ["capacity", "max_expand", "expand_cost"], levers: levers,
            language: l)
        body += section(
            l.pick("教师组", "Teacher groups"), kind: .teacherGroup, columns: ["headcount", "max_hire", "hire_cost"],
            levers: levers, language: l)
        body += targetsSection(levers, language: l)
        body += "<div class=\"submitbar\"><button class=\"primary\" type=\"submit\">\(l.pick("求解", "Solve"))</button> "
        body +=
            "<span class=\"muted\">\(l.pick("改动的值以黄色标出。求解在后台进行，可随时停止。", "Changed values are marked in yellow. The solve runs in the background; Stop keeps the best plan so far."))</span></div>\n</form>\n"
        return body
    }

    private func section(
        _ title: String, kind: ScenarioLever.Kind, columns: [String], levers: [ScenarioLever], language l: Language
    ) -> String {
        let rows = levers.filter { $0.kind == kind }
        let ids = rows.compactMap(\.row).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !ids.isEmpty else { return "" }
        var body = "<fieldset><legend>\(esc(title))</legend><table class=\"form\"><thead><tr><th></th>"
        body += columns.map { "<th>\(esc(Self.label($0, l)))</th>" }.joined() + "</tr></thead><tbody>\n"
        for id in ids {
            let cells = rows.filter { $0.row == id }
            body += "<tr><th>\(esc(cells.first?.rowName(l) ?? id))"
            // Groups of two schools may share a name: say whose.
            if kind == .teacherGroup, let group = scenario.groups.first(where: { $0.id == id }),
                let school = scenario.schools.first(where: { $0.id == group.school })
            {
                body += "<br><span class=\"muted\">\(esc(l == .zh ? school.nameZh : school.nameEn))</span>"
            }
            body += "</th>"
            for column in columns {
                body += "<td>" + (cells.first { $0.column == column }.map(leverInput) ?? "") + "</td>"
            }
            body += "</tr>\n"
        }
        return body + "</tbody></table></fieldset>\n"
    }

    /// Each target: its on/off box and, for a target with a required value, its field.
    private func targetsSection(_ levers: [ScenarioLever], language l: Language) -> String {
        guard !scenario.targets.isEmpty else { return "" }
        var body =
            "<fieldset><legend>\(l.pick("目标", "Targets"))</legend>"
            + "<p class=\"muted\">\(l.pick("取消勾选的目标不计入新情景（其缺口不再计价）。", "A target not ticked is left out of the new scenario (its shortfall is no longer priced)."))</p>"
            + "<input type=\"hidden\" name=\"\(Self.targetsShownField)\" value=\"1\">"
            + "<table class=\"form\"><thead><tr><th>\(l.pick("计入", "On"))</th><th>\(l.pick("目标", "Target"))</th><th>\(l.pick("要求", "Required"))</th></tr></thead><tbody>\n"
        for target in scenario.targets {
            let box = Self.onField(target.id)
            let on = values[box].map { !$0.isEmpty } ?? true
            let name = l == .zh ? target.nameZh : target.nameEn
            let shown = name.isEmpty ? target.id : name
            body +=
                "<tr><td><span class=\"\(on ? "" : "changed")\"><input type=\"checkbox\" id=\"\(esc(box))\" name=\"\(esc(box))\" value=\"on\"\(on ? " checked" : "") aria-label=\"\(esc(shown))\"></span></td>"
            let lever = levers.first { $0.kind == .target && $0.row == target.id }
            body +=
                "<th><label for=\"\(esc(box))\">\(esc(shown))</label>"
                + (lever.map { "<br><span class=\"muted\">\(esc(Self.label($0.column, l)))</span>" } ?? "")
                + "</th><td>\(lever.map(leverInput) ?? "")</td></tr>\n"
        }
        return body + "</tbody></table></fieldset>\n"
    }

    private func leverInput(_ lever: ScenarioLever) -> String {
        let value = values[lever.id] ?? lever.value
        let changed = value != lever.value
        return input(lever.id, value: value, width: "num", placeholder: lever.value, changed: changed)
    }

    private func input(_ name: String, value: String, width: String, placeholder: String, changed: Bool = false)
        -> String
    {
        let errors = fieldErrors[name] ?? []
        var classes: [String] = []
        if !errors.isEmpty { classes.append("field-error") }
        if changed { classes.append("changed") }
        var html =
            "<span class=\"\(classes.joined(separator: " "))\"><input type=\"text\" inputmode=\"\(width == "num" ? "decimal" : "text")\" class=\"\(width)\" id=\"\(esc(name))\" name=\"\(esc(name))\" value=\"\(esc(value))\""
        if !placeholder.isEmpty { html += " placeholder=\"\(esc(placeholder))\"" }
        if !errors.isEmpty { html += " aria-invalid=\"true\" aria-describedby=\"\(esc(name))-error\"" }
        html += ">"
        if !errors.isEmpty {
            html +=
                "<span class=\"error-text\" id=\"\(esc(name))-error\">\(errors.map(esc).joined(separator: "<br>"))</span>"
        }
        return html + "</span>"
    }
}
