/*
 * Guarded GLPK calls. See include/glpk_shim.h for the contract.
 *
 * The longjmp out of GLPK's error hook lands in the C function that made the
 * setjmp; it never crosses a Swift frame. After a jump the thread's GLPK
 * environment is freed (which frees every GLPK object of this thread), so
 * nothing GLPK allocated outlives the call; the shim's own buffers are kept in
 * volatile pointers and freed on both paths.
 */
#include "glpk_shim.h"

#include <glpk.h>
#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---------------------------------------------------------------- log */

void sp_log_free(sp_log *log) {
    if (log == NULL) return;
    free(log->text);
    log->text = NULL;
    log->length = 0;
    log->capacity = 0;
}

static void log_append(sp_log *log, const char *s) {
    if (log == NULL || s == NULL) return;
    size_t n = strlen(s);
    if (log->length + n + 1 > log->capacity) {
        size_t capacity = log->capacity == 0 ? 4096 : log->capacity;
        while (capacity < log->length + n + 1) capacity *= 2;
        char *grown = realloc(log->text, capacity);
        if (grown == NULL) return; /* keep what we have; the log is advisory */
        log->text = grown;
        log->capacity = capacity;
    }
    memcpy(log->text + log->length, s, n);
    log->length += n;
    log->text[log->length] = '\0';
    if (log->stream != NULL) log->stream(log->stream_context, s);
}

static int term_hook(void *info, const char *s) {
    log_append((sp_log *)info, s);
    return 1; /* keep it off stdout */
}

/* -------------------------------------------------------------- guard */

typedef struct guard {
    jmp_buf jump;
} guard;

static void error_hook(void *info) {
    longjmp(((guard *)info)->jump, 1);
}

/* Routes terminal output into the log and fatal errors to the guard. */
static void install_hooks(guard *g, sp_log *log) {
    glp_term_hook(term_hook, log);
    glp_term_out(GLP_ON);
    glp_error_hook(error_hook, g);
}

/* Ends a call: the thread's environment goes, with every GLPK object of it. */
static void finish(void) {
    glp_free_env();
}

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* ------------------------------------------------------------ loading */

static int bound_type(double lower, double upper) {
    int has_lower = lower != -HUGE_VAL;
    int has_upper = upper != HUGE_VAL;
    if (has_lower && has_upper) return lower == upper ? GLP_FX : GLP_DB;
    if (has_lower) return GLP_LO;
    if (has_upper) return GLP_UP;
    return GLP_FR;
}

static const char *next_name(const char *name) {
    return name + strlen(name) + 1;
}

/* Copies the model into P. The 1-based index arrays are allocated here and
 * handed back through the out-pointers so the caller can free them on any path. */
/* The triplet arrays of glp_load_matrix. They live in the calling function's frame,
 * volatile, so that a fatal error inside GLPK (a jump back to that function's setjmp)
 * finds them there and frees them; load_model frees them itself once GLPK has copied
 * them. */
typedef struct matrix_buffers {
    int *ia;
    int *ja;
    double *ar;
} matrix_buffers;

static void free_buffers(volatile matrix_buffers *b) {
    free(b->ia);
    free(b->ja);
    free(b->ar);
    b->ia = NULL;
    b->ja = NULL;
    b->ar = NULL;
}

