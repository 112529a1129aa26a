import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says of a file without reading it: its size and the times its contents
/// and its record last changed, to the nanosecond.
///
/// A rebuild that finds a source's stamp as the cache recorded it takes the recorded content hash
/// instead of reading and hashing the file again, as git does with its index (and, as git does,
/// only once the stamp is older than the cache's writing by more than a tick of the clock: see
/// `BuildCache.stampTime(in:)`). The status-change time (`ctime`) cannot be set back by a program
/// the way the modification time can, so a file rewritten with the same size and its old
/// modification time still shows. The hash stays the truth: a stamp that differs only means the
/// file is read and hashed.
struct FileStamp: Codable, Equatable, Sendable {
    /// The file's size in bytes.
    var size: Int
    /// When its contents last changed (`mtime`), in nanoseconds since 1970.
    var modified: Int
    /// When its contents or its record last changed (`ctime`), in nanoseconds since 1970.
    var changed: Int

    /// The stamp of the file at `path` (following links); nil when there is none or it is not a
    /// regular file.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        size = Int(info.st_size)
        #if canImport(Darwin)
        modified = FileStamp.nanoseconds(info.st_mtimespec)
        changed = FileStamp.nanoseconds(info.st_ctimespec)
        #else
        modified = FileStamp.nanoseconds(info.st_mtim)
        changed = FileStamp.nanoseconds(info.st_ctim)
        #endif
    }

    /// A stamp with the given values.
    init(size: Int, modified: Int, changed: Int) {
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// Whether both times are at least `margin` nanoseconds before `time`: a file edited again
    /// within the same tick of the file system's clock (which may be coarse: milliseconds, or two
    /// seconds on FAT) would keep its times, so a stamp only vouches for bytes read once its tick
    /// was well past.
    func isSettled(at time: Int, margin: Int) -> Bool {
        let (limit, overflow) = time.subtractingReportingOverflow(margin)
        return !overflow && margin >= 0 && max(modified, changed) <= limit
    }

    /// The wall clock now, in nanoseconds since 1970: the clock file times are stamped with.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int {
        let (seconds, overflow) = Int(time.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? (time.tv_sec < 0 ? .min : .max) : seconds &+ Int(time.tv_nsec)
    }
}
