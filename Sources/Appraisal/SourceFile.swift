import Foundation

/// An appraisal's text as read from disk, with the path diagnostics should print.
public struct SourceFile: Sendable {
    /// The path as the user should see it, e.g. `appraisals/ivig.md`.
    public var displayPath: String
    /// The file's text.
    public var text: String

    /// The largest source file accepted, so that a huge or hostile input fails fast and clearly.
    public static let maximumSize = 4 * 1024 * 1024

    /// Creates a source from text already in memory (tests, previews).
    public init(displayPath: String, text: String) {
        self.displayPath = displayPath
        self.text = text
    }

    /// Reads a UTF-8 file, or returns a located diagnostic saying why it could not be read.
    public static func read(at url: URL, displayPath: String) -> Result<SourceFile, Diagnostic> {
        func failure(_ code: String, _ message: String, hint: String? = nil) -> Result<SourceFile, Diagnostic> {
            .failure(Diagnostic(file: displayPath, position: nil, severity: .error, code: code, message: message, hint: hint))
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            return failure("file-not-found", "no such file", hint: "check the path; appraisals usually live in appraisals/")
        }
        let data: Data
        do {
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            guard size <= maximumSize else {
                return failure("file-too-large", "file is \(size) bytes; the limit is \(maximumSize) bytes",
                               hint: "split the appraisal, or move raw data into a CSV file")
            }
            data = try Data(contentsOf: url)
        } catch {
            return failure("file-unreadable", "cannot read the file (\(error.localizedDescription))")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            return failure("file-not-utf8", "the file is not valid UTF-8", hint: "save it as UTF-8 in your editor")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(SourceFile(displayPath: displayPath, text: text))
    }

    /// The file's lines without their line endings, for diagnostic excerpts.
    public var lines: [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.last == "\r" ? $0.dropLast() : $0
        }
    }
}
