import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file straight into an array of bytes, for `JSONReader`: `Data` and then a copy
/// of it as an array held the build cache twice.
enum FileBytes {
    /// The bytes of the file at `path`; nil when it cannot be opened or read.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // One byte more than the size, so that the read that finds the end needs no more room.
        let size = max(Int(info.st_size), 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer), failed: &failed)
        }
        // A file that grew since `fstat` is read on, a size at a time, to its end.
        while !failed, bytes.count % size == 0 {
            let more = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                initialized = readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer), failed: &failed)
            }
            if more.isEmpty { break }
            bytes += more
        }
        return failed ? nil : bytes
    }

    /// Reads from `descriptor` until `buffer` is full or the file ends; how many bytes were read.
    /// Sets `failed` on an error other than an interruption.
    static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, failed: inout Bool) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = systemRead(descriptor, base + filled, buffer.count - filled)
            if count < 0, errno == EINTR { continue }
            if count < 0 { failed = true }
            if count <= 0 { break }
            filled += count
        }
        return filled
    }
}

/// The C library's `read`, named apart from `FileBytes.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
