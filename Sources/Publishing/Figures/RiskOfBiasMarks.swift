import Appraisal

/// How each risk-of-bias judgement is drawn in the traffic-light table and the summary chart:
/// an Okabe-Ito colour, a symbol that carries the meaning without colour, and a fill pattern
/// that keeps the judgements apart in a greyscale print.
enum RiskOfBiasMarks {
    /// One judgement's look.
    struct Mark {
        /// The symbol inside the traffic light: `+`, `−`, `×`, `!`, `?`.
        var symbol: String
        /// The fill colour.
        var fill: String
        /// The colour of the symbol on the fill (contrast at least 3:1, as for graphics).
        var ink: String
        /// The pattern drawn over the fill in the chart: `solid`, `hatch`, `cross`, `dots`.
        var pattern: String
    }

    /// The look of `judgement` (by its class name).
    static func mark(_ judgement: RiskOfBiasTool.Judgement) -> Mark {
        switch judgement.className {
        case "low": Mark(symbol: "+", fill: "#009E73", ink: FigurePalette.ink, pattern: "solid")
        case "some-concerns", "moderate": Mark(symbol: "\u{2212}", fill: "#E69F00", ink: FigurePalette.ink, pattern: "hatch")
        case "unclear": Mark(symbol: "?", fill: "#E69F00", ink: FigurePalette.ink, pattern: "hatch")
        case "no-information": Mark(symbol: "?", fill: "#56B4E9", ink: FigurePalette.ink, pattern: "dots")
        case "critical": Mark(symbol: "!", fill: "#882255", ink: "#FFFFFF", pattern: "dots")
        default: Mark(symbol: "\u{00D7}", fill: "#D55E00", ink: FigurePalette.ink, pattern: "cross")
        }
    }
}
