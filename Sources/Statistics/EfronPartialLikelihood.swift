import RealModule

/// Cox's partial log-likelihood for one binary covariate with Efron's (1977) approximation for
/// tied event times, and its first two derivatives in β.
///
/// At an event time with a control and b experimental patients at risk and d = d₀ + d₁ events, the
/// k-th of the d tied events (k = 0...d-1) sees the risk set a - (k/d)d₀ + (b - (k/d)d₁)·e^β. Each
/// evaluation is O(number of events); the logarithms are taken as log-sum-exp so that large |β|
/// neither overflows nor loses the smaller term.
struct EfronPartialLikelihood {
    /// The log-likelihood, score (first derivative) and information (minus the second derivative) at β.
    struct Point {
        let beta: Double
        let logLikelihood: Double
        let score: Double
        let information: Double
    }

    let riskSets: TwoArmRiskSets

    func evaluate(at beta: Double) -> Point {
        var logLikelihood = 0.0
        var score = 0.0
        var information = 0.0
        for row in riskSets.eventTimes {
            let deaths = row.controlEvents + row.experimentalEvents
            logLikelihood += row.experimentalEvents * beta
            score += row.experimentalEvents
            var k = 0.0
            while k < deaths {
                let fraction = k / deaths
                let control = row.controlAtRisk - fraction * row.controlEvents
                let experimental = row.experimentalAtRisk - fraction * row.experimentalEvents
                let (logRiskSet, share) = Self.riskSet(control: control, experimental: experimental, beta: beta)
                logLikelihood -= logRiskSet
                score -= share
                information += share * (1 - share)
                k += 1
            }
        }
        return Point(beta: beta, logLikelihood: logLikelihood, score: score, information: information)
    }

    /// log(c + e·e^β) and the experimental share e·e^β / (c + e·e^β), for weights c, e >= 0 not both 0.
    static func riskSet(control: Double, experimental: Double, beta: Double) -> (log: Double, share: Double) {
        guard experimental > 0 else { return (Double.log(control), 0) }
        let logExperimental = Double.log(experimental) + beta
        guard control > 0 else { return (logExperimental, 1) }
        let logControl = Double.log(control)
        let difference = logControl - logExperimental
        if difference > 0 {
            let ratio = Double.exp(-difference)
            return (logControl + Double.log(onePlus: ratio), ratio / (1 + ratio))
        }
        let ratio = Double.exp(difference)
        return (logExperimental + Double.log(onePlus: ratio), 1 / (1 + ratio))
    }
}
