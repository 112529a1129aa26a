import Foundation

/// A source file found on disk, with the path diagnostics print for it.
public struct SourceReference: Hashable, Sendable {
    /// The file's path. A build holds one reference per source from start to end, and a path
    /// costs a fifth of a URL (about 80 bytes against 370 on Linux): 3 MB for 10,000 sources.
    public var path: String
    /// The path relative to the working directory when it is inside it, e.g. `appraisals/x.md`.
    public var displayPath: String

    /// Where the file is.
    public var url: URL {
        get { URL(fileURLWithPath: path, isDirectory: false) }
        set { path = newValue.path }
    }

    /// Creates a reference.
    public init(url: URL, displayPath: String) {
        path = url.path
        self.displayPath = displayPath
    }

    /// A reference to the file at `path`, an absolute path.
    init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
    }

    /// Reads the file into a parsed appraisal (a read failure becomes its diagnostic).
    ///
    /// - Parameter contents: the file's bytes when the caller has already read them.
    public func load(contents: Data? = nil) -> AppraisalSource {
        let file = contents.map { SourceFile.decode($0, displayPath: displayPath) } ?? SourceFile.read(at: url, displayPath: displayPath)
        switch file {
        case .success(let file):
            return AppraisalSource(file: file)
        case .failure(let diagnostic):
            var source = AppraisalSource(file: SourceFile(displayPath: displayPath, text: ""))
            source.diagnostics = [diagnostic]
            return source
        }
    }
}

/// Finds the appraisals named on the command line: files as given, folders searched for `*.md`.
public enum SourceDiscovery {
    /// Every Markdown file under `paths`, sorted by display path, and a diagnostic per path that
    /// does not exist.
    public static func find(_ paths: [String], workingDirectory: URL) -> ([SourceReference], [Diagnostic]) {
        var found: Set<SourceReference> = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            let url = URL.resolving(path, in: workingDirectory)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(file: path, position: nil, severity: .error, code: "path-not-found",
                                              message: "no such file or folder",
                                              hint: path == "appraisals" ? "run appraise from the project folder, or name the files to build" : nil))
                continue
            }
            guard isDirectory.boolValue else {
                found.insert(SourceReference(url: url, displayPath: display(url, workingDirectory: workingDirectory)))
                continue
            }
            let base = workingDirectory.standardizedFileURL.path
            for file in markdownFiles(under: url.path) {
                found.insert(SourceReference(path: file, displayPath: display(file, base: base)))
            }
        }
        return (found.sorted { $0.displayPath < $1.displayPath }, diagnostics)
    }

    /// `url` relative to `workingDirectory` when inside it, else absolute.
    public static func display(_ url: URL, workingDirectory: URL) -> String {
        display(url.standardizedFileURL.path, base: workingDirectory.standardizedFileURL.path)
    }

    /// A standardized `path` relative to the standardized folder path `base` when inside it.
    static func display(_ path: String, base: String) -> String {
        path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
