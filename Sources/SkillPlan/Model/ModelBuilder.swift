import Foundation
import GLPK

/// Builds the reference formulation (`docs/model.md`) of a scenario as a GLPK model.
///
/// Variables: intake `x`, classes `c`, short-course places `t`, hires `h`, teachers on
/// rotation `r`, seats added `e` (all integer) and target shortfalls `u` (continuous).
/// Hard constraints: seats, class size and fill, teaching FTE, rotation share and
/// rotation coverage. Targets are soft: each has a shortfall priced by its weight.
public struct ModelBuilder: Sendable {
    /// The scenario's look-ups.
    public let index: ScenarioIndex
    /// The strengthenings applied on top of the reference formulation (each keeps the
    /// optimum; ``ModelStrengthening``).
    public let strengthening: ModelStrengthening

    /// A builder for a scenario.
    /// - Parameter strengthening: the strengthenings to apply; every one by default.
    public init(scenario: Scenario, strengthening: ModelStrengthening = .all) {
        self.index = ScenarioIndex(scenario)
        self.strengthening = strengthening
    }

    /// Builds the model.
    /// - Throws: ``PlanningError`` when the data cannot make a model (a validator issue
    ///   that slipped through), or a GLPK error for an invalid element.
    public func build() throws -> PlanningModel {
        var built = PlanningModel(model: Model(name: index.scenario.name))
        reserve(&built)
        var cost = LinearExpression()
        try addVariables(&built, cost: &cost)
        try addSeats(&built)
        try addClassRules(&built)
        try addClassRounding(&built)
        try addTeaching(&built)
        try addRotation(&built)
        try addQualification(&built)
        for target in index.scenario.targets {
            try TargetRows(index: index).add(target, to: &built, cost: &cost)
        }
        try addActuals(&built)
        try built.model.setObjective(cost, sense: .minimize)
        return built
    }

    /// Room for the model's variables and rows up front (an estimate: targets add a few
    /// more), so that a province-size model does not grow its tables step by step.
    private func reserve(_ built: inout PlanningModel) {
        let years = index.years.count
        let offeringYears = index.offerings.count * years
        let groupYears = index.scenario.groups.count * years
        let schoolYears = index.scenario.schools.count * years
        let trainingYears = index.scenario.programmes.count * years
        built.intake.reserveCapacity(offeringYears)
        built.classes.reserveCapacity(offeringYears)
        built.training.reserveCapacity(trainingYears)
        built.hires.reserveCapacity(groupYears)
        built.rotation.reserveCapacity(groupYears)
        built.expansion.reserveCapacity(schoolYears)
        let variables = 3 * offeringYears + trainingYears + 2 * groupYears + schoolYears
        let rows = 3 * offeringYears + 2 * groupYears + schoolYears + index.scenario.groups.count
        built.model.reserveCapacity(variables: variables, constraints: rows, nonzeros: 5 * rows)
    }

    // MARK: Variables

