extension NumberStyle {
    /// Decimals a percentage of `denominator` items gets: 0 below 100, 1 below 1000, else 2.
    /// More decimals than the data can resolve would suggest false precision (1 of 24 is
    /// 4.2%, and a step of one patient moves it by 4 points). A denominator of zero or less
    /// counts as "below 100".
    public func percentDecimals(denominator: Int) -> Int {
        if denominator < 100 { return 0 }
        if denominator < 1000 { return 1 }
        return 2
    }

    /// Decimals a stated probability (a patient's risk, a pre-test probability) needs so that it
    /// does not print as 0%: 2 below 1%, 1 below 10%, else 0.
    public func percentDecimals(probability: Double) -> Int {
        if probability < 0.01 { return 2 }
        if probability < 0.1 { return 1 }
        return 0
    }

    /// Prints a proportion as a percentage with the decimals its denominator warrants
    /// (see `percentDecimals(denominator:)`): 7/8 → `88%`, 1/24 → `4%`, 0.375 of 24 → `38%`,
    /// 0.375 of 200 → `37.5%`, 0.375 of 2000 → `37.50%`. The same in every style.
    ///
    /// The fraction is scaled by 100 on its decimal digits, so 0.145 prints `15%`, not `14%`.
    /// Negatives get `−`, NaN prints `not computable`, infinities `∞%`/`−∞%`.
    /// - Parameters:
    ///   - fraction: the proportion, 0.875 for 88%.
    ///   - denominator: the number of patients (or items) the proportion is out of.
    public func percent(_ fraction: Double, denominator: Int) -> String {
        percent(fraction, decimals: percentDecimals(denominator: denominator))
    }

    /// The `percent(n)` filter: a proportion as a percentage with exactly `decimals` decimals
    /// (0.375 with 2 → `37.50%`), rounded half away from zero on the decimal digits.
    public func percent(_ fraction: Double, decimals: Int) -> String {
        if fraction.isNaN { return Self.notComputable }
        if fraction.isInfinite {
            return (fraction < 0 ? Self.minusSign : "") + Self.infinitySymbol + "%"
        }
        let places = Self.clampedDecimals(decimals)
        guard let rounded = DecimalRounding.round(fraction, decimals: places, shift: 2) else {
            return Self.notComputable
        }
        return rounded.text() + "%"
    }
}
