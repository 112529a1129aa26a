import Appraisal
import Foundation
import Markdown

/// Finds the files an appraisal links to or shows by relative path: those that exist inside the
/// project are copied beside the page; missing ones, or ones outside the project, are findings.
struct LinkAudit {
    /// A file to copy: its place in the output folder and where it is now.
    struct Copy: Hashable, Sendable {
        /// The path relative to the output folder (the same as the link's).
        var outputPath: String
        /// The file in the project.
        var source: URL
    }

    /// Files to copy, in document order, each once.
    private(set) var copies: [Copy] = []
    /// Broken links and missing images, located.
    private(set) var diagnostics: [Diagnostic] = []
    /// Targets inside the project that do not exist yet: the page must be built again when one appears.
    private(set) var missing: [URL] = []

    /// Audits `links`, every link and image of the document at `documentURL` (shown as
    /// `displayPath`), within `projectRoot`.
    init(links: [LinkTarget], documentURL: URL, displayPath: String, projectRoot: URL) {
        // Resolved at the first relative link: most documents have none, and resolving symbolic
        // links asks the file system about every folder of the path.
        lazy var folder = documentURL.deletingLastPathComponent().standardizedFileURL
        lazy var root = projectRoot.standardizedFileURL.resolvingSymlinksInPath().path
        var seen: Set<String> = []
        for link in links {
            let isImage = link.isImage
            guard let path = LinkAudit.relativePath(link.target) else { continue }
            let what = isImage ? "image" : "linked file"
            let position = link.range?.start
            let resolved = folder.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            if !resolved.path.hasPrefix(root + "/") {
                diagnostics.append(Diagnostic(file: displayPath, position: position, severity: .warning, code: "link-outside-project",
                                              message: "the \(what) '\(path)' is outside the project",
                                              hint: "copy the file into the project, next to the appraisal"))
            } else if !FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) || isDirectory.boolValue {
                missing.append(resolved)
                diagnostics.append(Diagnostic(file: displayPath, position: position, severity: .warning,
                                              code: isImage ? "missing-image" : "broken-link",
                                              message: "the \(what) '\(path)' does not exist",
                                              hint: "paths are relative to the appraisal's folder; check the spelling"))
            } else if !OutputDirectory.isSafe(path) || path.hasSuffix(".md") {
                if !path.hasSuffix(".md") {
                    diagnostics.append(Diagnostic(file: displayPath, position: position, severity: .warning, code: "link-not-copied",
                                                  message: "the \(what) '\(path)' is not in the appraisal's folder, so it cannot be published beside the page",
                                                  hint: "move it into the appraisal's folder or a folder below it"))
                }
            } else if seen.insert(path).inserted {
                copies.append(Copy(outputPath: path, source: resolved))
            }
        }
    }

    /// The file path of a relative link (query and fragment removed, percent-decoded); nil for
    /// absolute addresses, in-page anchors and other schemes.
    static func relativePath(_ destination: String) -> String? {
        if hasASCIIScheme(destination) { return nil }
        let trimmed = destination.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("/"), !trimmed.hasPrefix("?") else { return nil }
        if let colon = trimmed.firstIndex(of: ":"),
           !trimmed[..<colon].contains("/"), trimmed[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
            return nil
        }
        let path = String(trimmed.prefix { $0 != "#" && $0 != "?" })
        guard !path.isEmpty else { return nil }
        return path.removingPercentEncoding ?? path
    }

    /// The bytes of a scheme: ASCII letters, digits and `+-.`.
    private static let schemeBytes = ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.")

    /// Whether `destination` starts with a scheme of ASCII letters, digits and `+-.` followed by
    /// `:` (`https:`, `mailto:`), the common case, decided on bytes. Anything else, including a
    /// scheme-like prefix with other characters or leading spaces, is left to `relativePath`'s
    /// own rules, which agree with this on every text it accepts.
    private static func hasASCIIScheme(_ destination: String) -> Bool {
        let bytes = destination.utf8
        guard let colon = bytes.firstIndex(where: { !LinkAudit.schemeBytes.contains($0) }), bytes[colon] == UInt8(ascii: ":") else {
            return false
        }
        // A combining mark after the colon would make it part of another character.
        let next = bytes.index(after: colon)
        return next == bytes.endIndex || bytes[next] < 0x80
    }
}
