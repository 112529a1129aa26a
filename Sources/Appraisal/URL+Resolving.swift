import Foundation

extension URL {
    /// `path` as given when absolute, else relative to the folder `directory`.
    ///
    /// `URL(fileURLWithPath:relativeTo:)` drops the base's last component when the base lacks a
    /// trailing slash; this never does.
    public static func resolving(_ path: String, in directory: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
        return url.standardizedFileURL
    }
}
