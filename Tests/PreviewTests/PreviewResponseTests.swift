import Foundation
import Preview
import Testing

/// What the preview server answers, apart from the HTTP that carries it.
struct PreviewResponseTests {
    @Test func pagesGetTheReloadScriptAndAreNeverCached() throws {
        let (base, output) = try OutputPathTests.site()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("<html><body>page</body></html>".utf8).write(to: output.appendingPathComponent("page.html"))
        let page = PreviewResponse.answer(method: "GET", rawPath: "/page.html?from=index", output: output, build: 3)
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(String(decoding: page.body, as: UTF8.self).contains(ReloadScript.versionPath))
        #expect(page.headers.contains { $0.name == "Cache-Control" && $0.value == "no-store" })
        let head = PreviewResponse.answer(method: "HEAD", rawPath: "/page.html", output: output, build: 3)
        #expect(head.status == 200 && head.body == page.body, "HEAD measures the body GET would send")
    }

    @Test func theBuildNumberIsAnsweredAtTheScriptsPath() {
        let output = URL(fileURLWithPath: "/nonexistent-appraise-output")
        for path in [ReloadScript.versionPath, ReloadScript.versionPath + "?t=1"] {
            let answer = PreviewResponse.answer(method: "GET", rawPath: path, output: output, build: 7)
            #expect(answer.status == 200 && String(decoding: answer.body, as: UTF8.self) == "7")
            #expect(PreviewResponse.asksForBuildNumber(path))
        }
        #expect(!PreviewResponse.asksForBuildNumber(ReloadScript.versionPath + "s"))
        #expect(!PreviewResponse.asksForBuildNumber("/index.html"))
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "OPTIONS", "get"])
    func onlyGetAndHeadAreAllowed(method: String) {
        let answer = PreviewResponse.answer(method: method, rawPath: "/", output: URL(fileURLWithPath: "/"), build: 0)
        #expect(answer.status == 405)
        #expect(answer.headers.contains { $0.name == "Allow" && $0.value == "GET, HEAD" })
    }

    @Test func refusedAndMissingPathsAre404() throws {
        let (base, output) = try OutputPathTests.site()
        defer { try? FileManager.default.removeItem(at: base) }
        for path in ["/../secret.txt", "/missing.html", "not-a-path"] {
            let answer = PreviewResponse.answer(method: "GET", rawPath: path, output: output, build: 0)
            #expect(answer.status == 404 && answer.contentType == "text/plain; charset=utf-8")
        }
    }
}
