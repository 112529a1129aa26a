/// Formats an evaluated expression in a number style: the quantity's default form for its kind,
/// or the form its filters ask for, with the interval appended by `ci`.
public enum QuantityFormatter {
    /// The text of `quantity` after `filters`, in `style`.
    ///
    /// - Parameter nnt: the NNT's direction and Altman interval, when the quantity is an NNT.
    /// - Parameter enclosed: the value stands inside parentheses in the prose, so the interval
    ///   follows a semicolon (AMA, BMJ) instead of opening a second pair.
    public static func format(_ quantity: Quantity, filters: [ExpressionFilter], style: NumberStyle,
                              nnt: NNTPresentation? = nil, enclosed: Bool = false) -> StyledText {
        let (text, decimals, percentScale) = main(quantity, filters: filters, style: style, nnt: nnt)
        guard filters.contains(.ci) else { return text }
        let interval: StyledText
        if quantity.kind == .nnt, let nnt, let nntText = style.nntInterval(nnt) {
            interval = StyledText(plain: nntText)
        } else if let limits = quantity.interval {
            let scale = percentScale ? 100.0 : 1.0
            interval = style.interval(low: limits.low * scale, high: limits.high * scale, decimals: decimals, level: limits.level,
                                      name: quantity.intervalName, unit: percentScale ? "%" : "")
        } else {
            return text
        }
        switch style {
        case .ama, .bmj: return enclosed ? joined(text, "; ", interval, "") : joined(text, " (", interval, ")")
        case .apa: return joined(text, ", ", interval, "")
        }
    }

    /// `text`, `opening`, `interval` and `closing` one after another, normalized, in one pass.
    private static func joined(_ text: StyledText, _ opening: String, _ interval: StyledText, _ closing: String) -> StyledText {
        StyledText(merging: [text.segments, [.plain(opening)], interval.segments, [.plain(closing)]].joined())
    }

    /// The value's own text, the decimals it used, and whether it is on the percent scale.
    private static func main(_ quantity: Quantity, filters: [ExpressionFilter], style: NumberStyle,
                             nnt: NNTPresentation?) -> (StyledText, Int, Bool) {
        let value = quantity.value
        for filter in filters {
            switch filter {
            case .fixed(let decimals): return (StyledText(plain: style.fixed(value, decimals: decimals)), decimals, false)
            case .percent(let decimals):
                let places = decimals ?? quantity.defaultDecimals ?? 0
                return (StyledText(plain: style.percent(value, decimals: places)), places, true)
            case .p: return (style.pValue(value), 2, false)
            case .ceil: return (StyledText(plain: style.number(value.rounded(.up), decimals: 0)), 0, false)
            case .int: return (StyledText(plain: style.number(value.rounded(), decimals: 0)), 0, false)
            case .ci: continue
            }
        }
        let decimals = quantity.defaultDecimals
        switch quantity.kind {
        case .pValue: return (style.pValue(value), 2, false)
        case .proportion, .riskDifference:
            let places = decimals ?? 0
            return (StyledText(plain: style.percent(value, decimals: places)), places, true)
        case .nnt:
            guard let nnt else { return (StyledText(plain: style.nnt(value: value, isBenefit: true)), 1, false) }
            return (StyledText(plain: style.nnt(value: nnt.value, isBenefit: nnt.direction == .benefit)), 1, false)
        case .ratio: return (StyledText(plain: style.ratio(value)), 2, false)
        case .count: return (StyledText(plain: style.number(value, decimals: decimals ?? 0)), decimals ?? 0, false)
        default:
            let places = decimals ?? 2
            return (StyledText(plain: style.fixed(value, decimals: places)), places, false)
        }
    }
}
