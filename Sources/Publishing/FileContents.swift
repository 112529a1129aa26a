#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Compares a file on disk with bytes about to be written there, so that an unchanged output is
/// not rewritten (its modification time stays, and a watching browser does not reload).
///
/// It reads with the C library: a missing file, the common case of a first build, is one failed
/// `open`, and a file of another size is never read. Foundation's `contents(atPath:)` read every
/// file whole into a new `Data` first.
enum FileContents {
    /// Whether the file at `path` exists and holds exactly `bytes`.
    static func file(at path: String, holds bytes: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == bytes.count else { return false }
        // One byte more than expected is asked for, so a file that grew since `fstat` is told apart.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 1)
        defer { buffer.deallocate() }
        var failed = false
        guard FileBytes.readAll(descriptor, into: buffer, failed: &failed) == bytes.count, !failed else { return false }
        guard let expected = bytes.baseAddress, let found = buffer.baseAddress else { return bytes.isEmpty }
        return memcmp(found, expected, bytes.count) == 0
    }
}
