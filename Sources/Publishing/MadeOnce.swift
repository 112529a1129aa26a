import Synchronization

/// A value made on first use, once, whichever thread asks first: for what most builds never
/// need, such as the built-in templates compiled by swift-mustache when no page is rendered.
final class MadeOnce<Value: Sendable>: Sendable {
    private let made: Mutex<Value?>
    private let make: @Sendable () -> Value

    /// A value `make` makes when it is first asked for.
    init(_ make: @escaping @Sendable () -> Value) {
        made = Mutex(nil)
        self.make = make
    }

    /// The value, made now if it has not been yet.
    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
