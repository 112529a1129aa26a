import Appraisal
import Markdown

/// A kind of data block that renders as result tables; each kind conforms in its own file.
protocol ResultTableContent: DataBlockContent {
    /// The tables: the data as written, then the measures computed from it.
    func resultTables(_ results: BlockResults, style: NumberStyle) -> [GeneratedTable]
}

extension BinaryData: ResultTableContent {
    func resultTables(_ results: BlockResults, style: NumberStyle) -> [GeneratedTable] { ResultTable.binary(self, results, style) }
}

extension ContinuousData: ResultTableContent {
    func resultTables(_ results: BlockResults, style: NumberStyle) -> [GeneratedTable] { ResultTable.continuous(self, results, style) }
}

extension SurvivalRows: ResultTableContent {
    func resultTables(_ results: BlockResults, style: NumberStyle) -> [GeneratedTable] { ResultTable.survival(self, results, style) }
}

extension BaselineTable: ResultTableContent {
    func resultTables(_ results: BlockResults, style: NumberStyle) -> [GeneratedTable] { ResultTable.baseline(self, results, style) }
}

/// The result tables a data block renders as: the arms' data, then every effect measure and
/// test with its interval and the method that produced it.
enum ResultTable {
    /// A data block's tables under its outcome (or its name).
    static func tables(_ results: BlockResults, style: NumberStyle) -> CaptionedTables {
        let block = results.block
        return CaptionedTables(caption: SafeHTML(escaping: block.outcome ?? block.id),
                               tables: (block.content as? any ResultTableContent)?.resultTables(results, style: style) ?? [])
    }

    /// The tables as the page shows them: a figure for block `id`, the tables in a scrolling box.
    static func html(_ tables: CaptionedTables, id: String) -> SafeHTML {
        let body = SafeHTML(joining: tables.tables.map(\.html))
        return "<figure class=\"result-table\" id=\"data-\(id)\">\n<figcaption>\(tables.caption)</figcaption>\n\(scrollRegion(body, label: tables.caption))</figure>\n"
    }

    /// `tables` in a box that scrolls sideways when they are wider than the screen: focusable and
    /// labelled, so a keyboard can scroll it and a screen reader names it (axe's
    /// `scrollable-region-focusable`, WCAG 2.1.1).
    static func scrollRegion(_ tables: SafeHTML, label: SafeHTML) -> SafeHTML {
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\">\n\(tables)</div>\n"
    }

    /// A header row of column headings.
    static func columns(_ headings: [SafeHTML]) -> GeneratedTable.Row {
        GeneratedTable.Row(cells: headings.map { .header($0, scope: .col) })
    }

    /// A table of arms (or studies, or result levels), one row each, headed by `headings`.
    static func arms(_ rows: [GeneratedTable.Row], headings: [SafeHTML], classes: SafeHTML = "arms") -> GeneratedTable {
        GeneratedTable(htmlAttributes: " class=\"\(classes)\"", head: columns(headings), body: rows)
    }

    static func binary(_ data: BinaryData, _ results: BlockResults, _ style: NumberStyle) -> [GeneratedTable] {
        let arms = data.arms.enumerated().map { index, arm -> GeneratedTable.Row in
            let role = index == data.controlIndex ? " (control)" : ""
            return GeneratedTable.Row(cells: [.header("\(arm.name.display)\(role)", scope: .row), .data("\(arm.events)"), .data("\(arm.total)"),
                                              .data(cell(results, "\(arm.name.slug).risk", style))])
        }
        let outcome = data.desirable ? "a desirable event" : "an undesirable event"
        let reduction = data.desirable ? [] : [("Relative risk reduction", "rrr")]
        return [Self.arms(arms, headings: ["Arm", "Events", "Total", "Risk (95% CI)"])] + measures(results, style, [
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

    static func continuous(_ data: ContinuousData, _ results: BlockResults, _ style: NumberStyle) -> [GeneratedTable] {
        let arms = data.arms.map { arm -> GeneratedTable.Row in
            let slug = arm.name.slug
            return GeneratedTable.Row(cells: [.header("\(arm.name.display)", scope: .row), .data(cell(results, "\(slug).n", style)),
                                              .data(cell(results, "\(slug).mean", style)), .data(cell(results, "\(slug).sd", style))])
        }
        return [Self.arms(arms, headings: ["Arm", "n", "Mean", "SD"])] + measures(results, style, [
            ("Mean difference", "md"), ("Standardised mean difference (Hedges' g)", "smd"), ("Student's t-test", "t.p"),
            ("Welch's t-test", "welch.p"), ("Mann-Whitney U test", "mw.p"), ("One-way ANOVA", "anova.p"),
        ])
    }

    static func survival(_ rows: SurvivalRows, _ results: BlockResults, _ style: NumberStyle) -> [GeneratedTable] {
        let arms = rows.groups.map { group -> GeneratedTable.Row in
            GeneratedTable.Row(cells: [.header("\(group.display)", scope: .row), .data(cell(results, "\(group.slug).n", style)),
                                       .data(cell(results, "\(group.slug).events", style)), .data(medianCell(results, group.slug, style))])
        }
        let hazards = rows.groups.count == 2
            ? [("Hazard ratio, \(rows.groups[0].display) vs \(rows.groups[1].display) (Cox)", "hr"), ("Wald test of the hazard ratio", "hr.p"),
               ("Hazard ratio (log-rank O/E)", "logrank.hr")]
            : []
        return [Self.arms(arms, headings: ["Arm", "Patients", "Events", "Median (95% CI)"])] + measures(results, style, hazards + [("Log-rank test", "logrank.p")])
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

    /// The table of measures: label, value with interval, and method (or why it is missing);
    /// none when no row has either.
    static func measures(_ results: BlockResults, _ style: NumberStyle, _ rows: [(String, String)], note: String? = nil) -> [GeneratedTable] {
        let estimate: SafeHTML = " data-label=\"Estimate\"", method: SafeHTML = " class=\"method\" data-label=\"Method\""
        let lines = rows.compactMap { label, name -> GeneratedTable.Row? in
            if let statistic = results[name] {
                let adjustments = statistic.adjustments.isEmpty ? "" : " (" + statistic.adjustments.joined(separator: "; ") + ")"
                return GeneratedTable.Row(cells: [.header("\(label)", scope: .row), .data(cell(results, name, style), html: estimate),
                                                  .data("\(statistic.method + adjustments)", html: method)])
            }
            guard let reason = results.unavailable[name] else { return nil }
            return GeneratedTable.Row(cells: [.header("\(label)", scope: .row), .data("—", html: estimate), .data("not computable: \(reason)", html: method)],
                                      htmlAttributes: " class=\"unavailable\"")
        }
        guard !lines.isEmpty else { return [] }
        return [GeneratedTable(htmlAttributes: " class=\"measures\"", head: columns(["Measure", "Estimate", "Method"]), body: lines,
                               foot: note.map { GeneratedTable.Row(cells: [.data("\($0)", colspan: 3)]) })]
    }

    /// One statistic formatted with its interval, or a dash.
    static func cell(_ results: BlockResults, _ name: String, _ style: NumberStyle) -> SafeHTML {
        guard let statistic = results[name] else { return "—" }
        let filters: [ExpressionFilter] = statistic.quantity.interval != nil || statistic.nnt?.interval != nil ? [.ci] : []
        return QuantityFormatter.format(statistic.quantity, filters: filters, style: style, nnt: statistic.nnt).html
    }
}
