import Foundation
import Hummingbird
import SkillPlan

/// A scenario's data tables with their sources, and a CSV upload that makes a new
/// scenario with one table replaced (checked like `skillplan validate`: every problem
/// by line).
extension Routes {
    func registerData(on group: RouterGroup<WorkbenchContext>, language l: Language) {
        group.get("/data") { request, context in
            let entries = catalog.entries()
            let id = request.uri.queryParameters["scenario"].map(String.init) ?? entries.first?.id ?? ""
            let entry = try catalog.entry(id)
            let body = try await Workbench.blocking { [self] in
                try dataBody(entry, entries: entries, language: l, csrf: context.csrfToken, upload: UploadState())
            }
            return html(
                Page(language: l, title: l.pick("数据", "Data"), path: Self.rest(of: request), section: .data, body: body)
            )
        }
        group.post("/data/upload") { request, context in
            let form = try await Self.multipart(request)
            let fields = form.fields
            let entry = try catalog.entry(fields["scenario"] ?? "")
            let outcome = try await Workbench.blocking { [self] in try upload(form, base: entry, language: l) }
            switch outcome {
            case .created(let name):
                return Self.redirect("/\(l.rawValue)/scenarios/\(name)")
            case .invalid(let state):
                let entries = catalog.entries()
                let body = try await Workbench.blocking { [self] in
                    try dataBody(entry, entries: entries, language: l, csrf: context.csrfToken, upload: state)
                }
                return html(
                    Page(
                        language: l, title: l.pick("数据", "Data"), path: "/data?scenario=\(entry.id)", section: .data,
                        body: body),
                    status: .unprocessableContent)
            }
        }
    }

    /// What the upload form shows again after a refused upload.
    struct UploadState: Sendable {
        var table = ""
        var name = ""
        var errors: [String] = []
    }

    enum UploadOutcome: Sendable {
        case created(String)
        case invalid(UploadState)
    }

    private func upload(_ form: MultipartForm, base entry: ScenarioEntry, language l: Language) throws -> UploadOutcome
    {
        let fields = form.fields
        var state = UploadState(
            table: fields["table"] ?? "", name: (fields["name"] ?? "").trimmingCharacters(in: .whitespaces))
        guard ScenarioVariant.tableFiles.contains(state.table) else {
            state.errors = [
                l.pick(
                    "table：为“\(state.table)”，不是数据表 — 修改：选择以下之一：\(ScenarioVariant.tableFiles.joined(separator: "、"))",
                    "table: is \"\(state.table)\", not a data table — fix: choose one of \(ScenarioVariant.tableFiles.joined(separator: ", "))"
                )
            ]
            return .invalid(state)
        }
        guard let file = form["file"], !file.data.isEmpty else {
            state.errors = [
                l.pick(
                    "file：没有收到文件 — 修改：选择要上传的 CSV 文件", "file: no file was sent — fix: choose the CSV file to upload")
            ]
            return .invalid(state)
        }
        if let sent = file.fileName,
            sent.contains("/") || sent.contains("\\") || sent.contains("..") || sent.hasPrefix(".")
        {
            state.errors = [
                l.pick(
                    "file：文件名“\(sent)”被拒绝（它指向文件夹或隐藏文件） — 修改：上传普通文件，如 \(state.table)",
                    "file: the name \"\(sent)\" is refused (it names a folder or a hidden file) — fix: upload a plain file such as \(state.table)"
                )
            ]
            return .invalid(state)
        }
        let name: SafeName
        do {
            name = try SafeName(state.name)
        } catch let issue as ScenarioIssue {
            state.errors = [l.pick("name：", "name: ") + issue.problem(in: l)]
            return .invalid(state)
        }
        if catalog.entries().contains(where: { $0.id == name.text }) {
            state.errors = [
                l.pick(
                    "name：为“\(name.text)”：已有同名的情景 — 修改：另取一个名称",
                    "name: is \"\(name.text)\": a scenario of this name exists already — fix: choose another name")
            ]
            return .invalid(state)
        }
        let folder = (workbench.scenariosFolder as NSString).appendingPathComponent(name.text)
        let variant = try ScenarioVariant.write(
            base: entry.path, name: name, question: nil, changes: [:],
            tables: [state.table: file.data], into: folder)
        do {
            _ = try ScenarioLoader.load(path: variant.scenarioPath, currentDirectory: folder)
        } catch let error as ScenarioError {
            try? FileManager.default.removeItem(atPath: folder)
            state.errors = error.issues.map { workbench.scrub($0.description(in: l)) }
            return .invalid(state)
        }
        return .created(name.text)
    }

