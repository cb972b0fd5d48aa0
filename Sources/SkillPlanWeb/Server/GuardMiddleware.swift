import Foundation
import HTTPTypes
import Hummingbird
import SkillPlan

/// What every request passes first: the body limit (413), the access token when the
/// server has one (a login page for pages, 401 for the rest), the CSRF token of every
/// form that posts (403), security headers on every response, and error pages that
/// say what went wrong in the planner's language without a stack trace or a path
/// outside the project.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext

    /// The cookie holding the access token after login.
    static let tokenCookie = "skillplan_token"
    /// The cookie holding the CSRF token that forms must repeat.
    static let csrfCookie = "skillplan_csrf"
    /// The form field that repeats it.
    static let csrfField = "_csrf"

    let workbench: Workbench

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var request = request
        var context = context
        let language = Self.language(of: request.uri.path)
        var newCSRF: String?
        do {
            if let length = request.headers[.contentLength].flatMap(Int.init), length > WorkbenchSettings.maxBodyBytes {
                return ErrorPage.response(.contentTooLarge, language: language, workbench: workbench)
            }
            let path = request.uri.path
            let open = path == "/login" || path.hasPrefix("/static/")
            if let token = workbench.settings.token, !open, !Self.authorized(request, token: token) {
                if request.method == .get && Self.isPage(path) {
                    let target =
                        "/login?next="
                        + (request.uri.description.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
                    return Response(status: .seeOther, headers: [.location: target])
                }
                return ErrorPage.response(.unauthorized, language: language, workbench: workbench)
            }
            if let cookie = request.cookies[Self.csrfCookie]?.value, cookie.count == 32, cookie.allSatisfy(\.isHexDigit)
            {
                context.csrfToken = cookie
            } else {
                newCSRF = Self.randomToken()
                context.csrfToken = newCSRF ?? ""
            }
            if request.method == .post {
                let body: ByteBuffer
                do {
                    body = try await request.collectBody(upTo: WorkbenchSettings.maxBodyBytes)
                } catch {
                    return ErrorPage.response(.contentTooLarge, language: language, workbench: workbench)
                }
                let sent = Self.csrfValue(of: request, body: body)
                guard newCSRF == nil, let sent, Self.constantTimeEqual(sent, context.csrfToken) else {
                    var response = ErrorPage.response(.forbidden, language: language, workbench: workbench)
                    if let newCSRF { response.setCookie(Self.csrfCookieValue(newCSRF)) }
                    return response
                }
            }
            var response = try await next(request, context)
            Self.secure(&response)
            if let newCSRF { response.setCookie(Self.csrfCookieValue(newCSRF)) }
            return response
        } catch {
            var response = ErrorPage.response(for: error, language: language, workbench: workbench)
            Self.secure(&response)
            if let newCSRF { response.setCookie(Self.csrfCookieValue(newCSRF)) }
            return response
        }
    }

    /// The page's language from its path (`/en/…`), Chinese otherwise.
    static func language(of path: String) -> Language {
        path == "/en" || path.hasPrefix("/en/") ? .en : .zh
    }

    /// Whether a GET path is a page a browser shows (not a stream or a download).
    static func isPage(_ path: String) -> Bool {
        !path.hasSuffix("/events") && !path.contains("/download/")
    }

    /// Whether a request carries the token: its cookie or `Authorization: Bearer`.
    static func authorized(_ request: Request, token: String) -> Bool {
        if let cookie = request.cookies[tokenCookie]?.value, constantTimeEqual(cookie, token) { return true }
        if let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            constantTimeEqual(String(header.dropFirst(7)), token)
        {
            return true
        }
        return false
    }

    /// The CSRF token a post sends: its form field, or the `X-CSRF-Token` header.
    static func csrfValue(of request: Request, body: ByteBuffer) -> String? {
        if let header = request.headers[HTTPField.Name("X-CSRF-Token")!] { return header }
        let type = request.headers[.contentType] ?? ""
        let data = Data(buffer: body)
        if type.hasPrefix("multipart/form-data") {
            return MultipartForm(body: data, contentType: type)?[csrfField]?.text
        }
        return FormFields(urlEncoded: String(decoding: data, as: UTF8.self))[csrfField]
    }

    /// Compares two secrets in time that depends only on their lengths.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// 32 random hexadecimal digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for _ in 0..<2 {
            var word = generator.next()
            for _ in 0..<16 {
                text.append(digits[Int(word & 0xF)])
                word >>= 4
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func csrfCookieValue(_ value: String) -> Cookie {
        Cookie(name: csrfCookie, value: value, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// Headers that keep pages from being framed, sniffed or fed outside scripts.
    static func secure(_ response: inout Response) {
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    }
}
