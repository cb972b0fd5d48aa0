/// A plan diff as JSON (sorted keys):
///
/// ```json
/// { "language": "en", "noChanges": false,
///   "before": { "scenario": "…", "label": "baseline", "name": "baseline · …", "title": "…", "inputHash": "…" },
///   "after": { … },
///   "headline": { "costs": [ { "item": "total", "label": "Total cost", "before": 1, "after": 2, "delta": 1 }, … ],
///                 "targetsMet": { "before": 9, "after": 7, "of": 10 },
///                 "targets": [ { "target": "…", "name": "…", "status": "target-newly-short", "unit": "students",
///                                "before": 0, "after": 820, "delta": 820, "yearsShort": [2024, 2025] } ],
///                 "turnedAway": { "applicants": 12500, "before": 42, "after": 956, "delta": 914,
///                                 "programmes": [ { "programme": "…", "name": "…", "before": 0, "after": 400, "delta": 400 } ] },
///                 "schools": [ { "school": "…", "name": "…", "year": 2025, "teachers": { "before": …, "after": …, "delta": … },
///                                "seats": { … }, "students": { … } } ],
///                 "inputs": [ "teacher_groups · xt-mech · max_hire: 6 → 0" ] },
///   "inputs": [ { "table": "teacher_groups", "id": "xt-mech", "field": "max_hire", "before": "6", "after": "0" } ],
///   "threshold": { "people": 1, "seats": 1, "costShare": 0.001 }, "unlisted": 3,
///   "schoolTotals": [ { "kind": "hires", "group": "xt-mech", "school": "…", "before": 10, "after": 0, "delta": -10, … } ],
///   "changes": [ { "section": "teachers", "kind": "hires", "label": "Hires", "key": "hires[xt-mech,2021]",
///                  "group": "xt-mech", "item": "Mechatronics department", "school": "xn-tech",
///                  "schoolName": "…", "year": 2021, "before": 1, "after": 3, "delta": 2 }, … ] }
/// ```
///
/// Ids stay ids; `label`, `item`, `name`, `schoolName` and `sectionLabel` are in the
/// chosen language; a field that does not apply is left out; an absent before or after
/// is `null`. `changes` and `schoolTotals` hold the changes that reach the threshold;
/// `unlisted` counts the others. `inputs` keeps each value whole; the headline's inputs
/// are the cut lines.
enum PlanDiffJSON {
    /// The JSON value.
    static func value(_ rows: PlanDiffRows) -> JSONValue {
        let diff = rows.diff
        let terms = rows.terms
        func side(_ s: PlanDiff.Side) -> JSONValue {
            var o: [String: JSONValue] = [
                "scenario": .string(s.scenario), "name": .string(s.name),
                "title": .string(terms.language == .zh ? s.titleZh : s.titleEn),
                "inputHash": .string(s.inputHash),
            ]
            if let label = s.label { o["label"] = .string(label) }
            return .object(o)
        }
        let inputs = diff.inputs.map { i in
            JSONValue.object([
                "table": .string(i.table), "id": .string(i.id), "field": .string(i.field),
                "before": .optional(i.before), "after": .optional(i.after),
            ])
        }
        func change(_ c: PlanChange) -> JSONValue {
            var o: [String: JSONValue] = [
                "section": .string(c.kind.section.rawValue), "sectionLabel": .string(terms[c.kind.section.termKey]),
                "kind": .string(c.kind.rawValue), "label": .string(terms[c.kind.termKey]), "key": .string(c.key),
                "item": .string(rows.item(c)), "before": .optional(c.before), "after": .optional(c.after),
                "delta": .numeric(c.delta),
            ]
            if let v = c.school {
                o["school"] = .string(v)
                o["schoolName"] = .string(rows.names.school(v))
            }
            if let v = c.programme { o["programme"] = .string(v) }
            if let v = c.level { o["level"] = .string(v) }
            if let v = c.group { o["group"] = .string(v) }
            if let v = c.target { o["target"] = .string(v) }
            if let v = c.costItem { o["costItem"] = .string(v.rawValue) }
            if let v = c.year { o["year"] = .integer(v) }
            if let v = c.unit { o["unit"] = .string(v) }
            return .object(o)
        }
        var object: [String: JSONValue] = [
            "language": .string(terms.language.rawValue), "noChanges": .bool(diff.isEmpty),
            "before": side(diff.before), "after": side(diff.after), "headline": headline(rows),
            "inputs": .array(inputs),
            "threshold": .object([
                "people": .numeric(diff.threshold.people), "seats": .numeric(diff.threshold.seats),
                "costShare": .numeric(diff.threshold.costShare),
            ]),
            "unlisted": .integer(diff.unlistedCount + rows.schoolTotalsUnlisted),
            "schoolTotals": .array(diff.schoolTotals.filter(diff.isListed).map(change)),
            "changes": .array(diff.changes.filter(diff.isListed).map(change)),
        ]
        if let prices = targetPrices(rows) { object["targetPrices"] = prices }
        return .object(object)
    }

