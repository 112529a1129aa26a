import Foundation

/// Files a document may refer to (a survival block's `file:`), confined to the project.
///
/// A path is taken relative to the appraisal's folder and must stay inside the project root:
/// `../../etc/passwd` or a symbolic link leading out is refused, never read.
public struct ProjectFiles: Sendable {
    /// The project folder nothing may be read from outside of.
    public var root: URL
    /// The folder of the appraisal being read.
    public var documentFolder: URL { folder ?? document?.deletingLastPathComponent() ?? root }
    /// The largest file read, in bytes.
    public var maximumBytes = 16 * 1024 * 1024
    /// Told about every file a document reads, so incremental builds know its dependencies.
    public var recorder: FileReadRecorder?
    /// The folder given, or nil when it is `document`'s.
    private var folder: URL?
    /// The document whose folder reads start from, when no folder was given.
    private var document: URL?

    /// Confines reads for a document in `documentFolder` to `root`.
    public init(root: URL, documentFolder: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        folder = documentFolder
    }

    /// The same confinement for the document at `document`, whose folder is only worked out when
    /// it reads a file: a site build makes one for every page, and most pages read none, while
    /// resolving the root's links and the folder took 1.5% of a build.
    public func reading(for document: URL) -> ProjectFiles {
        var files = self
        files.folder = nil
        files.document = document
        return files
    }

    /// The file's text, or the reason it may not or cannot be read.
    public func read(_ relativePath: String) -> Result<String, ProjectFileError> {
        guard !relativePath.hasPrefix("/"), !relativePath.hasPrefix("~") else { return .failure(.outsideProject(relativePath)) }
        let url = documentFolder.appendingPathComponent(relativePath).standardizedFileURL.resolvingSymlinksInPath()
        guard url.path.hasPrefix(root.path + "/") else { return .failure(.outsideProject(relativePath)) }
        recorder?.record(url)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let data = FileManager.default.contents(atPath: url.path) else { return .failure(.unreadable(relativePath)) }
        if let size = attributes[.size] as? Int, size > maximumBytes { return .failure(.tooLarge(relativePath, maximumBytes)) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.unreadable(relativePath)) }
        return .success(text)
    }
}

/// Collects the files a document read (thread-safe, shared between copies of `ProjectFiles`).
public final class FileReadRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var urls: [URL] = []

    /// An empty recorder.
    public init() {}

    /// Notes that `url` was read.
    public func record(_ url: URL) {
        lock.lock()
        defer { lock.unlock() }
        urls.append(url)
    }

    /// Every file read so far, each once, sorted by path.
    public var files: [URL] {
        lock.lock()
        defer { lock.unlock() }
        return Array(Set(urls.map(\.path))).sorted().map { URL(fileURLWithPath: $0) }
    }
}

/// Why a project file could not be used.
public enum ProjectFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path leads outside the project.
    case outsideProject(String)
    /// The file does not exist or is not UTF-8 text.
    case unreadable(String)
    /// The file is larger than the limit.
    case tooLarge(String, Int)

    /// The reason in words.
    public var description: String {
        switch self {
        case .outsideProject(let path): "'\(path)' is outside the project; data files must be inside it"
        case .unreadable(let path): "cannot read '\(path)' as UTF-8 text"
        case .tooLarge(let path, let limit): "'\(path)' is larger than \(limit) bytes"
        }
    }
}
