@testable import Publishing
import Testing

/// Axis ticks are round numbers that cover the data.
struct NiceTicksTests {
    @Test("linear ticks", arguments: [
        (0.0, 100.0, 4, [0.0, 25, 50, 75, 100], 0),
        (0.0, 30.0, 5, [0.0, 10, 20, 30], 0),
        (-2.14, 0.0, 4, [-3.0, -2, -1, 0], 0),
        (-1.4, 0.0, 4, [-1.5, -1, -0.5, 0], 1),
        (0.0, 8.57, 5, [0.0, 2, 4, 6, 8, 10], 0),
        (0.0, 0.37, 5, [0.0, 0.1, 0.2, 0.3, 0.4], 1),
        (5.0, 5.0, 5, [2.0, 3, 4, 5, 6, 7, 8], 0),
    ])
    func linear(low: Double, high: Double, target: Int, ticks: [Double], decimals: Int) {
        let scale = NiceTicks.linear(low, high, target: target)
        #expect(scale.ticks.count == ticks.count)
        for (tick, expected) in zip(scale.ticks, ticks) { #expect(abs(tick - expected) < 1e-9) }
        #expect(scale.decimals == decimals)
        #expect(scale.low <= min(low, high) && scale.high >= max(low, high))
    }

    @Test("log ticks include 1 and cover the data", arguments: [
        (0.92, 10.17, [0.5, 1, 2, 5, 10, 20]),
        (0.2, 0.9, [0.2, 0.5, 1]),
        (0.92, 250.36, [0.1, 1, 10, 100, 1000]),
        (1.22, 250.36, [1, 10, 100, 1000]),
        (0.00004, 0.61, [0.0001, 0.001, 0.01, 0.1, 1]),
    ])
    func logarithmic(low: Double, high: Double, ticks: [Double]) {
        let scale = NiceTicks.logarithmic(low, high)
        #expect(scale.ticks.count == ticks.count)
        for (tick, expected) in zip(scale.ticks, ticks) { #expect(abs(tick / expected - 1) < 1e-9) }
        #expect(scale.fraction(1) >= 0 && scale.fraction(1) <= 1)
    }

    @Test func infiniteAndNaNInputsGiveAUsableAxis() {
        let scale = NiceTicks.linear(.nan, .infinity)
        #expect(scale.ticks.allSatisfy(\.isFinite) && !scale.ticks.isEmpty)
        #expect(NiceTicks.logarithmic(0, .infinity).ticks.allSatisfy { $0.isFinite && $0 > 0 })
    }

    @Test func coordinatesPrintTheSameEverywhere() {
        #expect(SVG.number(12.34) == "12.3")
        #expect(SVG.number(-0.04) == "0")
        #expect(SVG.number(-2.25) == "-2.3")
        #expect(SVG.number(7) == "7")
        #expect(SVG.number(.nan) == "0")
    }
}
