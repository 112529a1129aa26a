import Appraisal
import Markdown

/// The panel every report ends with: each reported figure against its recomputed value, and
/// the findings (warnings and notes) of the checks.
enum VerificationPanel {
    static func html(checks: [VerificationCheck], findings: [Diagnostic]) -> SafeHTML {
        let counts = Dictionary(grouping: checks, by: \.outcome).mapValues(\.count)
        let summary = checks.isEmpty
            ? "No figure in this report is marked as reported, so there was nothing to check."
            : "\(checks.count) reported figure\(checks.count == 1 ? "" : "s") checked: "
                + [VerificationCheck.Outcome.consistent, .inconsistent, .decisionChanging, .notVerifiable]
                    .map { "\(counts[$0] ?? 0) \($0.label)" }.joined(separator: ", ") + "."
        var html: SafeHTML = "<section class=\"verification\" aria-labelledby=\"verification-heading\">\n<h2 id=\"verification-heading\">Verification</h2>\n<p>\(summary)</p>\n"
        if !checks.isEmpty {
            let rows = checks.map { check -> SafeHTML in
                "<tr class=\"\(check.outcome.rawValue)\"><th scope=\"row\">\(StatisticWords.readable(check.label))</th><td data-label=\"Reported\">\(check.reported)</td><td data-label=\"Recomputed\">\(check.recomputedText ?? "—")</td><td class=\"method\" data-label=\"Method\">\(check.method)</td><td class=\"verdict\" data-label=\"Verdict\">\(check.outcome.label)</td></tr>\n"
            }
            let table: SafeHTML = "<table class=\"checks\">\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Reported</th><th scope=\"col\">Recomputed</th><th scope=\"col\">Method</th><th scope=\"col\">Verdict</th></tr></thead>\n<tbody>\n\(SafeHTML(joining: rows))</tbody>\n</table>\n"
            html = html + ResultTable.scrollRegion(table, label: "Reported figures and their verdicts")
        }
        let notes = findings.filter { $0.severity != .error && $0.code != "not-verifiable" && !isCheckFinding($0) }
        if !notes.isEmpty {
            let items = notes.map { finding -> SafeHTML in
                "<li class=\"\(finding.severity.rawValue)\"><span class=\"code\">\(finding.code)</span> \(finding.message)</li>\n"
            }
            html = html + "<h3>Findings</h3>\n<ul class=\"findings\">\n\(SafeHTML(joining: items))</ul>\n"
        }
        return html + "</section>\n"
    }

    /// Findings already shown as a row of the checks table.
    private static func isCheckFinding(_ diagnostic: Diagnostic) -> Bool {
        ["p-inconsistent", "value-inconsistent", "p-decision-changing"].contains(diagnostic.code) || diagnostic.code.hasPrefix("quoted-result-")
            || diagnostic.code == "quoted-effect-inconsistent"
    }
}
