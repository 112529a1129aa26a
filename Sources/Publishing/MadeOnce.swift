import Foundation

/// A value made on first use, once, whichever thread asks first: for what most builds never
/// need, such as the built-in templates compiled by swift-mustache when no page is rendered.
final class MadeOnce<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `made` is only read and written under `lock`.
    private let lock = NSLock()
    private var made: Value?
    private let make: @Sendable () -> Value

    /// A value `make` makes when it is first asked for.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, made now if it has not been yet.
    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
