import Appraisal

/// A file written beside a report page: a citation export, the JATS article or a figure.
public struct ExportFile: Hashable, Sendable {
    /// The path relative to the site root, e.g. `ivig.bib`.
    public var path: String
    /// The file's text.
    public var text: String
}

/// The citation exports of one report: the appraisal itself as BibTeX, RIS and CSL-JSON, and
/// its reference list in the same three formats when it has one.
struct ReportExports {
    /// The appraisal as a citable record.
    let record: AppraisalRecord
    /// The record as a CSL item, made once: the exports and the citation box both read it, and
    /// each making parses the authors' names.
    let reference: CSLReference
    /// What the appraisal cites: the appraised study first (when the body does not cite it), then
    /// the reference list in citation order.
    var references: [CSLReference]

    /// The exports of a report, from its record and citation index.
    init(record: AppraisalRecord, citations: CitationIndex) {
        self.record = record
        reference = record.reference
        var ids = citations.cited
        if let appraised = citations.appraised?.id, !ids.contains(appraised) { ids.insert(appraised, at: 0) }
        references = ids.compactMap { citations.references[$0] }
    }

    /// Paths of the appraisal's own exports.
    var bibPath: String { "\(record.slug).bib" }
    /// The RIS export's path.
    var risPath: String { "\(record.slug).ris" }
    /// The CSL-JSON export's path.
    var cslPath: String { "\(record.slug).csl.json" }
    /// The JATS article's path.
    var jatsPath: String { "\(record.slug).jats.xml" }
    /// The reference list's exports' common stem.
    var referencesStem: String { "\(record.slug).references" }

    /// Every citation file: three for the appraisal, and three for its references when it has any.
    var files: [ExportFile] {
        let own = [reference]
        var files = [
            ExportFile(path: bibPath, text: BibTeXWriter.document(own)),
            ExportFile(path: risPath, text: RISWriter.document(own)),
            ExportFile(path: cslPath, text: CSLJSONWriter.document(own)),
        ]
        if !references.isEmpty {
            files += [
                ExportFile(path: referencesStem + ".bib", text: BibTeXWriter.document(references)),
                ExportFile(path: referencesStem + ".ris", text: RISWriter.document(references)),
                ExportFile(path: referencesStem + ".csl.json", text: CSLJSONWriter.document(references)),
            ]
        }
        return files
    }

    /// The "Cite this appraisal" box's values: the formatted citation and the download links.
    var templateValue: TemplateValue {
        let links = { (stem: String) -> TemplateValue in
            .object(["bib": .text(stem + ".bib"), "ris": .text(stem + ".ris"), "csl_json": .text(stem + ".csl.json")])
        }
        var fields = links(record.slug).fields
        fields["text"] = .html(CitationHTML.reference(reference))
        fields["jats"] = .text(jatsPath)
        fields["references"] = references.isEmpty ? .flag(false) : links(referencesStem)
        return .object(fields)
    }
}
