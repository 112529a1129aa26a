import Markdown

/// Writes the pieces of an inline SVG figure as `SafeHTML`, so every text from a document is
/// escaped, and every coordinate is printed the same way on every machine.
enum SVG {
    /// The font stack: fonts already on the reader's device, never a downloaded one.
    static let fontFamily: SafeHTML = "system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, Helvetica, Arial, sans-serif"

    /// A coordinate with at most one decimal, an ASCII minus, and no trailing `.0`.
    /// Non-finite values (which a figure should never reach) print as 0 so the XML stays valid.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// A `<text>` element; `anchor` is `start`, `middle` or `end`.
    static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Double? = nil,
                     bold: Bool = false, fill: String? = nil) -> SafeHTML {
        let sizeAttribute: SafeHTML = size.map { " font-size=\"\(number($0))\"" } ?? ""
        let weight: SafeHTML = bold ? " font-weight=\"bold\"" : ""
        let colour: SafeHTML = fill.map { " fill=\"\($0)\"" } ?? ""
        let anchorAttribute: SafeHTML = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        return "<text x=\"\(number(x))\" y=\"\(number(y))\"\(anchorAttribute)\(sizeAttribute)\(weight)\(colour)>\(content)</text>\n"
    }

    /// A straight line.
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = FigurePalette.ink,
                     width: Double = 1, dash: String = "") -> SafeHTML {
        let dashAttribute: SafeHTML = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
        return "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(number(width))\"\(dashAttribute)/>\n"
    }

    /// A rectangle.
    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String,
                     stroke: String? = nil) -> SafeHTML {
        let strokeAttribute: SafeHTML = stroke.map { " stroke=\"\($0)\"" } ?? ""
        return "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(max(0, height)))\" fill=\"\(fill)\"\(strokeAttribute)/>\n"
    }

    /// The approximate width of `text` at `size`, for layout (an average glyph of a sans-serif font).
    static func width(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.55
    }

    /// Splits `text` at spaces into lines no wider than `width` at `size` (a longer word stays whole).
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty, SVG.width(candidate, size: size) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
