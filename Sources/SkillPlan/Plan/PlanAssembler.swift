/// Makes a ``Plan`` from a scenario's decisions: every reported number is computed by
/// the ``PlanEvaluator`` from the decisions, not read from the solver's rows.
public struct PlanAssembler: Sendable {
    /// The scenario.
    public let scenario: Scenario
    /// SHA-256 of the resolved inputs.
    public let inputHash: String

    /// An assembler for a scenario.
    public init(scenario: Scenario, inputHash: String) {
        self.scenario = scenario
        self.inputHash = inputHash
    }

    /// The plan of the decisions.
    public func plan(decisions: PlanDecisions, solver: SolverReport, run: RunFacts) -> Plan {
        let index = ScenarioIndex(scenario)
        let evaluator = PlanEvaluator(index: index, decisions: decisions)
        let years = index.years

        let schools = scenario.schools.flatMap { s in
            years.map { y in
                SchoolYearPlan(
                    school: s.id, year: y, seatsAdded: evaluator.expansion(s.id, y),
                    capacity: evaluator.capacity(s, y), enrolment: evaluator.schoolEnrolment(s, y))
            }
        }
        let programmeLevels = index.offerings.flatMap { o in
            years.map { y in
                let demand = index.demand(o.programme.id, o.level.id, year: y)
                let intake = evaluator.intake(o.programme.id, o.level.id, y)
                return ProgrammeLevelYearPlan(
                    programme: o.programme.id, school: o.programme.school, level: o.level.id, year: y,
                    applicants: demand, intake: intake, classes: evaluator.classes(o.programme.id, o.level.id, y),
                    turnedAway: max(0, (demand ?? intake) - intake),
                    enrolment: evaluator.enrolment(o.programme, o.level, y),
                    graduates: evaluator.graduates(o.programme, o.level, y),
                    classesByYearOfStudy: evaluator.classesRunning(o.programme, o.level, y))
            }
        }
        let training = scenario.programmes.filter { $0.trainingCapacity > 0 || $0.hasHighTraining }.flatMap { p in
            years.map { y in
                TrainingYearPlan(
                    programme: p.id, school: p.school, year: y, places: evaluator.training(p.id, y),
                    capacity: p.trainingCapacity,
                    highPlaces: p.hasHighTraining ? evaluator.highTraining(p.id, y) : nil,
                    highCapacity: p.hasHighTraining ? p.highTrainingCapacity : nil)
            }
        }
        let groups = scenario.groups.flatMap { g in
            years.map { y in
                TeacherGroupYearPlan(
                    group: g.id, school: g.school, year: y, leavers: index.leavers(g.id, year: y),
                    hires: evaluator.hires(g.id, y), headcount: evaluator.headcount(g, y),
                    onRotation: evaluator.rotation(g.id, y), teachingHours: evaluator.teachingHours(g, y),
                    fteNeeded: evaluator.fteNeeded(g, y), fteAvailable: evaluator.fteAvailable(g, y),
                    qualified: g.plansQualification ? evaluator.qualified(g, y) : nil,
                    newlyQualified: g.plansQualification ? evaluator.qualification(g.id, y) : nil,
                    qualifiedLeavers: g.plansQualification ? index.qualifiedLeavers(g, year: y) : nil)
            }
        }
        let curricula = index.offerings.compactMap { o -> CurriculumPlan? in
            let modules = index.modules(o.programme.id, o.level.id)
            guard !modules.isEmpty else { return nil }
            return CurriculumPlan(
                programme: o.programme.id, level: o.level.id,
                modules: modules.map {
                    CurriculumPlan.Module(
                        module: $0.module, nameZh: $0.nameZh, nameEn: $0.nameEn, group: $0.group,
                        hoursByYearOfStudy: (1...o.level.duration).map($0.hours(inYearOfStudy:)))
                })
        }
        let targets = scenario.targets.flatMap(evaluator.results(of:))
        let warnings = ScenarioCoverage.coverageWarnings(in: scenario)
        return Plan(
            schemaVersion: Plan.currentSchemaVersion, scenario: scenario.name, titleZh: scenario.titleZh,
            titleEn: scenario.titleEn, question: scenario.question,
            questionZh: scenario.questionZh.isEmpty ? nil : scenario.questionZh, inputHash: inputHash,
            baseYear: scenario.baseYear, years: years, catalog: PlanCatalog(scenario),
            schools: schools, programmeLevels: programmeLevels, training: training, groups: groups,
            rotation: scenario.groups.map(evaluator.rotationCoverage), curricula: curricula,
            targets: targets, costs: evaluator.costs(targets: targets), solver: solver, run: run,
            warnings: warnings.isEmpty ? nil : warnings, actuals: scenario.actuals.map { PlanActuals($0, in: scenario) }
        )
    }
}
