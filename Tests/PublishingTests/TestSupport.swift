import Appraisal
import Foundation
@testable import Publishing
import Testing

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ text: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(relative)), as: UTF8.self)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Every file below `relative`, as paths relative to it, sorted.
    func files(under relative: String) -> [String] {
        let base = url.appendingPathComponent(relative).standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

enum Fixtures {
    static func builtInTemplates() throws -> TemplateSet {
        switch TemplateSet.builtIn() {
        case .success(let templates): return templates
        case .failure(let problems): throw problems
        }
    }

    static func appraisal(title: String, date: String, body: String = "Body text.\n", extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)---\n\(body)"
    }

    /// A fixed build day, after the everything fixture's `expires` date, so pages never depend on the clock.
    static let buildDay = ISODate("2026-01-01") ?? BuildDate.day(ofSecondsSince1970: 0)

    /// Site settings with the fixed build day.
    static let site = SiteSettings(buildDate: buildDay)

    /// Builds `sources` (relative paths in `folder`) into `folder/output`.
    static func build(_ folder: TemporaryFolder, templates: TemplateSet? = nil, site: SiteSettings = testSite,
                      toolVersion: String = "test", incremental: Bool = true,
                      paths: [String] = ["appraisals"], fileStampMargin: Int? = nil) async throws -> SiteBuilder.Result {
        let (references, missing) = SourceDiscovery.find(paths, workingDirectory: folder.url)
        #expect(missing.isEmpty)
        let renderer = ReportRenderer(templates: try templates ?? builtInTemplates(), site: site)
        let output = OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
        var builder = SiteBuilder(renderer: renderer, projectRoot: folder.url)
        builder.toolVersion = toolVersion
        builder.incremental = incremental
        if let fileStampMargin { builder.fileStampMargin = fileStampMargin }
        return await builder.build(references, into: output)
    }

    /// Default settings with a fixed build date, so expiry badges do not depend on today.
    static let testSite = SiteSettings(buildDate: BuildDate.day(ofSecondsSince1970: 1_577_836_800))
}
