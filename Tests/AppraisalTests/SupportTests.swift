import Appraisal
import Markdown
import Testing
import TestRandom

struct SuggestionTests {
    @Test(arguments: [
        ("titel", ["title", "date"], ["title"]),
        ("bottomline", ["bottom_line", "question"], ["bottom_line"]),
        ("xyz", ["title", "date"], []),
        ("Date", ["date", "design"], ["date"]),
    ])
    func nearestCandidates(_ word: String, _ candidates: [String], _ expected: [String]) {
        #expect(Suggestion.nearest(to: word, in: candidates) == expected)
    }
}

struct ISODateTests {
    @Test(arguments: ["2018-09-12", "2020-02-29", "2000-02-29", "1999-12-31"])
    func acceptsRealDates(_ text: String) {
        #expect(ISODate(text)?.description == text)
    }

    @Test(arguments: ["2019-02-29", "1900-02-29", "2018-9-12", "12/09/2018", "2018-13-01", "2018-04-31", "", "２０１８-01-01"])
    func rejectsOthers(_ text: String) {
        #expect(ISODate(text) == nil)
    }

    /// Read as bytes, a date is what the Character reading took it for: ten ASCII digits and
    /// hyphens, with combining marks, wide digits or anything else turned away.
    @Test func readsAsTheCharacterSplitDid() {
        func byCharacters(_ text: String) -> (Int, Int, Int)? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
            return (year, month, day)
        }
        var random = SplitMix64(seed: 46)
        let pieces = ["0", "1", "2", "9", "-", "-", "\u{301}", "２", "a", " ", "\n", "+", "/", "0", "1"]
        var texts = ["2018-01-0\u{301}1", "2018-01-01\n", "2018—01-01", "-018-01-01", "2018-00-10", "2018-01-00", " 2018-01-01"]
        for _ in 0..<20_000 {
            texts.append((0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
        }
        func padded(_ value: UInt64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        texts += (0..<2000).map { _ in padded(random.next() % 3000, 4) + "-" + padded(random.next() % 14, 2) + "-" + padded(random.next() % 33, 2) }
        for text in texts {
            let date = ISODate(text)
            if let (year, month, day) = byCharacters(text), (1...12).contains(month), day >= 1 {
                #expect(date == nil || (date?.year, date?.month, date?.day) == (year, month, day), "\(text.debugDescription)")
                #expect(date != nil || day > 28, "\(text.debugDescription)")
            } else {
                #expect(date == nil, "\(text.debugDescription)")
            }
        }
    }

    /// Written back, a date is `YYYY-MM-DD` as the interpolation wrote it, years below 1000 too.
    @Test func writesAsTheInterpolationDid() {
        for year in [0, 7, 99, 999, 1000, 1582, 1999, 2000, 2024, 9999] {
            for (month, day) in [(1, 1), (2, 28), (9, 9), (10, 10), (12, 31)] {
                let digits = String(year)
                let text = String(repeating: "0", count: 4 - digits.count) + digits + "-" + (month < 10 ? "0" : "") + String(month)
                    + "-" + (day < 10 ? "0" : "") + String(day)
                #expect(ISODate(text)?.description == "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)", "\(text)")
            }
        }
    }

    @Test func ordersByDay() throws {
        #expect(try #require(ISODate("2018-09-12")) < #require(ISODate("2018-10-01")))
    }
}

struct FrontMatterSplitTests {
    @Test func keepsTheBodyByteForByte() {
        let split = FrontMatterSplit("---\ntitle: T\n---\n---\nbody\n")
        #expect(split.yaml == "title: T\n")
        #expect(split.body == "---\nbody\n")
        #expect(split.bodyLineOffset == 3)
    }

    @Test func acceptsDotsAsTheClosingLine() {
        let split = FrontMatterSplit("---\ntitle: T\n...\nbody")
        #expect(split.yaml == "title: T\n")
        #expect(split.body == "body")
    }

    @Test func aFileWithoutFrontMatterIsAllBody() {
        let split = FrontMatterSplit("# Title\n---\n")
        #expect(split.yaml == nil)
        #expect(split.bodyLineOffset == 0)
    }
}

struct DiagnosticPrinterTests {
    let diagnostic = Diagnostic(
        file: "appraisals/x.md", position: SourcePosition(line: 3, column: 7), length: 10, severity: .error,
        code: "yaml-date", message: "'date' must be a date like 2018-09-12", hint: "write dates as YYYY-MM-DD")

    @Test func printsTheLineWithACaretAndTheHint() {
        let text = DiagnosticPrinter.text(diagnostic, sourceLines: ["---", "title: T", "date: 12/09/2018", "---"])
        #expect(text == """
            appraisals/x.md:3:7: error: 'date' must be a date like 2018-09-12
             3 | date: 12/09/2018
               |       ^~~~~~~~~~
               = hint: write dates as YYYY-MM-DD
            """)
    }

    @Test func printsJSONWithStableKeys() {
        #expect(DiagnosticPrinter.json([diagnostic]) == """
            [
              {
                "code" : "yaml-date",
                "column" : 7,
                "file" : "appraisals/x.md",
                "hint" : "write dates as YYYY-MM-DD",
                "line" : 3,
                "message" : "'date' must be a date like 2018-09-12",
                "severity" : "error"
              }
            ]
            """)
    }

    @Test func printsGitHubAnnotations() {
        #expect(DiagnosticPrinter.github(diagnostic)
            == "::error file=appraisals/x.md,line=3,col=7,title=yaml-date::'date' must be a date like 2018-09-12%0Ahint: write dates as YYYY-MM-DD")
    }

    @Test func strictTurnsWarningsIntoFailures() {
        let warning = Diagnostic(file: "a.md", position: nil, severity: .warning, code: "w", message: "m")
        #expect([warning].hasFailures(strict: false) == false)
        #expect([warning].hasFailures(strict: true))
    }
}
