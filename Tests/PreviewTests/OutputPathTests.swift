import Foundation
import Preview
import Testing

/// The preview server never serves a file outside the output folder.
struct OutputPathTests {
    static func site() throws -> (URL, URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-serve-\(UUID().uuidString)")
        let output = base.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("tags"), withIntermediateDirectories: true)
        try Data("index".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("tag".utf8).write(to: output.appendingPathComponent("tags/a b.html"))
        try Data(".manifest".utf8).write(to: output.appendingPathComponent(".appraise-manifest"))
        try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("escape.txt"),
                                                   withDestinationURL: base.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("up"), withDestinationURL: base)
        return (base, output)
    }

    @Test func filesInsideAreServed() throws {
        let (base, output) = try Self.site()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(OutputPath.resolve("/", in: output)?.lastPathComponent == "index.html")
        #expect(OutputPath.resolve("/index.html?x=1", in: output)?.lastPathComponent == "index.html")
        #expect(OutputPath.resolve("/tags/a%20b.html", in: output)?.lastPathComponent == "a b.html")
        #expect(OutputPath.resolve("/tags/", in: output) == nil, "a folder without an index")
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/tags/..%2f..%2fsecret.txt", "/..%5csecret.txt",
        "/escape.txt", "/up/secret.txt", "/.appraise-manifest", "/index.html%00.txt", "secret.txt", "/missing.html",
    ])
    func pathsLeavingTheOutputAreRefused(_ path: String) throws {
        let (base, output) = try Self.site()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(OutputPath.resolve(path, in: output) == nil)
    }

    @Test func theReloadScriptGoesBeforeTheBodyEnds() {
        let page = ReloadScript.inject(into: Data("<html><body><p>x</p></body></html>".utf8))
        let text = String(decoding: page, as: UTF8.self)
        #expect(text.contains(ReloadScript.versionPath))
        #expect(text.hasSuffix("</script>\n</body></html>"))
    }

    @Test func onlyLoopbackCountsAsLoopback() {
        #expect(PreviewServer.isLoopback("127.0.0.1") && PreviewServer.isLoopback("localhost") && PreviewServer.isLoopback("::1"))
        #expect(!PreviewServer.isLoopback("0.0.0.0") && !PreviewServer.isLoopback("192.168.1.2"))
    }
}
