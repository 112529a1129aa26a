// Prints the cost per call of each statistics method on large inputs.
// Usage: swift run -c release statistics-bench [filter]

let filter = CommandLine.arguments.dropFirst().first
let benchmarks = (distributionBenchmarks + comparisonBenchmarks)
    .filter { filter == nil || $0.name.contains(filter!) }

let clock = ContinuousClock()
var sink = 0.0
print("method".padding(to: 44) + "size".leftPadded(to: 9) + "calls".leftPadded(to: 8) + "per call".leftPadded(to: 14))
for benchmark in benchmarks {
    var calls = 0
    let start = clock.now
    var elapsed = Duration.zero
    while elapsed < .milliseconds(300) || calls < 3 {
        sink += benchmark.run()
        calls += 1
        elapsed = clock.now - start
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let perCall = seconds / Double(calls)
    print(benchmark.name.padding(to: 44) + String(benchmark.size).leftPadded(to: 9)
        + String(calls).leftPadded(to: 8) + formatDuration(perCall).leftPadded(to: 14))
}
if sink.isNaN { print("(a benchmark produced NaN)") }

func formatDuration(_ seconds: Double) -> String {
    if seconds < 1e-3 { return "\((seconds * 1e6 * 10).rounded() / 10) µs" }
    return "\((seconds * 1e3 * 100).rounded() / 100) ms"
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
