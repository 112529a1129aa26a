import FlyingFox
import Foundation

/// The preview server: serves the output folder over HTTP on loopback, rebuilds when a watched
/// file changes, and tells open pages to reload.
public struct PreviewServer: Sendable {
    /// Where and what to serve.
    public struct Configuration: Sendable {
        /// The address to bind: `127.0.0.1` unless the user asks otherwise.
        public var host = "127.0.0.1"
        /// The port; 0 picks a free one.
        public var port: UInt16 = 8000
        /// The built site.
        public var output: URL
        /// Sources, templates and configuration.
        public var watched: [URL]
        /// How often the watched files are looked at where inotify is not available.
        public var pollInterval: Duration = .milliseconds(300)

        /// A configuration serving `output` and watching `watched`.
        public init(output: URL, watched: [URL]) {
            self.output = output
            self.watched = watched
        }
    }

    /// The settings.
    public let configuration: Configuration
    /// Builds the site (incrementally); called once at start and after every change. Returns the
    /// files the build read besides the watched paths (data files), to be watched as well.
    public let rebuild: @Sendable () async -> [URL]

    /// A server that calls `rebuild` to build.
    public init(configuration: Configuration, rebuild: @escaping @Sendable () async -> [URL]) {
        self.configuration = configuration
        self.rebuild = rebuild
    }

    /// Whether `host` names this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Serves, builds and watches until the task is cancelled; `listening` receives the address
    /// first, before the first build (requests wait for it).
    public func run(listening: @escaping @Sendable (String) -> Void) async throws {
        let builds = BuildCounter()
        let server = try await makeServer(builds: builds)
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            serving.cancel()
            _ = try? await serving.value
            throw error
        }
        let port: UInt16 = switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): port
        default: configuration.port
        }
        let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        listening("http://\(shownHost):\(port)/")
        var read: [URL] = []
        var first = true
        while !Task.isCancelled {
            let watched = configuration.watched + read
            let before = ProjectWatcher(paths: watched, excluded: configuration.output).snapshot()
            read = await rebuild()
            if first { await builds.markReady() } else { await builds.increment() }
            first = false
            let watcher = changeWatcher(for: configuration.watched + read)
            // A save during the build is not lost: the files are compared with the look before it.
            guard ProjectWatcher(paths: watched, excluded: configuration.output).snapshot() == before else { continue }
            await watcher.nextChange()
        }
        await server.stop(timeout: 1)
        serving.cancel()
    }

    /// A watcher of `paths` from now on: inotify where it can be used, else polling them.
    private func changeWatcher(for paths: [URL]) -> any ChangeWatcher {
        #if canImport(Glibc)
        if let watcher = InotifyWatcher(paths: paths, excluded: configuration.output) { return watcher }
        #endif
        return PollingWatcher(watcher: ProjectWatcher(paths: paths, excluded: configuration.output), interval: configuration.pollInterval)
    }

    private func makeServer(builds: BuildCounter) async throws -> HTTPServer {
        let host = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
        let output = configuration.output
        let server: HTTPServer
        if host.contains(":") {
            server = HTTPServer(address: try .inet6(ip6: host, port: configuration.port), logger: .disabled)
        } else {
            server = HTTPServer(address: try .inet(ip4: host, port: configuration.port), logger: .disabled)
        }
        await server.appendRoute(HTTPRoute(methods: [.GET], path: ReloadScript.versionPath)) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                         body: Data(String(await builds.value).utf8))
        }
        await server.appendRoute("GET,HEAD *") { request in
            await builds.waitUntilReady()
            return PreviewServer.file(for: request.target.path(percentEncoded: true), in: output)
        }
        return server
    }

    /// The response for a request path: the file (HTML with the reload script), or 404.
    static func file(for rawPath: String, in output: URL) -> HTTPResponse {
        guard let url = OutputPath.resolve(rawPath, in: output), var data = try? Data(contentsOf: url) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: Data("not found\n".utf8))
        }
        let type = OutputPath.contentType(of: url)
        if type.hasPrefix("text/html") { data = ReloadScript.inject(into: data) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }
}

/// How many rebuilds have happened, which the pages poll.
actor BuildCounter {
    private(set) var value = 0
    private var ready = false

    func increment() { value += 1 }

    /// Lets requests through once the first build is written.
    func markReady() { ready = true }

    /// Returns once the first build is written.
    func waitUntilReady() async {
        while !ready { try? await Task.sleep(for: .milliseconds(20)) }
    }
}
