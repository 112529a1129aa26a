import Appraisal
import Markdown

/// A kind of data block that renders as a result table; each kind conforms in its own file.
protocol ResultTableContent: DataBlockContent {
    /// The table's body: the data as written, then the measures computed from it.
    func resultTable(_ results: BlockResults, style: NumberStyle) -> SafeHTML
}

extension BinaryData: ResultTableContent {
    func resultTable(_ results: BlockResults, style: NumberStyle) -> SafeHTML { ResultTable.binary(self, results, style) }
}

extension ContinuousData: ResultTableContent {
    func resultTable(_ results: BlockResults, style: NumberStyle) -> SafeHTML { ResultTable.continuous(self, results, style) }
}

extension SurvivalRows: ResultTableContent {
    func resultTable(_ results: BlockResults, style: NumberStyle) -> SafeHTML { ResultTable.survival(self, results, style) }
}

extension BaselineTable: ResultTableContent {
    func resultTable(_ results: BlockResults, style: NumberStyle) -> SafeHTML { ResultTable.baseline(self, results, style) }
}

/// The result table a data block renders as: the arms' data, then every effect measure and
/// test with its interval and the method that produced it.
enum ResultTable {
    static func html(_ results: BlockResults, style: NumberStyle) -> SafeHTML {
        let block = results.block
        let caption = SafeHTML(escaping: block.outcome ?? block.id)
        let body = (block.content as? any ResultTableContent)?.resultTable(results, style: style) ?? ""
        return "<figure class=\"result-table\" id=\"data-\(block.id)\">\n<figcaption>\(caption)</figcaption>\n\(scrollRegion(body, label: caption))</figure>\n"
    }

    /// `tables` in a box that scrolls sideways when they are wider than the screen: focusable and
    /// labelled, so a keyboard can scroll it and a screen reader names it (axe's
    /// `scrollable-region-focusable`, WCAG 2.1.1).
    static func scrollRegion(_ tables: SafeHTML, label: SafeHTML) -> SafeHTML {
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\">\n\(tables)</div>\n"
    }

    static func binary(_ data: BinaryData, _ results: BlockResults, _ style: NumberStyle) -> SafeHTML {
        let arms = data.arms.enumerated().map { index, arm -> SafeHTML in
            let role = index == data.controlIndex ? " (control)" : ""
            return "<tr><th scope=\"row\">\(arm.name.display)\(role)</th><td>\(arm.events)</td><td>\(arm.total)</td><td>\(cell(results, "\(arm.name.slug).risk", style))</td></tr>\n"
        }
        let table: SafeHTML = "<table class=\"arms\">\n<thead><tr><th scope=\"col\">Arm</th><th scope=\"col\">Events</th><th scope=\"col\">Total</th><th scope=\"col\">Risk (95% CI)</th></tr></thead>\n<tbody>\n\(SafeHTML(joining: arms))</tbody>\n</table>\n"
        let outcome = data.desirable ? "a desirable event" : "an undesirable event"
        let reduction = data.desirable ? [] : [("Relative risk reduction", "rrr")]
        return table + measures(results, style, [
            ("Experimental event rate (EER)", "eer"), ("Control event rate (CER)", "cer"),
            ("Risk difference (EER − CER)", "rd"), ("Relative risk", "rr")] + reduction + [
            ("Odds ratio", "or"), ("Number needed to treat", "nnt"), ("Fisher's exact test", "fisher.p"),
            ("Pearson chi-square", "chisq.p"), ("Chi-square with Yates's correction", "yates.p"),
        ] + patientRows(data, style), note: "The outcome is \(outcome).")
    }

    /// Rows for the reader's own patient, when the block gives `patient_risk`.
    private static func patientRows(_ data: BinaryData, _ style: NumberStyle) -> [(String, String)] {
        guard let peer = data.patientRisk else { return [] }
        let at = "for a patient at \(style.percent(peer, decimals: style.percentDecimals(probability: peer))) risk without treatment"
        return [("Risk with treatment \(at)", "patient.risk"), ("Number needed to treat \(at)", "patient.nnt"),
                ("Number needed to treat \(at), from the odds ratio", "patient.nnt_or")]
    }

