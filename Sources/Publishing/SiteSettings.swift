import Appraisal

/// Site-wide presentation settings shared by every page.
public struct SiteSettings: Hashable, Sendable {
    /// The name shown in every page's header and the index's heading.
    public var title: String
    /// The day the site is built on, which `expires:` dates are compared with; from
    /// `SOURCE_DATE_EPOCH` when set, so that a rebuild gives the same pages.
    public var buildDay: ISODate

    /// Creates settings; the default title suits a newcomer's first build.
    public init(title: String = "Critical appraisals", buildDay: ISODate = .buildDay()) {
        self.title = title
        self.buildDay = buildDay
    }
}
