/// A plan diff as JSON (sorted keys):
///
/// ```json
/// { "language": "en", "noChanges": false,
///   "before": { "scenario": "…", "title": "…", "inputHash": "…" }, "after": { … },
///   "inputs": [ { "table": "teacher_groups", "id": "xt-mech", "field": "max_hire", "before": "6", "after": "0" } ],
///   "changes": [ { "section": "teachers", "kind": "hires", "label": "Hires", "key": "hires[xt-mech,2021]",
///                  "group": "xt-mech", "item": "Mechatronics department", "school": "xn-tech",
///                  "schoolName": "…", "year": 2021, "before": 1, "after": 3, "delta": 2 }, … ] }
/// ```
///
/// Ids stay ids; `label`, `item`, `schoolName` and `sectionLabel` are in the chosen
/// language; a field that does not apply is left out; an absent before or after is `null`.
enum PlanDiffJSON {
    /// The JSON value.
    static func value(_ rows: PlanDiffRows) -> JSONValue {
        let diff = rows.diff
        let terms = rows.terms
        func side(_ s: PlanDiff.Side) -> JSONValue {
            .object(["scenario": .string(s.scenario), "title": .string(terms.language == .zh ? s.titleZh : s.titleEn),
                     "inputHash": .string(s.inputHash)])
        }
        let inputs = diff.inputs.map { i in
            JSONValue.object(["table": .string(i.table), "id": .string(i.id), "field": .string(i.field),
                              "before": .optional(i.before), "after": .optional(i.after)])
        }
        let changes = diff.changes.map { c -> JSONValue in
            var o: [String: JSONValue] = [
                "section": .string(c.kind.section.rawValue), "sectionLabel": .string(terms[c.kind.section.termKey]),
                "kind": .string(c.kind.rawValue), "label": .string(terms[c.kind.termKey]), "key": .string(c.key),
                "item": .string(rows.item(c)), "before": .optional(c.before), "after": .optional(c.after),
                "delta": .numeric(c.delta),
            ]
            if let v = c.school { o["school"] = .string(v); o["schoolName"] = .string(rows.names.school(v)) }
            if let v = c.programme { o["programme"] = .string(v) }
            if let v = c.level { o["level"] = .string(v) }
            if let v = c.group { o["group"] = .string(v) }
            if let v = c.target { o["target"] = .string(v) }
            if let v = c.costItem { o["costItem"] = .string(v.rawValue) }
            if let v = c.year { o["year"] = .integer(v) }
            if let v = c.unit { o["unit"] = .string(v) }
            return .object(o)
        }
        return .object([
            "language": .string(terms.language.rawValue), "noChanges": .bool(diff.isEmpty),
            "before": side(diff.before), "after": side(diff.after), "inputs": .array(inputs), "changes": .array(changes),
        ])
    }
}
