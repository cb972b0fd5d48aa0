/// The opening of every self-contained HTML page the project writes (plan, diff, plans
/// side by side): the doctype, the language, the title, the shared style sheet and any
/// extra rules, and the `<h1>` heading inside an open `<header>`. The one page opening of
/// the package: the robustness report, the plan export and the diffs all start here.
///
/// The pages are built from strings (this, ``HTMLTable``, ``HTMLText``, ``SVGBuilder``)
/// rather than with a package: they are a few fixed templates written byte for byte the
/// same on every run (golden files), and Plot or a template engine (Stencil, Leaf,
/// Mustache) would add a dependency and an escaping layer of its own for them.
enum HTMLPage {
    /// The page up to and including its `<h1>` and a newline; the caller closes `<header>`.
    ///
    /// - Parameters:
    ///   - title: the page's title and heading.
    ///   - language: the page's language.
    ///   - css: rules added after ``HTMLStyle/css``, one per line, or empty.
    /// - Returns: the HTML text.
    static func opening(title: String, language: Language, css: String = "") -> String {
        let extra = css.isEmpty ? "" : "\n" + css
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(HTMLStyle.css)\(extra)
            </style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>\n
            """
    }
}
