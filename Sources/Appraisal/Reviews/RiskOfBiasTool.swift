/// A risk-of-bias tool: its domains and the judgement words each domain takes.
public struct RiskOfBiasTool: Hashable, Sendable {
    /// One judgement word, with its place on the tool's scale.
    public struct Judgement: Hashable, Sendable {
        /// The word as written and shown, e.g. `some concerns`.
        public var word: String
        /// 0 for the best judgement; the overall judgement is the domain with the highest rank.
        public var rank: Int
        /// A name usable in a CSS class: `some-concerns`, `no-information`.
        public var className: String { word.replacingAll(" ", with: "-") }
        /// The word with a capital: "Some concerns".
        public var label: String { word.prefix(1).uppercased() + word.dropFirst() }
    }

    /// One domain of the tool.
    public struct Domain: Hashable, Sendable {
        /// The key an author writes, e.g. `randomisation`.
        public var key: String
        /// The domain's name, e.g. "Bias arising from the randomisation process".
        public var title: String
        /// A short column heading, e.g. "Randomisation".
        public var heading: String
        /// Whether it is an applicability concern (QUADAS-2), not counted in the overall risk of bias.
        public var applicability: Bool = false
    }

    /// The word after `risk-of-bias` in the fence: `rob2`, `robins-i`, `quadas-2`.
    public var key: String
    /// The tool's name: "RoB 2".
    public var name: String
    /// The domains in the tool's order.
    public var domains: [Domain]
    /// The judgement words, best first (for ROBINS-I, "no information" ranks between moderate
    /// and serious, as its guidance places an overall "no information").
    public var judgements: [Judgement]

    /// The judgement written as `word` (case-insensitive; `_` for a space accepted).
    public func judgement(_ word: String) -> Judgement? {
        let word = word.lowercased().replacingAll("_", with: " ")
        return judgements.first { $0.word == word }
    }

    /// The domain with `key`.
    public func domain(_ key: String) -> Domain? { domains.first { $0.key == key } }

    /// The overall judgement by the tool's rule: the worst of the risk-of-bias domains.
    public func overall(_ judgements: [String: Judgement]) -> Judgement? {
        domains.filter { !$0.applicability }.compactMap { judgements[$0.key] }.max { $0.rank < $1.rank }
    }

    /// The tool called `key`, if there is one.
    public static func named(_ key: String) -> RiskOfBiasTool? { all.first { $0.key == key.lowercased() } }

    /// Every tool's key, for hints.
    public static var keys: [String] { all.map(\.key) }

    /// The three tools.
    public static let all = [rob2, robinsI, quadas2]

    /// Cochrane's RoB 2 for randomised trials.
    public static let rob2 = RiskOfBiasTool(key: "rob2", name: "RoB 2", domains: [
        Domain(key: "randomisation", title: "Bias arising from the randomisation process", heading: "Randomisation"),
        Domain(key: "deviations", title: "Bias due to deviations from intended interventions", heading: "Deviations"),
        Domain(key: "missing", title: "Bias due to missing outcome data", heading: "Missing data"),
        Domain(key: "measurement", title: "Bias in measurement of the outcome", heading: "Measurement"),
        Domain(key: "selection", title: "Bias in selection of the reported result", heading: "Reported result"),
    ], judgements: words(["low", "some concerns", "high"]))

    /// ROBINS-I for non-randomised studies of interventions.
    public static let robinsI = RiskOfBiasTool(key: "robins-i", name: "ROBINS-I", domains: [
        Domain(key: "confounding", title: "Bias due to confounding", heading: "Confounding"),
        Domain(key: "selection", title: "Bias in selection of participants into the study", heading: "Selection"),
        Domain(key: "classification", title: "Bias in classification of interventions", heading: "Classification"),
        Domain(key: "deviations", title: "Bias due to deviations from intended interventions", heading: "Deviations"),
        Domain(key: "missing", title: "Bias due to missing data", heading: "Missing data"),
        Domain(key: "measurement", title: "Bias in measurement of outcomes", heading: "Measurement"),
        Domain(key: "reporting", title: "Bias in selection of the reported result", heading: "Reporting"),
    ], judgements: words(["low", "moderate", "no information", "serious", "critical"]))

    /// QUADAS-2 for diagnostic accuracy studies: four risk-of-bias domains and three applicability concerns.
    public static let quadas2 = RiskOfBiasTool(key: "quadas-2", name: "QUADAS-2", domains: [
        Domain(key: "patient_selection", title: "Risk of bias: patient selection", heading: "Patient selection"),
        Domain(key: "index_test", title: "Risk of bias: index test", heading: "Index test"),
        Domain(key: "reference_standard", title: "Risk of bias: reference standard", heading: "Reference standard"),
        Domain(key: "flow_timing", title: "Risk of bias: flow and timing", heading: "Flow and timing"),
        Domain(key: "applicability_patients", title: "Applicability concerns: patient selection", heading: "Applicability: patients", applicability: true),
        Domain(key: "applicability_index", title: "Applicability concerns: index test", heading: "Applicability: index test", applicability: true),
        Domain(key: "applicability_reference", title: "Applicability concerns: reference standard", heading: "Applicability: reference", applicability: true),
    ], judgements: words(["low", "unclear", "high"]))

    private static func words(_ words: [String]) -> [Judgement] {
        words.enumerated().map { Judgement(word: $0.element, rank: $0.offset) }
    }
}
