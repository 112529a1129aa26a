/// Solves the small symmetric systems of the log-rank test by Gaussian elimination with partial
/// pivoting; nil when the matrix is singular (a pivot below 1e-12 of the largest diagonal entry).
enum SmallLinearSystem {
    static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
        let size = vector.count
        guard size > 0, matrix.count == size else { return nil }
        var a = matrix
        var b = vector
        let scale = (0..<size).map { abs(a[$0][$0]) }.max() ?? 0
        guard scale > 0 else { return nil }
        for column in 0..<size {
            var pivot = column
            for row in column..<size where abs(a[row][column]) > abs(a[pivot][column]) { pivot = row }
            guard abs(a[pivot][column]) > scale * 1e-12 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<size {
                let factor = a[row][column] / a[column][column]
                guard factor != 0 else { continue }
                for j in column..<size { a[row][j] -= factor * a[column][j] }
                b[row] -= factor * b[column]
            }
        }
        var x = Array(repeating: 0.0, count: size)
        for row in stride(from: size - 1, through: 0, by: -1) {
            var sum = b[row]
            for j in (row + 1)..<size { sum -= a[row][j] * x[j] }
            x[row] = sum / a[row][row]
        }
        return x
    }
}
