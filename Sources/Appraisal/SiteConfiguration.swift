import Foundation
import Markdown
import Yams

/// The project's `appraise.yaml`: site-wide settings, every one optional.
///
/// Read like front matter: unknown keys are warnings with a suggestion, wrong types are located
/// errors, and a missing file simply means the defaults.
public struct SiteConfiguration: Hashable, Sendable {
    /// The site's name in every page header.
    public var title: String?
    /// One sentence about the site, for the index and the feed.
    public var description: String?
    /// Where the site is published, e.g. `https://example.org/cats/`, always ending in `/`.
    public var baseURL: String?
    /// The pages' language tag, e.g. `en` or `de-CH`.
    public var language: String?
    /// The number style of documents that do not name one: `ama`, `apa` or `bmj`.
    public var numberStyle: String?

    /// The file's conventional name at the project root.
    public static let fileName = "appraise.yaml"
    /// Every key the file understands.
    public static let knownKeys = ["title", "description", "base_url", "language", "style"]

    /// An empty configuration: every default applies.
    public init() {}

    /// Reads `fileName` in `projectRoot`; no file gives the defaults and no diagnostics.
    public static func load(projectRoot: URL) -> (SiteConfiguration, [Diagnostic]) {
        let url = projectRoot.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return (SiteConfiguration(), []) }
        guard let data = FileManager.default.contents(atPath: url.path), data.count <= 256 * 1024,
              let text = String(data: data, encoding: .utf8) else {
            return (SiteConfiguration(), [Diagnostic(file: fileName, position: nil, severity: .error, code: "config-unreadable",
                                                     message: "cannot read the site configuration as UTF-8 text (at most 256 KiB)")])
        }
        return parse(text, file: fileName)
    }

    /// Parses configuration text shown as `file` in diagnostics.
    public static func parse(_ text: String, file: String) -> (SiteConfiguration, [Diagnostic]) {
        let source = YAMLSource(file: file, text: text, firstLine: 1)
        let node: Node?
        switch source.parse() {
        case .failure(let diagnostic): return (SiteConfiguration(), [diagnostic])
        case .success(let parsed): node = parsed
        }
        var reader = YAMLFieldReader(source: source)
        var configuration = SiteConfiguration()
        guard let node, let mapping = reader.mapping(node, key: "site configuration") else { return (configuration, reader.diagnostics) }
        let fields = reader.entries(of: mapping, known: knownKeys, context: "site configuration")
        configuration.title = reader.string(fields["title"], key: "title")
        configuration.description = reader.string(fields["description"], key: "description")
        if let node = fields["base_url"], let text = reader.string(node, key: "base_url") {
            switch normalizedBaseURL(text) {
            case .success(let url): configuration.baseURL = url
            case .failure(let problem): reader.report(node, code: "config-base-url", problem.message, hint: problem.hint)
            }
        }
        configuration.language = reader.string(fields["language"], key: "language")
        if let node = fields["language"], let language = configuration.language,
           !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            reader.report(node, code: "config-language", "'\(language)' is not a language tag", hint: "write a tag such as en, fr or de-CH")
            configuration.language = nil
        }
        if let node = fields["style"], let style = reader.string(node, key: "style") {
            let styles = ["ama", "apa", "bmj"]
            if styles.contains(style.lowercased()) {
                configuration.numberStyle = style.lowercased()
            } else {
                reader.report(node, code: "config-style", "unknown number style '\(style)'",
                              hint: Suggestion.hint(for: style, in: styles) ?? "use ama, apa or bmj")
            }
        }
        return (configuration, reader.diagnostics.sortedForDisplay())
    }

    /// Why a base URL was refused.
    public struct BaseURLProblem: Error, Hashable, Sendable {
        /// What is wrong.
        public var message: String
        /// How to fix it.
        public var hint: String
    }

    /// `text` as an absolute http(s) URL ending in `/`, or why it cannot be one.
    public static func normalizedBaseURL(_ text: String) -> Result<String, BaseURLProblem> {
        let trimmed = text.trimmingWhitespace()
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil else {
            return .failure(BaseURLProblem(message: "'\(trimmed)' is not an absolute http or https address",
                                           hint: "write the address the site is published at, e.g. https://example.org/appraisals/"))
        }
        return .success(trimmed.hasSuffix("/") ? trimmed : trimmed + "/")
    }
}
