import Appraisal
import Markdown

/// Builds the values the report and index templates are rendered with.
///
/// Every optional field is present, as its value or as `false`, so that a template can test
/// for it and the key checker still catches misspelt names.
enum PageContext {
    /// The context for one report page.
    static func report(_ frontMatter: FrontMatter, body: SafeHTML, verification: SafeHTML, site: SiteSettings,
                       appraised: SafeHTML? = nil, head: SafeHTML = "", cite: TemplateValue = .flag(false)) -> TemplateValue {
        var fields = common(site: site, pageTitle: "\(frontMatter.title) · \(site.title)")
        fields["head_meta"] = .html(head)
        fields["citation"] = cite
        fields.merge(listing(frontMatter, site: site), uniquingKeysWith: { $1 })
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
        fields["appraised"] = appraised.map(TemplateValue.html) ?? .flag(false)
        fields["body"] = .html(body)
        fields["verification"] = .html(verification)
        return .object(fields)
    }

    /// Fields every page has: site name, page title, language, the way back to the site root, and
    /// the head's scholarly metadata (empty but on reports).
    static func common(site: SiteSettings, pageTitle: String, root: String = "") -> [String: TemplateValue] {
        [
            "site_title": .text(site.title), "page_title": .text(pageTitle), "root": .text(root),
            "language": .text(site.language), "has_feed": .flag(site.baseURL != nil), "head_meta": .html(""),
        ]
    }

    /// The fields a report and an index entry share; `tagHref` makes a tag's link (a listing
    /// passes one that reuses its slugs).
    static func listing(_ frontMatter: FrontMatter, site: SiteSettings,
                        tagHref: (String) -> String = SiteListing.tagHref) -> [String: TemplateValue] {
        [
            "title": .text(frontMatter.title),
            "date": .text(frontMatter.date.description),
            "question": .optional(frontMatter.question),
            "bottom_line": .optional(frontMatter.bottomLine),
            "design": .optional(frontMatter.design.map(StudyDesign.displayName)),
            "has_tags": .flag(!frontMatter.tags.isEmpty),
            "tags": .list(frontMatter.tags.map { .object(["name": .text($0), "href": .text(tagHref($0))]) }),
            "expired": .flag(frontMatter.expires.map { $0.isExpired(on: site.buildDate) } ?? false),
        ]
    }
}
