/// A Cox proportional hazards model fitted to two arms: the hazard ratio of the experimental arm
/// relative to the control arm, its log (the coefficient β) and the Wald test of β = 0.
public struct ProportionalHazardsResult: Equatable, Sendable {
    /// exp(β), the experimental arm's hazard relative to the control arm's, with the Wald interval
    /// exp(β ± z·SE).
    public let hazardRatio: Estimate
    /// β, the log hazard ratio: the maximum of the partial likelihood.
    public let coefficient: Double
    /// The standard error of β, 1/√(information at β).
    public let standardError: Double
    /// The Wald test of β = 0: z = β/SE, two-sided P from the normal distribution.
    public let test: TestResult
    /// The maximised partial log-likelihood.
    public let logLikelihood: Double
    /// Newton-Raphson iterations taken to converge.
    public let iterations: Int
    /// The arm coded 1 (the hazard ratio's numerator).
    public let experimental: String
    /// The arm coded 0 (the hazard ratio's denominator).
    public let control: String
}
