@testable import Appraisal
import Testing
import TestRandom

/// The byte reading of plain cells answers as the Characters reading does, or leaves the cell
/// to it: on random cells near the plain spellings, and on a few written out.
struct PlainCellTests {
    /// A random cell: each part of `54.9 ± 3.9 (n=201)` or `18/201` in its plain spelling most
    /// of the time, in another spelling or missing otherwise.
    private func cell(_ random: inout SplitMix64, fraction: Bool) -> String {
        // The first choice most of the time, any of them otherwise.
        func pick(_ choices: [String]) -> String {
            random.next() % 8 < 6 ? choices[0] : choices[Int(random.next() % UInt64(choices.count))]
        }
        func space() -> String { pick(["", " ", "  ", "\t", "\u{A0}", "\r\n", "\n"]) }
        func number() -> String {
            pick([["54.9", "3", "0", "-0.5", "0012", "1.250", "-7"][Int(random.next() % 7)], ".5", "5.", "1e3", "−2.1", "+4", "-",
                  "99999999999999999999", String(repeating: "9", count: 400), "1.5.3", "4\u{301}", "x", "", "١٢", "- 3"])
        }
        func count() -> String {
            pick([["201", "0", "7", "0012", "9223372036854775807"][Int(random.next() % 5)], "-3", "+3", "9223372036854775808", "", "x",
                  "2 01", "1.5", "\u{301}"])
        }
        var parts: [String]
        if fraction {
            parts = [space(), count(), space(), pick(["/", "//", "", "\\", "/\u{301}"]), space(), count(), space()]
        } else {
            parts = [space(), number(), space(), pick(["±", "+/-", "+-", "", "±±", "±\u{301}"]), space(), number(), space()]
            if random.next() % 3 > 0 {
                parts += [pick(["(", "[", ""]), space(), pick([random.next() % 2 == 0 ? "n" : "N", "m", "", "n\u{301}"]), space(),
                          pick(["=", ":", "", "=="]), space(), count(), space(), pick([")", "", "))"]), pick(["", " ", "x", "("])]
            }
        }
        // Now and then a part goes missing or doubles.
        if random.next() % 6 == 0 {
            let index = Int(random.next() % UInt64(parts.count))
            if random.next() % 2 == 0 { parts.remove(at: index) } else { parts.insert(parts[index], at: index) }
        }
        return parts.joined()
    }

    @Test func meanSDAgreesWithTheCharactersReading() {
        var random = SplitMix64(seed: 61)
        var plain = 0
        for _ in 0..<6000 {
            let text = cell(&random, fraction: false)
            let quick = PlainCell.meanSD(text)
            if quick != nil { plain += 1 }
            let any = CellSyntax.anyMeanSD(text)
            let read = CellSyntax.meanSD(text)
            #expect(read?.mean == any?.mean && read?.sd == any?.sd && read?.n == any?.n, "\(text.debugDescription)")
            if let quick { #expect(quick.mean == any?.mean && quick.sd == any?.sd && quick.n == any?.n, "\(text.debugDescription)") }
        }
        // The generator makes plain cells often enough for the comparison to mean something.
        #expect(plain > 600)
    }

    @Test func fractionAgreesWithTheCharactersReading() {
        var random = SplitMix64(seed: 62)
        var plain = 0
        for _ in 0..<6000 {
            let text = cell(&random, fraction: true)
            let quick = PlainCell.fraction(text)
            if quick != nil { plain += 1 }
            let any = CellSyntax.anyFraction(text)
            let read = CellSyntax.fraction(text)
            #expect(read?.events == any?.events && read?.total == any?.total, "\(text.debugDescription)")
            if let quick { #expect(quick.events == any?.events && quick.total == any?.total, "\(text.debugDescription)") }
        }
        #expect(plain > 600)
    }

    @Test("reads the plain spellings", arguments: [
        ("54.9 ± 3.9 (n=201)", "54.9", 1, "3.9", 201),
        ("-0.50±12 ( N = 7 )", "-0.50", 2, "12", 7),
        ("  6.71 ± 1.60  ", "6.71", 2, "1.60", nil),
    ] as [(String, String, Int, String, Int?)])
    func plainMeanSD(_ text: String, _ mean: String, _ decimals: Int, _ sd: String, _ n: Int?) throws {
        let read = try #require(PlainCell.meanSD(text))
        #expect(read.mean.text == mean && read.mean.decimals == decimals && read.sd.text == sd && read.n == n)
        #expect(read.mean.value == Double(mean) && read.mean.comparison == .equal && read.mean.position == nil)
    }

    @Test("leaves other spellings to the Characters reading", arguments: [
        "54.9 +/- 3.9 (n=201)", "54.9 ± 3.9 (n=201) ", ".5 ± 1", "1e3 ± 2", "5 ± 1 (n=2 01)", "5\t± 1", "5 ± 1 (n=9223372036854775808)",
    ])
    func otherSpellings(_ text: String) {
        #expect(PlainCell.meanSD(text) == nil)
    }
}
