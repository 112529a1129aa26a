import Foundation

extension OutputDirectory {
    /// Writes `relativePath` from the parts `produce` hands to the stream, atomically, so that a
    /// large page is never held whole; like `write(_:to:)` it leaves an identical file untouched.
    ///
    /// The file is put in place only when `produce` returns true; on false or an error the old
    /// file stays as it was. Returns what `produce` returned.
    func write(to relativePath: String, inParts produce: (AtomicFileStream) throws(OutputError) -> Bool) throws(OutputError) -> Bool {
        let stream = try stream(to: relativePath)
        guard try produce(stream) else {
            stream.discard()
            return false
        }
        try commit(stream, to: relativePath)
        return true
    }

    /// Opens `relativePath` for writing in parts through a buffer of `bufferSize` bytes (its
    /// folder made when missing); `commit(_:to:)` puts it in place, `discard()` drops it.
    func stream(to relativePath: String, bufferSize: Int = 1 << 16) throws(OutputError) -> AtomicFileStream {
        guard OutputDirectory.isSafe(relativePath) else { throw OutputError(path: relativePath, reason: "path leaves the output folder") }
        do {
            // A safe relative path has no empty, "." or ".." part, so joining strings names the file.
            return try AtomicFileStream(path: path + "/" + relativePath, bufferSize: bufferSize)
        } catch {
            throw OutputError(path: "\(displayPath)/\(relativePath)", reason: error.reason)
        }
    }

    /// Puts the file `stream` wrote in place at `relativePath`.
    func commit(_ stream: AtomicFileStream, to relativePath: String) throws(OutputError) {
        do {
            try stream.commit()
        } catch {
            throw OutputError(path: "\(displayPath)/\(relativePath)", reason: error.reason)
        }
    }
}
