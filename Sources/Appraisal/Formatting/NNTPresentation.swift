import Statistics

/// A number needed to treat as a report prints it: magnitude, direction and the Altman (1998)
/// confidence interval, which passes through infinity when the risk difference interval
/// crosses zero. The statistics module maps its risk difference into this type;
/// `NumberStyle.nnt(_:)` prints it.
public struct NNTPresentation: Hashable, Sendable {
    /// Whether treating helps (NNTB, number needed to treat to benefit one more patient)
    /// or harms (NNTH, number needed to treat to harm one more patient).
    public enum Direction: Hashable, Sendable {
        /// The experimental treatment leads to more good (or fewer bad) outcomes.
        case benefit
        /// The experimental treatment leads to more bad (or fewer good) outcomes.
        case harm

        /// The printed label: `NNTB` or `NNTH`.
        public var label: String {
            switch self {
            case .benefit: "NNTB"
            case .harm: "NNTH"
            }
        }

        /// The other direction.
        public var opposite: Direction {
            switch self {
            case .benefit: .harm
            case .harm: .benefit
            }
        }
    }

    /// The confidence interval of an NNT, in NNT units (positive magnitudes, 1/|RD limit|).
    public enum Interval: Hashable, Sendable {
        /// The risk difference interval lies on one side of zero: both limits are NNTs in the
        /// point estimate's direction (either order; printed ascending). A limit of 1/0 is `∞`.
        case bounded(low: Double, high: Double)
        /// The risk difference interval includes zero: the NNT interval runs from
        /// `benefitLimit` (an NNTB) through infinity to `harmLimit` (an NNTH).
        case crossesNoEffect(benefitLimit: Double, harmLimit: Double)
    }

    /// The NNT magnitude, 1/|RD| (positive; `infinity` when the risk difference is 0).
    public var value: Double
    /// Whether the point estimate is a benefit or a harm.
    public var direction: Direction
    /// The confidence interval, or nil when none was computed.
    public var interval: Interval?
    /// The confidence level of `interval` as a fraction (0.95).
    public var level: Double

    /// Builds an NNT from values already in NNT units.
    public init(value: Double, direction: Direction, interval: Interval? = nil, level: Double = 0.95) {
        self.value = value
        self.direction = direction
        self.interval = interval
        self.level = level
    }

    /// The presentation of an NNT computed by the statistics module (Altman's interval).
    public init(_ nnt: NumberNeededToTreat) {
        let interval: Interval? = switch nnt.interval {
        case .benefit(let low, let high), .harm(let low, let high): .bounded(low: low, high: high)
        case .throughInfinity(let benefit, let harm): .crossesNoEffect(benefitLimit: benefit, harmLimit: harm)
        case nil: nil
        }
        self.init(value: nnt.value, direction: nnt.kind == .harm ? .harm : .benefit, interval: interval, level: nnt.level ?? 0.95)
    }
}
