import Foundation
import Hummingbird
import SkillPlan

/// The workbench's routes. Every page exists under `/zh/` and `/en/`; `/` sends the
/// browser to its language.
struct Routes: Sendable {
    let workbench: Workbench
    let catalog: ScenarioCatalog

    init(workbench: Workbench) {
        self.workbench = workbench
        self.catalog = ScenarioCatalog(workbench: workbench)
    }

    func register(on router: Router<WorkbenchContext>) {
        router.get("/") { request, _ in
            let accept = request.headers[.acceptLanguage] ?? ""
            let language = accept.lowercased().hasPrefix("en") ? "en" : "zh"
            return Response(status: .seeOther, headers: [.location: "/\(language)/"])
        }
        router.get("/static/workbench.css") { _, _ in
            Self.asset(StaticFiles.css, type: "text/css; charset=utf-8")
        }
        router.get("/static/workbench.js") { _, _ in
            Self.asset(StaticFiles.js, type: "text/javascript; charset=utf-8")
        }
        registerLogin(on: router)
        for language in Language.allCases {
            let group = router.group(RouterPath(language.rawValue))
            registerScenarios(on: group, language: language)
            registerJobs(on: group, language: language)
            registerPlans(on: group, language: language)
            registerHistory(on: group, language: language)
            registerData(on: group, language: language)
            registerEvaluate(on: group, language: language)
        }
    }

    // MARK: - Helpers

    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A page as a response.
    func html(_ page: Page, status: HTTPResponse.Status = .ok) -> Response {
        var page = page
        page.load = workbench.queue.load
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: page.render())))
    }

    /// A redirect after a post (303: the browser gets the new page).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// A form's fields (the body was collected by ``GuardMiddleware``).
    static func form(_ request: Request) async throws -> FormFields {
        var request = request
        let body = try await request.collectBody(upTo: WorkbenchSettings.maxBodyBytes)
        return FormFields(urlEncoded: String(buffer: body))
    }

    /// A multipart form's parts.
    static func multipart(_ request: Request) async throws -> MultipartForm {
        var request = request
        let body = try await request.collectBody(upTo: WorkbenchSettings.maxBodyBytes)
        let type = request.headers[.contentType] ?? ""
        guard let form = MultipartForm(body: Data(buffer: body), contentType: type) else {
            throw WebError(
                status: .badRequest, message: "the form could not be read: send it from the page (multipart/form-data)")
        }
        return form
    }

    /// The path and query after the language prefix, for the language switch.
    static func rest(of request: Request) -> String {
        let path = request.uri.path
        let rest = path.count > 3 ? String(path.dropFirst(3)) : "/"
        if let query = request.uri.query, !query.isEmpty { return rest + "?" + query }
        return rest
    }

    /// Whole yuan with thousands separators (``NumberText/money(_:)``), `–` for none.
    static func money(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return NumberText.money(value)
    }

    /// A relative gap as a percentage.
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.2f%%", value * 100)
    }
}
