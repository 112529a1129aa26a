import Foundation
import Testing

/// Reads committed golden vectors from `Golden/<name>.json`, written by `scripts/golden/*.py`.
///
/// Each file is `{"generator": "...", "oracle": "...", "cases": [...]}`; infinities and NaN are
/// written as the strings "inf", "-inf" and "nan".
enum GoldenVectors {
    struct File<Case: Decodable>: Decodable {
        let cases: [Case]
    }

    static func load<Case: Decodable>(_ name: String, as type: Case.Type = Case.self) throws -> [Case] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Golden") else {
            throw GoldenError.missing(name)
        }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(File<Case>.self, from: Data(contentsOf: url)).cases
    }

    enum GoldenError: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self {
            case .missing(let name): "golden vectors Golden/\(name).json are missing; run `make golden`"
            }
        }
    }
}

/// Whether `actual` matches `expected` to a relative tolerance (with an absolute floor near zero).
///
/// Infinities must match exactly; NaN never matches.
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 0) -> Bool {
    if actual.isNaN || expected.isNaN { return false }
    if actual.isInfinite || expected.isInfinite { return actual == expected }
    let difference = abs(actual - expected)
    return difference <= absolute || difference <= relative * max(abs(actual), abs(expected))
}

/// Records a test issue naming the case when `actual` is not close to `expected`.
func expectClose(
    _ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 0,
    _ label: @autoclosure () -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(
        isClose(actual, expected, relative: relative, absolute: absolute),
        "\(label()): got \(actual), expected \(expected)", sourceLocation: sourceLocation)
}
