import Markdown

/// A quoted result found in a document, its verdict, and where it was written.
public struct CheckedQuotedResult: Hashable, Sendable {
    /// The result as found.
    public var result: QuotedResult
    /// What checking it found.
    public var verdict: QuotedResultVerdict
    /// Where it starts, computed within its paragraph's own text.
    public var position: SourcePosition?

    /// Creates a checked result.
    public init(result: QuotedResult, verdict: QuotedResultVerdict, position: SourcePosition?) {
        self.result = result
        self.verdict = verdict
        self.position = position
    }

    /// The result's P part as printed, e.g. "p = .04".
    public var reportedP: String {
        let written = QuotedPValueText.fixed(result.p.value, decimals: result.p.decimals)
        return "P \(result.comparison.rawValue) \(written.isEmpty ? "0" : written)"
    }

    /// The recomputed P as the panel and the mark print it: ".036 (two-tailed)", "< .001".
    public var recomputedText: String? {
        verdict.recomputed.map { QuotedPValueText.format($0, decimals: result.p.decimals) }
            .map { $0.hasPrefix("= ") ? String($0.dropFirst(2)) : $0 }
    }

    /// The result as a row of the verification panel.
    public var check: VerificationCheck {
        let outcome: VerificationCheck.Outcome = switch verdict.outcome {
        case .consistent: .consistent
        case .inconsistent, .pZero, .offCentre: .inconsistent
        case .decisionError: .decisionChanging
        case .notVerifiable: .notVerifiable
        }
        return VerificationCheck(block: "", label: "quoted: \(result.text)", reported: reportedP, recomputed: verdict.recomputed,
                                 recomputedText: recomputedText.map { "P " + ($0.first == "<" || $0.first == ">" ? $0 : "= " + $0) },
                                 method: verdict.explanation, outcome: outcome, position: position)
    }

    /// The finding a result that is not consistent produces, or nil.
    public func diagnostic(file: String) -> Diagnostic? {
        guard let code = verdict.code(for: result) else { return nil }
        // DESIGN: a P printed as zero is an error (no P value is 0; the author writes p < .001),
        // a mismatch a warning, and a result that cannot be checked a note.
        let severity: Diagnostic.Severity = switch verdict.outcome {
        case .pZero: .error
        case .notVerifiable: .note
        default: .warning
        }
        let message: String
        let hint: String?
        switch verdict.outcome {
        case .pZero:
            message = "\(verdict.explanation); reported \(reportedP.lowercasedP)"
            hint = "a P value too small to print is reported as p < .001"
        case .decisionError:
            message = "\(verdict.explanation), reported \(reportedP.lowercasedP); significance at α = .05 differs"
            hint = "this changes the quoted result's conclusion; --strict makes it an error"
        case .offCentre, .notVerifiable:
            message = verdict.explanation
            hint = nil
        case .inconsistent, .consistent:
            message = "\(verdict.explanation), reported \(reportedP.lowercasedP)"
            hint = "check the statistic and the P value against the source"
        }
        return Diagnostic(file: file, position: position, length: result.length, severity: severity, code: code, message: message, hint: hint)
    }
}

extension String {
    /// "P = .04" as "p = .04", the way the message quotes it.
    fileprivate var lowercasedP: String { hasPrefix("P ") ? "p" + dropFirst() : self }
}
