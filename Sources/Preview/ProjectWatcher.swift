import Foundation

/// Notices edits by polling, where inotify is not available: the size and modification time of
/// every file under the watched paths (hidden files and the output folder left out), compared
/// with the last look.
public struct ProjectWatcher: Sendable {
    /// Files and folders to watch.
    public let paths: [URL]
    /// A folder never looked into (the build's own output).
    public let excluded: URL
    /// Most files looked at in one pass, so that a huge folder cannot stall the preview.
    public var limit = 20_000

    /// Watches `paths`, skipping `excluded`.
    public init(paths: [URL], excluded: URL) {
        self.paths = paths.map(\.standardizedFileURL)
        self.excluded = excluded.standardizedFileURL
    }

    /// A fingerprint of every watched file's path, size and modification time.
    public func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        func note(_ url: URL) {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return }
            let time = values.contentModificationDate?.timeIntervalSince1970 ?? 0
            result[url.path] = "\(values.fileSize ?? -1)@\(time)"
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path.path, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else { note(path); continue }
            let enumerator = manager.enumerator(at: path, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
            while let item = enumerator?.nextObject() as? URL, result.count < limit {
                if item.standardizedFileURL.path == excluded.path { enumerator?.skipDescendants(); continue }
                note(item)
            }
        }
        return result
    }

    /// Every folder below `folder`, hidden ones and `excluded` left out.
    static func subfolders(of folder: URL, excluded: URL) -> [URL] {
        let keys: [URLResourceKey] = [.isDirectoryKey]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        var found: [URL] = []
        while let item = enumerator?.nextObject() as? URL, found.count < 10_000 {
            guard (try? item.resourceValues(forKeys: Set(keys)))?.isDirectory == true else { continue }
            if item.standardizedFileURL.path == excluded.standardizedFileURL.path { enumerator?.skipDescendants(); continue }
            found.append(item.standardizedFileURL)
        }
        return found
    }
}
