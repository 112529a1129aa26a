import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension BuildCache {
    /// The time the cache's source stamps are good for: its file's modification time, which each
    /// build sets to its own start after writing it.
    ///
    /// Every source in a build is stamped and then read after the build started, so a stamp whose
    /// times are a tick of the file system's clock older than that start (see `FileStamp.isSettled`)
    /// describes the bytes that were hashed: any later edit gets later times, and another stamp.
    /// A stamp younger than that may hide a second edit in the same tick, and its source is read
    /// and hashed again. Keeping the time out of the file's contents keeps two builds of the same
    /// sources byte-identical. Nil when there is no cache.
    static func stampTime(in output: OutputDirectory) -> Int? {
        FileStamp(path: output.path + "/" + fileName)?.modified
    }

    /// Sets the cache's stamp time to `time` (nanoseconds since 1970), or removes the cache when
    /// that fails: a cache with a later time than it is good for could pass off a source edited
    /// twice in one tick as unchanged.
    static func setStampTime(_ time: Int, in output: OutputDirectory) {
        let path = output.path + "/" + fileName
        let (seconds, nanoseconds) = time.quotientAndRemainder(dividingBy: 1_000_000_000)
        let moment = nanoseconds < 0 ? timespec(tv_sec: seconds - 1, tv_nsec: nanoseconds + 1_000_000_000)
                                     : timespec(tv_sec: seconds, tv_nsec: nanoseconds)
        // Access and modification time alike; only the latter is read.
        if utimensat(AT_FDCWD, path, [moment, moment], 0) != 0 { unlink(path) }
    }
}
