import Appraisal
import Markdown

/// The page the preview server shows for a file with errors: its diagnostics, in place of the report.
enum ErrorPage {
    /// A plain page listing every diagnostic with its hint.
    static func html(for source: AppraisalSource, diagnostics: [Diagnostic], site: SiteSettings) -> String {
        let items = diagnostics.sortedForDisplay().map { diagnostic -> SafeHTML in
            let hint: SafeHTML = diagnostic.hint.map { "<br><span class=\"hint\">hint: \($0)</span>" } ?? ""
            return "<li class=\"\(diagnostic.severity.rawValue)\"><code>\(diagnostic.headline)</code>\(hint)</li>"
        }
        let page: SafeHTML = """
            <!DOCTYPE html>
            <html lang="\(site.language)">
            <head>
            <meta charset="utf-8">
            <title>Errors in \(source.file.displayPath) · \(site.title)</title>
            <link rel="stylesheet" href="assets/style.css">
            </head>
            <body>
            <header class="site-header">
            <a class="site-title" href="index.html">\(site.title)</a>
            </header>
            <main class="error-page">
            <h1>\(source.file.displayPath) has errors</h1>
            <p>The report is shown again as soon as they are fixed.</p>
            <ul class="diagnostics">\(SafeHTML(joining: items, separator: "\n"))</ul>
            </main>
            </body>
            </html>

            """
        return page.markup
    }
}
