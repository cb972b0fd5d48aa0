/*
 * The guarded entry points of the GLPK wrapper.
 *
 * GLPK reports misuse by calling abort() after its error hook returns. Every
 * function here runs its GLPK calls under a setjmp made in that same C function,
 * installs an error hook that longjmps back to it, frees the thread's GLPK
 * environment after a jump, and returns SP_FATAL instead of taking the process
 * down. Nothing here keeps a GLPK object past the call: each call creates its
 * problem, uses it and deletes it on the calling thread (GLPK keeps its
 * environment in thread-local storage and aborts when an object is freed on
 * another thread), then frees that thread's environment.
 *
 * Only the Swift module GLPK includes this header.
 */
#ifndef SKILLPLAN_GLPK_SHIM_H
#define SKILLPLAN_GLPK_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Return codes of the shim functions (GLPK's own codes are reported separately). */
enum {
    SP_OK = 0,        /* the call ran; look at the GLPK return code and statuses */
    SP_FATAL = -1,    /* GLPK raised a fatal error; the message is in the log */
    SP_NOMEM = -2,    /* the shim could not allocate memory */
    SP_BADINPUT = -3  /* the file was read but holds a value the wrapper refuses */
};

/* The text GLPK prints, collected per call; optionally streamed as it comes. */
typedef struct sp_log {
    char *text;           /* malloc'd, NUL-terminated; free with sp_log_free */
    size_t length;
    size_t capacity;
    /* Called with each piece of text when not NULL (from the solving thread). */
    void (*stream)(void *context, const char *text);
    void *stream_context;
} sp_log;

/* Frees the text of a log (safe on a zeroed log). */
void sp_log_free(sp_log *log);

/* A whole model as flat arrays. Bounds use -HUGE_VAL / +HUGE_VAL for "none". */
typedef struct sp_model {
    int rows;
    int columns;
    int maximize;                 /* 1: maximise, 0: minimise */
    double objective_constant;
    const double *objective;      /* [columns] */
    const int *column_is_integer; /* [columns], 0 or 1 */
    const double *column_lower;   /* [columns] */
    const double *column_upper;   /* [columns] */
    const double *row_lower;      /* [rows] */
    const double *row_upper;      /* [rows] */
    /* Compressed rows: row i has entries row_start[i] ..< row_start[i+1]. */
    const int *row_start;         /* [rows + 1] */
    const int *entry_column;      /* [nonzeros], 0-based column indices */
    const double *entry_value;    /* [nonzeros] */
    /* Names, each NUL-terminated, back to back; NULL to leave unnamed. */
    const char *name;
    const char *column_names;
    const char *row_names;
} sp_model;

/* Progress of a MIP search, passed to the progress callback. */
typedef struct sp_progress {
    int has_incumbent;
    double incumbent;        /* objective of the best integer solution */
    double bound;            /* best bound of the open nodes (or the incumbent) */
    double gap;              /* relative gap as GLPK computes it; HUGE_VAL if none */
    int active_nodes;
    int total_nodes;
} sp_progress;

/* Solver methods. */
enum { SP_PRIMAL = 0, SP_DUAL = 1, SP_INTERIOR = 2, SP_EXACT = 3 };

typedef struct sp_params {
    int method;
    int presolve;            /* 1: use GLPK's presolver */
    int message_level;       /* GLP_MSG_OFF .. GLP_MSG_ALL */
    int time_limit_ms;       /* < 0: none */
    int iteration_limit;     /* < 0: none */
    double mip_gap;          /* < 0: GLPK's default (0) */
    int cuts;                /* 1: all of GLPK's cut generators */
    int integer;             /* 1: solve as a MIP with glp_intopt */
    int sensitivity;         /* 1: fill the ranging arrays of the result */
    const double *start;     /* [columns] or NULL: a plan offered to the MIP search */
    /* Called during a MIP search; return non-zero to stop the search. */
    int (*progress)(void *context, const sp_progress *progress);
    void *progress_context;
    double progress_interval_s; /* minimum seconds between calls (new incumbents always) */
    int branching;           /* GLP_BR_FFV .. GLP_BR_PCH; 0: GLPK's default */
    int backtracking;        /* GLP_BT_DFS .. GLP_BT_BPH; 0: GLPK's default */
    int feasibility_pump;    /* 1: GLPK's feasibility pump heuristic */
    int proximity_search;    /* 1: GLPK's proximity search heuristic */
    int node_limit;          /* MIP: stop once the search has created this many nodes; < 0: none */
    /* Called where a MIP search selects its next node, with progress_context; it may
     * block (to let another solve have the core) and returns the seconds it blocked.
     * The time limit then counts only the time the search runs: the shim enforces it
     * and returns GLP_ETMLIM as GLPK would. NULL: none. */
    double (*pause)(void *context);
    /* Called with progress_context at every point of a MIP search where GLPK hands
     * control back (between nodes and at each stage of a node), and once after a MIP's
     * relaxation when the shim solves it itself; non-zero ends the search with its
     * incumbent and sets sp_result.interrupted. It must be cheap and thread-safe: it
     * reads a flag another thread may set. NULL: none. A simplex run (an LP, or the
     * relaxation of a MIP) cannot be stopped part-way: GLPK gives it no callback. */
    int (*stop_requested)(void *context);
} sp_params;

