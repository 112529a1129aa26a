import Foundation
@testable import Preview
import Testing

/// The watchers see a change to a watched file and nothing else.
@Suite(.timeLimit(.minutes(1)))
struct WatcherTests {
    static func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("appraisals/sub"), withIntermediateDirectories: true)
        try Data("title: x\n".utf8).write(to: root.appendingPathComponent("appraise.yaml"))
        try Data("# a\n".utf8).write(to: root.appendingPathComponent("appraisals/sub/a.md"))
        return root
    }

    /// Whether `watcher` reports a change within `milliseconds` after `change` runs.
    static func notices(_ watcher: any ChangeWatcher, within milliseconds: Int, after change: () throws -> Void) async throws -> Bool {
        let waiting = Task { await watcher.nextChange(); return true }
        try await Task.sleep(for: .milliseconds(50))
        try change()
        let timeout = Task { try await Task.sleep(for: .milliseconds(milliseconds)); waiting.cancel() }
        defer { timeout.cancel() }
        _ = await waiting.value
        return !waiting.isCancelled
    }

    static func watchers(_ root: URL) -> [any ChangeWatcher] {
        let paths = [root.appendingPathComponent("appraisals"), root.appendingPathComponent("appraise.yaml")]
        let output = root.appendingPathComponent("output")
        var all: [any ChangeWatcher] = [PollingWatcher(watcher: ProjectWatcher(paths: paths, excluded: output), interval: .milliseconds(20))]
        #if canImport(Glibc)
        if let inotify = InotifyWatcher(paths: paths, excluded: output) { all.append(inotify) }
        #endif
        return all
    }

    @Test func aSavedSourceInASubfolderIsNoticed() async throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        for index in Self.watchers(root).indices {
            let watcher = Self.watchers(root)[index]
            let noticed = try await Self.notices(watcher, within: 3000) {
                try Data("# b\n".utf8).write(to: root.appendingPathComponent("appraisals/sub/a.md"))
            }
            #expect(noticed, "\(type(of: watcher))")
        }
        #expect(Self.watchers(root).count == 2, "inotify is available on Linux")
    }

    @Test func otherFilesBesideTheConfigurationAreNotWatched() async throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        for index in Self.watchers(root).indices {
            let watcher = Self.watchers(root)[index]
            let noticed = try await Self.notices(watcher, within: 400) {
                try Data("notes\n".utf8).write(to: root.appendingPathComponent("notes.md"))
                try Data("swap\n".utf8).write(to: root.appendingPathComponent("appraisals/.a.md.swp"))
            }
            #expect(!noticed, "\(type(of: watcher))")
            let saved = try await Self.notices(watcher, within: 3000) {
                try Data("title: y\n".utf8).write(to: root.appendingPathComponent("appraise.yaml"))
            }
            #expect(saved, "\(type(of: watcher))")
        }
    }
}
