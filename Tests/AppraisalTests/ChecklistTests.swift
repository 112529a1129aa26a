import Appraisal
import Markdown
import Testing

/// Checklist blocks: both answer forms, summaries, and located findings.
struct ChecklistTests {
    static func collect(_ body: String) -> (checklists: [Checklist], diagnostics: [Diagnostic]) {
        let source = AppraisalSource(file: SourceFile(displayPath: "appraisals/x.md", text: "---\ntitle: T\ndate: 2018-09-12\n---\n\(body)"))
        return ChecklistCollector.collect(from: source)
    }

    @Test func everyDesignHasUniqueSnakeCaseKeysInGroupOrder() {
        #expect(ChecklistCatalogue.designKeys == ["rct", "cohort", "case-control", "systematic-review", "diagnostic",
                                                  "prognosis", "clinical-prediction-rule", "qualitative", "economic-evaluation"])
        for design in ChecklistCatalogue.designs {
            #expect(Set(design.keys).count == design.keys.count, "\(design.key)")
            #expect(design.questions.allSatisfy { !$0.text.trimmingWhitespace().isEmpty && $0.text.hasSuffix("?") }, "\(design.key)")
            #expect(StudyDesign.names[design.key] == design.name, "\(design.key) has a readable name")
            #expect(design.keys.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "_" } }, "\(design.key)")
            let groups = design.questions.map(\.group)
            let runs = groups.enumerated().filter { $0.offset == 0 || groups[$0.offset - 1] != $0.element }.map(\.element)
            #expect(runs == ChecklistQuestion.Group.allCases, "\(design.key): grouped validity, results, applicability")
            #expect(design.keys.contains("focused_question") && design.keys.contains("applies_to_patient"), "\(design.key)")
            #expect(design.keys.contains("precision") || design.key == "qualitative", "\(design.key): qualitative findings have no precision")
        }
    }

    @Test func readsShortAndLongAnswers() throws {
        let (checklists, diagnostics) = Self.collect("""
            ```checklist case-control
            focused_question: yes
            cases_defined: {answer: No, note: hospital cases only}
            controls_comparable: unclear
            exposure_measured: yes
            confounders_addressed: yes
            effect_size: yes
            precision: yes
            applies_to_patient: yes
            consistent_with_other_evidence: {answer: yes}
            ```
            """)
        #expect(diagnostics.isEmpty)
        let checklist = try #require(checklists.first)
        #expect(checklist.responses["cases_defined"] == Checklist.Response(.no, note: "hospital cases only"))
        #expect(checklist.responses["focused_question"] == Checklist.Response(.yes))
        #expect(checklist.summary == "7 of 9 answered yes; 1 no; 1 unclear")
        #expect(checklist.position == SourcePosition(line: 5, column: 1))
    }

    @Test func unansweredQuestionsAreOneWarningAtTheFence() throws {
        let (checklists, diagnostics) = Self.collect("Text.\n\n```checklist rct\nrandomised: yes\nblinded:\n```\n")
        #expect(checklists.first?.summary == "1 of 13 answered yes; 12 unanswered")
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.code == "checklist-unanswered")
        #expect(warning.position == SourcePosition(line: 7, column: 1))
        #expect(warning.message.hasPrefix("12 checklist questions are unanswered: focused_question, allocation_concealed, groups_similar, blinded,"))
    }

    @Test func anUnknownKeyIsALocatedErrorWithASuggestion() throws {
        let (_, diagnostics) = Self.collect("```checklist rct\nrandomised: yes\nblindd: yes\n```\n")
        let error = try #require(diagnostics.first { $0.code == "checklist-unknown-question" })
        #expect(error.severity == .error)
        #expect(error.message == "'blindd' is not a question of the rct checklist")
        #expect(error.hint == "did you mean 'blinded'?")
        #expect(error.position == SourcePosition(line: 7, column: 1))
        #expect(error.length == 6)
    }

    @Test func aWrongAnswerAndAnUnknownDesignAreErrors() throws {
        let (_, diagnostics) = Self.collect("```checklist rct\nrandomised: yse\n```\n\n```checklist cohrt\n```\n")
        let answer = try #require(diagnostics.first { $0.code == "checklist-answer" })
        #expect(answer.message == "'yse' is not an answer; use yes, no, unclear or n/a")
        #expect(answer.hint == "did you mean 'yes'?")
        #expect(answer.position == SourcePosition(line: 6, column: 13))
        let design = try #require(diagnostics.first { $0.code == "checklist-design" })
        #expect(design.message == "there is no checklist for design 'cohrt'")
        #expect(design.hint == "did you mean 'cohort'?")
        #expect(design.position == SourcePosition(line: 9, column: 1))
    }

    @Test func aChecklistInsideAListItemIsLocatedInFileCoordinates() throws {
        let (_, diagnostics) = Self.collect("- item\n\n  ```checklist diagnostic\n  test_avaliable: yes\n  ```\n")
        let error = try #require(diagnostics.first { $0.code == "checklist-unknown-question" })
        #expect(error.position == SourcePosition(line: 8, column: 3))
        #expect(error.hint == "did you mean 'test_available'?")
    }
}