static int load_model(glp_prob *P, const sp_model *m, volatile matrix_buffers *buffers) {
    if (m->name != NULL && m->name[0] != '\0') glp_set_prob_name(P, m->name);
    glp_set_obj_dir(P, m->maximize ? GLP_MAX : GLP_MIN);
    glp_set_obj_coef(P, 0, m->objective_constant);
    if (m->rows > 0) glp_add_rows(P, m->rows);
    if (m->columns > 0) glp_add_cols(P, m->columns);

    const char *row_name = m->row_names;
    for (int i = 0; i < m->rows; i++) {
        double lo = m->row_lower[i], up = m->row_upper[i];
        glp_set_row_bnds(P, i + 1, bound_type(lo, up), lo, up);
        if (row_name != NULL) {
            if (row_name[0] != '\0') glp_set_row_name(P, i + 1, row_name);
            row_name = next_name(row_name);
        }
    }
    const char *column_name = m->column_names;
    for (int j = 0; j < m->columns; j++) {
        double lo = m->column_lower[j], up = m->column_upper[j];
        if (m->column_is_integer[j]) glp_set_col_kind(P, j + 1, GLP_IV);
        glp_set_col_bnds(P, j + 1, bound_type(lo, up), lo, up);
        glp_set_obj_coef(P, j + 1, m->objective[j]);
        if (column_name != NULL) {
            if (column_name[0] != '\0') glp_set_col_name(P, j + 1, column_name);
            column_name = next_name(column_name);
        }
    }

    int nonzeros = m->rows > 0 ? m->row_start[m->rows] : 0;
    if (nonzeros == 0) return SP_OK;
    int *ia = malloc(sizeof(int) * (size_t)(nonzeros + 1));
    int *ja = malloc(sizeof(int) * (size_t)(nonzeros + 1));
    double *ar = malloc(sizeof(double) * (size_t)(nonzeros + 1));
    buffers->ia = ia;
    buffers->ja = ja;
    buffers->ar = ar;
    if (ia == NULL || ja == NULL || ar == NULL) {
        free_buffers(buffers);
        return SP_NOMEM;
    }
    int k = 1;
    for (int i = 0; i < m->rows; i++) {
        for (int e = m->row_start[i]; e < m->row_start[i + 1]; e++, k++) {
            ia[k] = i + 1;
            ja[k] = m->entry_column[e] + 1;
            ar[k] = m->entry_value[e];
        }
    }
    glp_load_matrix(P, nonzeros, ia, ja, ar);
    /* glp_load_matrix links each row's and column's elements in reverse order of loading;
     * glp_read_mps (and so glpsol) ends with glp_sort_matrix. The order of those lists
     * steers the presolver's and the factorization's ties, so without this a model solved
     * in-process and the same model solved from its file take different searches (the
     * baseline: 10,461 nodes against 7,587). Sorted, they are the same computation. */
    glp_sort_matrix(P);
    free_buffers(buffers);
    return SP_OK;
}

/* ---------------------------------------------------------- MIP search */

typedef struct search {
    const sp_params *params;
    sp_result *result;
    const double *start; /* 1-based copy of params->start, or NULL */
    int start_offered;
    double last_report;
    double best_bound;
    int has_bound;
    double started;     /* when the MIP solve began (its relaxation, without presolve) */
    double paused;      /* seconds params->pause blocked */
    int time_limit_hit; /* the shim's own time limit (with params->pause) stopped it */
} search;

/* Records the best bound of the open nodes and, when `report` is set (and, unless
 * `force`, the progress interval has passed), calls the progress callback. A node
 * whose relaxation is not solved yet has the bound +-DBL_MAX ("none"): it is never
 * recorded, so the bound reported at the end is a real one. */
static void observe(glp_tree *T, search *s, int report, int force) {
    glp_prob *P = glp_ios_get_prob(T);
    int best = glp_ios_best_node(T);
    int has_incumbent = glp_mip_status(P) == GLP_FEAS || glp_mip_status(P) == GLP_OPT;
    double incumbent = has_incumbent ? glp_mip_obj_val(P) : 0.0;
    int has_bound_now = 0;
    if (best != 0) {
        double bound = glp_ios_node_bound(T, best);
        if (fabs(bound) < DBL_MAX) {
            s->best_bound = bound;
            s->has_bound = 1;
            has_bound_now = 1;
        }
    }
    if (!report || s->params->progress == NULL) return;
    double now = now_seconds();
    if (!force && now - s->last_report < s->params->progress_interval_s) return;
    s->last_report = now;
    sp_progress p;
    p.has_incumbent = has_incumbent;
    p.incumbent = incumbent;
    if (has_bound_now) {
        p.bound = s->best_bound;
    } else if (best == 0 && has_incumbent) {
        p.bound = incumbent; /* no open node: the incumbent is optimal */
    } else {
        p.bound = glp_get_obj_dir(P) == GLP_MAX ? HUGE_VAL : -HUGE_VAL;
    }
    p.gap = has_incumbent && (has_bound_now || best == 0) ? glp_ios_mip_gap(T) : HUGE_VAL;
    int active = 0, current = 0, total = 0;
    glp_ios_tree_size(T, &active, &current, &total);
    p.active_nodes = active;
    p.total_nodes = total;
    if (s->params->progress(s->params->progress_context, &p) != 0) glp_ios_terminate(T);
}

