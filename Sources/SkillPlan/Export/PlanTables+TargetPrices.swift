extension PlanTables.Builder {
    /// What each target costs (``Plan/targetPrices``): target, kind, its value and unit,
    /// the relaxed value (or "target removed"), whether the plan meets it, how the relaxed
    /// solve ended (short: ``Terms/priceSolve(_:)``), the relaxed plan's cost, the cost
    /// saved by relaxing the target (or the words it reads as: within the gap, not
    /// settled, ``Terms/priceWords(_:)``; JSON keeps the amount) with its
    /// least and most given the searches' gaps, and the applicants admitted, teachers and
    /// seats that change, and the decisions that differ. Empty for a plan without prices.
    func targetPrices() -> ([ExportColumn], [ExportRow]) {
        let columns = [
            column(.target, .text), column(.kind, .text), column(.required, .quantity),
            column(.relaxedValue, .quantity),
            column(.unit, .text), column(.inPlan, .text), column(.relaxedSolve, .text), column(.relaxedCost, .money),
            column(.costSaved, .money), column(.costSavedLow, .money), column(.costSavedHigh, .money),
            column(.applicantsChange, .count), column(.teachersChange, .count), column(.seatsChange, .count),
            column(.decisionsDifferingFromPlan, .count),
        ]
        let rows = (plan.targetPrices?.prices ?? []).map { price in
            let relaxed: ExportValue =
                price.relaxedValue.map { Self.quantity($0, unit: price.unit) } ?? .text(terms[.removed])
            let solve = terms.priceSolve(price)
            let saved: ExportValue =
                price.costSaved.map {
                    .reading($0, words: terms.priceWords(price), code: price.reading.rawValue)
                } ?? .empty
            return ExportRow(values: [
                .text(names.target(price.target)), .text(terms.kind(price.kind)),
                price.value.map { Self.quantity($0, unit: price.unit) } ?? .empty, relaxed,
                .text(terms.unit(price.unit)), .text(terms.met(price.metInPlan)), .text(solve),
                price.cost.map(ExportValue.money) ?? .empty, saved,
                price.costSavedLow.map(ExportValue.money) ?? .empty,
                price.costSavedHigh.map(ExportValue.money) ?? .empty,
                price.applicantsChange.map(ExportValue.count) ?? .empty,
                price.teachersChange.map(ExportValue.count) ?? .empty,
                price.seatsChange.map(ExportValue.count) ?? .empty,
                price.decisionsDiffering.map { .count(Double($0)) } ?? .empty,
            ])
        }
        return (columns, rows)
    }
}
