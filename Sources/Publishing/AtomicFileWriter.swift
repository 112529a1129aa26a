import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file atomically: the bytes go to a temporary file in the same folder, which is then
/// renamed over the target, so a reader sees the old file or the new one, never half of one.
///
/// Unlike `Data.write(options: .atomic)` it does not `fsync` each file: build output can always be
/// rebuilt, and a thousand syncs cost a large share of a full build.
enum AtomicFileWriter {
    struct Failure: Error {
        let reason: String
    }

    static func write(_ data: Data, to path: String) throws(Failure) {
        let failure = data.withUnsafeBytes { bytes -> Failure? in
            do throws(Failure) { try write(bytes, to: path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Writes `bytes` to the file at `path` (an absolute path with at least one `/`), creating
    /// its folder when there is none.
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws(Failure) {
        let (descriptor, temporary) = try openTemporary(beside: path)
        var failure = writeAll(descriptor, bytes)
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(reason: failure)
        }
    }
}

extension AtomicFileWriter {
    /// Opens a new temporary file in the folder of `path` (an absolute path with at least one
    /// `/`), for writing; its descriptor and path. The folder is created when it is missing.
    ///
    /// The folder is created only after the temporary file could not be opened for want of it,
    /// so the common case costs no check: that `stat` for each of a page's six files was a
    /// visible share of a build.
    static func openTemporary(beside path: String) throws(Failure) -> (descriptor: Int32, path: String) {
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        let folder = String(path[..<slash])
        let name = path[path.index(after: slash)...]
        let temporary = "\(folder)/.\(name).\(UInt64.random(in: 0...UInt64.max)).tmp"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT, !folder.isEmpty,
           (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil {
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        return (descriptor, temporary)
    }

    /// Writes all of `bytes` to `descriptor`, retrying after interruptions; the error in words, or nil.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}

/// The C library's `write`, named apart from `AtomicFileWriter.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #elseif canImport(Musl)
    Musl.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