/* Whether another thread asked the search to stop (params->stop_requested). */
static int stop_requested(const search *s) {
    return s->params->stop_requested != NULL && s->params->stop_requested(s->params->progress_context) != 0;
}

static void search_callback(glp_tree *T, void *info) {
    search *s = (search *)info;
    int active = 0, current = 0, total = 0;
    glp_ios_tree_size(T, &active, &current, &total);
    s->result->nodes = total;
    int reason = glp_ios_reason(T);
    /* A stop request ends the search where GLPK next hands control back, with the
     * incumbent. The start plan is offered first, so a search stopped at its root
     * still keeps it. */
    if (stop_requested(s) && !(reason == GLP_IHEUR && s->start != NULL && !s->start_offered)) {
        observe(T, s, 0, 0);
        s->result->interrupted = 1;
        glp_ios_terminate(T);
        return;
    }
    switch (reason) {
    case GLP_IHEUR:
        if (s->start != NULL && !s->start_offered) {
            s->start_offered = 1;
            if (glp_ios_heur_sol(T, s->start) == 0) s->result->start_accepted = 1;
        }
        observe(T, s, 0, 0);
        break;
    case GLP_IBINGO:
        observe(T, s, 1, 1);
        break;
    case GLP_ISELECT:
    case GLP_IPREPRO:
        observe(T, s, 1, 0);
        break;
    default:
        observe(T, s, 0, 0);
        break;
    }
    /* A node limit stops where the search tree has grown to the limit, the same point
     * in every run: unlike a time limit, it makes a stopped search reproducible. */
    if (reason == GLP_ISELECT && s->params->node_limit >= 0 && total >= s->params->node_limit) {
        s->result->node_limit_reached = 1;
        glp_ios_terminate(T);
        return;
    }
    /* Between two nodes the search may wait for its core; GLPK's own time limit would
     * count the wait, so with a pause the shim keeps the limit on the running time. */
    if (reason == GLP_ISELECT && s->params->pause != NULL) {
        s->paused += s->params->pause(s->params->progress_context);
        if (s->params->time_limit_ms >= 0
            && (now_seconds() - s->started - s->paused) * 1000.0 >= (double)s->params->time_limit_ms) {
            s->time_limit_hit = 1;
            glp_ios_terminate(T);
        }
    }
}

/* ------------------------------------------------------------ reading back */

static void read_basic(glp_prob *P, sp_result *r) {
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    r->solution_kind = SP_SOLUTION_BASIC;
    r->status = glp_get_status(P);
    r->primal_status = glp_get_prim_stat(P);
    r->dual_status = glp_get_dual_stat(P);
    r->objective = glp_get_obj_val(P);
    for (int j = 1; j <= n; j++) {
        r->column_value[j - 1] = glp_get_col_prim(P, j);
        r->column_dual[j - 1] = glp_get_col_dual(P, j);
    }
    for (int i = 1; i <= m; i++) {
        r->row_value[i - 1] = glp_get_row_prim(P, i);
        r->row_dual[i - 1] = glp_get_row_dual(P, i);
    }
}

static void read_interior(glp_prob *P, sp_result *r) {
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    r->solution_kind = SP_SOLUTION_INTERIOR;
    r->status = glp_ipt_status(P);
    r->objective = glp_ipt_obj_val(P);
    for (int j = 1; j <= n; j++) {
        r->column_value[j - 1] = glp_ipt_col_prim(P, j);
        r->column_dual[j - 1] = glp_ipt_col_dual(P, j);
    }
    for (int i = 1; i <= m; i++) {
        r->row_value[i - 1] = glp_ipt_row_prim(P, i);
        r->row_dual[i - 1] = glp_ipt_row_dual(P, i);
    }
}

static void read_integer(glp_prob *P, sp_result *r) {
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    r->solution_kind = SP_SOLUTION_INTEGER;
    r->status = glp_mip_status(P);
    r->objective = glp_mip_obj_val(P);
    for (int j = 1; j <= n; j++) r->column_value[j - 1] = glp_mip_col_val(P, j);
    for (int i = 1; i <= m; i++) r->row_value[i - 1] = glp_mip_row_val(P, i);
}

