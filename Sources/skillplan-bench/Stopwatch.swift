/// Wall-clock timing and the statistics the benchmark reports.
enum Stopwatch {
    /// Seconds taken by `body`.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return (clock.now - start) / .seconds(1)
    }

    /// Processor seconds (user and system, every thread) this process has used so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        guard getrusage(Self.selfUsage, &usage) == 0 else { return .nan }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    #if canImport(Glibc)
        private static let selfUsage = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let selfUsage = RUSAGE_SELF
    #endif

    /// The median of `values` (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The geometric mean of positive `values`.
    static func geometricMean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        return exp(values.reduce(0) { $0 + log($1) } / Double(values.count))
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
