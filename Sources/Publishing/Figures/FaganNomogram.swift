import Appraisal
import Foundation
import Markdown

/// A Fagan nomogram: pre-test probability on the left, the likelihood ratio in the middle and the
/// post-test probability on the right, with one straight line per test result joining the three.
///
/// The probability axes are on the logit scale (the left one upside down) and the middle axis is
/// at half the natural log of the likelihood ratio, so logit(post) = logit(pre) + ln LR puts the
/// three points on one line.
struct FaganNomogram {
    /// One test result and where it takes the patient.
    struct Result: Equatable {
        /// What the result is called ("Positive result").
        var name: String
        /// The result's likelihood ratio.
        var likelihoodRatio: Double
        /// The likelihood ratio as the document prints it ("6.00").
        var likelihoodRatioText: String
        /// The post-test probability after this result (0...1).
        var posttest: Double
        /// The post-test probability as the document prints it ("72%").
        var posttestText: String
    }

    /// The patient's pre-test probability (0...1).
    var pretest: Double
    /// The pre-test probability as the document prints it ("30%").
    var pretestText: String
    /// The results, usually positive then negative; each gets its own colour and dash pattern.
    var results: [Result]

    /// The smallest and largest probability drawn (0.1% and 99.9%).
    static let probabilityRange = (low: 0.001, high: 0.999)
    /// The smallest and largest likelihood ratio drawn.
    static let likelihoodRatioRange = (low: 0.001, high: 1000.0)
    /// Probability ticks, in percent.
    static let probabilityTicks: [Double] = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 99.5, 99.8, 99.9]
    /// Likelihood-ratio ticks: the 1-2-5 series from 0.001 to 1000.
    static let likelihoodRatioTicks: [Double] = (-3...2).flatMap { (power: Int) -> [Double] in [1.0, 2, 5].map { $0 * pow(10, Double(power)) } } + [1000]

    /// The probability after a result with likelihood ratio `likelihoodRatio`, from the odds:
    /// post-test odds = pre-test odds × LR.
    static func posttest(pretest: Double, likelihoodRatio: Double) -> Double {
        let odds = pretest / (1 - pretest) * likelihoodRatio
        return odds.isInfinite ? 1 : odds / (1 + odds)
    }

    /// A probability as a percentage, the distance to 0% or 100% kept to one significant digit
    /// when it is below 1 point (0.5%, 72%, 99.95%), so no value prints as 0% or 100%.
    static func percentText(_ probability: Double, style: NumberStyle) -> String {
        let tail = min(probability, 1 - probability) * 100
        let decimals = tail > 0 && tail < 1 ? min(6, -Int(floor(log10(tail)))) : 0
        return style.percent(probability, decimals: decimals)
    }

    /// A likelihood ratio with two decimals, fewer above 10 and two significant digits below 0.01.
    static func ratioText(_ ratio: Double, style: NumberStyle) -> String {
        let decimals = ratio >= 100 ? 0 : ratio >= 10 ? 1 : ratio >= 0.01 || ratio <= 0 ? 2 : min(6, 1 - Int(floor(log10(ratio))))
        return style.number(ratio, decimals: decimals)
    }

    /// Whether `value` lies beyond `range` (and is drawn at its end).
    static func isBeyond(_ value: Double, _ range: (low: Double, high: Double)) -> Bool {
        value.isNaN || value < range.low || value > range.high
    }

    /// `value` moved into `range` when it lies beyond it.
    static func clamp(_ value: Double, _ range: (low: Double, high: Double)) -> Double {
        value.isNaN ? range.low : min(range.high, max(range.low, value))
    }

    /// The nomogram for `pretest` and results named with their likelihood ratios; post-test
    /// probabilities are computed from the odds and every number is printed in `style`.
    init(pretest: Double, results: [(name: String, likelihoodRatio: Double)], style: NumberStyle) {
        self.pretest = pretest
        pretestText = FaganNomogram.percentText(pretest, style: style)
        self.results = results.map { name, ratio in
            let posttest = FaganNomogram.posttest(pretest: pretest, likelihoodRatio: ratio)
            return Result(name: name, likelihoodRatio: ratio, likelihoodRatioText: FaganNomogram.ratioText(ratio, style: style), posttest: posttest,
                          posttestText: FaganNomogram.percentText(posttest, style: style))
        }
    }

    /// The nomogram with numbers already printed by the caller.
    init(pretest: Double, pretestText: String, results: [Result]) {
        self.pretest = pretest
        self.pretestText = pretestText
        self.results = results
    }

    /// Every number the picture shows, for screen readers, and which were drawn at a scale's end.
    func description(style: NumberStyle) -> String {
        var sentences = ["Fagan nomogram: a line from the pre-test probability through the likelihood ratio of each result to its post-test probability.",
                         "Pre-test probability \(pretestText)."]
        for result in results {
            sentences.append("\(result.name): likelihood ratio \(result.likelihoodRatioText), post-test probability \(result.posttestText).")
        }
        let probability = FaganNomogram.probabilityRange, ratio = FaganNomogram.likelihoodRatioRange
        var clamped: [String] = []
        if FaganNomogram.isBeyond(pretest, probability) { clamped.append("pre-test probability \(pretestText)") }
        for result in results {
            if FaganNomogram.isBeyond(result.likelihoodRatio, ratio) { clamped.append("likelihood ratio \(result.likelihoodRatioText) (\(result.name))") }
            if FaganNomogram.isBeyond(result.posttest, probability) { clamped.append("post-test probability \(result.posttestText) (\(result.name))") }
        }
        if !clamped.isEmpty {
            let scales = "likelihood ratios from \(style.number(ratio.low, decimals: 3)) to \(style.number(ratio.high, decimals: 0)), probabilities from \(style.percent(probability.low, decimals: 1)) to \(style.percent(probability.high, decimals: 1))"
            sentences.append("Beyond the drawn scales (\(scales)), so drawn at their end: " + clamped.joined(separator: "; ") + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// The figure: the drawing, its words for screen readers and `caption`.
    func draft(caption: SafeHTML, title: String = "Fagan nomogram", style: NumberStyle) -> FigureDraft {
        let (body, height) = body(style: style)
        return FigureDraft(kind: "nomogram", width: Layout.width, height: height, title: title,
                           description: description(style: style), body: body, caption: caption)
    }
}

extension FigureDraft {
    /// A Fagan nomogram figure (`figures: [nomogram]` on a diagnostic block).
    static func faganNomogram(_ nomogram: FaganNomogram, caption: SafeHTML, title: String = "Fagan nomogram",
                              style: NumberStyle) -> FigureDraft {
        nomogram.draft(caption: caption, title: title, style: style)
    }
}
