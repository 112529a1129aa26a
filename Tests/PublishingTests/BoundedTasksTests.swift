@testable import Publishing
import Synchronization
import Testing

/// `BoundedTasks` runs every job it is handed, never more than `workers` at once.
struct BoundedTasksTests {
    /// Runs 40 jobs on `workers` tasks; the results in arrival order and the most that ran at once.
    static func run(workers: Int) async -> (results: [Int], most: Int) {
        let running = Mutex((now: 0, most: 0))
        var handed = 0
        var results: [Int] = []
        await BoundedTasks.run(workers: workers, next: { () -> Int? in
            guard handed < 40 else { return nil }
            defer { handed += 1 }
            return handed
        }, run: { job in
            running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            try? await Task.sleep(for: .milliseconds(1))
            running.withLock { $0.now -= 1 }
            return job * 2
        }, finished: { results.append($0) })
        return (results, running.withLock { $0.most })
    }

    @Test(arguments: [1, 3]) func runsEveryJobWithAtMostWorkersAtOnce(_ workers: Int) async {
        let (results, most) = await Self.run(workers: workers)
        #expect(results.sorted() == (0..<40).map { $0 * 2 })
        #expect(most >= 1 && most <= workers)
    }

    @Test func startsNothingWhenThereIsNoJob() async {
        var finished = 0
        await BoundedTasks.run(workers: 4, next: { () -> Int? in nil }, run: { $0 }, finished: { _ in finished += 1 })
        #expect(finished == 0)
    }
}