/* Ranging of an optimal basic solution. Basic rows have no active bound: their
 * range is left NaN for the caller, which knows the activity and the bounds. */
static void analyze(glp_prob *P, sp_result *r) {
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    if (!glp_bf_exists(P) && glp_factorize(P) != 0) return;
    for (int i = 1; i <= m; i++) {
        r->rhs_lower[i - 1] = NAN;
        r->rhs_upper[i - 1] = NAN;
        if (glp_get_row_stat(P, i) == GLP_BS) continue;
        double value1, value2;
        int var1, var2;
        glp_analyze_bound(P, i, &value1, &var1, &value2, &var2);
        r->rhs_lower[i - 1] = value1;
        r->rhs_upper[i - 1] = value2;
    }
    int maximize = glp_get_obj_dir(P) == GLP_MAX;
    for (int j = 1; j <= n; j++) {
        int stat = glp_get_col_stat(P, j);
        if (stat == GLP_BS) {
            double coef1, coef2, value1, value2;
            int var1, var2;
            glp_analyze_coef(P, m + j, &coef1, &var1, &value1, &coef2, &var2, &value2);
            r->cost_lower[j - 1] = coef1;
            r->cost_upper[j - 1] = coef2;
            continue;
        }
        /* glp_analyze_coef refuses non-basic columns (a fatal error): the basis stays
         * optimal while the reduced cost d keeps its sign, i.e. the coefficient may
         * move away from c - d without limit on the side that makes d larger. */
        double c = glp_get_obj_coef(P, j), d = glp_get_col_dual(P, j);
        double lower = -HUGE_VAL, upper = HUGE_VAL;
        switch (stat) {
        case GLP_NL: if (maximize) upper = c - d; else lower = c - d; break;
        case GLP_NU: if (maximize) lower = c - d; else upper = c - d; break;
        case GLP_NF: lower = upper = c - d; break;
        default: break; /* GLP_NS: a fixed column stays optimal at any cost */
        }
        r->cost_lower[j - 1] = lower;
        r->cost_upper[j - 1] = upper;
    }
    r->sensitivity_done = 1;
}

/* ---------------------------------------------------------------- solve */

static void simplex_parameters(glp_smcp *smcp, const sp_params *p) {
    glp_init_smcp(smcp);
    smcp->msg_lev = p->message_level;
    smcp->meth = p->method == SP_PRIMAL ? GLP_PRIMAL : GLP_DUALP;
    smcp->presolve = p->presolve ? GLP_ON : GLP_OFF;
    if (p->time_limit_ms >= 0) smcp->tm_lim = p->time_limit_ms;
    if (p->iteration_limit >= 0) smcp->it_lim = p->iteration_limit;
}

/* What glpsol does before a simplex without the presolver (which does both itself). */
static void prepare_basis(glp_prob *P) {
    glp_scale_prob(P, GLP_SF_AUTO);
    glp_adv_basis(P, 0);
}

static void solve_linear(glp_prob *P, const sp_params *p, sp_result *r) {
    if (p->method == SP_INTERIOR) {
        glp_iptcp iptcp;
        glp_init_iptcp(&iptcp);
        iptcp.msg_lev = p->message_level;
        r->return_code = glp_interior(P, &iptcp);
        read_interior(P, r);
        return;
    }
    glp_smcp smcp;
    simplex_parameters(&smcp, p);
    if (p->method == SP_EXACT || !p->presolve) prepare_basis(P);
    if (p->method == SP_EXACT) {
        smcp.presolve = GLP_OFF;
        r->return_code = glp_exact(P, &smcp);
    } else {
        r->return_code = glp_simplex(P, &smcp);
    }
    read_basic(P, r);
    if (p->sensitivity && r->return_code == 0 && r->status == GLP_OPT) analyze(P, r);
}

