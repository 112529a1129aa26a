import Foundation

/// A set of file names compared byte for byte, as the file system compares them, held in one
/// buffer: a folder of sixty thousand names is two allocations, not sixty thousand strings.
///
/// (A `Set<String>` would also take a name for any canonically equivalent one, such as `é` written
/// as `e` and a combining accent, which the file system does not.)
struct NameSet: Sendable {
    /// The names, one after another.
    private var bytes: [UInt8] = []
    /// Where each name starts in `bytes`, and after the last one its end.
    private var starts: [Int] = [0]
    /// Open addressing: a name's number plus one, or 0 for an empty slot. Never more than half full.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    /// Each name's hash, kept so that growing places the names again without hashing them again
    /// (rehashing was almost half of reading an output folder of 6,000 names).
    private var hashes: [Int] = []

    /// An empty set.
    init() {}

    /// How many names there are.
    var count: Int { starts.count - 1 }

    /// Adds the name whose UTF-8 bytes are `name` unless it is there already.
    mutating func insert(_ name: UnsafeRawBufferPointer) {
        if (count + 1) * 2 > slots.count { grow() }
        let hash = NameSet.hash(name)
        var slot = hash & (slots.count - 1)
        while slots[slot] != 0 {
            if isName(Int(slots[slot]) - 1, name) { return }
            slot = (slot + 1) & (slots.count - 1)
        }
        bytes.append(contentsOf: name)
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(truncatingIfNeeded: count)
    }

    /// Whether the name whose UTF-8 bytes are `name` is in the set.
    func contains(_ name: UnsafeRawBufferPointer) -> Bool {
        var slot = NameSet.hash(name) & (slots.count - 1)
        while slots[slot] != 0 {
            if isName(Int(slots[slot]) - 1, name) { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    /// Whether the name numbered `index` has the bytes `name`.
    private func isName(_ index: Int, _ name: UnsafeRawBufferPointer) -> Bool {
        let (start, end) = (starts[index], starts[index + 1])
        guard end - start == name.count else { return false }
        guard let other = name.baseAddress else { return true }
        return bytes.withUnsafeBytes { stored in
            stored.baseAddress.map { memcmp($0 + start, other, name.count) == 0 } ?? false
        }
    }

    /// Doubles the slots and places every name again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, hash) in hashes.enumerated() {
            var slot = hash & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
    }

    /// Swift's own hash of the bytes, seeded afresh in every process, so that no folder of
    /// names can be made to collide and slow the probing down.
    private static func hash(_ name: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: name)
        return hasher.finalize()
    }
}
