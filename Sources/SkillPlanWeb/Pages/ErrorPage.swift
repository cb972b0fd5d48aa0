import Foundation
import GLPK
import HTTPTypes
import Hummingbird
import SkillPlan

/// An error the workbench shows as a page: a status and a message for the planner.
struct WebError: Error {
    var status: HTTPResponse.Status
    var message: String
}

/// Error pages: what went wrong and what to do, in the page's language; never a stack
/// trace, never a path outside the project.
enum ErrorPage {
    /// The page for a status with its usual message.
    static func response(_ status: HTTPResponse.Status, language l: Language, workbench: Workbench) -> Response {
        let message: String =
            switch status {
            case .contentTooLarge:
                l.pick(
                    "请求太大：上限为 10 MiB。请上传较小的文件（例如只含一张数据表的 CSV）。",
                    "The request is too large: the limit is 10 MiB. Upload a smaller file (for example one data table as CSV)."
                )
            case .unauthorized:
                l.pick(
                    "需要访问令牌：请先登录（/login），或在请求中带上 Authorization: Bearer 令牌。",
                    "An access token is needed: log in first (/login), or send Authorization: Bearer with the token.")
            case .forbidden:
                l.pick(
                    "表单的安全令牌缺失或已过期：请刷新页面后重新提交。",
                    "The form's security token is missing or out of date: reload the page and send the form again.")
            case .notFound:
                l.pick("没有这个页面。", "There is no such page.")
            default:
                l.pick("请求无法处理。", "The request could not be handled.")
            }
        return page(status, message: message, language: l)
    }

    /// The page for an error thrown by a handler.
    static func response(for error: Error, language l: Language, workbench: Workbench) -> Response {
        switch error {
        case let error as WebError:
            return page(error.status, message: workbench.scrub(error.message), language: l)
        case let error as HTTPError:
            if error.status == .contentTooLarge || error.status == .unauthorized || error.status == .forbidden
                || error.status == .notFound
            {
                return response(error.status, language: l, workbench: workbench)
            }
            return page(error.status, message: workbench.scrub(error.body ?? error.status.reasonPhrase), language: l)
        case let error as ScenarioError:
            return page(
                .badRequest,
                message: workbench.scrub(error.issues.map { $0.description(in: l) }.joined(separator: "\n")),
                language: l)
        case let error as FileError:
            return page(.notFound, message: workbench.scrub(error.description), language: l)
        case let error as PlanStoreError:
            if case .unknownVersion = error {
                return page(.notFound, message: workbench.scrub(error.description), language: l)
            }
            return page(.badRequest, message: workbench.scrub(error.description), language: l)
        case let error as ScenarioIssue:
            return page(.badRequest, message: workbench.scrub(error.description(in: l)), language: l)
        case let error as GLPKError:
            return page(.internalServerError, message: workbench.scrub(error.description), language: l)
        default:
            return page(
                .internalServerError,
                message: l.pick("服务器出错：", "The server failed: ") + workbench.scrub(String(describing: type(of: error))),
                language: l)
        }
    }

    static func page(_ status: HTTPResponse.Status, message: String, language l: Language) -> Response {
        let body = """
            <h1>\(status.code) · \(esc(l.pick("出错了", "Something went wrong")))</h1>
            <div class="notice"><p>\(esc(message).replacingOccurrences(of: "\n", with: "<br>"))</p></div>
            <p><a href="/\(l.rawValue)/">\(l.pick("返回情景列表", "Back to the scenarios"))</a></p>
            """
        let html = Page(language: l, title: "\(status.code)", path: "/", section: .none, body: body).render()
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