    static func continuous(_ data: ContinuousData, _ results: BlockResults, _ style: NumberStyle) -> SafeHTML {
        let arms = data.arms.map { arm -> SafeHTML in
            let slug = arm.name.slug
            return "<tr><th scope=\"row\">\(arm.name.display)</th><td>\(cell(results, "\(slug).n", style))</td><td>\(cell(results, "\(slug).mean", style))</td><td>\(cell(results, "\(slug).sd", style))</td></tr>\n"
        }
        let table: SafeHTML = "<table class=\"arms\">\n<thead><tr><th scope=\"col\">Arm</th><th scope=\"col\">n</th><th scope=\"col\">Mean</th><th scope=\"col\">SD</th></tr></thead>\n<tbody>\n\(SafeHTML(joining: arms))</tbody>\n</table>\n"
        return table + measures(results, style, [
            ("Mean difference", "md"), ("Standardised mean difference (Hedges' g)", "smd"), ("Student's t-test", "t.p"),
            ("Welch's t-test", "welch.p"), ("Mann-Whitney U test", "mw.p"), ("One-way ANOVA", "anova.p"),
        ])
    }

    static func survival(_ rows: SurvivalRows, _ results: BlockResults, _ style: NumberStyle) -> SafeHTML {
        let arms = rows.groups.map { group -> SafeHTML in
            "<tr><th scope=\"row\">\(group.display)</th><td>\(cell(results, "\(group.slug).n", style))</td><td>\(cell(results, "\(group.slug).events", style))</td><td>\(medianCell(results, group.slug, style))</td></tr>\n"
        }
        let table: SafeHTML = "<table class=\"arms\">\n<thead><tr><th scope=\"col\">Arm</th><th scope=\"col\">Patients</th><th scope=\"col\">Events</th><th scope=\"col\">Median (95% CI)</th></tr></thead>\n<tbody>\n\(SafeHTML(joining: arms))</tbody>\n</table>\n"
        let hazards = rows.groups.count == 2
            ? [("Hazard ratio, \(rows.groups[0].display) vs \(rows.groups[1].display) (Cox)", "hr"), ("Wald test of the hazard ratio", "hr.p"),
               ("Hazard ratio (log-rank O/E)", "logrank.hr")]
            : []
        return table + measures(results, style, hazards + [("Log-rank test", "logrank.p")])
    }

    /// A median with its interval; when the upper limit is never reached, "13.0 to not reached".
    private static func medianCell(_ results: BlockResults, _ slug: String, _ style: NumberStyle) -> SafeHTML {
        guard let median = results["\(slug).median"], median.quantity.interval == nil, let low = results["\(slug).median.low"] else {
            return cell(results, "\(slug).median", style)
        }
        let value = QuantityFormatter.format(median.quantity, filters: [], style: style).plainText
        let interval = style.interval(low: low.quantity.value, decimals: low.quantity.defaultDecimals ?? 1, openUpper: "not reached").plainText
        return StyledText(plain: "\(value) (\(interval))").html
    }

    /// Rows of measures: label, value with interval, and method (or why it is missing).
    static func measures(_ results: BlockResults, _ style: NumberStyle, _ rows: [(String, String)], note: String? = nil) -> SafeHTML {
        let lines = rows.compactMap { label, name -> SafeHTML? in
            if let statistic = results[name] {
                let adjustments = statistic.adjustments.isEmpty ? "" : " (" + statistic.adjustments.joined(separator: "; ") + ")"
                return "<tr><th scope=\"row\">\(label)</th><td data-label=\"Estimate\">\(cell(results, name, style))</td><td class=\"method\" data-label=\"Method\">\(statistic.method + adjustments)</td></tr>\n"
            }
            guard let reason = results.unavailable[name] else { return nil }
            return "<tr class=\"unavailable\"><th scope=\"row\">\(label)</th><td data-label=\"Estimate\">—</td><td class=\"method\" data-label=\"Method\">not computable: \(reason)</td></tr>\n"
        }
        guard !lines.isEmpty else { return "" }
        let footer: SafeHTML = note.map { "<tfoot><tr><td colspan=\"3\">\($0)</td></tr></tfoot>\n" } ?? ""
        return "<table class=\"measures\">\n<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Estimate</th><th scope=\"col\">Method</th></tr></thead>\n<tbody>\n\(SafeHTML(joining: lines))</tbody>\n\(footer)</table>\n"
    }

    /// One statistic formatted with its interval, or a dash.
    static func cell(_ results: BlockResults, _ name: String, _ style: NumberStyle) -> SafeHTML {
        guard let statistic = results[name] else { return "—" }
        let filters: [ExpressionFilter] = statistic.quantity.interval != nil || statistic.nnt?.interval != nil ? [.ci] : []
        return QuantityFormatter.format(statistic.quantity, filters: filters, style: style, nnt: statistic.nnt).html
    }
}