    /// Each target's price in both plans, when both carry target prices: how each relaxed
    /// its targets, and per target the cost saved with its least and most, and the change.
    static func targetPrices(_ rows: PlanDiffRows) -> JSONValue? {
        guard let priceRows = rows.priceRows, let before = rows.diff.beforePlan.targetPrices,
            let after = rows.diff.afterPlan.targetPrices
        else { return nil }
        func side(_ price: TargetPrice?) -> JSONValue {
            guard let price else { return .null }
            return .object([
                "costSaved": .optional(price.costSaved), "costSavedLow": .optional(price.costSavedLow),
                "costSavedHigh": .optional(price.costSavedHigh), "status": .string(price.status),
                "costSavedReading": .string(price.reading.rawValue),
            ])
        }
        return .object([
            "relaxation": .object([
                "before": .string(before.relaxation.description), "after": .string(after.relaxation.description),
            ]),
            "note": .string(rows.priceNote ?? ""),
            "targets": .array(
                priceRows.map { row in
                    .object([
                        "target": .string(row.target), "name": .string(rows.names.target(row.target)),
                        "before": side(row.before), "after": side(row.after), "delta": .optional(row.delta),
                    ])
                }),
        ])
    }

    /// The headline as numbers and ids, with names in the language.
    static func headline(_ rows: PlanDiffRows) -> JSONValue {
        let h = rows.headline, terms = rows.terms, names = rows.names
        func figure(_ f: DiffHeadline.Figure) -> [String: JSONValue] {
            ["before": .optional(f.before), "after": .optional(f.after), "delta": .numeric(f.delta)]
        }
        let costs = h.costs.map { c -> JSONValue in
            var o = figure(c.figure)
            o["item"] = .string(c.item.rawValue)
            o["label"] = .string(terms[c.item.termKey])
            return .object(o)
        }
        let targets = h.targets.map { t -> JSONValue in
            var o = figure(t.shortfall)
            o["target"] = .string(t.target)
            o["name"] = .string(names.target(t.target))
            o["status"] = .string(t.status.rawValue)
            o["unit"] = .string(t.unit)
            o["yearsShort"] = .array(t.yearsShort.map(JSONValue.integer))
            return .object(o)
        }
        var away = figure(h.turnedAway)
        away["applicants"] = .numeric(h.applicants)
        away["programmes"] = .array(
            h.programmes.map { p in
                var o = figure(p.figure)
                o["programme"] = .string(p.programme)
                o["name"] = .string(names.programme(p.programme))
                return .object(o)
            })
        let schools = h.schools.map { s -> JSONValue in
            var o: [String: JSONValue] = [
                "school": .string(s.school), "name": .string(names.school(s.school)),
                "teachers": .object(figure(s.teachers)), "seats": .object(figure(s.seats)),
                "students": .object(figure(s.students)),
            ]
            if let year = h.lastYear { o["year"] = .integer(year) }
            return .object(o)
        }
        return .object([
            "costs": .array(costs),
            "targetsMet": .object([
                "before": .optional(h.targetsMet.before), "after": .optional(h.targetsMet.after),
                "of": .integer(h.targetCount),
            ]),
            "targets": .array(targets), "turnedAway": .object(away), "schools": .array(schools),
            "inputs": .array(rows.inputLines.map(JSONValue.string)),
        ])
    }
}
