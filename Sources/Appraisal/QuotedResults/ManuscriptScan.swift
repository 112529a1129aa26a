/// `appraise check --scan`: the quoted-result checks on any Markdown or plain-text file.
///
/// Front matter is optional and skipped when present; the text is read as Markdown (plain text is
/// Markdown paragraphs), so code is never read. Every result found is listed: a consistent one as
/// a note (`quoted-result-consistent`), the others with their finding's code.
public enum ManuscriptScan {
    /// Every quoted result of `file`, checked, in document order.
    public static func results(in file: SourceFile) -> [CheckedQuotedResult] {
        QuotedResultRewriter.results(in: AppraisalSource(file: file).body)
    }

    /// One diagnostic per quoted result of `file`: a note for a consistent one, else its finding.
    public static func diagnostics(for file: SourceFile) -> [Diagnostic] {
        results(in: file).map { checked in
            checked.diagnostic(file: file.displayPath) ?? Diagnostic(
                file: file.displayPath, position: checked.position, length: checked.result.length, severity: .note,
                code: "quoted-result-consistent", message: "\(checked.result.text): \(checked.verdict.explanation)")
        }
    }
}
