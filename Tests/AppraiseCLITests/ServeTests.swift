import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `appraise serve` as a user runs it: builds, serves on loopback, rebuilds on save, stops.
@Suite(.timeLimit(.minutes(1)))
struct ServeTests {
    /// Standard error of a running process, collected as it arrives.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func append(_ more: Data) {
            lock.lock()
            data.append(more)
            lock.unlock()
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }
    }

    static func fetch(_ url: URL) async throws -> (Int, String) {
        var request = URLRequest(url: url)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        request.timeoutInterval = 5
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `condition` every 50 ms until it holds or `seconds` pass.
    static func eventually(within seconds: Double, _ condition: () async throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test func servesRebuildsOnSaveAndStops() async throws {
        let folder = try CommandLineTests.project([
            "appraisals/first.md": "---\ntitle: First version\ndate: 2018-09-12\n---\nOriginal body.\n",
            "appraisals/second.md": "---\ntitle: Second\ndate: 2018-09-12\ntitel: typo\n---\n# Fine\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = try CommandLineTests.executable()
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        let collected = Collected()
        errors.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            errors.fileHandleForReading.readabilityHandler = nil
        }
        var address: String?
        let listening = await Self.eventually(within: 20) {
            address = collected.text.firstMatch(of: /serving output\/ at (http:\/\/127\.0\.0\.1:\d+\/)/).map { String($0.1) }
            return address != nil
        }
        #expect(listening, "no address in: \(collected.text)")
        #expect(collected.text.hasPrefix("serving output/ at http://127.0.0.1:"), "the address comes first")
        let base = try #require(address.flatMap(URL.init(string:)))

        let (status, index) = try await Self.fetch(base)
        #expect(status == 200)
        #expect(index.contains("First version"))
        #expect(index.contains("/__appraise/version"), "the reload script is injected when served")
        #expect(!(try String(contentsOf: folder.appendingPathComponent("output/index.html"), encoding: .utf8)).contains("__appraise"),
                "but never written to the built files")
        let (_, version) = try await Self.fetch(base.appendingPathComponent("__appraise/version"))
        let (refused, _) = try await Self.fetch(try #require(URL(string: "\(base)%2e%2e/appraisals/first.md")))
        #expect(refused == 404)

        try Data("notes\n".utf8).write(to: folder.appendingPathComponent("notes.md"))
        try await Task.sleep(for: .milliseconds(800))
        #expect(try await Self.fetch(base.appendingPathComponent("__appraise/version")).1 == version, "files outside the watched paths are not watched")

        let before = collected.text.count
        let saved = Date()
        try Data("---\ntitle: Second version\ndate: 2018-09-12\n---\nEdited body.\n".utf8)
            .write(to: folder.appendingPathComponent("appraisals/first.md"))
        let changed = try await Self.eventually(within: 10) {
            try await Self.fetch(base.appendingPathComponent("first.html")).1.contains("Edited body.")
        }
        #expect(changed)
        print("serve: page changed \(Int(Date().timeIntervalSince(saved) * 1000)) ms after the save")
        #expect(try await Self.fetch(base.appendingPathComponent("__appraise/version")).1 != version, "open pages are told to reload")
        _ = await Self.eventually(within: 5) { collected.text.dropFirst(before).contains("built ") }
        let rebuilt = String(collected.text.dropFirst(before))
        #expect(rebuilt.contains("built 2 of 2") && !rebuilt.contains("second.md"), "only the findings of what changed: \(rebuilt)")

        try Data("---\ntitle: Broken\ndate: 2018-13-45\n---\nBody\n".utf8).write(to: folder.appendingPathComponent("appraisals/first.md"))
        let showsErrors = try await Self.eventually(within: 10) {
            try await Self.fetch(base.appendingPathComponent("first.html")).1.contains("&#39;date&#39; must be a date")
        }
        #expect(showsErrors, "a file with errors shows its diagnostics in the page")

        process.terminate()
        let stopped = await Self.eventually(within: 10) { !process.isRunning }
        #expect(stopped)
    }
}

/// `serve` watches the data files a source reads, though they are outside the watched paths.
@Suite(.timeLimit(.minutes(1)))
struct ServeDataFileTests {
    @Test func changingADataFileOutsideTheSourcesRebuildsThePage() async throws {
        let source = "---\ntitle: Survival\ndate: 2019-01-01\n---\nEvents: {{ relapse.a.events }}.\n\n```data relapse\ntype: survival\nfile: ../data/relapses.csv\n```\n"
        let folder = try CommandLineTests.project([
            "appraisals/survival.md": source, "data/relapses.csv": "group,time,event\nA,6,1\nA,13,0\nB,3,1\nB,5,1\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = try CommandLineTests.executable()
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        let collected = ServeTests.Collected()
        errors.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            errors.fileHandleForReading.readabilityHandler = nil
        }
        var address: String?
        _ = await ServeTests.eventually(within: 20) {
            address = collected.text.firstMatch(of: /at (http:\/\/127\.0\.0\.1:\d+\/)/).map { String($0.1) }
            return address != nil
        }
        let base = try #require(address.flatMap(URL.init(string:)))
        let page = base.appendingPathComponent("survival.html")
        #expect(try await ServeTests.fetch(page).1.contains("Events: <span class=\"value\">1</span>."), "\(collected.text)")
        try Data("group,time,event\nA,6,1\nA,13,1\nB,3,1\nB,5,1\n".utf8).write(to: folder.appendingPathComponent("data/relapses.csv"))
        let changed = try await ServeTests.eventually(within: 10) {
            try await ServeTests.fetch(page).1.contains("Events: <span class=\"value\">2</span>.")
        }
        #expect(changed, "\(collected.text)")
    }
}