static void solve_integer(glp_prob *P, const sp_params *p, sp_result *r, search *s) {
    /* The MIP presolver renumbers columns, and glp_ios_heur_sol takes values by the
     * column numbers of the problem being searched: a start plan needs the original
     * problem, so offering one turns the presolver off. */
    int presolve = p->presolve && s->start == NULL;
    glp_iocp iocp;
    glp_init_iocp(&iocp);
    iocp.msg_lev = p->message_level;
    iocp.presolve = presolve ? GLP_ON : GLP_OFF;
    /* With a pause the shim keeps the time limit itself (search_callback). */
    int glpk_time_limit = p->time_limit_ms >= 0 && p->pause == NULL;
    s->started = now_seconds();
    if (glpk_time_limit) iocp.tm_lim = p->time_limit_ms;
    if (p->mip_gap >= 0) iocp.mip_gap = p->mip_gap;
    if (p->cuts) {
        iocp.gmi_cuts = GLP_ON;
        iocp.mir_cuts = GLP_ON;
        iocp.cov_cuts = GLP_ON;
        iocp.clq_cuts = GLP_ON;
    }
    if (p->branching > 0) iocp.br_tech = p->branching;
    if (p->backtracking > 0) iocp.bt_tech = p->backtracking;
    if (p->feasibility_pump) iocp.fp_heur = GLP_ON;
    if (p->proximity_search) iocp.ps_heur = GLP_ON;
    iocp.cb_func = search_callback;
    iocp.cb_info = s;

    if (!presolve) {
        /* glp_intopt needs an optimal basis of the relaxation when it does not presolve. */
        glp_smcp smcp;
        simplex_parameters(&smcp, p);
        smcp.presolve = GLP_OFF;
        prepare_basis(P);
        r->relaxation_code = glp_simplex(P, &smcp);
        if (r->relaxation_code != 0 || glp_get_status(P) != GLP_OPT) {
            r->return_code = r->relaxation_code;
            read_basic(P, r);
            r->solution_kind = SP_SOLUTION_BASIC;
            return;
        }
        /* The relaxation cannot be stopped part-way; a stop asked for meanwhile
         * ends the solve here, before the search, with no plan. */
        if (stop_requested(s)) {
            r->return_code = GLP_ESTOP;
            r->interrupted = 1;
            r->solution_kind = SP_SOLUTION_INTEGER;
            r->status = GLP_UNDEF;
            r->objective = 0.0;
            r->best_bound = NAN;
            return;
        }
        if (glpk_time_limit) {
            int spent = (int)((now_seconds() - s->started) * 1000.0);
            iocp.tm_lim = spent >= p->time_limit_ms ? 0 : p->time_limit_ms - spent;
        }
    }
    r->return_code = glp_intopt(P, &iocp);
    if (s->time_limit_hit && r->return_code == GLP_ESTOP) r->return_code = GLP_ETMLIM;
    read_integer(P, r);
    if (r->status == GLP_OPT && r->return_code == 0) {
        r->best_bound = r->objective;
    } else if (s->has_bound) {
        r->best_bound = s->best_bound;
    } else {
        r->best_bound = NAN;
    }
}

int sp_solve(const sp_model *model, const sp_params *params, sp_result *result, sp_log *log) {
    guard g;
    glp_prob *volatile P = NULL;
    volatile matrix_buffers buffers = {NULL, NULL, NULL};
    double *volatile start = NULL;
    search s;
    memset(&s, 0, sizeof s);
    s.params = params;
    s.result = result;
    s.last_report = now_seconds();
    result->best_bound = NAN;
    result->start_accepted = 0;
    result->sensitivity_done = 0;
    result->relaxation_code = 0;
    result->memory_blocks_left = -1;
    result->node_limit_reached = 0;
    result->nodes = 0;
    result->interrupted = 0;

    if (params->integer && params->start != NULL) {
        start = malloc(sizeof(double) * (size_t)(model->columns + 1));
        if (start == NULL) return SP_NOMEM;
        start[0] = 0.0;
        memcpy(start + 1, params->start, sizeof(double) * (size_t)model->columns);
        s.start = start;
    }

    install_hooks(&g, log);
    if (setjmp(g.jump) != 0) {
        finish();
        free_buffers(&buffers);
        free(start);
        return SP_FATAL;
    }

    P = glp_create_prob();
    int loaded = load_model(P, model, &buffers);
    if (loaded != SP_OK) {
        glp_delete_prob(P);
        finish();
        free(start);
        return loaded;
    }

    if (params->integer) {
        solve_integer(P, params, result, &s);
    } else {
        solve_linear(P, params, result);
    }

    glp_delete_prob(P);
    P = NULL;
    int count = 0, count_peak = 0;
    size_t total = 0, total_peak = 0;
    glp_mem_usage(&count, &count_peak, &total, &total_peak);
    result->memory_blocks_left = count;
    finish();
    free(start);
    return SP_OK;
}

