import Appraisal
import Markdown

/// Builds the values the report and index templates are rendered with.
///
/// Every optional field is present, as its value or as `false`, so that a template can test
/// for it and the key checker still catches misspelt names.
enum PageContext {
    /// The context for one report page.
    static func report(_ frontMatter: FrontMatter, body: SafeHTML, verification: SafeHTML, site: SiteSettings,
                       appraised: SafeHTML? = nil) -> TemplateValue {
        var fields = common(site: site, pageTitle: "\(frontMatter.title) · \(site.title)")
        fields.merge(listing(frontMatter), uniquingKeysWith: { $1 })
        fields["authors"] = .list(frontMatter.authors.map { author in
            .object(["name": .text(author.name), "affiliation": .optional(author.affiliation)])
        })
        fields["pico"] = frontMatter.pico.map { pico in
            .object([
                "population": .optional(pico.population), "intervention": .optional(pico.intervention),
                "comparison": .optional(pico.comparison), "outcome": .optional(pico.outcome),
            ])
        } ?? .flag(false)
        fields["evidence"] = frontMatter.evidence.map { evidence in
            .object([
                "scale": .text(evidence.scale.uppercased()), "level": .text(evidence.level),
                "strength": .optional(evidence.strength), "badge": .text(evidence.badge), "badge_class": .text(evidence.badgeClass),
            ])
        } ?? .flag(false)
        fields["expires"] = .optional(frontMatter.expires?.description)
        fields["expired"] = .flag(frontMatter.expires.map { $0 <= site.buildDay } ?? false)
        fields["appraised"] = appraised.map(TemplateValue.html) ?? .flag(false)
        fields["body"] = .html(body)
        fields["verification"] = .html(verification)
        return .object(fields)
    }

    /// The context for the site index.
    static func index(_ pages: [PageSummary], site: SiteSettings) -> TemplateValue {
        var fields = common(site: site, pageTitle: site.title)
        fields["appraisals"] = .list(pages.map { page in
            var item = listing(page.frontMatter)
            item["href"] = .text(page.href)
            item["evidence"] = .optional(page.frontMatter.evidence?.badge)
            item["expired"] = .flag(page.frontMatter.expires.map { $0 <= site.buildDay } ?? false)
            return .object(item)
        })
        fields["count_text"] = .text(pages.count == 1 ? "1 appraisal" : "\(pages.count) appraisals")
        return .object(fields)
    }

    private static func common(site: SiteSettings, pageTitle: String) -> [String: TemplateValue] {
        ["site_title": .text(site.title), "page_title": .text(pageTitle), "root": .text("")]
    }

    /// The fields a report and an index entry share.
    private static func listing(_ frontMatter: FrontMatter) -> [String: TemplateValue] {
        [
            "title": .text(frontMatter.title),
            "date": .text(frontMatter.date.description),
            "question": .optional(frontMatter.question),
            "bottom_line": .optional(frontMatter.bottomLine),
            "design": .optional(frontMatter.design.map(StudyDesign.displayName)),
            "has_tags": .flag(!frontMatter.tags.isEmpty),
            "tags": .list(frontMatter.tags.map { .object(["name": .text($0)]) }),
        ]
    }
}
