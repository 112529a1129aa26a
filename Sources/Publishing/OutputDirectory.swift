import Appraisal
import Foundation
import Markdown

/// The build's output folder: files are written atomically, and only files that `appraise`
/// itself generated (listed in a manifest) are ever deleted.
public struct OutputDirectory: Sendable {
    /// The folder's location.
    public let url: URL
    /// The folder as diagnostics print it.
    public let displayPath: String
    /// The folder's path, worked out once: `URL.path` for each of the six files of every page
    /// was 0.4% of a build.
    let path: String

    /// The manifest's name inside the folder: one generated path per line.
    public static let manifestName = ".appraise-manifest"

    /// Uses `url` as the output folder, shown as `displayPath`.
    public init(url: URL, displayPath: String) {
        self.url = url.standardizedFileURL
        self.displayPath = displayPath
        path = self.url.path
    }

    /// Writes `data` to `relativePath` atomically (a temporary file renamed into place),
    /// leaving the file untouched when its contents are already identical.
    public func write(_ data: Data, to relativePath: String) throws(OutputError) {
        if let failure = data.withUnsafeBytes({ bytes in failure(writing: bytes, to: relativePath) }) { throw failure }
    }

    /// Writes `text` as UTF-8 to `relativePath`, as `write(_:to:)` writes data, from the text's own
    /// bytes (a page and its exports were each copied into a `Data` first).
    ///
    /// `mayExist` false says the file was not there when the build began (see `OutputListing`),
    /// so it is not opened first to compare: six failed opens a page in a first build.
    public func write(_ text: String, to relativePath: String, mayExist: Bool = true) throws(OutputError) {
        var text = text
        if let failure = text.withUTF8({ bytes in failure(writing: UnsafeRawBufferPointer(bytes), to: relativePath, mayExist: mayExist) }) {
            throw failure
        }
    }

    /// Writes `bytes` to `relativePath` unless the file holds them already; the error, if any.
    private func failure(writing bytes: UnsafeRawBufferPointer, to relativePath: String, mayExist: Bool = true) -> OutputError? {
        guard OutputDirectory.isSafe(relativePath) else { return OutputError(path: relativePath, reason: "path leaves the output folder") }
        // A safe relative path has no empty, "." or ".." part, so joining strings names the file;
        // URL arithmetic for the six files of every page was a visible share of a build.
        let target = path + "/" + relativePath
        if mayExist, FileContents.file(at: target, holds: bytes) { return nil }
        do throws(AtomicFileWriter.Failure) { try AtomicFileWriter.write(bytes, to: target) } catch {
            return OutputError(path: "\(displayPath)/\(relativePath)", reason: error.reason)
        }
        return nil
    }

    /// Records `generated` as this build's files and deletes files the previous build generated
    /// that this one did not. Files `appraise` never wrote are left alone.
    public func finish(generated: Set<String>) throws(OutputError) -> [String] {
        try finish(sorted: generated.sorted())
    }

    /// `finish(generated:)` for paths already sorted, without duplicates: a site of ten thousand
    /// pages need not hold its sixty thousand paths as a set and again as a sorted copy.
    func finish(sorted generated: [String]) throws(OutputError) -> [String] {
        func isGenerated(_ path: String) -> Bool {
            var low = 0, high = generated.count
            while low < high {
                let middle = (low + high) / 2
                if generated[middle] < path { low = middle + 1 } else { high = middle }
            }
            return low < generated.count && generated[low] == path
        }
        let manifest = FileManager.default.contents(atPath: path + "/" + OutputDirectory.manifestName)
        // A rebuild that generated the same files finds them listed already: nothing to remove or write.
        if let manifest, OutputDirectory.manifest(manifest, lists: generated) { return [] }
        var removed: [String] = []
        for stale in Set(OutputDirectory.lines(of: manifest)).sorted() where !isGenerated(stale) && OutputDirectory.isSafe(stale) {
            let target = url.appendingPathComponent(stale)
            if (try? FileManager.default.removeItem(at: target)) != nil { removed.append(stale) }
        }
        _ = try write(to: OutputDirectory.manifestName) { stream in
            for path in generated {
                stream.write(path)
                stream.write(CollectionOfOne(UInt8(ascii: "\n")))
            }
            return true
        }
        return removed
    }

    /// The paths a manifest lists, one a line (none when there is no manifest).
    private static func lines(of manifest: Data?) -> [String] {
        guard let manifest else { return [] }
        return String(decoding: manifest, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Whether `manifest` is byte for byte the manifest `finish` writes for `generated`: each path
    /// followed by a line break.
    static func manifest(_ manifest: Data, lists generated: [String]) -> Bool {
        manifest.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var offset = 0
            for path in generated {
                // Compared with `memcmp` (`ByteSearch.equal`): the generic `elementsEqual` went
                // byte by byte, 3% of a rebuild that changes nothing.
                let matches = ByteSearch.withUTF8(of: path) { utf8 in
                    let end = offset + utf8.count
                    guard end < bytes.count, bytes[end] == UInt8(ascii: "\n"),
                          ByteSearch.equal(UnsafeBufferPointer(rebasing: bytes[offset..<end]), utf8) else { return false }
                    offset = end + 1
                    return true
                }
                guard matches else { return false }
            }
            return offset == bytes.count
        }
    }

    /// A relative path with no `..`, no leading `/` and no empty or hidden-parent components.
    ///
    /// Split at every `/` byte, as the file system splits it. Splitting the `String` kept a `/`
    /// followed by a combining mark inside a component (one Character), so `../\u{301}` passed
    /// as safe; it also cost 9,000 instructions a written file.
    static func isSafe(_ relativePath: String) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        return ByteSearch.withUTF8(of: relativePath) { bytes in
            guard !bytes.isEmpty, bytes[0] != slash else { return false }
            var start = 0
            while start <= bytes.count {
                let end = ByteSearch.firstOffset(of: slash, in: bytes, from: start) ?? bytes.count
                let length = end - start
                if length == 0 || (bytes[start] == dot && (length == 1 || (length == 2 && bytes[start + 1] == dot))) { return false }
                start = end + 1
            }
            return true
        }
    }
}

/// A file in the output folder could not be written.
public struct OutputError: Error, CustomStringConvertible {
    /// The file.
    public let path: String
    /// Why, in words.
    public let reason: String

    /// `cannot write PATH: REASON`.
    public var description: String { "cannot write \(path): \(reason)" }

    /// The same problem as a diagnostic for the build's list.
    public var diagnostic: Diagnostic {
        Diagnostic(file: path, position: nil, severity: .error, code: "output-unwritable", message: "cannot write the file: \(reason)",
                   hint: "check that the output folder is writable")
    }
}
