extension PlanTables.Builder {
    /// Scenario, title, question, solver status, stop reason, objective, bound, gap,
    /// each phase's value, bound and gap (shortfall, cost), the reference plan and the
    /// decisions differing from it, years, targets short and the input hash, as item and value.
    func summary() -> ([ExportColumn], [ExportRow]) {
        let columns = [column(.item, .text), column(.value, .text)]
        let solver = plan.solver
        var items: [(Terms.Key, ExportValue)] = [
            (.scenario, .text(plan.scenario)),
            (.title, .text(terms.language == .zh ? plan.titleZh : plan.titleEn)),
            (.question, .text(plan.question(in: terms.language))),
            (.solverStatus, .text(terms.solverStatus(solver.status))),
        ]
        if let reason = solver.stopReason { items.append((.stopReason, .text(terms.stopReason(reason)))) }
        items.append((.objective, solver.objective.map(ExportValue.money) ?? .empty))
        items.append((.bestBound, solver.bestBound.map(ExportValue.money) ?? .empty))
        items.append((.gap, solver.gap.map(ExportValue.share) ?? .empty))
        items.append((.requestedGap, .share(solver.requestedGap)))
        if let phase = solver.phase(.shortfall) {
            items += [
                (.phaseShortfall, phase.value.map(ExportValue.money) ?? .empty),
                (.phaseShortfallBound, phase.bound.map(ExportValue.money) ?? .empty),
                (.phaseShortfallGap, phase.gap.map(ExportValue.share) ?? .empty),
            ]
        }
        if let phase = solver.phase(.cost) {
            items += [
                (.phaseCost, phase.value.map(ExportValue.money) ?? .empty),
                (.phaseCostBound, phase.bound.map(ExportValue.money) ?? .empty),
                (.phaseCostGap, phase.gap.map(ExportValue.share) ?? .empty),
            ]
        }
        if let like = plan.like {
            items.append((.likeReference, .text(like.name)))
            items.append((.phaseDistance, .count(like.distance)))
            items.append((.decisionsDiffering, .count(Double(like.decisionsDiffering))))
        }
        items.append((.baseYear, .year(plan.baseYear)))
        items.append((.planningYears, .text(PlanNames.years(plan.years))))
        if let actuals = plan.actuals {
            let zh = terms.language == .zh
            items.append(
                (
                    .actualYears,
                    .text(ScenarioCoverage.yearsText(actuals.years) + (zh ? "（\(actuals.file)）" : " (\(actuals.file))"))
                ))
            for figure in actuals.figures {
                let name =
                    "\(figure.year) \(figure.scope.joined(separator: "/")) \(figure.measure.name(terms.language))"
                items.append(
                    (
                        .actualFigure,
                        .text(
                            "\(name): \(NumberText.money(figure.value))"
                                + (zh ? "（\(figure.source)）" : " (\(figure.source))"))
                    ))
            }
            for line in actuals.freeLines(terms.language) { items.append((.notGivenPlanned, .text(line))) }
        }
        for warning in plan.warnings ?? [] { items.append((.coverageWarning, .text(warning.line(terms.language)))) }
        let short = plan.targetsShort.map(names.target)
        let separator = terms.language == .zh ? "；" : "; "
        items.append((.targetsShort, .text(short.isEmpty ? terms[.none] : short.joined(separator: separator))))
        items.append((.inputHash, .text(plan.inputHash)))
        return (columns, items.map { ExportRow(values: [.text(terms[$0.0]), $0.1]) })
    }

    /// Each cost, the shortfall penalty and the objective, in yuan.
    func costs() -> ([ExportColumn], [ExportRow]) {
        let columns = [column(.item, .text), column(.amountYuan, .money)]
        let rows = CostItem.items(in: plan.costs).map { item in
            ExportRow(values: [.text(terms[item.termKey]), .money(item.amount(in: plan.costs))])
        }
        return (columns, rows)
    }
}
