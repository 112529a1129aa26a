/// A value that writes itself to a `JSONWriter`: strings, numbers, booleans, optionals (nil as
/// `null`), arrays and string-keyed dictionaries of such values, and the models that conform.
public protocol JSONWritable {
    /// Writes the value as one JSON value.
    func write(to json: inout JSONWriter)
}

extension String: JSONWritable {
    /// Writes the string, escaped.
    @inlinable
    public func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
    /// Writes the integer.
    @inlinable
    public func write(to json: inout JSONWriter) { json.number(self) }
}

extension Double: JSONWritable {
    /// Writes the number as Foundation does; `null` if it is not finite.
    @inlinable
    public func write(to json: inout JSONWriter) { json.number(self) }
}

extension Bool: JSONWritable {
    /// Writes `true` or `false`.
    @inlinable
    public func write(to json: inout JSONWriter) { json.bool(self) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// Writes the value, or `null` for nil.
    @inlinable
    public func write(to json: inout JSONWriter) {
        if let self { self.write(to: &json) } else { json.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    /// Writes an array of the elements.
    @inlinable
    public func write(to json: inout JSONWriter) {
        json.array(self) { $1.write(to: &$0) }
    }
}

extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    /// Writes an object of the entries, keys sorted.
    @inlinable
    public func write(to json: inout JSONWriter) {
        let entries = sorted { JSONWriter.precedes($0.key, $1.key) }
        json.object { json in
            for (key, value) in entries { json.member(key, value) }
        }
    }
}
