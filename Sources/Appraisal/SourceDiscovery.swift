import Foundation
import Markdown

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
        // Only files found under several paths can repeat: those of one path are a set already.
        var found: [SourceReference] = []
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
                found.append(SourceReference(url: url, displayPath: display(url, workingDirectory: workingDirectory)))
                continue
            }
            let base = workingDirectory.standardizedFileURL.path
            for file in markdownFiles(under: url.path) {
                found.append(SourceReference(path: file, displayPath: display(file, base: base)))
            }
        }
        if paths.count > 1 { found = Array(Set(found)) }
        return (sortedByDisplayPath(found), diagnostics)
    }

    /// `url` relative to `workingDirectory` when inside it, else absolute.
    public static func display(_ url: URL, workingDirectory: URL) -> String {
        display(url.standardizedFileURL.path, base: workingDirectory.standardizedFileURL.path)
    }

    /// A standardized `path` relative to the standardized folder path `base` when inside it.
    ///
    /// ASCII paths are compared and cut as bytes, which for ASCII is what comparing and cutting
    /// Characters does (a Character of ASCII is a byte, or `\r\n` in both); the Character-based
    /// `hasPrefix` and `dropFirst` cost 2,800 instructions a source. Other paths are compared as
    /// Characters, as before: a character such as U+212A KELVIN SIGN is canonically its ASCII letter.
    static func display(_ path: String, base: String) -> String {
        let relative = ByteSearch.withUTF8(of: path) { path in
            ByteSearch.withUTF8(of: base) { base -> String?? in
                guard ByteWords.isASCII(path), ByteWords.isASCII(base) else { return nil }
                guard path.count > base.count, path[base.count] == UInt8(ascii: "/"),
                      ByteSearch.equal(UnsafeBufferPointer(rebasing: path[..<base.count]), base) else { return .some(nil) }
                return String(decoding: UnsafeBufferPointer(rebasing: path[(base.count + 1)...]), as: UTF8.self)
            }
        }
        guard let relative else { return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path }
        return relative ?? path
    }

    /// `references` sorted by display path as `String`'s `<` sorts them: ASCII paths by their
    /// bytes (the same order, for a quarter of the instructions), any other as Strings.
    static func sortedByDisplayPath(_ references: [SourceReference]) -> [SourceReference] {
        let ascii = references.allSatisfy { ByteSearch.withUTF8(of: $0.displayPath, ByteWords.isASCII) }
        guard ascii else { return references.sorted { $0.displayPath < $1.displayPath } }
        return references.sorted { ByteSearch.precedes($0.displayPath, $1.displayPath) }
    }
}
