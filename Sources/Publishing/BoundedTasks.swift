/// Work spread over at most `workers` child tasks at a time, each new job started as one
/// finishes: the shape of both the page builds and the site files, which must not start
/// thousands of tasks at once nor wait for a whole batch before starting the next.
enum BoundedTasks {
    /// Runs `run` on the jobs `next` hands out (nil when none is left) on at most `workers` tasks
    /// at a time, and hands each result to `finished` as it arrives; `next` and `finished` are
    /// called in the calling task, one at a time.
    static func run<Job: Sendable, Output: Sendable>(
        workers: Int, next: () -> Job?, run: @escaping @Sendable (Job) async -> Output, finished: (Output) -> Void
    ) async {
        await withTaskGroup(of: Output.self) { group in
            func startNext() {
                guard let job = next() else { return }
                group.addTask { await run(job) }
            }
            for _ in 0..<max(1, workers) { startNext() }
            while let output = await group.next() {
                finished(output)
                startNext()
            }
        }
    }
}
