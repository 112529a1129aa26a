import Appraisal
import Foundation
import Testing

/// `appraise.yaml` is read like front matter: defaults, located errors, warnings with suggestions.
struct SiteConfigurationTests {
    @Test func everyFieldIsRead() {
        let (configuration, diagnostics) = SiteConfiguration.parse("""
            title: Journal club
            description: Appraisals from the Tuesday club
            base_url: https://example.org/cats
            language: de-CH
            style: BMJ
            """, file: "appraise.yaml")
        #expect(diagnostics.isEmpty)
        #expect(configuration.title == "Journal club")
        #expect(configuration.description == "Appraisals from the Tuesday club")
        #expect(configuration.baseURL == "https://example.org/cats/")
        #expect(configuration.language == "de-CH")
        #expect(configuration.numberStyle == "bmj")
    }

    @Test func anEmptyFileMeansTheDefaults() {
        let (configuration, diagnostics) = SiteConfiguration.parse("", file: "appraise.yaml")
        #expect(diagnostics.isEmpty)
        #expect(configuration == SiteConfiguration())
    }

    @Test func unknownKeysAreWarningsWithASuggestion() {
        let (_, diagnostics) = SiteConfiguration.parse("title: T\nbase_ulr: https://example.org/\n", file: "appraise.yaml")
        #expect(diagnostics.map(\.headline) == ["appraise.yaml:2:1: warning: unknown key 'base_ulr' in site configuration"])
        #expect(diagnostics.first?.hint == "did you mean 'base_url'?")
        #expect(diagnostics.first?.code == "site-configuration-unknown-key")
    }

    @Test func wrongTypesAndBadValuesAreLocatedErrors() {
        let (configuration, diagnostics) = SiteConfiguration.parse("""
            title: [a, b]
            base_url: example.org/cats
            style: vancouver
            language: "en US"
            """, file: "appraise.yaml")
        #expect(diagnostics.map(\.headline) == [
            "appraise.yaml:1:8: error: 'title' must be text, not a list",
            "appraise.yaml:2:11: error: 'example.org/cats' is not an absolute http or https address",
            "appraise.yaml:3:8: error: unknown number style 'vancouver'",
            "appraise.yaml:4:11: error: 'en US' is not a language tag",
        ])
        #expect(configuration.title == nil && configuration.baseURL == nil)
    }

    @Test func aMissingFileIsNotAnError() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-config-\(UUID().uuidString)")
        let (configuration, diagnostics) = SiteConfiguration.load(projectRoot: folder)
        #expect(diagnostics.isEmpty && configuration == SiteConfiguration())
    }

    @Test func theBuildDateComesFromSourceDateEpoch() {
        #expect(BuildDate.current(environment: ["SOURCE_DATE_EPOCH": "0"]).description == "1970-01-01")
        #expect(BuildDate.current(environment: ["SOURCE_DATE_EPOCH": "951782400"]).description == "2000-02-29")
        #expect(BuildDate.current(environment: ["SOURCE_DATE_EPOCH": "1735689599"]).description == "2024-12-31")
        #expect(BuildDate.current(environment: ["SOURCE_DATE_EPOCH": "1735689600"]).description == "2025-01-01")
        let now = Date(timeIntervalSince1970: 1_600_000_000)
        #expect(BuildDate.current(environment: ["SOURCE_DATE_EPOCH": "soon"], now: now).description == "2020-09-13")
        #expect(ISODate("2020-01-01")!.isExpired(on: ISODate("2020-01-02")!))
        #expect(!ISODate("2020-01-01")!.isExpired(on: ISODate("2020-01-01")!))
    }
}