    private func dataBody(
        _ entry: ScenarioEntry, entries: [ScenarioEntry], language l: Language, csrf: String, upload: UploadState
    ) throws -> String {
        var body = "<h1>\(l.pick("数据表", "Data tables"))</h1>\n"
        body +=
            "<form method=\"get\" action=\"/\(l.rawValue)/data\" class=\"actions\"><label>\(l.pick("情景", "Scenario")) <select name=\"scenario\">"
        for option in entries {
            body +=
                "<option value=\"\(esc(option.id))\"\(option.id == entry.id ? " selected" : "")>\(esc(option.id))</option>"
        }
        body += "</select></label><button type=\"submit\">\(l.pick("显示", "Show"))</button></form>\n"
        body +=
            "<p class=\"lead\">\(l.pick("每一行都注明来源；标有“assumption”的数值是假设，并给出了范围。可在 Excel 或 WPS 中编辑 CSV 后上传，生成一个新情景（原情景不变）。", "Every row names its source; values marked “assumption” are assumptions, with their range. Edit a table in Excel or WPS and upload it to make a new scenario (this one stays as it is)."))</p>\n"
        body += "<fieldset><legend>\(l.pick("上传 CSV，生成新情景", "Upload a CSV as a new scenario"))</legend>\n"
        if !upload.errors.isEmpty {
            body +=
                "<div class=\"notice\" role=\"alert\"><strong>\(l.pick("上传的表有 \(upload.errors.count) 处问题，未生成新情景：", "The upload has \(upload.errors.count) problem(s); no scenario was made:"))</strong><ul>"
            body += upload.errors.map { "<li>\(esc($0))</li>" }.joined() + "</ul></div>\n"
        }
        body +=
            "<form method=\"post\" action=\"/\(l.rawValue)/data/upload\" enctype=\"multipart/form-data\">\(Page.csrfField(csrf))"
        body += "<input type=\"hidden\" name=\"scenario\" value=\"\(esc(entry.id))\">"
        body += "<table class=\"form\"><tr><th>\(l.pick("替换的表", "Table to replace"))</th><td><select name=\"table\">"
        for file in ScenarioVariant.tableFiles {
            body += "<option\(file == upload.table ? " selected" : "")>\(esc(file))</option>"
        }
        body += "</select></td></tr>"
        body +=
            "<tr><th>\(l.pick("CSV 文件（UTF-8；Excel 中另存为“CSV UTF-8”，GBK 文件会被拒绝并说明行号）", "CSV file (UTF-8; in Excel, Save As “CSV UTF-8”: a GBK file is refused with its line)"))</th><td><input type=\"file\" name=\"file\" accept=\".csv,text/csv\"></td></tr>"
        body +=
            "<tr><th>\(l.pick("新情景名称", "New scenario's name"))</th><td><input type=\"text\" name=\"name\" value=\"\(esc(upload.name))\" placeholder=\"\(esc(entry.id))-edited\"></td></tr></table>"
        body +=
            "<button class=\"primary\" type=\"submit\">\(l.pick("上传并检查", "Upload and check"))</button></form></fieldset>\n"
        body += try workbench.cache.value("data/\(entry.path)/\(l.rawValue)/\(catalog.load(entry).inputHash)") {
            try tablesHTML(entry, language: l)
        }
        return body
    }

    private func tablesHTML(_ entry: ScenarioEntry, language l: Language) throws -> String {
        let loaded = try catalog.load(entry)
        var body = ""
        for (index, file) in ScenarioVariant.tableFiles.enumerated() {
            guard let input = loaded.inputFiles.first(where: { $0.path == file || $0.path.hasSuffix("/" + file) })
            else { continue }
            let table = CSVTable.read(input.contents, file: file).table
            body +=
                "<details\(index == 0 ? " open" : "")><summary>\(esc(file)) <span class=\"muted\">(\(table.records.count) \(l.pick("行", "rows")))</span></summary>\n"
            body +=
                "<div class=\"scroll\"><table class=\"data\"><thead><tr>"
                + table.header.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead><tbody>\n"
            for record in table.records {
                body += "<tr>" + record.fields.map { "<td>\(esc($0))</td>" }.joined() + "</tr>\n"
            }
            body += "</tbody></table></div></details>\n"
        }
        return body
    }
}
