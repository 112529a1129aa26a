import Appraisal

extension AnalysisJSON {
    /// One `summary-of-findings` block in the JSON: its question and each outcome's numbers.
    struct SummaryOfFindingsJSON: Encodable {
        struct Outcome: Encodable {
            let block: String
            let outcome: String
            let participants: Int?
            let studies: Int?
            let relativeEffect: Relative?
            let baseline: Double?
            let baselineSource: String
            let perThousand: PerThousand?
            let followUp: String?
            let certainty: String
            let certaintyWritten: Bool
            let certaintyFromDowngrades: String
            let downgrades: [Downgrade]
            let comment: String?
        }

        struct Relative: Encodable {
            let measure: String
            let value: Double
            let low: Double
            let high: Double
            let method: String
        }

        struct PerThousand: Encodable {
            let comparison: Int
            let difference: Int
            let low: Int
            let high: Int
            let text: String
        }

        struct Downgrade: Encodable {
            let domain: String
            let level: String
            let note: String?
        }

        let population: String?
        let intervention: String?
        let comparison: String?
        let outcomes: [Outcome]

        init(_ table: SummaryOfFindings) {
            population = table.population
            intervention = table.intervention
            comparison = table.comparison
            outcomes = table.outcomes.map { outcome in
                Outcome(block: outcome.block, outcome: outcome.name, participants: outcome.participants, studies: outcome.studies,
                        relativeEffect: outcome.relative.map { Relative(measure: $0.label, value: $0.value, low: $0.low, high: $0.high, method: $0.method) },
                        baseline: outcome.absolute?.baseline, baselineSource: outcome.baselineSource,
                        perThousand: outcome.absolute.map {
                            PerThousand(comparison: AbsoluteEffect.perThousand($0.baseline), difference: AbsoluteEffect.perThousand($0.difference),
                                        low: AbsoluteEffect.perThousand($0.low), high: AbsoluteEffect.perThousand($0.high), text: $0.differenceText)
                        },
                        followUp: outcome.followUp, certainty: outcome.certainty.word, certaintyWritten: outcome.certaintyWritten,
                        certaintyFromDowngrades: outcome.expectedCertainty.word,
                        downgrades: outcome.downgrades.map { Downgrade(domain: $0.domain.rawValue, level: $0.level.rawValue, note: $0.note) },
                        comment: outcome.comment)
            }
        }
    }

    /// One `risk-of-bias` block in the JSON: the tool, the meta-analysis, each study's judgements.
    struct RiskOfBiasJSON: Encodable {
        struct Study: Encodable {
            let name: String
            let judgements: [String: String]
            let overall: String
            let overallByRule: String
            let overallWritten: String?
        }

        let tool: String
        let block: String?
        let domains: [String]
        let studies: [Study]

        init(_ assessment: RiskOfBiasAssessment) {
            tool = assessment.tool.key
            block = assessment.block
            domains = assessment.tool.domains.map(\.key)
            studies = assessment.studies.map { study in
                Study(name: study.name, judgements: study.judgements.mapValues(\.word), overall: study.shownOverall.word,
                      overallByRule: study.overall.word, overallWritten: study.authorOverall?.word)
            }
        }
    }
}
