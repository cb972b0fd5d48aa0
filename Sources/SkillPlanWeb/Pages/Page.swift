import SkillPlan

extension Language {
    /// The Chinese or the English text.
    func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }

    /// The other language.
    var other: Language { self == .zh ? .en : .zh }
}

/// Escapes text for HTML.
func esc(_ text: String) -> String { HTMLText.escape(text) }

/// A workbench page: the navigation, the language switch, the queue's state and the
/// content, in one language. Styles and the one script come from the server itself
/// (`/static/`); no font or script from the network.
struct Page {
    /// The navigation's parts.
    enum Section: String {
        case scenarios, history, data, evaluate, none
    }

    var language: Language
    var title: String
    /// The path after the language prefix (with its query), for the language switch.
    var path: String
    var section: Section
    var body: String
    /// Jobs waiting and running, shown in the navigation.
    var load: (waiting: Int, running: Int) = (0, 0)
    /// Whether the page uses the workbench script.
    var script = false
    /// Whether the page reloads itself every 2 s when scripts are off (a solve's page).
    var refreshWithoutScript = false

    func render() -> String {
        let l = language
        func nav(_ item: Section, _ href: String, _ zh: String, _ en: String) -> String {
            let current = item == section ? " aria-current=\"page\"" : ""
            return "<a href=\"/\(l.rawValue)\(href)\"\(current)>\(l.pick(zh, en))</a>"
        }
        let queue = "<span class=\"load\" id=\"load\">\(Page.loadText(load, language: l))</span>"
        let switchTo = l.other
        return """
            <!DOCTYPE html>
            <html lang="\(l == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title)) · SkillPlan</title>
            <link rel="stylesheet" href="/static/workbench.css">
            \(script ? "<script src=\"/static/workbench.js\" defer></script>" : "")
            \(refreshWithoutScript ? "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>" : "")
            </head>
            <body>
            <nav class="top">
            <a class="brand" href="/\(l.rawValue)/">SkillPlan</a>
            \(nav(.scenarios, "/", "情景", "Scenarios"))
            \(nav(.history, "/history", "历史版本", "History"))
            \(nav(.data, "/data", "数据", "Data"))
            \(nav(.evaluate, "/evaluate", "评估", "Evaluate"))
            \(queue)
            <a class="lang" href="/\(switchTo.rawValue)\(esc(path))" hreflang="\(switchTo == .zh ? "zh-CN" : "en")" lang="\(switchTo == .zh ? "zh-CN" : "en")">\(switchTo == .zh ? "中文" : "English")</a>
            </nav>
            <main class="wb">
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// The navigation's count of solves running and waiting, empty when there are none. A
    /// solve's progress stream sends it too, so its page keeps the count current.
    static func loadText(_ load: (waiting: Int, running: Int), language l: Language) -> String {
        guard load.running + load.waiting > 0 else { return "" }
        return l.pick("求解中 \(load.running)，排队 \(load.waiting)", "\(load.running) solving, \(load.waiting) waiting")
    }

    /// A hidden field carrying the CSRF token, for every form that posts.
    static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(esc(token))\">"
    }
}
