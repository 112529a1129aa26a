import Appraisal

/// The appraisal itself as a citable publication: what the head's metadata, the "Cite this
/// appraisal" box, the citation exports and the JATS front matter all say about it.
struct AppraisalRecord: Sendable {
    /// The page name, which is also the export's citation key.
    var slug: String
    /// The title.
    var title: String
    /// The authors as written, with affiliations.
    var authors: [FrontMatter.Author]
    /// The publication date; nil writes no date anywhere rather than inventing one.
    var date: ISODate?
    /// The site's title, which plays the part of the journal.
    var journal: String
    /// The appraisal's own DOI, when the front matter gives one.
    var doi: String?
    /// The page's absolute address, when the site has a base URL.
    var url: String?
    /// The clinical question.
    var question: String?
    /// The clinical bottom line.
    var bottomLine: String?
    /// The condition the appraisal is about: its first tag or, failing that, the PICO population.
    var about: String?
    /// The site's language.
    var language: String
    /// The report's tags, as keywords.
    var keywords: [String]
    /// The design's display name, e.g. "Randomised controlled trial".
    var design: String?

    /// The record for a report page.
    init(slug: String, frontMatter: FrontMatter, site: SiteSettings) {
        self.slug = slug
        title = frontMatter.title
        authors = frontMatter.authors
        date = frontMatter.date
        journal = site.title
        doi = frontMatter.doi
        url = site.baseURL.map { $0 + slug + ".html" }
        question = frontMatter.question
        bottomLine = frontMatter.bottomLine
        about = frontMatter.tags.first ?? frontMatter.pico?.population
        language = site.language
        keywords = frontMatter.tags
        design = frontMatter.design.map(StudyDesign.displayName)
    }

    /// The question and the bottom line, each as a sentence; nil when there is neither.
    var abstract: String? {
        let parts = [question.map { "Clinical question: \($0)" }, bottomLine.map { "Clinical bottom line: \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.map(AMAReference.closed).joined(separator: " ")
    }

    /// The record as a CSL item, for the formatted citation and every export format.
    var reference: CSLReference {
        var reference = CSLReference(id: slug)
        reference.type = "article-journal"
        reference.title = title
        reference.authors = authors.map { PersonName.parse($0.name) }
        reference.containerTitle = journal
        reference.year = date?.year
        reference.month = date?.month
        reference.day = date?.day
        reference.doi = doi
        reference.url = url
        reference.abstract = abstract
        return reference
    }
}
