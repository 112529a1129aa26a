/// Timing helpers for the tests that prove a scanner linear on its worst input.
enum Scaling {
    /// The best of `runs` timings of `body`, in seconds (the minimum tames a busy machine).
    static func best(of runs: Int = 3, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        return best
    }

    /// `pattern` repeated to `bytes` bytes.
    static func repeated(_ pattern: String, bytes: Int) -> String {
        String(repeating: pattern, count: bytes / pattern.utf8.count + 1)
    }

    /// How much longer `work` takes on 2 MB than on 1 MB of `pattern` (about 2 when linear, 4 when
    /// quadratic). Other suites run alongside, so a ratio of 3 or more is measured again (twice at
    /// most): a quadratic scan fails every time, a linear one unlucky once does not.
    static func growth(of pattern: String, _ work: (String) -> Void) -> Double {
        let small = repeated(pattern, bytes: 1 << 20), large = repeated(pattern, bytes: 2 << 20)
        var growth = Double.infinity
        for _ in 0..<3 where growth >= 3 {
            let one = best { work(small) }, two = best { work(large) }
            growth = min(growth, two / max(one, 1e-6))
        }
        return growth
    }
}