/* sp_result.solution_kind: whose statuses and values a solve read back. */
enum { SP_SOLUTION_BASIC = 1, SP_SOLUTION_INTERIOR = 2, SP_SOLUTION_INTEGER = 3 };

/* What a solve produced. The arrays are supplied by the caller, sized as noted. */
typedef struct sp_result {
    int return_code;         /* of the last GLPK solver call (0 = it ran) */
    int relaxation_code;     /* MIP without presolve: of the LP relaxation */
    int solution_kind;       /* SP_SOLUTION_BASIC, SP_SOLUTION_INTERIOR or SP_SOLUTION_INTEGER */
    int status;              /* glp_get_status / glp_ipt_status / glp_mip_status */
    int primal_status;       /* basic solution: glp_get_prim_stat */
    int dual_status;         /* basic solution: glp_get_dual_stat */
    double objective;
    double best_bound;       /* MIP: best bound when the search ended */
    int start_accepted;      /* MIP: 1 when the offered plan became the incumbent */
    int sensitivity_done;    /* 1 when the ranging arrays were filled */
    int memory_blocks_left;  /* glp_mem_usage count after the problem was deleted */
    int node_limit_reached;  /* MIP: 1 when the search stopped at params->node_limit */
    int nodes;               /* MIP: nodes the search created (glp_ios_tree_size's total) */
    int interrupted;         /* MIP: 1 when params->stop_requested ended the search */
    double *column_value;    /* [columns] */
    double *column_dual;     /* [columns] reduced costs (LP) */
    double *row_value;       /* [rows] */
    double *row_dual;        /* [rows] (LP) */
    double *cost_lower;      /* [columns] objective coefficient range (sensitivity) */
    double *cost_upper;      /* [columns] */
    double *rhs_lower;       /* [rows] range of the active bound (sensitivity) */
    double *rhs_upper;       /* [rows] */
} sp_result;

/* Builds, solves, reads back and deletes a problem. SP_OK, SP_FATAL or SP_NOMEM. */
int sp_solve(const sp_model *model, const sp_params *params, sp_result *result, sp_log *log);

/* File formats. */
enum { SP_FORMAT_FREE_MPS = 0, SP_FORMAT_FIXED_MPS = 1, SP_FORMAT_CPLEX_LP = 2 };

/* Writes a model to a file. SP_OK with *glpk_code the writer's code, or SP_FATAL. */
int sp_write(const sp_model *model, int format, const char *path, int *glpk_code, sp_log *log);

/* A model read from a file; every array malloc'd by the shim (free with sp_read_free). */
typedef struct sp_read_model {
    int rows;
    int columns;
    int nonzeros;
    int maximize;
    double objective_constant;
    double *objective;
    int *column_is_integer;
    double *column_lower;
    double *column_upper;
    double *row_lower;
    double *row_upper;
    int *row_start;          /* [rows + 1] */
    int *entry_column;       /* 0-based */
    double *entry_value;
    char *name;              /* NUL-terminated, "" when none */
    char *column_names;      /* columns NUL-terminated names back to back ("" when none) */
    size_t column_names_length;
    char *row_names;
    size_t row_names_length;
} sp_read_model;

/* Reads a file. SP_OK with *glpk_code 0 and *out set; SP_OK with a non-zero
 * *glpk_code when GLPK refused the file (its reason is in the log); SP_BADINPUT
 * when a value is not finite; SP_FATAL or SP_NOMEM. */
int sp_read(const char *path, int format, sp_read_model **out, int *glpk_code, sp_log *log);

void sp_read_free(sp_read_model *model);

/* Forces a GLPK fatal error inside the guard (for the wrapper's own tests):
 * returns SP_FATAL with GLPK's message in the log. */
int sp_force_fatal_error(sp_log *log);

/* The GLPK version string, e.g. "5.0". */
const char *sp_version(void);

#ifdef __cplusplus
}
#endif

#endif
