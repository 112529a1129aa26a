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
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .failure(problem(displayPath, "file-not-found", "no such file",
                                    hint: "check the path; appraisals usually live in appraisals/"))
        }
        let data: Data
        do {
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            if let tooLarge = sizeProblem(size, displayPath: displayPath) { return .failure(tooLarge) }
            data = try Data(contentsOf: url)
        } catch {
            return .failure(problem(displayPath, "file-unreadable", "cannot read the file (\(error.localizedDescription))"))
        }
        return decode(data, displayPath: displayPath)
    }

    /// A source from bytes already read (the build reads them once to hash them): the size limit,
    /// UTF-8 decoding and byte-order-mark removal of `read(at:displayPath:)`.
    public static func decode(_ data: Data, displayPath: String) -> Result<SourceFile, Diagnostic> {
        if let tooLarge = sizeProblem(data.count, displayPath: displayPath) { return .failure(tooLarge) }
        // Decoded by the standard library rather than Foundation, which went through NSString.
        guard var text = data.withUnsafeBytes({ UTF8Text.decode($0.bindMemory(to: UInt8.self)) }) else {
            return .failure(problem(displayPath, "file-not-utf8", "the file is not valid UTF-8", hint: "save it as UTF-8 in your editor"))
        }
        // A byte-order mark is dropped, and a second one after it, as when Foundation dropped
        // the first while decoding and this dropped the next.
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(SourceFile(displayPath: displayPath, text: text))
    }

    private static func sizeProblem(_ size: Int, displayPath: String) -> Diagnostic? {
        guard size > maximumSize else { return nil }
        return problem(displayPath, "file-too-large", "file is \(size) bytes; the limit is \(maximumSize) bytes",
                       hint: "split the appraisal, or move raw data into a CSV file")
    }

    private static func problem(_ displayPath: String, _ code: String, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(file: displayPath, position: nil, severity: .error, code: code, message: message, hint: hint)
    }

    /// The file's lines without their line endings, for diagnostic excerpts.
    public var lines: [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.last == "\r" ? $0.dropLast() : $0
        }
    }
}
