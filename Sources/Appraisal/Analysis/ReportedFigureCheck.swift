import Markdown

/// Compares reported figures with recomputed ones at the precision the author wrote.
enum ReportedFigureCheck {
    /// The significance threshold whose crossing makes an inconsistency decision-changing.
    static let alpha = 0.05

    /// The verdict on one reported figure.
    static func outcome(reported: ReportedNumber, recomputed: Double, isPValue: Bool) -> VerificationCheck.Outcome {
        if reported.agrees(with: recomputed) { return .consistent }
        guard isPValue else { return .inconsistent }
        let reportedSignificant: Bool = switch reported.comparison {
        case .below: reported.value <= alpha
        case .above: reported.value < alpha
        case .equal: reported.value < alpha
        }
        return reportedSignificant == (recomputed < alpha) ? .inconsistent : .decisionChanging
    }

    /// The diagnostic a non-consistent check produces, or nil for a consistent one.
    static func diagnostic(for check: VerificationCheck, file: String, isPValue: Bool, code: String? = nil) -> Diagnostic? {
        let recomputed = check.recomputedText ?? "—"
        switch check.outcome {
        case .consistent:
            return nil
        case .inconsistent:
            return Diagnostic(file: file, position: check.position, severity: .warning, code: code ?? (isPValue ? "p-inconsistent" : "value-inconsistent"),
                              message: "\(check.label): reported \(check.reported), recomputed \(recomputed) (\(check.method))" + truncationNote(check),
                              hint: "check the reported figure or the data block")
        case .decisionChanging:
            return Diagnostic(file: file, position: check.position, severity: .warning, code: "p-decision-changing",
                              message: "\(check.label): reported \(check.reported), recomputed \(recomputed) (\(check.method)); significance at α = 0.05 differs",
                              hint: "this changes the study's conclusion; --strict makes it an error")
        case .notVerifiable:
            return Diagnostic(file: file, position: check.position, severity: .note, code: "not-verifiable",
                              message: "\(check.label): reported \(check.reported) cannot be recomputed: \(check.method)")
        }
    }

    /// Reported figures are read as rounded; when the figure is what truncating the recomputed
    /// value gives (0.387 printed 0.38), say so, so an editor sees why it was flagged.
    static func truncationNote(_ check: VerificationCheck) -> String {
        guard let recomputed = check.recomputed, let reported = ReportedNumber(check.reported), reported.comparison == .equal else { return "" }
        let scale = pow10(reported.decimals)
        let truncated = (recomputed * scale).rounded(.towardZero) / scale
        guard abs(truncated - reported.value) < 0.5 / scale else { return "" }
        return "; it matches if the authors truncated instead of rounding"
    }
}
