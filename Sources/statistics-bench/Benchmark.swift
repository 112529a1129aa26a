/// One timed operation of the statistics benchmark.
struct Benchmark: Sendable {
    /// What is measured, e.g. "fisher exact n=10000".
    let name: String
    /// How many elements the input has, used to check that cost grows sub-quadratically.
    let size: Int
    /// Runs the operation once and returns a value so the optimizer cannot drop the work.
    let run: @Sendable () -> Double
}
