/// The rows of a scenario as the schools are drafted.
struct SyntheticParts {
    var schools: [School] = []
    var groups: [TeacherGroup] = []
    var programmes: [Programme] = []
    var initialStudents: [InitialCohort] = []
    var applicants: [Applicants] = []
    var curricula: [CurriculumModule] = []
    var leavers: [Leavers] = []

    mutating func add(_ draft: SchoolDraft) {
        schools.append(draft.school)
        groups += draft.groups
        programmes += draft.programmes
        initialStudents += draft.initialStudents
        applicants += draft.applicants
        curricula += draft.curricula
        leavers += draft.leavers
    }
}
