import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

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
        let server = try await bind()
        let port = server.channel.localAddress?.port ?? Int(configuration.port)
        let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        listening("http://\(shownHost):\(port)/")
        let output = configuration.output
        let serving = Task { await PreviewServer.accept(server, output: output, builds: builds) }
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
        try? await server.channel.close()
        serving.cancel()
        await serving.value
    }

    /// A watcher of `paths` from now on: inotify where it can be used, else polling them.
    private func changeWatcher(for paths: [URL]) -> any ChangeWatcher {
        #if canImport(Glibc)
        if let watcher = InotifyWatcher(paths: paths, excluded: configuration.output) { return watcher }
        #endif
        return PollingWatcher(watcher: ProjectWatcher(paths: paths, excluded: configuration.output), interval: configuration.pollInterval)
    }

    /// A connection's HTTP/1.1 messages, parsed and framed by SwiftNIO.
    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// The listening socket, each accepted connection decoded as HTTP/1.1 (malformed requests
    /// are answered 400 by SwiftNIO's error handler before they reach `serve`).
    private func bind() async throws -> NIOAsyncChannel<Connection, Never> {
        let host = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
        do {
            return try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: host, port: Int(configuration.port)) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        return try Connection(wrappingChannelSynchronously: channel)
                    }
                }
        } catch let error as IOError {
            throw CannotListen(reason: String(cString: strerror(error.errnoCode)).lowercased(),
                               portIsTaken: error.errnoCode == EADDRINUSE)
        } catch is SocketAddressError.UnknownHost {
            throw CannotListen(reason: "'\(host)' is not an IP address or a host name this machine can look up", portIsTaken: false)
        }
    }

    /// Why the server could not listen, in words for the command line.
    public struct CannotListen: Error, CustomStringConvertible {
        /// The system's reason, such as "address already in use".
        public var reason: String
        /// Whether another program holds the port, which `--port` (or `--port 0`) gets around.
        public var portIsTaken: Bool

        /// The reason, as the command line prints it after the address.
        public var description: String { reason }
    }

    /// Accepts connections until the listening socket closes, each served in a task of its own.
    private static func accept(_ server: NIOAsyncChannel<Connection, Never>, output: URL, builds: BuildCounter) async {
        await withDiscardingTaskGroup { group in
            try? await server.executeThenClose { connections in
                for try await connection in connections {
                    group.addTask { await serve(connection, output: output, builds: builds) }
                }
            }
        }
    }

    /// Answers each request on `connection` in turn, until the client closes it or an error.
    private static func serve(_ connection: Connection, output: URL, builds: BuildCounter) async {
        try? await connection.executeThenClose { requests, responses in
            for try await part in requests {
                guard case .head(let request) = part else { continue }
                if !PreviewResponse.asksForBuildNumber(request.uri) { await builds.waitUntilReady() }
                let answer = PreviewResponse.answer(method: request.method.rawValue, rawPath: request.uri, output: output,
                                                    build: await builds.value)
                var headers = HTTPHeaders([("Content-Type", answer.contentType), ("Content-Length", String(answer.body.count))])
                headers.add(contentsOf: answer.headers.map { ($0.name, $0.value) })
                if !request.isKeepAlive { headers.add(name: "Connection", value: "close") }
                let head = HTTPResponseHead(version: request.version, status: HTTPResponseStatus(statusCode: answer.status), headers: headers)
                try await responses.write(.head(head))
                if request.method != .HEAD { try await responses.write(.body(.byteBuffer(ByteBuffer(bytes: answer.body)))) }
                try await responses.write(.end(nil))
                if !request.isKeepAlive { return }
            }
        }
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
        while !ready, !Task.isCancelled { try? await Task.sleep(for: .milliseconds(20)) }
    }
}
