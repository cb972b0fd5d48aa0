/// The tiny scenario the plan-store tests save and restore (`Models/tiny.yaml` reading
/// `../Data`: one school, two programmes, two years; it solves in milliseconds), one
/// copy for the library's store tests and the command-line store tests.
public enum TinyStoreScenario {
    /// Each file's path below the scenario folder and its text.
    public static let files: [(String, String)] = [
        (
            "Models/tiny.yaml",
            """
            # Tiny: one school, two programmes, two years; solves in milliseconds.
            name: tiny
            title_zh: 小情景
            title_en: Tiny scenario
            data: ../Data
            base_year: 2020
            years: 2021-2022
            solver:
              mip_gap: 0
              time_limit: 10
            targets: all

            """
        ),
        (
            "Data/schools.csv",
            """
            id,name_zh,name_en,capacity,max_expand,expand_cost,source
            xt,学校,Tiny school,500,50,20000,assumption

            """
        ),
        (
            "Data/levels.csv",
            """
            id,name_zh,name_en,duration,retention,high_skill,source
            intermediate,中级工,Intermediate,2,1,false,assumption

            """
        ),
        (
            "Data/teacher_groups.csv",
            """
            id,school,name_zh,name_en,headcount,max_hire,hire_cost,students_per_fte,training_per_fte,hours_per_fte,rotation_away,rotation_max_share,source
            xt-mech,xt,机电,Mechanics,10,6,150000,20,250,,0,1,assumption

            """
        ),
        (
            "Data/programmes.csv",
            """
            id,school,group,name_zh,name_en,levels,class_size,min_fill,class_cost,training_capacity,training_cost,tags,source
            mech,xt,xt-mech,机电,Mechatronics,intermediate,40,0.5,100000,200,1000,,assumption
            weld,xt,xt-mech,焊接,Welding,intermediate,40,0.5,90000,100,800,,assumption

            """
        ),
        (
            "Data/applicants.csv",
            """
            programme,level,year,applicants,source
            mech,intermediate,2021,120,assumption
            mech,intermediate,2022,160,assumption
            weld,intermediate,2021,40,assumption
            weld,intermediate,2022,60,assumption

            """
        ),
        (
            "Data/targets.csv",
            """
            id,kind,name_zh,name_en,school,tags,years,value,share,ratio,counts_intake,weight,high_scope,new_scope,source
            train,annual-training,培训,Training a year,,,2021-2022,150,,,,1000000,,,assumption
            serve,serve-demand,招生,Serve demand,,,2021-2022,,,,,100000,,,assumption

            """
        ),
    ]
}
