import Appraisal
import Markdown
import Testing

/// Checklist answers: `n/a`, the one-line `answer — note` shorthand, and located errors.
struct ChecklistAnswerTests {
    static func response(_ written: String) throws -> (Checklist.Response?, [Diagnostic]) {
        let (checklists, diagnostics) = ChecklistTests.collect("```checklist prognosis\nvalidated: \(written)\n```\n")
        let checklist = try #require(checklists.first)
        return (checklist.responses["validated"], diagnostics.filter { $0.code != "checklist-unanswered" })
    }

    @Test(arguments: [
        ("n/a", Checklist.Answer.notApplicable, nil), ("N/A", .notApplicable, nil), ("Not applicable", .notApplicable, nil),
        ("YES", .yes, nil), ("Unclear", .unclear, nil),
        ("yes — in a second hospital", .yes, "in a second hospital"), ("yes—in a second hospital", .yes, "in a second hospital"),
        ("yes - in a second hospital", .yes, "in a second hospital"), ("Yes – in a second hospital", .yes, "in a second hospital"),
        ("no: derivation set only", .no, "derivation set only"), ("no: only: once # a comment", .no, "only: once"),
        ("unclear, not reported", .unclear, "not reported"), ("n/a — single cohort", .notApplicable, "single cohort"),
        ("not applicable: single cohort", .notApplicable, "single cohort"), ("\"no: quoted\"", .no, "quoted"),
        ("yes —", .yes, nil), ("{answer: unclear, note: see table 2}", .unclear, "see table 2"), ("{answer: n/a}", .notApplicable, nil),
        ("{answer: 'no, tested once'}", .no, "tested once"),
    ] as [(String, Checklist.Answer, String?)])
    func answerAndNote(_ written: String, _ answer: Checklist.Answer, _ note: String?) throws {
        let (response, diagnostics) = try Self.response(written)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(response == Checklist.Response(answer, note: note))
    }

    @Test func notApplicableIsNeitherUnansweredNorAWarning() throws {
        let body = ChecklistCatalogue.prognosis.keys.map { "\($0): \($0 == "validated" ? "n/a — no second cohort" : "yes")" }
        let (checklists, diagnostics) = ChecklistTests.collect("```checklist prognosis\n\(body.joined(separator: "\n"))\n```\n")
        #expect(diagnostics.isEmpty)
        let checklist = try #require(checklists.first)
        #expect(checklist.unanswered.isEmpty)
        #expect(checklist.summary == "12 of 13 answered yes; 1 not applicable")
        #expect(Checklist.Answer.notApplicable.label == "N/A" && Checklist.Answer.notApplicable.className == "not-applicable")
    }

    @Test(arguments: [
        ("probably — a second cohort", "'probably' is not an answer; use yes, no, unclear or n/a",
         "write validated: yes, or validated: unclear — a note", 8),
        ("Uncler, a second cohort", "'Uncler' is not an answer; use yes, no, unclear or n/a", "did you mean 'unclear'?", 6),
        ("noo: once", "'noo' is not an answer; use yes, no, unclear or n/a", "did you mean 'no'?", 3),
        ("no-one checked", "'no-one' is not an answer; use yes, no, unclear or n/a", "write validated: yes, or validated: unclear — a note", 6),
    ] as [(String, String, String, Int)])
    func anUnknownAnswerWordIsALocatedError(_ written: String, _ message: String, _ hint: String, _ length: Int) throws {
        let (response, diagnostics) = try Self.response(written)
        #expect(response == nil)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.code == "checklist-answer" && error.severity == .error)
        #expect(error.message == message)
        #expect(error.hint == hint)
        #expect(error.position == SourcePosition(line: 6, column: 12))
        #expect(error.length == length)
    }

    @Test func anAnswerWordWithoutASeparatorOrWithTwoNotesIsAnError() throws {
        let (_, missing) = try Self.response("yes in a second hospital")
        #expect(missing.first?.message == "'yes in a second hospital' is not an answer: put a dash, colon or comma between the answer and its note")
        #expect(missing.first?.hint == "write validated: yes — in a second hospital")
        #expect(missing.first?.position == SourcePosition(line: 6, column: 12))
        let (_, twice) = try Self.response("{answer: 'yes, in B', note: in C}")
        #expect(twice.first?.message == "the answer to 'validated' has a note of its own and a 'note:' as well")
    }

    @Test func aShorthandWithAColonKeepsLaterPositions() throws {
        let (_, diagnostics) = ChecklistTests.collect("```checklist rct\nblinded: no: the surgeons knew\nrandomisd: yes\n```\n")
        let error = try #require(diagnostics.first { $0.code == "checklist-unknown-question" })
        #expect(error.position == SourcePosition(line: 7, column: 1))
    }
}
