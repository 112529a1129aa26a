import Foundation
#if canImport(Glibc)
import Glibc
#endif
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

    static func fetch(_ url: URL, method: String) async throws -> (HTTPURLResponse?, Data) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.timeoutInterval = 5
        let (data, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse, data)
    }

    /// Sends `request` as raw bytes over TCP to loopback `port` and returns what comes back
    /// before the server closes the connection: for requests no HTTP client would send.
    static func raw(_ request: String, port: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        _ = Array(request.utf8).withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        return String(decoding: received, as: UTF8.self)
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
        let (head, headBody) = try await Self.fetch(base.appendingPathComponent("index.html"), method: "HEAD")
        #expect(head?.statusCode == 200 && headBody.isEmpty)
        #expect(head?.value(forHTTPHeaderField: "Content-Length") == String(index.utf8.count), "HEAD gives GET's length")
        #expect(head?.value(forHTTPHeaderField: "Cache-Control") == "no-store")
        let (posted, _) = try await Self.fetch(base, method: "POST")
        #expect(posted?.statusCode == 405 && posted?.value(forHTTPHeaderField: "Allow") == "GET, HEAD")
        let port = try #require(base.port)
        #expect(try Self.raw("GARBAGE \u{1}\r\n\r\n", port: port).hasPrefix("HTTP/1.1 400"), "a malformed request is refused")
        let twoInOne = try Self.raw("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\nGET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                    port: port)
        #expect(twoInOne.hasPrefix("HTTP/1.1 200") && twoInOne.contains("HTTP/1.1 404"), "requests on one connection are answered in turn")
        #expect(try await Self.fetch(base).0 == 200, "and the server goes on serving")
        let second = try CommandLineTests.run(["serve", "--port", String(port)], in: folder)
        #expect(second.status == 1)
        #expect(second.standardError.contains("error: cannot serve on 127.0.0.1:\(port): address already in use"), "\(second.standardError)")
        #expect(second.standardError.contains("--port 0"), "a taken port comes with a hint")
        let unknown = try CommandLineTests.run(["serve", "--host", "no-such-host.invalid", "--port", "0"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("error: cannot serve on no-such-host.invalid:0: 'no-such-host.invalid' is not an IP address"),
                "\(unknown.standardError)")

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
        // The counter moves once the build has returned, just after the page is written.
        let told = try await Self.eventually(within: 5) {
            try await Self.fetch(base.appendingPathComponent("__appraise/version")).1 != version
        }
        #expect(told, "open pages are told to reload")
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