/* ---------------------------------------------------------------- files */

int sp_write(const sp_model *model, int format, const char *path, int *glpk_code, sp_log *log) {
    guard g;
    glp_prob *volatile P = NULL;
    volatile matrix_buffers buffers = {NULL, NULL, NULL};
    install_hooks(&g, log);
    if (setjmp(g.jump) != 0) {
        finish();
        free_buffers(&buffers);
        return SP_FATAL;
    }
    P = glp_create_prob();
    int loaded = load_model(P, model, &buffers);
    if (loaded == SP_OK) {
        switch (format) {
        case SP_FORMAT_FIXED_MPS: *glpk_code = glp_write_mps(P, GLP_MPS_DECK, NULL, path); break;
        case SP_FORMAT_CPLEX_LP: *glpk_code = glp_write_lp(P, NULL, path); break;
        default: *glpk_code = glp_write_mps(P, GLP_MPS_FILE, NULL, path); break;
        }
    }
    glp_delete_prob(P);
    finish();
    return loaded;
}

void sp_read_free(sp_read_model *m) {
    if (m == NULL) return;
    free(m->objective);
    free(m->column_is_integer);
    free(m->column_lower);
    free(m->column_upper);
    free(m->row_lower);
    free(m->row_upper);
    free(m->row_start);
    free(m->entry_column);
    free(m->entry_value);
    free(m->name);
    free(m->column_names);
    free(m->row_names);
    free(m);
}

static char *join_names(glp_prob *P, int count, int rows, size_t *length) {
    size_t total = 0;
    for (int k = 1; k <= count; k++) {
        const char *name = rows ? glp_get_row_name(P, k) : glp_get_col_name(P, k);
        total += (name == NULL ? 0 : strlen(name)) + 1;
    }
    char *joined = malloc(total + 1);
    if (joined == NULL) return NULL;
    char *at = joined;
    for (int k = 1; k <= count; k++) {
        const char *name = rows ? glp_get_row_name(P, k) : glp_get_col_name(P, k);
        size_t n = name == NULL ? 0 : strlen(name);
        memcpy(at, name == NULL ? "" : name, n);
        at[n] = '\0';
        at += n + 1;
    }
    *length = total;
    return joined;
}

static void bounds_of(int type, double lb, double ub, double *lower, double *upper) {
    *lower = (type == GLP_FR || type == GLP_UP) ? -HUGE_VAL : lb;
    *upper = (type == GLP_FR || type == GLP_LO) ? HUGE_VAL : ub;
}

static int finite_or_infinite_bound(double v) {
    return !isnan(v);
}

