import Foundation

/// What the preview server answers to one request, whatever carries it over HTTP.
public struct PreviewResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The `Content-Type` header.
    public var contentType: String
    /// The body, also measured for `Content-Length` when the method is `HEAD`.
    public var body: Data
    /// Other headers, in the order sent.
    public var headers: [(name: String, value: String)] = []

    /// Creates a response.
    public init(status: Int, contentType: String, body: Data, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    /// The answer to `method` on `rawPath` (as sent, percent-encoded, perhaps with a query): the build
    /// number at the reload script's path, a file of `output` for `GET` and `HEAD`, else an error.
    public static func answer(method: String, rawPath: String, output: URL, build: Int) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return PreviewResponse(status: 405, contentType: "text/plain; charset=utf-8", body: Data("only GET and HEAD\n".utf8),
                                   headers: [("Allow", "GET, HEAD")])
        }
        if asksForBuildNumber(rawPath) {
            return PreviewResponse(status: 200, contentType: "text/plain", body: Data(String(build).utf8), headers: noStore)
        }
        return file(for: rawPath, in: output)
    }

    /// Whether `rawPath` is the reload script's path, which is answered before the first build too.
    public static func asksForBuildNumber(_ rawPath: String) -> Bool {
        rawPath.prefix { $0 != "?" && $0 != "#" } == ReloadScript.versionPath
    }

    /// The response for a request path: the file (HTML with the reload script), or 404.
    public static func file(for rawPath: String, in output: URL) -> PreviewResponse {
        guard let url = OutputPath.resolve(rawPath, in: output), var data = try? Data(contentsOf: url) else {
            return PreviewResponse(status: 404, contentType: "text/plain; charset=utf-8", body: Data("not found\n".utf8))
        }
        let type = OutputPath.contentType(of: url)
        if type.hasPrefix("text/html") { data = ReloadScript.inject(into: data) }
        return PreviewResponse(status: 200, contentType: type, body: data, headers: noStore)
    }

    /// Every page and the build number are fetched anew: a preview is only ever the latest build.
    private static let noStore = [(name: "Cache-Control", value: "no-store")]
}
