import Foundation
import GLPK

/// The strengthenings of the planning model the builder applies on top of the reference
/// formulation (`docs/model.md`, *Tightening*). Each keeps the model's optimum: a bound
/// or row that every integer plan of the model already satisfies (it only cuts away
/// fractional points of the LP relaxation), or, where said, one that keeps at least one
/// optimal plan of every objective the planner minimises.
public struct ModelStrengthening: OptionSet, Sendable, Hashable {
    /// The set's bits, one per strengthening.
    public let rawValue: Int

    /// An option set from its raw value.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Bounds implied by the data. Intake: at most the seats its school can ever hold in
    /// that year (`cap0 + Σ maxExpand` so far, less the base-year students still there;
    /// implied by the seats row, whose other terms are not negative). Classes: at most
    /// what that intake fills (`ceil(U / classSize)`, and `floor(U / (minFill·classSize))`,
    /// implied by the fill row; more classes than students need only cost). Rotation: at
    /// most `floor(m · N)` for the largest headcount the hires allow (implied by the
    /// rotation-share row, rotation being whole teachers); teachers newly qualified
    /// (the technician-college extension's `q[g,y]`) too, as `q ≤ r`.
    public static let impliedBounds = ModelStrengthening(rawValue: 1 << 0)
    /// The rounding (mixed-integer rounding) row of a class-size row with its intake's
    /// bound `U`: `x ≤ U − r·(k − c)`, `k = ceil(U / classSize)`, `r = U − classSize·(k − 1)`,
    /// named `class-round[p,l,y]`. With `c = k` it says `x ≤ U`, with `c ≤ k − 1` it is
    /// weaker than `x ≤ classSize·c` (as `r ≤ classSize`), so no integer plan breaks it;
    /// it is the convex hull of `{x ≤ classSize·c, x ≤ U, c whole}`, and cuts away the
    /// relaxation's habit of opening a fraction of the last class for a full intake.
    public static let classRounding = ModelStrengthening(rawValue: 1 << 1)

    /// Every strengthening: what the planner solves and `skillplan model` writes.
    public static let all: ModelStrengthening = [.impliedBounds, .classRounding]
    /// The reference formulation with only its documented class bounds (for tests and
    /// benchmarks that measure what a strengthening changes).
    public static let none: ModelStrengthening = []
}

extension ModelBuilder {
    /// The largest intake `U` of a programme level in a year: its applicants, and with
    /// ``ModelStrengthening/impliedBounds`` the seats its school can hold then (`rooms`:
    /// ``seatRooms()``, by school ordinal and year position).
    func intakeBound(_ o: ScenarioIndex.Offering, yearPosition t: Int, demand: Double?, rooms: [[Double]]) -> Double? {
        guard strengthening.contains(.impliedBounds), let s = index.schoolOrdinals[o.programme.school] else {
            return demand
        }
        let seats = max(0, (rooms[s][t] + 1e-9).rounded(.down))
        return min(demand ?? seats, seats)
    }

    /// For every school and planning year, the seats it can hold then (every expansion
    /// allowed made) less the base-year students still studying: the most one programme
    /// level's intake of that year can be. Empty without ``ModelStrengthening/impliedBounds``.
    func seatRooms() -> [[Double]] {
        guard strengthening.contains(.impliedBounds) else { return [] }
        return index.scenario.schools.map { s in
            var room = s.capacity
            return index.years.map { y in
                room += s.maxExpand
                let n = y - index.baseYear
                var left = room
                for o in index.offerings(ofSchool: s.id) where n >= 1 {
                    let l = o.level
                    for k in 1...l.duration where k + n <= l.duration {
                        left -= pow(l.retention, Double(n)) * index.initialStudents(o, yearOfStudy: k)
                    }
                }
                return left
            }
        }
    }

    /// The most teachers group g can have on rotation in year y: `floor(m · N)` for the
    /// largest headcount `N` (every hire allowed made); `nil` without the strengthening.
    func rotationBound(_ g: TeacherGroup, _ y: Int) -> Double? {
        guard strengthening.contains(.impliedBounds) else { return nil }
        var most = g.headcount
        for y2 in index.years where y2 <= y {
            most += g.maxHire - index.leavers(g.id, year: y2)
        }
        return max(0, (g.rotationMaxShare * most + 1e-9).rounded(.down))
    }

    /// Adds the rounding rows of the class-size rows (``ModelStrengthening/classRounding``).
    func addClassRounding(_ built: inout PlanningModel) throws {
        guard strengthening.contains(.classRounding) else { return }
        for offering in index.offerings {
            let size = offering.programme.classSize
            guard size > 0 else { continue }
            for y in index.years {
                guard let x = intake(built, offering, y), let c = classes(built, offering, y) else { continue }
                let bound = built.model.upperBounds[x.index]
                guard bound.isFinite, bound > 0 else { continue }
                let k = (bound / size - 1e-9).rounded(.up)
                let r = bound - size * (k - 1)
                // Only where the last class cannot be full: else the row is x ≤ size·c.
                guard r > 1e-9, r < size - 1e-9 else { continue }
                let name = ElementName.join("class-round[", index.offeringName(offering), ",", index.yearText(y), "]")
                try built.model.addConstraint(x - r * c <= bound - r * k, name: name)
            }
        }
    }
}
