import Foundation

extension FaganNomogram {
    /// Where things go: three vertical axes, the probability axes in logit units and the
    /// likelihood-ratio axis halfway between them in units of ln LR / 2.
    enum Layout {
        /// The width of the drawing.
        static let width = 480.0
        /// The x of the pre-test, likelihood-ratio and post-test axes (the middle exactly halfway).
        static let left = 66.0, middle = 238.0, right = 410.0
        /// The y of the axes' ends: 99.9% on the right (0.1% on the left) at the top.
        static let top = 60.0, bottom = 580.0
        /// The y of the likelihood-ratio axis's ends (1000 at the top): half as long as the others.
        static var ratioTop: Double { y(likelihoodRatio: likelihoodRatioRange.high) }
        /// The y of the likelihood-ratio axis's lower end (0.001).
        static var ratioBottom: Double { y(likelihoodRatio: likelihoodRatioRange.low) }
        /// The size of every label.
        static let fontSize = 13.0
        /// The smallest distance between the baselines of two labels.
        static let labelGap = 15.0

        /// The logit of `p`.
        static func logit(_ p: Double) -> Double { log(p / (1 - p)) }

        /// SVG units per logit unit.
        static var unit: Double { (bottom - top) / (2 * logit(probabilityRange.high)) }

        /// The y of a height `u` in logit units above the middle.
        static func y(logit u: Double) -> Double { (top + bottom) / 2 - u * unit }

        /// The y of a pre-test probability on the left axis (clamped to its ends).
        static func y(pretest p: Double) -> Double { y(logit: -logit(clamp(p, probabilityRange))) }

        /// The y of a post-test probability on the right axis (clamped to its ends).
        static func y(posttest p: Double) -> Double { y(logit: logit(clamp(p, probabilityRange))) }

        /// The y of a likelihood ratio on the middle axis (clamped to its ends).
        static func y(likelihoodRatio ratio: Double) -> Double { y(logit: log(clamp(ratio, likelihoodRatioRange)) / 2) }
    }

    /// Baselines at least `gap` apart, each as near its wish as it can be, kept within `low...high`
    /// when there is room; the order of `wishes` is kept.
    static func spread(_ wishes: [Double], gap: Double, low: Double, high: Double) -> [Double] {
        let order = wishes.indices.sorted { wishes[$0] < wishes[$1] }
        var placed = order.map { wishes[$0] }
        for index in placed.indices.dropFirst() { placed[index] = max(placed[index], placed[index - 1] + gap) }
        if let last = placed.last, last > high {
            placed[placed.count - 1] = high
            for index in placed.indices.dropLast().reversed() { placed[index] = min(placed[index], placed[index + 1] - gap) }
        }
        if let first = placed.first, first < low {
            placed[0] = low
            for index in placed.indices.dropFirst() { placed[index] = max(placed[index], placed[index - 1] + gap) }
        }
        var result = wishes
        for (rank, index) in order.enumerated() { result[index] = placed[rank] }
        return result
    }

    /// Whether the straight segment from `from` to `to` passes through the box
    /// `x...x + width` × `y...y + height`.
    static func segment(_ from: (x: Double, y: Double), _ to: (x: Double, y: Double),
                        crosses box: (x: Double, y: Double, width: Double, height: Double)) -> Bool {
        let (a, b) = from.x <= to.x ? (from, to) : (to, from)
        let low = max(a.x, box.x), high = min(b.x, box.x + box.width)
        guard low <= high else { return false }
        let yAt = { (x: Double) in b.x == a.x ? a.y : a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x) }
        let ys = b.x == a.x ? [a.y, b.y] : [yAt(low), yAt(high)]
        return (ys.max() ?? 0) >= box.y && (ys.min() ?? 0) <= box.y + box.height
    }
}
