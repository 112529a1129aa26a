import Appraisal
import Synchronization

/// The results of parsing templates side by side, one slot per template, filled in any order
/// and read in the order of the templates.
final class ParseSlots: Sendable {
    private let slots: Mutex<[Result<ParsedTemplate, Diagnostic>?]>

    /// Empty slots for `count` templates.
    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    /// Fills slot `index`.
    func set(_ index: Int, _ result: Result<ParsedTemplate, Diagnostic>) {
        slots.withLock { $0[index] = result }
    }

    /// Every filled slot, in order.
    var values: [Result<ParsedTemplate, Diagnostic>] {
        slots.withLock { $0.compactMap { $0 } }
    }
}
