import Markdown
import SwiftCSV
import Yams

extension DataBlockReader {
    mutating func readBaseline(_ fields: [String: Node]) -> BaselineTable? {
        guard let groupEntries = namedEntries(fields["groups"], key: "groups", minimum: 2) else { return nil }
        var groups: [BaselineTable.Group] = []
        for (name, node) in groupEntries {
            guard let text = reader.string(node, key: "groups.\(name.display)") else { continue }
            guard let size = Int(text), size > 0 else {
                reader.report(node, code: "baseline-group-size", "group \"\(name.display)\" needs a whole, positive size, not '\(text)'")
                continue
            }
            groups.append(BaselineTable.Group(name: name, size: size))
        }
        guard groups.count == groupEntries.count else { return nil }
        guard let rowsNode = fields["rows"] else {
            fail(code: "data-block-missing-key", "data block '\(id)' has no 'rows'")
            return nil
        }
        guard let sequence = rowsNode.sequence else {
            reader.report(rowsNode, code: "yaml-type", "'rows' must be a list of rows, each with 'label' and 'values'")
            return nil
        }
        var rows: [BaselineTable.Row] = []
        var slugs: Set<String> = []
        for rowNode in sequence.prefix(DataBlockReader.maximumItems) {
            guard let row = readBaselineRow(rowNode, groups: groups) else { continue }
            guard slugs.insert(row.slug).inserted else {
                reader.report(rowNode, code: "baseline-row-duplicate", "two rows are both named '\(row.slug)' in expressions", hint: "give each row a distinct label")
                continue
            }
            rows.append(row)
        }
        guard rows.count == sequence.count else { return nil }
        return BaselineTable(groups: groups, rows: rows)
    }

    private mutating func readBaselineRow(_ node: Node, groups: [BaselineTable.Group]) -> BaselineTable.Row? {
        guard let mapping = reader.mapping(node, key: "rows") else { return nil }
        let parts = reader.entries(of: mapping, known: ["label", "values", "p", "integer", "binary", "name"], context: "baseline row")
        guard let label = reader.string(parts["label"], key: "label") else {
            if parts["label"] == nil { reader.report(node, code: "baseline-row-label", "a row has no 'label'") }
            return nil
        }
        guard let valuesNode = parts["values"], let valueNodes = valuesNode.sequence else {
            reader.report(node, code: "baseline-row-values", "row '\(label)' needs 'values': a list with one value per group")
            return nil
        }
        guard valueNodes.count == groups.count else {
            reader.report(valuesNode, code: "baseline-row-values", "row '\(label)' has \(valueNodes.count) values for \(groups.count) groups")
            return nil
        }
        var values: [BaselineTable.Value] = []
        for valueNode in valueNodes {
            guard let text = reader.string(valueNode, key: "values") else { return nil }
            guard let value = CellSyntax.baselineValue(text) else {
                reader.report(valueNode, code: "baseline-value-syntax", "cannot read '\(text)' in row '\(label)'",
                              hint: "write 41 ± 21 (mean ± SD), 9 or 9 (37.5%) (count), or 15 (11–21) (median and quartiles)")
                return nil
            }
            values.append(value)
        }
        var reportedP: ReportedNumber?
        if let pNode = parts["p"], let text = reader.string(pNode, key: "p") {
            reportedP = ReportedNumber(text, position: reader.source.position(of: pNode))
            if reportedP == nil { reader.report(pNode, code: "reported-not-a-number", "'p' must be a number such as 0.04 or <0.001, not '\(text)'") }
        }
        let slug = reader.string(parts["name"], key: "name") ?? ArmName.slug(label)
        var row = BaselineTable.Row(label: label, slug: slug, values: values, reportedP: reportedP,
                                    integer: reader.bool(parts["integer"], key: "integer") ?? false, position: reader.source.position(of: node))
        row.binary = reader.bool(parts["binary"], key: "binary") ?? false
        return row
    }

    mutating func readSurvival(_ fields: [String: Node], context: ProjectFiles?) -> SurvivalRows? {
        let text: String
        let origin: Node
        switch (fields["csv"], fields["file"]) {
        case (let csv?, nil):
            guard let literal = csv.scalar?.string else {
                reader.report(csv, code: "yaml-type", "'csv' must be text: write csv: | and the rows indented below it")
                return nil
            }
            (text, origin) = (literal, csv)
        case (nil, let file?):
            guard let path = reader.string(file, key: "file") else { return nil }
            guard let context else {
                reader.report(file, code: "survival-file", "this document cannot read files; put the rows in 'csv: |'")
                return nil
            }
            switch context.read(path) {
            case .success(let contents): (text, origin) = (contents, file)
            case .failure(let error):
                reader.report(file, code: "survival-file", error.description)
                return nil
            }
        default:
            fail(code: "survival-source", "a survival block needs exactly one of 'csv' or 'file'",
                 hint: "csv: | followed by rows group,time,event — or file: data/relapses.csv")
            return nil
        }
        return parseSurvivalCSV(text, origin: origin)
    }

    private mutating func parseSurvivalCSV(_ text: String, origin: Node) -> SurvivalRows? {
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: DataBlockReader.maximumItems + 1)
        } catch {
            reader.report(origin, code: "survival-csv", "the CSV cannot be read: \(error)")
            return nil
        }
        let header = csv.header.map { $0.trimmingWhitespace().lowercased() }
        guard let groupColumn = header.firstIndex(of: "group"), let timeColumn = header.firstIndex(of: "time"),
              let eventColumn = header.firstIndex(of: "event") else {
            let missing = ["group", "time", "event"].filter { !header.contains($0) }
            reader.report(origin, code: "survival-columns", "the CSV has no column \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                          hint: "the first line must name the columns: group,time,event")
            return nil
        }
        guard csv.rows.count <= DataBlockReader.maximumItems else {
            reader.report(origin, code: "data-block-too-large", "the CSV has more than \(DataBlockReader.maximumItems) rows")
            return nil
        }
        var rows: [SurvivalRows.Row] = []
        var groups: [ArmName] = []
        for (offset, row) in csv.rows.enumerated() {
            let cell = { (column: Int) in column < row.count ? row[column].trimmingWhitespace() : "" }
            guard let time = Double(cell(timeColumn)), time.isFinite, time >= 0,
                  let event = Int(cell(eventColumn)), event == 0 || event == 1, !cell(groupColumn).isEmpty else {
                reader.report(origin, code: "survival-row", "CSV row \(offset + 1) needs a group, a time of 0 or more, and an event of 0 or 1")
                return nil
            }
            let group = cell(groupColumn)
            if !groups.contains(where: { $0.display == group }) { groups.append(ArmName(group)) }
            rows.append(SurvivalRows.Row(group: group, time: time, event: event == 1))
        }
        guard groups.count >= 2 else {
            reader.report(origin, code: "data-block-arms", "a survival block needs at least 2 groups; it has \(groups.count)")
            return nil
        }
        return SurvivalRows(rows: rows, groups: groups)
    }
}
