import Foundation
import Markdown
import Synchronization

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
        // The folder ends at the last `/` byte, as the file system reads the path. A search by
        // Characters passed over a `/` that a combining mark follows, and took 8,000
        // instructions for each file a build writes.
        let slash = ByteSearch.withUTF8(of: path) { $0.lastIndex(of: UInt8(ascii: "/")) }
            .map { path.utf8.index(path.utf8.startIndex, offsetBy: $0) } ?? path.startIndex
        let folder = String(path[..<slash])
        let name = path[path.utf8.index(after: slash)...]
        var createdFolder = false
        // A name already taken (a file left by a run that stopped) is passed over for the next.
        for _ in 0..<16 {
            let temporary = "\(folder)/.\(name).\(TemporaryNames.next()).tmp"
            var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0, errno == ENOENT, !folder.isEmpty, !createdFolder,
               (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil {
                createdFolder = true
                descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            }
            if descriptor >= 0 { return (descriptor, temporary) }
            guard errno == EEXIST else { break }
        }
        throw Failure(reason: String(cString: strerror(errno)))
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

/// Numbers for temporary file names, unique within the process and unlikely to meet another
/// process's: a random start drawn once, then counted up. Drawing a random number for each file
/// asked the kernel for randomness six thousand times in a build of a thousand pages.
enum TemporaryNames {
    private static let start = UInt64.random(in: 0...UInt64.max)
    private static let counter = Atomic<UInt64>(0)

    /// The next number.
    static func next() -> UInt64 {
        start &+ counter.add(1, ordering: .relaxed).newValue
    }
}
