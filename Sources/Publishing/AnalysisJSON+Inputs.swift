import Appraisal

/// A kind of data block whose inputs `<slug>.json` lists as written, per arm or row.
protocol JSONInputsContent: DataBlockContent {
    /// The block's data as text, keyed by arm, group or row.
    var jsonInputs: [String: [String]] { get }
}

extension BinaryData: JSONInputsContent {
    var jsonInputs: [String: [String]] {
        Dictionary(uniqueKeysWithValues: arms.map { ($0.name.display, ["\($0.events)/\($0.total)"]) })
    }
}

extension ContinuousData: JSONInputsContent {
    var jsonInputs: [String: [String]] {
        Dictionary(uniqueKeysWithValues: arms.map { arm in
            switch arm.sample {
            case .summary(let mean, let sd, let n): (arm.name.display, ["mean \(mean)", "sd \(sd)", "n \(n)"])
            case .raw(let values): (arm.name.display, values.map { String($0) })
            }
        })
    }
}

extension SurvivalRows: JSONInputsContent {
    var jsonInputs: [String: [String]] {
        Dictionary(uniqueKeysWithValues: groups.map { group in
            (group.display, rows.filter { $0.group == group.display }.map { "\($0.time)\($0.event ? "" : "+")" })
        })
    }
}

extension BaselineTable: JSONInputsContent {
    var jsonInputs: [String: [String]] {
        Dictionary(uniqueKeysWithValues: rows.map { row in (row.label, row.values.map(ResultTable.text(of:)) + [row.reportedP.map { "p \($0.text)" } ?? "p —"]) })
    }
}

extension DiagnosticData: JSONInputsContent {
    var jsonInputs: [String: [String]] {
        let c = counts
        var inputs = ["counts": ["tp \(c.truePositives)", "fp \(c.falsePositives)", "fn \(c.falseNegatives)", "tn \(c.trueNegatives)"]]
        if !levels.isEmpty {
            inputs["levels"] = levels.map { "\($0.label): \($0.withCondition) / \($0.withoutCondition)" }
            inputs["positive"] = ["\(positive)"]
        }
        if let pretest { inputs["pretest"] = ["\(pretest)"] }
        return inputs
    }
}

extension MetaAnalysisData: JSONInputsContent {
    /// The study lines under one key, so that no study name can collide with an option.
    var jsonInputs: [String: [String]] {
        let lines = studies.map { study -> String in
            let line: String = switch study.data {
            case .counts(let a, let n, let c, let m): "\(a)/\(n) vs \(c)/\(m)"
            case .means(let mean1, let sd1, let n1, let mean2, let sd2, let n2): "\(mean1) ± \(sd1) (n=\(n1)) vs \(mean2) ± \(sd2) (n=\(n2))"
            case .estimate(let value, let low, let high): "\(value) (\(low) to \(high))"
            }
            return "\(study.name.display): \(line)"
        }
        return ["studies": lines, "measure": [measure], "tau2": [tau2], "pooling": [pooling ?? "default"], "hksj": ["\(hksj)"]]
    }
}
