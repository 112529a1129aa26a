import Foundation

/// Maps a request path to a file inside the output folder, or refuses it.
///
/// Refused: `..` and `.` segments (also percent-encoded), hidden names (the manifest and the
/// cache), backslashes and NUL bytes, and anything whose real path, after symbolic links are
/// resolved, is not inside the output folder.
public enum OutputPath {
    /// The file `rawPath` (as sent, percent-encoded) names inside `root`; `/` and folders mean
    /// their `index.html`. Nil when the path is refused or names nothing.
    public static func resolve(_ rawPath: String, in root: URL) -> URL? {
        let pathOnly = rawPath.prefix { $0 != "?" && $0 != "#" }
        guard pathOnly.hasPrefix("/") else { return nil }
        var components: [String] = []
        for encoded in pathOnly.split(separator: "/", omittingEmptySubsequences: true) {
            guard let component = String(encoded).removingPercentEncoding, !component.isEmpty,
                  !component.hasPrefix("."), !component.contains("/"), !component.contains("\\"),
                  !component.contains("\u{0}") else { return nil }
            components.append(component)
        }
        let base = root.standardizedFileURL.resolvingSymlinksInPath()
        var candidate = components.reduce(base) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { candidate.appendPathComponent("index.html") }
        let real = candidate.resolvingSymlinksInPath().standardizedFileURL
        guard real.path.hasPrefix(base.path + "/"), FileManager.default.isReadableFile(atPath: real.path),
              FileManager.default.fileExists(atPath: real.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return real
    }

    /// The content type for a file name's extension.
    public static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": url.lastPathComponent == "feed.xml" ? "application/atom+xml" : "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "csv": "text/csv; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
