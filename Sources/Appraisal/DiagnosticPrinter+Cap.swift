extension DiagnosticPrinter {
    /// How many findings of one file are printed as text (or GitHub annotations) before the rest
    /// are summarised; `--format json` always lists every finding.
    public static let printedPerFile = 100

    /// The diagnostics to print, in their given order, keeping at most `limit` per file (errors
    /// first, then warnings, then notes), and one note per file saying how many were left out.
    public static func capped(_ diagnostics: [Diagnostic], perFile limit: Int = printedPerFile) -> (shown: [Diagnostic], summaries: [Diagnostic]) {
        var byFile: [String: [Int]] = [:]
        var files: [String] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            if byFile[diagnostic.file] == nil { files.append(diagnostic.file) }
            byFile[diagnostic.file, default: []].append(index)
        }
        var kept = Set<Int>()
        var summaries: [Diagnostic] = []
        for file in files {
            let indices = byFile[file] ?? []
            guard indices.count > limit else {
                kept.formUnion(indices)
                continue
            }
            let ranked = indices.sorted {
                let (left, right) = (diagnostics[$0].severity, diagnostics[$1].severity)
                return left != right ? left < right : $0 < $1
            }
            kept.formUnion(ranked.prefix(limit))
            let omitted = indices.count - limit
            summaries.append(Diagnostic(
                file: file, position: nil, severity: .note, code: "diagnostics-capped",
                message: "and \(omitted) more finding\(omitted == 1 ? "" : "s") in this file, not shown",
                hint: "fix the ones above and check again, or use --format json to list every one"))
        }
        let shown = diagnostics.indices.filter { kept.contains($0) }.map { diagnostics[$0] }
        return (shown, summaries)
    }
}
