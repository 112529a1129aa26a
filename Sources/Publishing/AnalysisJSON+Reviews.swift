import Appraisal
import Markdown

extension AnalysisJSON {
    /// One `summary-of-findings` block in the JSON: its question and each outcome's numbers.
    struct SummaryOfFindingsJSON: JSONWritable {
        struct Outcome: JSONWritable {
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

            func write(to json: inout JSONWriter) {
                json.object { json in
                    json.member("baseline", ifPresent: baseline)
                    json.member("baselineSource", baselineSource)
                    json.member("block", block)
                    json.member("certainty", certainty)
                    json.member("certaintyFromDowngrades", certaintyFromDowngrades)
                    json.member("certaintyWritten", certaintyWritten)
                    json.member("comment", ifPresent: comment)
                    json.member("downgrades", downgrades)
                    json.member("followUp", ifPresent: followUp)
                    json.member("outcome", outcome)
                    json.member("participants", ifPresent: participants)
                    json.member("perThousand", ifPresent: perThousand)
                    json.member("relativeEffect", ifPresent: relativeEffect)
                    json.member("studies", ifPresent: studies)
                }
            }
        }

        struct Relative: JSONWritable {
            let measure: String
            let value: Double
            let low: Double
            let high: Double
            let method: String

            func write(to json: inout JSONWriter) {
                json.object { json in
                    json.member("high", high)
                    json.member("low", low)
                    json.member("measure", measure)
                    json.member("method", method)
                    json.member("value", value)
                }
            }
        }

        struct PerThousand: JSONWritable {
            let comparison: Int
            let difference: Int
            let low: Int
            let high: Int
            let text: String

            func write(to json: inout JSONWriter) {
                json.object { json in
                    json.member("comparison", comparison)
                    json.member("difference", difference)
                    json.member("high", high)
                    json.member("low", low)
                    json.member("text", text)
                }
            }
        }

        struct Downgrade: JSONWritable {
            let domain: String
            let level: String
            let note: String?

            func write(to json: inout JSONWriter) {
                json.object { json in
                    json.member("domain", domain)
                    json.member("level", level)
                    json.member("note", ifPresent: note)
                }
            }
        }

        let population: String?
        let intervention: String?
        let comparison: String?
        let outcomes: [Outcome]

        func write(to json: inout JSONWriter) {
            json.object { json in
                json.member("comparison", ifPresent: comparison)
                json.member("intervention", ifPresent: intervention)
                json.member("outcomes", outcomes)
                json.member("population", ifPresent: population)
            }
        }

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
    struct RiskOfBiasJSON: JSONWritable {
        struct Study: JSONWritable {
            let name: String
            let judgements: [String: String]
            let overall: String
            let overallByRule: String
            let overallWritten: String?

            func write(to json: inout JSONWriter) {
                json.object { json in
                    json.member("judgements", judgements)
                    json.member("name", name)
                    json.member("overall", overall)
                    json.member("overallByRule", overallByRule)
                    json.member("overallWritten", ifPresent: overallWritten)
                }
            }
        }

        let tool: String
        let block: String?
        let domains: [String]
        let studies: [Study]

        func write(to json: inout JSONWriter) {
            json.object { json in
                json.member("block", ifPresent: block)
                json.member("domains", domains)
                json.member("studies", studies)
                json.member("tool", tool)
            }
        }

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
