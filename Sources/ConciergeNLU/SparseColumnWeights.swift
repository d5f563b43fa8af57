import ConciergeBinary

/// A linear model's weights as a compiled model stores them: per feature column, only the
/// classes whose weight is not zero (most are zero: a word is evidence for a few intents),
/// used where the file is mapped. A third of the dense table's bytes on a 150-intent bot,
/// so a start checks and maps a third as much (BENCHMARKS.md, issue #18).
///
///     let sparse = SparseColumnWeights(dense: FlatArray([0, 2, 0, 0, 0, 0]), classCount: 3)
///     // starts [0, 1, 1], classes [1], values [2]: column 0 has class 1's weight 2, column 1 none
///     LinearModel(classCount: 3, sparse: sparse, bias: [0, 0, 0]).scores(vector)   // the dense model's scores
///
/// Scores add the same products in the same order as the dense table (a zero weight adds
/// nothing), so a model answers the same from either.
struct SparseColumnWeights: Sendable {
    /// Where each column's entries start in `classes` and `values`; one more than the columns.
    let starts: FlatArray<UInt32>
    let classes: FlatArray<UInt16>
    let values: FlatArray<Float>

    init(starts: FlatArray<UInt32>, classes: FlatArray<UInt16>, values: FlatArray<Float>) {
        self.starts = starts
        self.classes = classes
        self.values = values
    }

    /// The nonzero weights of a feature-major dense table (`classCount` ≤ 65,536).
    init(dense weights: FlatArray<Float>, classCount: Int) {
        var starts: [UInt32] = [0]
        var classes: [UInt16] = []
        var values: [Float] = []
        let columns = classCount == 0 ? 0 : weights.count / classCount
        starts.reserveCapacity(columns + 1)
        weights.withUnsafeBufferPointer { weights in
            for column in 0..<columns {
                let row = column * classCount
                for k in 0..<classCount where weights[row + k] != 0 {
                    classes.append(UInt16(truncatingIfNeeded: k))
                    values.append(weights[row + k])
                }
                starts.append(UInt32(truncatingIfNeeded: classes.count))
            }
        }
        self.init(starts: FlatArray(starts), classes: FlatArray(classes), values: FlatArray(values))
    }

    /// Writes the weights of columns `start..<end` into a feature-major dense table.
    func copyColumns(from start: Int, to end: Int, classCount: Int, into table: inout [Float]) {
        for column in start..<min(end, starts.count - 1) {
            let lower = Int(starts[column]), upper = min(Int(starts[column + 1]), classes.count, values.count)
            guard lower < upper else { continue }
            for entry in lower..<upper where Int(classes[entry]) < classCount {
                let index = (column - start) * classCount + Int(classes[entry])
                if index < table.count { table[index] = values[entry] }
            }
        }
    }

    /// Adds `x` (its first `end` entries) times the weights to the scores, column by column in order, so every score sums
    /// the same products in the same order as the dense table. A column or an entry that lies
    /// outside the tables (a damaged file the checksum let through) adds nothing. A message's columns
    /// lie scattered over tables larger than the cache: the bounds of every column are read
    /// first, then the first entry of each, in loops with no branch on what they read, so the
    /// processor fetches those lines side by side instead of waiting on each in turn.
    func add(_ x: SparseVector, entries end: Int? = nil, to scores: UnsafeMutableBufferPointer<Float>) {
        let count = min(x.indices.count, x.values.count, end ?? .max)
        starts.withUnsafeBufferPointer { starts in
            classes.withUnsafeBufferPointer { classes in
                values.withUnsafeBufferPointer { values in
                    withUnsafeTemporaryAllocation(of: Entries.self, capacity: count) { entries in
                        for index in 0..<count {
                            entries[index] = Self.bounds(of: Int(x.indices[index]), starts: starts)
                        }
                        let available = min(classes.count, values.count)
                        for index in 0..<count {
                            let lower = entries[index].lower
                            // An entry outside the tables (a damaged file): the column adds nothing.
                            guard lower < entries[index].upper, entries[index].upper <= available else {
                                entries[index].upper = lower
                                continue
                            }
                            entries[index].firstClass = classes[lower]
                            entries[index].firstValue = values[lower]
                        }
                        for index in 0..<count {
                            let range = entries[index]
                            guard range.lower < range.upper else { continue }
                            let value = x.values[index]
                            let first = Int(range.firstClass)
                            if first < scores.count { scores[first] += value * range.firstValue }
                            for entry in (range.lower + 1)..<range.upper {
                                let k = Int(classes[entry])
                                if k < scores.count { scores[k] += value * values[entry] }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One column's entries, and its first entry read ahead.
    private struct Entries {
        var lower: Int
        var upper: Int
        var firstClass: UInt16 = 0
        var firstValue: Float = 0
    }

    /// The entries of `column`, empty for a column outside the table or a range out of order.
    @inline(__always)
    private static func bounds(of column: Int, starts: UnsafeBufferPointer<UInt32>) -> Entries {
        guard column >= 0, column + 1 < starts.count else { return Entries(lower: 0, upper: 0) }
        let lower = Int(starts[column]), upper = Int(starts[column + 1])
        return lower <= upper ? Entries(lower: lower, upper: upper) : Entries(lower: 0, upper: 0)
    }

    func write(to writer: inout BinaryWriter) {
        starts.withUnsafeBufferPointer { writer.writeArray($0) }
        classes.withUnsafeBufferPointer { writer.writeArray($0) }
        values.withUnsafeBufferPointer { writer.writeArray($0) }
    }

    /// The tables, with their sizes checked against each other (their entries are checked on use).
    static func read(from reader: inout BinaryReader, columnCount: Int) throws(BinaryFormatError) -> SparseColumnWeights {
        let start = reader.offset
        let starts: FlatArray<UInt32> = try reader.readFlatArray()
        let classes: FlatArray<UInt16> = try reader.readFlatArray()
        let values: FlatArray<Float> = try reader.readFlatArray()
        guard starts.count == columnCount + 1, classes.count == values.count else {
            throw BinaryFormatError("the classifier's weight columns do not fit its columns", at: start)
        }
        return SparseColumnWeights(starts: starts, classes: classes, values: values)
    }
}