    private func addVariables(_ built: inout PlanningModel, cost: inout LinearExpression) throws {
        let years = index.years.count
        func empty(_ count: Int) -> [[Variable?]] {
            Array(repeating: Array(repeating: nil, count: years), count: count)
        }
        var grid = PlanningModel.VariableGrid(
            intake: empty(index.offerings.count), classes: empty(index.offerings.count),
            training: empty(index.scenario.programmes.count),
            hires: empty(index.scenario.groups.count), rotation: empty(index.scenario.groups.count),
            expansion: empty(index.scenario.schools.count))
        let rooms = seatRooms()
        for offering in index.offerings {
            let p = offering.programme, name = index.offeringName(offering)
            for (t, y) in index.years.enumerated() {
                let key = index.key(offering, y), year = index.yearText(y)
                let most = intakeBound(offering, yearPosition: t, demand: index.demand(offering, year: y), rooms: rooms)
                let x = try built.model.addVariable(
                    ElementName.join("intake[", name, ",", year, "]"), upperBound: most ?? .infinity, kind: .integer)
                let c = try built.model.addVariable(
                    ElementName.join("classes[", name, ",", year, "]"), upperBound: classBound(p, demand: most),
                    kind: .integer)
                built.intake[key] = x
                built.classes[key] = c
                grid.intake[offering.ordinal][t] = x
                grid.classes[offering.ordinal][t] = c
                cost.add(p.classCost, c)
            }
        }
        for (n, p) in index.scenario.programmes.enumerated() where p.trainingCapacity > 0 {
            for (t, y) in index.years.enumerated() {
                let v = try built.model.addVariable(
                    ElementName.join("training[", p.id, ",", index.yearText(y), "]"), upperBound: p.trainingCapacity,
                    kind: .integer)
                built.training[index.key(p.id, year: y)] = v
                grid.training[n][t] = v
                cost.add(p.trainingCost, v)
            }
        }
        for (n, g) in index.scenario.groups.enumerated() {
            for (t, y) in index.years.enumerated() {
                let year = index.yearText(y)
                let h = try built.model.addVariable(
                    ElementName.join("hires[", g.id, ",", year, "]"), upperBound: g.maxHire, kind: .integer)
                let r = try built.model.addVariable(
                    ElementName.join("rotation[", g.id, ",", year, "]"), upperBound: rotationBound(g, y) ?? .infinity,
                    kind: .integer)
                let key = index.key(g.id, year: y)
                built.hires[key] = h
                built.rotation[key] = r
                grid.hires[n][t] = h
                grid.rotation[n][t] = r
                cost.add(g.hireCost, h)
            }
        }
        for (n, s) in index.scenario.schools.enumerated() {
            for (t, y) in index.years.enumerated() {
                let e = try built.model.addVariable(
                    ElementName.join("expansion[", s.id, ",", index.yearText(y), "]"), upperBound: s.maxExpand,
                    kind: .integer)
                built.expansion[index.key(s.id, year: y)] = e
                grid.expansion[n][t] = e
                cost.add(s.expandCost, e)
            }
        }
        built.grid = grid
        try addCollegeVariables(&built, cost: &cost)
    }

    /// The technician-college extension's variables, only where their data are given, so
    /// that a scenario without them builds the same model as before: high-level places
    /// `th[p,y]` of the programmes with a high-level capacity, and teachers qualified
    /// `q[g,y]` of the groups with qualified teachers in the base year (fixed to 0 when
    /// the scenario's rotation qualifies no one; else at most the rotation's implied bound,
    /// as `q ≤ r`: ``ModelStrengthening/impliedBounds``).
    private func addCollegeVariables(_ built: inout PlanningModel, cost: inout LinearExpression) throws {
        for p in index.scenario.programmes where p.hasHighTraining {
            for y in index.years {
                let v = try built.model.addVariable(
                    ElementName.join("high-training[", p.id, ",", index.yearText(y), "]"),
                    upperBound: p.highTrainingCapacity ?? 0, kind: .integer)
                built.highTraining[index.key(p.id, year: y)] = v
                cost.add(p.highTrainingCost ?? 0, v)
            }
        }
        for g in index.scenario.groups where g.plansQualification {
            for y in index.years {
                let q = try built.model.addVariable(
                    ElementName.join("qualify[", g.id, ",", index.yearText(y), "]"),
                    upperBound: index.rotationQualifies ? (rotationBound(g, y) ?? .infinity) : 0, kind: .integer)
                built.qualification[index.key(g.id, year: y)] = q
                cost.add(g.qualifyCost ?? 0, q)
            }
        }
    }

    /// An upper bound on classes that keeps every optimum: with the intake bounded (by
    /// its applicants, or the seats: ``intakeBound(_:yearPosition:demand:rooms:)``), no plan opens more
    /// classes than that intake can fill to the minimum, nor more than it takes to seat
    /// it all (an extra class only costs).
    private func classBound(_ programme: Programme, demand: Double?) -> Double {
        guard let demand, programme.classSize > 0 else { return .infinity }
        var bound = (demand / programme.classSize - 1e-9).rounded(.up)
        if programme.minFill > 0 {
            bound = min(bound, (demand / (programme.minFill * programme.classSize) + 1e-9).rounded(.down))
        }
        return max(bound, 0)
    }

    // MARK: Hard constraints

