import Appraisal
import Markdown
import Testing

/// Evidence levels per scale, and the build day that expiry is compared with.
struct EvidenceLevelTests {
    static func evidence(_ yaml: String) -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: "appraisals/x.md", text: "---\ntitle: T\ndate: 2018-09-12\nevidence: \(yaml)\n---\n"))
    }

    @Test(arguments: [
        ("{scale: sort, level: 2, strength: b}", "SORT level 2 · strength B", "evidence-sort-2"),
        ("{scale: SORT, level: 1}", "SORT level 1", "evidence-sort-1"),
        ("{scale: oxford, level: 5}", "Oxford CEBM 2011 level 5", "evidence-oxford-5"),
        ("{scale: cebm, level: 3}", "Oxford CEBM 2011 level 3", "evidence-oxford-3"),
        ("{scale: grade, level: Very low}", "GRADE certainty: very low", "evidence-grade-very-low"),
        ("{scale: grade, level: moderate}", "GRADE certainty: moderate", "evidence-grade-moderate"),
    ])
    func validLevels(_ yaml: String, _ badge: String, _ badgeClass: String) throws {
        let source = Self.evidence(yaml)
        #expect(source.diagnostics.isEmpty)
        let level = try #require(source.frontMatter?.evidence)
        #expect(level.badge == badge)
        #expect(level.badgeClass == badgeClass)
    }

    @Test(arguments: [
        ("{scale: sort, level: 4}", "evidence-level", "'4' is not a level of SORT", "use one of: 1, 2, 3", 22),
        ("{scale: oxford, level: 6}", "evidence-level", "'6' is not a level of Oxford CEBM 2011", "use one of: 1, 2, 3, 4, 5", 24),
        ("{scale: grade, level: moderat}", "evidence-level", "'moderat' is not a level of GRADE", "did you mean 'moderate'?", 23),
        ("{scale: sortt, level: 2}", "evidence-scale", "unknown evidence scale 'sortt'", "did you mean 'sort'?", 9),
        ("{scale: sort, level: 2, strength: D}", "evidence-strength", "'D' is not a SORT strength", "use A, B or C", 35),
        ("{scale: grade, level: high, strength: A}", "evidence-strength", "GRADE has no strength of recommendation",
         "remove 'strength', or use scale: sort", 39),
    ])
    func invalidLevelsAreLocatedErrors(_ yaml: String, _ code: String, _ message: String, _ hint: String, _ column: Int) throws {
        let source = Self.evidence(yaml)
        let error = try #require(source.diagnostics.first)
        #expect(source.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.code == code)
        #expect(error.message == message)
        #expect(error.hint == hint)
        #expect(error.position == SourcePosition(line: 4, column: column + "evidence: ".count))
    }

    @Test(arguments: [(0, "1970-01-01"), (86_399, "1970-01-01"), (86_400, "1970-01-02"), (951_782_400, "2000-02-29"),
                      (1_767_225_599, "2025-12-31"), (1_767_225_600, "2026-01-01"), (-1, "1969-12-31")])
    func unixTimeToCalendarDay(_ seconds: Int, _ day: String) {
        #expect(BuildDate.day(ofSecondsSince1970: Int64(seconds)).description == day)
    }

    @Test func sourceDateEpochFixesTheBuildDay() {
        #expect(BuildDate.current(environment: ["SOURCE_DATE_EPOCH": "1536710400"]).description == "2018-09-12")
        #expect(BuildDate.current(environment: ["SOURCE_DATE_EPOCH": "not a number"]) > ISODate("2025-01-01") ?? BuildDate.day(ofSecondsSince1970: 0))
    }
}
