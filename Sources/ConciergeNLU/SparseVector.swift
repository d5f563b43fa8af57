/// A sparse feature vector: sorted column indices and their values.
///
///     let x = SparseVector(indices: [2, 7], values: [0.6, 0.8])
///     x.dot(dense)   // 0.6 * dense[2] + 0.8 * dense[7]
public struct SparseVector: Hashable, Sendable {
    public var indices: [Int32]
    public var values: [Float]

    public init(indices: [Int32] = [], values: [Float] = []) {
        self.indices = indices
        self.values = values
    }

    public var isEmpty: Bool { indices.isEmpty }

    public var squaredNorm: Float {
        values.reduce(0) { $0 + $1 * $1 }
    }
}

/// Rows of sparse vectors in compressed sparse row form, for the training loops.
struct SparseMatrix: Sendable {
    private(set) var rowStarts: [Int] = [0]
    private(set) var indices: [Int32] = []
    private(set) var values: [Float] = []

    var rowCount: Int { rowStarts.count - 1 }

    mutating func append(_ row: SparseVector) {
        indices.append(contentsOf: row.indices)
        values.append(contentsOf: row.values)
        rowStarts.append(indices.count)
    }

    /// The raw arrays, for loops that must not pay for bounds checks.
    func withUnsafeBuffers<Result>(
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Float>) throws -> Result
    ) rethrows -> Result {
        try rowStarts.withUnsafeBufferPointer { rowStarts in
            try indices.withUnsafeBufferPointer { indices in
                try values.withUnsafeBufferPointer { values in
                    try body(rowStarts, indices, values)
                }
            }
        }
    }

    func rowRange(_ row: Int) -> Range<Int> {
        rowStarts[row]..<rowStarts[row + 1]
    }
}
