@testable import Appraisal
import Markdown
import Testing

/// Risk-of-bias blocks: each tool's domains and rule, the author's overall compared, study
/// names checked against the meta-analysis, and every bad line located without hiding the others.
struct RiskOfBiasTests {
    static let rob2 = "{randomisation: low, deviations: low, missing: low, measurement: low, selection: low}"

    @Test func readsStudiesAndAppliesTheWorstDomainRule() throws {
        let structure = ReviewSamples.structure("""
            ```risk-of-bias rob2
            block: bcg
            Aronson 1948: {randomisation: low, deviations: some concerns, missing: low, measurement: high, selection: low}
            Ferguson & Simes 1949: {randomisation: low, deviations: Some concerns, missing: low, measurement: low, selection: low}
            Rosenthal 1960: \(Self.rob2)
            ```
            """, extra: [ReviewSamples.pooled()])
        #expect(structure.diagnostics.isEmpty, "\(structure.diagnostics)")
        let assessment = try #require(structure.riskOfBias.first)
        #expect(assessment.tool.key == "rob2" && assessment.block == "bcg" && assessment.position == SourcePosition(line: 5, column: 1))
        #expect(assessment.studies.map(\.name) == ["Aronson 1948", "Ferguson & Simes 1949", "Rosenthal 1960"])
        #expect(assessment.studies.map(\.overall.word) == ["high", "some concerns", "low"])
        #expect(assessment.studies[0].judgements["deviations"]?.word == "some concerns")
        #expect(assessment.studies[0].position == SourcePosition(line: 7, column: 1))
        #expect(assessment.count(RiskOfBiasTool.rob2.judgements[0], in: "missing") == 3)
        #expect(assessment.count(RiskOfBiasTool.rob2.judgements[2], in: "overall") == 1)
    }

    @Test func theJudgementsAreFoundByBlockAndStudy() throws {
        let structure = ReviewSamples.structure("```risk-of-bias rob2\nblock: bcg\nAronson 1948: {randomisation: high, deviations: low, missing: low, measurement: low, selection: low}\n```\n",
                                                extra: [ReviewSamples.pooled()])
        let found = try #require(structure.riskOfBias(block: "bcg", study: "Aronson 1948"))
        #expect(found.tool.name == "RoB 2" && found.study.overall.word == "high" && found.study.judgements["randomisation"]?.word == "high")
        #expect(structure.riskOfBias(block: "bcg", study: "aronson_1948")?.study.name == "Aronson 1948", "by slug too")
        #expect(structure.riskOfBias(block: "bcg", study: "Rosenthal 1960") == nil)
        #expect(structure.riskOfBias(block: "other", study: "Aronson 1948") == nil)
    }

