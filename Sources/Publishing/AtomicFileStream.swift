import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written in parts, atomically: the bytes go through a small buffer to a temporary file
/// in the same folder, which `commit` renames over the target.
///
/// It exists so that a page of ten thousand entries never has to be held as one string. Like
/// `OutputDirectory.write`, it leaves the target untouched (same inode and time) when the new
/// bytes equal the old ones: they are compared with the existing file as they are written.
final class AtomicFileStream {
    private let path: String
    private let temporary: String
    private var descriptor: Int32
    /// The existing file while every byte so far matched it; -1 when there is none or they differ.
    private var existing: Int32
    private var buffer: [UInt8] = []
    private var previous: [UInt8] = []
    private var failure: String?
    private var finished = false
    private let bufferSize: Int

    /// Opens a temporary file beside `path` (its folder made when missing), writing through a
    /// buffer of `bufferSize` bytes.
    init(path: String, bufferSize: Int = 1 << 16) throws(AtomicFileWriter.Failure) {
        self.path = path
        self.bufferSize = max(1, bufferSize)
        (descriptor, temporary) = try AtomicFileWriter.openTemporary(beside: path)
        existing = open(path, O_RDONLY | O_CLOEXEC)
        buffer.reserveCapacity(self.bufferSize)
    }

    deinit {
        if !finished { discard() }
    }

    /// Appends `bytes`; a write error is kept and reported by `commit`.
    func write(_ bytes: some Sequence<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= bufferSize { flush() }
    }

    /// Appends the UTF-8 bytes of `text`.
    func write(_ text: String) {
        write(text.utf8)
    }

    /// Puts the file in place (or keeps the old one when it is byte-identical) and closes it.
    func commit() throws(AtomicFileWriter.Failure) {
        flush()
        finished = true
        var unchanged = false
        if existing >= 0 {
            var probe: UInt8 = 0
            unchanged = failure == nil && read(existing, &probe, 1) == 0
            close(existing)
            existing = -1
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if unchanged || failure != nil {
            unlink(temporary)
            if let failure { throw AtomicFileWriter.Failure(reason: failure) }
            return
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw AtomicFileWriter.Failure(reason: reason)
        }
    }

    /// Removes the temporary file, leaving the target as it was.
    func discard() {
        finished = true
        if existing >= 0 { close(existing) }
        existing = -1
        close(descriptor)
        unlink(temporary)
    }

    private func flush() {
        guard !buffer.isEmpty, failure == nil else { return }
        if existing >= 0 && !existingContinues() {
            close(existing)
            existing = -1
        }
        failure = buffer.withUnsafeBytes { AtomicFileWriter.writeAll(descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Whether the existing file's next bytes equal the buffer.
    private func existingContinues() -> Bool {
        if previous.count != buffer.count { previous = [UInt8](repeating: 0, count: buffer.count) }
        var failed = false
        let filled = previous.withUnsafeMutableBytes { FileBytes.readAll(existing, into: $0, failed: &failed) }
        return !failed && filled == previous.count && previous == buffer
    }
}
