import Foundation
import Hummingbird
import SkillPlan

/// The login page of a server started with a token: the token once, then a cookie.
extension Routes {
    func registerLogin(on router: Router<WorkbenchContext>) {
        router.get("/login") { request, context in
            let next = Self.safeNext(request.uri.queryParameters["next"].map(String.init))
            return html(loginPage(next: next, csrf: context.csrfToken, wrong: false, language: Self.language(request)))
        }
        router.post("/login") { request, context in
            let fields = try await Self.form(request)
            let next = Self.safeNext(fields["next"])
            let l = Self.language(request)
            guard let token = workbench.settings.token else { return Self.redirect(next) }
            guard let sent = fields["token"], GuardMiddleware.constantTimeEqual(sent, token) else {
                return html(
                    loginPage(next: next, csrf: context.csrfToken, wrong: true, language: l), status: .unauthorized)
            }
            var response = Self.redirect(next)
            response.setCookie(
                Cookie(name: GuardMiddleware.tokenCookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// The language the browser asks for.
    static func language(_ request: Request) -> Language {
        (request.headers[.acceptLanguage] ?? "").lowercased().hasPrefix("en") ? .en : .zh
    }

    /// A path on this server to go to after login (never another site).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }

    private func loginPage(next: String, csrf: String, wrong: Bool, language l: Language) -> Page {
        var body = "<div class=\"login\"><h1>SkillPlan</h1>\n"
        body +=
            "<p class=\"lead\">\(l.pick("此工作台需要访问令牌（启动服务器时用 --token 或环境变量 SKILLPLAN_TOKEN 设置）。", "This workbench needs its access token (set with --token or SKILLPLAN_TOKEN when the server was started)."))</p>\n"
        if wrong {
            body +=
                "<div class=\"notice\" role=\"alert\">\(l.pick("令牌不对，请重试。", "That token is not right; try again."))</div>\n"
        }
        body +=
            "<form method=\"post\" action=\"/login\">\(Page.csrfField(csrf))<input type=\"hidden\" name=\"next\" value=\"\(esc(next))\">"
        body +=
            "<p><label>\(l.pick("访问令牌", "Access token")) <input type=\"password\" name=\"token\" autocomplete=\"current-password\" autofocus></label></p>"
        body += "<p><button class=\"primary\" type=\"submit\">\(l.pick("登录", "Log in"))</button></p></form></div>\n"
        return Page(language: l, title: l.pick("登录", "Log in"), path: "/", section: .none, body: body)
    }
}
