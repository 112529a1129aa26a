import Foundation

/// Something that tells when a watched file changes.
protocol ChangeWatcher: Sendable {
    /// Returns when a watched file has changed since the watcher was made, or the task is cancelled.
    func nextChange() async
}

#if canImport(Glibc)
extension InotifyWatcher: ChangeWatcher {}
#endif

/// Polls the watched paths where inotify is not available.
struct PollingWatcher: ChangeWatcher {
    /// The paths and how to look at them.
    let watcher: ProjectWatcher
    /// How long to wait between looks.
    let interval: Duration
    /// The first look, made when the watcher is.
    let first: [String: String]

    /// Takes the first look now.
    init(watcher: ProjectWatcher, interval: Duration) {
        self.watcher = watcher
        self.interval = interval
        first = watcher.snapshot()
    }

    /// Returns once a look differs from the first one.
    func nextChange() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if watcher.snapshot() != first { return }
        }
    }
}
