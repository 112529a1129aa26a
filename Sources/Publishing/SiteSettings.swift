/// Site-wide presentation settings shared by every page.
public struct SiteSettings: Hashable, Sendable {
    /// The name shown in every page's header and the index's heading.
    public var title: String

    /// Creates settings; the default title suits a newcomer's first build.
    public init(title: String = "Critical appraisals") {
        self.title = title
    }
}
