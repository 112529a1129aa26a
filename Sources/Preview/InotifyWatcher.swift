#if canImport(Glibc)
import Foundation
import Glibc

/// Waits for changes with Linux's inotify: the kernel reports writes, creations, deletions and
/// renames in the watched folders, so an idle preview costs no CPU.
///
/// A folder is watched with all its subfolders (hidden ones and the output folder left out); a
/// file is watched through its folder, keeping only events that name it. Hidden files (editor
/// swap files) never count.
final class InotifyWatcher: @unchecked Sendable {
    private let descriptor: Int32
    /// For each watch, the names that count in it; nil: every name.
    private var names: [Int32: Set<String>?] = [:]
    private let lock = NSLock()
    private var stopped = false

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY
                                     | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches `paths` (files or folders), skipping `excluded`; nil when inotify cannot be used.
    init?(paths: [URL], excluded: URL) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let manager = FileManager.default
        for path in paths.map(\.standardizedFileURL) {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: path.path, isDirectory: &isDirectory), isDirectory.boolValue {
                for folder in [path] + ProjectWatcher.subfolders(of: path, excluded: excluded) { add(folder.path, name: nil) }
            } else {
                add(path.deletingLastPathComponent().path, name: path.lastPathComponent)
            }
        }
        guard !names.isEmpty else { close(descriptor); return nil }
    }

    deinit { close(descriptor) }

    private func add(_ folder: String, name: String?) {
        let watch = inotify_add_watch(descriptor, folder, InotifyWatcher.mask)
        guard watch >= 0 else { return }
        switch (names[watch], name) {
        case (.some(.none), _): break
        case (_, .none): names[watch] = .some(nil)
        case (.some(.some(let known)), .some(let name)): names[watch] = known.union([name])
        case (.none, .some(let name)): names[watch] = [name]
        }
    }

    /// Returns when a watched file changes (after the burst of events one save makes has settled),
    /// or when the task is cancelled.
    func nextChange() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let thread = Thread { [self] in
                    while !isStopped, !waitForEvent(milliseconds: 500) {}
                    while !isStopped, waitForEvent(milliseconds: 40) {}
                    continuation.resume()
                }
                thread.start()
            }
        } onCancel: {
            stop()
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// Waits up to `milliseconds` for events; true when one of them counts.
    private func waitForEvent(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return false }
        var counts = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            counts = counts || buffer.withUnsafeBytes { relevant($0.prefix(count)) }
        }
        return counts
    }

    /// Whether any event in `bytes` names a file that counts.
    private func relevant(_ bytes: Slice<UnsafeRawBufferPointer>) -> Bool {
        let header = MemoryLayout<inotify_event>.size
        var offset = bytes.startIndex
        while offset + header <= bytes.endIndex {
            let watch = bytes.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: Int32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset - bytes.startIndex + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + header)..<min(offset + header + length, bytes.endIndex)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            guard !name.hasPrefix(".") else { continue }
            switch names[watch] {
            case .some(.some(let wanted)): if wanted.contains(name) { return true }
            default: return true
            }
        }
        return false
    }
}
#endif
