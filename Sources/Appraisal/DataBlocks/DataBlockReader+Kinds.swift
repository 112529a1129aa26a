import Markdown
import Yams

extension DataBlockReader {
    mutating func readBinary(_ fields: [String: Node]) -> BinaryData? {
        guard let entries = namedEntries(fields["arms"], key: "arms", minimum: 2) else { return nil }
        var arms: [BinaryData.Arm] = []
        for (name, node) in entries {
            guard let text = reader.string(node, key: "arms.\(name.display)") else { continue }
            guard let (events, total) = CellSyntax.fraction(text) else {
                reader.report(node, code: "binary-arm-syntax", "arm \"\(name.display)\" must be written events/total, e.g. 7/8, not '\(text)'",
                              hint: "counts are whole numbers of patients")
                continue
            }
            if events < 0 || total <= 0 {
                reader.report(node, code: "binary-arm-count", "arm \"\(name.display)\" needs a positive total and no negative events")
            } else if events > total {
                reader.report(node, code: "binary-events-above-total", "arm \"\(name.display)\" has \(events) events out of \(total)",
                              hint: "events cannot exceed the number of patients in the arm")
            } else {
                arms.append(BinaryData.Arm(name: name, events: events, total: total))
            }
        }
        guard arms.count == entries.count else { return nil }
        var controlIndex = arms.count - 1
        if let controlNode = fields["control"], let control = reader.string(controlNode, key: "control") {
            if let index = arms.firstIndex(where: { $0.name.display == control || $0.name.slug == control }) {
                controlIndex = index
            } else {
                reader.report(controlNode, code: "binary-control", "'control' names no arm: '\(control)'",
                              hint: Suggestion.hint(for: control, in: arms.map(\.name.display)))
                return nil
            }
        }
        var data = BinaryData(arms: arms, controlIndex: controlIndex, desirable: reader.bool(fields["desirable"], key: "desirable") ?? false)
        if let node = fields["patient_risk"] {
            guard let risk = readProbability(node, key: "patient_risk", code: "patient-risk-range",
                                             hint: "the patient's expected event risk without treatment, e.g. 0.20 for 20%") else { return nil }
            data.patientRisk = risk
        }
        return data
    }

    mutating func readContinuous(_ fields: [String: Node]) -> ContinuousData? {
        guard let entries = namedEntries(fields["arms"], key: "arms", minimum: 2) else { return nil }
        var arms: [ContinuousData.Arm] = []
        for (name, node) in entries {
            if let sequence = node.sequence {
                let values = sequence.compactMap { item -> Double? in
                    guard let value = item.scalar.flatMap({ Double($0.string) }), value.isFinite else {
                        reader.report(item, code: "continuous-value", "arm \"\(name.display)\" has a value that is not a number")
                        return nil
                    }
                    return value
                }
                guard values.count == sequence.count else { continue }
                guard values.count >= 2 else {
                    reader.report(node, code: "continuous-too-few", "arm \"\(name.display)\" needs at least 2 observations; it has \(values.count)")
                    continue
                }
                arms.append(ContinuousData.Arm(name: name, sample: .raw(values)))
                continue
            }
            guard let text = reader.string(node, key: "arms.\(name.display)") else { continue }
            guard let (mean, sd, n) = CellSyntax.meanSD(text), let n else {
                reader.report(node, code: "continuous-arm-syntax", "arm \"\(name.display)\" must be written mean ± SD (n=N), or be a list of values",
                              hint: "for example: 6.71 ± 1.60 (n=24)")
                continue
            }
            if sd.value <= 0 {
                reader.report(node, code: "continuous-sd", "arm \"\(name.display)\" has SD \(sd.text); an SD must be above 0")
            } else if n < 2 {
                reader.report(node, code: "continuous-too-few", "arm \"\(name.display)\" has n=\(n); a test needs at least 2 per arm")
            } else {
                arms.append(ContinuousData.Arm(name: name, sample: .summary(mean: mean.value, sd: sd.value, n: n)))
            }
        }
        guard arms.count == entries.count else { return nil }
        return ContinuousData(arms: arms)
    }
}

extension DataBlockReader {
    /// A probability strictly between 0 and 1, written as a decimal (0.2) or a percentage (20%).
    mutating func readProbability(_ node: Node, key: String, code: String, hint: String) -> Double? {
        guard let text = reader.string(node, key: key) else { return nil }
        let isPercent = text.hasSuffix("%")
        let digits = isPercent ? String(text.dropLast()).trimmingWhitespace() : text
        guard let number = Double(digits), number.isFinite else {
            reader.report(node, code: code, "'\(key)' must be a probability such as 0.2 or 20%, not '\(text)'", hint: hint)
            return nil
        }
        let value = isPercent ? number / 100 : number
        guard value > 0, value < 1 else {
            reader.report(node, code: code, "'\(key)' must lie strictly between 0 and 1; it is \(text)", hint: hint)
            return nil
        }
        return value
    }
}
