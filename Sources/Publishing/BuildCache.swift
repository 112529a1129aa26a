import Appraisal
import Foundation
import Markdown

/// What the previous build knew about each source, so unchanged pages are not rendered again.
///
/// Stored as `.appraise-cache.json` in the output folder. Everything a page depends on is in its
/// key: the source's content hash, the hashes of the data and linked files it read, and one
/// site-wide key for the tool version, the templates and the configuration (when that changes,
/// every entry is dropped).
struct BuildCache: Codable, Sendable {
    /// The file's name in the output folder.
    static let fileName = ".appraise-cache.json"
    /// The hash recorded for a dependency that did not exist or could not be read.
    static let absent = "absent"
    /// The source hash recorded for a page kept from a build with another key: never a match.
    static let outdated = "outdated"

    /// The site-wide key the entries were made under.
    var key: String
    /// Entries by source display path.
    var entries: [String: Entry]
    /// A digest of every index entry, in order: when it is unchanged, so are the listing pages,
    /// search index, feed and sitemap.
    var site: String?
    /// The site-wide files written from that digest.
    var siteFiles: [String] = []

    /// One source's last build.
    struct Entry: Codable, Sendable {
        /// The source's content hash.
        var source: String
        /// Files the page depends on, relative to the project root, with their content hashes.
        var dependencies: [String: String]
        /// Output files the page produced.
        var outputs: [String]
        /// The index entry, when a page was built.
        var summary: CachedSummary?
        /// The diagnostics it produced, replayed on a cache hit.
        var diagnostics: [CachedDiagnostic]
        /// Whether the source had errors and the outputs are its last good page's.
        var stale: Bool?
        /// The source's size and times when it was read for `source` (see `FileStamp`): a rebuild
        /// that finds them unchanged, and settled by the cache's stamp time, need not read it.
        var stamp: FileStamp? = nil
    }

    /// The cache in `output` whatever key it was made under; nil when there is none or it cannot be read.
    static func stored(in output: OutputDirectory) -> BuildCache? {
        guard let bytes = FileBytes.read(output.path + "/" + fileName) else { return nil }
        return try? BuildCache(json: bytes)
    }

    /// The cache as deterministic JSON (see `write(partSize:into:)`, which writes the same bytes
    /// without holding them).
    var data: Data {
        var data = Data()
        write(into: { data.append($0) })
        return data
    }
}

/// A `PageSummary` in a form that can be stored.
struct CachedSummary: Codable, Sendable {
    var slug, title, date: String
    var authors: [[String]]
    var tags: [String]
    var question, design, bottomLine, expires: String?
    var evidence: [String]?

    init(_ page: PageSummary) {
        let matter = page.frontMatter
        slug = page.slug
        title = matter.title
        date = matter.date.description
        authors = matter.authors.map { [$0.name] + ($0.affiliation.map { [$0] } ?? []) }
        tags = matter.tags
        question = matter.question
        design = matter.design
        bottomLine = matter.bottomLine
        expires = matter.expires?.description
        evidence = matter.evidence.map { [$0.scale, $0.level] + ($0.strength.map { [$0] } ?? []) }
    }

    /// The summary again; nil when the stored date is unreadable.
    var page: PageSummary? {
        guard let date = ISODate(date) else { return nil }
        var matter = FrontMatter(title: title, date: date)
        matter.authors = authors.compactMap { parts in parts.first.map { FrontMatter.Author(name: $0, affiliation: parts.dropFirst().first) } }
        matter.tags = tags
        matter.question = question
        matter.design = design
        matter.bottomLine = bottomLine
        matter.expires = expires.flatMap(ISODate.init)
        if let evidence, evidence.count >= 2 {
            matter.evidence = FrontMatter.EvidenceLevel(scale: evidence[0], level: evidence[1], strength: evidence.dropFirst(2).first)
        }
        return PageSummary(slug: slug, listed: matter)
    }
}

/// A `Diagnostic` in a form that can be stored.
struct CachedDiagnostic: Codable, Sendable {
    var file: String
    var line, column: Int?
    var length: Int
    var severity, code, message: String
    var hint: String?

    init(_ diagnostic: Diagnostic) {
        file = diagnostic.file
        line = diagnostic.position?.line
        column = diagnostic.position?.column
        length = diagnostic.length
        severity = diagnostic.severity.rawValue
        code = diagnostic.code
        message = diagnostic.message
        hint = diagnostic.hint
    }

    var diagnostic: Diagnostic {
        let position = line.flatMap { line in column.map { SourcePosition(line: line, column: $0) } }
        return Diagnostic(file: file, position: position, length: length, severity: Diagnostic.Severity(rawValue: severity) ?? .error,
                          code: code, message: message, hint: hint)
    }
}
