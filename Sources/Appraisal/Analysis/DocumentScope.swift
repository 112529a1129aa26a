import Markdown

/// The names an appraisal's expressions can use: `<block>.<statistic>`, with arms by their
/// written name or slug, `.low`/`.high` of intervals, and `<arm>.survival(t)`.
public struct DocumentScope: ExpressionScope, Sendable {
    /// The results of every data block, by block id.
    public let blocks: [String: BlockResults]
    /// Blocks that could not be read, with the position of their first error.
    public let failed: [String: SourcePosition]

    /// A scope over the results of a document's blocks; `failed` names the blocks that had errors.
    public init(_ results: [BlockResults], failed: [String: SourcePosition] = [:]) {
        blocks = BlockResults.byID(results)
        self.failed = failed
    }

    /// Resolves a dotted name to a quantity, or says why it cannot.
    public func resolve(_ path: [String], arguments: [Double]?) -> Result<Quantity, ExpressionLookupFailure> {
        // The block's results are looked up once: each lookup copies them.
        guard let id = path.first, let results = blocks[id] else {
            if let id = path.first, let error = failed[id] {
                return .failure(.unavailable("data block '\(id)' has errors, see line \(error.line)",
                                             hint: "fix the data block; its values appear here once it reads"))
            }
            let ids = blocks.keys.sorted()
            return .failure(.unknownName("no data block is named '\(path.first ?? "")'",
                                         suggestions: ExpressionSuggestions.nearest(to: path.first ?? "", among: ids)))
        }
        let name = DocumentScope.canonical(Array(path.dropFirst()), in: results).joined(separator: ".")
        if let arguments { return call(name, arguments: arguments, in: results) }
        switch DocumentScope.lookup(name, in: results) {
        case .success(let statistic): return .success(statistic)
        case .failure(let failure):
            guard failure.reason == .unknownName else { return .failure(failure) }
            let candidates = results.names.map { "\(id).\($0)" }
            return .failure(.unknownName("unknown statistic '\(name)' for \(results.block.kind) block '\(id)'",
                                         suggestions: ExpressionSuggestions.nearestOrSameEnding(to: "\(id).\(name)", among: candidates)))
        }
    }

    /// The quantity called `name` (without the block id) in `results`.
    static func lookup(_ name: String, in results: BlockResults) -> Result<Quantity, ExpressionLookupFailure> {
        if let statistic = results[name] { return .success(statistic.quantity) }
        if let reason = results.unavailable[name] {
            return .failure(.unavailable("'\(results.block.id).\(name)' cannot be computed: \(reason)"))
        }
        for limit in ["low", "high"] where name.hasSuffix(".\(limit)") {
            let base = String(name.dropLast(limit.count + 1))
            if let statistic = results[base] {
                guard let quantity = statistic.quantity.intervalLimit(limit) else {
                    return .failure(.unavailable("'\(results.block.id).\(base)' has no confidence interval"))
                }
                return .success(quantity)
            }
            if let reason = results.unavailable[base] {
                return .failure(.unavailable("'\(results.block.id).\(base)' cannot be computed: \(reason)"))
            }
        }
        return .failure(.unknownName("unknown statistic '\(name)'"))
    }

    /// Replaces an arm written by its display name with the arm's slug.
    static func canonical(_ parts: [String], in results: BlockResults) -> [String] {
        guard let first = parts.first else { return parts }
        let lowercased = first.lowercased()
        guard let arm = results.block.content.namedParts.first(where: { $0.display == first || $0.slug == lowercased }) else { return parts }
        return [arm.slug] + parts.dropFirst()
    }

    private func call(_ written: String, arguments: [Double], in results: BlockResults) -> Result<Quantity, ExpressionLookupFailure> {
        let limit = ["low", "high"].first { written.hasSuffix(".\($0)") }
        let name = limit.map { String(written.dropLast($0.count + 1)) } ?? written
        guard name.hasSuffix(".survival"), let curve = results.survivalCurves[String(name.dropLast(".survival".count))] else {
            return .failure(.invalidArguments("'\(results.block.id).\(name)' is not a function",
                                              hint: "only <arm>.survival(t) of a survival block takes an argument"))
        }
        guard arguments.count == 1, let time = arguments.first else {
            return .failure(.invalidArguments("survival(t) takes one time, e.g. survival(12)"))
        }
        do {
            let estimate = try curve.survivalEstimate(at: time)
            let quantity = Quantity(estimate.value, kind: .proportion, interval: estimate.interval, defaultDecimals: 0)
            guard let limit else { return .success(quantity) }
            guard let bound = quantity.intervalLimit(limit) else {
                return .failure(.unavailable("'\(results.block.id).\(name)(\(time))' has no confidence interval: no event has happened by then"))
            }
            return .success(bound)
        } catch {
            return .failure(.unavailable("'\(results.block.id).\(name)(\(time))' cannot be computed: \(error)"))
        }
    }
}
