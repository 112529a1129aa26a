import Appraisal

/// Site-wide presentation settings shared by every page, from `appraise.yaml` and the command line.
public struct SiteSettings: Hashable, Sendable {
    /// The name shown in every page's header and the index's heading.
    public var title: String
    /// One sentence about the site, shown under the index heading and in the feed.
    public var description: String?
    /// The published address ending in `/`; nil writes no feed and no sitemap (they need absolute links).
    public var baseURL: String?
    /// The pages' `lang` attribute.
    public var language: String
    /// The number style for documents that do not name one.
    public var numberStyle: String
    /// "Today" for expiry badges (see `BuildDate`).
    public var buildDate: ISODate

    /// Creates settings; the defaults suit a newcomer's first build.
    public init(title: String = "Critical appraisals", description: String? = nil, baseURL: String? = nil,
                language: String = "en", numberStyle: String = "ama", buildDate: ISODate = BuildDate.current()) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.numberStyle = numberStyle
        self.buildDate = buildDate
    }

    /// Settings from a configuration file, defaults filling what it leaves out.
    public init(_ configuration: SiteConfiguration, buildDate: ISODate = BuildDate.current()) {
        self.init(title: configuration.title ?? "Critical appraisals", description: configuration.description,
                  baseURL: configuration.baseURL, language: configuration.language ?? "en",
                  numberStyle: configuration.numberStyle ?? "ama", buildDate: buildDate)
    }

    /// Text that changes whenever any setting does, for the build cache.
    var cacheKey: String {
        [title, description ?? "-", baseURL ?? "-", language, numberStyle, buildDate.description].joined(separator: "\u{1F}")
    }
}