/* Copies P into a freshly allocated sp_read_model; NULL when memory runs out. */
static sp_read_model *extract(glp_prob *P, int *bad_value) {
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    sp_read_model *out = calloc(1, sizeof(sp_read_model));
    if (out == NULL) return NULL;
    out->rows = m;
    out->columns = n;
    out->nonzeros = glp_get_num_nz(P);
    out->maximize = glp_get_obj_dir(P) == GLP_MAX;
    out->objective_constant = glp_get_obj_coef(P, 0);
    const char *name = glp_get_prob_name(P);
    out->name = strdup(name == NULL ? "" : name);
    size_t ncols = (size_t)(n > 0 ? n : 1), nrows = (size_t)(m > 0 ? m : 1);
    size_t nnz = (size_t)(out->nonzeros > 0 ? out->nonzeros : 1);
    out->objective = malloc(sizeof(double) * ncols);
    out->column_is_integer = malloc(sizeof(int) * ncols);
    out->column_lower = malloc(sizeof(double) * ncols);
    out->column_upper = malloc(sizeof(double) * ncols);
    out->row_lower = malloc(sizeof(double) * nrows);
    out->row_upper = malloc(sizeof(double) * nrows);
    out->row_start = malloc(sizeof(int) * (nrows + 1));
    out->entry_column = malloc(sizeof(int) * nnz);
    out->entry_value = malloc(sizeof(double) * nnz);
    out->column_names = join_names(P, n, 0, &out->column_names_length);
    out->row_names = join_names(P, m, 1, &out->row_names_length);
    int *index = malloc(sizeof(int) * (ncols + 1));
    double *value = malloc(sizeof(double) * (ncols + 1));
    if (out->name == NULL || out->objective == NULL || out->column_is_integer == NULL ||
        out->column_lower == NULL || out->column_upper == NULL || out->row_lower == NULL ||
        out->row_upper == NULL || out->row_start == NULL || out->entry_column == NULL ||
        out->entry_value == NULL || out->column_names == NULL || out->row_names == NULL ||
        index == NULL || value == NULL) {
        free(index);
        free(value);
        sp_read_free(out);
        return NULL;
    }
    *bad_value = !isfinite(out->objective_constant);
    for (int j = 1; j <= n; j++) {
        out->objective[j - 1] = glp_get_obj_coef(P, j);
        out->column_is_integer[j - 1] = glp_get_col_kind(P, j) != GLP_CV;
        bounds_of(glp_get_col_type(P, j), glp_get_col_lb(P, j), glp_get_col_ub(P, j),
                  &out->column_lower[j - 1], &out->column_upper[j - 1]);
        if (!isfinite(out->objective[j - 1]) || !finite_or_infinite_bound(out->column_lower[j - 1]) ||
            !finite_or_infinite_bound(out->column_upper[j - 1]))
            *bad_value = 1;
    }
    int at = 0;
    for (int i = 1; i <= m; i++) {
        bounds_of(glp_get_row_type(P, i), glp_get_row_lb(P, i), glp_get_row_ub(P, i),
                  &out->row_lower[i - 1], &out->row_upper[i - 1]);
        if (!finite_or_infinite_bound(out->row_lower[i - 1]) || !finite_or_infinite_bound(out->row_upper[i - 1]))
            *bad_value = 1;
        out->row_start[i - 1] = at;
        int len = glp_get_mat_row(P, i, index, value);
        for (int k = 1; k <= len; k++, at++) {
            out->entry_column[at] = index[k] - 1;
            out->entry_value[at] = value[k];
            if (!isfinite(value[k])) *bad_value = 1;
        }
    }
    out->row_start[m] = at;
    free(index);
    free(value);
    return out;
}

int sp_read(const char *path, int format, sp_read_model **out, int *glpk_code, sp_log *log) {
    guard g;
    glp_prob *volatile P = NULL;
    *out = NULL;
    install_hooks(&g, log);
    if (setjmp(g.jump) != 0) {
        finish();
        return SP_FATAL;
    }
    P = glp_create_prob();
    switch (format) {
    case SP_FORMAT_FIXED_MPS: *glpk_code = glp_read_mps(P, GLP_MPS_DECK, NULL, path); break;
    case SP_FORMAT_CPLEX_LP: *glpk_code = glp_read_lp(P, NULL, path); break;
    default: *glpk_code = glp_read_mps(P, GLP_MPS_FILE, NULL, path); break;
    }
    int code = SP_OK;
    if (*glpk_code == 0) {
        int bad_value = 0;
        *out = extract(P, &bad_value);
        if (*out == NULL) {
            code = SP_NOMEM;
        } else if (bad_value) {
            sp_read_free(*out);
            *out = NULL;
            code = SP_BADINPUT;
        }
    }
    glp_delete_prob(P);
    finish();
    return code;
}

/* ---------------------------------------------------------------- misc */

int sp_force_fatal_error(sp_log *log) {
    guard g;
    glp_prob *volatile P = NULL;
    install_hooks(&g, log);
    if (setjmp(g.jump) != 0) {
        finish();
        return SP_FATAL;
    }
    P = glp_create_prob();
    /* Column 1 does not exist: GLPK reports "column number out of range". */
    glp_set_col_bnds(P, 1, GLP_LO, 0.0, 0.0);
    glp_delete_prob(P);
    finish();
    return SP_OK;
}

#define SP_STRINGIFY(x) #x
#define SP_VERSION_STRING(major, minor) SP_STRINGIFY(major) "." SP_STRINGIFY(minor)

const char *sp_version(void) {
    /* From the header, not glp_version(): that would create an environment. */
    return SP_VERSION_STRING(GLP_MAJOR_VERSION, GLP_MINOR_VERSION);
}
