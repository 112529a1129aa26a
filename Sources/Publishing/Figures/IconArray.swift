import Markdown

/// A Cates-style icon array: 100 patients given the experimental treatment, coloured by what
/// happens to them compared with the control, so the NNT can be seen and counted.
struct IconArray {
    /// One group of icons and what it means.
    struct Group: Equatable {
        /// Patients out of 100.
        var count: Int
        /// What happens to them, in words ("are spared it by IVIG").
        var label: String
        /// Which of the three looks the icons take.
        var look: Look
    }

    /// The three looks: the outcome either way, the difference the treatment makes, neither.
    enum Look: Equatable {
        case either, difference, neither
    }

    /// The experimental arm's name.
    var experimental: String
    /// The control arm's name.
    var control: String
    /// The experimental event rate (0...1).
    var eer: Double
    /// The control event rate (0...1).
    var cer: Double
    /// Whether the event is good.
    var desirable: Bool
    /// The NNT in words under the legend ("Treat 2 patients with IVIG for one more to benefit (NNTB 2)."), if known.
    var nntSentence: String? = nil

    /// The groups in drawing order; counts add up to 100 (rates are rounded to whole patients).
    var groups: [Group] {
        let e = IconArray.perHundred(eer), c = IconArray.perHundred(cer)
        let (low, high) = (min(e, c), max(e, c))
        let both: String, differ: String, none: String
        switch (desirable, e <= c) {
        case (false, true):
            (both, differ, none) = ("have the outcome even with \(experimental)", "are spared it by \(experimental)", "do not have it either way")
        case (false, false):
            (both, differ, none) = ("have the outcome anyway", "have it because of \(experimental)", "do not have it either way")
        case (true, false):
            (both, differ, none) = ("have the outcome anyway, also with \(control)", "have it thanks to \(experimental)", "do not have it even with \(experimental)")
        case (true, true):
            (both, differ, none) = ("have the outcome with either treatment", "miss it with \(experimental) but would have it with \(control)", "do not have it either way")
        }
        return [Group(count: low, label: both, look: .either), Group(count: high - low, label: differ, look: .difference),
                Group(count: 100 - high, label: none, look: .neither)]
    }

    /// Whether the difference the treatment makes is good for patients.
    var differenceIsGood: Bool { desirable ? eer >= cer : eer <= cer }

    /// A rate as whole patients out of 100, clamped to 0...100.
    static func perHundred(_ rate: Double) -> Int {
        guard rate.isFinite else { return 0 }
        return min(100, max(0, Int((rate * 100).rounded())))
    }

    /// The fill and outline of a look.
    func paint(_ look: Look) -> (fill: String, stroke: String, strokeWidth: String) {
        switch look {
        case .either: (FigurePalette.arms[0], FigurePalette.arms[0], "1")
        case .difference: (differenceIsGood ? "#E69F00" : "#CC79A7", FigurePalette.ink, "1.5")
        case .neither: ("#FFFFFF", "#8C8C8C", "1")
        }
    }

    /// The sentence for screen readers and the legend's numbers.
    var description: String {
        let parts = groups.map { "\($0.count) \($0.label)" }
        return "Icon array of 100 patients given \(experimental): " + parts.joined(separator: "; ") + "."
    }

    /// The drawing: a 10 × 10 grid of people on the left, the legend on the right.
    func body(id: String) -> (SafeHTML, height: Double) {
        let person = "\(id)-person"
        var svg: SafeHTML = "<defs><g id=\"\(person)\"><circle cx=\"9\" cy=\"5\" r=\"4.2\"/><path d=\"M2 23V14.5Q2 10.5 6 10.5H12Q16 10.5 16 14.5V23Z\"/></g></defs>\n"
        svg += SVG.text(8, 16, "100 patients given \(experimental)", size: 15, bold: true)
        var index = 0
        for group in groups {
            let paint = paint(group.look)
            for _ in 0..<group.count {
                let x = 8 + Double(index % 10) * 22, y = 28 + Double(index / 10) * 27
                svg += "<use href=\"#\(person)\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" fill=\"\(paint.fill)\" stroke=\"\(paint.stroke)\" stroke-width=\"\(paint.strokeWidth)\"/>\n"
                index += 1
            }
        }
        var y = 40.0
        for group in groups {
            let paint = paint(group.look)
            svg += "<use href=\"#\(person)\" x=\"246\" y=\"\(SVG.number(y - 14))\" fill=\"\(paint.fill)\" stroke=\"\(paint.stroke)\" stroke-width=\"\(paint.strokeWidth)\"/>\n"
            let lines = SVG.wrap("\(group.count) of 100 \(group.label)", width: 206, size: 15)
            for line in lines {
                svg += SVG.text(272, y, line, size: 15)
                y += 18
            }
            y += 14
        }
        if let nntSentence {
            y += 4
            for line in SVG.wrap(nntSentence, width: 226, size: 15.5) {  // bold: wider than the estimate for 14
                svg += SVG.text(246, y, line, bold: true)
                y += 18
            }
        }
        return (svg, max(300, y))
    }
}