    private func addSeats(_ built: inout PlanningModel) throws {
        for s in index.scenario.schools {
            for y in index.years {
                var load = LinearExpression()
                for offering in index.offerings(ofSchool: s.id) {
                    addEnrolment(built, offering, y, to: &load)
                }
                for y2 in index.years where y2 <= y {
                    if let e = expansion(built, s, y2) { load.add(-1, e) }
                }
                try built.model.addConstraint(
                    load <= s.capacity, name: ElementName.join("seats[", s.id, ",", index.yearText(y), "]"))
            }
        }
    }

    private func addClassRules(_ built: inout PlanningModel) throws {
        for offering in index.offerings {
            let p = offering.programme, name = index.offeringName(offering)
            for y in index.years {
                guard let x = intake(built, offering, y), let c = classes(built, offering, y) else { continue }
                let year = index.yearText(y)
                try built.model.addConstraint(
                    x - p.classSize * c <= 0, name: ElementName.join("class-size[", name, ",", year, "]"))
                if p.minFill > 0 {
                    try built.model.addConstraint(
                        x - p.minFill * p.classSize * c >= 0,
                        name: ElementName.join("class-fill[", name, ",", year, "]"))
                }
            }
        }
    }

    private func addTeaching(_ built: inout PlanningModel) throws {
        for g in index.scenario.groups {
            for y in index.years {
                var need = LinearExpression()
                if let hoursPerFTE = g.hoursPerFTE, hoursPerFTE > 0 {
                    for taught in index.teaching(by: g.id) {
                        let module = taught.module
                        for k in 1...taught.offering.level.duration where module.hours(inYearOfStudy: k) > 0 {
                            addClassesRunning(
                                built, taught.offering, yearOfStudy: k, y,
                                scaledBy: module.hours(inYearOfStudy: k) / hoursPerFTE, to: &need)
                        }
                    }
                }
                for offering in index.ratioTaughtOfferings(of: g.id) {
                    addEnrolment(built, offering, y, scaledBy: 1 / g.studentsPerFTE, to: &need)
                }
                for p in index.programmes(ofGroup: g.id) {
                    if let t = training(built, p, y) { need.add(1 / g.trainingPerFTE, t) }
                    if let th = highTraining(built, p, y), let perFTE = g.highTrainingPerFTE, perFTE > 0 {
                        need.add(1 / perFTE, th)
                    }
                }
                var available = headcount(built, g, y)
                if let r = rotation(built, g, y) { available.add(-g.rotationAway, r) }
                try built.model.addConstraint(
                    need <= available, name: ElementName.join("teaching[", g.id, ",", index.yearText(y), "]"))
            }
        }
    }

    private func addRotation(_ built: inout PlanningModel) throws {
        for g in index.scenario.groups {
            var covered = LinearExpression()
            for y in index.years {
                guard let r = rotation(built, g, y) else { continue }
                try built.model.addConstraint(
                    LinearExpression(r) <= g.rotationMaxShare * headcount(built, g, y),
                    name: ElementName.join("rotation-share[", g.id, ",", index.yearText(y), "]"))
            }
            var required = g.headcount
            for y in index.rotationYears {
                if let r = rotation(built, g, y) { covered.add(1, r) }
                required -= index.leavers(g.id, year: y)
            }
            try built.model.addConstraint(covered >= required, name: "rotation-coverage[\(g.id)]")
        }
    }

    /// Teacher qualification (一体化/双师型) through rotation, for the groups that plan it:
    /// `q[g,y] ≤ r[g,y]` (a teacher qualifies on rotation) and `Q[g,y] ≤ N[g,y]` (no more
    /// qualified teachers than teachers, so no one qualifies twice).
    private func addQualification(_ built: inout PlanningModel) throws {
        for g in index.scenario.groups where g.plansQualification {
            for y in index.years {
                guard let q = qualification(built, g, y), let r = rotation(built, g, y) else { continue }
                let year = index.yearText(y)
                try built.model.addConstraint(
                    q - r <= 0, name: ElementName.join("qualify-on-rotation[", g.id, ",", year, "]"))
                var stock = LinearExpression()
                addQualified(built, g, y, to: &stock)
                addHeadcount(built, g, y, scaledBy: -1, to: &stock)
                try built.model.addConstraint(
                    stock <= 0, name: ElementName.join("qualified-stock[", g.id, ",", year, "]"))
            }
        }
    }
}
