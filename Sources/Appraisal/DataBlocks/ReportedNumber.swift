import Markdown

/// A figure as the author reported it, with the precision it was written at.
///
/// `0.01` stands for anything in [0.005, 0.015); `<0.05` for anything below 0.05. Keeping the
/// written text lets checks compare at the author's precision, never more strictly.
public struct ReportedNumber: Hashable, Sendable {
    /// How the figure relates to the true value.
    public enum Comparison: String, Hashable, Sendable {
        /// Written as a plain number: equal at the written precision.
        case equal = "="
        /// Written `<x`: the true value is below x.
        case below = "<"
        /// Written `>x`: the true value is above x.
        case above = ">"
    }

    /// The text as written, e.g. `0.01` or `<0.001`.
    public var text: String
    /// The number itself.
    public var value: Double
    /// Decimals written after the point (0 for `12`).
    public var decimals: Int
    /// Whether the figure is exact, an upper bound or a lower bound.
    public var comparison: Comparison
    /// Where it was written.
    public var position: SourcePosition?

    /// Parses `0.01`, `.01`, `<0.05`, `< .001`, `>0.10`, `12`, `-0.5`, `1e-4`; nil for anything else.
    public init?(_ text: String, position: SourcePosition? = nil) {
        var rest = Substring(text.trimmingWhitespace())
        var comparison = Comparison.equal
        if let first = rest.first, first == "<" || first == ">" || first == "≤" || first == "≥" {
            comparison = (first == "<" || first == "≤") ? .below : .above
            rest = rest.dropFirst().drop { $0 == " " }
        }
        let normalized = rest.replacingAll("−", with: "-")
        guard !normalized.isEmpty, let value = Double(normalized.hasPrefix(".") ? "0" + normalized : normalized),
              value.isFinite else { return nil }
        let mantissa = normalized.split(whereSeparator: { $0 == "e" || $0 == "E" }).first ?? ""
        let decimals = mantissa.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        self.text = text.trimmingWhitespace()
        self.value = value
        self.decimals = decimals
        self.comparison = comparison
        self.position = position
    }

    /// A figure already read: `text` as written (trimmed), its value, decimals and comparison.
    init(text: String, value: Double, decimals: Int, comparison: Comparison, position: SourcePosition? = nil) {
        self.text = text
        self.value = value
        self.decimals = decimals
        self.comparison = comparison
        self.position = position
    }

    /// The values the figure stands for: half a unit of its last written digit either side.
    public var range: ClosedRange<Double> {
        switch comparison {
        case .below: return -Double.infinity...value
        case .above: return value...Double.infinity
        case .equal:
            var half = 0.5
            for _ in 0..<decimals { half /= 10 }
            return (value - half)...(value + half)
        }
    }

    /// Whether `computed` is what the author would have written at this precision
    /// (half-up at the upper end: 0.015 does not round to 0.01).
    public func agrees(with computed: Double) -> Bool {
        switch comparison {
        case .below: return computed < value
        case .above: return computed > value
        case .equal:
            let range = self.range
            return computed >= range.lowerBound && computed < range.upperBound
        }
    }
}

extension Substring {
    func replacingAll(_ target: String, with replacement: String) -> String {
        String(self).replacingAll(target, with: replacement)
    }
}
