import Foundation

extension OutputDirectory {
    /// Writes `relativePath` from the parts `produce` hands to the stream, atomically, so that a
    /// large page is never held whole; like `write(_:to:)` it leaves an identical file untouched.
    ///
    /// The file is put in place only when `produce` returns true; on false or an error the old
    /// file stays as it was. Returns what `produce` returned.
    func write(to relativePath: String, inParts produce: (AtomicFileStream) throws(OutputError) -> Bool) throws(OutputError) -> Bool {
        guard OutputDirectory.isSafe(relativePath) else { throw OutputError(path: relativePath, reason: "path leaves the output folder") }
        let target = url.appendingPathComponent(relativePath)
        let shown = "\(displayPath)/\(relativePath)"
        let folder = target.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: shown, reason: error.localizedDescription)
            }
        }
        let stream: AtomicFileStream
        do {
            stream = try AtomicFileStream(path: target.path)
        } catch {
            throw OutputError(path: shown, reason: error.reason)
        }
        guard try produce(stream) else {
            stream.discard()
            return false
        }
        do {
            try stream.commit()
        } catch {
            throw OutputError(path: shown, reason: error.reason)
        }
        return true
    }
}