    @Test func eachToolsRule() throws {
        let robins = RiskOfBiasTool.robinsI
        let judge = { (tool: RiskOfBiasTool, words: [String]) in
            Dictionary(uniqueKeysWithValues: zip(tool.domains.map(\.key), words.compactMap { tool.judgement($0) }))
        }
        #expect(robins.overall(judge(robins, ["low", "moderate", "low", "no information", "low", "low", "low"]))?.word == "no information")
        #expect(robins.overall(judge(robins, ["serious", "moderate", "low", "no information", "low", "low", "low"]))?.word == "serious")
        #expect(robins.overall(judge(robins, ["serious", "critical", "low", "low", "low", "low", "low"]))?.word == "critical")
        let quadas = RiskOfBiasTool.quadas2
        #expect(quadas.overall(judge(quadas, ["low", "unclear", "low", "low", "high", "high", "high"]))?.word == "unclear",
                "applicability concerns are not risk of bias")
        #expect(RiskOfBiasTool.rob2.domains.map(\.key) == ["randomisation", "deviations", "missing", "measurement", "selection"])
        #expect(robins.judgements.map(\.word) == ["low", "moderate", "no information", "serious", "critical"])
        #expect(quadas.domains.map(\.key) == ["patient_selection", "index_test", "reference_standard", "flow_timing",
                                              "applicability_patients", "applicability_index", "applicability_reference"])
    }

    @Test func anOverallThatContradictsTheRuleIsAWarningAndKept() throws {
        let structure = ReviewSamples.structure("""
            ```risk-of-bias rob2
            Smith 2001: {randomisation: low, deviations: low, missing: low, measurement: low, selection: some concerns, overall: high}
            ```
            """)
        #expect(ReviewSamples.located(structure, prefix: "rob-") == ["6:118 rob-overall-mismatch"])
        let warning = try #require(structure.diagnostics.first)
        #expect(warning.severity == .warning && warning.message.contains("('some concerns', the worst domain)"))
        let study = try #require(structure.riskOfBias.first?.studies.first)
        #expect(study.authorOverall?.word == "high" && study.overall.word == "some concerns" && study.shownOverall.word == "high")
    }

    @Test func everyBadLineIsLocatedAndTheOthersRemain() throws {
        let structure = ReviewSamples.structure("""
            ```risk-of-bias rob2
            block: bcg
            Aronson 1948: \(Self.rob2)
            Rosenthal 1961: \(Self.rob2)
            Ferguson & Simes 1949: {randomisaton: low, deviations: low, missing: low, measurement: low, selection: low}
            Comstock 1974: {randomisation: low, deviations: some concern, missing: low, measurement: low}
            Hart 1977: low
            ```
            """, extra: [ReviewSamples.pooled()])
        #expect(ReviewSamples.located(structure, prefix: "rob-") == [
            "8:1 rob-unknown-study", "9:25 rob-unknown-domain", "10:1 rob-unknown-study", "10:49 rob-judgement",
            "10:1 rob-missing-domain", "11:1 rob-unknown-study", "11:12 rob-study-syntax",
        ])
        let messages = Dictionary(structure.diagnostics.map { ($0.code + ":" + String($0.position?.line ?? 0), $0) }, uniquingKeysWith: { first, _ in first })
        #expect(messages["rob-unknown-study:8"]?.hint == "did you mean \"Rosenthal 1960\"?")
        #expect(messages["rob-unknown-study:8"]?.message == "study \"Rosenthal 1961\" is not in meta-analysis 'bcg'")
        #expect(messages["rob-unknown-domain:9"]?.hint == "did you mean 'randomisation'?")
        #expect(messages["rob-judgement:10"]?.hint == "did you mean 'some concerns'?")
        #expect(messages["rob-missing-domain:10"]?.message == "study \"Comstock 1974\" has no judgement for selection")
        #expect(structure.diagnostics.allSatisfy { $0.hint != nil && $0.severity == .error })
        #expect(structure.riskOfBias.first?.studies.map(\.name) == ["Aronson 1948", "Rosenthal 1961"], "one bad line hides no other study")
    }

    @Test func theToolAndTheBlockMustExist() {
        let structure = ReviewSamples.structure("""
            ```risk-of-bias rob-2
            Smith 2001: \(Self.rob2)
            ```

            ```risk-of-bias
            ```

            ```data mortality
            type: binary
            arms:
              A: 1/10
              B: 2/10
            ```

            ```risk-of-bias rob2
            block: mortality
            Smith 2001: \(Self.rob2)
            ```

            ```risk-of-bias rob2
            block: bgc
            Smith 2001: \(Self.rob2)
            ```
            """, extra: [ReviewSamples.pooled()])
        #expect(ReviewSamples.located(structure, prefix: "rob-") == ["5:1 rob-tool", "9:1 rob-tool", "20:8 rob-block", "25:8 rob-block"])
        let hints = structure.diagnostics.filter { $0.code.hasPrefix("rob-") }.map(\.hint)
        #expect(hints == ["did you mean 'rob2'?", "use one of: rob2, robins-i, quadas-2",
                         "name a data block of type: meta-analysis, or leave 'block:' out", "did you mean 'bcg'?"])
        #expect(structure.riskOfBias.count == 2, "a block naming no usable meta-analysis still shows its studies")
    }

    @Test func quadasAndRobinsRead() throws {
        let structure = ReviewSamples.structure("""
            ```risk-of-bias quadas-2
            Wells 2001: {patient_selection: low, index_test: unclear, reference_standard: low, flow_timing: high, applicability_patients: high, applicability_index: low, applicability_reference: low}
            ```

            ```risk-of-bias robins-i
            Cohort 2005: {confounding: serious, selection: low, classification: low, deviations: moderate, missing: no information, measurement: low, reporting: low}
            ```
            """)
        #expect(structure.diagnostics.isEmpty, "\(structure.diagnostics)")
        #expect(structure.riskOfBias.map { $0.studies[0].overall.word } == ["high", "serious"])
    }
}
